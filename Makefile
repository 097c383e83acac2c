# Two commands on a fresh machine: `make run` and `make test`. Both install what they need.
SHELL := /bin/bash
UV_VERSION := 0.13.8
UV := python3 -m uv
VENV := .venv

export MEDIAWATCH_DATA_DIR ?= $(CURDIR)/data
export DO_NOT_TRACK := 1
export AIRFLOW__COSMOS__ENABLE_TELEMETRY := False

.PHONY: setup run demo test bench evaluate clean

$(VENV)/.installed: pyproject.toml uv.lock
	@python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet "uv==$(UV_VERSION)"
	$(UV) sync --frozen
	@touch $@

setup: $(VENV)/.installed  ## install Python 3.11 dependencies from the lock file into .venv

run: setup  ## the news site + Airflow (standalone) running the daily pipeline over the sample days; Ctrl-C stops
	scripts/run-airflow.sh

demo: setup  ## the pipeline over the sample days without Airflow, then the top countries, leaders and events per day
	scripts/demo.sh

test: setup  ## the whole test suite
	scripts/run-tests.sh

evaluate: setup  ## precision/recall on ../shared/benchmark and the seed article's expectations
	$(VENV)/bin/mediawatch evaluate

bench: setup  ## speed figures (ratios against baselines measured in the same run)
	$(VENV)/bin/python benchmarks/run.py

clean:
	rm -rf data .airflow logs dbt_project/target dbt_project/logs

#!/usr/bin/env bash
# `make run`: the bundled news site plus Airflow standalone (SQLite, LocalExecutor, small
# parallelism) running the daily pipeline over the sample days. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

export PATH="$ROOT/.venv/bin:$PATH"  # airflow standalone starts its components from PATH
export AIRFLOW_HOME="${AIRFLOW_HOME:-$ROOT/.airflow}"
export AIRFLOW__CORE__DAGS_FOLDER="$ROOT/dags"
export AIRFLOW__CORE__PLUGINS_FOLDER="$ROOT/plugins"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION=False
# 2 cores here: Airflow's default of 32 worker processes would only thrash.
export AIRFLOW__CORE__PARALLELISM="${MEDIAWATCH_PARALLELISM:-4}"
export AIRFLOW__API__PORT="${MEDIAWATCH_AIRFLOW_PORT:-8080}"
export AIRFLOW__COSMOS__ENABLE_TELEMETRY=False DO_NOT_TRACK=1
export MEDIAWATCH_DATA_DIR="${MEDIAWATCH_DATA_DIR:-$ROOT/data}"
# Cosmos's "dbt docs" page in the Airflow UI reads what the transform DAG's docs task writes.
export AIRFLOW__COSMOS__DBT_DOCS_DIR="$MEDIAWATCH_DATA_DIR/dbt/docs"
# The sample site covers these days; unset MEDIAWATCH_END_DATE in your own setup to run daily.
export MEDIAWATCH_START_DATE="${MEDIAWATCH_START_DATE:-2026-11-16}"
export MEDIAWATCH_END_DATE="${MEDIAWATCH_END_DATE-2026-11-20}"

source scripts/sample-site.sh
cleanup() { kill "$SAMPLE_SITE_PID" "${AIRFLOW_PID:-}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

airflow db migrate >/dev/null
# DuckDB allows one writing process per file: every writer task runs in this one-slot pool.
airflow pools set duckdb_writer 1 "DuckDB writers (load, dbt, publish): one at a time" >/dev/null

airflow standalone >"$AIRFLOW_HOME/standalone.log" 2>&1 &
AIRFLOW_PID=$!
URL="http://localhost:${AIRFLOW__API__PORT}"
echo "starting Airflow (log: $AIRFLOW_HOME/standalone.log) ..."
for _ in $(seq 1 180); do
    if python -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1], timeout=2)" "$URL/api/v2/monitor/health" 2>/dev/null; then
        break
    fi
    kill -0 "$AIRFLOW_PID" 2>/dev/null || { echo "Airflow exited; see $AIRFLOW_HOME/standalone.log" >&2; exit 1; }
    sleep 1
done
echo
echo "Airflow UI:      $URL  (user: admin)"
echo "admin password:  $AIRFLOW_HOME/simple_auth_manager_passwords.json.generated"
echo "published DuckDB: $MEDIAWATCH_DATA_DIR/published/mediawatch.duckdb"
echo "The ingest DAG runs once per sample day, each run triggers the dbt DAG. Ctrl-C stops."
wait "$AIRFLOW_PID"

"""The DAGs themselves, run in-process with dag.test(): ingest per sample day, then the Cosmos
dbt DAG and publish. Real Airflow (SQLite metadata DB), HTTP, DuckDB and dbt."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from airflow.dag_processing.dagbag import DagBag

from mediawatch.sample_site import SAMPLE_DAYS
from tests.conftest import ROOT

pytestmark = pytest.mark.e2e
DAYS = SAMPLE_DAYS[:2]  # two days prove the per-day partitioning; the CLI test covers all five


@pytest.fixture
def dagbag(airflow_db, sample_site_url, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIAWATCH_SAMPLE_SITE_URL", sample_site_url)
    monkeypatch.setenv("MEDIAWATCH_DATA_DIR", str(tmp_path / "data"))
    bag = DagBag(dag_folder=str(ROOT / "dags"))
    assert bag.import_errors == {}
    return bag


def test_ingest_days_then_transform_publishes_the_marts(dagbag, tmp_path):
    ingest = dagbag.get_dag("mediawatch_ingest")
    for day in DAYS:
        # A manual run (as dag.test makes) covers the last whole day before its logical date,
        # as the scheduler's run for that day would once the day is over.
        run_after_the_day = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=dt.timezone.utc)
        run = ingest.test(logical_date=run_after_the_day)
        assert run.data_interval_start.date() == day
        assert run.state == "success", f"ingest {day}: {run.state}"

    warehouse = tmp_path / "data" / "warehouse" / "mediawatch.duckdb"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        loaded = dict(con.execute("select news_date::varchar, count(*) from raw.articles group by 1").fetchall())
    assert loaded == {day.isoformat(): 6 for day in DAYS}

    run = dagbag.get_dag("mediawatch_transform").test()
    assert run.state == "success"
    failed = [ti.task_id for ti in run.get_task_instances() if ti.state != "success"]
    assert failed == []

    published = tmp_path / "data" / "published" / "mediawatch.duckdb"
    with duckdb.connect(str(published), read_only=True) as con:
        days = {r[0] for r in con.execute("select distinct date::varchar from marts.daily_country_mentions").fetchall()}
        assert days == {day.isoformat() for day in DAYS}
        assert con.execute("select count(*) from marts.daily_events").fetchone()[0] > 0
    docs = tmp_path / "data" / "dbt" / "docs"
    assert {"index.html", "manifest.json", "catalog.json"} <= {p.name for p in docs.iterdir()}

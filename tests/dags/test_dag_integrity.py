"""The DAG folder imports cleanly and wires the tasks the design promises."""

from __future__ import annotations

import pytest
from airflow.dag_processing.dagbag import DagBag

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def dagbag(airflow_db):  # Cosmos caches its dbt ls output in an Airflow Variable
    return DagBag(dag_folder=str(ROOT / "dags"))


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}
    assert set(dagbag.dag_ids) == {"mediawatch_ingest", "mediawatch_transform"}


def test_ingest_dag_maps_per_source_and_serialises_the_load(dagbag):
    dag = dagbag.get_dag("mediawatch_ingest")
    tasks = {t.task_id: t for t in dag.tasks}
    assert set(tasks) == {"list_sources", "discover", "fetch", "extract", "load"}
    assert tasks["discover"].upstream_task_ids == {"list_sources"}
    assert tasks["fetch"].upstream_task_ids == {"discover"}
    assert tasks["extract"].upstream_task_ids == {"fetch"}
    assert tasks["load"].upstream_task_ids == {"extract"}
    assert tasks["load"].pool == "duckdb_writer"
    assert [a.name for a in tasks["load"].outlets] == ["mediawatch_raw_articles"]
    assert dag.catchup and dag.max_active_runs == 1


def test_transform_dag_has_a_task_per_dbt_node_then_publish(dagbag):
    dag = dagbag.get_dag("mediawatch_transform")
    ids = {t.task_id for t in dag.tasks}
    for model in ("articles", "article_country_mentions", "article_leader_mentions", "article_events",
                  "daily_country_mentions", "daily_leader_mentions", "daily_events", "int_sentences_split"):
        assert any(task_id.startswith(f"dbt.{model}") for task_id in ids), f"no task for dbt model {model}"
    assert any(task_id.startswith("dbt.countries") for task_id in ids), "no task for the countries seed"
    dbt_tasks = [t for t in dag.tasks if t.task_id.startswith("dbt.")]
    assert dbt_tasks and all(t.pool == "duckdb_writer" for t in dbt_tasks)
    publish = dag.get_task("publish")
    assert publish.pool == "duckdb_writer"
    # publish waits for the whole dbt group (directly or through its leaves); docs come after
    assert publish.upstream_task_ids and all(u.startswith("dbt.") for u in publish.upstream_task_ids)
    assert dag.get_task("docs").upstream_task_ids == {"publish"}

"""dbt build with Cosmos (every model a task in the UI), then publish the analysts' copy."""

from __future__ import annotations

from airflow.sdk import dag, task
from cosmos import DbtTaskGroup, ExecutionConfig, ProfileConfig, ProjectConfig, RenderConfig
from cosmos.constants import InvocationMode, LoadMode, TestBehavior, TestIndirectSelection

from mediawatch import publish as publishing
from mediawatch.config import DBT_PROJECT_DIR, DUCKDB_POOL, load_settings
from mediawatch.orchestration import PUBLISHED_MARTS, RAW_ARTICLES, start_date
from mediawatch.transform import dbt_env, dbt_executable, generate_docs


@dag(
    schedule=[RAW_ARTICLES],
    start_date=start_date(),
    catchup=False,
    max_active_runs=1,
    tags=["mediawatch", "dbt"],
    doc_md=__doc__,
)
def mediawatch_transform():
    dbt = DbtTaskGroup(
        group_id="dbt",
        project_config=ProjectConfig(DBT_PROJECT_DIR, env_vars=dbt_env(load_settings()), install_dbt_deps=False),
        profile_config=ProfileConfig(
            profile_name="mediawatch",
            target_name="dev",
            profiles_yml_filepath=DBT_PROJECT_DIR / "profiles.yml",
        ),
        # Cautious: a per-node build runs only tests whose parents are all built by then; tests on
        # several nodes (relationships) get tasks of their own after all their parents.
        # A dbt process per task: it closes the DuckDB file when done, so the next writer can open it.
        execution_config=ExecutionConfig(
            dbt_executable_path=dbt_executable(),
            invocation_mode=InvocationMode.SUBPROCESS,
            test_indirect_selection=TestIndirectSelection.CAUTIOUS,
        ),
        # dbt build per node: a model and its tests in one task, so a failed test stops its children.
        render_config=RenderConfig(
            load_method=LoadMode.DBT_LS,
            test_behavior=TestBehavior.BUILD,
            should_detach_multiple_parents_tests=True,
        ),
        # Every dbt task writes the warehouse: the one-slot pool keeps DuckDB to one writer.
        operator_args={"pool": DUCKDB_POOL},
    )

    # Runs only when every dbt node (models and their tests) succeeded.
    @task(pool=DUCKDB_POOL, outlets=[PUBLISHED_MARTS])
    def publish() -> list[str]:
        return publishing.publish(load_settings())

    # The model and column docs for the Airflow UI (Cosmos's "dbt docs" page); the catalog reads
    # the warehouse, hence the pool.
    @task(pool=DUCKDB_POOL)
    def docs() -> str:
        return str(generate_docs(load_settings()))

    dbt >> publish() >> docs()


mediawatch_transform()

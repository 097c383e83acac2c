"""dbt build with Cosmos (every model a task in the UI), then publish the analysts' copy."""

from __future__ import annotations

from airflow.sdk import dag, task
from cosmos import DbtTaskGroup, ExecutionConfig, ProfileConfig, ProjectConfig, RenderConfig
from cosmos.constants import LoadMode, TestBehavior

from mediawatch import publish as publishing
from mediawatch.config import DBT_PROJECT_DIR, DUCKDB_POOL, load_settings
from mediawatch.orchestration import PUBLISHED_MARTS, RAW_ARTICLES, start_date
from mediawatch.transform import dbt_env, dbt_executable


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
        project_config=ProjectConfig(DBT_PROJECT_DIR, env_vars=dbt_env(load_settings())),
        profile_config=ProfileConfig(
            profile_name="mediawatch",
            target_name="dev",
            profiles_yml_filepath=DBT_PROJECT_DIR / "profiles.yml",
        ),
        execution_config=ExecutionConfig(dbt_executable_path=dbt_executable()),
        # dbt build per node: a model and its tests in one task, so a failed test stops its children.
        render_config=RenderConfig(load_method=LoadMode.DBT_LS, test_behavior=TestBehavior.BUILD),
        # Every dbt task writes the warehouse: the one-slot pool keeps DuckDB to one writer.
        operator_args={"pool": DUCKDB_POOL, "install_deps": False},
    )

    # Runs only when every dbt node (models and their tests) succeeded.
    @task(pool=DUCKDB_POOL, outlets=[PUBLISHED_MARTS])
    def publish() -> list[str]:
        return publishing.publish(load_settings())

    dbt >> publish()


mediawatch_transform()

"""Daily ingest: discover and fetch per source (mapped), extract, then load the day into DuckDB."""

from __future__ import annotations

import datetime as dt

from airflow.sdk import CronDataIntervalTimetable, dag, get_current_context, task

from mediawatch import pipeline
from mediawatch.config import DUCKDB_POOL, load_settings
from mediawatch.orchestration import RAW_ARTICLES, end_date, news_day, start_date
from mediawatch.sources import load_sources


def _source(name: str):
    return next(s for s in load_sources(load_settings().sources_file) if s.name == name)


@dag(
    # One run per news day (UTC), started once the day is over: data interval = the news day.
    schedule=CronDataIntervalTimetable("@daily", timezone="UTC"),
    start_date=start_date(),
    end_date=end_date(),
    catchup=True,
    max_active_runs=1,  # days in order: a backfill replays them one after another
    default_args={"retries": 2, "retry_delay": dt.timedelta(seconds=30)},
    tags=["mediawatch"],
    doc_md=__doc__,
)
def mediawatch_ingest():
    @task
    def list_sources() -> list[str]:
        return [source.name for source in load_sources(load_settings().sources_file)]

    @task(max_active_tis_per_dagrun=2)  # two sources at a time on two cores
    def discover(source_name: str) -> str:
        from mediawatch.collect import discover_source

        discover_source(load_settings(), news_day(get_current_context()), _source(source_name))
        return source_name

    @task(max_active_tis_per_dagrun=2)
    def fetch(source_name: str) -> int:
        from mediawatch.collect import fetch_source

        return fetch_source(load_settings(), news_day(get_current_context()), _source(source_name))

    @task
    def extract() -> int:
        settings = load_settings()
        sources = load_sources(settings.sources_file)
        return pipeline.extract_day(settings, news_day(get_current_context()), sources).articles

    # A DuckDB writer: the one-slot pool serialises it with dbt and publish. Its high priority
    # lets a waiting day load before the next dbt task, so one dbt run covers several new days.
    @task(pool=DUCKDB_POOL, outlets=[RAW_ARTICLES], priority_weight=1000, weight_rule="absolute")
    def load() -> dict[str, int]:
        return pipeline.load_day(load_settings(), news_day(get_current_context()))

    fetched = fetch.expand(source_name=discover.expand(source_name=list_sources()))
    fetched >> extract() >> load()


mediawatch_ingest()

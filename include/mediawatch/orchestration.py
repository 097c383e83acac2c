"""What the Airflow DAGs share: assets, schedule bounds and the day a run covers.

Imported by the DAG files only; the rest of the package never needs Airflow.
"""

from __future__ import annotations

import datetime as dt
import os

from airflow.sdk import Asset

# ingest -> transform: the transform DAG runs when a day has been loaded into the raw tables.
RAW_ARTICLES = Asset(name="mediawatch_raw_articles", uri="file:///mediawatch/warehouse/raw/articles")
# transform -> analysts: the published DuckDB copy and its Parquet exports.
PUBLISHED_MARTS = Asset(name="mediawatch_published_marts", uri="file:///mediawatch/published/marts")


def _date_from_env(name: str, default: str | None) -> dt.datetime | None:
    value = os.environ.get(name, default)
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.timezone.utc) if value else None


def start_date() -> dt.datetime:
    """First news day to collect; the default is the first day of the bundled sample site."""
    return _date_from_env("MEDIAWATCH_START_DATE", "2026-11-16")


def end_date() -> dt.datetime | None:
    """Last news day to collect (unset: run daily for ever)."""
    return _date_from_env("MEDIAWATCH_END_DATE", None)


def news_day(context) -> str:
    """The news day (UTC) a run covers: its data interval's start."""
    return context["data_interval_start"].date().isoformat()

"""The day's steps, as the DAGs and the CLI call them: collect per source -> extract -> load -> transform -> publish."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from mediawatch import collect, publish, transform, warehouse
from mediawatch.config import Settings
from mediawatch.extract import DayExtractor
from mediawatch.records import read_jsonl, write_jsonl
from mediawatch.sources import Source

log = logging.getLogger(__name__)


@dataclass
class DayReport:
    day: str
    articles: int
    failures: int
    skipped_other_day: int


def collect_source(settings: Settings, day: str, source: Source) -> int:
    collect.discover_source(settings, day, source)
    return collect.fetch_source(settings, day, source)


def extract_day(settings: Settings, day: str, sources: list[Source]) -> DayReport:
    """Extract every fetched page of the day into staging/<day>/articles.jsonl (+ extract-failures.jsonl)."""
    extractor = DayExtractor(day)
    day_dir = settings.day_dir(day)

    def all_articles():
        for source in sources:
            fetched = read_jsonl(collect.source_dir(settings, day, source) / "fetched.jsonl")
            yield from extractor.articles(source.name, source.keeps_only_its_day, fetched)

    count = write_jsonl(day_dir / "articles.jsonl", all_articles())
    write_jsonl(day_dir / "extract-failures.jsonl", extractor.failures)
    log.info("%s: %d articles, %d extract/dedup failures, %d pages of other days", day, count,
             len(extractor.failures), extractor.skipped_other_day)
    return DayReport(day, count, len(extractor.failures), extractor.skipped_other_day)


def load_day(settings: Settings, day: str) -> dict[str, int]:
    day_dir = settings.day_dir(day)
    failure_files = sorted(day_dir.glob("*/discover-failures.jsonl")) + sorted(day_dir.glob("*/fetch-failures.jsonl"))
    failure_files.append(day_dir / "extract-failures.jsonl")
    return warehouse.load_day(settings.warehouse_path, day, day_dir / "articles.jsonl", failure_files)


def transform_and_publish(settings: Settings) -> list[str]:
    """dbt build, then publish; a failed build raises before anything is published."""
    transform.build(settings)
    return publish.publish(settings)


def ingest_day(settings: Settings, day: str, sources: list[Source]) -> tuple[DayReport, dict[str, int]]:
    """Collect, extract and load one day (the ingest DAG's steps, in one process)."""
    for source in sources:
        collect_source(settings, day, source)
    report = extract_day(settings, day, sources)
    return report, load_day(settings, day)

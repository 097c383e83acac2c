"""Per-source steps of a day: discover candidates, then fetch them into the landing zone.

Each step writes a JSON-lines manifest under staging/<day>/<source>/ so the next step (and an
Airflow retry) can pick up from files instead of memory.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mediawatch import landing
from mediawatch.config import Settings
from mediawatch.discover import DiscoveryError, discover
from mediawatch.fetch import FetchError, PoliteFetcher
from mediawatch.records import failure, read_jsonl, write_jsonl
from mediawatch.sources import Source, SourceKind

log = logging.getLogger(__name__)


def source_dir(settings: Settings, day: str, source: Source) -> Path:
    return settings.day_dir(day) / source.name


def _fetcher(settings: Settings, source: Source) -> PoliteFetcher:
    return PoliteFetcher(settings, allow_private=source.local, min_delay_seconds=source.min_delay_seconds)


def discover_source(settings: Settings, day: str, source: Source) -> int:
    """Write candidates.jsonl (and discover failures); returns the number of candidates."""
    out = source_dir(settings, day, source)
    failures = []
    try:
        with _fetcher(settings, source) as fetcher:
            candidates = discover(source, fetcher)
    except DiscoveryError as exc:
        log.error("source %s: %s", source.name, exc)
        candidates = []
        failures.append(failure(day, source.name, "discover", source.url or str(source.path), str(exc)))
    write_jsonl(out / "discover-failures.jsonl", failures)
    return write_jsonl(out / "candidates.jsonl", ({"location": c.location, "url_date": c.url_date} for c in candidates))


def fetch_source(settings: Settings, day: str, source: Source) -> int:
    """Fetch the day's candidates into the landing zone; write fetched.jsonl and fetch failures."""
    out = source_dir(settings, day, source)
    fetched, failures = [], []
    with _fetcher(settings, source) as fetcher:
        for candidate in read_jsonl(out / "candidates.jsonl"):
            location = candidate["location"]
            if source.kind is SourceKind.folder:
                fetched.append({"url": None, "origin": location, "page_path": location})
                continue
            if source.keeps_only_its_day and candidate["url_date"] not in (None, day):
                continue  # the URL says it belongs to another day: no need to fetch it for this one
            path = landing.landing_path(settings.landing_dir, location)
            if not path.exists():
                try:
                    page = fetcher.get(location)
                except FetchError as exc:
                    failures.append(failure(day, source.name, "fetch", location, str(exc)))
                    continue
                landing.store(path, page.body)
            fetched.append({"url": location, "origin": location, "page_path": str(path)})
    write_jsonl(out / "fetch-failures.jsonl", failures)
    log.info("source %s, %s: %d pages fetched or cached, %d failures", source.name, day, len(fetched), len(failures))
    return write_jsonl(out / "fetched.jsonl", fetched)

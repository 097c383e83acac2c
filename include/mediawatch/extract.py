"""Turn fetched pages into clean articles with trafilatura, and drop duplicates.

Reads each page from disk one at a time and streams articles to staging/<day>/articles.jsonl,
so a day of HTML is never held in memory.
"""

from __future__ import annotations

import hashlib
import os
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import py3langid
import trafilatura
from courlan import normalize_url
from trafilatura.deduplication import content_fingerprint

from mediawatch.discover import url_date
from mediawatch.landing import read_page
from mediawatch.records import failure

log = logging.getLogger(__name__)
_WORDS = re.compile(r"\w+")
# Fewer words than this is a navigation stub or an error page, not an article.
MIN_WORDS = int(os.environ.get("MEDIAWATCH_MIN_ARTICLE_WORDS", "25"))


class ExtractionError(Exception):
    """A page that yields no usable article."""


def article_id(url: str | None, origin: str) -> str:
    return hashlib.sha256((url or origin).encode("utf-8")).hexdigest()[:16]


def extract_page(html: bytes, url: str | None) -> dict[str, Any]:
    """trafilatura's text and metadata for one page; raises ExtractionError when there is no text."""
    try:
        # favor_precision: on the extraction benchmark (60 pages) F1 0.979 against 0.970 for the
        # defaults; the text it drops is mostly sidebars whose country names are false positives.
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on hostile HTML
        raise ExtractionError(f"trafilatura failed: {exc.__class__.__name__}: {exc}") from exc
    if document is None or not (document.text or "").strip():
        raise ExtractionError("no article text found")
    text = document.text.strip()
    word_count = len(_WORDS.findall(text))
    if word_count < MIN_WORDS:
        raise ExtractionError(f"too short for an article: {word_count} words (minimum {MIN_WORDS})")
    language, _ = py3langid.classify(text[:4000])
    canonical = document.url if document.url and document.url.startswith(("http://", "https://")) else url
    return {
        "url": normalize_url(canonical) if canonical else None,
        "title": document.title,
        "author": document.author,
        "published_date": document.date,
        "sitename": document.sitename,
        "language": language,
        "text": text,
        "word_count": word_count,
        "fingerprint": content_fingerprint(text),
    }


@dataclass
class DayExtractor:
    """Extracts one day's pages; remembers URLs and fingerprints to drop duplicates."""

    day: str
    failures: list[dict[str, Any]] = field(default_factory=list)
    skipped_other_day: int = 0
    _seen_urls: dict[str, str] = field(default_factory=dict)
    _seen_fingerprints: dict[str, str] = field(default_factory=dict)

    def articles(self, source: str, keeps_only_its_day: bool, fetched: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for page in fetched:
            origin = page["origin"]
            try:
                record = extract_page(read_page(Path(page["page_path"])), page["url"])
            except (ExtractionError, OSError) as exc:
                self.failures.append(failure(self.day, source, "extract", origin, str(exc)))
                continue
            published = record["published_date"] or (url_date(page["url"]) if page["url"] else None)
            if keeps_only_its_day and published not in (None, self.day):
                self.skipped_other_day += 1
                continue
            record["article_id"] = article_id(record["url"], origin)
            duplicate_of = self._seen_urls.get(record["article_id"]) or self._seen_fingerprints.get(record["fingerprint"])
            if duplicate_of:
                self.failures.append(failure(self.day, source, "dedup", origin, f"duplicate of article {duplicate_of}"))
                continue
            self._seen_urls[record["article_id"]] = record["article_id"]
            self._seen_fingerprints[record["fingerprint"]] = record["article_id"]
            yield {"news_date": self.day, "source": source, "origin": origin, **record}

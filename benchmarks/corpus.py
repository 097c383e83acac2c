"""The benchmark's inputs: the 60 extraction-benchmark pages and a synthetic day of articles.

The synthetic day recombines paragraphs of texts the project may use (the bundled sample site and
the benchmark pages' extracted text) so its vocabulary, mention density and paragraph lengths look
like real news, at any size. Nothing here is written into the repository: pages are read and
extracted at run time.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediawatch.sample_site import load_articles

ROOT = Path(__file__).resolve().parents[1]
EXTRACTION_DEV = ROOT.parent / "shared" / "benchmark" / "extraction-dev"
WORDS = re.compile(r"\w+")  # the same word count mediawatch.extract stores in raw.articles
# Shorter lines of an extracted page are mostly captions, bylines and leftovers of navigation.
MIN_PARAGRAPH_WORDS = 8
BENCH_DAY = "2026-11-16"


@dataclass(frozen=True)
class Page:
    page_id: str
    url: str | None
    html: bytes


def load_pages(extraction_dev: Path = EXTRACTION_DEV, limit: int | None = None) -> list[Page]:
    """The benchmark pages, decompressed into memory so timings exclude disk and gzip."""
    html_dir = extraction_dev / "html"
    paths = sorted(html_dir.glob("*.html.gz"))
    if not paths:
        raise FileNotFoundError(f"no pages in {html_dir}: the benchmark reads ../shared/benchmark at run time")
    truth_file = extraction_dev / "ground-truth.json"
    truth: dict[str, Any] = json.loads(truth_file.read_text(encoding="utf-8")) if truth_file.exists() else {}
    pages = []
    for path in paths[:limit]:
        page_id = path.name.removesuffix(".html.gz")
        pages.append(Page(page_id, (truth.get(page_id) or {}).get("url"), gzip.decompress(path.read_bytes())))
    return pages


def paragraph_pool(extracted_texts: Iterable[str | None]) -> tuple[list[str], dict[str, int]]:
    """Paragraphs of the sample site's articles and of the pages' extracted texts."""
    site = [p for article in load_articles() for p in article.paragraphs]
    pages = [
        line.strip()
        for text in extracted_texts if text
        for line in text.split("\n")
        if len(WORDS.findall(line)) >= MIN_PARAGRAPH_WORDS
    ]
    return site + pages, {"sample_site_paragraphs": len(site), "benchmark_page_paragraphs": len(pages)}


def synthetic_articles(pool: list[str], count: int, seed: int = 20261116) -> Iterator[dict[str, Any]]:
    """`count` raw.articles rows of 250-1,200 words (about the design's 730 words/article on average)."""
    if not pool:
        raise ValueError("empty paragraph pool: no sample-site or benchmark text was found")
    rng = random.Random(seed)  # fixed seed: every run measures the same day
    weights = [len(WORDS.findall(p)) for p in pool]
    for number in range(count):
        target, paragraphs, words = rng.randint(250, 1200), [], 0
        while words < target:
            index = rng.randrange(len(pool))
            paragraphs.append(pool[index])
            words += weights[index]
        text = "\n".join(paragraphs)  # trafilatura separates paragraphs with one newline
        url = f"https://bench.invalid/{BENCH_DAY}/article-{number:06d}"
        yield {
            "article_id": f"bench{number:011d}", "news_date": BENCH_DAY, "source": "benchmark", "url": url,
            "origin": url, "title": f"Synthetic article {number}", "author": None, "published_date": BENCH_DAY,
            "sitename": "bench.invalid", "language": "en", "text": text,
            "word_count": len(WORDS.findall(text)), "fingerprint": None,
        }


def write_jsonl(rows: Iterable[dict[str, Any]], path: Path) -> tuple[int, int]:
    """Write rows as JSON lines; returns (rows, total word_count)."""
    count = words = 0
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count, words = count + 1, words + row["word_count"]
    return count, words

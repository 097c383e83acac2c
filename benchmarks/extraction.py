"""Extraction speed: mediawatch.extract.extract_page against bare trafilatura.extract() on the same pages.

extract_page does more than bare extraction (metadata, language id, word count, fingerprint,
URL normalisation); the ratio says what that costs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import trafilatura

from benchmarks.corpus import Page
from mediawatch.extract import ExtractionError, extract_page


def _bare(page: Page) -> str | None:
    return trafilatura.extract(page.html, url=page.url, include_comments=False)


def _mediawatch(page: Page) -> dict[str, Any] | None:
    try:
        return extract_page(page.html, page.url)
    except ExtractionError:  # a page judged not to be an article still cost its extraction time
        return None


def _one_pass(pages: Sequence[Page], extract: Callable[[Page], Any]) -> tuple[float, list[Any]]:
    started = time.perf_counter()
    outputs = [extract(page) for page in pages]
    return time.perf_counter() - started, outputs


def bench_extraction(pages: Sequence[Page], repeats: int) -> tuple[dict[str, Any], list[str | None]]:
    """Best-of-`repeats` pages/s for both, interleaved so neither gets a warmer machine.

    Returns the figures and bare trafilatura's texts (reused to build the synthetic day).
    """
    _bare(pages[0]), _mediawatch(pages[0])  # warm-up: lazy imports and caches inside trafilatura/py3langid
    best = {"trafilatura": float("inf"), "mediawatch": float("inf")}
    texts: list[str | None] = []
    failed = 0
    for _ in range(repeats):
        seconds, texts = _one_pass(pages, _bare)
        best["trafilatura"] = min(best["trafilatura"], seconds)
        seconds, records = _one_pass(pages, _mediawatch)
        best["mediawatch"] = min(best["mediawatch"], seconds)
        failed = sum(record is None for record in records)
    figures = {
        "pages": len(pages),
        "repeats": repeats,
        "trafilatura": {"seconds": best["trafilatura"], "pages_per_second": len(pages) / best["trafilatura"],
                        "empty": sum(not text for text in texts)},
        "mediawatch": {"seconds": best["mediawatch"], "pages_per_second": len(pages) / best["mediawatch"],
                       "rejected": failed},
    }
    figures["ratio_mediawatch_vs_trafilatura"] = figures["mediawatch"]["pages_per_second"] / figures["trafilatura"]["pages_per_second"]
    return figures, texts

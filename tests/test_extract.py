from __future__ import annotations

import pytest

from mediawatch.extract import DayExtractor, ExtractionError, extract_page
from mediawatch.fetch import PoliteFetcher
from mediawatch.landing import landing_path, store


@pytest.fixture
def seed_page(sample_site_url, settings) -> bytes:
    with PoliteFetcher(settings, allow_private=True, min_delay_seconds=0) as fetcher:
        return fetcher.get(f"{sample_site_url}/news/2026/11/18/putin-ready-to-visit-pyongyang-at-early-date.html").body


def test_extracts_text_and_metadata_without_boilerplate(seed_page):
    record = extract_page(seed_page, "http://example.org/news/2026/11/18/putin.html")
    assert record["published_date"] == "2026-11-18"
    assert record["language"] == "en"
    assert record["title"] and "Putin" in record["title"]
    assert record["author"]
    assert "Choe Son Hui" in record["text"]
    assert "cookie" not in record["text"].lower()  # banner, comments and footer stay out
    assert record["word_count"] > 200
    assert len(record["fingerprint"]) == 16


@pytest.mark.parametrize(("html", "reason"), [
    (b"<html><body><nav>Home</nav></body></html>", "too short for an article: 1 words"),
    (b"", "no article text|trafilatura failed"),
    (b"\x00\xff<<<<not html", "no article text|trafilatura failed"),
])
def test_a_page_without_an_article_is_an_extraction_error(html, reason):
    with pytest.raises(ExtractionError, match=reason):
        extract_page(html, None)


def pages(settings, urls_and_bodies):
    for url, body in urls_and_bodies:
        path = landing_path(settings.landing_dir, url)
        store(path, body)
        yield {"url": url, "origin": url, "page_path": str(path)}


def test_duplicates_and_other_days_are_dropped_and_recorded(settings, seed_page):
    extractor = DayExtractor("2026-11-18")
    urls = ["http://a.example/news/2026/11/18/story.html", "http://b.example/copy-of-story", "http://a.example/news/2026/11/18/story.html"]
    articles = list(extractor.articles("s", True, pages(settings, [(u, seed_page) for u in urls])))
    # one article, under the canonical URL the page declares; the copies are recorded as duplicates
    assert len(articles) == 1
    assert articles[0]["url"].endswith("/news/2026/11/18/putin-ready-to-visit-pyongyang-at-early-date.html")
    assert articles[0]["origin"] == urls[0]
    assert [f["item"] for f in extractor.failures] == urls[1:]
    assert all(f["stage"] == "dedup" and f["reason"] == f"duplicate of article {articles[0]['article_id']}"
               for f in extractor.failures)

    other_day = DayExtractor("2026-11-19")
    assert list(other_day.articles("s", True, pages(settings, [(urls[0], seed_page)]))) == []
    assert other_day.skipped_other_day == 1
    # folders keep every page whatever its date
    assert len(list(DayExtractor("2019-11-01").articles("pages", False, pages(settings, [(urls[0], seed_page)])))) == 1


def test_unreadable_page_is_recorded_and_the_day_goes_on(settings, seed_page):
    extractor = DayExtractor("2026-11-18")
    fetched = [{"url": None, "origin": "/missing/page.html", "page_path": "/missing/page.html"},
               *pages(settings, [("http://a.example/news/2026/11/18/story.html", seed_page)])]
    assert len(list(extractor.articles("s", True, fetched))) == 1
    assert extractor.failures[0]["item"] == "/missing/page.html"
    assert extractor.failures[0]["stage"] == "extract"

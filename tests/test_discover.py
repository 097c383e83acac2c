from __future__ import annotations

import gzip

import pytest

from mediawatch.discover import DiscoveryError, discover, url_date
from mediawatch.fetch import PoliteFetcher
from mediawatch.sample_site import load_articles
from mediawatch.sources import Source, SourceKind


@pytest.fixture
def fetcher(settings):
    with PoliteFetcher(settings, allow_private=True, min_delay_seconds=0) as polite:
        yield polite


def article_urls(base: str) -> set[str]:
    return {f"{base}/{a.url_path.lstrip('/')}" for a in load_articles()}


def test_feed_lists_every_article_without_the_home_page(sample_site_url, fetcher):
    source = Source(name="f", kind=SourceKind.feed, url=f"{sample_site_url}/rss.xml", local=True)
    found = {c.location for c in discover(source, fetcher)}
    assert article_urls(sample_site_url) <= found
    assert f"{sample_site_url}/" not in found


def test_sitemap_index_is_followed_to_every_article_with_its_url_date(sample_site_url, fetcher):
    source = Source(name="s", kind=SourceKind.sitemap, url=f"{sample_site_url}/sitemap.xml", local=True)
    candidates = discover(source, fetcher)
    assert {c.location for c in candidates} == article_urls(sample_site_url)
    assert {c.url_date for c in candidates} == {f"2026-11-{d}" for d in range(16, 21)}


def test_a_page_that_is_not_a_feed_fails_the_source(sample_site_url, fetcher):
    source = Source(name="f", kind=SourceKind.feed, url=f"{sample_site_url}/robots.txt", local=True)
    with pytest.raises(DiscoveryError, match="not an RSS, Atom or JSON feed"):
        discover(source, fetcher)


def test_a_missing_sitemap_fails_the_source_with_the_http_status(sample_site_url, fetcher):
    source = Source(name="s", kind=SourceKind.sitemap, url=f"{sample_site_url}/nope.xml", local=True)
    with pytest.raises(DiscoveryError, match="HTTP 404"):
        discover(source, fetcher)


def test_a_feed_on_a_loopback_address_is_refused_unless_local(sample_site_url, settings):
    source = Source(name="f", kind=SourceKind.feed, url=f"{sample_site_url}/rss.xml")
    with PoliteFetcher(settings, allow_private=False) as strict, pytest.raises(DiscoveryError, match="loopback/private"):
        discover(source, strict)


def test_folder_lists_html_and_gzipped_pages(tmp_path, fetcher):
    (tmp_path / "a.html").write_text("<html></html>")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html.gz").write_bytes(gzip.compress(b"<html></html>"))
    (tmp_path / "notes.txt").write_text("not a page")
    source = Source(name="p", kind=SourceKind.folder, path=tmp_path)
    assert [c.location for c in discover(source, fetcher)] == [str(tmp_path / "a.html"), str(tmp_path / "sub" / "b.html.gz")]


def test_missing_folder_is_a_clear_error(tmp_path, fetcher):
    with pytest.raises(DiscoveryError, match="does not exist"):
        discover(Source(name="p", kind=SourceKind.folder, path=tmp_path / "nope"), fetcher)


@pytest.mark.parametrize(("url", "day"), [
    ("https://x.org/news/2026/11/16/a.html", "2026-11-16"),
    ("https://x.org/2019-11-01-story", "2019-11-01"),
    ("https://x.org/world/story", None),
])
def test_url_date(url, day):
    assert url_date(url) == day


@pytest.mark.parametrize(("kind", "path"), [(SourceKind.feed, "/bomb-feed.xml"), (SourceKind.sitemap, "/bomb-sitemap.xml")])
def test_xml_entities_are_never_expanded(fetcher, kind, path):
    from tests.support.fault_server import fault_server

    with fault_server() as base:
        source = Source(name="b", kind=kind, url=f"{base}{path}", local=True)
        try:
            candidates = discover(source, fetcher)
        except DiscoveryError:
            candidates = []
    assert all("lollol" not in c.location and len(c.location) < 200 for c in candidates)

"""The sample site over real HTTP: content types, feed, sitemaps, robots.txt, links, CLI."""

from __future__ import annotations

import email.utils
import http.client
import signal
import subprocess
import sys
import urllib.robotparser
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest

from mediawatch.sample_site import load_articles, render_site

from .conftest import Response

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
Get = Callable[[str], Response]


def _feed_items(site_url: str, http_get: Get) -> list[ET.Element]:
    root = ET.fromstring(http_get(f"{site_url}/rss.xml").body)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.findall("./channel/item")


def _sitemap_urls(site_url: str, http_get: Get) -> dict[str, str]:
    """Follow the sitemap index; return {loc: lastmod} of all article URLs."""
    index = ET.fromstring(http_get(f"{site_url}/sitemap.xml").body)
    assert index.tag == f"{SM}sitemapindex"
    urls: dict[str, str] = {}
    for loc in index.iter(f"{SM}loc"):
        child = http_get(loc.text or "")
        assert child.status == 200 and child.content_type.startswith("application/xml")
        for url in ET.fromstring(child.body).iter(f"{SM}url"):
            urls[url.findtext(f"{SM}loc") or ""] = url.findtext(f"{SM}lastmod") or ""
    return urls


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/", "text/html; charset=utf-8"),
        ("/index.html", "text/html; charset=utf-8"),
        ("/news/2026/11/18/putin-ready-to-visit-pyongyang-at-early-date.html", "text/html; charset=utf-8"),
        ("/section/europe.html", "text/html; charset=utf-8"),
        ("/news/2026/11/16/", "text/html; charset=utf-8"),
        ("/rss.xml", "application/rss+xml"),
        ("/sitemap.xml", "application/xml"),
        ("/robots.txt", "text/plain"),
    ],
)
def test_serves_pages_with_content_types(site_url: str, http_get: Get, path: str, content_type: str) -> None:
    response = http_get(site_url + path)
    assert response.status == 200
    assert response.content_type.startswith(content_type)


def test_missing_pages_and_folders_are_404(site_url: str, http_get: Get) -> None:
    assert http_get(f"{site_url}/news/2026/11/18/no-such-story.html").status == 404
    assert http_get(f"{site_url}/private/").status == 404  # no directory listing


def test_feed_lists_every_article_with_pubdate_and_links_resolve(site_url: str, http_get: Get) -> None:
    items = _feed_items(site_url, http_get)
    by_link = {item.findtext("link"): item for item in items}
    for article in load_articles():
        item = by_link[site_url + article.url_path]
        assert item.findtext("title") == article.title
        assert email.utils.parsedate_to_datetime(item.findtext("pubDate") or "") == article.published
    assert len(items) == 31  # 30 articles + the private draft
    for link in by_link:
        assert http_get(link or "").status == 200, link


def test_sitemaps_list_every_article_with_lastmod_and_resolve(site_url: str, http_get: Get) -> None:
    urls = _sitemap_urls(site_url, http_get)
    articles = load_articles()
    assert set(urls) == {site_url + a.url_path for a in articles}
    for a in articles:
        assert urls[site_url + a.url_path] == a.published.isoformat()
    for url in urls:
        assert http_get(url).status == 200, url


def test_robots_disallows_the_private_page_the_feed_links_to(site_url: str, http_get: Get) -> None:
    robots_txt = http_get(f"{site_url}/robots.txt").text
    assert "Disallow: /private/" in robots_txt
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(robots_txt.splitlines())
    assert robots.site_maps() == [f"{site_url}/sitemap.xml"]
    private = [i.findtext("link") or "" for i in _feed_items(site_url, http_get) if "/private/" in (i.findtext("link") or "")]
    assert len(private) == 1
    assert not robots.can_fetch("mediawatch", private[0])
    assert robots.can_fetch("mediawatch", site_url + load_articles()[0].url_path)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag in ("a", "link") and href and not href.startswith("#"):
            self.hrefs.append(href)


def test_crawl_from_front_page_finds_no_broken_links(site_url: str, http_get: Get) -> None:
    seen: set[str] = set()
    queue = [f"{site_url}/"]
    while queue:
        url = queue.pop()
        if url in seen or not url.startswith(site_url):
            continue
        seen.add(url)
        response = http_get(url)
        assert response.status == 200, url
        if response.content_type.startswith("text/html"):
            parser = _Links()
            parser.feed(response.text)
            queue.extend(urljoin(url, href) for href in parser.hrefs)
    assert {site_url + a.url_path for a in load_articles()} <= seen


def test_render_site_writes_static_site(tmp_path: Path) -> None:
    articles = render_site(tmp_path, "https://meridian.example/")
    assert len(articles) == 30
    for name in ("index.html", "rss.xml", "sitemap.xml", "robots.txt"):
        assert (tmp_path / name).is_file()
    assert all((tmp_path / a.url_path.lstrip("/")).is_file() for a in articles)
    assert "<link>https://meridian.example/news/2026/11/16/" in (tmp_path / "rss.xml").read_text()
    page = (tmp_path / articles[0].url_path.lstrip("/")).read_text()
    assert '<html lang="en">' in page and '"@type": "NewsArticle"' in page


def test_cli_prints_base_url_and_stops_on_sigterm(http_get: Get) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "mediawatch.sample_site", "--port", "0"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        assert http_get(f"{base_url}/rss.xml").status == 200
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_links_follow_the_host_the_client_used(site_url: str) -> None:
    # In docker compose Airflow reaches the site as http://sample-site:8765; its feed must say so.
    host, port = site_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("GET", "/rss.xml", headers={"Host": "sample-site:8765"})
    feed = ET.fromstring(connection.getresponse().read())
    connection.close()
    links = [item.findtext("link") or "" for item in feed.iter("item")]
    assert links and all(link.startswith("http://sample-site:8765/") for link in links)

"""List candidate article URLs (or files) for one source.

Feed and sitemap parsing is trafilatura's (regex-based: no XML parser, so no entity expansion);
the documents themselves are fetched by our PoliteFetcher so robots.txt and the address rules apply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from courlan import get_hostinfo, normalize_url
from htmldate.extractors import extract_url_date
from htmldate.utils import Extractor as DateOptions
from trafilatura.feeds import FeedParameters, extract_links, find_links
from trafilatura.sitemaps import DETECT_SITEMAP_LINK, SitemapObject

from mediawatch.fetch import XML_TYPES, FetchError, PoliteFetcher
from mediawatch.sources import Source, SourceKind

MAX_SITEMAPS = 50
_URL_DATE_OPTIONS = DateOptions(False, datetime(2100, 1, 1), datetime(1990, 1, 1), False, "%Y-%m-%d")


class DiscoveryError(Exception):
    """The source itself (feed, sitemap, folder) could not be read."""


@dataclass(frozen=True)
class Candidate:
    location: str  # URL, or file path for folder sources
    url_date: str | None  # YYYY-MM-DD when the URL carries a date


def url_date(url: str) -> str | None:
    return extract_url_date(url, _URL_DATE_OPTIONS)


def discover(source: Source, fetcher: PoliteFetcher) -> list[Candidate]:
    if source.kind is SourceKind.folder:
        return _folder_pages(source)
    links = _feed_links(source, fetcher) if source.kind is SourceKind.feed else _sitemap_links(source, fetcher)
    seen: dict[str, Candidate] = {}
    for link in links:
        url = normalize_url(urljoin(source.url, link.strip()))
        # a feed's channel link is the home page, not an article
        if url.startswith(("http://", "https://")) and urlsplit(url).path not in ("", "/") and url not in seen:
            seen[url] = Candidate(url, url_date(url))
    return list(seen.values())[: source.max_pages]


def _fetch_text(fetcher: PoliteFetcher, url: str) -> str:
    try:
        fetched = fetcher.get(url, accept=XML_TYPES)
    except FetchError as exc:
        raise DiscoveryError(f"cannot fetch {url}: {exc}") from exc
    return fetched.body.decode("utf-8", errors="replace")


class _LocalSitemap(SitemapObject):
    """trafilatura's sitemap parser without its link filter, for sources marked local: that filter
    drops every link on an IP address with a port (courlan.extract_domain), i.e. every local site."""

    def handle_link(self, link: str) -> None:
        link = normalize_url(urljoin(self.base_url, link.strip()))
        if link == self.current_url:
            return
        (self.sitemap_urls if DETECT_SITEMAP_LINK.search(link) else self.urls).append(link)


def _feed_links(source: Source, fetcher: PoliteFetcher) -> list[str]:
    text = _fetch_text(fetcher, source.url)
    domain, base = get_hostinfo(source.url)
    params = FeedParameters(base, domain or "", source.url)
    # Web feeds get trafilatura's link checks (same site, plausible article URLs); local sites
    # would fail them for their IP-address host, so only the parsing is used there.
    links = find_links(text.strip(), params) if source.local else extract_links(text, params)
    if not links and "<rss" not in text[:500] and "<feed" not in text[:500] and not text.lstrip().startswith("{"):
        raise DiscoveryError(f"{source.url} is not an RSS, Atom or JSON feed")
    return links


def _sitemap_links(source: Source, fetcher: PoliteFetcher) -> list[str]:
    domain, base = get_hostinfo(source.url)
    sitemap_class = _LocalSitemap if source.local else SitemapObject
    sitemap = sitemap_class(base, domain or "", [source.url])
    while sitemap.sitemap_urls and len(sitemap.seen) < MAX_SITEMAPS:
        sitemap.current_url = sitemap.sitemap_urls.pop()
        sitemap.seen.add(sitemap.current_url)
        try:
            sitemap.content = _fetch_text(fetcher, sitemap.current_url)
        except DiscoveryError:
            if sitemap.current_url == source.url:
                raise
            continue  # a broken child sitemap loses its links, not the whole source
        sitemap.process()
        sitemap.sitemap_urls = [u for u in sitemap.sitemap_urls if u not in sitemap.seen]
    if not sitemap.urls and len(sitemap.seen) == 1 and "<urlset" not in sitemap.content and "<sitemapindex" not in sitemap.content:
        raise DiscoveryError(f"{source.url} is not an XML sitemap")
    return sitemap.urls


def _folder_pages(source: Source) -> list[Candidate]:
    folder = Path(source.path)
    if not folder.is_dir():
        raise DiscoveryError(f"folder {folder} does not exist")
    pages = sorted(p for p in folder.rglob("*") if p.is_file() and p.name.endswith((".html", ".htm", ".html.gz")))
    return [Candidate(str(p), None) for p in pages[: source.max_pages]]

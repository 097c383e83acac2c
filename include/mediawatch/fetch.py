"""Polite HTTP: robots.txt, per-host delay, timeouts, retries with backoff, size cap,
content-type check, bounded redirects, and no loopback/private targets unless the source is local.

Written on requests + urllib3's Retry because no library bundles all of these rules; trafilatura's
fetch_url has no robots.txt, per-source policy or error reasons we could record.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from mediawatch.config import Settings

MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/json",
             "application/feed+json", "text/plain")


class FetchError(Exception):
    """One URL could not be fetched; the message says why."""


@dataclass
class Fetched:
    url: str  # final URL after redirects
    status: int
    content_type: str
    body: bytes


def is_public_host(host: str) -> bool:
    """False when any address the host resolves to is loopback, private, link-local or reserved."""
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            return False
    return True


@dataclass
class PoliteFetcher:
    settings: Settings
    allow_private: bool = False
    min_delay_seconds: float = 1.0
    _session: requests.Session = field(init=False, repr=False)
    _robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict, init=False, repr=False)
    _last_request: dict[str, float] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        retry = Retry(
            total=self.settings.max_retries,
            backoff_factor=0.5,
            status_forcelist=(429, 500, 502, 503, 504),
            allowed_methods=("GET",),
            respect_retry_after_header=True,
            redirect=False,  # redirects are followed by hand so every hop is checked
            raise_on_status=False,
        )
        self._session = requests.Session()
        self._session.headers["User-Agent"] = self.settings.user_agent
        adapter = HTTPAdapter(max_retries=retry)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> "PoliteFetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, accept: tuple[str, ...] = HTML_TYPES, check_robots: bool = True) -> Fetched:
        """GET one URL under all the rules above; raises FetchError with the reason."""
        for _ in range(MAX_REDIRECTS + 1):
            self._check_target(url)
            if check_robots and not self._robots_allow(url):
                raise FetchError(f"robots.txt disallows {url}")
            response = self._request(url)
            if response.is_redirect:
                location = response.headers.get("Location", "")
                response.close()
                url = urljoin(url, location)
                continue
            return self._read(url, response, accept)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _check_target(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"not an http(s) URL: {url}")
        if not self.allow_private and not is_public_host(parts.hostname):
            raise FetchError(f"refused: {parts.hostname} is a loopback/private address and the source is not local")

    def _wait_for_host(self, host: str) -> None:
        delay = self.min_delay_seconds
        robots = self._robots.get(host)
        if robots is not None and robots.crawl_delay(self.settings.user_agent):
            delay = max(delay, float(robots.crawl_delay(self.settings.user_agent)))
        elapsed = time.monotonic() - self._last_request.get(host, float("-inf"))
        if elapsed < delay:
            time.sleep(delay - elapsed)
        self._last_request[host] = time.monotonic()

    def _request(self, url: str) -> requests.Response:
        self._wait_for_host(urlsplit(url).netloc)
        timeout = (min(5.0, self.settings.timeout_seconds), self.settings.timeout_seconds)
        try:
            return self._session.get(url, timeout=timeout, stream=True, allow_redirects=False)
        except requests.exceptions.RetryError as exc:
            raise FetchError(f"gave up after {self.settings.max_retries} retries: {exc}") from exc
        except requests.exceptions.Timeout as exc:
            raise FetchError(f"timed out after {self.settings.timeout_seconds:g} s") from exc
        except requests.exceptions.RequestException as exc:
            raise FetchError(f"request failed: {exc.__class__.__name__}: {exc}") from exc

    def _read(self, url: str, response: requests.Response, accept: tuple[str, ...]) -> Fetched:
        with response:
            if response.status_code != 200:
                raise FetchError(f"HTTP {response.status_code}")
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if accept and content_type not in accept:
                raise FetchError(f"unexpected content type {content_type or '(none)'}")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.settings.max_page_bytes:
                raise FetchError(f"too large: Content-Length {declared} > {self.settings.max_page_bytes} bytes")
            body = bytearray()
            try:
                # Counted after decompression, so a gzip bomb stops at the cap too.
                for chunk in response.iter_content(64 * 1024):
                    body += chunk
                    if len(body) > self.settings.max_page_bytes:
                        raise FetchError(f"too large: more than {self.settings.max_page_bytes} bytes")
            except requests.exceptions.RequestException as exc:
                raise FetchError(f"connection broken while reading: {exc.__class__.__name__}") from exc
            return Fetched(url=url, status=response.status_code, content_type=content_type, body=bytes(body))

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self._robots:
            parser = urllib.robotparser.RobotFileParser()
            robots_url = f"{parts.scheme}://{host}/robots.txt"
            try:
                fetched = self.get(robots_url, accept=(), check_robots=False)
                parser.parse(fetched.body.decode("utf-8", errors="replace").splitlines())
            except FetchError:
                parser.parse([])  # no readable robots.txt: everything allowed, as crawlers do
            self._robots[host] = parser
        return self._robots[host].can_fetch(self.settings.user_agent, url)

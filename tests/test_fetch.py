"""PoliteFetcher against a real, misbehaving HTTP server on localhost."""

from __future__ import annotations

import dataclasses

import pytest

from mediawatch.config import load_settings
from mediawatch.fetch import FetchError, PoliteFetcher
from tests.support.fault_server import FaultHandler, fault_server


@pytest.fixture(scope="module")
def base_url():
    with fault_server() as url:
        yield url


@pytest.fixture
def fetcher(tmp_path):
    settings = dataclasses.replace(load_settings(data_dir=tmp_path), timeout_seconds=1.0, max_page_bytes=1_000_000, max_retries=3)
    with PoliteFetcher(settings, allow_private=True, min_delay_seconds=0) as polite:
        yield polite


def test_fetches_a_page_and_follows_a_redirect(fetcher, base_url):
    page = fetcher.get(f"{base_url}/redirect.html")
    assert page.url == f"{base_url}/ok.html"
    assert b"Paragraph 3" in page.body
    assert page.content_type == "text/html"


def test_robots_txt_is_respected(fetcher, base_url):
    with pytest.raises(FetchError, match="robots.txt disallows"):
        fetcher.get(f"{base_url}/private/secret.html")
    assert FaultHandler.hits["/private/secret.html"] == 0


def test_retries_429_then_succeeds(fetcher, base_url):
    page = fetcher.get(f"{base_url}/flaky-429.html")
    assert page.status == 200
    assert FaultHandler.hits["/flaky-429.html"] == 3


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/always-500.html", "gave up after 3 retries|HTTP 500"),
        ("/missing.html", "HTTP 404"),
        ("/slow.html", "timed out"),
        ("/huge.html", "too large"),
        ("/gzip-bomb.html", "too large"),
        ("/reset.html", "request failed|connection broken"),
        ("/loop", "more than 5 redirects"),
        ("/data.json", "unexpected content type application/octet-stream"),
    ],
)
def test_bad_pages_fail_with_a_reason(fetcher, base_url, path, reason):
    with pytest.raises(FetchError, match=reason):
        fetcher.get(f"{base_url}{path}")


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x.html", "http://10.1.2.3/a.html", "http://[::1]/a", "http://169.254.169.254/latest/meta-data"])
def test_private_and_loopback_targets_are_refused_unless_local(tmp_path, url):
    # refused before any connection is made
    with PoliteFetcher(load_settings(data_dir=tmp_path), allow_private=False) as strict:
        with pytest.raises(FetchError, match="loopback/private address and the source is not local"):
            strict.get(url)


def test_non_http_schemes_are_refused(fetcher):
    with pytest.raises(FetchError, match="not an http"):
        fetcher.get("file:///etc/passwd")

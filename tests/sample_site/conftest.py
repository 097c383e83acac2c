"""One real sample-site server per test session, plus a tiny HTTP helper."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from mediawatch.sample_site import serve_sample_site


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def _get(url: str) -> Response:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return Response(r.status, r.headers.get("Content-Type", ""), r.read())
    except urllib.error.HTTPError as e:  # 4xx/5xx are results to assert on, not crashes
        return Response(e.code, e.headers.get("Content-Type", ""), e.read())


@pytest.fixture(scope="session")
def site_url() -> Iterator[str]:
    with serve_sample_site() as base_url:
        yield base_url


@pytest.fixture(scope="session")
def http_get() -> Callable[[str], Response]:
    return _get

"""The landing zone: raw pages kept gzip-compressed, keyed by URL, so any day can be re-extracted
without fetching again."""

from __future__ import annotations

import gzip
import hashlib
import os
import re
from pathlib import Path
from urllib.parse import urlsplit


def landing_path(landing_dir: Path, url: str) -> Path:
    """Keyed by URL alone, so a page listed by both a feed and a sitemap is fetched once."""
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
    host = re.sub(r"[^A-Za-z0-9.-]", "_", urlsplit(url).netloc) or "unknown-host"
    return landing_dir / host / digest[:2] / f"{digest}.html.gz"


def store(path: Path, body: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    with gzip.open(tmp, "wb", compresslevel=6) as out:
        out.write(body)
    os.replace(tmp, path)  # a killed fetch never leaves a truncated page behind


def read_page(path: Path) -> bytes:
    """Bytes of a landed page or a saved page file (*.html or *.html.gz)."""
    if path.name.endswith(".gz"):
        with gzip.open(path, "rb") as page:
            return page.read()
    return path.read_bytes()

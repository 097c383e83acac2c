"""Serve the rendered sample site over real HTTP (stdlib only)."""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from mediawatch.sample_site.render import render_site

_CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}
_HOST_HEADER = re.compile(r"[A-Za-z0-9.-]+(:[0-9]{1,5})?")
_MAX_HOSTS = 8  # bound the renders a client can trigger with made-up Host headers


class _SiteServer(ThreadingHTTPServer):
    """Keeps one rendered copy of the site per Host header.

    Feed, sitemap and canonical links are absolute, so they must name the address the client
    used: 127.0.0.1:<port> in tests, http://sample-site:8765 inside the compose network.
    """

    def __init__(self, address: tuple[str, int], root: Path, link_host: str) -> None:
        super().__init__(address, _SiteHandler)  # binds, so the real port is known below
        self.root = root
        self.default_host = f"{link_host}:{self.server_address[1]}"
        self._sites: dict[str, Path] = {}
        self._lock = threading.Lock()

    def site_dir(self, host_header: str | None) -> Path:
        host = (host_header or "").strip().lower()
        if not _HOST_HEADER.fullmatch(host):
            host = self.default_host
        with self._lock:
            if host not in self._sites:
                if len(self._sites) >= _MAX_HOSTS:
                    host = self.default_host
                if host not in self._sites:
                    out = self.root / f"site-{len(self._sites)}"
                    render_site(out, f"http://{host}")
                    self._sites[host] = out
            return self._sites[host]


class _SiteHandler(SimpleHTTPRequestHandler):
    """Static files with news-site content types, no directory listings and no log noise."""

    server: _SiteServer

    def send_head(self):  # type: ignore[no-untyped-def]
        self.directory = str(self.server.site_dir(self.headers.get("Host")))
        return super().send_head()

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        name = os.path.basename(path)
        if name == "rss.xml":
            return "application/rss+xml; charset=utf-8"
        return _CONTENT_TYPES.get(os.path.splitext(name)[1], "application/octet-stream")

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        # A real site does not expose its folders (e.g. /private/); answer like a missing page.
        self.send_error(404, "Not Found")
        return None

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test and Airflow logs quiet


@contextmanager
def serve_sample_site(host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve the site from a background thread until the block exits; yield its base URL.

    ``port=0`` picks a free port. The site is rendered after binding because its absolute links
    must carry the real port; a client using another name (Host header) gets links on that name.
    """
    with tempfile.TemporaryDirectory(prefix="mediawatch-sample-site-") as root:
        # A wildcard bind address is not a usable link target; advertise loopback instead.
        link_host = "127.0.0.1" if host in ("", "0.0.0.0") else host
        server = _SiteServer((host, port), Path(root), link_host)
        server.site_dir(server.default_host)  # render up front: fail here, not on first request
        thread = threading.Thread(target=server.serve_forever, name="sample-site", daemon=True)
        thread.start()
        try:
            yield f"http://{server.default_host}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join()

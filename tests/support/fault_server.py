"""A real HTTP server on localhost that misbehaves on purpose: slow, resets, 429s, 500s, huge
bodies, gzip bombs, redirect loops, wrong content types, robots.txt rules."""

from __future__ import annotations

import gzip
import http.server
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

ARTICLE = (
    "<html lang='en'><head><title>Test story</title></head><body><nav>Home | World</nav>"
    "<article><h1>Test story</h1>"
    + "".join(f"<p>Paragraph {i}: the talks in Geneva continued for another day with delegates.</p>" for i in range(8))
    + "</article><footer>Copyright</footer></body></html>"
)


# "Billion laughs": expanding the entities would take gigabytes; a safe parser never does.
XML_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + ']>'
)
BOMB_FEED = XML_BOMB + "<rss><channel><item><link>http://127.0.0.1/&lol9;</link></item></channel></rss>"
BOMB_SITEMAP = XML_BOMB + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://127.0.0.1/&lol9;</loc></url></urlset>'


class FaultHandler(http.server.BaseHTTPRequestHandler):
    hits: Counter = Counter()

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", headers=None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = self.path
        FaultHandler.hits[path] += 1
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path in ("/ok.html", "/private/secret.html"):
            self._send(200, ARTICLE.encode())
        elif path == "/slow.html":
            time.sleep(3)
            self._send(200, ARTICLE.encode())
        elif path == "/flaky-429.html":
            if FaultHandler.hits[path] < 3:
                self._send(429, b"slow down", "text/plain", {"Retry-After": "0"})
            else:
                self._send(200, ARTICLE.encode())
        elif path == "/always-500.html":
            self._send(500, b"boom", "text/plain")
        elif path == "/missing.html":
            self._send(404, b"not here", "text/plain")
        elif path == "/huge.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the cap must count what arrives
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            try:
                for _ in range(200):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/gzip-bomb.html":
            bomb = gzip.compress(b"<p>" + b"a" * (50 * 1024 * 1024) + b"</p>")
            self._send(200, bomb, "text/html", {"Content-Encoding": "gzip"})
        elif path == "/reset.html":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.close()
        elif path.startswith("/loop"):
            n = int(path[5:] or 0)
            self._send(302, b"", "text/plain", {"Location": f"/loop{n + 1}"})
        elif path == "/redirect.html":
            self._send(301, b"", "text/plain", {"Location": "/ok.html"})
        elif path == "/bomb-feed.xml":
            self._send(200, BOMB_FEED.encode(), "application/rss+xml")
        elif path == "/bomb-sitemap.xml":
            self._send(200, BOMB_SITEMAP.encode(), "application/xml")
        elif path == "/data.json":
            self._send(200, b"{}", "application/octet-stream")
        else:
            self._send(404, b"not here", "text/plain")


@contextmanager
def fault_server() -> Iterator[str]:
    FaultHandler.hits = Counter()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FaultHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()

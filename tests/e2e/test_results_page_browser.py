"""The daily-tables page in a real browser: headless Chromium renders it from a real server."""

from __future__ import annotations

import shutil
import subprocess
import threading
import time

import pytest
import uvicorn

from mediawatch.results_app import create_app
from tests.test_results_app import publish_tiny

pytestmark = pytest.mark.e2e
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def page_url(settings, monkeypatch):
    monkeypatch.setenv("MEDIAWATCH_DATA_DIR", str(settings.data_dir))
    publish_tiny(settings)
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(timeout=5)


def test_chromium_renders_the_daily_tables(page_url, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Chromium is needed for the browser test: apt-get install chromium (scripts/run-tests.sh does it)"
    profile = ["--user-data-dir=" + str(tmp_path / "profile")]
    dom = subprocess.run([chromium, *CHROMIUM_FLAGS, *profile, "--dump-dom", page_url],
                         capture_output=True, text=True, timeout=120).stdout
    assert "mediawatch: 2026-11-18 (1 articles)" in dom
    assert "&lt;b&gt;North Korea&lt;/b&gt;" in dom  # escaped text, not markup
    assert dom.count('class="bar"') == 3  # one bar per row of the three tables
    shot = tmp_path / "page.png"
    subprocess.run([chromium, *CHROMIUM_FLAGS, *profile, f"--screenshot={shot}", "--window-size=1200,600", page_url],
                   capture_output=True, timeout=120)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 5000

"""Test-wide set-up: an isolated Airflow home (SQLite) and data directory per test session.

Airflow reads its configuration when first imported, so the environment is set here, before
any test module imports it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

_AIRFLOW_HOME = Path(tempfile.mkdtemp(prefix="mediawatch-airflow-"))
os.environ.update({
    "AIRFLOW_HOME": str(_AIRFLOW_HOME),
    "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
    "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AIRFLOW__CORE__PARALLELISM": "2",
    "AIRFLOW__COSMOS__ENABLE_TELEMETRY": "False",
    "DO_NOT_TRACK": "1",
    "MEDIAWATCH_DATA_DIR": str(_AIRFLOW_HOME / "data"),
})


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """A migrated SQLite metadata DB with the DuckDB writer pool (what `make run` prepares)."""
    airflow = [sys.executable, "-m", "airflow"]
    subprocess.run([*airflow, "db", "migrate"], check=True, capture_output=True)
    subprocess.run([*airflow, "pools", "set", "duckdb_writer", "1", "DuckDB writers"], check=True, capture_output=True)
    return _AIRFLOW_HOME


@pytest.fixture(scope="session")
def sample_site_url() -> str:
    """The bundled news site, served for real on a free localhost port for the whole session."""
    from mediawatch.sample_site import serve_sample_site

    with serve_sample_site() as url:
        yield url


@pytest.fixture
def sample_sources(sample_site_url, monkeypatch):
    """The default source list (include/sources.yml), pointed at the session's sample site."""
    from mediawatch.config import DEFAULT_SOURCES_FILE
    from mediawatch.sources import load_sources

    monkeypatch.setenv("MEDIAWATCH_SAMPLE_SITE_URL", sample_site_url)
    return load_sources(DEFAULT_SOURCES_FILE)


@pytest.fixture
def settings(tmp_path):
    from mediawatch.config import load_settings

    return load_settings(data_dir=tmp_path / "data")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: the benchmark and seed data are read from ../shared at run time")
    return SHARED

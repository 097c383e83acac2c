"""Paths and settings, read from environment variables with defaults.

Read on every call (no module-level state), so two tasks in one process with different
environments do not see each other's settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
DEFAULT_SOURCES_FILE = PROJECT_ROOT / "include" / "sources.yml"

# The one Airflow pool every DuckDB writer runs in (DuckDB allows one writing process per file).
DUCKDB_POOL = "duckdb_writer"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    sources_file: Path
    user_agent: str
    timeout_seconds: float
    max_page_bytes: int
    max_retries: int

    @property
    def landing_dir(self) -> Path:
        return self.data_dir / "landing"

    @property
    def staging_dir(self) -> Path:
        return self.data_dir / "staging"

    @property
    def warehouse_path(self) -> Path:
        return self.data_dir / "warehouse" / "mediawatch.duckdb"

    @property
    def published_dir(self) -> Path:
        return self.data_dir / "published"

    @property
    def published_path(self) -> Path:
        return self.published_dir / "mediawatch.duckdb"

    @property
    def dbt_work_dir(self) -> Path:
        return self.data_dir / "dbt"

    @property
    def dbt_docs_dir(self) -> Path:
        return self.dbt_work_dir / "docs"

    def day_dir(self, day: str) -> Path:
        return self.staging_dir / day


def load_settings(data_dir: str | os.PathLike | None = None, sources_file: str | os.PathLike | None = None) -> Settings:
    """Settings from arguments, else MEDIAWATCH_* environment variables, else defaults."""
    env = os.environ
    return Settings(
        data_dir=Path(data_dir or env.get("MEDIAWATCH_DATA_DIR") or PROJECT_ROOT / "data").resolve(),
        sources_file=Path(sources_file or env.get("MEDIAWATCH_SOURCES") or DEFAULT_SOURCES_FILE).resolve(),
        user_agent=env.get("MEDIAWATCH_USER_AGENT", "mediawatch/0.1 (news monitoring; polite crawler)"),
        timeout_seconds=float(env.get("MEDIAWATCH_TIMEOUT_SECONDS", "20")),
        max_page_bytes=int(env.get("MEDIAWATCH_MAX_PAGE_BYTES", str(5 * 1024 * 1024))),
        max_retries=int(env.get("MEDIAWATCH_MAX_RETRIES", "3")),
    )

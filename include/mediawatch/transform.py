"""Run dbt (seeds, models and tests) against the warehouse.

A subprocess rather than dbtRunner: dbt reads its settings from the environment, and a child
process keeps that environment out of the caller (an Airflow worker runs many tasks).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from mediawatch.config import DBT_PROJECT_DIR, Settings


_SUMMARY = re.compile(r"Finished running|Done\. PASS|\b(ERROR|FAIL|WARN)\b")


class TransformError(RuntimeError):
    """dbt build failed; nothing was published."""


def dbt_env(settings: Settings) -> dict[str, str]:
    """Environment variables the dbt project and its profile read (also passed by the Cosmos DAG,
    which gives every task its own target/ and logs/ folders)."""
    return {
        "MEDIAWATCH_DATA_DIR": str(settings.data_dir),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
        "DO_NOT_TRACK": "1",
    }


def dbt_executable() -> str:
    beside_python = Path(sys.executable).with_name("dbt")
    return str(beside_python) if beside_python.exists() else (shutil.which("dbt") or "dbt")


def run_dbt(settings: Settings, *args: str, target_path: Path | None = None) -> None:
    settings.warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    command = [
        dbt_executable(), *args,
        "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
        # build output beside the data, so the project folder can stay read-only
        "--target-path", str(target_path or settings.dbt_work_dir / "target"),
        "--log-path", str(settings.dbt_work_dir / "logs"),
    ]
    completed = subprocess.run(command, env={**os.environ, **dbt_env(settings)}, capture_output=True, text=True)
    # dbt's summary and any problem; the full log is in <data dir>/dbt/logs/dbt.log
    summary = [line for line in completed.stdout.splitlines() if _SUMMARY.search(line)]
    print("\n".join(summary[-40:]))
    if completed.returncode != 0:
        tail = "\n".join(completed.stdout.splitlines()[-30:] + completed.stderr.splitlines()[-10:])
        raise TransformError(f"dbt {' '.join(args)} failed (exit {completed.returncode}); nothing was published.\n{tail}")


def build(settings: Settings) -> None:
    """dbt build: seeds, models and their tests, in dependency order."""
    run_dbt(settings, "build")


def generate_docs(settings: Settings) -> Path:
    """dbt docs (index.html, manifest.json, catalog.json), shown in the Airflow UI by Cosmos's
    docs page when AIRFLOW__COSMOS__DBT_DOCS_DIR points at the returned folder."""
    run_dbt(settings, "docs", "generate", target_path=settings.dbt_docs_dir)
    return settings.dbt_docs_dir

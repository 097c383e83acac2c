"""Publish the marts for analysts: a separate DuckDB file, replaced atomically, plus Parquet exports.

Analysts read the published copy, never the warehouse, because DuckDB refuses read-only
connections while a writer holds the file.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from mediawatch.config import Settings

PUBLISHED_SCHEMA = "marts"


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def publish(settings: Settings) -> list[str]:
    """Copy every table of the warehouse's marts schema; returns the table names."""
    settings.published_dir.mkdir(parents=True, exist_ok=True)
    parquet_dir = settings.published_dir / "parquet"
    parquet_dir.mkdir(exist_ok=True)
    tmp = settings.published_dir / f".mediawatch.duckdb.tmp{os.getpid()}"
    tmp.unlink(missing_ok=True)
    with duckdb.connect(str(tmp)) as con:
        con.execute(f"attach {_quote(settings.warehouse_path)} as warehouse (read_only)")
        tables = [row[0] for row in con.execute(
            "select table_name from duckdb_tables() where database_name = 'warehouse' and schema_name = ? order by 1",
            [PUBLISHED_SCHEMA],
        ).fetchall()]
        if not tables:
            raise RuntimeError(f"the warehouse {settings.warehouse_path} has no tables in schema {PUBLISHED_SCHEMA}: run dbt build first")
        con.execute(f"create schema {PUBLISHED_SCHEMA}")
        for table in tables:
            con.execute(f'create table {PUBLISHED_SCHEMA}."{table}" as select * from warehouse.{PUBLISHED_SCHEMA}."{table}"')
        con.execute("detach warehouse")
        for table in tables:
            part = parquet_dir / f".{table}.parquet.tmp{os.getpid()}"
            con.execute(f'copy {PUBLISHED_SCHEMA}."{table}" to {_quote(part)} (format parquet)')
            os.replace(part, parquet_dir / f"{table}.parquet")
    os.replace(tmp, settings.published_path)  # atomic: readers see the old file or the new one
    return tables

"""Publishing: a separate read-only copy for analysts, replaced atomically, plus Parquet."""

from __future__ import annotations

import duckdb
import pytest

from mediawatch.publish import publish


def build_warehouse(settings, rows: int) -> None:
    settings.warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(settings.warehouse_path)) as con:
        con.execute("create schema if not exists marts")
        con.execute("create or replace table marts.daily_country_mentions as select range as mentions from range(?)", [rows])
        con.execute("create schema if not exists raw")
        con.execute("create or replace table raw.articles as select 1 as x")


def test_publishes_only_the_marts_and_parquet_exports(settings):
    build_warehouse(settings, 3)
    assert publish(settings) == ["daily_country_mentions"]
    with duckdb.connect(str(settings.published_path), read_only=True) as con:
        assert con.execute("select count(*) from marts.daily_country_mentions").fetchone()[0] == 3
        assert con.execute("select count(*) from duckdb_tables() where schema_name = 'raw'").fetchone()[0] == 0
    parquet = settings.published_dir / "parquet" / "daily_country_mentions.parquet"
    assert duckdb.sql(f"select count(*) from '{parquet}'").fetchall() == [(3,)]


def test_readers_keep_their_snapshot_while_a_new_copy_replaces_the_file(settings):
    build_warehouse(settings, 3)
    publish(settings)
    reader = duckdb.connect(str(settings.published_path), read_only=True)
    build_warehouse(settings, 5)
    publish(settings)
    assert reader.execute("select count(*) from marts.daily_country_mentions").fetchone()[0] == 3
    reader.close()
    with duckdb.connect(str(settings.published_path), read_only=True) as fresh:
        assert fresh.execute("select count(*) from marts.daily_country_mentions").fetchone()[0] == 5


def test_analysts_can_read_while_a_writer_holds_the_warehouse(settings):
    build_warehouse(settings, 2)
    publish(settings)
    with duckdb.connect(str(settings.warehouse_path)) as writer:
        writer.execute("insert into marts.daily_country_mentions values (99)")
        with duckdb.connect(str(settings.published_path), read_only=True) as analyst:
            assert analyst.execute("select count(*) from marts.daily_country_mentions").fetchone()[0] == 2


def test_nothing_is_published_from_a_warehouse_without_marts(settings):
    settings.warehouse_path.parent.mkdir(parents=True)
    duckdb.connect(str(settings.warehouse_path)).close()
    with pytest.raises(RuntimeError, match="no tables in schema marts"):
        publish(settings)
    assert not settings.published_path.exists()

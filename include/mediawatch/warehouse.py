"""The DuckDB warehouse's raw layer: one transaction per day, re-running a day replaces it."""

from __future__ import annotations

from pathlib import Path

import duckdb

RAW_DDL = """
create schema if not exists raw;
create table if not exists raw.articles (
    article_id varchar not null,
    news_date date not null,
    source varchar not null,
    url varchar,
    origin varchar not null,
    title varchar,
    author varchar,
    published_date date,
    sitename varchar,
    language varchar,
    text varchar not null,
    word_count integer not null,
    fingerprint varchar,
    loaded_at timestamp not null default current_timestamp,
    primary key (news_date, article_id)
);
create table if not exists raw.failures (
    news_date date not null,
    source varchar not null,
    stage varchar not null,
    item varchar not null,
    reason varchar not null,
    loaded_at timestamp not null default current_timestamp
);
"""

ARTICLE_COLUMNS = {
    "article_id": "varchar", "news_date": "date", "source": "varchar", "url": "varchar", "origin": "varchar",
    "title": "varchar", "author": "varchar", "published_date": "varchar", "sitename": "varchar",
    "language": "varchar", "text": "varchar", "word_count": "integer", "fingerprint": "varchar",
}
FAILURE_COLUMNS = {"news_date": "date", "source": "varchar", "stage": "varchar", "item": "varchar", "reason": "varchar"}


def _read_json(paths: list[Path], columns: dict[str, str]) -> str:
    files = "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"
    spec = "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in columns.items()) + "}"
    return f"read_json({files}, format='newline_delimited', columns={spec})"


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    con.execute(RAW_DDL)
    return con


def load_day(warehouse: Path, day: str, articles_file: Path, failure_files: list[Path]) -> dict[str, int]:
    """Replace one day of raw.articles and raw.failures in a single transaction."""
    failure_files = [p for p in failure_files if p.exists() and p.stat().st_size > 0]
    with connect(warehouse) as con:
        con.execute("begin transaction")
        try:
            con.execute("delete from raw.articles where news_date = ?", [day])
            con.execute("delete from raw.failures where news_date = ?", [day])
            if articles_file.exists() and articles_file.stat().st_size > 0:
                names = ", ".join(ARTICLE_COLUMNS)
                select = ", ".join(
                    "try_cast(published_date as date)" if c == "published_date" else c for c in ARTICLE_COLUMNS
                )
                con.execute(f"insert into raw.articles ({names}) select {select} from {_read_json([articles_file], ARTICLE_COLUMNS)}")
            if failure_files:
                names = ", ".join(FAILURE_COLUMNS)
                con.execute(f"insert into raw.failures ({names}) select {names} from {_read_json(failure_files, FAILURE_COLUMNS)}")
            counts = {
                "articles": con.execute("select count(*) from raw.articles where news_date = ?", [day]).fetchone()[0],
                "failures": con.execute("select count(*) from raw.failures where news_date = ?", [day]).fetchone()[0],
            }
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    return counts

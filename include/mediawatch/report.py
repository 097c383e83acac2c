"""The top rows of the daily tables, read from the published copy (read-only, parameterised
queries): printed by `mediawatch show` and rendered by the results page in the Airflow UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from mediawatch.config import Settings

# (title, query): each row is (label, detail, mentions, articles) for one day, largest first.
SECTIONS = (
    ("Countries", """
        select coalesce(country_name, country_iso3), country_iso3, mentions, articles
        from marts.daily_country_mentions where date = ?
        order by articles desc, mentions desc, country_iso3 limit ?"""),
    ("Leaders", """
        select leader_name, coalesce(role, '') || coalesce(' (' || country_iso3 || ')', ''), mentions, articles
        from marts.daily_leader_mentions where date = ?
        order by articles desc, mentions desc, leader_id limit ?"""),
    ("Events", """
        select event_root_code || ' ' || event_root_label, actor1_iso3 || coalesce(' → ' || actor2_iso3, ''),
            mentions, articles
        from marts.daily_events where date = ?
        order by mentions desc, articles desc, event_root_code limit ?"""),
)


@dataclass(frozen=True)
class DaySummary:
    day: dt.date
    articles: int
    sections: list[tuple[str, list[tuple]]]  # (title, rows)


def open_published(settings: Settings) -> duckdb.DuckDBPyConnection:
    if not settings.published_path.exists():
        raise FileNotFoundError(f"no published copy at {settings.published_path}: run `mediawatch run` first")
    return duckdb.connect(str(settings.published_path), read_only=True)


def published_days(con: duckdb.DuckDBPyConnection) -> list[dt.date]:
    """News days with articles, newest first."""
    return [row[0] for row in con.execute("select distinct news_date from marts.articles order by 1 desc").fetchall()]


def day_summary(con: duckdb.DuckDBPyConnection, day: dt.date, top: int) -> DaySummary:
    articles = con.execute("select count(*) from marts.articles where news_date = ?", [day]).fetchone()[0]
    sections = [(title, con.execute(query, [day, top]).fetchall()) for title, query in SECTIONS]
    return DaySummary(day, articles, sections)


def print_daily_tables(settings: Settings, top: int = 5) -> int:
    with open_published(settings) as con:
        for day in reversed(published_days(con)):
            summary = day_summary(con, day, top)
            print(f"\n=== {day}: {summary.articles} articles")
            for title, rows in summary.sections:
                print(f"  top {title.lower()} (mentions, articles):")
                for label, detail, mentions, articles in rows:
                    print(f"    {f'{label}, {detail}' if detail else label:<60} {mentions:>4} {articles:>4}")
    return 0

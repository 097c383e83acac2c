"""Print the daily tables from the published copy (opened read-only; parameterised queries)."""

from __future__ import annotations

import duckdb

from mediawatch.config import Settings

_TOP_COUNTRIES = """
    select coalesce(country_name, country_iso3) || ' (' || country_iso3 || ')', mentions, articles
    from marts.daily_country_mentions where date = ? order by articles desc, mentions desc, country_iso3 limit ?
"""
_TOP_LEADERS = """
    select leader_name || ', ' || role || coalesce(' (' || country_iso3 || ')', ''), mentions, articles
    from marts.daily_leader_mentions where date = ? order by articles desc, mentions desc, leader_id limit ?
"""
_TOP_EVENTS = """
    select event_root_code || ' ' || event_root_label || ': ' || actor1_iso3 || coalesce(' -> ' || actor2_iso3, ''),
        mentions, articles
    from marts.daily_events where date = ? order by mentions desc, articles desc, event_root_code limit ?
"""


def print_daily_tables(settings: Settings, top: int = 5) -> int:
    if not settings.published_path.exists():
        raise FileNotFoundError(f"no published copy at {settings.published_path}: run `mediawatch run` first")
    with duckdb.connect(str(settings.published_path), read_only=True) as con:
        days = [row[0] for row in con.execute("select distinct news_date from marts.articles order by 1").fetchall()]
        for day in days:
            articles = con.execute("select count(*) from marts.articles where news_date = ?", [day]).fetchone()[0]
            print(f"\n=== {day}: {articles} articles")
            for title, query in (("countries", _TOP_COUNTRIES), ("leaders", _TOP_LEADERS), ("events", _TOP_EVENTS)):
                print(f"  top {title} (mentions, articles):")
                for label, mentions, count in con.execute(query, [day, top]).fetchall():
                    print(f"    {label:<60} {mentions:>4} {count:>4}")
    return 0

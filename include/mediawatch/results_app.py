"""A small web page of the daily tables, served inside the Airflow UI by plugins/mediawatch_plugin.py.

Reads the published copy only, read-only, with parameterised queries; every value is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import html

import duckdb
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse

from mediawatch.config import load_settings

_SECTIONS = (
    ("Countries", "select country_name, country_iso3, mentions, articles from marts.daily_country_mentions "
                  "where date = ? order by articles desc, mentions desc, country_iso3 limit ?"),
    ("Leaders", "select leader_name, coalesce(role, ''), mentions, articles from marts.daily_leader_mentions "
                "where date = ? order by articles desc, mentions desc, leader_id limit ?"),
    ("Events", "select event_root_code || ' ' || event_root_label, actor1_iso3 || coalesce(' → ' || actor2_iso3, ''), "
               "mentions, articles from marts.daily_events where date = ? order by mentions desc, articles desc limit ?"),
)

_STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}h1{font-size:1.3rem}
section{display:inline-block;vertical-align:top;margin:0 2rem 1rem 0;min-width:22rem}
table{border-collapse:collapse}td,th{padding:.2rem .5rem;text-align:left;font-size:.9rem}
.bar{background:#4a7bd0;height:.8rem;display:inline-block}nav a{margin-right:.6rem}
"""


def _connect() -> duckdb.DuckDBPyConnection:
    path = load_settings().published_path
    if not path.exists():
        raise HTTPException(status_code=503, detail=f"nothing published yet ({path})")
    return duckdb.connect(str(path), read_only=True)


def _table(title: str, rows: list[tuple]) -> str:
    most = max((row[2] for row in rows), default=1) or 1
    body = "".join(
        f"<tr><td>{html.escape(str(a))}</td><td>{html.escape(str(b))}</td><td>{m}</td><td>{n}</td>"
        f'<td><span class="bar" style="width:{int(120 * m / most)}px"></span></td></tr>'
        for a, b, m, n in rows
    )
    head = "<tr><th></th><th></th><th>mentions</th><th>articles</th><th></th></tr>"
    return f"<section><h2>{html.escape(title)}</h2><table>{head}{body or '<tr><td>none</td></tr>'}</table></section>"


def create_app() -> FastAPI:
    app = FastAPI(title="mediawatch daily tables")

    @app.get("/", response_class=HTMLResponse)
    def daily_tables(day: dt.date | None = None, top: int = Query(10, ge=1, le=100)) -> str:
        with _connect() as con:
            days = [r[0] for r in con.execute("select distinct news_date from marts.articles order by 1 desc").fetchall()]
            if not days:
                return "<p>No articles published yet.</p>"
            day = day or days[0]
            if day not in days:
                raise HTTPException(status_code=404, detail=f"no articles published for {day}")
            articles = con.execute("select count(*) from marts.articles where news_date = ?", [day]).fetchone()[0]
            sections = "".join(_table(title, con.execute(sql, [day, top]).fetchall()) for title, sql in _SECTIONS)
        nav = "".join(f'<a href="?day={d}">{d}</a>' for d in days)
        return (f"<!doctype html><html><head><meta charset='utf-8'><title>mediawatch {day}</title>"
                f"<style>{_STYLE}</style></head><body><h1>mediawatch: {day} ({articles} articles)</h1>"
                f"<nav>{nav}</nav>{sections}</body></html>")

    return app

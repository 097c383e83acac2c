"""A small web page of the daily tables, served inside the Airflow UI by plugins/mediawatch_plugin.py.

Reads the published copy only (mediawatch.report: read-only, parameterised); every value is
HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import html

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse

from mediawatch.config import load_settings
from mediawatch.report import day_summary, open_published, published_days

_STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}h1{font-size:1.3rem}
section{display:inline-block;vertical-align:top;margin:0 2rem 1rem 0;min-width:22rem}
table{border-collapse:collapse}td,th{padding:.2rem .5rem;text-align:left;font-size:.9rem}
.bar{background:#4a7bd0;height:.8rem;display:inline-block}nav a{margin-right:.6rem}
"""


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
        try:
            con = open_published(load_settings())
        except FileNotFoundError as exc:
            raise HTTPException(status_code=503, detail=str(exc)) from exc
        with con:
            days = published_days(con)
            if not days:
                return "<p>No articles published yet.</p>"
            day = day or days[0]
            if day not in days:
                raise HTTPException(status_code=404, detail=f"no articles published for {day}")
            summary = day_summary(con, day, top)
        sections = "".join(_table(title, rows) for title, rows in summary.sections)
        nav = "".join(f'<a href="?day={d}">{d}</a>' for d in days)
        return (f"<!doctype html><html><head><meta charset='utf-8'><title>mediawatch {day}</title>"
                f"<style>{_STYLE}</style></head><body><h1>mediawatch: {day} ({summary.articles} articles)</h1>"
                f"<nav>{nav}</nav>{sections}</body></html>")

    return app

"""The daily-tables page served in the Airflow UI, against a real published DuckDB file."""

from __future__ import annotations

import duckdb
from fastapi.testclient import TestClient

from mediawatch.results_app import create_app


def publish_tiny(settings) -> None:
    settings.published_dir.mkdir(parents=True)
    with duckdb.connect(str(settings.published_path)) as con:
        con.execute("create schema marts")
        con.execute("create table marts.articles as select 'a1' as article_id, date '2026-11-18' as news_date")
        con.execute("create table marts.daily_country_mentions as select date '2026-11-18' as date, "
                    "'<b>North Korea</b>' as country_name, 'PRK' as country_iso3, 20 as mentions, 1 as articles")
        con.execute("create table marts.daily_leader_mentions as select date '2026-11-18' as date, 'kim' as leader_id, "
                    "'Kim Jong Un' as leader_name, null as role, 'PRK' as country_iso3, 5 as mentions, 1 as articles")
        con.execute("create table marts.daily_events as select date '2026-11-18' as date, '04' as event_root_code, "
                    "'CONSULT' as event_root_label, 'RUS' as actor1_iso3, 'PRK' as actor2_iso3, 3 as mentions, 1 as articles")


def test_page_shows_the_latest_day_escaped(settings, monkeypatch):
    monkeypatch.setenv("MEDIAWATCH_DATA_DIR", str(settings.data_dir))
    publish_tiny(settings)
    page = TestClient(create_app()).get("/")
    assert page.status_code == 200
    assert "2026-11-18 (1 articles)" in page.text
    assert "&lt;b&gt;North Korea&lt;/b&gt;" in page.text and "<b>North Korea" not in page.text
    assert "Kim Jong Un" in page.text and "04 CONSULT" in page.text and "RUS → PRK" in page.text


def test_bad_parameters_and_missing_copy_are_clear_errors(settings, monkeypatch):
    monkeypatch.setenv("MEDIAWATCH_DATA_DIR", str(settings.data_dir))
    client = TestClient(create_app())
    assert client.get("/").status_code == 503
    publish_tiny(settings)
    assert client.get("/", params={"day": "2026-11-18'; drop table x; --"}).status_code == 422
    assert client.get("/", params={"top": 0}).status_code == 422
    missing = client.get("/", params={"day": "2026-11-19"})
    assert missing.status_code == 404 and "no articles published for 2026-11-19" in missing.text

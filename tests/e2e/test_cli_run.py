"""`mediawatch run` end to end: real HTTP sample site, real trafilatura, DuckDB and dbt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from mediawatch.sample_site import SAMPLE_DAYS

pytestmark = pytest.mark.e2e
MEDIAWATCH = str(Path(sys.executable).with_name("mediawatch"))
SEED_SLUG = "putin-ready-to-visit-pyongyang-at-early-date"


def mediawatch(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([MEDIAWATCH, *args], capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=900)


def query(db: Path, sql: str, params=()) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory, sample_site_url) -> Path:
    """All sample days through the CLI, once for the module; returns the data directory."""
    data = tmp_path_factory.mktemp("sample-run")
    days = [arg for day in SAMPLE_DAYS for arg in ("--date", day.isoformat())]
    result = mediawatch("run", *days, "--data-dir", str(data), env={"MEDIAWATCH_SAMPLE_SITE_URL": sample_site_url})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return data


def test_every_sample_day_has_articles_and_daily_tables(sample_run):
    db = sample_run / "published" / "mediawatch.duckdb"
    per_day = dict(query(db, "select news_date::varchar, count(*) from marts.articles group by 1"))
    assert per_day == {day.isoformat(): 6 for day in SAMPLE_DAYS}
    for table in ("daily_country_mentions", "daily_leader_mentions", "daily_events", "daily_country_pairs"):
        days = {row[0] for row in query(db, f"select distinct date::varchar from marts.{table}")}
        assert days == set(per_day), table
    assert (sample_run / "published" / "parquet" / "daily_events.parquet").exists()


def test_the_seed_story_shows_exactly_the_expected_countries_and_leaders(sample_run, shared_dir):
    expected = json.loads((shared_dir / "seed" / "expected.json").read_text())
    db = sample_run / "published" / "mediawatch.duckdb"
    (article_id,) = query(db, "select article_id from marts.articles where url like ?", [f"%{SEED_SLUG}%"])[0]
    countries = {r[0] for r in query(db, "select country_iso3 from marts.article_country_mentions where article_id = ?", [article_id])}
    assert countries == set(expected["countries"])
    leaders = set(query(db, "select leader_name, country_iso3, role from marts.article_leader_mentions where article_id = ?", [article_id]))
    assert leaders == {(x["name"], x["country"], x["role"]) for x in expected["leaders"]}
    events = query(db, "select event_root_code, actor1_iso3, actor2_iso3 from marts.article_events where article_id = ?", [article_id])
    for must in expected["events"]["must"]:
        assert any(code == must["event_root_code"] and set(must["actors"]) <= {a1, a2} for code, a1, a2 in events), must


def test_failures_are_recorded_with_their_reason(sample_run):
    db = sample_run / "published" / "mediawatch.duckdb"
    reasons = query(db, "select stage, item, reason from marts.pipeline_failures where stage = 'fetch'")
    assert any("/private/" in item and "robots.txt disallows" in reason for _, item, reason in reasons)


def test_rerunning_a_day_replaces_it(sample_run, sample_site_url):
    db = sample_run / "published" / "mediawatch.duckdb"
    before = query(db, "select count(*), sum(mentions) from marts.daily_country_mentions where date = '2026-11-17'")
    result = mediawatch("run", "--date", "2026-11-17", "--data-dir", str(sample_run), env={"MEDIAWATCH_SAMPLE_SITE_URL": sample_site_url})
    assert result.returncode == 0, result.stderr[-2000:]
    assert query(db, "select count(*) from marts.articles where news_date = '2026-11-17'") == [(6,)]
    assert query(db, "select count(*), sum(mentions) from marts.daily_country_mentions where date = '2026-11-17'") == before


def test_a_failed_dbt_build_publishes_nothing(sample_run):
    db = sample_run / "published" / "mediawatch.duckdb"
    before = (db.stat().st_mtime_ns, query(db, "select count(*) from marts.articles"))
    # an article with no words breaks the articles mart's test: dbt build must fail
    with duckdb.connect(str(sample_run / "warehouse" / "mediawatch.duckdb")) as con:
        con.execute("insert into raw.articles (article_id, news_date, source, origin, text, word_count) "
                    "values ('broken', '2026-11-21', 'test', 'test', '', 0)")
    result = mediawatch("run", "--date", "2026-11-22", "--pages", str(sample_run / "empty"), "--data-dir", str(sample_run))
    assert result.returncode == 1
    assert "nothing was published" in result.stderr
    assert (db.stat().st_mtime_ns, query(db, "select count(*) from marts.articles")) == before
    with duckdb.connect(str(sample_run / "warehouse" / "mediawatch.duckdb")) as con:
        con.execute("delete from raw.articles where article_id = 'broken'")


def test_saved_pages_mode_on_the_benchmark_pages(tmp_path, shared_dir):
    pages = (shared_dir / "benchmark" / "extraction-dev" / "html").resolve()
    result = mediawatch("run", "--pages", str(pages), "--date", "2019-11-01", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    db = tmp_path / "published" / "mediawatch.duckdb"
    assert query(db, "select count(*), count(distinct origin) from marts.articles") == [(60, 60)]
    assert query(db, "select count(*) from marts.articles where origin not like ?", [f"{pages}/%.html.gz"]) == [(0,)]
    # most pages the annotators found a country in get one here too (evaluate measures it properly)
    gold = [json.loads(line) for line in (shared_dir / "benchmark" / "entities-dev.jsonl").read_text().splitlines()]
    with_country = sum(1 for page in gold if page["countries"])
    found = query(db, "select count(distinct article_id) from marts.article_country_mentions")[0][0]
    assert found >= 0.9 * with_country


def test_bad_arguments_fail_with_a_clear_message(tmp_path):
    bad_sources = tmp_path / "sources.yml"
    bad_sources.write_text("sources:\n  - {name: x, kind: rss, url: 'http://x'}\n")
    result = mediawatch("run", "--date", "2026-11-16", "--sources", str(bad_sources), "--data-dir", str(tmp_path))
    assert result.returncode == 1 and "sources.0.kind" in result.stderr and str(bad_sources) in result.stderr
    result = mediawatch("run", "--date", "16/11/2026", "--data-dir", str(tmp_path))
    assert result.returncode == 2 and "not a date in YYYY-MM-DD form" in result.stderr

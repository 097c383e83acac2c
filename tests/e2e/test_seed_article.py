"""The seed article itself (../shared/seed) through the whole pipeline: what expected.json demands."""

from __future__ import annotations

import json

import pytest

from mediawatch import pipeline
from mediawatch.evaluate import SEED_DAY, check_seed, seed_page_html
from mediawatch.sources import folder_source

pytestmark = pytest.mark.e2e


def test_seed_article_shows_exactly_the_expected_countries_leaders_and_events(settings, shared_dir, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    page = pages / "seed-article.html"
    page.write_text(seed_page_html((shared_dir / "seed" / "seed-article.txt").read_text(encoding="utf-8")))
    pipeline.ingest_day(settings, SEED_DAY, [folder_source(pages)])
    pipeline.transform_and_publish(settings)

    import duckdb

    expected = json.loads((shared_dir / "seed" / "expected.json").read_text(encoding="utf-8"))
    with duckdb.connect(str(settings.published_path), read_only=True) as con:
        (article_id,) = con.execute("select article_id from marts.articles where origin = ?", [str(page)]).fetchone()
        leaders = set(con.execute("select leader_name, country_iso3, role from marts.article_leader_mentions "
                                  "where article_id = ?", [article_id]).fetchall())
    # the role held on the story's day, as expected.json names it
    assert leaders == {(x["name"], x["country"], x["role"]) for x in expected["leaders"]}
    result = check_seed(settings.published_path, article_id, expected)
    assert result["countries"]["ok"], result["countries"]
    assert result["leaders"]["ok"], result["leaders"]
    assert result["events"]["must_ok"], result["events"]["must"]
    assert result["events"]["should_ok"], result["events"]["should"]
    assert result["passed"]

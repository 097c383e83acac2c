"""The bundled article data: counts, dates, lengths, and the traps a country matcher must survive."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pycountry
import pytest

from mediawatch.sample_site import SAMPLE_DAYS, Article, load_articles

SEED_SLUG = "putin-ready-to-visit-pyongyang-at-early-date"


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return load_articles()


def test_thirty_articles_six_per_day_on_five_consecutive_days(articles: list[Article]) -> None:
    assert len(articles) == 30
    assert SAMPLE_DAYS == tuple(dt.date(2026, 11, 16) + dt.timedelta(days=i) for i in range(5))
    assert Counter(a.date for a in articles) == {day: 6 for day in SAMPLE_DAYS}


def test_slugs_unique_and_url_paths_follow_dates(articles: list[Article]) -> None:
    assert len({a.slug for a in articles}) == len(articles)
    for a in articles:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", a.slug)
        assert a.url_path == f"/news/{a.date:%Y/%m/%d}/{a.slug}.html"
        assert a.published.tzinfo == dt.timezone.utc


@pytest.mark.parametrize("index", range(30))
def test_article_shape(articles: list[Article], index: int) -> None:
    a = articles[index]
    assert 250 <= a.word_count <= 600, (a.slug, a.word_count)
    assert 5 <= len(a.paragraphs) <= 10, (a.slug, len(a.paragraphs))
    assert re.match(r"[A-Z][A-Z .'-]+ — ", a.paragraphs[0]), f"{a.slug}: no dateline"
    assert '"' in a.text, f"{a.slug}: no quotes"
    assert a.title and a.author and a.section and a.summary


def test_seed_article_covers_the_seed_facts(articles: list[Article]) -> None:
    seed = next(a for a in articles if a.slug == SEED_SLUG)
    assert seed.date == dt.date(2026, 11, 18)
    text = seed.text
    for phrase in (
        "Vladimir Putin", "Sergey Lavrov", "Kim Jong Un", "Choe Son Hui", "at an early date",
        "Vladivostok", "invitation was accepted", "White House", "munitions", "war in Ukraine",
        "no longer seek reconciliation with South Korea", "primary foe", "joint military exercises",
        "UN Security Council", "missile tests", "nuclear-capable underwater attack drone",
    ):
        assert phrase in text, phrase


def test_seed_article_names_no_other_country(articles: list[Article]) -> None:
    seed = next(a for a in articles if a.slug == SEED_SLUG)
    text = " ".join([seed.title, seed.summary, seed.text])
    allowed = {"JPN", "KOR", "PRK", "RUS", "UKR", "USA"}
    for country in pycountry.countries:
        if country.alpha_3 in allowed:
            continue
        names = {country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")}
        for name in filter(None, names):
            assert not re.search(rf"\b{re.escape(name)}\b", text), name
    for word in ("China", "Chinese", "Beijing", "Europe", "European", "Britain", "British", "NATO"):
        assert word not in text, word


def test_hard_cases_for_the_country_matcher_are_present(articles: list[Article]) -> None:
    by_slug = {a.slug: a.text for a in articles}
    corpus = "\n".join(by_slug.values())
    for phrase in (
        "Atlanta, Georgia", "Tbilisi", "Türkiye", "Turkey", "Air France", "Bank of England",
        "New Jersey", "Papua New Guinea", "North Korea", "South Korea", "the Kremlin",
        "the White House", "Downing Street", "Brazilian", "Emirati", "Chad Morrow",
        "Jordan Whitaker", "Israel Katz", "Lake Chad", "Dominican Republic",
    ):
        assert phrase in corpus, phrase
    us_georgia = by_slug["trump-hails-emirati-pledge-for-chip-plant-in-georgia"]
    country_georgia = by_slug["tbilisi-protesters-rally-against-media-law"]
    assert "Atlanta" in us_georgia and "Tbilisi" not in us_georgia
    assert "Tbilisi" in country_georgia and "Atlanta" not in country_georgia

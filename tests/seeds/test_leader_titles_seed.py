"""Checks on the political_titles seed and the leader categories the title rule relies on."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

SEEDS_DIR = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds"


def _read(name: str) -> list[dict[str, str]]:
    with (SEEDS_DIR / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def titles() -> list[dict[str, str]]:
    return _read("political_titles.csv")


def test_political_titles_format(titles):
    raw = (SEEDS_DIR / "political_titles.csv").read_bytes()
    assert b"\r" not in raw and raw.endswith(b"\n")
    assert list(titles[0]) == ["title", "role", "is_abbreviation", "needs_context"]
    names = [t["title"] for t in titles]
    assert len(names) == len(set(names)), "duplicate title"
    for t in titles:
        assert t["title"] and t["role"], t
        assert all(v == v.strip() for v in t.values()), t
        assert t["is_abbreviation"] in {"true", "false"} and t["needs_context"] in {"true", "false"}, t
        assert not set("\\^$*+?()[]{}|") & set(t["title"]), t
        assert (t["is_abbreviation"] == "true") == (t["title"].endswith(".") or t["title"].isupper()), t


@pytest.mark.parametrize("title,role", [
    ("President", "President"), ("Sen.", "Senator"), ("Gov.", "Governor"), ("Rep.", "Representative"),
    ("Chief Minister", "Chief Minister"), ("congresswoman", "Representative"), ("Mayor", "Mayor"),
    ("Secretary of State", "Secretary of State"), ("opposition leader", "Leader of the Opposition"),
])
def test_title_roles(titles, title, role):
    assert [t["role"] for t in titles if t["title"] == title] == [role]


def test_no_company_or_sports_titles(titles):
    assert not {"Coach", "CEO", "Chairman", "Professor", "Judge", "Dr."} & {t["title"] for t in titles}
    # titles that companies and unions also use need a country or a qualifier before them
    assert {t["title"] for t in titles if t["needs_context"] == "true"} >= {"President", "Vice President", "Secretary"}


@pytest.mark.parametrize("leader_id,aliases", [
    ("donald_trump", {("Donald Trump", "full"), ("Trump", "short")}),
    ("bashar_al_assad", {("Bashar al-Assad", "full"), ("Bashar Assad", "full"), ("Assad", "short")}),
    ("jeremy_corbyn", {("Jeremy Corbyn", "full"), ("Corbyn", "short")}),
])
def test_leader_aliases_present(leader_id, aliases):
    rows = {(r["alias"], r["alias_type"]) for r in _read("leader_aliases.csv") if r["leader_id"] == leader_id}
    assert aliases <= rows

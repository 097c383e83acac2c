"""Checks on the dbt seeds (reference data for the country, leader and event matchers)."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pycountry
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = REPO_ROOT / "dbt_project" / "seeds"
SEED_FILES = {
    "countries": "countries.csv",
    "country_aliases": "country_aliases.csv",
    "non_country_phrases": "non_country_phrases.csv",
    "leaders": "leaders.csv",
    "leader_aliases": "leader_aliases.csv",
    "event_types": "event_types.csv",
    "event_triggers": "event_triggers.csv",
}

SEED_DAY = "2024-01-21"  # publication day of /work/shared/seed/seed-article.txt
REGEX_METACHARACTERS = set("\\^$*+?()[]{}|")
EXPECTED_HEADERS = {
    "countries": ["country_iso3", "country_iso2", "country_name", "official_name", "capital", "is_dependent_territory"],
    "country_aliases": ["alias", "country_iso3", "alias_type", "needs_context"],
    "non_country_phrases": ["phrase", "reason"],
    "leaders": ["leader_id", "leader_name", "country_iso3", "role", "term_start", "term_end"],
    "leader_aliases": ["leader_id", "alias", "alias_type"],
    "event_types": ["event_root_code", "event_root_label", "quad_class", "goldstein"],
    "event_triggers": ["trigger", "event_code", "event_root_code"],
}


def _read_seed(name: str) -> list[dict[str, str]]:
    with (SEEDS_DIR / SEED_FILES[name]).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[dict[str, str]]]:
    return {name: _read_seed(name) for name in SEED_FILES}


def _load_generator():
    path = REPO_ROOT / "scripts" / "build_country_seeds.py"
    spec = importlib.util.spec_from_file_location("build_country_seeds", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up in sys.modules
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


def _active_terms(leaders, leader_id, day):
    return [r for r in leaders if r["leader_id"] == leader_id
            and r["term_start"] <= day and (not r["term_end"] or day < r["term_end"])]


# ---------------------------------------------------------------- files and format

@pytest.mark.parametrize("name", sorted(SEED_FILES))
def test_seed_file_format(name):
    raw = (SEEDS_DIR / SEED_FILES[name]).read_bytes()
    assert b"\r" not in raw, f"{SEED_FILES[name]}: use LF line endings"
    assert raw.endswith(b"\n"), f"{SEED_FILES[name]}: file must end with a newline"
    raw.decode("utf-8")
    with (SEEDS_DIR / SEED_FILES[name]).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == EXPECTED_HEADERS[name]
    widths = {len(r) for r in rows}
    assert widths == {len(EXPECTED_HEADERS[name])}, f"{SEED_FILES[name]}: ragged rows"
    for row in rows[1:]:
        assert all(cell == cell.strip() for cell in row), f"{SEED_FILES[name]}: stray spaces in {row}"


def test_generator_reproduces_committed_csvs(tmp_path):
    generator = _load_generator()
    assert generator.main(["--out-dir", str(tmp_path)]) == 0
    for filename in ("countries.csv", "country_aliases.csv"):
        assert (tmp_path / filename).read_bytes() == (SEEDS_DIR / filename).read_bytes(), (
            f"{filename} differs from a fresh build: edit scripts/country_supplement.yml and "
            "re-run scripts/build_country_seeds.py instead of editing the CSV")
    assert generator.main(["--check"]) == 0


# ---------------------------------------------------------------- countries

def test_every_pycountry_country_is_present(seeds):
    codes = {r["country_iso3"]: r for r in seeds["countries"]}
    for country in pycountry.countries:
        assert country.alpha_3 in codes, country.alpha_3
        assert codes[country.alpha_3]["country_iso2"] == country.alpha_2
    assert codes["XKX"]["country_iso2"] == "XK" and codes["XKX"]["country_name"] == "Kosovo"
    for iso3 in ("TWN", "PSE", "HKG", "MAC"):
        assert iso3 in codes


@pytest.mark.parametrize("iso3,name", [
    ("RUS", "Russia"), ("KOR", "South Korea"), ("PRK", "North Korea"), ("IRN", "Iran"),
    ("SYR", "Syria"), ("VNM", "Vietnam"), ("BOL", "Bolivia"), ("TZA", "Tanzania"), ("LAO", "Laos"),
    ("MDA", "Moldova"), ("VEN", "Venezuela"), ("CZE", "Czech Republic"), ("TUR", "Turkey"),
    ("CIV", "Ivory Coast"), ("TWN", "Taiwan"), ("PSE", "Palestine"), ("GBR", "United Kingdom"),
    ("USA", "United States"),
])
def test_country_names_are_news_style(seeds, iso3, name):
    by_code = {r["country_iso3"]: r for r in seeds["countries"]}
    assert by_code[iso3]["country_name"] == name


def test_country_alias_rows_are_consistent(seeds):
    codes = {r["country_iso3"] for r in seeds["countries"]}
    pairs = Counter((r["alias"], r["country_iso3"]) for r in seeds["country_aliases"])
    assert not [p for p, n in pairs.items() if n > 1], "duplicate (alias, country) rows"
    owners = defaultdict(set)
    for r in seeds["country_aliases"]:
        owners[r["alias"]].add(r["country_iso3"])
        assert r["country_iso3"] in codes, r
        assert r["alias_type"] in {"name", "short", "demonym", "capital", "seat", "constituent"}, r
        assert r["needs_context"] in {"true", "false"}, r
    assert not {a: o for a, o in owners.items() if len(o) > 1}, "an alias names two countries"


def test_no_alias_is_a_non_country_phrase(seeds):
    aliases = {r["alias"] for r in seeds["country_aliases"]}
    phrases = [r["phrase"] for r in seeds["non_country_phrases"]]
    assert len(phrases) == len(set(phrases))
    assert not aliases & set(phrases)


@pytest.mark.parametrize("alias,iso3", [
    ("Pyongyang", "PRK"), ("North Korean", "PRK"), ("North Koreans", "PRK"), ("DPRK", "PRK"),
    ("North Korea", "PRK"), ("South Korea", "KOR"), ("Seoul", "KOR"), ("Russia", "RUS"),
    ("Russian", "RUS"), ("Moscow", "RUS"), ("Kremlin", "RUS"), ("Ukraine", "UKR"), ("Japan", "JPN"),
    ("White House", "USA"), ("Washington", "USA"), ("US", "USA"), ("U.S.", "USA"),
    ("United States", "USA"), ("America", "USA"), ("UK", "GBR"), ("U.K.", "GBR"),
    ("Britain", "GBR"), ("Briton", "GBR"), ("Scotland", "GBR"), ("Downing Street", "GBR"),
    ("UAE", "ARE"), ("Emiratis", "ARE"), ("DRC", "COD"), ("Congo", "COD"), ("PRC", "CHN"),
    ("ROK", "KOR"), ("Korea", "KOR"), ("Filipino", "PHL"), ("Tbilisi", "GEO"), ("Beijing", "CHN"),
    ("Zhongnanhai", "CHN"), ("Élysée", "FRA"), ("Elysee", "FRA"), ("Blue House", "KOR"),
    ("Guinea", "GIN"), ("Papua New Guinea", "PNG"), ("Equatorial Guinea", "GNQ"),
    ("Guinea-Bissau", "GNB"), ("Dominican Republic", "DOM"), ("Republic of Korea", "KOR"),
    ("Côte d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"), ("Kosovo", "XKX"),
])
def test_alias_maps_to_country(seeds, alias, iso3):
    owners = {r["country_iso3"] for r in seeds["country_aliases"] if r["alias"] == alias}
    assert owners == {iso3}


def test_catalogue_forms_are_not_aliases(seeds):
    aliases = {r["alias"] for r in seeds["country_aliases"]}
    for bad in ("Korea, Republic of", "Congo, The Democratic Republic of the", "Antarctica",
                "Taiwan, Province of China", "Male", "the Kremlin", "Virgin Islands"):
        assert bad not in aliases


@pytest.mark.parametrize("alias,flag", [
    ("Chad", "true"), ("Jordan", "true"), ("Georgia", "true"), ("Niger", "true"),
    ("Jersey", "true"), ("Dominica", "true"), ("Israel", "true"), ("Washington", "true"),
    ("Victoria", "true"), ("Kingston", "true"), ("Georgetown", "true"), ("Santiago", "true"),
    ("San José", "true"), ("Nigeria", "false"), ("Turkey", "false"), ("Mali", "false"),
    ("Guinea", "false"), ("Russia", "false"), ("Pyongyang", "false"), ("Paris", "false"),
])
def test_needs_context_flags(seeds, alias, flag):
    (row,) = [r for r in seeds["country_aliases"] if r["alias"] == alias]
    assert row["needs_context"] == flag


def test_non_country_phrases_cover_known_traps(seeds):
    phrases = {r["phrase"] for r in seeds["non_country_phrases"]}
    for phrase in ("Air France", "Bank of England", "USA Today", "New Jersey", "New Mexico",
                   "New England", "Jersey City", "Georgia Tech", "Washington Post",
                   "George Washington", "Indian Ocean", "South China Sea", "Sea of Japan",
                   "Gulf of Mexico", "English Channel", "English-language", "French fries",
                   "Dutch oven", "Korean Peninsula", "Korean peninsula", "Soviet Union"):
        assert phrase in phrases, phrase
    assert all(r["reason"] for r in seeds["non_country_phrases"])


# ---------------------------------------------------------------- leaders

EXPECTED_SEED_LEADERS = [
    # alias as written in the seed article, leader_name, country, role on SEED_DAY
    ("Vladimir Putin", "Vladimir Putin", "RUS", "President"),
    ("Sergey Lavrov", "Sergey Lavrov", "RUS", "Foreign Minister"),
    ("Kim Jong-un", "Kim Jong Un", "PRK", "Leader (President of the State Affairs)"),
    ("Kim Jong Un", "Kim Jong Un", "PRK", "Leader (President of the State Affairs)"),
    ("Choe Son Hui", "Choe Son Hui", "PRK", "Foreign Minister"),
]


@pytest.mark.parametrize("alias,name,iso3,role", EXPECTED_SEED_LEADERS)
def test_seed_article_leaders_are_findable(seeds, alias, name, iso3, role):
    matches = [r for r in seeds["leader_aliases"] if r["alias"] == alias and r["alias_type"] == "full"]
    assert len(matches) == 1, alias
    leader_id = matches[0]["leader_id"]
    (term,) = _active_terms(seeds["leaders"], leader_id, SEED_DAY)
    assert (term["leader_name"], term["country_iso3"], term["role"]) == (name, iso3, role)


@pytest.mark.parametrize("leader_id,short", [
    ("vladimir_putin", "Putin"), ("sergey_lavrov", "Lavrov"), ("kim_jong_un", "Kim"),
    ("choe_son_hui", "Choe"),
])
def test_seed_article_short_aliases(seeds, leader_id, short):
    assert {"leader_id": leader_id, "alias": short, "alias_type": "short"} in seeds["leader_aliases"]


def test_full_leader_alias_claimed_by_one_leader(seeds):
    full = Counter(r["alias"] for r in seeds["leader_aliases"] if r["alias_type"] == "full")
    assert not [a for a, n in full.items() if n > 1]
    pairs = Counter((r["leader_id"], r["alias"]) for r in seeds["leader_aliases"])
    assert not [p for p, n in pairs.items() if n > 1]
    assert {r["alias_type"] for r in seeds["leader_aliases"]} <= {"full", "short"}


def test_every_leader_has_its_canonical_name_as_full_alias(seeds):
    names = {r["leader_id"]: r["leader_name"] for r in seeds["leaders"]}
    full = {(r["leader_id"], r["alias"]) for r in seeds["leader_aliases"] if r["alias_type"] == "full"}
    assert not [lid for lid, name in names.items() if (lid, name) not in full]
    assert {r["leader_id"] for r in seeds["leader_aliases"]} <= set(names)


def test_leader_rows_are_valid(seeds):
    codes = {r["country_iso3"] for r in seeds["countries"]}
    names = defaultdict(set)
    for r in seeds["leaders"]:
        assert re.fullmatch(r"[a-z0-9_]+", r["leader_id"]), r
        names[r["leader_id"]].add(r["leader_name"])
        assert r["country_iso3"] == "" or r["country_iso3"] in codes, r
        assert r["role"], r
        start = date.fromisoformat(r["term_start"])
        if r["term_end"]:
            assert date.fromisoformat(r["term_end"]) > start, r
    assert not {lid: n for lid, n in names.items() if len(n) > 1}, "one leader_name per leader_id"


def test_terms_of_a_leader_do_not_overlap(seeds):
    """Stronger than 'per role': a leader has at most one role on any day."""
    terms = defaultdict(list)
    for r in seeds["leaders"]:
        terms[r["leader_id"]].append(r)
    for leader_id, rows in terms.items():
        rows.sort(key=lambda r: r["term_start"])
        for earlier, later in zip(rows, rows[1:]):
            assert earlier["term_end"] and earlier["term_end"] <= later["term_start"], (
                f"{leader_id}: {earlier['role']} {earlier['term_start']}..{earlier['term_end'] or 'open'} "
                f"overlaps {later['role']} from {later['term_start']}")


def test_leader_coverage(seeds):
    current = {r["country_iso3"] for r in seeds["leaders"] if r["country_iso3"] and not r["term_end"]}
    assert len(current) >= 150
    g20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR",
           "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"]
    for iso3 in g20:
        assert iso3 in current, iso3


# ---------------------------------------------------------------- events

def test_event_types_are_the_20_cameo_roots(seeds):
    rows = seeds["event_types"]
    assert [r["event_root_code"] for r in rows] == [f"{i:02d}" for i in range(1, 21)]
    for r in rows:
        code = int(r["event_root_code"])
        expected_quad = 1 if code <= 5 else 2 if code <= 8 else 3 if code <= 13 else 4
        assert int(r["quad_class"]) == expected_quad, r
        assert -10.0 <= float(r["goldstein"]) <= 10.0, r
        assert r["event_root_label"] == r["event_root_label"].upper()


def test_all_root_codes_have_triggers(seeds):
    roots = {r["event_root_code"] for r in seeds["event_types"]}
    covered = {r["event_root_code"] for r in seeds["event_triggers"]}
    assert covered == roots
    assert len(seeds["event_triggers"]) >= 250


def test_trigger_rows_are_valid(seeds):
    triggers = [r["trigger"] for r in seeds["event_triggers"]]
    assert len(triggers) == len(set(triggers))
    for r in seeds["event_triggers"]:
        assert r["trigger"] == r["trigger"].lower(), r
        assert re.fullmatch(r"\d{3}", r["event_code"]), r
        assert r["event_code"][:2] == r["event_root_code"], r


@pytest.mark.parametrize("trigger,root", [
    ("met", "04"), ("visiting", "04"), ("missile tests", "15"), ("joint military exercises", "15"),
    ("war", "19"), ("urged", "02"), ("invitation", "03"), ("concerns", "11"),
    ("no longer pursue reconciliation", "16"), ("reconciliation", "05"), ("sanctions", "16"),
    ("lifted sanctions", "08"), ("ceasefire", "08"), ("arrested", "17"), ("protesters", "14"),
])
def test_trigger_roots(seeds, trigger, root):
    (row,) = [r for r in seeds["event_triggers"] if r["trigger"] == trigger]
    assert row["event_root_code"] == root


# ---------------------------------------------------------------- clean strings

@pytest.mark.parametrize("seed,column", [
    ("country_aliases", "alias"), ("non_country_phrases", "phrase"),
    ("leader_aliases", "alias"), ("event_triggers", "trigger"),
])
def test_no_regex_metacharacters(seeds, seed, column):
    bad = [r[column] for r in seeds[seed] if REGEX_METACHARACTERS & set(r[column])]
    assert not bad, f"{seed}.{column} contains regex metacharacters: {bad[:10]}"
    spaced = [r[column] for r in seeds[seed] if "  " in r[column] or not r[column]]
    assert not spaced


def test_dependent_territories_are_flagged_and_the_listed_entities_are_not():
    rows = {r["country_iso3"]: r["is_dependent_territory"] for r in _read_seed("countries")}
    assert {rows[c] for c in ("GIB", "VIR", "PRI", "GRL", "MAF")} == {"true"}
    assert {rows[c] for c in ("USA", "GBR", "XKX", "TWN", "PSE", "HKG", "MAC")} == {"false"}

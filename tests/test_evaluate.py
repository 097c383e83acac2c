"""Scoring functions of mediawatch.evaluate on small hand-computed cases and a tiny DuckDB file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import duckdb
import pytest

from mediawatch.evaluate import (
    check_seed,
    format_report,
    load_gold_entities,
    main,
    normalize_name,
    page_id_from_origin,
    read_predictions,
    score_entities,
    score_extraction,
    shingle_scores,
)

ROOT = Path(__file__).resolve().parents[1]


# --- shingles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred", "truth", "expected"),
    [
        ("a b c d e", "a b c d e", (1.0, 1.0)),
        # pred shingles abcd bcde cdef, truth abcd bcde: TP 2 of 3 predicted, of 2 true.
        ("a b c d e f", "a b c d e", (2 / 3, 1.0)),
        # Multiset: pred has xyzw twice (5 shingles), truth once: TP 1.
        ("x y z w x y z w", "x y z w", (1 / 5, 1.0)),
        # Punctuation is not a token.
        ("a, b. c! d", "a b c d", (1.0, 1.0)),
        # Shorter than 4 tokens: the whole text is one shingle.
        ("a b", "a b", (1.0, 1.0)),
        ("a b", "a b c", (0.0, 0.0)),
        # Case matters, as in the benchmark's `\w+` tokens.
        ("A b c d", "a b c d", (0.0, 0.0)),
    ],
)
def test_shingle_scores(pred: str, truth: str, expected: tuple[float, float]) -> None:
    assert shingle_scores(pred, truth) == pytest.approx(expected)


def test_shingle_scores_empty_rules() -> None:
    assert shingle_scores("", "") == (1.0, 1.0)
    assert shingle_scores("...", " ") == (1.0, 1.0)  # no tokens counts as empty
    assert shingle_scores("", "a b c d") == (None, 0.0)  # nothing predicted: out of precision
    assert shingle_scores("a b c d", "") == (0.0, None)  # empty truth: out of recall


def test_score_extraction_averages_pages() -> None:
    truth = {"p1": "a b c d e", "p2": "a b c d", "p3": ""}
    predictions = {"p1": "a b c d e f", "p3": "", "other": "ignored"}
    result = score_extraction(predictions, truth)
    # p1 (2/3, 1); p2 missing -> (None, 0); p3 both empty -> (1, 1).
    assert result["precision"] == pytest.approx((2 / 3 + 1) / 2)
    assert result["recall"] == pytest.approx(2 / 3)
    assert result["f1"] == pytest.approx(20 / 27)
    assert result["pages"] == 3
    assert result["pages_missing"] == ["p2"]


# --- entities ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong-un", "Kim Jong Un"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("Andrés Manuel López Obrador", "ANDRES MANUEL LOPEZ OBRADOR"),
        ("J. R.  Smith", "J R Smith"),
        ("Choe Son–hui", "Choe Son Hui"),  # en dash
    ],
)
def test_normalize_name_equal(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


def test_normalize_name_keeps_different_names_apart() -> None:
    assert normalize_name("Kim Jong-un") == "kim jong un"
    assert normalize_name("Kim Jong-il") != normalize_name("Kim Jong-un")


GOLD: list[dict[str, Any]] = [
    {
        "id": "a1", "lang": "en", "countries": ["USA", "FRA", "ITA"], "countries_optional": ["ITA"],
        "leaders": [
            {"name": "Kim Jong-un", "country": "PRK", "role": "Leader", "core": True},
            {"name": "Emmanuel Macron", "country": "FRA", "role": "President", "core": True},
            {"name": "Jane Doe-Aide", "country": "USA", "role": "Spokesperson", "core": False},
        ],
    },
    {"id": "a2", "lang": "en", "countries": ["DEU"], "countries_optional": [], "leaders": []},
    # Not English: left out of the scores whatever is predicted.
    {"id": "a3", "lang": "pt", "countries": ["BRA"], "countries_optional": [],
     "leaders": [{"name": "Lula", "country": "BRA", "role": "President", "core": True}]},
]


def test_score_entities_countries_and_leaders() -> None:
    pred_countries = {"a1": {"USA", "ITA", "GBR"}, "a3": {"ARG"}}  # a2 missing: predicts nothing
    pred_leaders = {"a1": {"Kim Jong Un", "Jane Doe Aide", "Joe Biden"}, "a3": {"Bolsonaro"}}
    result = score_entities(pred_countries, pred_leaders, GOLD)
    assert result["articles"] == 2

    countries = result["countries"]
    # a1: ITA optional on both sides; USA found, GBR extra, FRA missed. a2: DEU missed.
    assert (countries["tp"], countries["fp"], countries["fn"]) == (1, 1, 2)
    assert countries["precision"] == pytest.approx(0.5)
    assert countries["recall"] == pytest.approx(1 / 3)
    assert countries["f1"] == pytest.approx(0.4)
    assert countries["false_positives"] == [("a1", "GBR")]
    assert countries["false_negatives"] == [("a1", "FRA"), ("a2", "DEU")]

    leaders = result["leaders"]
    # Kim found (hyphen ignored), non-core Jane tolerated, Biden a false positive, Macron missed.
    assert (leaders["tp"], leaders["fp"], leaders["fn"]) == (1, 1, 1)
    assert leaders["precision"] == pytest.approx(0.5)
    assert leaders["recall"] == pytest.approx(0.5)
    assert leaders["false_positives"] == [("a1", "joe biden")]
    assert leaders["false_negatives"] == [("a1", "emmanuel macron")]


def test_score_entities_nothing_predicted() -> None:
    result = score_entities({}, {}, GOLD)
    assert result["countries"]["precision"] is None
    assert result["countries"]["recall"] == 0.0
    assert "n/a" in format_report(entities=result)


def test_load_gold_entities(tmp_path: Path) -> None:
    path = tmp_path / "entities.jsonl"
    path.write_text("\n".join(json.dumps(g) for g in GOLD) + "\n\n", encoding="utf-8")
    assert load_gold_entities(path) == GOLD
    path.write_text('{"id": "a1"}\n{broken\n', encoding="utf-8")
    with pytest.raises(ValueError, match=":2:"):
        load_gold_entities(path)


# --- DuckDB ------------------------------------------------------------------------------------

SCHEMA = """
create schema marts;
create table marts.articles (article_id varchar, url varchar, origin varchar, source varchar, title varchar,
    author varchar, published_date date, language varchar, word_count integer, text varchar);
create table marts.article_country_mentions (article_id varchar, published_date date, country_iso3 varchar,
    country_name varchar, mentions integer);
create table marts.article_leader_mentions (article_id varchar, published_date date, leader_id varchar,
    leader_name varchar, country_iso3 varchar, role varchar, mentions integer);
create table marts.article_events (article_id varchar, sentence_id integer, published_date date,
    event_code varchar, event_root_code varchar, quad_class integer, goldstein double,
    actor1_iso3 varchar, actor2_iso3 varchar, sentence varchar);
"""


def build_db(path: Path, articles: list[tuple], countries: list[tuple] = (), leaders: list[tuple] = (),
             events: list[tuple] = ()) -> Path:
    con = duckdb.connect(str(path))
    con.execute(SCHEMA)
    for article_id, origin, text in articles:
        con.execute("insert into marts.articles values (?, ?, ?, 'bench', 't', null, date '2024-05-01', 'en', 3, ?)",
                    [article_id, f"https://example.org/{article_id}", origin, text])
    for article_id, code, n in countries:
        con.execute("insert into marts.article_country_mentions values (?, date '2024-05-01', ?, ?, ?)",
                    [article_id, code, code.title(), n])
    for article_id, name, n in leaders:
        con.execute("insert into marts.article_leader_mentions values (?, date '2024-05-01', ?, ?, 'XXX', 'r', ?)",
                    [article_id, name.lower().replace(" ", "_"), name, n])
    for i, (article_id, root, a1, a2) in enumerate(events):
        con.execute("insert into marts.article_events values (?, ?, date '2024-05-01', ?, ?, 1, 0.0, ?, ?, 's')",
                    [article_id, i, root + "0", root, a1, a2])
    con.close()
    return path


def test_page_id_from_origin() -> None:
    assert page_id_from_origin("/x/html/abc123.html.gz") == "abc123"
    assert page_id_from_origin("C:\\bench\\html\\abc123.html.gz") == "abc123"


def test_read_predictions(tmp_path: Path) -> None:
    db = build_db(
        tmp_path / "published.duckdb",
        articles=[("art1", "/x/html/p1.html.gz", "a b c d"), ("art2", "/x/html/p2.html.gz", None),
                  ("art3", None, "fetched over HTTP, not a benchmark page")],
        countries=[("art1", "USA", 2), ("art1", "FRA", 1), ("art1", "DEU", 0), ("art3", "GBR", 1)],
        leaders=[("art1", "Kim Jong Un", 3)],
    )
    texts, countries, leaders = read_predictions(db)
    assert texts == {"p1": "a b c d", "p2": ""}
    assert countries == {"p1": {"USA", "FRA"}, "p2": set()}
    assert leaders == {"p1": {"Kim Jong Un"}, "p2": set()}
    # Read-only: a second reader at the same time is fine, and the file is still writable afterwards.
    with duckdb.connect(str(db), read_only=True):
        read_predictions(db)
    duckdb.connect(str(db)).close()


def test_read_predictions_refuses_missing_file_and_duplicates(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        read_predictions(tmp_path / "nope.duckdb")
    assert not (tmp_path / "nope.duckdb").exists()
    db = build_db(tmp_path / "dup.duckdb",
                  articles=[("a", "/h/p1.html.gz", "x"), ("b", "/h/p1.html.gz", "x")])
    with pytest.raises(ValueError, match="p1"):
        read_predictions(db)


EXPECTED_SEED: dict[str, Any] = {
    "countries": ["PRK", "RUS", "UKR"],
    "leaders": [{"name": "Kim Jong Un"}, {"name": "Choe Son Hui"}],
    "events": {
        "must": [{"event_root_code": "04", "label": "CONSULT", "actors": ["RUS", "PRK"]},
                 {"event_root_code": "15", "label": "EXHIBIT FORCE POSTURE", "actors": ["PRK"]}],
        "should": [{"event_root_code": "03", "actors": ["RUS", "PRK"]},
                   {"event_root_code": "11", "actors": ["USA", "PRK"]},
                   {"event_root_code": "19", "actors": ["RUS", "UKR"]}],
    },
}
SEED_ROWS: dict[str, Any] = {
    "articles": [("seed", "/x/seed-article.txt", "text"), ("other", "/x/o.html.gz", "x")],
    "countries": [("seed", "PRK", 4), ("seed", "RUS", 3), ("seed", "UKR", 1), ("other", "USA", 1)],
    "leaders": [("seed", "Kim Jong-un", 2), ("seed", "Choe Son-hui", 1)],
    # 04 with the actors in the other order; 15 with a null second actor; one of three should (03).
    "events": [("seed", "04", "PRK", "RUS"), ("seed", "15", "PRK", None), ("seed", "03", "RUS", "PRK"),
               ("seed", "11", "USA", "KOR"), ("other", "19", "RUS", "UKR")],
}


def test_check_seed_fails_on_too_few_should(tmp_path: Path) -> None:
    db = build_db(tmp_path / "seed.duckdb", **SEED_ROWS)
    result = check_seed(db, "seed", EXPECTED_SEED)
    assert result["countries"]["ok"] and result["leaders"]["ok"]
    assert result["events"]["must_ok"]
    # 11 needs USA and PRK in one row; 19 exists only for another article: 1 of 3 should.
    assert result["events"]["should_found"] == 1
    assert not result["events"]["should_ok"]
    assert result["passed"] is False
    report = format_report(seed=result)
    assert "FAILED" in report and "not found (should): 11" in report


def test_check_seed_passes_and_reports_differences(tmp_path: Path) -> None:
    rows = {**SEED_ROWS, "events": [*SEED_ROWS["events"], ("seed", "19", "UKR", "RUS")]}
    db = build_db(tmp_path / "seed.duckdb", **rows)
    assert check_seed(db, "seed", EXPECTED_SEED)["passed"] is True

    wrong = {**EXPECTED_SEED, "countries": ["PRK", "RUS", "KOR"], "leaders": [{"name": "Kim Jong Un"}]}
    result = check_seed(db, "seed", wrong)
    assert result["countries"]["missing"] == ["KOR"] and result["countries"]["unexpected"] == ["UKR"]
    assert result["leaders"]["unexpected"] == ["Choe Son-hui"]
    assert result["passed"] is False
    with pytest.raises(ValueError, match="not in marts.articles"):
        check_seed(db, "nope", EXPECTED_SEED)


def test_check_seed_reads_the_shared_expected_file(tmp_path: Path) -> None:
    # The shared file lives outside the repository; only its format is checked here.
    path = Path(os.environ.get("MEDIAWATCH_SEED_EXPECTED", ROOT.parent / "shared" / "seed" / "expected.json"))
    if not path.is_file():
        pytest.skip(f"{path} not available")
    expected = json.loads(path.read_text(encoding="utf-8"))
    db = build_db(
        tmp_path / "seed.duckdb",
        articles=[("seed", "/x/seed-article.txt", "text")],
        countries=[("seed", c, 1) for c in expected["countries"]],
        leaders=[("seed", x["name"], 1) for x in expected["leaders"]],
        events=[("seed", e["event_root_code"], *(e["actors"] + [None])[:2]) for e in expected["events"]["must"]],
    )
    result = check_seed(db, "seed", expected)
    assert result["events"]["must_ok"] and not result["events"]["should_ok"]


def test_format_report_and_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench = tmp_path / "bench"
    (bench / "extraction-dev").mkdir(parents=True)
    (bench / "extraction-dev" / "ground-truth.json").write_text(
        json.dumps({"a1": {"articleBody": "a b c d e", "url": "u"}, "a2": {"articleBody": "p q r s", "url": "u"}}))
    (bench / "entities-dev.jsonl").write_text("\n".join(json.dumps(g) for g in GOLD))
    db = build_db(tmp_path / "p.duckdb",
                  articles=[("x1", "/b/html/a1.html.gz", "a b c d e f"), ("x2", "/b/html/a2.html.gz", "z z z z")],
                  countries=[("x1", "USA", 1), ("x1", "GBR", 1)],
                  leaders=[("x1", "Kim Jong-un", 1)])
    assert main(["--benchmark", str(bench), "--duckdb", str(db)]) == 0
    out = capsys.readouterr().out
    # Extraction: P (2/3 + 0)/2, R (1 + 0)/2; countries P 1/2, R 1/3; leaders P 1, R 1/2.
    assert "extraction (2 pages, 4-token shingles): P 0.333  R 0.500  F1 0.400" in out
    assert "countries (2 English articles, micro): P 0.500  R 0.333  F1 0.400" in out
    assert "leaders (2 English articles, micro): P 1.000  R 0.500  F1 0.667" in out
    assert "a1  GBR" in out and "a2  DEU" in out and "a2  F1 0.000" in out

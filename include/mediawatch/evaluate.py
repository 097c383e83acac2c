"""Score mediawatch's output against the benchmark in ../shared/benchmark and the seed article.

The benchmark's pages and annotations stay outside the repository: every function here reads
them (or the published DuckDB file) from a path given at run time.

    python -m mediawatch.evaluate --benchmark /path/to/benchmark --duckdb data/published.duckdb \
        [--seed-expected /path/to/expected.json --seed-article-id <article_id>]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import duckdb

TOKEN_RE = re.compile(r"\w+")
# Hyphens, dashes and dots separate name parts ("Kim Jong-un", "J. Biden"); they become spaces.
NAME_SEPARATORS_RE = re.compile(r"[.\-\u2010\u2011\u2012\u2013\u2014\u2212]")

Pair = tuple[str, str]  # (article or page id, country code or leader name)


# --- extraction: 4-token shingles ------------------------------------------------------------


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n tokens is one shingle (as in the
    Zyte benchmark's own script), so short bodies are scored rather than treated as empty."""
    tokens = TOKEN_RE.findall(text or "")
    if not tokens:
        return Counter()
    size = min(n, len(tokens))
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def shingle_scores(pred: str, truth: str, n: int = 4) -> tuple[float | None, float | None]:
    """Per-page (precision, recall); None where the README leaves the page out of the average."""
    pred_sh, truth_sh = shingles(pred, n), shingles(truth, n)
    if not pred_sh and not truth_sh:
        return 1.0, 1.0  # nothing to find and nothing found: a perfect page
    tp = sum((pred_sh & truth_sh).values())
    precision = tp / sum(pred_sh.values()) if pred_sh else None  # nothing predicted: no precision
    recall = tp / sum(truth_sh.values()) if truth_sh else None  # empty truth: no recall
    return precision, recall


def f1_score(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def score_extraction(predictions: Mapping[str, str], truth: Mapping[str, str]) -> dict[str, Any]:
    """Average per-page precision and recall over the truth's pages; F1 from the averages.

    A page missing from `predictions` counts as nothing predicted (it lowers recall)."""
    per_page = {page: shingle_scores(predictions.get(page) or "", body) for page, body in truth.items()}
    precision = _mean([p for p, _ in per_page.values() if p is not None])
    recall = _mean([r for _, r in per_page.values() if r is not None])
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1_score(precision, recall),
        "pages": len(truth),
        "pages_missing": sorted(set(truth) - set(predictions)),
        "per_page": per_page,
    }


def load_extraction_truth(path: str | Path) -> dict[str, str]:
    """page id -> articleBody from extraction-dev/ground-truth.json."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {page: item.get("articleBody") or "" for page, item in data.items()}


# --- entities: countries and leaders -----------------------------------------------------------


def normalize_name(name: str) -> str:
    """Compare leader names loosely: "Kim Jong-un" == "Kim Jong Un", "Łukasz" ~ "lukasz"."""
    decomposed = unicodedata.normalize("NFKD", name)
    no_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    spaced = NAME_SEPARATORS_RE.sub(" ", no_marks.casefold())
    return " ".join(spaced.split())


def load_gold_entities(path: str | Path) -> list[dict[str, Any]]:
    """One dict per line of entities-dev.jsonl."""
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}:{number}: not valid JSON ({err}); fix or remove the line") from err
    return rows


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return {"precision": precision, "recall": recall, "f1": f1_score(precision, recall),
            "tp": tp, "fp": fp, "fn": fn}


def _micro(
    items: Iterable[tuple[str, set[str], set[str], set[str]]],
) -> dict[str, Any]:
    """Micro-average over (article, item) pairs.

    Each entry is (article id, predicted, required, tolerated): a required item must be found;
    a tolerated one may be predicted without being a false positive, and is never a miss."""
    tp, false_pos, false_neg = 0, [], []
    for article, predicted, required, tolerated in items:
        tp += len(predicted & required)
        false_pos += [(article, x) for x in sorted(predicted - required - tolerated)]
        false_neg += [(article, x) for x in sorted(required - predicted)]
    return {**_prf(tp, len(false_pos), len(false_neg)),
            "false_positives": false_pos, "false_negatives": false_neg}


def score_entities(
    pred_countries: Mapping[str, set[str]],
    pred_leaders: Mapping[str, set[str]],
    gold: list[dict[str, Any]],
) -> dict[str, Any]:
    """Micro-averaged P/R/F1 over the English gold articles (README of the benchmark).

    Countries: optional codes are removed from both sides. Leaders: recall over `core` leaders;
    a predicted name anywhere in the gold list is not a false positive. An article missing from
    the predictions counts as predicting nothing."""
    english = [g for g in gold if g.get("lang") == "en"]
    country_items = []
    leader_items = []
    for g in english:
        article = g["id"]
        optional = set(g.get("countries_optional", []))
        predicted = set(pred_countries.get(article, set())) - optional
        country_items.append((article, predicted, set(g.get("countries", [])) - optional, set()))

        # Names are compared normalised; errors are reported in that normalised form.
        core = {normalize_name(x["name"]) for x in g.get("leaders", []) if x.get("core")}
        listed = {normalize_name(x["name"]) for x in g.get("leaders", [])}
        predicted_names = {normalize_name(n) for n in pred_leaders.get(article, set())}
        leader_items.append((article, predicted_names, core, listed))
    return {
        "articles": len(english),
        "countries": _micro(country_items),
        "leaders": _micro(leader_items),
    }


# --- reading the published DuckDB file -------------------------------------------------------


def page_id_from_origin(origin: str) -> str:
    """`/x/html/<id>.html.gz` -> `<id>`: the benchmark names each page file after its id."""
    name = origin.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    for suffix in (".gz", ".html", ".htm"):
        name = name.removesuffix(suffix)
    return name


def _connect_read_only(duckdb_path: str | Path) -> duckdb.DuckDBPyConnection:
    path = Path(duckdb_path)
    if not path.is_file():
        raise FileNotFoundError(f"DuckDB file {path} does not exist: run the pipeline (or give the published copy)")
    # read_only: never take the writer's lock, and fail loudly rather than create an empty file.
    return duckdb.connect(str(path), read_only=True)


def read_predictions(
    duckdb_path: str | Path,
) -> tuple[dict[str, str], dict[str, set[str]], dict[str, set[str]]]:
    """(texts, countries, leaders) keyed by benchmark page id, from the marts of a DuckDB file.

    Every article read from a page file gets an entry (empty sets when nothing was found)."""
    con = _connect_read_only(duckdb_path)
    try:
        articles = con.execute(
            "select article_id, origin, coalesce(text, '') from marts.articles where origin is not null"
        ).fetchall()
        country_rows = con.execute(
            "select article_id, country_iso3 from marts.article_country_mentions where mentions > 0"
        ).fetchall()
        leader_rows = con.execute(
            "select article_id, leader_name from marts.article_leader_mentions where mentions > 0"
        ).fetchall()
    finally:
        con.close()

    page_of: dict[Any, str] = {}
    texts: dict[str, str] = {}
    duplicates = set()
    for article_id, origin, text in articles:
        page = page_id_from_origin(origin)
        if page in texts:
            duplicates.add(page)
        page_of[article_id], texts[page] = page, text
    if duplicates:
        # Two articles from one page file means a day was loaded twice: scores would be wrong.
        raise ValueError(
            f"{duckdb_path}: several articles share the origin of pages {sorted(duplicates)[:5]}; "
            "re-run the day so it replaces, not duplicates, its articles"
        )

    countries: dict[str, set[str]] = {page: set() for page in texts}
    leaders: dict[str, set[str]] = {page: set() for page in texts}
    for article_id, code in country_rows:
        if article_id in page_of:
            countries[page_of[article_id]].add(code)
    for article_id, name in leader_rows:
        if article_id in page_of:
            leaders[page_of[article_id]].add(name)
    return texts, countries, leaders


# --- seed article ------------------------------------------------------------------------------


def _root_code(code: Any) -> str:
    # CAMEO root codes are two digits; tolerate a numeric column (4 -> "04").
    return str(code).strip().zfill(2)


def _compare_names(expected: list[str], predicted: list[str]) -> dict[str, Any]:
    expected_norm = {normalize_name(n) for n in expected}
    predicted_norm = {normalize_name(n) for n in predicted}
    return {
        "expected": sorted(expected),
        "predicted": sorted(predicted),
        "missing": sorted(n for n in expected if normalize_name(n) not in predicted_norm),
        "unexpected": sorted(n for n in predicted if normalize_name(n) not in expected_norm),
        "ok": expected_norm == predicted_norm,
    }


def _match_events(entries: list[dict[str, Any]], rows: list[tuple[Any, Any, Any]]) -> list[dict[str, Any]]:
    """An entry is found when one event row has its root code and all its actors."""
    results = []
    for entry in entries:
        wanted = set(entry.get("actors", []))
        found = any(
            _root_code(root) == _root_code(entry["event_root_code"]) and wanted <= {a1, a2}
            for root, a1, a2 in rows
        )
        results.append({**entry, "found": found})
    return results


def check_seed(duckdb_path: str | Path, article_id: Any, expected: Mapping[str, Any]) -> dict[str, Any]:
    """Compare the seed article's marts rows with ../shared/seed/expected.json.

    passed = countries exact, leaders exact, every `must` event found, at least half of `should`."""
    con = _connect_read_only(duckdb_path)
    try:
        if not con.execute("select count(*) from marts.articles where article_id = ?", [article_id]).fetchone()[0]:
            raise ValueError(
                f"article {article_id!r} is not in marts.articles of {duckdb_path}: "
                "load the seed article first, or pass its article_id"
            )
        countries = [r[0] for r in con.execute(
            "select distinct country_iso3 from marts.article_country_mentions "
            "where article_id = ? and mentions > 0", [article_id]).fetchall()]
        leaders = [r[0] for r in con.execute(
            "select distinct leader_name from marts.article_leader_mentions "
            "where article_id = ? and mentions > 0", [article_id]).fetchall()]
        event_rows = con.execute(
            "select event_root_code, actor1_iso3, actor2_iso3 from marts.article_events where article_id = ?",
            [article_id]).fetchall()
    finally:
        con.close()

    expected_countries = set(expected.get("countries", []))
    country_check = {
        "expected": sorted(expected_countries),
        "predicted": sorted(countries),
        "missing": sorted(expected_countries - set(countries)),
        "unexpected": sorted(set(countries) - expected_countries),
        "ok": expected_countries == set(countries),
    }
    leader_check = _compare_names([x["name"] for x in expected.get("leaders", [])], leaders)
    events = expected.get("events", {})
    must = _match_events(events.get("must", []), event_rows)
    should = _match_events(events.get("should", []), event_rows)
    should_found = sum(e["found"] for e in should)
    event_check = {
        "must": must,
        "should": should,
        "must_ok": all(e["found"] for e in must),
        "should_found": should_found,
        "should_ok": 2 * should_found >= len(should),
        "rows": len(event_rows),
    }
    return {
        "article_id": article_id,
        "countries": country_check,
        "leaders": leader_check,
        "events": event_check,
        "passed": country_check["ok"] and leader_check["ok"] and event_check["must_ok"] and event_check["should_ok"],
    }


# --- report ------------------------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _prf_line(label: str, scores: Mapping[str, Any]) -> str:
    return (f"{label}: P {_fmt(scores['precision'])}  R {_fmt(scores['recall'])}  "
            f"F1 {_fmt(scores['f1'])}")


def _error_lines(label: str, pairs: list[Pair], limit: int) -> list[str]:
    if not pairs:
        return []
    shown = [f"    {article[:16]}  {item}" for article, item in pairs[:limit]]
    more = [f"    ... and {len(pairs) - limit} more"] if len(pairs) > limit else []
    return [f"  {label} ({len(pairs)}):", *shown, *more]


def format_report(
    extraction: Mapping[str, Any] | None = None,
    entities: Mapping[str, Any] | None = None,
    seed: Mapping[str, Any] | None = None,
    max_errors: int = 20,
) -> str:
    """Figures first (3 decimals), then what went wrong, so a developer knows where to look."""
    lines: list[str] = []
    if extraction is not None:
        lines.append(_prf_line(f"extraction ({extraction['pages']} pages, 4-token shingles)", extraction))
        worst = sorted(
            ((page, f1_score(p if p is not None else 0.0, r if r is not None else 0.0))
             for page, (p, r) in extraction["per_page"].items()),
            key=lambda item: item[1],
        )
        low = [(page, f"F1 {_fmt(f1)}") for page, f1 in worst if f1 is not None and f1 < 0.8]
        lines += _error_lines("pages below F1 0.8", low, max_errors)
        lines += _error_lines("pages missing from the predictions",
                              [(page, "") for page in extraction["pages_missing"]], max_errors)
    if entities is not None:
        for kind in ("countries", "leaders"):
            scores = entities[kind]
            lines.append(_prf_line(f"{kind} ({entities['articles']} English articles, micro)", scores))
            lines += _error_lines("false positives", scores["false_positives"], max_errors)
            lines += _error_lines("false negatives", scores["false_negatives"], max_errors)
    if seed is not None:
        lines.append(f"seed article {seed['article_id']}: {'PASSED' if seed['passed'] else 'FAILED'}")
        for kind in ("countries", "leaders"):
            check = seed[kind]
            if not check["ok"]:
                lines.append(f"  {kind}: missing {check['missing']}, unexpected {check['unexpected']}")
        events = seed["events"]
        lines.append(f"  events: must {sum(e['found'] for e in events['must'])}/{len(events['must'])}, "
                     f"should {events['should_found']}/{len(events['should'])} ({events['rows']} rows)")
        for group in ("must", "should"):
            for e in events[group]:
                if not e["found"]:
                    lines.append(f"    not found ({group}): {e['event_root_code']} {e.get('label', '')} "
                                 f"{e.get('actors', [])}")
    return "\n".join(lines)


SEED_DAY = "2024-01-21"  # the seed story's publication day: leaders' roles are checked on it
BENCHMARK_DAY = "2019-11-01"


def seed_page_html(seed_text: str) -> str:
    """A plain HTML page around the seed article's text (first line: headline; then paragraphs),
    made at run time so the seed can go through the same extraction as any saved page."""
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    title, paragraphs = lines[0], [line for line in lines[1:] if line != lines[0]]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<html lang="en"><head><title>{html.escape(title)}</title>'
            f'<meta property="article:published_time" content="{SEED_DAY}T09:00:00Z"></head>'
            f"<body><article><h1>{html.escape(title)}</h1>{body}</article></body></html>")


def run_evaluation(settings, shared_dir: Path) -> tuple[str, bool]:
    """Run the pipeline on the benchmark pages and the seed article, then score the published copy."""
    from mediawatch import pipeline
    from mediawatch.sources import folder_source

    benchmark = shared_dir / "benchmark"
    seed_dir = settings.data_dir / "seed-page"
    seed_dir.mkdir(parents=True, exist_ok=True)
    seed_page = seed_dir / "seed-article.html"
    seed_page.write_text(seed_page_html((shared_dir / "seed" / "seed-article.txt").read_text(encoding="utf-8")))

    pipeline.ingest_day(settings, BENCHMARK_DAY, [folder_source(benchmark / "extraction-dev" / "html")])
    pipeline.ingest_day(settings, SEED_DAY, [folder_source(seed_dir)])
    pipeline.transform_and_publish(settings)

    published = settings.published_path
    texts, countries, leaders = read_predictions(published)
    extraction = score_extraction(texts, load_extraction_truth(benchmark / "extraction-dev" / "ground-truth.json"))
    entities = score_entities(countries, leaders, load_gold_entities(benchmark / "entities-dev.jsonl"))
    with _connect_read_only(published) as con:
        seed_id = con.execute("select article_id from marts.articles where origin = ?", [str(seed_page)]).fetchone()[0]
    seed = check_seed(published, seed_id, json.loads((shared_dir / "seed" / "expected.json").read_text(encoding="utf-8")))
    return format_report(extraction, entities, seed), seed["passed"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark", type=Path, required=True,
                        help="folder with entities-dev.jsonl and extraction-dev/")
    parser.add_argument("--duckdb", type=Path, required=True, help="published DuckDB file (opened read-only)")
    parser.add_argument("--seed-expected", type=Path, help="seed/expected.json")
    parser.add_argument("--seed-article-id", help="article_id of the seed article in marts.articles")
    args = parser.parse_args(argv)

    texts, countries, leaders = read_predictions(args.duckdb)
    truth = load_extraction_truth(args.benchmark / "extraction-dev" / "ground-truth.json")
    extraction = score_extraction(texts, truth)
    entities = score_entities(countries, leaders, load_gold_entities(args.benchmark / "entities-dev.jsonl"))
    seed = None
    if args.seed_expected and args.seed_article_id:
        expected = json.loads(args.seed_expected.read_text(encoding="utf-8"))
        seed = check_seed(args.duckdb, args.seed_article_id, expected)
    print(format_report(extraction, entities, seed))
    return 0 if seed is None or seed["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())

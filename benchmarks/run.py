"""`make bench`: mediawatch's speed as ratios against baselines measured in the same run.

1. mention matching: a synthetic day of N articles through the dbt matching models, against
   pyahocorasick (one core) and a bare RE2 alternation on the same sentences;
2. extraction: mediawatch.extract.extract_page against bare trafilatura.extract() on 60 real pages.

Prints a table and writes benchmarks/results/latest.json. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import platform
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the `benchmarks` package importable
    sys.path.insert(0, str(ROOT))

# dbt and Cosmos phone home unless told not to; a benchmark must not.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")

import duckdb  # noqa: E402

from benchmarks import corpus, matching  # noqa: E402
from benchmarks.extraction import bench_extraction  # noqa: E402
from mediawatch.config import load_settings  # noqa: E402
from mediawatch.transform import TransformError, run_dbt  # noqa: E402
from mediawatch.warehouse import load_day  # noqa: E402

DEFAULT_OUTPUT = ROOT / "benchmarks" / "results" / "latest.json"
SENTENCES_MODEL = "int_sentences_split"
DESIGN_ALIASES = 436  # the alias count behind design.md's RE2 figure
# Every model that matches text in the sentences: int_titled_names_matched (political title + name) feeds
# int_leader_mentions_matched, and both feed int_leader_titled_unlisted (leaders the dictionary lacks).
MATCHING_MODELS = (
    "int_country_mentions_matched", "int_titled_names_matched", "int_leader_mentions_matched",
    "int_leader_titled_unlisted", "int_event_triggers_matched",
)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def machine_info() -> dict[str, Any]:
    cpu_model = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
        platform.processor(),
    ) if Path("/proc/cpuinfo").exists() else platform.processor()
    return {
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu": cpu_model,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "dbt_core": version("dbt-core"),
        "dbt_duckdb": version("dbt-duckdb"),
        "trafilatura": version("trafilatura"),
        "pyahocorasick": version("pyahocorasick"),
    }


def quiet_dbt(settings: Any, *args: str) -> float:
    """Run dbt with its console output kept out of the table; returns wall seconds."""
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # TransformError carries the log's tail
        run_dbt(settings, *args)
    return time.perf_counter() - started


def model_timings(run_results: Path) -> dict[str, dict[str, float]]:
    """Per-model seconds from dbt's run_results.json (execution_time; compile includes the
    dictionary_pattern query that builds each alternation)."""
    results = json.loads(run_results.read_text(encoding="utf-8"))["results"]
    timings = {}
    for result in results:
        phases = {
            phase["name"]: (dt.datetime.fromisoformat(phase["completed_at"].rstrip("Z")) - dt.datetime.fromisoformat(phase["started_at"].rstrip("Z"))).total_seconds()
            for phase in result.get("timing", []) if phase.get("started_at") and phase.get("completed_at")
        }
        timings[result["unique_id"].rsplit(".", 1)[-1]] = {
            "seconds": result["execution_time"], "compile_seconds": phases.get("compile", 0.0), "status": result["status"],
        }
    return timings


def per_second(amount: float, seconds: float) -> float:
    return amount / seconds if seconds > 0 else float("nan")


def bench_matching(texts: list[str | None], articles: int, seed: int) -> dict[str, Any]:
    """Synthetic day -> fresh warehouse -> dbt matching models, then the baselines on the same sentences."""
    dictionaries = matching.load_dictionaries()  # first: fail fast if a seed is missing
    pool, pool_counts = corpus.paragraph_pool(texts)
    with tempfile.TemporaryDirectory(prefix="mediawatch-bench-") as tmp:
        settings = load_settings(data_dir=tmp)
        articles_file = Path(tmp) / "articles.jsonl"
        count, words = corpus.write_jsonl(corpus.synthetic_articles(pool, articles, seed), articles_file)
        loaded = load_day(settings.warehouse_path, corpus.BENCH_DAY, articles_file, [])
        log(f"loaded {loaded['articles']:,} synthetic articles ({words:,} words); dbt build of seeds and staging")

        # All seeds (their relationship tests need each other) and everything the matchers read.
        upstream = ["resource_type:seed", *(f"+{model}" for model in MATCHING_MODELS)]
        # cautious: skip tests that also read unselected models (the marts' relationship tests).
        prepare_seconds = quiet_dbt(settings, "build", "--indirect-selection", "cautious", "--select", *upstream, "--exclude", SENTENCES_MODEL, *MATCHING_MODELS)
        log(f"dbt build (seeds, staging, dictionaries) took {prepare_seconds:.1f} s; timing dbt run of the matching models")
        run_wall = quiet_dbt(settings, "run", "--select", SENTENCES_MODEL, *MATCHING_MODELS)
        timings = model_timings(settings.dbt_work_dir / "target" / "run_results.json")

        con = duckdb.connect(str(settings.warehouse_path), read_only=True)
        try:
            sentences: list[matching.Sentence] = con.execute(
                "select article_id, match_sentence from intermediate.int_sentences_split order by article_id, sentence_id"
            ).fetchall()
            duckdb_threads = int(con.execute("select current_setting('threads')").fetchone()[0])
            mediawatch_pairs = set(con.execute(
                "select distinct article_id, matched_text from intermediate.int_country_mentions_matched"
            ).fetchall())
            mediawatch_mentions = {
                model: con.execute(f"select count(*) from intermediate.{model}").fetchone()[0] for model in MATCHING_MODELS
            }

            log(f"RE2 single alternations on {len(sentences):,} sentences")
            country_pattern = matching.re2_pattern(con, "intermediate.int_country_phrases_unioned", "match_phrase")
            leader_pattern = matching.re2_pattern(con, "staging.stg_reference__leader_aliases", "match_alias")
            # The design's 24 M words/s was measured with 436 aliases: a fixed sample of that size shows
            # whether a slower full dictionary is the dictionary's size (RE2's DFA memory budget) or the data.
            design_sample = matching.re2_pattern(
                con, f"(select match_phrase from intermediate.int_country_phrases_unioned order by hash(match_phrase) limit {DESIGN_ALIASES})",
                "match_phrase",
            )
            # The same dictionaries as tries, as the dictionary_pattern macro writes them (same matches, smaller DFA).
            country_trie = matching.re2_trie_pattern(con, "intermediate.int_country_phrases_unioned", "match_phrase")
            leader_trie = matching.re2_trie_pattern(con, "staging.stg_reference__leader_aliases", "match_alias")
            re2 = {}
            for name, pattern, threads in (("countries", country_pattern, None), ("countries_one_thread", country_pattern, 1),
                                           (f"countries_sample_{DESIGN_ALIASES}", design_sample, None), ("leaders", leader_pattern, None),
                                           ("countries_trie", country_trie, None), ("leaders_trie", leader_trie, None)):
                seconds, found = matching.time_re2_alternation(con, pattern, threads)
                re2[name] = {"seconds": seconds, "words_per_second": per_second(words, seconds), "matches": found,
                             "alternatives": pattern.count("|") + 1, "pattern_chars": len(pattern), "threads": threads or duckdb_threads}
        finally:
            con.close()

    log("pyahocorasick baseline (one core)")
    aho: dict[str, dict[str, Any]] = {}
    aho_pairs: set[tuple[str, str]] = set()
    for name, dictionary in dictionaries.items():
        result = matching.match_with_pyahocorasick(matching.build_automaton(dictionary), sentences)
        aho[name] = {"seconds": result.seconds, "words_per_second": per_second(words, result.seconds),
                     "matches": result.matches, "phrases": len(dictionary)}
        if name == "countries":
            aho_pairs = result.pairs
    aho_both = aho["countries"]["seconds"] + aho["leaders"]["seconds"]
    aho["countries_and_leaders"] = {"seconds": aho_both, "words_per_second": per_second(words, aho_both)}

    models = {}
    for model in (SENTENCES_MODEL, *MATCHING_MODELS):
        if model not in timings:
            raise RuntimeError(f"dbt run_results.json has no result for {model}: the run did not build it")
        models[model] = {**timings[model], "words_per_second": per_second(words, timings[model]["seconds"]),
                         "rows": mediawatch_mentions.get(model)}
    seconds = lambda *names: sum(models[name]["seconds"] for name in names)
    country, leader = "int_country_mentions_matched", "int_leader_mentions_matched"
    mw_words_per_second = {
        "countries": models[country]["words_per_second"],
        "leaders": models[leader]["words_per_second"],
        "countries_and_leaders": per_second(words, seconds(country, leader)),
    }
    return {
        "corpus": {"articles": count, "words": words, "sentences": len(sentences), "paragraph_pool": len(pool), **pool_counts},
        "dbt_prepare_seconds": prepare_seconds,
        "dbt_run_wall_seconds": run_wall,
        "duckdb_threads": duckdb_threads,
        "models": models,
        "sentence_split_words_per_second": models[SENTENCES_MODEL]["words_per_second"],
        "matching_seconds": seconds(*MATCHING_MODELS),
        "matching_words_per_second": per_second(words, seconds(*MATCHING_MODELS)),
        "pyahocorasick": aho,
        "re2_single_alternation": re2,
        "ratios": {
            "countries_vs_pyahocorasick": mw_words_per_second["countries"] / aho["countries"]["words_per_second"],
            "leaders_vs_pyahocorasick": mw_words_per_second["leaders"] / aho["leaders"]["words_per_second"],
            "countries_and_leaders_vs_pyahocorasick": mw_words_per_second["countries_and_leaders"] / aho["countries_and_leaders"]["words_per_second"],
            "countries_vs_re2_alternation": mw_words_per_second["countries"] / re2["countries"]["words_per_second"],
            "countries_vs_re2_trie": mw_words_per_second["countries"] / re2["countries_trie"]["words_per_second"],
        },
        "crosscheck_countries": matching.agreement(mediawatch_pairs, aho_pairs),
    }


def print_table(results: dict[str, Any]) -> None:
    m, e, info = results["matching"], results["extraction"], results["machine"]
    c = m["corpus"]
    mw = lambda v: f"{v / 1e6:10.2f}"
    rows = [
        f"mediawatch bench: {c['articles']:,} articles, {c['words'] / 1e6:.2f} M words, {c['sentences']:,} sentences; "
        f"{info['usable_cores']} cores, Python {info['python']}, DuckDB {info['duckdb']}",
        "",
        f"{'matching (dbt run, DuckDB threads=' + str(m['duckdb_threads']) + ')':<50}{'seconds':>10}{'M words/s':>11}",
    ]
    for model, figures in m["models"].items():
        rows.append(f"  {model:<48}{figures['seconds']:10.2f}{mw(figures['words_per_second'])}")
    rows.append(f"  {'the ' + str(len(MATCHING_MODELS)) + ' matching models':<48}{m['matching_seconds']:10.2f}{mw(m['matching_words_per_second'])}")
    rows.append(f"  {'dbt run wall time (with dbt start-up)':<48}{m['dbt_run_wall_seconds']:10.2f}")
    rows.append("baselines on the same sentences")
    for name, figures in m["pyahocorasick"].items():
        rows.append(f"  {'pyahocorasick ' + name + ' (1 core)':<48}{figures['seconds']:10.2f}{mw(figures['words_per_second'])}")
    for name, figures in m["re2_single_alternation"].items():
        if name.endswith("_trie"):
            label = f"RE2 trie {name.split('_')[0]} ({figures['pattern_chars'] // 1000}k chars, {figures['threads']} thr)"
        else:
            label = f"RE2 alternation {name.split('_')[0]} ({figures['alternatives']} alts, {figures['threads']} thr)"
        rows.append(f"  {label:<48}{figures['seconds']:10.2f}{mw(figures['words_per_second'])}")
    rows.append("ratios (mediawatch / baseline; > 1 means mediawatch is faster)")
    for name, ratio in m["ratios"].items():
        rows.append(f"  {name:<48}{ratio:10.3f}")
    rows.append(f"{'extraction (' + str(e['pages']) + ' pages, best of ' + str(e['repeats']) + ')':<50}{'seconds':>10}{'pages/s':>11}")
    rows.append(f"  {'trafilatura.extract()':<48}{e['trafilatura']['seconds']:10.2f}{e['trafilatura']['pages_per_second']:11.1f}")
    rows.append(f"  {'mediawatch extract_page()':<48}{e['mediawatch']['seconds']:10.2f}{e['mediawatch']['pages_per_second']:11.1f}")
    rows.append(f"  {'ratio mediawatch / trafilatura':<48}{e['ratio_mediawatch_vs_trafilatura']:10.3f}")
    x = m["crosscheck_countries"]
    rows.append(
        f"cross-check: country (article, alias) pairs agree {x['agreement']:.1%} "
        f"({x['pairs_both']:,} both, {x['pairs_mediawatch'] - x['pairs_both']:,} mediawatch only, "
        f"{x['pairs_pyahocorasick'] - x['pairs_both']:,} pyahocorasick only)"
    )
    rows.append(f"total benchmark time {results['total_seconds']:.0f} s")
    print("\n".join(rows))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, help="synthetic articles in the matching day (default 10000; 200 with --quick)")
    parser.add_argument("--quick", action="store_true", help="small smoke run: 200 articles, one extraction pass")
    parser.add_argument("--repeats", type=int, help="extraction passes, best taken (default 3; 1 with --quick)")
    parser.add_argument("--seed", type=int, default=20261116, help="random seed of the synthetic day")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help=f"JSON results file (default {DEFAULT_OUTPUT.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    articles = args.articles or (200 if args.quick else 10_000)
    repeats = args.repeats or (1 if args.quick else 3)
    if articles < 1 or repeats < 1:
        parser.error("--articles and --repeats must be at least 1")

    started = time.perf_counter()
    pages = corpus.load_pages()
    log(f"extraction: {len(pages)} pages, {repeats} pass(es) each for trafilatura and mediawatch")
    extraction, texts = bench_extraction(pages, repeats)
    log(f"matching: building a synthetic day of {articles:,} articles")
    try:
        matching_figures = bench_matching(texts, articles, args.seed)
    except (TransformError, FileNotFoundError) as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 1

    results = {
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "parameters": {"articles": articles, "quick": args.quick, "extraction_repeats": repeats, "seed": args.seed},
        "machine": machine_info(),
        "matching": matching_figures,
        "extraction": extraction,
    }
    results["total_seconds"] = time.perf_counter() - started
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    print(f"figures written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

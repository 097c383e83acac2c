"""Smoke test of `make bench`: the benchmark runs end to end in --quick mode and its figures make sense.

No speed is asserted (timings depend on the machine); the cross-check asserts that mediawatch's
country matching and the pyahocorasick baseline find the same (article, alias) pairs, so the
ratios compare two matchers doing the same job.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Paths into latest.json of figures that must be there and be positive numbers.
POSITIVE_FIGURES = [
    ("matching", "corpus", "words"),
    ("matching", "corpus", "sentences"),
    ("matching", "sentence_split_words_per_second"),
    ("matching", "matching_words_per_second"),
    ("matching", "models", "int_country_mentions_matched", "words_per_second"),
    ("matching", "models", "int_leader_mentions_matched", "words_per_second"),
    ("matching", "models", "int_event_triggers_matched", "words_per_second"),
    ("matching", "pyahocorasick", "countries", "words_per_second"),
    ("matching", "pyahocorasick", "leaders", "words_per_second"),
    ("matching", "re2_single_alternation", "countries", "words_per_second"),
    ("matching", "ratios", "countries_vs_pyahocorasick"),
    ("matching", "ratios", "countries_and_leaders_vs_pyahocorasick"),
    ("matching", "ratios", "countries_vs_re2_alternation"),
    ("extraction", "trafilatura", "pages_per_second"),
    ("extraction", "mediawatch", "pages_per_second"),
    ("extraction", "ratio_mediawatch_vs_trafilatura"),
    ("machine", "cores"),
]


@pytest.fixture(scope="module")
def quick_results(tmp_path_factory, shared_dir) -> dict:
    output = tmp_path_factory.mktemp("bench") / "latest.json"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--articles", "200", "--output", str(output)],
        cwd=ROOT, capture_output=True, text=True, timeout=180,
    )
    assert completed.returncode == 0, f"benchmark failed:\n{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}"
    return json.loads(output.read_text(encoding="utf-8"))


@pytest.mark.timeout(240)
def test_figures_are_present_and_positive(quick_results):
    assert quick_results["matching"]["corpus"]["articles"] == 200
    for path in POSITIVE_FIGURES:
        value = quick_results
        for key in path:
            assert key in value, f"latest.json lacks {'.'.join(path)}"
            value = value[key]
        assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, f"{'.'.join(path)} = {value!r}"
    assert quick_results["machine"]["duckdb"] and quick_results["machine"]["python"]


@pytest.mark.timeout(240)
def test_country_matches_agree_with_pyahocorasick(quick_results):
    crosscheck = quick_results["matching"]["crosscheck_countries"]
    assert crosscheck["pairs_both"] > 0, "neither matcher found a country: the synthetic day or the dictionaries are empty"
    assert crosscheck["agreement"] >= 0.90, (
        f"mediawatch and pyahocorasick agree on only {crosscheck['agreement']:.1%} of (article, alias) pairs; "
        f"mediawatch only: {crosscheck['only_mediawatch_top']}, pyahocorasick only: {crosscheck['only_pyahocorasick_top']}"
    )

"""Baselines for mention matching, run on the very sentences the dbt models matched.

* pyahocorasick in a plain Python loop (one core): the fast, well-known way to match a big
  dictionary; case-sensitive, leftmost-longest (`iter_long`), with RE2's ASCII word boundaries.
* one RE2 alternation per dictionary in DuckDB (`regexp_extract_all`): the design's reference
  point (24 M words/s for 436 country aliases), measured here with the real dictionaries;
* the same phrases written as a trie, as the dbt macro dictionary_pattern builds them (same matches).
"""

from __future__ import annotations

import string
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick
import duckdb

SEEDS_DIR = Path(__file__).resolve().parents[1] / "dbt_project" / "seeds"
# RE2's \b is ASCII-only; the dbt models strip accents first, so this matches what they see.
WORD_CHARS = frozenset(string.ascii_letters + string.digits + "_")
# The dbt project's match_text() macro: accents stripped, Unicode spaces made plain spaces.
MATCH_TEXT_SQL = r"regexp_replace(strip_accents({0}), '[\x{{00A0}}\x{{1680}}\x{{2000}}-\x{{200A}}\x{{202F}}\x{{205F}}\x{{3000}}]', ' ', 'g')"

Sentence = tuple[str, str]  # (article_id, match_sentence)


def _seed(name: str, seeds_dir: Path) -> str:
    path = seeds_dir / f"{name}.csv"
    if not path.exists():
        raise FileNotFoundError(f"seed {path} is missing: the benchmark matches the project's real dictionaries")
    return "'" + str(path).replace("'", "''") + "'"


def load_dictionaries(seeds_dir: Path = SEEDS_DIR) -> dict[str, dict[str, str | None]]:
    """phrase -> key per dictionary, read from the seed CSVs and normalised as the dbt staging models do.

    countries: alias -> ISO3, plus non-country phrases ("New Jersey") -> None, which win over an
    alias with the same text (as in int_country_phrases_unioned); leaders: alias -> leader_id.
    """
    con = duckdb.connect()
    norm = MATCH_TEXT_SQL.format
    aliases = con.execute(
        f"select {norm('alias')}, country_iso3 from read_csv({_seed('country_aliases', seeds_dir)}, all_varchar=true) where alias <> ''"
    ).fetchall()
    non_country = con.execute(
        f"select {norm('phrase')} from read_csv({_seed('non_country_phrases', seeds_dir)}, all_varchar=true) where phrase <> ''"
    ).fetchall()
    leaders = con.execute(
        f"select {norm('alias')}, leader_id from read_csv({_seed('leader_aliases', seeds_dir)}, all_varchar=true) where alias <> ''"
    ).fetchall()
    con.close()
    countries: dict[str, str | None] = {}
    for phrase, iso3 in sorted(aliases, key=lambda row: (row[0], row[1])):
        countries.setdefault(phrase, iso3)  # first ISO3 in order, like the model's row_number()
    countries.update({phrase: None for (phrase,) in non_country})
    return {"countries": countries, "leaders": {phrase: leader_id for phrase, leader_id in leaders}}


def build_automaton(dictionary: dict[str, str | None]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrase, key in dictionary.items():
        # Boundaries only where the phrase starts/ends with a word character, as dictionary_pattern does.
        automaton.add_word(phrase, (phrase, key, phrase[0] in WORD_CHARS, phrase[-1] in WORD_CHARS))
    automaton.make_automaton()
    return automaton


@dataclass
class AhoResult:
    seconds: float
    matches: int
    pairs: set[tuple[str, str]] = field(default_factory=set)  # (article_id, phrase) with a non-null key


def match_with_pyahocorasick(automaton: ahocorasick.Automaton, sentences: Sequence[Sentence]) -> AhoResult:
    """The timed baseline loop: every sentence, leftmost-longest matches, word-boundary checked."""
    pairs: set[tuple[str, str]] = set()
    matches = 0
    started = time.perf_counter()
    for article_id, text in sentences:
        last = len(text) - 1
        for end, (phrase, key, left, right) in automaton.iter_long(text):
            start = end - len(phrase) + 1
            if (left and start > 0 and text[start - 1] in WORD_CHARS) or (right and end < last and text[end + 1] in WORD_CHARS):
                continue
            matches += 1
            if key is not None:
                pairs.add((article_id, phrase))
    return AhoResult(time.perf_counter() - started, matches, pairs)


def re2_pattern(con: duckdb.DuckDBPyConnection, relation: str, column: str) -> str:
    """The alternation the dbt macro dictionary_pattern builds, from the same relation."""
    alternatives = con.execute(f"""
        select case when regexp_matches({column}, '^\\w') then '\\b' else '' end
            || regexp_escape({column})
            || case when regexp_matches({column}, '\\w$') then '\\b' else '' end
        from (select distinct {column} from {relation} where {column} is not null and {column} <> '')
        order by length({column}) desc, {column}
    """).fetchall()
    return "(" + "|".join(alt for (alt,) in alternatives) + ")"


def re2_trie_pattern(con: duckdb.DuckDBPyConnection, relation: str, column: str) -> str:
    """The same phrases as re2_pattern, written as a trie the way the dbt macro dictionary_pattern
    writes it (shared prefixes once, longer continuations before a phrase ends): same matches."""
    phrases = sorted(
        phrase for (phrase,) in con.execute(
            f"select distinct {column} from {relation} where {column} is not null and {column} <> ''"
        ).fetchall()
    )

    def literal(text: str) -> str:
        return "".join("\\" + c if c in "\\.+*?()|[]{}^$" or (c.isascii() and not c.isalnum() and c != "_") else c for c in text)

    def trie(group: list[str], depth: int) -> str:
        first, last = group[0], group[-1]
        if len(group) == 1:
            return literal(first[depth:]) + ("\\b" if first[-1] in WORD_CHARS else "")
        common = depth
        while common < min(len(first), len(last)) and first[common] == last[common]:
            common += 1
        ending, children = [], {}
        for phrase in group:
            if len(phrase) == common:
                ending.append("\\b" if phrase[-1] in WORD_CHARS else "")
            else:
                children.setdefault(phrase[common], []).append(phrase)
        branches = [trie(child, common) for child in children.values()]
        if common == 0:  # the root: the caller writes the group
            return "|".join(branches)
        return literal(first[depth:common]) + "(?:" + "|".join(branches + ending) + ")"

    word_start = [p for p in phrases if p[0] in WORD_CHARS]
    other_start = [p for p in phrases if p[0] not in WORD_CHARS]
    roots = ([f"\\b(?:{trie(word_start, 0)})"] if word_start else []) + ([trie(other_start, 0)] if other_start else [])
    return "(" + "|".join(roots) + ")"


def time_re2_alternation(con: duckdb.DuckDBPyConnection, pattern: str, threads: int | None = None) -> tuple[float, int]:
    """Seconds and match count of regexp_extract_all with one constant pattern over all sentences."""
    if threads:
        con.execute(f"set threads = {threads}")
    literal = "'" + pattern.replace("'", "''") + "'"  # a constant, so DuckDB compiles the regex once
    started = time.perf_counter()
    (found,) = con.execute(
        f"select coalesce(sum(len(regexp_extract_all(match_sentence, {literal}, 1))), 0) from intermediate.int_sentences_split"
    ).fetchone()
    seconds = time.perf_counter() - started
    if threads:
        con.execute("reset threads")
    return seconds, int(found)


def agreement(mediawatch: set[tuple[str, str]], baseline: set[tuple[str, str]], examples: int = 8) -> dict[str, object]:
    """How far two sets of (article, alias) pairs agree: |both| / |either| (Jaccard)."""
    both, either = mediawatch & baseline, mediawatch | baseline
    top = lambda pairs: [f"{phrase} x{n}" for phrase, n in Counter(p for _, p in pairs).most_common(examples)]
    return {
        "agreement": len(both) / len(either) if either else 1.0,
        "pairs_mediawatch": len(mediawatch),
        "pairs_pyahocorasick": len(baseline),
        "pairs_both": len(both),
        "only_mediawatch_top": top(mediawatch - baseline),
        "only_pyahocorasick_top": top(baseline - mediawatch),
    }

"""Raw loads: one transaction per day; re-running a day replaces it; a failed load changes nothing."""

from __future__ import annotations

import duckdb
import pytest

from mediawatch.records import failure, write_jsonl
from mediawatch.warehouse import load_day


def article(article_id: str, day: str, text: str = "Some text.") -> dict:
    return {"article_id": article_id, "news_date": day, "source": "s", "url": f"http://x/{article_id}",
            "origin": f"http://x/{article_id}", "title": "T", "author": None, "published_date": day,
            "sitename": None, "language": "en", "text": text, "word_count": 2, "fingerprint": "f" + article_id}


def rows(db, day):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select article_id from raw.articles where news_date = ? order by 1", [day]).fetchall()


def test_rerunning_a_day_replaces_it_and_leaves_other_days(tmp_path):
    db = tmp_path / "w.duckdb"
    for day, ids in (("2026-11-16", ["a", "b"]), ("2026-11-17", ["c"])):
        write_jsonl(tmp_path / f"{day}.jsonl", [article(i, day) for i in ids])
        load_day(db, day, tmp_path / f"{day}.jsonl", [])
    write_jsonl(tmp_path / "again.jsonl", [article("b", "2026-11-16"), article("d", "2026-11-16")])
    write_jsonl(tmp_path / "fail.jsonl", [failure("2026-11-16", "s", "fetch", "http://x/e", "HTTP 500")])
    counts = load_day(db, "2026-11-16", tmp_path / "again.jsonl", [tmp_path / "fail.jsonl"])
    assert counts == {"articles": 2, "failures": 1}
    assert rows(db, "2026-11-16") == [("b",), ("d",)]
    assert rows(db, "2026-11-17") == [("c",)]


def test_a_failing_load_leaves_the_day_as_it_was(tmp_path):
    db = tmp_path / "w.duckdb"
    write_jsonl(tmp_path / "good.jsonl", [article("a", "2026-11-16")])
    load_day(db, "2026-11-16", tmp_path / "good.jsonl", [])
    # the second record breaks the primary key half-way through the insert
    write_jsonl(tmp_path / "bad.jsonl", [article("x", "2026-11-16"), article("x", "2026-11-16")])
    with pytest.raises(duckdb.ConstraintException):
        load_day(db, "2026-11-16", tmp_path / "bad.jsonl", [])
    assert rows(db, "2026-11-16") == [("a",)]


def test_a_load_killed_with_sigkill_leaves_the_warehouse_whole(tmp_path):
    """kill -9 in the middle of the transaction: the day is the old one or the complete new one, never half."""
    import signal
    import subprocess
    import sys
    import time

    db = tmp_path / "w.duckdb"
    write_jsonl(tmp_path / "old.jsonl", [article("old", "2026-11-16")])
    load_day(db, "2026-11-16", tmp_path / "old.jsonl", [])
    big = 200_000
    write_jsonl(tmp_path / "big.jsonl", (article(f"a{i}", "2026-11-16", "word " * 150) for i in range(big)))
    loader = subprocess.Popen([sys.executable, "-c", (
        "import sys; from pathlib import Path; from mediawatch.warehouse import load_day; print('go', flush=True); "
        f"load_day(Path({str(db)!r}), '2026-11-16', Path({str(tmp_path / 'big.jsonl')!r}), [])"
    )], stdout=subprocess.PIPE, text=True)
    assert loader.stdout.readline().strip() == "go"
    time.sleep(0.8)
    loader.send_signal(signal.SIGKILL)
    loader.wait()
    count = len(rows(db, "2026-11-16"))
    assert count in (1, big)
    if loader.returncode == -signal.SIGKILL:
        print(f"killed mid-load; day has {count} rows")

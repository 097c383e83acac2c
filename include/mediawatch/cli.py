"""The `mediawatch` command: run a day without the scheduler, show the published tables, evaluate."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

from mediawatch import pipeline
from mediawatch.config import PROJECT_ROOT, load_settings
from mediawatch.sources import SourcesError, folder_source, load_sources
from mediawatch.transform import TransformError


def _day(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mediawatch", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run every step for one or more days, then dbt build and publish")
    run.add_argument("--date", type=_day, action="append", required=True, help="news day (UTC), YYYY-MM-DD; repeatable")
    origin = run.add_mutually_exclusive_group()
    origin.add_argument("--sources", help="source list YAML (default: $MEDIAWATCH_SOURCES or include/sources.yml)")
    origin.add_argument("--pages", help="a folder of saved pages (*.html, *.html.gz): each is one article of the day")
    run.add_argument("--data-dir", help="landing zone, warehouse and published copy (default: $MEDIAWATCH_DATA_DIR or ./data)")

    evaluate = commands.add_parser("evaluate", help="score countries, leaders and extraction on ../shared/benchmark and the seed article")
    evaluate.add_argument("--shared", default=str(PROJECT_ROOT.parent / "shared"), help="folder with benchmark/ and seed/ (default: ../shared)")
    evaluate.add_argument("--data-dir", help="where the evaluation run keeps its warehouse (default: <data dir>/evaluate)")

    show = commands.add_parser("show", help="print the top countries, leaders and events per day from the published copy")
    show.add_argument("--data-dir")
    show.add_argument("--top", type=int, default=5)
    return parser


def _run(args: argparse.Namespace) -> int:
    settings = load_settings(data_dir=args.data_dir, sources_file=args.sources)
    sources = [folder_source(args.pages)] if args.pages else load_sources(settings.sources_file)
    for day in args.date:
        report, counts = pipeline.ingest_day(settings, day, sources)
        print(f"{day}: {counts['articles']} articles loaded, {counts['failures']} failed or duplicate items recorded "
              f"({report.skipped_other_day} pages belonged to other days)")
    tables = pipeline.transform_and_publish(settings)
    print(f"published {len(tables)} tables to {settings.published_path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    # Our progress at INFO; libraries (trafilatura, urllib3, ...) only when something is wrong.
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("mediawatch").setLevel(logging.INFO)
    args = _parser().parse_args(argv)
    try:
        if args.command == "run":
            return _run(args)
        if args.command == "evaluate":
            from mediawatch.evaluate import run_evaluation

            data_dir = args.data_dir or load_settings().data_dir / "evaluate"
            report, passed = run_evaluation(load_settings(data_dir=data_dir), Path(args.shared))
            print(report)
            return 0 if passed else 1
        if args.command == "show":
            from mediawatch.report import print_daily_tables

            return print_daily_tables(load_settings(data_dir=args.data_dir), top=args.top)
    except (SourcesError, TransformError, FileNotFoundError) as exc:
        print(f"mediawatch: {exc}", file=sys.stderr)
        return 1
    return 2


if __name__ == "__main__":
    sys.exit(main())

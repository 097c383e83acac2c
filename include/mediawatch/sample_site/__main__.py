"""``python -m mediawatch.sample_site --port 8765``: serve the sample site until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import threading

from mediawatch.sample_site.server import serve_sample_site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mediawatch.sample_site",
        description="Serve the bundled offline news site; prints its base URL on one line.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    args = parser.parse_args(argv)

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    with serve_sample_site(args.host, args.port) as base_url:
        print(base_url, flush=True)  # scripts wait for this line
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

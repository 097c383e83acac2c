#!/usr/bin/env bash
# Sourced by the run and demo scripts: start the bundled news site in the background and wait
# until it answers. Sets MEDIAWATCH_SAMPLE_SITE_URL (read by include/sources.yml) and SAMPLE_SITE_PID.
SAMPLE_PORT="${MEDIAWATCH_SAMPLE_PORT:-8765}"
export MEDIAWATCH_SAMPLE_SITE_URL="http://127.0.0.1:${SAMPLE_PORT}"
.venv/bin/python -m mediawatch.sample_site --host 127.0.0.1 --port "$SAMPLE_PORT" >/dev/null &
SAMPLE_SITE_PID=$!
for _ in $(seq 1 50); do
    if .venv/bin/python -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1], timeout=1)" \
        "$MEDIAWATCH_SAMPLE_SITE_URL/rss.xml" 2>/dev/null; then
        echo "sample news site: $MEDIAWATCH_SAMPLE_SITE_URL"
        return 0
    fi
    if ! kill -0 "$SAMPLE_SITE_PID" 2>/dev/null; then
        echo "the sample news site did not start (is port $SAMPLE_PORT taken? set MEDIAWATCH_SAMPLE_PORT)" >&2
        return 1
    fi
    sleep 0.2
done
echo "the sample news site did not answer on $MEDIAWATCH_SAMPLE_SITE_URL" >&2
return 1

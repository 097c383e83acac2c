#!/usr/bin/env bash
# Runs the whole suite. pytest exits 5 when it collected no test: that is a failure here.
set -uo pipefail
cd "$(dirname "$0")/.."
export DO_NOT_TRACK=1 AIRFLOW__COSMOS__ENABLE_TELEMETRY=False

# The browser test needs Chromium (Debian's package); install it where we may.
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "run-tests: installing Chromium for the browser test"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "run-tests: the browser test needs Chromium; install it (Debian: apt-get install chromium)" >&2
    fi
fi

.venv/bin/python -m pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
    echo "run-tests: pytest collected no tests; failing on purpose" >&2
    exit 1
fi
exit "$status"

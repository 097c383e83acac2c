#!/usr/bin/env bash
# Runs the whole suite. pytest exits 5 when it collected no test: that is a failure here.
set -uo pipefail
cd "$(dirname "$0")/.."
export DO_NOT_TRACK=1 AIRFLOW__COSMOS__ENABLE_TELEMETRY=False
.venv/bin/python -m pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
    echo "run-tests: pytest collected no tests; failing on purpose" >&2
    exit 1
fi
exit "$status"

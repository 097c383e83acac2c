#!/usr/bin/env bash
# One-shot pipeline over the sample days without Airflow, then the daily tables.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/sample-site.sh
trap 'kill "$SAMPLE_SITE_PID" 2>/dev/null || true' EXIT

days=$(.venv/bin/python -c "from mediawatch.sample_site import SAMPLE_DAYS; print(' '.join(f'--date {d}' for d in SAMPLE_DAYS))")
# shellcheck disable=SC2086
.venv/bin/mediawatch run $days
.venv/bin/mediawatch show

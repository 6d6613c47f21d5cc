#!/usr/bin/env bash
# Quick start 2: set up, lint, type-check and run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

.venv/bin/ruff check harness pipelines tests benchmarks
.venv/bin/mypy
# the models the tests load, fitted two at a time on a fresh machine (seconds when cached)
.venv/bin/python -m pipelines.triage.prefit
set +e
.venv/bin/pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests" >&2
  exit 0
fi
exit "$status"

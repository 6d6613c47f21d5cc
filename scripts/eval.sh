#!/usr/bin/env bash
# Quick start 1: set up, then run the full offline eval + gate on the shipped goldset.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
.venv/bin/python -m pipelines.triage.prefit  # fitted two at a time; seconds when cached
exec .venv/bin/harness ci "$@"

#!/usr/bin/env bash
# Create .venv and install the project with its test tools. Idempotent; safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# constraints.txt pins every dependency to the versions the shipped numbers were measured with
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".[test]"

# Chromium renders report.html in the screenshot test; Debian's package, installed when we can.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "setup: could not install chromium; the report screenshot test will be skipped" >&2
fi

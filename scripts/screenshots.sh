#!/usr/bin/env bash
# Writes a screenshot of each workbench page to docs/screenshots/ (the browser tests, with their
# screenshot folder set there). Needs Chromium (scripts/test-browser.sh installs it as root).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/test-browser.sh
source scripts/test-browser.sh
find_test_chromium
mkdir -p docs/screenshots
ACCORDWATCH_SCREENSHOTS="$PWD/docs/screenshots" .venv/bin/python -m pytest -q -m browser tests/web "$@"
ls -1 docs/screenshots

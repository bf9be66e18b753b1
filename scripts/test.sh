#!/usr/bin/env bash
# Installs accordwatch with its test dependencies, starts a throwaway PostgreSQL server (installing
# Debian's package when missing), finds Debian's Chromium for the browser tests (installing it when
# missing) and runs the linter and the whole test suite on SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
.venv/bin/ruff check src tests bench
# shellcheck source=scripts/test-postgres.sh
source scripts/test-postgres.sh
trap stop_test_postgres EXIT
start_test_postgres
# shellcheck source=scripts/test-browser.sh
source scripts/test-browser.sh
find_test_chromium
.venv/bin/python -m pytest "$@"

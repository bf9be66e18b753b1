#!/usr/bin/env bash
# Installs accordwatch with its test dependencies, starts a throwaway PostgreSQL server (installing
# Debian's package when missing) and runs the linter and the whole test suite on SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
.venv/bin/ruff check src tests bench
# shellcheck source=scripts/test-postgres.sh
source scripts/test-postgres.sh
trap stop_test_postgres EXIT
start_test_postgres
.venv/bin/python -m pytest "$@"

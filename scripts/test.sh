#!/usr/bin/env bash
# Installs accordwatch with its test dependencies and runs the linter and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
.venv/bin/ruff check src tests bench
.venv/bin/python -m pytest "$@"

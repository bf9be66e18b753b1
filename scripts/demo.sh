#!/usr/bin/env bash
# Installs accordwatch and runs it on the bundled example: ingest, extract, assess, report.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/accordwatch run examples/afghanistan-2020

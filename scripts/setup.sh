#!/usr/bin/env bash
# Creates .venv (Python 3.11) and installs accordwatch with its pinned dependencies.
# Usage: scripts/setup.sh [extras]   e.g. scripts/setup.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3.11}
command -v "$python" >/dev/null 2>&1 || python=python3
"$python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
  || { echo "accordwatch needs Python 3.11 (found $("$python" --version))" >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
target="."
[ $# -gt 0 ] && target=".[$1]"
.venv/bin/python -m pip install --quiet -c constraints.txt -e "$target"

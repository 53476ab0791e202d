#!/usr/bin/env bash
# Runs the checks and the whole test suite (installs what it needs first): the linter and the formatter (ruff),
# the type checks of the core and the cities (mypy), then pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
.venv/bin/ruff check simulator tests scripts benchmarks
.venv/bin/ruff format --check simulator tests scripts benchmarks
.venv/bin/mypy
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"

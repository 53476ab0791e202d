#!/usr/bin/env bash
# Starts Points Simulator (installs what it needs first). Extra arguments go to the program,
# e.g. `scripts/start.sh --demo` opens an example applicant.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting on a virtual screen (Xvfb)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m simulator "$@"
fi
exec .venv/bin/python -m simulator "$@"

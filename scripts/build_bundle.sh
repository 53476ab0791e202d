#!/usr/bin/env bash
# Builds the one-folder desktop bundle into dist/<name>/ (PyInstaller, build.spec) and prints its size.
# Installs what it needs first (system libraries, .venv, PyInstaller); safe to run again.
# The bundle runs on the OS it is built on: see README, "Building the desktop bundle".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
bash scripts/build_translations.sh
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q -e ".[build]"
fi
rm -f dist/.*.fingerprint  # a failed build must not leave the old bundle looking current
sources=$(.venv/bin/python -m bundling.fingerprint compute)
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN build.spec
.venv/bin/python -m bundling.fingerprint write "$sources"
.venv/bin/python -m bundling.size "dist/$(.venv/bin/python -c 'from bundling.app_info import read; print(read().slug)')"

#!/usr/bin/env bash
# Builds the .qm files the program loads from the committed .ts files (the .qm files are not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in translations/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done

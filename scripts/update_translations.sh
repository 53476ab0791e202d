#!/usr/bin/env bash
# Collects the wizard's strings into the Qt Linguist files translations/points_simulator_<locale>.ts, the source
# of truth for translations (edit them with .venv/bin/pyside6-linguist). Strings no longer in the sources are
# dropped. English is the source language: its catalogue is filled with the source text itself.
# Afterwards: scripts/build_translations.sh (the .qm files the program loads).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
# the wizard's own code and each city's own pages (simulator/cities/<city>/pages/)
mapfile -t sources < <(find simulator/gui simulator/cities -name '*.py' -path '*gui*' -o -name '*.py' -path '*/pages/*' | sort -u)
for locale in zh_CN en; do
  "$BIN/pyside6-lupdate" -silent -no-obsolete -locations relative -source-language en -target-language "$locale" \
    "${sources[@]}" -ts "translations/points_simulator_$locale.ts"
done
"$BIN/python" - translations/points_simulator_en.ts <<'PY'
import re
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
# lupdate may have guessed a translation from another context: still unfinished; the source is the translation
unfinished = re.compile(r'(<source>([^<]*)</source>\s*)<translation type="unfinished">[^<]*</translation>', re.S)
text = unfinished.sub(lambda m: f"{m.group(1)}<translation>{m.group(2)}</translation>", text)
open(path, "w", encoding="utf-8").write(text)
PY
missing=$(grep -c 'type="unfinished"' translations/points_simulator_zh_CN.ts || true)
echo "translations updated; zh_CN strings still to translate: $missing"

"""Fills translations into translations/points_simulator_zh_CN.ts from a TOML file of `"source" = "translation"`
pairs (for a headless machine; pyside6-linguist does the same by hand). Only unfinished entries are filled, unless
--force. Run scripts/update_translations.sh first (it adds the new source strings), then this, then
scripts/build_translations.sh.

    .venv/bin/python scripts/set_translations.py new-strings.toml
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from xml.sax.saxutils import escape

TS = Path(__file__).resolve().parent.parent / "translations" / "points_simulator_zh_CN.ts"


def main(argv: list[str]) -> int:
    force = "--force" in argv
    files = [a for a in argv if a != "--force"]
    pairs: dict[str, str] = {}
    for name in files:
        pairs.update(tomllib.loads(Path(name).read_text(encoding="utf-8")))
    text = TS.read_text(encoding="utf-8")
    filled = 0
    for source, translation in pairs.items():
        kind = r'(?: type="unfinished")?' if force else r' type="unfinished"'
        pattern = re.compile(
            rf"(<source>{re.escape(escape(source, {chr(34): '&quot;', chr(39): '&apos;'}))}</source>\s*)<translation{kind}>[^<]*</translation>"
        )
        text, count = pattern.subn(lambda m, t=translation: f"{m.group(1)}<translation>{escape(t)}</translation>", text)
        if not count:  # lupdate writes quotes unescaped in text
            pattern = re.compile(rf"(<source>{re.escape(escape(source))}</source>\s*)<translation{kind}>[^<]*</translation>")
            text, count = pattern.subn(lambda m, t=translation: f"{m.group(1)}<translation>{escape(t)}</translation>", text)
        filled += count
    TS.write_text(text, encoding="utf-8")
    left = text.count('type="unfinished"')
    print(f"filled {filled}; still unfinished: {left}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

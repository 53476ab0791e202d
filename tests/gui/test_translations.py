"""Both catalogues are complete, and hold exactly the strings of the wizard's sources."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = {locale: ROOT / "translations" / f"points_simulator_{locale}.ts" for locale in ("zh_CN", "en")}
PLACEHOLDER = re.compile(r"\{\d+\}")
MNEMONIC = re.compile(r"&([^&\s])")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


@pytest.mark.parametrize("locale", CATALOGUES)
def test_every_string_is_translated(locale):
    found = messages(CATALOGUES[locale])
    assert found, "empty catalogue"
    untranslated = [
        f"{context}: {source!r}"
        for (context, source), translation in found.items()
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip()
    ]
    assert untranslated == []


def test_chinese_keeps_placeholders_and_access_keys():
    wrong = []
    for (context, source), translation in messages(CATALOGUES["zh_CN"]).items():
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} placeholders")
        keys = [k.lower() for k in MNEMONIC.findall(source)]
        if keys and keys != [k.lower() for k in MNEMONIC.findall(text)]:
            wrong.append(f"{context}: {source!r} access key")
    assert wrong == []


def test_catalogues_hold_exactly_the_strings_of_the_sources(tmp_path):
    """A string added to the wizard without a translation fails here (run scripts/update_translations.sh)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    # the wizard's own code and each city's own pages, as scripts/update_translations.sh collects them
    gui = (ROOT / "simulator" / "gui").rglob("*.py")
    pages = (ROOT / "simulator" / "cities").glob("*/pages/*.py")
    sources = sorted(str(p) for p in (*gui, *pages))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True, cwd=ROOT)
    in_sources = set(messages(fresh))
    for locale, path in CATALOGUES.items():
        committed = set(messages(path))
        assert sorted(in_sources - committed) == [], f"{locale}: strings missing from the catalogue"
        assert sorted(committed - in_sources) == [], f"{locale}: strings no longer in the sources"

"""Which rules can be chosen: the cities and editions of the rule packs, and the coming round.

The start page is drawn before the rule packs are loaded (loading them imports the validation models, the
slowest part of starting). It shows the editions the program found the last time it ran (remembered in the
settings), or on a first run the bundled packs' [pack] headers; once the packs are loaded the catalogue is
rebuilt from the installed packs, those the user imported included.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from simulator import cities

if TYPE_CHECKING:  # datetime itself is not needed to draw the first page
    from datetime import date

# The furthest round one can look ahead to (e.g. to see how the age points change).
YEARS_AHEAD = 10


class Edition:
    """What the start page shows of a rule pack: its header, and its city's name (remembered with it, so that the
    start page is drawn without importing the other cities). (A plain class: a dataclass would cost the start-up
    the import of dataclasses.)"""

    FIELDS = (
        "id",
        "city",
        "formula",
        "name_zh",
        "name_en",
        "first_year",
        "last_year",
        "data_version",
        "first_round",
        "last_round",
        "parts",
        "city_zh",
        "city_en",
    )
    __slots__ = FIELDS

    def __init__(
        self,
        id,  # noqa: A002
        city,
        formula,
        name_zh,
        name_en,
        first_year,
        last_year,
        data_version,
        first_round=None,
        last_round=None,
        parts=(),
        city_zh="",
        city_en="",
    ) -> None:
        self.id, self.city, self.formula = str(id), str(city), str(formula)
        self.name_zh, self.name_en = str(name_zh), str(name_en)
        self.first_year = int(first_year)
        self.last_year = int(last_year) if last_year is not None else None
        self.data_version = str(data_version)
        # where the edition begins or ends within a year ("2024-Q3"), and the parts of a year its rounds fall in
        self.first_round = str(first_round) if first_round else None
        self.last_round = str(last_round) if last_round else None
        self.parts = tuple(str(p) for p in parts)
        self.city_zh, self.city_en = str(city_zh), str(city_en)  # "" where an earlier version remembered none

    def as_tuple(self) -> tuple:
        return tuple(getattr(self, f) for f in self.FIELDS)

    def __eq__(self, other) -> bool:
        return isinstance(other, Edition) and self.as_tuple() == other.as_tuple()

    def __hash__(self) -> int:
        return hash(self.as_tuple())

    def __repr__(self) -> str:
        return f"Edition({self.id!r})"

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en

    @property
    def span(self) -> str:
        return f"{self.first_round or self.first_year}–{self.last_round or self.last_year or ''}"

    def applies_to(self, year: int) -> bool:
        from simulator.core.rounds import covers

        return covers(self.first_year, self.last_year, self.first_round, self.last_round, year)

    @property
    def first_key(self) -> tuple[int, str]:
        """Where the edition begins, for ordering editions (as PackInfo.first_round_key)."""
        from simulator.core.rounds import parse_round

        return parse_round(self.first_round).sort_key() if self.first_round else (self.first_year, "")

    @classmethod
    def of_pack(cls, pack) -> Edition:
        from simulator.core.rounds import parts_of

        info = pack.pack
        city = cities.name_of(info.city)
        return cls(
            info.id,
            info.city,
            info.formula,
            info.name.zh,
            info.name.en,
            info.first_declaration_year,
            info.last_declaration_year,
            info.data_version,
            info.first_round,
            info.last_round,
            parts_of(pack),
            city.zh,
            city.en,
        )


def _header(text: str) -> dict:
    import tomllib

    """The [pack] table of a pack file. Only its lines are parsed (the rest of a pack is many times longer); a
    file laid out otherwise is parsed whole."""
    lines = text.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == "[pack]")
    except StopIteration:
        return tomllib.loads(text)["pack"]
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("[")), len(lines))
    try:
        return tomllib.loads("\n".join(lines[start:end]))["pack"]
    except tomllib.TOMLDecodeError:
        return tomllib.loads(text)["pack"]


def _parts_in(text: str) -> tuple[str, ...]:
    """The parts of a year a pack file's own `round_cutoffs` name ("Q1".."Q4"), read without parsing the file."""
    import re

    found = re.search(r"^round_cutoffs\s*=\s*\{\s*value\s*=\s*\{([^}]*)\}", text, re.M)
    return tuple(re.findall(r"\b([QH][1-4])\s*=", found.group(1))) if found else ()


def bundled_editions() -> list[Edition]:
    """The bundled packs' headers, without validating the packs."""

    found = []
    for path in (p for city in cities.cities() for p in sorted(city.packs_dir.glob("*.toml"))):
        try:
            text = path.read_text(encoding="utf-8")
            info = _header(text)
            city = cities.name_of(info["city"])
            found.append(
                Edition(
                    info["id"],
                    info["city"],
                    info["formula"],
                    info["name"]["zh"],
                    info["name"]["en"],
                    int(info["first_declaration_year"]),
                    info.get("last_declaration_year"),
                    str(info["data_version"]),
                    info.get("first_round"),
                    info.get("last_round"),
                    # the parts a preview can see; an edition inheriting them shows them once the packs load
                    _parts_in(text),
                    city.zh,
                    city.en,
                )
            )
        except (OSError, KeyError, TypeError, ValueError, UnicodeDecodeError):  # TOMLDecodeError is a ValueError
            continue  # the full load reports a broken pack properly; a preview only leaves it out
    return found


def installed_editions() -> list[Edition]:
    from simulator.rules import installed_packs

    return [Edition.of_pack(p) for p in installed_packs()]


def remembered_editions(remembered: str | None) -> list[Edition]:
    """The editions as remembered from the last run (`editions_to_remember`), else the bundled headers."""
    if remembered:
        # read by Qt's JSON reader: Python's json module (a few ms to import) is not needed to draw the first page
        from PySide6.QtCore import QJsonDocument

        try:
            return [Edition(*fields) for fields in QJsonDocument.fromJson(remembered.encode()).toVariant()]
        except (ValueError, TypeError):  # not JSON (None), or not a list of editions
            pass  # an unreadable memory is forgotten
    return bundled_editions()


def editions_to_remember(editions: list[Edition]) -> str:
    import json

    return json.dumps([e.as_tuple() for e in editions], ensure_ascii=False)


class Catalogue:
    """The editions the wizard offers, by city."""

    def __init__(self, editions: list[Edition]) -> None:
        known = set(cities.ids())  # a pack of a city not registered here cannot be scored
        self.all = [e for e in editions if e.formula in known]

    def cities(self) -> list[str]:
        """The cities with editions, in the registry's order."""
        have = {e.city for e in self.all}
        return [c for c in cities.ids() if c in have]

    def editions(self, city: str) -> list[Edition]:
        """The city's editions, newest first."""
        return sorted((e for e in self.all if e.city == city), key=lambda e: e.first_key, reverse=True)

    def edition(self, edition_id: str) -> Edition | None:
        return next((e for e in self.all if e.id == edition_id), None)

    def city_name(self, city: str, lang: str) -> str:
        """A city's name as its editions give it, else as the registry does (which imports the city)."""
        edition = next((e for e in self.all if e.city == city and e.city_zh), None)
        if edition is None:
            return city_name(city, lang)
        return edition.city_zh if lang == "zh" else edition.city_en

    def edition_for(self, city: str, year: int) -> Edition | None:
        """The edition in force for a round (the rule of simulator.core.rounds.in_force, as for packs)."""
        from simulator.core.rounds import in_force

        return in_force(self.editions(city), year, first=lambda e: e.first_key)

    def rounds(self, city: str, year: int) -> list:
        """The rounds of a calendar year as the city's editions hold them (simulator.core.rounds.held_rounds)."""
        from simulator.core.rounds import held_rounds

        return held_rounds(self.editions(city), year)

    def round_for(self, city: str, year: int, part: str = ""):
        """The round of `year` in `part` where the city's rules that year hold parts (else the first of them);
        the year itself where they hold one round a year."""
        from simulator.core.rounds import Round

        held = self.rounds(city, year)
        return next((r for r in held if r.part == part), held[0] if held else Round(year))

    def default(self, city: str, today: date | None = None) -> tuple[Edition, int]:
        """The edition in force for the coming round (or the newest edition and its last year)."""
        year = self.round_for(city, coming_round(today))
        found = self.edition_for(city, year)
        if found is not None:
            return found, year
        newest = self.editions(city)[0]
        return newest, self.round_for(city, newest.last_year or newest.first_year)

    def year_range(self, city: str, today: date | None = None) -> tuple[int, int]:
        first = min(e.first_year for e in self.editions(city))
        return first, coming_round(today) + YEARS_AHEAD


def coming_round(today: date | None = None) -> int:
    """Rounds are declared once a year; the one to prepare for is next year's."""
    year = today.year if today is not None else time.localtime().tm_year
    return year + 1


def city_name(city: str, lang: str) -> str:
    return cities.name_of(city)(lang)

"""Plain-language help per indicator (what counts, how it is computed, which document proves it, who verifies it,
where to look it up), read from each city's `help.toml`.

A help text never restates a rule value: it names it, `{basic.social_insurance.points_per_month}`, and is rendered
from the rule pack of the edition chosen, so that the help, the worksheet and the score always say the same.
`{cutoff}` and `{age_reference}` name the pack's counting dates. A value the sources do not give reads "official
value not available"; a value the edition does not have reads "—".
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache

from pydantic import BaseModel, ConfigDict

from simulator.core.result import NOT_AVAILABLE
from simulator.core.text import Text
from simulator.rules.common import Cited

PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_.]*)\}")
ABSENT = Text("—", "—")


class _Bilingual(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    zh: str
    en: str
    confidence: str = ""

    def text(self) -> Text:
        return Text(self.zh, self.en)


class IndicatorHelp(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    what_counts: _Bilingual
    how_computed: _Bilingual
    documents: _Bilingual
    verified_by: _Bilingual
    where_to_look: _Bilingual

    def placeholders(self) -> set[str]:
        found: set[str] = set()
        for name in type(self).model_fields:
            entry = getattr(self, name)
            found |= set(PLACEHOLDER.findall(entry.zh)) | set(PLACEHOLDER.findall(entry.en))
        return found


class EditionHelp(BaseModel):
    """What one edition says in other words than the city's texts (its items differ, not only its values)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    indicators: dict[str, dict[str, _Bilingual]] = {}
    qualification: dict[str, _Bilingual] = {}


class CityHelp(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: str
    format_version: int
    city: str
    indicators: dict[str, IndicatorHelp]
    qualification: IndicatorHelp
    editions: dict[str, EditionHelp] = {}  # by pack id

    def topics(self) -> dict[str, IndicatorHelp]:
        return {"qualification": self.qualification, **self.indicators}

    def placeholders(self) -> set[str]:
        """Every value any of its texts names, the editions' own words included."""
        found = set().union(*(topic.placeholders() for topic in self.topics().values()))
        for edition in self.editions.values():
            entries = [*edition.qualification.values(), *(e for t in edition.indicators.values() for e in t.values())]
            for entry in entries:
                found |= set(PLACEHOLDER.findall(entry.zh)) | set(PLACEHOLDER.findall(entry.en))
        return found


@dataclass(frozen=True, slots=True)
class HelpEntry:
    """One help text rendered for an edition, with the confidence its source has."""

    text: Text
    confidence: str = ""

    def __call__(self, lang: str) -> str:
        return self.text(lang)

    @property
    def zh(self) -> str:
        return self.text.zh

    @property
    def en(self) -> str:
        return self.text.en


@dataclass(frozen=True, slots=True)
class RenderedHelp:
    what_counts: HelpEntry
    how_computed: HelpEntry
    documents: HelpEntry
    verified_by: HelpEntry
    where_to_look: HelpEntry


@cache
def city_help(city: str) -> CityHelp | None:
    from simulator import cities

    try:
        path = cities.get(city).help_path
    except LookupError:
        return None
    if not path.exists():
        return None
    with open(path, "rb") as handle:
        return CityHelp.model_validate(tomllib.load(handle))


def _counting_date(cited, lang: str) -> str:
    month, _, day = cited.value.partition("-")
    before = cited.years_before or 0
    if lang == "zh":
        which = {0: "申报当年", 1: "申报前一年"}.get(before, f"申报前{before}年")
        return f"{which}{int(month)}月{int(day)}日"
    name = date(2001, int(month), int(day)).strftime("%b %-d")
    which = {0: "of the declaration year", 1: "of the year before the declaration"}.get(
        before, f"{before} years before the declaration"
    )
    return f"{name} {which}"


def _counting_dates(pack, which: str, lang: str) -> str:
    """The pack's counting date or age-reference date in words; per round where the rules hold several a year."""
    cited = getattr(pack.time, which)
    if which == "age_reference" and cited.value == "cutoff":
        return "各轮次的计算截止日" if lang == "zh" else "each round's counting date"
    if cited is not None:
        return _counting_date(cited, lang)
    rounds = pack.time.round_cutoffs.value
    parts = [
        f"{part}：{_counting_date(Cited[str](value=day, years_before=before, source='-', confidence='1'), lang)}"
        if lang == "zh"
        else f"{part}: {_counting_date(Cited[str](value=day, years_before=before, source='-', confidence='1'), lang)}"
        for part, (day, before) in rounds.items()
    ]
    return ("、" if lang == "zh" else "; ").join(parts)


def value_text(pack, path: str, lang: str) -> str:
    """A pack value as a help text says it, in one language."""
    from simulator.engine.citations import show_value

    if path in ("cutoff", "age_reference"):
        return _counting_dates(pack, path, lang)
    cited = pack.value_at(path)
    if cited is None:
        return ABSENT(lang)
    if cited.value is None:
        return NOT_AVAILABLE(lang)
    if cited.years_before is not None and isinstance(cited.value, str):  # a day relative to the declaration year
        return _counting_date(cited, lang)
    if isinstance(cited.value, bool):
        return ("是" if cited.value else "否") if lang == "zh" else ("yes" if cited.value else "no")
    if isinstance(cited.value, str):  # a reading the pack chose ("cumulative"): in words, never the pack's word
        from simulator.core.phrases import reading_words

        words = reading_words(cited.value)
        if words is not None:
            return words(lang)
    return show_value(cited.value)


def render(text: str, pack, lang: str) -> str:
    if pack is None:
        return text
    return PLACEHOLDER.sub(lambda m: value_text(pack, m.group(1), lang), text)


def indicator_help(city: str, indicator_id: str, pack=None) -> RenderedHelp | None:
    """Help for one indicator id, or for "qualification", with the values of `pack` (the edition chosen) in place;
    None where the city has none."""
    found = city_help(city)
    if found is None:
        return None
    topic = found.qualification if indicator_id == "qualification" else found.indicators.get(indicator_id)
    if topic is None:
        return None
    own: dict = {}
    if pack is not None:
        for pack_id in _edition_chain(pack):
            edition = found.editions.get(pack_id)
            if edition is not None:
                own = edition.qualification if indicator_id == "qualification" else edition.indicators.get(indicator_id, {})
            if own:
                break
    entries = {}
    for name in type(topic).model_fields:
        entry = own.get(name) or getattr(topic, name)
        entries[name] = HelpEntry(Text(render(entry.zh, pack, "zh"), render(entry.en, pack, "en")), entry.confidence)
    return RenderedHelp(**entries)


def _edition_chain(pack) -> list[str]:
    """The pack's id, then the ids of the editions it extends."""
    chain = [pack.pack.id]
    base = pack.pack.extends
    while base and base not in chain:
        chain.append(base)
        from simulator.rules.store import PackError, load_pack

        try:
            base = load_pack(base).pack.extends
        except PackError:
            break
    return chain

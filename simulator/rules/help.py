"""Plain-language help per indicator (what counts, how it is computed, which document proves it, who verifies
it, where to look it up), read from each city's `help.toml`."""

from __future__ import annotations

import tomllib
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from simulator.core.text import Text


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


class CityHelp(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: str
    format_version: int
    city: str
    indicators: dict[str, IndicatorHelp]
    qualification: IndicatorHelp


@lru_cache(maxsize=None)
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


def indicator_help(city: str, indicator_id: str) -> IndicatorHelp | None:
    """Help for one indicator id, or for "qualification"; None where the city has none."""
    found = city_help(city)
    if found is None:
        return None
    if indicator_id == "qualification":
        return found.qualification
    return found.indicators.get(indicator_id)

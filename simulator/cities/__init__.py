"""The registry of cities: every face asks it which cities there are and what each knows.

The program ships the cities listed in BUILT_IN (each a folder beside this file that builds a `City` in its
`__init__.py`, its id the folder's name); `register` adds one more (a test city, a city installed as a plug-in).
A built-in city is imported when it is first asked for: the wizard's first page needs the city it shows only.
"""

from __future__ import annotations

from importlib import import_module

from simulator.cities.base import City, Fact, Form, Indicator, Page, WorksheetFacts
from simulator.core.errors import UnknownCity
from simulator.core.text import Text

# The cities this program ships, in the order they are offered.
BUILT_IN = ("beijing", "xiongan", "hangzhou", "shanghai", "tianjin")

# The cities registered, in the order they are offered; None for a built-in city not imported yet.
_cities: dict[str, City | None] = dict.fromkeys(BUILT_IN)


def _city(city_id: str) -> City | None:
    city = _cities.get(city_id)
    if city is None and city_id in _cities:
        city = import_module(f"{__name__}.{city_id}").CITY
        if city.id != city_id:
            raise ValueError(f"the city in simulator/cities/{city_id}/ has the id {city.id!r}")
        _cities[city_id] = city
    return city


def register(city: City) -> City:
    """Add a city (or replace one of the same id, in its place); the faces list it from then on."""
    _cities[city.id] = city
    _changed()
    return city


def unregister(city_id: str) -> None:
    _cities.pop(city_id, None)
    _changed()


def _changed() -> None:
    # The rule packs installed depend on the cities registered (the store is not loaded to learn nothing).
    import sys

    store = sys.modules.get("simulator.rules.store")
    if store is not None:
        store.forget_installed()


def cities() -> tuple[City, ...]:
    return tuple(city for city in map(_city, list(_cities)) if city is not None)


def ids() -> tuple[str, ...]:
    """The ids of the cities registered (no city is imported to list them)."""
    return tuple(_cities)


def get(city_id: str) -> City:
    city = _city(city_id)
    if city is None:
        raise UnknownCity(f"no city {city_id!r} (known: {', '.join(_cities)})")
    return city


def find(name: str) -> City:
    """The city called `name` in either language, in any case ("Beijing", "北京", "北京市", "beijing")."""
    wanted = name.strip().lower()
    for city in cities():
        if wanted in city.names():
            return city
    known = ", ".join(f"{c.id} ({c.name.zh})" for c in cities())
    raise UnknownCity(f"no city called {name!r} (known: {known})")


def of_pack(pack) -> City:
    """The city whose formulas read this pack (`[pack].formula`)."""
    return get(pack.pack.formula)


def name_of(city_id: str) -> Text:
    """A city's name; a city no longer installed keeps its id as its name (facts in an old file)."""
    city = _city(city_id)
    return city.name if city is not None else Text(city_id, city_id)


__all__ = [
    "BUILT_IN",
    "City",
    "Fact",
    "Form",
    "Indicator",
    "Page",
    "WorksheetFacts",
    "cities",
    "find",
    "get",
    "ids",
    "name_of",
    "of_pack",
    "register",
    "unregister",
]

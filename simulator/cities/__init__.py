"""The registry of cities: every face asks it which cities there are and what each knows.

The program ships the cities listed in BUILT_IN (each a folder beside this file that builds a `City` in its
`__init__.py`); `register` adds one more (a test city, a city installed as a plug-in).
"""

from __future__ import annotations

from importlib import import_module

from simulator.cities.base import City, Fact, Form, Indicator, Page, WorksheetFacts
from simulator.core.errors import UnknownCity
from simulator.core.text import Text

# The cities this program ships, in the order they are offered.
BUILT_IN = ("beijing", "xiongan", "hangzhou", "shanghai", "tianjin")

_cities: dict[str, City] = {}
_loaded = False


def _load_built_in() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for name in BUILT_IN:
            register(import_module(f"simulator.cities.{name}").CITY)


def register(city: City) -> City:
    """Add a city (or replace one of the same id); the faces list it from then on."""
    _load_built_in()
    _cities[city.id] = city
    _changed()
    return city


def unregister(city_id: str) -> None:
    _load_built_in()
    _cities.pop(city_id, None)
    _changed()


def _changed() -> None:
    # The rule packs installed depend on the cities registered (the store is not loaded to learn nothing).
    import sys

    store = sys.modules.get("simulator.rules.store")
    if store is not None:
        store.forget_installed()


def cities() -> tuple[City, ...]:
    _load_built_in()
    return tuple(_cities.values())


def ids() -> tuple[str, ...]:
    return tuple(c.id for c in cities())


def get(city_id: str) -> City:
    _load_built_in()
    try:
        return _cities[city_id]
    except KeyError:
        raise UnknownCity(f"no city {city_id!r} (known: {', '.join(_cities)})") from None


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
    _load_built_in()
    city = _cities.get(city_id)
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

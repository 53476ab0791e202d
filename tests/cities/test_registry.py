"""The registry imports a built-in city when it is first asked for (the wizard's first page needs one city only),
and the cities' descriptions are frozen records that behave as frozen dataclasses do."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from simulator import cities
from simulator.cities.base import Indicator, Page
from simulator.core.errors import UnknownCity
from simulator.core.frozen import FrozenError
from simulator.core.text import Text
from tests.cities.testville import CITY


def _imported_after(code: str) -> list[str]:
    """The city modules a fresh interpreter has imported after running `code`."""
    run = f"import sys\nfrom simulator import cities\n{code}\nprint(sorted(m for m in sys.modules if m.startswith('simulator.cities.')))"
    out = subprocess.run([sys.executable, "-c", run], capture_output=True, text=True, check=True).stdout
    return eval(out)  # noqa: S307 - our own child's list of names


def test_listing_the_cities_imports_none():
    assert _imported_after("assert cities.ids() == cities.BUILT_IN") == ["simulator.cities.base"]


def test_a_city_asked_for_is_the_one_imported():
    found = _imported_after("cities.get('beijing')")
    assert "simulator.cities.beijing" in found
    assert not [m for m in found if m.startswith(("simulator.cities.hangzhou", "simulator.cities.shanghai"))]


def test_every_city_in_the_registrys_order_and_a_registered_one_last():
    assert [c.id for c in cities.cities()] == list(cities.BUILT_IN)
    cities.register(CITY)
    try:
        assert cities.ids() == (*cities.BUILT_IN, CITY.id)
        assert cities.get(CITY.id) is CITY
    finally:
        cities.unregister(CITY.id)
    assert CITY.id not in cities.ids()
    with pytest.raises(UnknownCity):
        cities.get(CITY.id)


def test_records_have_defaults_equality_and_no_assignment():
    page = Page("start")
    assert page.columns == {} and page.columns is not Page("start").columns  # a default made for each record
    assert page == Page("start") and page != Page("summary")
    assert repr(Indicator("age", Text("年龄", "Age"))) == "Indicator(id='age', name=Text('年龄', 'Age'), group='')"
    with pytest.raises(FrozenError):
        page.id = "summary"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Page()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Page("start", id="summary")  # type: ignore[misc]
    fact = cities.get("hangzhou").facts[0]
    assert pickle.loads(pickle.dumps(fact)) == fact

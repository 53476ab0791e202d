"""The rule cases: tests/cases/<city>/<edition>.toml, each a list of cases read like cases of the law, hand-computed
from the fact sheets (../shared/rules): a name, the declaration year (or round), the applicant's facts, and what the
rules give them — the points per indicator, the total, the qualification.

A file names its rule pack (`pack = "beijing-2020"`) and may give `[defaults]`: the facts every case starts from
(a case's facts replace them key by key). Expected points are written as strings ("40.75"), compared exactly; where
the rules leave a value unknown, as a range: "0..30" (between 0 and 30), "30.." (at least 30, no upper bound known),
"..0" (at most 0, no lower bound known). `pass` is the wording against a pass mark: "reached", "not_reached" or
"depends"; `cutoff` the round's counting date; `assumes` words the result says it assumed; `supplied` the official values a user supplies; `unset` the default facts a
case does not have.
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from simulator.engine import evaluate
from simulator.profile.model import ApplicantProfile
from simulator.rules import load_pack

CASES = Path(__file__).parent / "cases"


def _plain(value):
    """TOML values as the applicant file writes them (dates as ISO text)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _cases():
    for path in sorted(CASES.rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        defaults = _plain(data.get("defaults", {}))
        for case in data.get("case", []):
            label = f"{path.parent.name}/{path.stem}: {case['name']}"
            yield pytest.param(data["pack"], defaults, case, id=label)


def test_there_are_cases_for_every_city():
    from simulator import cities

    assert {p.parent.name for p in CASES.rglob("*.toml")} >= set(cities.BUILT_IN)


def _bounds(expected: str) -> tuple[Decimal | None, Decimal | None]:
    """ "40.75" -> (40.75, 40.75); "0..30" -> (0, 30); "30.." -> (30, None); "..0" -> (None, 0)."""
    if ".." not in expected:
        return Decimal(expected), Decimal(expected)
    low, high = expected.split("..")
    return (Decimal(low) if low else None), (Decimal(high) if high else None)


@pytest.mark.parametrize("pack_id, defaults, case", list(_cases()))
def test_rule_case(pack_id, defaults, case):
    facts = {**defaults, **_plain(case.get("facts", {}))}
    for key in case.get("unset", ()):  # a default fact this case does not have
        facts.pop(key)
    profile = ApplicantProfile.model_validate(facts)
    result = evaluate(profile, load_pack(case.get("pack", pack_id)), case["year"], overrides=case.get("supplied"))
    expect = case["expect"]
    for indicator, points in expect.get("points", {}).items():
        item = result.indicator(indicator)
        assert item is not None, f"{indicator}: not an indicator of this edition"
        assert (item.low, item.high) == _bounds(points), f"{indicator}: {[s.en for s in item.steps]}"
    if "total" in expect:
        assert (result.total_low, result.total_high) == _bounds(expect["total"])
    if "pass" in expect:
        assert result.pass_mark is not None and result.pass_state(result.pass_mark) == expect["pass"]
    if "cutoff" in expect:
        assert result.cutoff == date.fromisoformat(expect["cutoff"])
    if "qualified" in expect:
        assert result.qualified is expect["qualified"], [c.reason.en for c in result.failed_conditions]
    for condition, met in expect.get("qualification", {}).items():
        check = next(c for c in result.qualification if c.id == condition)
        assert check.met is met, check.reason.en
    if "provisional" in expect:
        assert result.provisional is expect["provisional"]
    if "missing" in expect:
        assert sorted(m.path for m in result.missing) == sorted(expect["missing"])
    if "channel" in expect:
        assert (result.channel.id if result.channel else "") == expect["channel"]
    if "assumes" in expect:  # words the result must say it assumed (which qualification it scored, ...)
        assert any(expect["assumes"] in a.en for a in result.assumptions), [a.en for a in result.assumptions]
    if "veto" in expect:
        assert (result.veto is not None) is expect["veto"]

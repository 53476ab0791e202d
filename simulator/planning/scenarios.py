"""User-defined scenarios (saved in the applicant file) applied to the facts and scored side by side.

How a scenario's changes apply:
- `replace`: the field takes the scenario's value (a whole list, or `education`, `innovation`, a yes/no).
- `add` to `social_insurance`, `housing` or `workplaces`: a period of the same city that started earlier and is
  still running at the added period's start is ended the month before (moving house, changing jobs). A period
  that starts at or after it still overlaps and is reported.
- `add` to `income_tax`: an entry replaces the one of the same year and city, if any.
- `add` to other lists (detentions, tax violations, honours): appended.
The changed facts are checked like a file being read; a problem names the scenario and the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from pydantic import ValidationError

from simulator.core.errors import describe
from simulator.core.months import parse_month
from simulator.core.result import Evaluation
from simulator.defaults import DEFAULT_CITY
from simulator.engine import evaluate
from simulator.planning.diff import IndicatorChange, QualificationChange, indicator_changes, qualification_changes
from simulator.profile.model import ApplicantProfile, Scenario
from simulator.rules.common import PackBase

PERIOD_LISTS = ("social_insurance", "housing", "workplaces")


class ScenarioError(ValueError):
    def __init__(self, name: str, problems: list[str]):
        self.name = name
        self.problems = problems
        super().__init__(f"scenario {name!r}: " + "; ".join(problems))


def _month(value) -> int:
    return value if isinstance(value, int) else parse_month(value)


def apply_scenario(profile: ApplicantProfile, scenario: Scenario) -> ApplicantProfile:
    data = profile.model_dump(exclude={"scenarios"})
    for name, value in scenario.replace.items():
        data[name] = value
    for name, entries in scenario.add.items():
        current = list(data.get(name) or [])
        for entry in entries:
            city = entry.get("city", DEFAULT_CITY)
            if name in PERIOD_LISTS:
                start = _month(entry["start"])
                added_end = entry.get("end")
                for i, period in enumerate(current):
                    end = period.get("end")
                    # an added period ends the one it follows; one that lies inside a longer period does not cut
                    # it short (months would be lost silently): the overlap is refused, naming both
                    if (
                        period.get("city", DEFAULT_CITY) == city
                        and _month(period["start"]) < start
                        and (end is None or _month(end) >= start)
                        and (added_end is None or (end is not None and _month(end) <= _month(added_end)))
                    ):
                        current[i] = {**period, "end": start - 1}
            elif name == "income_tax":
                current = [e for e in current if not (e.get("year") == entry["year"] and e.get("city", DEFAULT_CITY) == city)]
            current.append(entry)
        data[name] = current
    try:
        return ApplicantProfile.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(scenario.name, describe(exc)) from None


@dataclass(slots=True)
class ScenarioResult:
    name: str
    scenario: Scenario | None  # None: the facts as filed
    evaluation: Evaluation | None  # None when the scenario's changes are not valid
    problems: list[str] = field(default_factory=list)
    changes: list[IndicatorChange] = field(default_factory=list)  # against the facts as filed
    qualification_changes: list[QualificationChange] = field(default_factory=list)

    @property
    def total(self) -> Decimal | None:
        return self.evaluation.total if self.evaluation is not None else None


AS_FILED = "as filed"


def score_scenarios(
    profile: ApplicantProfile, pack: PackBase, year: int, scenarios: list[Scenario] | None = None
) -> list[ScenarioResult]:
    """The facts as filed first, then each scenario, all under the same rules for the same declaration year."""
    base = evaluate(profile, pack, year)
    results = [ScenarioResult(AS_FILED, None, base)]
    for scenario in profile.scenarios if scenarios is None else scenarios:
        try:
            changed = apply_scenario(profile, scenario)
        except ScenarioError as exc:
            results.append(ScenarioResult(scenario.name, scenario, None, exc.problems))
            continue
        result = evaluate(changed, pack, year)
        results.append(
            ScenarioResult(
                scenario.name,
                scenario,
                result,
                changes=indicator_changes(base, result),
                qualification_changes=qualification_changes(base, result),
            )
        )
    return results

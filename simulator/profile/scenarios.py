"""What-if scenarios kept in the applicant file: a name and the changes to try, scored beside the real facts.

A scenario never edits the facts themselves. `replace` gives top-level fields a new value (`education`, a whole
`housing` list, ...); `add` appends entries to list fields (a new home, a new job, tax years). How the changes
are applied (an added period ends the ongoing one it follows) is `simulator.planning.scenarios.apply_scenario`.

Values are stored as they are written in the file (months "YYYY-MM", amounts as strings), after checking each
against the field it changes, so a scenario with a typo is refused when the file is read, naming the field.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator

from simulator.core.errors import field_path

# Facts a scenario may change. Identity (name, ID number, birth date, retirement category) stays the person's.
REPLACEABLE = (
    "has_residence_permit",
    "has_criminal_record",
    "social_insurance",
    "housing",
    "workplaces",
    "education",
    "innovation",
    "income_tax",
    "tax_violations",
    "detentions",
    "honours",
    "meets_trial_tax_condition",
)
ADDABLE = ("social_insurance", "housing", "workplaces", "income_tax", "tax_violations", "detentions", "honours")


@lru_cache(maxsize=None)
def _adapter(field: str) -> TypeAdapter:
    # Imported here: model.py imports this module to hold scenarios, so the parts are read when first needed.
    from simulator.profile.model import ApplicantProfile

    return TypeAdapter(ApplicantProfile.model_fields[field].annotation)


def _checked(field: str, value: Any, where: str) -> Any:
    adapter = _adapter(field)
    try:
        return adapter.dump_python(adapter.validate_python(value), mode="json")
    except ValidationError as exc:
        problems = []
        for item in exc.errors(include_url=False):
            path = field_path(tuple(p for p in item["loc"] if not (isinstance(p, str) and "[" in p)))
            path = where if path == "(file)" else where + path if path.startswith("[") else f"{where}.{path}"
            problems.append(f"{path}: {item['msg'].removeprefix('Value error, ')}")
        raise ValueError("; ".join(problems)) from None


class Scenario(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=80)
    note: str = ""
    replace: dict[str, Any] = {}
    add: dict[str, list[Any]] = {}

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("a scenario needs a name")
        return v.strip()

    @field_validator("replace")
    @classmethod
    def _known_replacements(cls, v: dict[str, Any]) -> dict[str, Any]:
        checked = {}
        for field, value in v.items():
            if field not in REPLACEABLE:
                raise ValueError(f"{field!r} cannot be changed by a scenario (can: {', '.join(REPLACEABLE)})")
            checked[field] = _checked(field, value, field)
        return checked

    @field_validator("add")
    @classmethod
    def _known_additions(cls, v: dict[str, list[Any]]) -> dict[str, list[Any]]:
        checked = {}
        for field, entries in v.items():
            if field not in ADDABLE:
                raise ValueError(f"{field!r}: entries can be added only to {', '.join(ADDABLE)}")
            checked[field] = _checked(field, entries, field)
        return checked

    @property
    def changed_fields(self) -> list[str]:
        return list(dict.fromkeys([*self.replace, *self.add]))

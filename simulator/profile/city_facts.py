"""Facts only one city's rules read (its `City.facts`), kept in the applicant file under `city_facts.<city>`:
checked against the city's declarations when the file is read, each refusal naming `city_facts.<city>.<key>`.
A city no longer installed keeps its facts in the file untouched."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from pydantic import ConfigDict, Field, TypeAdapter, ValidationError, create_model

from simulator.core.errors import message_of
from simulator.core.limits import MAX_COUNT, MAX_NUMBER
from simulator.core.months import format_month, parse_month

_TYPES: dict[str, Any] = {"bool": bool, "whole": int, "amount": Decimal, "choice": str, "date": date, "month": str, "year": int}


@cache
def _model(city_id: str):
    from simulator import cities

    city = cities.get(city_id)
    fields: dict[str, Any] = {}
    for fact in city.facts:
        kind = _TYPES[fact.kind]
        extra: dict[str, Any] = {}
        if fact.minimum is not None:
            extra["ge"] = fact.minimum
        if fact.kind == "year":
            extra.update(ge=1949, le=2200)
        elif fact.kind == "whole":
            extra["le"] = MAX_COUNT if fact.maximum is None else min(MAX_COUNT, fact.maximum)
        elif fact.kind == "amount":
            extra["le"] = MAX_NUMBER
        fields[fact.key] = (kind | None, Field(default=fact.default, **extra))
    return create_model(f"{city_id.title()}Facts", __config__=ConfigDict(extra="forbid"), **fields)


def check(city_facts: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The facts of each registered city checked (and filled with its defaults); others kept as they are."""
    from simulator import cities

    known = set(cities.ids())
    checked: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    for city_id, facts in city_facts.items():
        if city_id not in known:
            checked[city_id] = facts
            continue
        city = cities.get(city_id)
        if not isinstance(facts, dict):
            problems.append(f"city_facts.{city_id}: expected a table of facts")
            continue
        try:
            model = _model(city_id).model_validate(facts)
        except ValidationError as exc:
            for item in exc.errors(include_url=False):
                where = ".".join(str(p) for p in item["loc"])
                problems.append(f"city_facts.{city_id}.{where}: {message_of(item)}")
            continue
        values = model.model_dump()
        for fact in city.facts:
            value = values.get(fact.key)
            if value is None:
                continue
            if fact.kind == "choice" and value not in {c for c, _ in fact.choices}:
                known_choices = ", ".join(c for c, _ in fact.choices)
                problems.append(f"city_facts.{city_id}.{fact.key}: {value!r} is not one of {known_choices}")
            if fact.kind == "month":
                try:
                    values[fact.key] = format_month(parse_month(value))
                except ValueError as exc:
                    problems.append(f"city_facts.{city_id}.{fact.key}: {exc}")
        checked[city_id] = values
    if problems:
        raise ValueError("; ".join(problems))
    return checked


def defaults(city_id: str) -> dict[str, Any]:
    """A city's facts as a file without them holds them: every answer not given."""
    from simulator import cities

    return {fact.key: fact.default for fact in cities.get(city_id).facts}


def json_ready(value: Any) -> Any:
    return TypeAdapter(Any).dump_python(value, mode="json")

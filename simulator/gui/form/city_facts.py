"""The facts only one city's rules ask about (its `City.facts`) as the wizard holds them: one field per fact,
keyed "city_facts.<city>.<key>", kept as typed; read into the applicant file's `city_facts` and back.

A yes/no fact has three states: "yes", "no" and "" (not answered: the engine then gives both readings). Facts of a
city not installed here stay in the file untouched (see draft.OTHER_FACTS)."""

from __future__ import annotations

from typing import Any

PREFIX = "city_facts."
ELSEWHERE = "_city_facts_elsewhere"  # the facts of cities not installed here, kept as the file held them


def key_of(city_id: str, fact_key: str) -> str:
    return f"{PREFIX}{city_id}.{fact_key}"


def _reader_kind(kind: str) -> str:
    return {"amount": "money"}.get(kind, kind)


def text_of(fact, value: Any) -> str:
    """A fact's value as its field shows it."""
    if value is None:
        return ""
    if fact.kind == "bool":
        return "yes" if value else "no"
    if fact.kind == "date":
        return value.isoformat()
    return format(value, "f") if fact.kind == "amount" else str(value)


def read(fact, text: Any) -> Any:
    """A field's text as the fact's value (None: not answered). Raises Unreadable, worded for the user."""
    # the readers (their patterns, dates, decimals) only when something is read: not for a fresh form's defaults
    from simulator.gui.form.typed import READERS, Unreadable, is_blank

    if is_blank(text):
        return None
    if fact.kind == "bool":
        return text == "yes" if isinstance(text, str) else bool(text)
    if fact.kind == "choice":
        return str(text)
    reader = READERS.get(_reader_kind(fact.kind))
    if reader is None:
        return str(text)
    value = reader(str(text))
    if fact.minimum is not None and value < fact.minimum:
        from simulator.gui.form import messages

        raise Unreadable(messages.at_least(fact.minimum))
    if fact.maximum is not None and value > fact.maximum:
        from simulator.gui.form import messages

        raise Unreadable(messages.at_most(fact.maximum))
    return value


def defaults() -> dict[str, object]:
    """Every registered city's facts, as a fresh form shows them (each fact's default)."""
    from simulator import cities

    return {ELSEWHERE: {}, **{key_of(c.id, f.key): text_of(f, f.default) for c in cities.cities() for f in c.facts}}


def build(values: dict) -> tuple[dict[str, dict[str, Any]], list[tuple[str, str]]]:
    """(the registered cities' facts by city where any differs from its default, [(field key, problem)] for what
    cannot be read)."""
    from simulator import cities
    from simulator.gui.form.typed import Unreadable

    found: dict[str, dict[str, Any]] = {}
    problems: list[tuple[str, str]] = []
    for city in cities.cities():
        for fact in city.facts:
            key = key_of(city.id, fact.key)
            try:
                value = read(fact, values.get(key, ""))
            except Unreadable as exc:
                problems.append((key, str(exc)))
                continue
            if value != fact.default:  # a file holds a city's facts only where one is answered
                found.setdefault(city.id, {})[fact.key] = value
    return found, problems


def of_profile(profile) -> tuple[dict[str, object], dict[str, dict[str, Any]]]:
    """(the fields of the registered cities' facts, the facts of cities not installed here)."""
    from simulator import cities

    fields = defaults()
    known = set(cities.ids())
    for city_id, facts in profile.city_facts.items():
        if city_id not in known:
            continue
        city = cities.get(city_id)
        for fact in city.facts:
            if fact.key in facts:
                fields[key_of(city_id, fact.key)] = text_of(fact, facts[fact.key])
    others = {c: f for c, f in profile.city_facts.items() if c not in known}
    return fields, others

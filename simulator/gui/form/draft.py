"""The applicant as typed, and turning it into an ApplicantProfile (and back, for a saved one).

The draft keeps every entry exactly as typed, so nothing is lost while it is still wrong. `build` makes the
profile from whatever is valid and returns one problem per field that is not: an invalid row or section is
left out of the score (and named), everything else is scored. The profile model decides what is valid; this
module reads the typed text (typed.py) into the lists' tables (tables.py) and explains the model's verdicts in
the user's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ValidationError

from simulator.core.errors import message_of
from simulator.core.months import format_month
from simulator.core.problems import Problem as RulesProblem
from simulator.gui.form import city_facts, messages
from simulator.gui.form.fields import scalar_defaults
from simulator.gui.form.tables import LISTS, ColumnKind, ListSpec, is_blank
from simulator.gui.form.typed import READERS, Unreadable, read_date, read_money, read_month, read_whole
from simulator.profile.model import ApplicantProfile, Education, InnovationItem

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one field (or one whole row of a table), in the user's language."""

    field: str  # "birth_date", "education.study_end", or a list name such as "housing"
    message: str
    severity: Severity = "error"
    row: int | None = None  # row of the table, counted from 0
    column: str | None = None  # None: the whole row
    # Only that a blank field is required: shown once the user has left the field or tried to leave its page, and
    # never a reason the page cannot be looked at (a blank form can be browsed)
    missing: bool = False

    @property
    def key(self) -> str:
        if self.row is None:
            return self.field
        return f"{self.field}[{self.row}]" + (f".{self.column}" if self.column else "")


@dataclass(slots=True)
class Built:
    profile: ApplicantProfile | None
    problems: list[Problem] = field(default_factory=list)
    # For each list: the draft row behind each entry of the profile's list (rows left out are skipped).
    rows_used: dict[str, list[int]] = field(default_factory=dict)
    # The valid entries of each list, also when the profile as a whole cannot be made yet.
    lists: dict[str, list] = field(default_factory=dict)


# ---------------------------------------------------------------- explaining the model's verdicts


def _explain(error: dict, value_error: str) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "greater_than_equal":
        return messages.at_least(ctx.get("ge"))
    if kind == "less_than_equal":
        return messages.at_most(ctx.get("le"))
    if kind == "missing":
        return messages.required()
    if kind == "literal_error":
        return messages.choose_one()
    if kind == "value_error" and value_error:
        return value_error
    return messages.not_valid(message_of(error))


# ---------------------------------------------------------------- building


_PROBE = {"birth_date": date(2000, 1, 1), "retirement_category": "male"}


def _list_accepts(name: str, items: list[BaseModel]) -> bool:
    """Whether the profile accepts these entries together (overlaps, repeated years): the model's own rules,
    checked on a probe profile that carries only this list."""
    try:
        ApplicantProfile.model_validate({**_PROBE, name: items})
    except ValidationError:
        return False
    return True


def _build_row(
    spec: ListSpec, i: int, row: dict, problems: list[Problem], scored_city: str | None = None, asked: tuple[str, ...] = ()
) -> BaseModel | None:
    data: dict[str, object] = dict(row.get("_extra", {}))
    ok = True
    extra_city = data.get("city")
    for column in spec.columns:
        raw = row.get(column.key)
        if column.kind == "bool":
            data[column.key] = bool(raw)
            continue
        if column.kind == "city" and is_blank(raw) and extra_city:
            raw = extra_city  # a draft kept before the city was a column of its own
        # a column the scored city's rules need (its page shows it) is asked for on that city's rows
        required = column.required or (column.key in asked and row_city(spec, row) == scored_city)
        if is_blank(raw):
            if required:
                message = messages.choose_one() if column.kind in ("choice", "city") else messages.required()
                problems.append(Problem(spec.name, message, row=i, column=column.key, missing=True))
                ok = False
            else:
                known = spec.model.model_fields.get(column.key)
                if known is not None and not known.is_required():
                    data[column.key] = known.get_default(call_default_factory=True)
                else:
                    data[column.key] = "" if column.kind in ("text", "choice") else None
            continue
        reader = READERS.get(column.kind)
        if reader is None:
            data[column.key] = raw
            continue
        try:
            data[column.key] = reader(str(raw))
        except Unreadable as exc:
            problems.append(Problem(spec.name, str(exc), row=i, column=column.key))
            ok = False
    if not ok:
        return None
    try:
        return spec.model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = [p for p in error["loc"] if isinstance(p, str)]
            column = loc[0] if loc else None
            value_error = ""
            if not loc and "start" in data and data.get("end") is not None:
                # the only check of a period as a whole: its end before its start
                column = "end"
                if isinstance(data["start"], date):  # periods kept to the day (residence registrations)
                    value_error = messages.last_day_before_first(data["start"].isoformat(), data["end"].isoformat())
                else:
                    value_error = messages.end_before_start(format_month(data["start"]), format_month(data["end"]))
            missing = error["type"] == "missing"
            problems.append(Problem(spec.name, _explain(error, value_error), row=i, column=column, missing=missing))
        return None


def row_city(spec: ListSpec, row: dict) -> str | None:
    """The city a row belongs to (None for lists without one)."""
    if not any(c.kind == "city" for c in spec.columns):
        return None
    return row.get("city") or (row.get("_extra") or {}).get("city") or None


# Each list read as typed, by what the reading depends on: a keystroke changes one cell of one list, and the other
# lists (and the other rows' validation) are not done again. Entries are never changed once made, so the same ones
# serve every profile built from the same rows.
_LISTS_READ: dict[tuple, tuple[list[BaseModel], list[int], list[Problem]]] = {}
_LISTS_KEPT = 512  # a few states of every list typed back and forth; emptied when full


def _cell_key(value: object) -> object:
    return repr(value) if isinstance(value, (dict, list)) else value  # the fields a table does not show, as a key


def _build_list(
    spec: ListSpec, rows: list[dict], problems: list[Problem], scored_city: str | None = None, asked: tuple[str, ...] = ()
) -> tuple[list[BaseModel], list[int]]:
    """The valid entries of a list and the draft rows they come from; the problems of the others are added to
    `problems`. The problems are worded when found: the wording in force is part of the key (a language switch
    finds them again), as are the city scored and the columns its rules ask for."""
    content = tuple(tuple((key, _cell_key(value)) for key, value in row.items()) for row in rows)
    key = (spec.name, scored_city, asked, messages.required(), content)
    found = _LISTS_READ.get(key)
    if found is None:
        if len(_LISTS_READ) >= _LISTS_KEPT:
            _LISTS_READ.clear()
        read: list[Problem] = []
        found = _LISTS_READ[key] = (*_read_list(spec, rows, read, scored_city, asked), read)
    items, used, read = found
    problems.extend(read)
    return list(items), list(used)


def _read_list(
    spec: ListSpec, rows: list[dict], problems: list[Problem], scored_city: str | None, asked: tuple[str, ...]
) -> tuple[list[BaseModel], list[int]]:
    items: list[tuple[int, BaseModel]] = []
    for i, row in enumerate(rows):
        if spec.is_empty(row):
            continue  # an empty row, as just added: nothing to score yet, nothing wrong
        item = _build_row(spec, i, row, problems, scored_city, asked)
        if item is not None:
            items.append((i, item))
    if len(items) < 2 or _list_accepts(spec.name, [item for _, item in items]):
        return [item for _, item in items], [i for i, _ in items]
    # entries that clash: keep the earlier one, name it on the later
    accepted: list[BaseModel] = []
    used: list[int] = []
    for i, item in items:
        if not _list_accepts(spec.name, [*accepted, item]):
            clash = next((used[j] for j, other in enumerate(accepted) if not _list_accepts(spec.name, [other, item])), None)
            if spec.name == "income_tax" and clash is not None:
                message = messages.year_repeated(str(item.year), clash + 1)
                problems.append(Problem(spec.name, message, row=i, column="year"))
            else:
                problems.append(Problem(spec.name, messages.overlaps_row((clash if clash is not None else 0) + 1), row=i))
            continue
        accepted.append(item)
        used.append(i)
    return accepted, used


def _read_scalar(values: dict, key: str, reader, problems: list[Problem]):
    raw = values.get(key, "")
    if is_blank(raw):
        return None
    try:
        return reader(str(raw))
    except Unreadable as exc:
        problems.append(Problem(key, str(exc)))
        return _FAILED


_FAILED = object()


def _build_education(values: dict, problems: list[Problem]) -> Education | None:
    level = values.get("education.level") or ""
    start = _read_scalar(values, "education.study_start", read_month, problems)
    end = _read_scalar(values, "education.study_end", read_month, problems)
    if not level:
        return None
    if start is _FAILED or end is _FAILED:
        return None
    diploma, degree = bool(values.get("education.diploma")), bool(values.get("education.degree"))
    data = dict(
        level=level,
        diploma=diploma,
        degree=degree,
        study_start=start,
        study_end=end,
        institution=str(values.get("education.institution") or ""),
    )
    try:
        return Education.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = [p for p in error["loc"] if isinstance(p, str)]
            if loc:
                problems.append(Problem(f"education.{loc[0]}", _explain(error, "")))
            elif not diploma and not degree:
                problems.append(Problem("education.diploma", messages.diploma_or_degree()))
            elif (start is None) != (end is None):
                missing = "education.study_start" if start is None else "education.study_end"
                problems.append(Problem(missing, messages.study_both_or_neither()))
            else:
                problems.append(
                    Problem("education.study_end", messages.study_end_before_start(format_month(start), format_month(end)))
                )
        return None


def _build_innovation(values: dict, pack, problems: list[Problem]) -> InnovationItem | None:
    kind_id = values.get("innovation.kind") or ""
    if not kind_id:
        return None
    kinds = pack.innovation_kinds()  # the kinds, each with its mode, of rules that name them
    kind = kinds.get(kind_id)
    mode = kind.mode if kind is not None else None
    data: dict[str, object] = {"kind": kind_id, "description": str(values.get("innovation.description") or "")}
    failed = False
    readers = {"tier": {"tier_points": read_money}, "equity": {"share_percent": read_money, "financing_yuan": read_money}}
    for name, reader in readers.get(mode, {}).items():
        value = _read_scalar(values, f"innovation.{name}", reader, problems)
        failed |= value is _FAILED
        data[name] = None if value is _FAILED else value
    if mode == "equity":
        data["worked_full_year"] = bool(values.get("innovation.worked_full_year"))
    if mode == "per_year":
        value = _read_scalar(values, "innovation.years", read_whole, problems)
        failed |= value is _FAILED
        data["years"] = None if value is _FAILED else value
    if failed:
        return None
    try:
        return InnovationItem.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = [p for p in error["loc"] if isinstance(p, str)]
            problems.append(Problem(f"innovation.{loc[0]}" if loc else "innovation.kind", _explain(error, "")))
        return None


# Top-level facts the wizard's pages edit; every other fact of an opened file (other cities' facts, saved
# scenarios ...) is carried through unchanged under OTHER_FACTS, so saving never drops what the file held.
CHOICE_FACTS = ("professional_title", "skill_level", "settlement_group")  # "" in the draft: none
FLAG_FACTS = (
    "has_residence_permit",
    "has_criminal_record",
    "meets_trial_tax_condition",
    "stem_cell_donation",
    "banned_organisation",
)
EDITED_FACTS = frozenset(
    {
        "name",
        "id_number",
        "birth_date",
        "retirement_category",
        "notes",
        "education",
        "innovation",
        "points_fraud",
        "city_facts",
        *CHOICE_FACTS,
        *FLAG_FACTS,
        *LISTS,
    }
)
OTHER_FACTS = "_other_facts"


def build(values: dict, rows: dict[str, list[dict]], pack, city) -> Built:
    """The profile from the draft; `pack` (any city's) tells how to read the fields whose form depends on it, and
    `city` (the City scored) which columns its rows must fill."""
    problems: list[Problem] = []
    data: dict[str, object] = dict(values.get(OTHER_FACTS) or {})
    data.update(
        {
            "name": str(values.get("name") or ""),
            "id_number": str(values.get("id_number") or "").strip(),
            "notes": str(values.get("notes") or ""),
        }
    )
    data.update({key: bool(values.get(key)) for key in FLAG_FACTS})
    data.update({key: values.get(key) or None for key in CHOICE_FACTS})
    fraud = _read_scalar(values, "points_fraud", read_date, problems)
    data["points_fraud"] = None if fraud is _FAILED else fraud
    rows_used: dict[str, list[int]] = {}
    lists: dict[str, list] = {}
    for name, spec in LISTS.items():
        data[name], rows_used[name] = _build_list(
            spec, rows.get(name, []), problems, pack.pack.city, city.form.required.get(name, ())
        )
        lists[name] = data[name]
    data["education"] = _build_education(values, problems)
    data["innovation"] = _build_innovation(values, pack, problems)
    own, unread = city_facts.build(values)
    data["city_facts"] = {**dict(values.get(city_facts.ELSEWHERE) or {}), **own}
    problems.extend(Problem(key, message) for key, message in unread)

    birth = _read_scalar(values, "birth_date", read_date, problems)
    if birth is None:
        problems.append(Problem("birth_date", messages.required(), missing=True))
    category = values.get("retirement_category") or ""
    if not category:
        problems.append(Problem("retirement_category", messages.choose_one(), missing=True))
    problems.extend(id_problems(data["id_number"], birth if isinstance(birth, date) else None, category))
    if birth is None or birth is _FAILED or not category:
        return Built(None, problems, rows_used, lists)
    data["birth_date"] = birth
    data["retirement_category"] = category
    try:
        profile = ApplicantProfile.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = [p for p in error["loc"] if isinstance(p, str)]
            key = loc[0] if loc else "birth_date"
            value_error = messages.birth_implausible() if key == "birth_date" else ""
            problems.append(Problem(key, _explain(error, value_error)))
        return Built(None, problems, rows_used, lists)
    return Built(profile, problems, rows_used, lists)


def id_problems(text: str, birth: date | None, category: str, today: date | None = None) -> list[Problem]:
    """The ID number checked (GB 11643), and the birth date and sex typed checked against what it says."""
    from simulator.profile import id_number

    if not text:
        return []
    found = id_number.check(text, today or date.today())
    if isinstance(found, id_number.Finding):
        return [Problem("id_number", messages.id_finding(found))]
    problems = []
    if birth is not None and birth != found.birth_date:
        problems.append(Problem("birth_date", messages.id_birth_mismatch(found.birth_date.isoformat(), birth.isoformat())))
    if category and (category == "male") != (found.sex == "male"):
        problems.append(Problem("retirement_category", messages.id_sex_mismatch(found.sex == "male")))
    return problems


_RULES_FIELD = re.compile(r"^(?P<name>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<column>[a-z_]+))?$")


def rules_problems(found: list[RulesProblem], built: Built, cutoff: date, year: int) -> list[Problem]:
    """The city-rule checks of `simulator.profile.checks`, placed on the draft's fields and worded for the user.

    Facts after the cut-off are warnings (the engine leaves them out, nothing is wrong with them); names the
    rules do not know are errors."""
    result: list[Problem] = []
    for item in found:
        m = _RULES_FIELD.match(item.field)
        if not m:
            continue
        name, index, column = m.group("name"), m.group("index"), m.group("column")
        row = None
        if index is not None and name in built.rows_used:
            row = built.rows_used[name][int(index)]
        if item.kind == "after_cutoff":
            message, severity = messages.after_cutoff(cutoff.isoformat(), year), "warning"
        elif name == "birth_date":
            message, severity = messages.birth_after_cutoff(cutoff.isoformat()), "error"
        elif column == "district":
            blank = index is not None and not getattr(built.lists[name][int(index)], "district", "x")
            message, severity = (messages.choose_one() if blank else messages.unknown_district()), "error"
        elif name == "innovation" and column == "kind":
            message, severity = messages.unknown_innovation_kind(), "error"
        elif name == "innovation" and column == "tier_points":
            message, severity = messages.unknown_tier(), "error"
        elif name == "honours":
            message, severity = messages.unknown_honour(), "error"
        else:
            message, severity = messages.not_valid(item.message), "error"
        if row is None and column:
            result.append(Problem(f"{name}.{column}", message, severity))
        else:
            result.append(Problem(name, message, severity, row=row, column=column))
    return result


# ---------------------------------------------------------------- from a saved profile


def _text_of(value: object, kind: ColumnKind) -> object:
    if kind == "bool":
        return bool(value)
    if value is None:
        return ""
    if kind == "month":
        return format_month(value)
    if kind == "date":
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def rows_of(name: str, entries: list) -> list[dict]:
    """A list's entries (profile models) as the rows of its table, as typed."""
    spec = LISTS[name]
    shown = {c.key for c in spec.columns}
    rows = []
    for entry in entries:
        dumped = entry.model_dump()
        row = {c.key: _text_of(getattr(entry, c.key), c.kind) for c in spec.columns}
        row["_extra"] = {k: v for k, v in dumped.items() if k not in shown}
        rows.append(row)
    return rows


def entries_of(name: str, rows: list[dict], pack, city) -> tuple[list, list[Problem]]:
    """A table's rows read into the list's entries, with the problems of the rows that are not valid."""
    problems: list[Problem] = []
    items, _used = _build_list(LISTS[name], rows, problems, pack.pack.city, city.form.required.get(name, ()))
    return items, problems


def from_profile(profile: ApplicantProfile) -> tuple[dict[str, object], dict[str, list[dict]]]:
    """The draft of a saved profile: every value as the wizard's fields show it."""
    values = scalar_defaults()
    values[OTHER_FACTS] = {name: getattr(profile, name) for name in type(profile).model_fields if name not in EDITED_FACTS}
    own, elsewhere = city_facts.of_profile(profile)
    values.update(own)
    values[city_facts.ELSEWHERE] = elsewhere
    for key in ("name", "id_number", "notes", *FLAG_FACTS):
        values[key] = getattr(profile, key)
    for key in CHOICE_FACTS:
        values[key] = getattr(profile, key) or ""
    values["points_fraud"] = _text_of(profile.points_fraud, "date")
    values["birth_date"] = profile.birth_date.isoformat()
    values["retirement_category"] = profile.retirement_category
    edu = profile.education
    if edu is not None:
        values.update(
            {
                "education.level": edu.level,
                "education.diploma": edu.diploma,
                "education.degree": edu.degree,
                "education.study_start": _text_of(edu.study_start, "month"),
                "education.study_end": _text_of(edu.study_end, "month"),
                "education.institution": edu.institution,
            }
        )
    item = profile.innovation
    if item is not None:
        values.update(
            {
                "innovation.kind": item.kind,
                "innovation.tier_points": _text_of(item.tier_points, "money"),
                "innovation.share_percent": _text_of(item.share_percent, "money"),
                "innovation.financing_yuan": _text_of(item.financing_yuan, "money"),
                "innovation.worked_full_year": item.worked_full_year,
                "innovation.years": _text_of(item.years, "year"),
                "innovation.description": item.description,
            }
        )
    rows: dict[str, list[dict]] = {}
    for name, spec in LISTS.items():
        shown = {c.key for c in spec.columns}
        rows[name] = []
        for entry in getattr(profile, name):
            dumped = entry.model_dump()
            row = {c.key: _text_of(getattr(entry, c.key), c.kind) for c in spec.columns}
            # fields the table does not show (the city of a period) travel with the row unchanged
            row["_extra"] = {k: v for k, v in dumped.items() if k not in shown}
            rows[name].append(row)
    return values, rows

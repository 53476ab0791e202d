"""Pydantic models of an applicant's facts.

Periods are whole calendar months written "YYYY-MM" (the way social-insurance records and leases are kept),
inclusive at both ends; an `end` left empty means "still ongoing". The facts are city-neutral where they can
be: the same file can be scored under every city's rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from simulator.core.errors import field_path, message_of
from simulator.core.limits import (
    MAX_ENTRIES,
    MAX_NOTES,
    MAX_NUMBER,
    MAX_QUALIFICATIONS,
    MAX_TEXT,
)
from simulator.core.months import FIRST_MONTH, LAST_MONTH, format_month, parse_month
from simulator.defaults import DEFAULT_CITY
from simulator.profile.records import (
    BloodDonation,
    CharityDonation,
    DishonestyListing,
    InventionPatent,
    PenaltyRecord,
    Record,
    ResidencePermit,
    ResidenceRegistration,
    SuppliedValue,
    VolunteerService,
)


def _to_month(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        # a month index (how the program builds profiles itself); a file writes "YYYY-MM", checked the same way
        if not FIRST_MONTH <= value <= LAST_MONTH:
            raise ValueError(f"expected a month written as YYYY-MM between 1900 and 2200, got {value}")
        return value
    if isinstance(value, str):
        return parse_month(value)
    raise ValueError("expected a month written as YYYY-MM")


Month = Annotated[
    int,
    BeforeValidator(_to_month),
    PlainSerializer(format_month, return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^\d{4}-\d{2}$"}),
]

RetirementCategory = Literal["male", "female_cadre", "female_worker"]
HousingKind = Literal["own", "rented", "dormitory"]
EducationLevel = Literal["high_school", "junior_college", "bachelor", "master", "doctor"]  # high school: Hangzhou only


class Fact(Record):
    """One fact of the applicant file: checked as every record of it is (simulator.profile.records.Record)."""


class Span(Fact):
    start: Month
    end: Month | None = None  # None: still ongoing

    @model_validator(mode="after")
    def _end_after_start(self):
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {format_month(self.end)} is before start {format_month(self.start)}")
        return self

    def describe(self) -> str:
        return f"{format_month(self.start)} – {format_month(self.end) if self.end is not None else '…'}"


class InsurancePeriod(Span):
    """Months of social insurance paid in a city (pension insurance as on the official record)."""

    city: str = DEFAULT_CITY
    back_paid: bool = False  # 补缴: paid afterwards for months that were missed
    transferred_in: bool = False  # 转入: months transferred in from another place (Hangzhou does not count them)


class HousingPeriod(Span):
    city: str = DEFAULT_CITY
    kind: HousingKind
    district: str = ""  # asked for where the rules have districts (Beijing); "" elsewhere
    lease_registered: bool = False  # rentals: lease registered (备案) on the city's rental platform


class WorkplacePeriod(Span):
    city: str = DEFAULT_CITY
    district: str = ""
    employer: str = ""


class Education(Fact):
    level: EducationLevel
    diploma: bool = True  # 学历
    degree: bool = True  # 学位
    study_start: Month | None = None
    study_end: Month | None = None
    institution: str = ""

    @model_validator(mode="after")
    def _study_period(self):
        if (self.study_start is None) != (self.study_end is None):
            raise ValueError("give both study_start and study_end, or neither")
        if self.study_start is not None and self.study_end < self.study_start:
            raise ValueError(f"study_end {format_month(self.study_end)} is before study_start {format_month(self.study_start)}")
        if not self.diploma and not self.degree:
            raise ValueError("a qualification needs the diploma, the degree, or both")
        return self


class InnovationItem(Fact):
    kind: str  # one of the pack's innovation kinds, e.g. "award", "competition", "equity"
    tier_points: Decimal | None = Field(default=None, ge=0, le=MAX_NUMBER)  # award / competition: the official tier
    share_percent: Decimal | None = Field(default=None, ge=0, le=100)  # equity
    financing_yuan: Decimal | None = Field(default=None, ge=0, le=MAX_NUMBER)  # equity: cash financing, last 3 years
    worked_full_year: bool = False  # equity: a full natural year of work at the enterprise
    years: int | None = Field(default=None, ge=0, le=60)  # per-year items of older rules
    description: str = ""


class TaxYear(Fact):
    year: int = Field(ge=1990, le=2200)
    amount_yuan: Decimal = Field(ge=0, le=MAX_NUMBER)
    city: str = DEFAULT_CITY


class DatedEvent(Fact):
    date: date
    city: str = DEFAULT_CITY
    note: str = ""
    act: str = ""  # records of one act share this label (Hangzhou deducts only the largest)


class HonourEntry(Fact):
    kind: str
    year: int | None = Field(default=None, ge=1949, le=2200)
    note: str = ""
    # Ranked honours (Xiong'an, Hangzhou): the level of the awarding body, and the city lived in when it was earned.
    level: Literal["national", "provincial", "municipal", "district"] | None = None
    city: str | None = None


def _no_overlap(periods: Sequence[Span], name: str, key=lambda p: p.city) -> None:
    """Two periods of the same city may not share a month (only one residence counts per month). Sorted by start,
    a period overlaps another exactly when it starts before the latest end so far: n log n, not n²."""
    if len(periods) < 2:
        return
    # The usual list: one city's periods in order, each starting after the one before it ended: none can overlap.
    previous = periods[0]
    for period in periods[1:]:
        if previous.end is None or period.start <= previous.end or key(period) != key(previous):
            break
        previous = period
    else:
        return
    by_start = sorted(range(len(periods)), key=lambda i: (key(periods[i]), periods[i].start))
    latest: tuple[object, int, int] | None = None  # (key, end, index) of the period that ends last so far
    for i in by_start:
        period = periods[i]
        end = period.end if period.end is not None else LAST_MONTH + 1
        if latest is not None and latest[0] == key(period) and period.start <= latest[1]:
            j = latest[2]
            first, second = (j, i) if j < i else (i, j)
            raise ValueError(
                f"{name}[{second}] ({periods[second].describe()}) overlaps {name}[{first}] ({periods[first].describe()}) "
                f"from {format_month(period.start)}: periods of one city may not share a month"
            )
        if latest is None or latest[0] != key(period) or end > latest[1]:
            latest = (key(period), end, i)


# ---- what-if scenarios kept in the file ---------------------------------------------------------------------
# A scenario is a name and the changes to try, scored beside the real facts; it never edits the facts themselves.
# `replace` gives top-level fields a new value (`education`, a whole `housing` list, ...); `add` appends entries to
# list fields (a new home, a new job, tax years). How the changes are applied (an added period ends the ongoing one
# it follows) is `simulator.planning.scenarios.apply_scenario`. Values are stored as they are written in the file
# (months "YYYY-MM", amounts as strings), after checking each against the field it changes, so a scenario with a
# typo is refused when the file is read, naming the field.

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


@cache
def _adapter(field: str) -> TypeAdapter:
    # ApplicantProfile is defined below; a scenario is checked against its fields when one is read
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
            problems.append(f"{path}: {message_of(item)}")
        raise ValueError("; ".join(problems)) from None


class Scenario(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=80)
    note: str = Field(default="", max_length=MAX_TEXT)
    replace: dict[str, Any] = Field(default_factory=dict)
    add: dict[str, list[Any]] = Field(default_factory=dict)

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
            if isinstance(entries, list) and len(entries) > MAX_ENTRIES:
                raise ValueError(f"{field}: {len(entries):,} entries; at most {MAX_ENTRIES} are read")
            checked[field] = _checked(field, entries, field)
        return checked

    @property
    def changed_fields(self) -> list[str]:
        return list(dict.fromkeys([*self.replace, *self.add]))


class Declaration(BaseModel):
    """The declaration a file was saved for: the city, the rule edition and the round, and the total it had then
    (as shown: "89.21", "80–95"), so that reopening it gives exactly that result, or says why not."""

    model_config = ConfigDict(extra="forbid", str_max_length=MAX_TEXT)  # a bound, as on every record's text

    city: str = Field(min_length=1)
    edition: str = Field(min_length=1)  # the rule pack's id
    round: str  # the declaration year, or the round where the rules hold several a year: "2026", "2025-Q3"
    total: str = ""
    data_version: str = ""  # the rules' data version the total was scored with

    @field_validator("round", mode="before")
    @classmethod
    def _a_round(cls, v: object) -> str:
        from simulator.core.rounds import parse_round

        if isinstance(v, bool) or not isinstance(v, (int, str)):
            raise ValueError("expected a declaration year (2026) or a round (2025-Q3)")
        return str(parse_round(v))


class ApplicantProfile(Fact):
    name: str = Field(default="", max_length=100)
    id_number: str = ""
    birth_date: date
    retirement_category: RetirementCategory

    has_residence_permit: bool = True
    has_criminal_record: bool = False

    social_insurance: list[InsurancePeriod] = Field(default_factory=list)
    housing: list[HousingPeriod] = Field(default_factory=list)
    workplaces: list[WorkplacePeriod] = Field(default_factory=list)
    education: Education | None = None
    # Every other qualification the applicant holds: each city's rules score the one that gives the most (the
    # 2018 Beijing trial scores a junior-college diploma, but not a bachelor's diploma without the degree)
    other_qualifications: list[Education] = Field(default_factory=list, max_length=MAX_QUALIFICATIONS)
    innovation: InnovationItem | None = None
    income_tax: list[TaxYear] = Field(default_factory=list)
    tax_violations: list[DatedEvent] = Field(default_factory=list)
    detentions: list[DatedEvent] = Field(default_factory=list)
    honours: list[HonourEntry] = Field(default_factory=list)
    # Older Beijing rules gave a flat tax score for conditions the sources do not spell out; the applicant says.
    meets_trial_tax_condition: bool = False

    # Facts Xiong'an's and Hangzhou's rules use (all optional; see docs/applicant-file.md).
    professional_title: Literal["senior", "deputy_senior", "intermediate", "assistant"] | None = None
    skill_level: Literal["senior_technician", "technician", "senior_worker", "intermediate_worker", "junior_worker"] | None = None
    residence_permits: list[ResidencePermit] = Field(default_factory=list)
    residence_registrations: list[ResidenceRegistration] = Field(default_factory=list)
    # Xiong'an Art. 3: a group that settles through another channel, or relocated staff who go through points.
    settlement_group: (
        Literal[
            "beijing_relief_hukou",
            "relocated_staff_talent",
            "introduced_talent",
            "returning_graduate",
            "family_reunion",
            "relocated_staff",
        ]
        | None
    ) = None
    # tax paid by an enterprise the applicant invested in (Hangzhou's investor item)
    investment_tax: list[TaxYear] = Field(default_factory=list)
    blood_donations: list[BloodDonation] = Field(default_factory=list)
    volunteering: list[VolunteerService] = Field(default_factory=list)
    charity_donations: list[CharityDonation] = Field(default_factory=list)
    stem_cell_donation: bool = False  # donated bone marrow (haematopoietic stem cells)
    invention_patents: list[InventionPatent] = Field(default_factory=list)
    penalties: list[PenaltyRecord] = Field(default_factory=list)
    dishonesty_listings: list[DishonestyListing] = Field(default_factory=list)
    banned_organisation: bool = False  # took part in a banned organisation
    points_fraud: date | None = None  # found to have cheated in a points application, on this date
    notes: str = Field(default="", max_length=MAX_NOTES)
    # The day the facts above were true (the file's own date, set when it is saved): a round counted to a later
    # day assumes the periods still running on it continue; None: not known
    as_of: date | None = None
    # Facts only one city's rules read (its City.facts), by city: {"hangzhou": {"chunan_origin": true}}
    city_facts: dict[str, dict[str, Any]] = Field(default_factory=dict)
    # What-if scenarios the user saved with the file; they never change the facts above.
    scenarios: list[Scenario] = Field(default_factory=list)
    # Official values the user supplied for rule packs, kept with the applicant (each labelled wherever it is used)
    supplied_values: list[SuppliedValue] = Field(default_factory=list)
    # The declaration the file was saved for (None in files saved before it was recorded): the window reopens it
    declaration: Declaration | None = None

    @model_validator(mode="before")
    @classmethod
    def _lists_of_real_length(cls, data: Any) -> Any:
        """Checked before the entries are: 20,000 periods would take a minute to read and no one has them."""
        if isinstance(data, dict):
            for key, value in data.items():
                if isinstance(value, list) and len(value) > MAX_ENTRIES:
                    raise ValueError(f"{key}: {len(value):,} entries; at most {MAX_ENTRIES} are read")
        return data

    def supplied_for(self, pack_id: str) -> list[SuppliedValue]:
        return [v for v in self.supplied_values if v.pack == pack_id]

    @field_validator("city_facts")
    @classmethod
    def _city_facts_as_declared(cls, v: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        from simulator.profile.city_facts import check

        return check(v)

    def facts_of(self, city: str) -> dict[str, Any]:
        """The facts only `city` reads: those the file gives, and every other one not answered (its default)."""
        from simulator.profile.city_facts import defaults

        return {**defaults(city), **self.city_facts.get(city, {})}

    @field_validator("social_insurance", "housing", "workplaces")
    @classmethod
    def _periods_no_overlap(cls, v: list[Span], info: ValidationInfo) -> list[Span]:
        _no_overlap(v, info.field_name)
        return v

    @field_validator("income_tax", "investment_tax")
    @classmethod
    def _one_entry_per_year(cls, v: list[TaxYear], info: ValidationInfo) -> list[TaxYear]:
        name = info.field_name
        seen: dict[tuple[str, int], int] = {}
        for i, entry in enumerate(v):
            key = (entry.city, entry.year)
            if key in seen:
                raise ValueError(f"{name}[{i}]: year {entry.year} is already given at {name}[{seen[key]}]")
            seen[key] = i
        return v

    @field_validator("residence_registrations")
    @classmethod
    def _registrations_no_overlap(cls, v: list[ResidenceRegistration]) -> list[ResidenceRegistration]:
        seen: list[tuple[int, ResidenceRegistration]] = []
        for i, period in enumerate(v):
            for j, other in seen:
                if other.city != period.city:
                    continue
                lo = max(period.start, other.start)
                hi = min(period.end or date.max, other.end or date.max)
                if lo <= hi:
                    raise ValueError(
                        f"residence_registrations[{i}] ({period.describe()}) overlaps residence_registrations[{j}] "
                        f"({other.describe()}) from {lo.isoformat()}: registrations of one city may not share a day"
                    )
            seen.append((i, period))
        return v

    @model_validator(mode="after")
    def _convictions_are_a_criminal_record(self):
        for i, record in enumerate(self.penalties):
            if record.kind == "criminal" and not self.has_criminal_record:
                raise ValueError(f"penalties[{i}] is a criminal conviction, but has_criminal_record is false")
        return self

    @field_validator("birth_date")
    @classmethod
    def _plausible_birth(cls, v: date) -> date:
        if v.year < 1900:
            raise ValueError("birth date before 1900 is not plausible")
        return v

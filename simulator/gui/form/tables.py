"""The lists of the applicant file as the wizard's tables: their columns, in the order a table shows them, and
what a new row holds. A list's entries are the profile model's (simulator.profile.model); the wizard keeps each
row as typed until it is valid."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from simulator.profile.model import (
    DatedEvent,
    Education,
    HonourEntry,
    HousingPeriod,
    InsurancePeriod,
    TaxYear,
    WorkplacePeriod,
)
from simulator.profile.records import (
    BloodDonation,
    CharityDonation,
    DishonestyListing,
    InventionPatent,
    PenaltyRecord,
    ResidencePermit,
    ResidenceRegistration,
    VolunteerService,
)

# "city": which city a row belongs to (a choice of the cities; a new row starts with the city being scored)
ColumnKind = Literal["month", "date", "year", "money", "whole", "text", "bool", "choice", "city"]


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    kind: ColumnKind
    required: bool = False
    default: object = None  # what a new row holds (bool columns: False unless given)

    @property
    def blank(self) -> object:
        if self.default is not None:
            return self.default
        return False if self.kind == "bool" else ""


@dataclass(frozen=True, slots=True)
class ListSpec:
    """One list of the applicant file (social insurance, housing, ...) as a table of rows."""

    name: str
    model: type[BaseModel]
    columns: tuple[Column, ...]

    def blank_row(self) -> dict:
        return {c.key: c.blank for c in self.columns}

    def is_empty(self, row: dict) -> bool:
        """Nothing typed yet: every cell as a new row has it (the city a row starts with is not typing)."""
        for c in self.columns:
            value = row.get(c.key)
            if c.kind == "city":
                continue
            if c.kind == "bool":
                if bool(value) != bool(c.blank):
                    return False
            elif not is_blank(value):
                return False
        return True

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


_PERIOD = (Column("start", "month", True), Column("end", "month"))
_CITY = Column("city", "city", True)
_DATED = (Column("date", "date", True), Column("note", "text"))

# Columns are appended, never inserted: a table shows its columns in this order, and older columns keep their place.
LISTS: dict[str, ListSpec] = {
    spec.name: spec
    for spec in (
        ListSpec(
            "social_insurance", InsurancePeriod, (*_PERIOD, Column("back_paid", "bool"), _CITY, Column("transferred_in", "bool"))
        ),
        ListSpec(
            "housing",
            HousingPeriod,
            (
                *_PERIOD,
                Column("kind", "choice", True),
                Column("district", "choice"),
                Column("lease_registered", "bool"),
                _CITY,
            ),
        ),
        ListSpec(
            "workplaces",
            WorkplacePeriod,
            (*_PERIOD, Column("district", "choice"), Column("employer", "text"), _CITY),
        ),
        ListSpec("income_tax", TaxYear, (Column("year", "year", True), Column("amount_yuan", "money", True), _CITY)),
        ListSpec("tax_violations", DatedEvent, (*_DATED, _CITY)),
        ListSpec("detentions", DatedEvent, (*_DATED, _CITY)),
        ListSpec(
            "honours",
            HonourEntry,
            (
                Column("kind", "choice", True),
                Column("year", "year"),
                Column("note", "text"),
                Column("level", "choice"),
                Column("city", "city"),
            ),
        ),
        # the facts other cities' rules use (Xiong'an, Hangzhou)
        ListSpec("residence_permits", ResidencePermit, (_CITY, Column("issued", "date"), Column("suspended", "bool"))),
        ListSpec("residence_registrations", ResidenceRegistration, (Column("start", "date", True), Column("end", "date"), _CITY)),
        ListSpec("investment_tax", TaxYear, (Column("year", "year", True), Column("amount_yuan", "money", True), _CITY)),
        ListSpec("blood_donations", BloodDonation, (Column("date", "date", True), Column("ml", "whole", True))),
        ListSpec("volunteering", VolunteerService, (Column("year", "year", True), Column("hours", "money", True))),
        ListSpec("charity_donations", CharityDonation, (Column("date", "date", True), Column("yuan", "money", True))),
        ListSpec(
            "invention_patents",
            InventionPatent,
            (
                Column("granted", "date", True),
                Column("title", "text"),
                Column("shared", "bool"),
                Column("first_patentee", "bool", default=True),
                Column("transferred", "bool"),
            ),
        ),
        ListSpec(
            "penalties",
            PenaltyRecord,
            (
                Column("kind", "choice", True),
                Column("date", "date", True),
                Column("serious_crime", "bool"),
                Column("sentence_years", "money"),
                Column("act", "text"),
                Column("note", "text"),
                Column("city", "city"),
            ),
        ),
        ListSpec(
            "dishonesty_listings",
            DishonestyListing,
            (Column("level", "choice", True), Column("date", "date", True), Column("act", "text"), Column("note", "text")),
        ),
        # every qualification besides the one on the education page's form: each is scored, the best counts
        ListSpec(
            "other_qualifications",
            Education,
            (
                Column("level", "choice", True),
                Column("diploma", "bool", default=True),
                Column("degree", "bool", default=True),
                Column("study_start", "month"),
                Column("study_end", "month"),
            ),
        ),
    )
}

"""Facts that Xiong'an's and Hangzhou's rules use beyond Beijing's: residence permits and police residence
registrations (to the day: Hangzhou counts 30 days as a month), donations and volunteering, invention patents,
penalties and dishonesty listings. Entered once, they are read by every city whose rules use them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from simulator.core.errors import UNWRITABLE_TEXT
from simulator.core.limits import MAX_COUNT, MAX_NUMBER, MAX_TEXT

PenaltyKind = Literal["criminal", "drug_rehabilitation", "judicial_detention"]
ListingLevel = Literal["national", "provincial", "municipal"]


class Record(BaseModel):
    """Every entry of the applicant file: no field it does not know, no text longer than any real one (a longer one
    would fill pages of the worksheet), none that cannot be written: a text with a bound on its length is checked
    by pydantic itself, which refuses half of a UTF-16 pair (a lone surrogate) as it reads it."""

    model_config = ConfigDict(extra="forbid", str_max_length=MAX_TEXT)


class SuppliedValue(Record):
    """An official value the user supplied for a rule pack (one the sources do not give, or one they correct),
    kept with the applicant so it is not lost; scored and labelled user-supplied wherever it is used."""

    pack: str  # the rule pack's id
    path: str  # the value's path in the pack, as `python -m simulator packs --values PACK` lists it
    value: str | int | bool | list | dict  # as the pack holds it (decimals as text: "12.5"; tables keyed by value)
    note: str = ""  # where the user has it from

    @field_validator("value", mode="before")
    @classmethod
    def _writable(cls, value):
        # said once here (each member of the union would refuse such a text in its own words), and for the texts
        # of a list or a table too, which no bound on a text's length reaches
        if not _writable(value):
            raise ValueError(UNWRITABLE_TEXT)
        return value


def _writable(value) -> bool:
    """Whether every text in a value (a list's, a table's keys and values too) can be written as UTF-8."""
    if isinstance(value, str):
        if value.isascii():
            return True
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, (list, tuple)):
        return all(_writable(v) for v in value)
    if isinstance(value, dict):
        return all(_writable(k) and _writable(v) for k, v in value.items())
    return True


class ResidencePermit(Record):
    """A residence permit (居住证) held for a city."""

    city: str
    issued: date | None = None
    suspended: bool = False  # its use is suspended (Hangzhou: points lapse meanwhile)


class ResidenceRegistration(Record):
    """A period registered with the police as living in a city (居住登记 / temporary residence), to the day,
    inclusive at both ends; an `end` left empty means still registered."""

    city: str
    start: date
    end: date | None = None

    @model_validator(mode="after")
    def _end_after_start(self):
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end.isoformat()} is before start {self.start.isoformat()}")
        return self

    def describe(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat() if self.end else '…'}"


class BloodDonation(Record):
    date: date
    ml: int = Field(gt=0, le=2000)


class VolunteerService(Record):
    """Registered volunteer hours in one calendar year."""

    year: int = Field(ge=1990, le=2200)
    hours: Decimal = Field(ge=0, le=MAX_COUNT)  # a year has 8,784 hours at most


class CharityDonation(Record):
    date: date
    yuan: Decimal = Field(ge=0, le=MAX_NUMBER)


class InventionPatent(Record):
    granted: date
    shared: bool = False  # held with other patentees
    first_patentee: bool = True  # for a shared patent: the applicant is the first patentee
    transferred: bool = False  # obtained by transfer rather than invented
    title: str = ""


class PenaltyRecord(Record):
    """A criminal conviction, compulsory drug rehabilitation or judicial detention. Administrative detentions are
    entered under `detentions`; records that arise from one act share the same `act` label."""

    kind: PenaltyKind
    date: date
    act: str = ""
    serious_crime: bool = (
        False  # criminal: homicide, serious injury, rape, robbery, drug trafficking, arson, explosion, poisoning
    )
    sentence_years: Decimal | None = Field(default=None, ge=0, le=100)  # criminal: the sentence, in years
    city: str = ""
    note: str = ""


class DishonestyListing(Record):
    """A dishonesty record (失信记录): on a blacklist, national, provincial (for Hangzhou: Zhejiang's) or
    municipal, and whether it is a listing as seriously dishonest (严重失信名单)."""

    level: ListingLevel | None = None
    serious: bool = False
    date: date
    act: str = ""
    note: str = ""

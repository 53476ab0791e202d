"""The applicant file: the facts a person knows, in the shape the official form asks for them."""

from simulator.profile.files import ProfileFileError, dump_profile, load_profile, save_profile
from simulator.profile.model import (
    ApplicantProfile,
    DatedEvent,
    Declaration,
    Education,
    HonourEntry,
    HousingPeriod,
    InnovationItem,
    InsurancePeriod,
    TaxYear,
    WorkplacePeriod,
)

__all__ = [
    "ApplicantProfile",
    "DatedEvent",
    "Declaration",
    "Education",
    "HonourEntry",
    "HousingPeriod",
    "InnovationItem",
    "InsurancePeriod",
    "ProfileFileError",
    "TaxYear",
    "WorkplacePeriod",
    "dump_profile",
    "load_profile",
    "save_profile",
]

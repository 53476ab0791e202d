"""The dates one Hangzhou round counts to, and residence counted from the police registration record:
every 30 days are a month, every 12 months a year, across interruptions; remainders score nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from simulator.cities.hangzhou.pack import HangzhouPack
from simulator.core.periods import registered_days
from simulator.core.result import Text
from simulator.core.rounds import age_reference_of, cutoff_of, last_counted_month
from simulator.profile.model import ApplicantProfile

CITY = "hangzhou"

DAYS_STEP = (
    "居住登记{0}天 ÷ {1} = {2}个月（余{3}天不计）",
    "{0} registered days ÷ {1} = {2} months ({3} days left over, not counted)",
)
MONTHS_STEP = (
    "{0}个月 ÷ {1} = {2}年（余{3}个月不计）",
    "{0} months ÷ {1} = {2} years ({3} months left over, not counted)",
)


@dataclass(slots=True)
class RoundFacts:
    cutoff: date
    cutoff_month: int
    age_on: date
    registered_days: int
    registration_periods: int
    registered_after_cutoff: int
    registered_months: int
    registered_years: int
    residence_steps: tuple[Text, Text]


def round_facts(profile: ApplicantProfile, pack: HangzhouPack, year: int) -> RoundFacts:
    cutoff = cutoff_of(pack, year)
    days, periods, after = registered_days(profile.residence_registrations, CITY, cutoff)
    per_month = pack.residence_counting.days_per_month.value
    per_year = pack.residence_counting.months_per_year.value
    months, spare_days = divmod(days, per_month)
    years, spare_months = divmod(months, per_year)
    return RoundFacts(
        cutoff=cutoff,
        cutoff_month=last_counted_month(cutoff),
        age_on=age_reference_of(pack, year),
        registered_days=days,
        registration_periods=periods,
        registered_after_cutoff=after,
        registered_months=months,
        registered_years=years,
        residence_steps=(
            Text.of(DAYS_STEP, days, per_month, months, spare_days),
            Text.of(MONTHS_STEP, months, per_year, years, spare_months),
        ),
    )

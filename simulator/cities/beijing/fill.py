"""Starting values the wizard can offer: rental periods filled in from social insurance.

Before Beijing's 2020 rules took effect a declared rental needed no registered lease, and in the 2020 round
those months were filled in from social insurance automatically. The wizard offers the same fill as a
starting value that the applicant then checks.
"""

from __future__ import annotations

from simulator.cities.beijing.pack import BeijingPack
from simulator.core.months import merge_spans, parse_month
from simulator.profile.model import ApplicantProfile, HousingPeriod


def rental_fill_from_insurance(profile: ApplicantProfile, pack: BeijingPack, district: str) -> list[HousingPeriod]:
    """Rental periods for the insured months before leases had to be registered that no housing period covers."""
    city = pack.pack.city
    required = pack.residence.lease_registration_required_from
    if required is None:
        return []
    until = parse_month(required.value) - 1
    insured = merge_spans(
        [
            (p.start, min(p.end if p.end is not None else until, until))
            for p in profile.social_insurance
            if p.city == city and not p.back_paid
        ]
    )
    housed = merge_spans([(p.start, p.end if p.end is not None else 10**9) for p in profile.housing if p.city == city])
    fills: list[HousingPeriod] = []
    for start, end in insured:
        cursor = start
        for h_start, h_end in housed:
            if h_end < cursor or h_start > end:
                continue
            if h_start > cursor:
                fills.append(HousingPeriod(start=cursor, end=h_start - 1, kind="rented", district=district, city=city))
            cursor = max(cursor, h_end + 1)
        if cursor <= end:
            fills.append(HousingPeriod(start=cursor, end=end, kind="rented", district=district, city=city))
    return fills

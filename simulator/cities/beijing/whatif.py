"""Beijing's what-if suggestions: an own home (and work) outside the six central districts, tax years in the
window, a missing diploma or degree, a registered lease. The gains are the engine's, never worked out here."""

from __future__ import annotations

from decimal import Decimal

from simulator.cities.suggestions import complete_degree
from simulator.core.months import format_month
from simulator.core.text import Text
from simulator.planning.whatif import Change, Situation
from simulator.profile.model import HousingPeriod, TaxYear, WorkplacePeriod


def _outside(s: Situation) -> frozenset[str]:
    """The districts outside the six central ones."""
    return frozenset(d.id for d in s.pack.districts if not d.central)


def _district_names(s: Situation, district_id: str) -> tuple[str, str]:
    district = s.pack.district(district_id)
    return (district.zh, district.en) if district else (district_id, district_id)


def _an_outside_district(s: Situation) -> str:
    """Where the person already works or lives outside the centre, else the first such district of the rules."""
    outside = _outside(s)
    work = s.current(s.profile.workplaces)
    if work is not None and work.district in outside:
        return work.district
    home = s.current(s.profile.housing)
    if home is not None and home.district in outside:
        return home.district
    ids = [d.id for d in s.pack.districts if not d.central]
    return "tongzhou" if "tongzhou" in ids else ids[0]  # Tongzhou: the city's sub-centre, where most move to


def _block_complete(s: Situation, start: int) -> int:
    """The first round that counts a full area block begun in `start`."""
    return s.counted_from(start + s.pack.area.block_months.value - 1)


def _own_home_outside(s: Situation) -> list[Change]:
    home = s.current(s.profile.housing)
    if home is not None and home.kind == "own" and home.district in _outside(s):
        return []
    district = _an_outside_district(s)
    zh, en = _district_names(s, district)
    housing = s.ended_before(s.profile.housing, s.next_month)
    housing.append(HousingPeriod(start=s.next_month, kind="own", district=district, city=s.city))
    month = format_month(s.next_month)
    text = Text(
        f"从{month}起住在城六区外的自有住房（如{zh}）",
        f"Live in your own home outside the six central districts (e.g. {en}) from {month}",
    )
    return [Change("own_home_outside", text, s.changed(housing=housing), _block_complete(s, s.next_month))]


def _work_outside(s: Situation) -> list[Change]:
    home = s.current(s.profile.housing)
    work = s.current(s.profile.workplaces)
    if home is None or home.kind != "own" or home.district not in _outside(s):
        return []
    if work is not None and work.district in _outside(s):
        return []
    zh, en = _district_names(s, home.district)
    workplaces = s.ended_before(s.profile.workplaces, s.next_month)
    workplaces.append(WorkplacePeriod(start=s.next_month, district=home.district, city=s.city))
    month = format_month(s.next_month)
    text = Text(f"从{month}起也在城六区外就业（如{zh}）", f"Also work outside the six central districts (e.g. {en}) from {month}")
    return [Change("work_outside", text, s.changed(workplaces=workplaces), _block_complete(s, s.next_month))]


def _own_home_and_work_outside(s: Situation) -> list[Change]:
    home = s.current(s.profile.housing)
    work = s.current(s.profile.workplaces)
    if home is not None and home.kind == "own" and home.district in _outside(s):
        return []  # covered by working outside
    if work is not None and work.district in _outside(s):
        return []  # covered by the own home alone
    district = _an_outside_district(s)
    zh, en = _district_names(s, district)
    housing = s.ended_before(s.profile.housing, s.next_month)
    housing.append(HousingPeriod(start=s.next_month, kind="own", district=district, city=s.city))
    workplaces = s.ended_before(s.profile.workplaces, s.next_month)
    workplaces.append(WorkplacePeriod(start=s.next_month, district=district, city=s.city))
    month = format_month(s.next_month)
    text = Text(
        f"从{month}起在城六区外自有住房居住并就业（如{zh}）",
        f"Live in your own home and work outside the six central districts (e.g. {en}) from {month}",
    )
    return [
        Change(
            "own_home_and_work_outside", text, s.changed(housing=housing, workplaces=workplaces), _block_complete(s, s.next_month)
        )
    ]


def _tax_years(s: Situation) -> list[Change]:
    tax = s.pack.tax
    if tax.mode != "per_year":
        return []
    years = tax.window_years.value
    minimum = tax.min_yuan.value
    first = s.as_of.year + 1  # a year already under way is not counted on
    planned = range(first, first + years)
    entries = []
    for entry in s.profile.income_tax:
        if entry.city == s.city and entry.year in planned:
            continue
        entries.append(entry)
    have = {e.year: e.amount_yuan for e in s.profile.income_tax if e.city == s.city}
    for year in planned:
        entries.append(TaxYear(year=year, amount_yuan=max(have.get(year, Decimal(0)), minimum), city=s.city))
    # The first round whose tax window (the `years` years before it) takes in the first planned year.
    earliest = max(s.coming, first + 1)
    shown = f"{minimum:,}"
    text = Text(
        f"{first}–{first + years - 1}年每年缴纳个人所得税不少于{shown}元",
        f"Pay at least {shown} yuan of personal income tax in each of {first}–{first + years - 1}",
    )
    return [Change("tax", text, s.changed(income_tax=entries), earliest)]


def _register_lease(s: Situation) -> list[Change]:
    if s.pack.residence.lease_registration_required_from is None:
        return []
    housing = s.leases_registered_from_next_month()
    if housing is None:
        return []
    month = format_month(s.next_month)
    text = Text(f"从{month}起将租赁合同在住房租赁平台备案", f"Register the lease on the city's rental platform from {month}")
    return [Change("register_lease", text, s.changed(housing=housing), s.counted_from(s.next_month))]


SUGGESTIONS = (
    _own_home_outside,
    _work_outside,
    _own_home_and_work_outside,
    _tax_years,
    complete_degree,
    _register_lease,
)

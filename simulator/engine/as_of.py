"""A round counted to a day after the applicant file's own date (its `as_of`, or one given for the scoring): the
periods still running on that date are assumed to continue to the counting day, and the result says so; a round
after the statutory retirement date is refused, since no one can declare it. Nothing here reads the clock."""

from __future__ import annotations

from datetime import date

from simulator.core.errors import NotApplicable
from simulator.core.months import format_month
from simulator.core.text import Text
from simulator.engine.retirement_check import retirement_date

# The lists whose open-ended periods ("still running") continue by assumption, with their names.
RUNNING = {
    "social_insurance": Text("社会保险", "social insurance"),
    "housing": Text("住所", "home"),
    "workplaces": Text("就业", "work"),
    "residence_registrations": Text("居住登记", "residence registration"),
    "residence_permits": Text("居住证", "residence permit"),
}
ASSUMED = (
    "申请人信息截至{0}；本轮计算到{1}：以下在{0}仍在持续的情况假定延续到{1}：{2}。",
    "The applicant's facts are as of {0}; this round counts to {1}: what was still running on {0} is assumed to "
    "continue until {1}: {3}.",
)
NOTHING_RUNNING = (
    "申请人信息截至{0}；本轮计算到{1}：{0}之后的情况均未填写，不作假定。",
    "The applicant's facts are as of {0}; this round counts to {1}: nothing after {0} is entered, and nothing is assumed.",
)
PAST_RETIREMENT = (
    "{round}: the statutory retirement date is {retire} (born {birth}, {category}); this round counts to {cutoff}, "
    "after it, and after the file's date {as_of}: no one can declare it. Choose an earlier round."
)


def running_since(profile, city: str) -> list[tuple[Text, str]]:
    """(what, since when) of the periods of `city` with no end."""
    found = []
    for name, label in RUNNING.items():
        for period in getattr(profile, name):
            if getattr(period, "city", city) != city or getattr(period, "end", "none") is not None:
                continue
            start = getattr(period, "start", None) or getattr(period, "issued", None)
            since = format_month(start) if isinstance(start, int) else (start.isoformat() if start else "")
            found.append((label, since))
    return found


def assumption(profile, city: str, as_of: date, cutoff: date) -> Text | None:
    """What a round counted to `cutoff` assumes of facts given as of `as_of` (None: the round counts no later)."""
    if cutoff <= as_of:
        return None
    running = running_since(profile, city)
    if not running:
        return Text.of(NOTHING_RUNNING, as_of, cutoff)
    zh = "、".join(f"{label.zh}（自{since}）" if since else label.zh for label, since in running)
    en = ", ".join(f"{label.en} (since {since})" if since else label.en for label, since in running)
    return Text.of(ASSUMED, as_of, cutoff, zh, en)


def refuse_past_retirement(profile, pack, round_, cutoff: date, as_of: date) -> None:
    """A round after the file's date that counts to a day past the statutory retirement date: NotApplicable."""
    rule = pack.retirement_rule(profile.retirement_category)
    if rule is None or cutoff <= as_of:
        return
    retire, _base, _delay = retirement_date(profile.birth_date, rule)
    if retire <= cutoff:
        raise NotApplicable(
            PAST_RETIREMENT.format(
                round=round_,
                retire=retire.isoformat(),
                birth=profile.birth_date.isoformat(),
                category=profile.retirement_category,
                cutoff=cutoff.isoformat(),
                as_of=as_of.isoformat(),
            )
        )

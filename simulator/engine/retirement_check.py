"""The statutory retirement-age condition, as every city with one words it: the day the age is reached (the
national 2025 reform's steps, from the pack's rule) against the round's counting day."""

from __future__ import annotations

from datetime import date

from simulator.core.months import parse_month
from simulator.core.result import QualificationCheck, RuleValue, Text
from simulator.core.retirement import retirement_on

NAME = Text("不超过法定退休年龄", "Not over the statutory retirement age")
CATEGORY = {
    "male": Text("男", "men"),
    "female_cadre": Text("女（原55周岁退休）", "women (formerly retiring at 55)"),
    "female_worker": Text("女（原50周岁退休）", "women (formerly retiring at 50)"),
}
MET = (
    "法定退休年龄（{0}{1}周岁{2}）于{3}到达，晚于截止日{4}。",
    "The statutory retirement age ({5}: {1}{6}) is reached on {3}, after the cut-off {4}.",
)
UNMET = (
    "已于{3}达到法定退休年龄（{0}{1}周岁{2}），不晚于截止日{4}。",
    "The statutory retirement age ({5}: {1}{6}) was reached on {3}, by the cut-off {4}.",
)


def retirement_date(birth: date, rule, reform_from: int | None = None) -> tuple[date, int, int]:
    """(the day the statutory age is reached, its base years, months of delay under the reform) by a pack's
    RetirementRule; `reform_from` (a month number) where the caller has it parsed already."""
    start = reform_from if reform_from is not None else parse_month(rule.reform_from.value)
    return retirement_on(birth, rule.base_years.value, start, rule.months_per_step.value, rule.max_delay_months.value)


def retirement_check(
    birth: date,
    category: str,
    rule,
    cutoff: date,
    rules: tuple[RuleValue, ...],
    names: dict[str, Text] = CATEGORY,
    reform_from: int | None = None,
) -> QualificationCheck:
    """Met when the statutory age is reached after `cutoff`; the reason names the category, the age, the delay and
    both days."""
    retire_on, base, delay = retirement_date(birth, rule, reform_from)
    met = cutoff < retire_on
    who = names[category]
    reason = Text.of(
        MET if met else UNMET,
        who.zh,
        base,
        f"，延迟{delay}个月" if delay else "",
        retire_on,
        cutoff,
        who.en,
        f" plus {delay} months under the 2025 reform" if delay else "",
    )
    return QualificationCheck("retirement_age", NAME, met, reason, rules)

"""What each declared period brings to the round, by the calendar and by the rule values the result cites: the
months (or days) it has up to the cut-off, and those that are not counted with the reason.

Only what the calendar and the cited rule values say is counted here: months after the cut-off, a period in
another city, back-paid or transferred-in months where the cited rules say they do not count, rental months
without a registered lease where the cited rules require one. How the rules then score the months (caps, an own
home counted first, months counted automatically) is worked on the lines that score them; the reason names the
line whose rule value excludes the months.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from simulator.core.months import format_month
from simulator.core.result import Evaluation
from simulator.core.rounds import last_counted_month
from simulator.core.text import Text
from simulator.worksheet.numbering import Lines

AFTER_CUTOFF = ("截止月{1}之后{0}个月", "{0} after the cut-off {1}")
AFTER_CUTOFF_DAYS = ("截止日{1}之后{0}天", "{0} days after the cut-off {1}")
OTHER_CITY = ("不在{0}", "outside {1}")
BACK_PAID = ("{0}个月补缴，不计（第{1}行规则）", "{0} back-paid, not counted (rule of line {1})")
TRANSFERRED = ("{0}个月转入，不计（第{1}行规则）", "{0} transferred in, not counted (rule of line {1})")
UNREGISTERED = ("{0}个月租赁未备案（第{1}行规则）", "{0} with the lease not registered (rule of line {1})")


@dataclass(slots=True)
class PeriodCount:
    """One declared period in the round: `counted` months (days) up to the cut-off less those not counted."""

    counted: int
    not_counted: list[tuple[int, Text]] = field(default_factory=list)  # (months, why)


@dataclass(frozen=True, slots=True)
class _Rule:
    line: int
    value: object  # the cited value's words (yes/no) or text


def _cited(result: Evaluation, lines: Lines, *suffixes: str) -> _Rule | None:
    """The first rule value cited by a line whose path ends with one of `suffixes`."""
    for item in result.indicators:
        for rule in item.rules:
            if rule.key.rsplit(".", 1)[-1] in suffixes:
                words = rule.value_text.en if rule.value_text is not None else rule.value
                return _Rule(lines.numbers[item.id], words)
    return None


class PeriodCounter:
    """Counts the periods of one result, its cited rules read once."""

    def __init__(self, result: Evaluation, lines: Lines, city_name: Text):
        self.result = result
        self.city = result.city
        self.city_name = city_name
        self.cutoff = result.cutoff
        self.cutoff_month = last_counted_month(result.cutoff)
        self.back_paid = _cited(result, lines, "back_paid_scores", "back_paid_counts")
        self.transferred = _cited(result, lines, "transferred_in_counts")
        self.lease_from = _cited(result, lines, "lease_registration_required_from")
        self.lease_always = _cited(result, lines, "requires_registration", "requires_lease_registration")

    def _cut(self, start: int, end: int | None) -> tuple[int, int, int]:
        """(first, last, months after the cut-off) of a month period; an ongoing one runs to the cut-off."""
        last = self.cutoff_month if end is None else min(end, self.cutoff_month)
        after = 0 if end is None or end <= self.cutoff_month else end - max(start, self.cutoff_month + 1) + 1
        return start, last, after

    def months(self, period, table: str) -> PeriodCount:
        first, last, after = self._cut(period.start, period.end)
        months = max(last - first + 1, 0)
        count = PeriodCount(months)
        if after:
            count.not_counted.append((after, Text.of(AFTER_CUTOFF, after, format_month(self.cutoff_month))))
        if period.city != self.city:
            count.not_counted.append((months, Text.of(OTHER_CITY, self.city_name.zh, self.city_name.en)))
            count.counted = 0
            return count
        if table == "social_insurance":
            if getattr(period, "back_paid", False) and self.back_paid is not None and self.back_paid.value == "no":
                count.not_counted.append((months, Text.of(BACK_PAID, months, self.back_paid.line)))
                count.counted = 0
            elif getattr(period, "transferred_in", False) and self.transferred is not None and self.transferred.value == "no":
                count.not_counted.append((months, Text.of(TRANSFERRED, months, self.transferred.line)))
                count.counted = 0
        if table == "housing" and period.kind == "rented" and not period.lease_registered and months:
            unregistered = 0
            line = 0
            if self.lease_from is not None and isinstance(self.lease_from.value, str) and len(self.lease_from.value) == 7:
                year, month = self.lease_from.value.split("-")
                required = int(year) * 12 + int(month) - 1
                unregistered = max(0, last - max(first, required) + 1)
                line = self.lease_from.line
            elif self.lease_always is not None and self.lease_always.value == "yes":
                unregistered, line = months, self.lease_always.line
            if unregistered:
                count.not_counted.append((unregistered, Text.of(UNREGISTERED, unregistered, line)))
                count.counted -= unregistered
        return count

    def days(self, period) -> PeriodCount:
        """A registration kept to the day: days up to and including the cut-off date."""
        end: date = period.end or self.cutoff
        last = min(end, self.cutoff)
        days = max((last - period.start).days + 1, 0)
        count = PeriodCount(days)
        if end > self.cutoff:
            after = (end - max(period.start, self.cutoff)).days if period.start <= self.cutoff else (end - period.start).days + 1
            count.not_counted.append((after, Text.of(AFTER_CUTOFF_DAYS, after, self.cutoff.isoformat())))
        if period.city != self.city:
            count.not_counted.append((days, Text.of(OTHER_CITY, self.city_name.zh, self.city_name.en)))
            count.counted = 0
        return count

"""An estimate band for future yearly lines, from the year-on-year changes of the published lines.

The band for a year h years after the last published line is that line plus h times the smallest, the mean and
the largest yearly change seen. It is an estimate and says so: it rests on a handful of changes (four for
Beijing, 2018–2022), and knows nothing of quota or rule changes. Lines marked threshold or unconfirmed are
not used.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from simulator.core.decimals import round_points
from simulator.core.lines import PastLine, past_lines
from simulator.core.result import Text

NOTE = (
    "估计值，不是预测：按{0}–{1}年公布分数线的{2}次年度变化（每年+{3}至+{4}，平均+{5}）向后外推。"
    "仅依据{2}个数据，未考虑名额、申报人数或政策的变化。",
    "An estimate, not a prediction: the {2} year-on-year changes of the published lines {0}–{1} "
    "(+{3} to +{4} a year, mean +{5}) carried forward. It rests on {2} data points only and knows nothing of "
    "changes in quota, applicants or rules.",
)
LABEL = Text("估计", "estimate")


@dataclass(frozen=True, slots=True)
class BandYear:
    year: int
    low: Decimal
    central: Decimal
    high: Decimal


@dataclass(frozen=True, slots=True)
class ForecastBand:
    city: str
    based_on: tuple[PastLine, ...]  # the published lines used, oldest first
    yearly_changes: tuple[tuple[int, Decimal], ...]  # (year, change from the year before)
    years: tuple[BandYear, ...]
    note: Text

    @property
    def label(self) -> Text:
        return LABEL

    @property
    def data_points(self) -> int:
        return len(self.yearly_changes)

    def at(self, year: int) -> BandYear | None:
        for item in self.years:
            if item.year == year:
                return item
        return None


def _yearly(lines: tuple[PastLine, ...]) -> list[tuple[int, Decimal]]:
    usable = []
    for line in lines:
        if line.status == "published" and line.round.isdigit():
            usable.append((int(line.round), line.line))
    usable.sort()
    return usable


def forecast_band(city: str, years) -> ForecastBand | None:
    """The band for each of `years` after the last published line; None when fewer than two yearly lines exist."""
    published = _yearly(past_lines(city))
    if len(published) < 2:
        return None
    changes = []
    for (y0, l0), (y1, l1) in zip(published, published[1:]):
        if y1 > y0:  # a gap of several years counts as its yearly average
            changes.append((y1, (l1 - l0) / (y1 - y0)))
    rates = [c for _, c in changes]
    low, high = min(rates), max(rates)
    mean = sum(rates) / len(rates)
    last_year, last_line = published[-1]
    band = []
    for year in sorted(set(years)):
        h = year - last_year
        if h <= 0:
            continue
        band.append(
            BandYear(
                year, round_points(last_line + h * low), round_points(last_line + h * mean), round_points(last_line + h * high)
            )
        )
    used = tuple(line for line in past_lines(city) if line.status == "published" and line.round.isdigit())
    first_year = published[0][0]
    note = Text.of(NOTE, first_year, last_year, len(changes), round_points(low), round_points(high), round_points(mean))
    return ForecastBand(city, used, tuple((y, round_points(c)) for y, c in changes), tuple(band), note)

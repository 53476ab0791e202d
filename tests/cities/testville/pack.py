"""Testville's rule pack: what its two indicators and its one condition need."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from simulator.rules.common import Cited, CountingTime, PackBase, Strict


class Insurance(Strict):
    points_per_month: Cited[Decimal]
    max_points: Cited[Decimal]


class Degree(Strict):
    points: Cited[Decimal]


class TestvillePack(PackBase):
    FORMULA: ClassVar[str] = "testville"

    time: CountingTime
    insurance: Insurance
    degree: Degree

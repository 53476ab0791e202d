"""Points are Decimals, rounded the way the rules round: half up, to the quantum the rule pack gives
(`[time] rounding`; 0.01 for every edition known)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal("0")
CENT = Decimal("0.01")
TWELVE = Decimal(12)


def round_points(value: Decimal, quantum: Decimal = CENT) -> Decimal:
    return value.quantize(quantum, rounding=ROUND_HALF_UP)


_SHOWN: dict[Decimal, str] = {}


def fmt(value: Decimal) -> str:
    """A number as people write it: 40.75, 15, 10.5, -12."""
    if not value:
        return "0"  # also for -0, which compares equal to 0
    shown = _SHOWN.get(value)
    if shown is None:
        if value == value.to_integral_value():
            shown = format(value.to_integral_value(), "f")  # no quantize: it fails past the context's precision
        else:
            shown = format(value.normalize(), "f")
        if len(_SHOWN) < 100_000:  # points repeat a lot; the cache stays small in practice
            _SHOWN[value] = shown
    return shown

"""A projection as plain, JSON-ready data: everything a chart needs, for the wizard and the PDF worksheet alike.

{
  "city", "as_of", "retirement_on", "end_reason": {zh, en},
  "years": [{"year", "total", "qualified", "edition", "changes": [{"id", "name", "before", "after",
             "reasons": [{"kind", "zh", "en"}]}], "qualification_changes": [...], "edition_change"}],
  "past_lines": [{"round", "year" (int or null), "line", "status"}],
  "band": null or {"label": {zh, en}, "note": {zh, en}, "data_points", "years": [{"year", "low", "central", "high"}]}
}
Numbers are ints or floats (points have at most two decimals).
"""

from __future__ import annotations

from decimal import Decimal

from simulator.core.lines import past_lines
from simulator.core.result import Text
from simulator.planning.forecast import ForecastBand, forecast_band
from simulator.planning.projection import Projection


def _num(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _text(t: Text | None) -> dict | None:
    return None if t is None else {"zh": t.zh, "en": t.en}


def projection_data(projection: Projection, band: ForecastBand | None = None, *, with_band: bool = True) -> dict:
    if band is None and with_band:
        band = forecast_band(projection.city, [y.year for y in projection.years])
    years = []
    for item in projection.years:
        years.append(
            {
                "year": int(item.year),
                "round": str(item.year),  # "2025-Q3" where the rules hold several rounds a year
                "total": _num(item.total),
                # the lowest and highest totals where values not known leave a range (null: no bound known)
                "total_low": None if item.evaluation.total_low is None else _num(item.evaluation.total_low),
                "total_high": None if item.evaluation.total_high is None else _num(item.evaluation.total_high),
                "ranged": item.evaluation.ranged,
                "qualified": item.qualified,
                "edition": item.evaluation.edition,
                "changes": [
                    {
                        "id": c.id,
                        "name": _text(c.name),
                        "before": _num(c.before),
                        "after": _num(c.after),
                        "reasons": [{"kind": r.kind, **_text(r.text)} for r in c.reasons],
                    }
                    for c in item.changes
                ],
                "qualification_changes": [
                    {"id": q.id, "name": _text(q.name), "before": q.before, "after": q.after, "reason": _text(q.reason)}
                    for q in item.qualification_changes
                ],
                "edition_change": _text(item.edition_change),
            }
        )
    lines = [
        {"round": p.round, "year": int(p.round) if p.round.isdigit() else None, "line": _num(p.line), "status": p.status}
        for p in past_lines(projection.city)
    ]
    data = {
        "city": projection.city,
        "as_of": projection.as_of.isoformat(),
        "retirement_on": projection.retirement_on.isoformat() if projection.retirement_on else None,
        "end_reason": _text(projection.end_reason),
        "years": years,
        "past_lines": lines,
        "band": None,
    }
    if band is not None:
        data["band"] = {
            "label": _text(band.label),
            "note": _text(band.note),
            "data_points": band.data_points,
            "years": [{"year": b.year, "low": _num(b.low), "central": _num(b.central), "high": _num(b.high)} for b in band.years],
        }
    return data


def worksheet_projection(profile, city: str, as_of) -> dict | None:
    """The projection data the worksheet prints, or None when no coming round can be projected (the worksheet
    is still wanted then, so this never raises for a profile the engine can score)."""
    from simulator.planning.projection import project

    try:
        projection = project(profile, city, as_of=as_of)
    except (LookupError, ValueError):
        return None
    return projection_data(projection) if projection.years else None

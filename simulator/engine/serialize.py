"""An evaluation as plain JSON-ready data (numbers as numbers, texts in both languages)."""

from __future__ import annotations

from decimal import Decimal

from simulator.core.result import Evaluation, RuleValue, Text


def _num(value: Decimal) -> float | int:
    return int(value) if value == value.to_integral_value() else float(value)


def _text(t: Text) -> dict:
    return {"zh": t.zh, "en": t.en}


def _rule(r: RuleValue) -> dict:
    return {
        "key": r.key,
        "label": _text(r.label),
        "value": r.value,
        "citation": _text(r.citation),
        "confidence": r.confidence,
        "note": r.note,
    }


def evaluation_to_dict(result: Evaluation) -> dict:
    return {
        "city": result.city,
        "rule_pack": result.pack_id,
        "edition": result.edition,
        "edition_name": _text(result.edition_name),
        "data_version": result.data_version,
        "pack_hash": result.pack_hash,
        # a year (2024), or a round where the rules hold several a year ("2025-Q3")
        "declaration_year": str(result.declaration_year)
        if getattr(result.declaration_year, "part", "")
        else int(result.declaration_year),
        "cutoff": result.cutoff.isoformat(),
        "qualified": result.qualified,
        "total": _num(result.total),
        "points": {item.id: _num(item.points) for item in result.indicators},
        "qualification": [
            {"id": c.id, "name": _text(c.name), "met": c.met, "reason": _text(c.reason), "rules": [_rule(r) for r in c.rules]}
            for c in result.qualification
        ],
        "derivation": [
            {
                "id": item.id,
                "name": _text(item.name),
                "points": _num(item.points),
                "inputs": [
                    {"label": _text(i.label), "value": i.value} | ({"value_text": _text(i.value_text)} if i.value_text else {})
                    for i in item.inputs
                ],
                "rules": [_rule(r) for r in item.rules],
                "steps": [_text(s) for s in item.steps],
                "events": [{"kind": e.kind, "text": _text(e.text)} for e in item.events],
            }
            | _indicator_extras(item)
            for item in result.indicators
        ],
        "lines": [
            {"round": c.round, "line": _num(c.line), "status": c.status, "note": c.note, "difference": _num(c.difference)}
            for c in result.lines
        ],
    } | _extras(result)


def _missing(m) -> dict:
    return {"indicator": m.indicator, "label": _text(m.label), "path": m.path} | ({"unanswered": True} if m.unanswered else {})


def _indicator_extras(item) -> dict:
    """Grouped indicators (Xiong'an, Hangzhou) and values the sources do not give; nothing for Beijing."""
    extras = {}
    if item.group:
        extras["group"] = item.group
    if item.missing:
        extras["missing"] = [_missing(m) for m in item.missing]
    if item.ranged:  # null: no bound known on that side
        extras["range"] = {
            "low": _num(item.low) if item.low is not None else None,
            "high": _num(item.high) if item.high is not None else None,
        }
    return extras


def _extras(result: Evaluation) -> dict:
    """Provisional totals, user-supplied values, channels, vetoes, tie-break keys and pass marks, where present."""
    extras: dict = {"provisional": result.provisional}
    if result.ranged:  # the lowest and highest totals the known rules allow (null: no bound known)
        extras["total_range"] = {
            "low": _num(result.total_low) if result.total_low is not None else None,
            "high": _num(result.total_high) if result.total_high is not None else None,
        }
    if result.assumptions:
        extras["assumptions"] = [_text(a) for a in result.assumptions]
    if result.missing:
        extras["missing"] = [_missing(m) for m in result.missing]
    if result.user_supplied:
        extras["user_supplied"] = [
            {"path": u.path, "label": _text(u.label), "value": u.value, "note": u.note, "replaced": u.replaced}
            for u in result.user_supplied
        ]
    if result.channel is not None:
        c = result.channel
        extras["channel"] = {"id": c.id, "name": _text(c.name), "reason": _text(c.reason), "rules": [_rule(r) for r in c.rules]}
    if result.veto is not None:
        extras["veto"] = _text(result.veto)
    if result.tie_break is not None:
        extras["tie_break"] = [
            {"id": p.id, "name": _text(p.name), "value": _num(p.value), "shown": p.shown} for p in result.tie_break.parts
        ]
    if result.pass_mark is not None:
        extras["pass_mark"] = _num(result.pass_mark)
        extras["meets_pass_mark"] = result.meets_pass_mark  # null: it depends on values not known
        extras["pass_state"] = result.pass_state(result.pass_mark)
    return extras

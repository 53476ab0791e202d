"""An evaluation as plain JSON-ready data (numbers as numbers, texts in both languages)."""

from __future__ import annotations

from decimal import Decimal

from simulator.engine.result import Evaluation, RuleValue, Text


def _num(value: Decimal) -> float | int:
    return int(value) if value == value.to_integral_value() else float(value)


def _text(t: Text) -> dict:
    return {"zh": t.zh, "en": t.en}


def _rule(r: RuleValue) -> dict:
    return {"key": r.key, "label": _text(r.label), "value": r.value, "citation": _text(r.citation), "confidence": r.confidence, "note": r.note}


def evaluation_to_dict(result: Evaluation) -> dict:
    return {
        "city": result.city,
        "rule_pack": result.pack_id,
        "edition": result.edition,
        "edition_name": _text(result.edition_name),
        "data_version": result.data_version,
        "pack_hash": result.pack_hash,
        "declaration_year": result.declaration_year,
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
                "inputs": [{"label": _text(i.label), "value": i.value} for i in item.inputs],
                "rules": [_rule(r) for r in item.rules],
                "steps": [_text(s) for s in item.steps],
                "events": [{"kind": e.kind, "text": _text(e.text)} for e in item.events],
            }
            for item in result.indicators
        ],
        "lines": [
            {"round": l.round, "line": _num(l.line), "status": l.status, "note": l.note, "difference": _num(l.difference)}
            for l in result.lines
        ],
    }

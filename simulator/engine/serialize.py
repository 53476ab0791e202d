"""The JSON every command prints with `--json`: one versioned schema shared by every city
(`docs/json-schema.md`, machine-readable in `docs/schema/points-simulator-v1.schema.json`).

Every document is an envelope `{"schema": "points-simulator/v1", "schema_version": 1, "kind": …, "program":
{"name", "version"}, …}` and the body of its kind. Decimals (points, amounts, lines) are strings ("57.25", "-12",
"130"): a reader never meets a float's rounding, and a number is never an int in one place and a float in another.
A bound that is not known is null. Texts are `{"zh": …, "en": …}`. Every key of a kind is always present (null or
empty where it does not apply), whatever the city.

A change that only adds keys keeps the version; one that removes or changes the meaning of a key raises it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from simulator import APP_NAME, __version__
from simulator.core.decimals import fmt
from simulator.core.phrases import article_of, citation_words, input_letter, split_citation
from simulator.core.result import Evaluation, IndicatorResult, MissingValue, RuleValue, Text

SCHEMA = "points-simulator/v1"
SCHEMA_VERSION = 1


def dec(value: Decimal | None) -> str | None:
    """A decimal as the schema writes it: a string as people write points ("57.25", "-12"); null when not known."""
    return None if value is None else fmt(value)


def text(t: Text | None) -> dict | None:
    return None if t is None else {"zh": t.zh, "en": t.en}


def day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def envelope(kind: str, **body) -> dict:
    """A document of the schema: what it is, which program wrote it, and its body."""
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "kind": kind,
        "program": {"name": APP_NAME, "version": __version__},
        **body,
    }


def rule(r: RuleValue) -> dict:
    _, section = split_citation(r.citation)
    article = article_of(section) if section else None
    return {
        "key": r.key,
        "label": text(r.label),
        "value": r.value,
        "value_text": text(r.value_text),
        "citation": text(r.citation),
        "place": text(citation_words(r.citation)),  # the article, or "article not verified"
        "article": text(article),
        "confidence": r.confidence,
        "note": r.note,
    }


def missing(m: MissingValue) -> dict:
    return {"indicator": m.indicator, "label": text(m.label), "path": m.path, "unanswered": m.unanswered}


def indicator(item: IndicatorResult, line: int) -> dict:
    return {
        "line": line,
        "id": item.id,
        "name": text(item.name),
        "group": item.group,
        "points": dec(item.points),
        "low": dec(item.low),
        "high": dec(item.high),
        "ranged": item.ranged,
        "inputs": [
            {"ref": f"{line}{input_letter(i)}", "label": text(u.label), "value": u.value, "value_text": text(u.value_text)}
            for i, u in enumerate(item.inputs)
        ],
        "rules": [rule(r) for r in item.rules],
        "steps": [text(s) for s in item.steps],
        "events": [{"kind": e.kind, "text": text(e.text)} for e in item.events],
        "missing": [missing(m) for m in item.missing],
    }


def round_of(value) -> tuple[str, int]:
    """(the round as written, "2026" or "2025-Q3"; its calendar year)."""
    return str(value), int(getattr(value, "year", value))


def evaluation_to_dict(result: Evaluation) -> dict:
    """An evaluation in the schema's terms (the `evaluation` of a `score` document)."""
    from simulator import cities

    shown_round, year = round_of(result.declaration_year)
    pass_mark = None
    if result.pass_mark is not None:
        pass_mark = {
            "value": dec(result.pass_mark),
            "name": text(result.pass_mark_name) if result.pass_mark_name is not None else None,
            "state": result.pass_state(result.pass_mark),  # reached / not_reached / depends
        }
    channel = None
    if result.channel is not None:
        c = result.channel
        channel = {"id": c.id, "name": text(c.name), "reason": text(c.reason), "rules": [rule(r) for r in c.rules]}
    return {
        "city": result.city,
        "city_name": text(cities.name_of(result.city)),
        "rule_pack": {
            "id": result.pack_id,
            "edition": result.edition,
            "name": text(result.edition_name),
            "data_version": result.data_version,
            "digest": result.pack_hash,
        },
        "declaration_round": shown_round,
        "declaration_year": year,
        "cutoff": day(result.cutoff),
        "scored": result.scored,
        "qualified": result.qualified,
        "total": dec(result.total),
        "total_low": dec(result.total_low),
        "total_high": dec(result.total_high),
        "ranged": result.ranged,
        "provisional": result.provisional,
        "total_line": len(result.indicators) + 1,
        "pass_mark": pass_mark,
        "channel": channel,
        "veto": text(result.veto),
        "tie_break": [{"id": p.id, "name": text(p.name), "value": dec(p.value), "shown": p.shown} for p in result.tie_break.parts]
        if result.tie_break is not None
        else [],
        "qualification": [
            {"id": c.id, "name": text(c.name), "met": c.met, "reason": text(c.reason), "rules": [rule(r) for r in c.rules]}
            for c in result.qualification
        ],
        "indicators": [indicator(item, n) for n, item in enumerate(result.indicators, start=1)],
        "points": {item.id: dec(item.points) for item in result.indicators},
        "missing": [missing(m) for m in result.missing],
        "user_supplied": [
            {"path": u.path, "label": text(u.label), "value": u.value, "note": u.note, "replaced": u.replaced}
            for u in result.user_supplied
        ],
        "assumptions": [text(a) for a in result.assumptions],
        "lines": [
            {"round": c.round, "line": dec(c.line), "status": c.status, "note": c.note, "difference": dec(c.difference)}
            for c in result.lines
        ],
    }


def score_document(result: Evaluation | None, *, file: str, input_digest: str, problems: list[dict] | None = None) -> dict:
    """The `score` document: the applicant file, its digest, the evaluation (null where the round's checks
    refused the file) and the problems found (each naming the file, the field and the value)."""
    return envelope(
        "score",
        input={"file": file, "digest": input_digest},
        evaluation=evaluation_to_dict(result) if result is not None else None,
        problems=problems or [],
    )

"""The `--json` documents of the commands other than `score`, in the one schema (simulator.engine.serialize;
docs/json-schema.md). Every decimal a string, every text {zh, en}, every key present whatever the city."""

from __future__ import annotations

from simulator.engine.serialize import day, dec, envelope, round_of, text


def _total(evaluation) -> dict:
    return {
        "total": dec(evaluation.total),
        "total_low": dec(evaluation.total_low),
        "total_high": dec(evaluation.total_high),
        "ranged": evaluation.ranged,
        "qualified": evaluation.qualified,
    }


def _change(change) -> dict:
    return {
        "id": change.id,
        "name": text(change.name),
        "before": dec(change.before),
        "after": dec(change.after),
        "reasons": [{"kind": r.kind, "text": text(r.text)} for r in change.reasons],
    }


def _qualification_change(change) -> dict:
    return {
        "id": change.id,
        "name": text(change.name),
        "before": change.before,
        "after": change.after,
        "reason": text(change.reason),
    }


def _past_line(line) -> dict:
    return {"round": line.round, "line": dec(line.line), "status": line.status, "note": line.note}


def projection_document(projection, band, past_lines) -> dict:
    rounds = []
    for item in projection.years:
        shown, year = round_of(item.year)
        compared = getattr(item, "compared_with", None)
        rounds.append(
            {
                "round": shown,
                "year": year,
                **_total(item.evaluation),
                "edition": item.evaluation.edition,
                "rule_pack": item.evaluation.pack_id,
                "compared_with": None if compared is None else str(compared),
                "changes": [_change(c) for c in item.changes],
                "qualification_changes": [_qualification_change(q) for q in item.qualification_changes],
                "edition_change": text(item.edition_change),
                "assumptions": [text(a) for a in getattr(item, "assumptions", [])],
            }
        )
    return envelope(
        "projection",
        city=projection.city,
        as_of=day(projection.as_of),
        retirement_on=day(projection.retirement_on),
        end_reason=text(projection.end_reason),
        rounds=rounds,
        past_lines=[_past_line(p) for p in past_lines],
        band=None
        if band is None
        else {
            "label": text(band.label),
            "note": text(band.note),
            "data_points": band.data_points,
            "years": [{"year": b.year, "low": dec(b.low), "central": dec(b.central), "high": dec(b.high)} for b in band.years],
        },
    )


def whatif_document(city: str, as_of, suggestions) -> dict:
    return envelope(
        "whatif",
        city=city,
        as_of=day(as_of),
        suggestions=[
            {
                "rank": rank,
                "id": s.id,
                "description": text(s.description),
                "earliest_round": str(s.earliest_year),
                "gained": dec(s.gained),
                "base_total": dec(s.base_total),
                "new_total": dec(s.new_total),
                "by_indicator": {k: dec(v) for k, v in s.by_indicator.items()},
                "base_qualified": s.base_qualified,
                "later": [{"round": str(g.year), "gained": dec(g.gained)} for g in s.later],
            }
            for rank, s in enumerate(suggestions, start=1)
        ],
    )


def scenarios_document(city: str, year, results) -> dict:
    rows = []
    for r in results:
        evaluation = r.evaluation
        rows.append(
            {
                "name": r.name,
                "as_filed": r.scenario is None,
                "scored": evaluation is not None,
                "total": dec(evaluation.total) if evaluation is not None else None,
                "total_low": dec(evaluation.total_low) if evaluation is not None else None,
                "total_high": dec(evaluation.total_high) if evaluation is not None else None,
                "qualified": evaluation.qualified if evaluation is not None else None,
                "points": {i.id: dec(i.points) for i in evaluation.indicators} if evaluation is not None else {},
                "problems": list(r.problems),
                "changes": [_change(c) for c in r.changes],
                "qualification_changes": [_qualification_change(q) for q in r.qualification_changes],
            }
        )
    return envelope("scenarios", city=city, declaration_round=str(year), scenarios=rows)


def _side(evaluation) -> dict:
    return {
        "rule_pack": evaluation.pack_id,
        "edition": evaluation.edition,
        "edition_name": text(evaluation.edition_name),
        "declaration_round": str(evaluation.declaration_year),
        **_total(evaluation),
    }


def comparison_document(comparison) -> dict:
    return envelope(
        "comparison",
        before=_side(comparison.before),
        after=_side(comparison.after),
        delta=dec(comparison.delta),
        notes=[text(n) for n in comparison.notes],
        qualification=[_qualification_change(q) for q in comparison.qualification],
        indicators=[{**_change(c), "changed": c.changed} for c in comparison.indicators],
    )


def pack_summary(pack, origin: str, file: str | None) -> dict:
    info = pack.pack
    return {
        "id": info.id,
        "city": info.city,
        "edition": info.edition,
        "name": text(info.name),
        "first_declaration_year": info.first_declaration_year,
        "last_declaration_year": info.last_declaration_year,
        "in_force_from": day(info.in_force_from),
        "in_force_until": day(info.in_force_until),
        "data_version": info.data_version,
        "digest": pack.content_hash,
        "origin": origin,
        "file": file,
    }


def packs_document(packs: list[dict], left_out: list[str]) -> dict:
    return envelope("packs", packs=packs, left_out=left_out)


def batch_document(result, options, source: str) -> dict:
    info = options.pack.pack
    return envelope(
        "batch",
        source=source,
        out_dir=str(result.out_dir),
        city=info.city,
        rule_pack={"id": info.id, "digest": options.pack.content_hash},
        declaration_round=str(options.year),
        rows_read=result.rows_read,
        scored=len(result.rows),
        qualified=sum(1 for r in result.rows if r.qualified),
        rows_with_problems=result.rows_with_problems,
        problems=[
            {"row": p.row, "applicant_id": p.applicant_id, "column": p.column, "value": p.value, "message": p.message}
            for p in result.problems
        ],
        files=[str(f) for f in result.files],
        pdfs=result.pdfs,
        cancelled=result.cancelled,
    )

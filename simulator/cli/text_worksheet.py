"""The worksheet as plain text, for the terminal: the same numbered lines as the PDF (1, 2, …; inputs 1a, 1b, …),
in one language (the citations with their article, or "article not verified")."""

from __future__ import annotations

from simulator.core.decimals import fmt
from simulator.core.identity import mask_id
from simulator.core.phrases import STATUS, Phrasebook, citation_words, input_letter
from simulator.core.ranges import points_of, verdict
from simulator.core.result import Evaluation
from simulator.profile.model import ApplicantProfile


def render(result: Evaluation, profile: ApplicantProfile, lang: str = "zh", show_id: bool = False) -> str:
    phrases = Phrasebook(lang)

    def L(key: str) -> str:
        return phrases(f"term_{key}")

    out = []
    out.append(f"{L('title')} — {result.edition_name(lang)}")
    out.append(
        f"{L('year')}: {result.declaration_year}    {L('cutoff')}: {result.cutoff.isoformat()}    "
        f"{L('data')} {result.data_version} ({result.pack_hash})"
    )
    if profile.name or profile.id_number:
        shown_id = profile.id_number if show_id else mask_id(profile.id_number)
        out.append(f"{L('applicant')}: {profile.name}    {L('id')}: {shown_id}")
    out.append("")
    if result.channel is not None:
        out.append(f"== {L('channel')}: {result.channel.name(lang)} ==")
        out.append(f"   {result.channel.reason(lang)}")
        out.append("")
        out.append(phrases("disclaimer"))
        return "\n".join(out)
    out.append(f"== {L('qualification')} ==")
    for check in result.qualification:
        mark = "✓" if check.met else "✗"
        out.append(f" {mark} {check.name(lang)} — {L('met') if check.met else L('unmet')}: {check.reason(lang)}")
    if not result.qualified:
        out.append(f" ! {L('whatif')}")
    out.append("")
    for line, item in enumerate(result.indicators, start=1):
        out.append(f"== {phrases('term_line', n=line)} {item.name(lang)}: {points_of(item)(lang)} ==")
        for i, used in enumerate(item.inputs):
            out.append(f"   {line}{input_letter(i)} {used.label(lang)} = {used.shown(lang)}")
        for step in item.steps:
            out.append(f"   = {step(lang)}")
        for event in item.events:
            out.append(f"   ! {event.text(lang)}")
        cited = list(dict.fromkeys(citation_words(r.citation)(lang) for r in item.rules))
        if cited:
            out.append(f"   {L('rules')}: {phrases('list_separator').join(cited)}")
    out.append("")
    total_line = phrases("term_line", n=len(result.indicators) + 1)
    out.append(f"{total_line} {L('total')}: {points_of(result)(lang)}" + ("" if result.qualified else f"  ({L('whatif')})"))
    if result.provisional:
        out.append(f" ! {L('provisional')}:")
        for missing in result.missing:
            unanswered = f" — {phrases('not_answered')}" if missing.unanswered else ""
            of = result.indicator(missing.indicator)
            where = f"{of.name(lang)}: " if of is not None else ""
            # the value's path is what --overrides takes: named as such, not left as a bare id
            out.append(f"   - {where}{missing.label(lang)} ({phrases('overrides_path', path=missing.path)}){unanswered}")
    for assumed in result.assumptions:
        out.append(f" ! {assumed(lang)}")
    if result.user_supplied:
        out.append(f"== {L('supplied')} ==")
        for value in result.user_supplied:
            replaced = f"; {L('replaces')} {value.replaced}" if value.replaced is not None else ""
            note = f" — {value.note}" if value.note else ""
            out.append(f"   {value.label(lang)} ({value.path}) = {value.value}{replaced}{note}")
    if result.veto is not None:
        out.append(f" ! {L('veto')}: {result.veto(lang)}")
    if result.pass_mark is not None:
        name = result.pass_mark_name(lang) if result.pass_mark_name is not None else L("pass_mark")
        out.append(f"{name}: {fmt(result.pass_mark)} — {verdict(result, result.pass_mark)[1](lang)}")
    if result.tie_break is not None:
        out.append(f"{L('tie_break')}: " + "; ".join(f"{part.name(lang)} {part.shown}" for part in result.tie_break.parts))
    if result.lines:
        out.append(f"== {L('lines')} ==")
        for line in result.lines:
            sign = "+" if line.difference >= 0 else ""
            status = "" if line.status == "published" else f" [{phrases.of(STATUS, line.status)}]"
            out.append(f"   {line.round}: {fmt(line.line)}{status}  {sign}{fmt(line.difference)}")
    out.append("")
    out.append(phrases("disclaimer"))
    return "\n".join(out)

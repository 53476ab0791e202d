"""The proof side of a block: which documents prove it, where to look, who verifies it, and a box to tick."""

from __future__ import annotations

from simulator.rules.help import indicator_help
from simulator.worksheet.context import Sheet
from simulator.worksheet.text import esc


def evidence_rows(sheet: Sheet, help_id: str) -> list[tuple[str, str]]:
    """(label, markup) rows from the city's help texts; empty when the city has none for this indicator."""
    found = indicator_help(sheet.result.city, help_id, sheet.pack)
    if found is None:
        return []
    L, lang = sheet.labels, sheet.lang
    documents = esc(found.documents(lang))
    where = found.where_to_look(lang)
    if where:
        documents += f"<br/><font size='7' color='#5B6673'>{esc(L('where_to_look'))}{L('colon')}{esc(where)}</font>"
    verified = esc(found.verified_by(lang))
    if found.verified_by.confidence == "?":
        verified += f" <font size='7' color='#B3261E'>{esc(L('unconfirmed'))}</font>"
    return [(L("documents"), documents), (L("verified_by"), verified)]

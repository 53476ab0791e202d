"""Choice lists that come from the rule pack, named in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from simulator.gui.state import ApplicantState


def district_choices(state: ApplicantState) -> list[tuple[str, str]]:
    lang = state.lang
    central = QCoreApplication.translate("Choices", "{0} (central)")
    choices = []
    for d in state.pack.districts:
        name = d.zh if lang == "zh" else d.en
        choices.append((d.id, central.format(name) if d.central else name))
    return choices


def named(text, lang: str) -> str:
    return text.zh if lang == "zh" else text.en

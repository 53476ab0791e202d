"""Choice lists, named in the user's language: those that come from the rule pack, and the answers the applicant
file knows for the facts several cities' rules use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from simulator.gui.form.state import ApplicantState


def district_choices(state: ApplicantState) -> list[tuple[str, str, str]]:
    """(id, name, other words it is found by): typing "tong" or 通 finds 通州区 in either language."""
    lang = state.lang
    central = QCoreApplication.translate("Choices", "{0} (central)")
    choices = []
    for d in state.pack.district_list():  # rules without districts name none
        name = d.zh if lang == "zh" else d.en
        choices.append((d.id, central.format(name) if d.central else name, f"{d.en} {d.zh}"))
    return choices


_EVERY_DISTRICT: dict[str, tuple[str, str]] = {}


def any_district(state: ApplicantState, value: object) -> str | None:
    """The name of a district of any installed rules (a row of another city keeps its district); "—" for one no rules
    name (kept as the file has it, and not used by any rules: its raw text is nobody's name for it)."""
    if not _EVERY_DISTRICT:
        from simulator.rules import installed_packs

        for pack in installed_packs():
            for d in pack.district_list():
                _EVERY_DISTRICT.setdefault(d.id, (d.zh, d.en))
    names = _EVERY_DISTRICT.get(str(value))
    if names is None:
        return "—"
    return names[0] if state.lang == "zh" else names[1]


def named(text, lang: str) -> str:
    return text.zh if lang == "zh" else text.en


def honour_kinds(state: ApplicantState) -> list[tuple[str, str]]:
    """The honours the rules name one by one, or else the kinds of any honour (ranked by the awarding level)."""
    kinds = state.pack.honour_kinds()
    if kinds is not None:
        return [(k, named(text, state.lang)) for k, text in kinds.items()]
    return [
        ("title", QCoreApplication.translate("Choices", "Honorary title (荣誉称号)")),
        ("commendation", QCoreApplication.translate("Choices", "Commendation or award (表彰奖励)")),
    ]


def honour_levels() -> list[tuple[str, str]]:
    return [
        ("national", QCoreApplication.translate("Choices", "National (国家级)")),
        ("provincial", QCoreApplication.translate("Choices", "Provincial (省级)")),
        ("municipal", QCoreApplication.translate("Choices", "Municipal (市级)")),
        ("district", QCoreApplication.translate("Choices", "District or county (区县级)")),
    ]


def professional_titles() -> list[tuple[str, str]]:
    return [
        ("senior", QCoreApplication.translate("Choices", "Senior (正高级)")),
        ("deputy_senior", QCoreApplication.translate("Choices", "Deputy senior (副高级)")),
        ("intermediate", QCoreApplication.translate("Choices", "Intermediate (中级)")),
        ("assistant", QCoreApplication.translate("Choices", "Assistant / junior (初级)")),
    ]


def skill_levels() -> list[tuple[str, str]]:
    return [
        ("senior_technician", QCoreApplication.translate("Choices", "Senior technician (高级技师, level 1)")),
        ("technician", QCoreApplication.translate("Choices", "Technician (技师, level 2)")),
        ("senior_worker", QCoreApplication.translate("Choices", "Senior worker (高级工, level 3)")),
        ("intermediate_worker", QCoreApplication.translate("Choices", "Intermediate worker (中级工, level 4)")),
        ("junior_worker", QCoreApplication.translate("Choices", "Junior worker (初级工, level 5)")),
    ]


def penalty_kinds() -> list[tuple[str, str]]:
    return [
        ("criminal", QCoreApplication.translate("Choices", "Criminal conviction (刑事犯罪)")),
        ("drug_rehabilitation", QCoreApplication.translate("Choices", "Compulsory drug rehabilitation (强制隔离戒毒)")),
        ("judicial_detention", QCoreApplication.translate("Choices", "Judicial detention (司法拘留)")),
    ]


def listing_levels() -> list[tuple[str, str]]:
    return [
        ("national", QCoreApplication.translate("Choices", "National dishonesty list")),
        ("provincial", QCoreApplication.translate("Choices", "Provincial dishonesty list")),
        ("municipal", QCoreApplication.translate("Choices", "Municipal dishonesty list")),
    ]

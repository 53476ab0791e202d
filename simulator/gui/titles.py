"""The wizard's pages in the order of the official form, and their titles: the full title above the page and
the short one in the step list (drawn before the pages themselves are built)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# start, qualification, the nine indicators (the study-period deduction shares the education page), summary
PAGE_IDS = (
    "start",
    "qualification",
    "employment",
    "residence",
    "education",
    "work_residence_area",
    "innovation",
    "tax",
    "age",
    "honours",
    "law_abiding",
    "summary",
)


def title(page_id: str) -> str:
    titles = {
        "start": QCoreApplication.translate("Titles", "Rules and language"),
        "qualification": QCoreApplication.translate("Titles", "Applicant and qualification"),
        "employment": QCoreApplication.translate("Titles", "1 · Legal stable employment (social insurance)"),
        "residence": QCoreApplication.translate("Titles", "2 · Legal stable residence (housing)"),
        "education": QCoreApplication.translate("Titles", "3 · Education, and the study-period deduction"),
        "work_residence_area": QCoreApplication.translate("Titles", "4 · Work and residence area"),
        "innovation": QCoreApplication.translate("Titles", "5 · Innovation and entrepreneurship"),
        "tax": QCoreApplication.translate("Titles", "6 · Tax"),
        "age": QCoreApplication.translate("Titles", "7 · Age"),
        "honours": QCoreApplication.translate("Titles", "8 · Honours"),
        "law_abiding": QCoreApplication.translate("Titles", "9 · Law-abiding record"),
        "summary": QCoreApplication.translate("Titles", "Summary: the whole derivation"),
    }
    return titles[page_id]


def short_title(page_id: str) -> str:
    titles = {
        "start": QCoreApplication.translate("Titles", "Start"),
        "qualification": QCoreApplication.translate("Titles", "Qualification"),
        "employment": QCoreApplication.translate("Titles", "1 Employment"),
        "residence": QCoreApplication.translate("Titles", "2 Residence"),
        "education": QCoreApplication.translate("Titles", "3 Education"),
        "work_residence_area": QCoreApplication.translate("Titles", "4 Area"),
        "innovation": QCoreApplication.translate("Titles", "5 Innovation"),
        "tax": QCoreApplication.translate("Titles", "6 Tax"),
        "age": QCoreApplication.translate("Titles", "7 Age"),
        "honours": QCoreApplication.translate("Titles", "8 Honours"),
        "law_abiding": QCoreApplication.translate("Titles", "9 Law-abiding"),
        "summary": QCoreApplication.translate("Titles", "Summary"),
    }
    return titles[page_id]

"""The column titles of every table, by list and column: a list shown on several pages (insurance, homes, tax
years, detentions) is titled alike wherever it appears, and the problems under a table name its columns so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from simulator.gui.form.tables import LISTS


def _common() -> dict[str, str]:
    return {
        "start": QCoreApplication.translate("Columns", "Start month"),
        "end": QCoreApplication.translate("Columns", "End month"),
        "back_paid": QCoreApplication.translate("Columns", "Back-paid"),
        "transferred_in": QCoreApplication.translate("Columns", "Transferred in"),
        "city": QCoreApplication.translate("Columns", "City"),
        "kind": QCoreApplication.translate("Columns", "Kind"),
        "district": QCoreApplication.translate("Columns", "District"),
        "lease_registered": QCoreApplication.translate("Columns", "Lease registered"),
        "employer": QCoreApplication.translate("Columns", "Employer (optional)"),
        "year": QCoreApplication.translate("Columns", "Year"),
        "amount_yuan": QCoreApplication.translate("Columns", "Income tax paid (yuan)"),
        "date": QCoreApplication.translate("Columns", "Date"),
        "note": QCoreApplication.translate("Columns", "Note"),
        "act": QCoreApplication.translate("Columns", "Same act as"),
    }


def _by_list(name: str) -> dict[str, str]:
    titles = {
        "honours": {
            "kind": QCoreApplication.translate("Columns", "Honour"),
            "note": QCoreApplication.translate("Columns", "Name or note"),
            "level": QCoreApplication.translate("Columns", "Level"),
        },
        "residence_permits": {
            "issued": QCoreApplication.translate("Columns", "Issued on (optional)"),
            "suspended": QCoreApplication.translate("Columns", "Suspended"),
        },
        "residence_registrations": {
            "start": QCoreApplication.translate("Columns", "First day"),
            "end": QCoreApplication.translate("Columns", "Last day"),
        },
        "investment_tax": {"amount_yuan": QCoreApplication.translate("Columns", "Tax paid by the enterprise (yuan)")},
        "blood_donations": {"ml": QCoreApplication.translate("Columns", "Amount (ml)")},
        "volunteering": {"hours": QCoreApplication.translate("Columns", "Hours")},
        "charity_donations": {"yuan": QCoreApplication.translate("Columns", "Amount (yuan)")},
        "invention_patents": {
            "granted": QCoreApplication.translate("Columns", "Granted on"),
            "title": QCoreApplication.translate("Columns", "Title (optional)"),
            "shared": QCoreApplication.translate("Columns", "Shared"),
            "first_patentee": QCoreApplication.translate("Columns", "First patentee"),
            "transferred": QCoreApplication.translate("Columns", "Obtained by transfer"),
        },
        "penalties": {
            "serious_crime": QCoreApplication.translate("Columns", "Serious crime"),
            "sentence_years": QCoreApplication.translate("Columns", "Sentence (years)"),
        },
        "dishonesty_listings": {"level": QCoreApplication.translate("Columns", "List")},
        "other_qualifications": {
            "level": QCoreApplication.translate("Columns", "Qualification"),
            "diploma": QCoreApplication.translate("Columns", "Diploma (学历)"),
            "degree": QCoreApplication.translate("Columns", "Degree (学位)"),
            "study_start": QCoreApplication.translate("Columns", "Study start"),
            "study_end": QCoreApplication.translate("Columns", "Study end"),
        },
    }
    return titles.get(name, {})


def column_titles(name: str) -> list[str]:
    """The titles of the list's columns, in the language in force."""
    titles = {**_common(), **_by_list(name)}
    return [titles.get(column.key, column.key) for column in LISTS[name].columns]

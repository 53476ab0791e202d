"""Problem messages shown next to the fields, in the user's language.

Each message is a function so that it is translated when it is shown (the language can change at any
time); the literal context "Problems" lets pyside6-lupdate collect them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def required() -> str:
    return QCoreApplication.translate("Problems", "Required.")


def choose_one() -> str:
    return QCoreApplication.translate("Problems", "Choose one of the options.")


def month_format(text: str) -> str:
    return QCoreApplication.translate("Problems", "“{0}” is not a month: write it as YYYY-MM, for example 2020-08.").format(text)


def date_format(text: str) -> str:
    return QCoreApplication.translate("Problems", "“{0}” is not a date: write it as YYYY-MM-DD, for example 1985-06-15.").format(
        text
    )


def year_format(text: str) -> str:
    return QCoreApplication.translate("Problems", "“{0}” is not a year: write four digits, for example 2024.").format(text)


def number_format(text: str) -> str:
    return QCoreApplication.translate(
        "Problems", "“{0}” is not a number: write it in digits, for example 120000, 120,000 or 12万."
    ).format(text)


def whole_number_format(text: str) -> str:
    return QCoreApplication.translate("Problems", "“{0}” is not a whole number.").format(text)


def at_least(limit: object) -> str:
    return QCoreApplication.translate("Problems", "Must be at least {0}.").format(limit)


def at_most(limit: object) -> str:
    return QCoreApplication.translate("Problems", "Must be at most {0}.").format(limit)


def end_before_start(start: str, end: str) -> str:
    return QCoreApplication.translate("Problems", "The end month {0} is before the start month {1}.").format(end, start)


def last_day_before_first(first: str, last: str) -> str:
    return QCoreApplication.translate("Problems", "The last day {0} is before the first day {1}.").format(last, first)


def study_both_or_neither() -> str:
    return QCoreApplication.translate("Problems", "Give both the start and the end month of study, or neither.")


def study_end_before_start(start: str, end: str) -> str:
    return QCoreApplication.translate("Problems", "The study end {0} is before the study start {1}.").format(end, start)


def diploma_or_degree() -> str:
    return QCoreApplication.translate("Problems", "Tick the diploma, the degree, or both.")


def overlaps_row(row: int) -> str:
    return QCoreApplication.translate(
        "Problems", "Overlaps row {0}: a month can be counted only once. Correct one of the two periods."
    ).format(row)


def year_repeated(year: str, row: int) -> str:
    return QCoreApplication.translate("Problems", "The year {0} is already entered in row {1}.").format(year, row)


def birth_implausible() -> str:
    return QCoreApplication.translate("Problems", "A birth date before 1900 is not plausible.")


def after_cutoff(cutoff: str, year: int) -> str:
    return QCoreApplication.translate("Problems", "After the cut-off {0}: not counted for the {1} declaration.").format(
        cutoff, year
    )


def birth_after_cutoff(cutoff: str) -> str:
    return QCoreApplication.translate("Problems", "The birth date is after the cut-off {0}.").format(cutoff)


def unknown_district() -> str:
    return QCoreApplication.translate("Problems", "Not a district of this city: choose one from the list.")


def unknown_innovation_kind() -> str:
    return QCoreApplication.translate("Problems", "These rules have no such item: choose another or “None”.")


def unknown_tier() -> str:
    return QCoreApplication.translate("Problems", "Not a tier of this item under these rules: choose one from the list.")


def unknown_honour() -> str:
    return QCoreApplication.translate("Problems", "These rules do not recognise this honour: choose one from the list.")


def year_not_covered(edition: str, span: str) -> str:
    return QCoreApplication.translate(
        "Problems", "The rules “{0}” apply to the declaration years {1}: choose another year or edition."
    ).format(edition, span)


def id_finding(finding) -> str:
    """Why a number cannot be an ID number (simulator.profile.id_number.Finding), worded here for translation."""
    values = finding.values
    if finding.code == "length":
        return QCoreApplication.translate(
            "Problems", "An ID number has 18 characters (15 on the old cards); this one has {0}."
        ).format(*values)
    if finding.code == "characters":
        return QCoreApplication.translate("Problems", "An ID number is digits only; the last of 18 may be an X.")
    if finding.code == "region":
        return QCoreApplication.translate(
            "Problems", "The region code {0} (the first six digits) is not the code of a province and prefecture."
        ).format(*values)
    if finding.code == "birth_date":
        return QCoreApplication.translate("Problems", "The birth date in the ID number, {0}, is not a date.").format(*values)
    if finding.code == "born_after":
        return QCoreApplication.translate("Problems", "The birth date in the ID number, {0}, is after today.").format(*values)
    return QCoreApplication.translate(
        "Problems",
        "The check digit does not match: from the first 17 digits the last should be {0}, not {1}. Check the number for a typing error.",
    ).format(*values)


def id_birth_mismatch(from_id: str, typed: str) -> str:
    return QCoreApplication.translate(
        "Problems", "The ID number gives the birth date {0}, not {1}: correct one of the two (the rules use the ID card's)."
    ).format(from_id, typed)


def id_sex_mismatch(id_says_male: bool) -> str:
    if id_says_male:
        return QCoreApplication.translate("Problems", "The ID number is a man's: correct the category or the ID number.")
    return QCoreApplication.translate("Problems", "The ID number is a woman's: correct the category or the ID number.")


def not_valid(detail: str) -> str:
    # The engine's own wording as a last resort, for a check this program does not know by name.
    return QCoreApplication.translate("Problems", "Not accepted: {0}").format(detail)

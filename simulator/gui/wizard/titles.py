"""The wizard's pages for the chosen city's form (its `Form`, simulator/cities/<city>/form.py), in the order of its
official form, and their titles: the full title above the page and the short one in the step list (drawn before
the pages themselves are built). A city's form may title a shared page its own way; otherwise the shared page's
own title below is used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def page_ids(city) -> tuple[str, ...]:
    return city.form.ids


def _shared_titles() -> dict[str, tuple[str, str]]:
    """(full, short) titles of the shared pages, in the language in force."""
    return {
        "start": (QCoreApplication.translate("Titles", "Rules and language"), QCoreApplication.translate("Titles", "Start")),
        "qualification": (
            QCoreApplication.translate("Titles", "Applicant and qualification"),
            QCoreApplication.translate("Titles", "Qualification"),
        ),
        "employment": (
            QCoreApplication.translate("Titles", "Social insurance"),
            QCoreApplication.translate("Titles", "Insurance"),
        ),
        "education": (QCoreApplication.translate("Titles", "Education"), QCoreApplication.translate("Titles", "Education")),
        "age": (QCoreApplication.translate("Titles", "Age"), QCoreApplication.translate("Titles", "Age")),
        "title_skill": (
            QCoreApplication.translate("Titles", "Professional title or skill level"),
            QCoreApplication.translate("Titles", "Title / skill"),
        ),
        "homes": (
            QCoreApplication.translate("Titles", "Homes (own home, rental)"),
            QCoreApplication.translate("Titles", "Homes"),
        ),
        "city_honours": (
            QCoreApplication.translate("Titles", "Honours and commendations"),
            QCoreApplication.translate("Titles", "Honours"),
        ),
        "patents": (
            QCoreApplication.translate("Titles", "Invention patents and innovation"),
            QCoreApplication.translate("Titles", "Patents"),
        ),
        "city_tax": (QCoreApplication.translate("Titles", "Tax"), QCoreApplication.translate("Titles", "Tax")),
        "deductions": (
            QCoreApplication.translate("Titles", "Deductions and disqualifying records"),
            QCoreApplication.translate("Titles", "Deductions"),
        ),
        "facts": (
            QCoreApplication.translate("Titles", "Further facts these rules ask about"),
            QCoreApplication.translate("Titles", "More facts"),
        ),
        "summary": (
            QCoreApplication.translate("Titles", "Summary: the whole derivation"),
            QCoreApplication.translate("Titles", "Summary"),
        ),
    }


def title(page_id: str, city, lang: str) -> str:
    spec = city.form.page(page_id)
    if spec is not None and spec.title is not None:
        return spec.title(lang)
    shared = _shared_titles().get(page_id)
    return shared[0] if shared else page_id


def short_title(page_id: str, city, lang: str) -> str:
    spec = city.form.page(page_id)
    if spec is not None and spec.short is not None:
        return spec.short(lang)
    shared = _shared_titles().get(page_id)
    return shared[1] if shared else page_id

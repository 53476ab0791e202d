"""The wizard's pages for each city's form, in the order of its official form, and their titles: the full title
above the page and the short one in the step list (drawn before the pages themselves are built).

Pages that several cities' forms share (the applicant, social insurance, education, age ...) are one page that
shows what the chosen rules ask for; the facts typed on them stay when another city is chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Beijing: start, qualification, the nine indicators (the study-period deduction shares the education page), summary
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

FORMULA_PAGES: dict[str, tuple[str, ...]] = {
    "beijing": PAGE_IDS,
    # Art. 3 routing first, then the conditions, the basic indicators, the bonus ones and the deductions
    "xiongan": (
        "start", "route", "qualification", "age", "education", "title_skill", "employment", "homes",
        "city_honours", "patents", "city_tax", "deductions", "summary",
    ),
    "hangzhou": (
        "start", "qualification", "age", "education", "title_skill", "employment", "homes", "registrations",
        "city_honours", "public_good", "city_tax", "patents", "deductions", "summary",
    ),
}
ALL_PAGE_IDS = tuple(dict.fromkeys(p for pages in FORMULA_PAGES.values() for p in pages))


def page_ids(formula: str) -> tuple[str, ...]:
    return FORMULA_PAGES.get(formula, PAGE_IDS)


def title(page_id: str, formula: str = "beijing") -> str:
    if formula != "beijing":  # the Beijing form numbers its nine indicators; the others are titled plainly
        titles = {
            "qualification": QCoreApplication.translate("Titles", "Applicant and qualification"),
            "employment": QCoreApplication.translate("Titles", "Social insurance"),
            "education": QCoreApplication.translate("Titles", "Education"),
            "age": QCoreApplication.translate("Titles", "Age"),
        }
        if page_id in titles:
            return titles[page_id]
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
        "route": QCoreApplication.translate("Titles", "Settlement route (Art. 3 groups)"),
        "title_skill": QCoreApplication.translate("Titles", "Professional title or skill level"),
        "homes": QCoreApplication.translate("Titles", "Homes (own home, rental)"),
        "registrations": QCoreApplication.translate("Titles", "Residence registration, to the day"),
        "city_honours": QCoreApplication.translate("Titles", "Honours and commendations"),
        "patents": QCoreApplication.translate("Titles", "Invention patents and innovation"),
        "city_tax": QCoreApplication.translate("Titles", "Tax"),
        "public_good": QCoreApplication.translate("Titles", "Blood, stem cells, volunteering, charity"),
        "deductions": QCoreApplication.translate("Titles", "Deductions and disqualifying records"),
    }
    return titles[page_id]


def short_title(page_id: str, formula: str = "beijing") -> str:
    if formula != "beijing":
        titles = {
            "employment": QCoreApplication.translate("Titles", "Insurance"),
            "education": QCoreApplication.translate("Titles", "Education"),
            "age": QCoreApplication.translate("Titles", "Age"),
        }
        if page_id in titles:
            return titles[page_id]
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
        "route": QCoreApplication.translate("Titles", "Route"),
        "title_skill": QCoreApplication.translate("Titles", "Title / skill"),
        "homes": QCoreApplication.translate("Titles", "Homes"),
        "registrations": QCoreApplication.translate("Titles", "Registration"),
        "city_honours": QCoreApplication.translate("Titles", "Honours"),
        "patents": QCoreApplication.translate("Titles", "Patents"),
        "city_tax": QCoreApplication.translate("Titles", "Tax"),
        "public_good": QCoreApplication.translate("Titles", "Public good"),
        "deductions": QCoreApplication.translate("Titles", "Deductions"),
    }
    return titles[page_id]

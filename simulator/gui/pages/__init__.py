"""The wizard's pages, one module each; which ones each city's form uses, in its order, is titles.FORMULA_PAGES.

Only the start page is built before the window is first drawn; the others import the engine's models and are
built right after, so `page_class` imports a page's module when it is asked for.
"""

from __future__ import annotations

from importlib import import_module

from simulator.gui.titles import ALL_PAGE_IDS

MODULES = {
    "start": ("start", "StartPage"),
    "qualification": ("qualification", "QualificationPage"),
    "employment": ("employment", "EmploymentPage"),
    "residence": ("residence", "ResidencePage"),
    "education": ("education", "EducationPage"),
    "work_residence_area": ("area", "AreaPage"),
    "innovation": ("innovation", "InnovationPage"),
    "tax": ("tax", "TaxPage"),
    "age": ("age", "AgePage"),
    "honours": ("honours", "HonoursPage"),
    "law_abiding": ("law_abiding", "LawAbidingPage"),
    "summary": ("summary", "SummaryPage"),
    # the pages of Xiong'an's and Hangzhou's forms beyond the shared ones
    "route": ("route", "RoutePage"),
    "title_skill": ("title_skill", "TitleSkillPage"),
    "homes": ("homes", "HomesPage"),
    "registrations": ("registrations", "RegistrationsPage"),
    "city_honours": ("city_honours", "CityHonoursPage"),
    "patents": ("patents", "PatentsPage"),
    "city_tax": ("city_tax", "CityTaxPage"),
    "public_good": ("public_good", "PublicGoodPage"),
    "deductions": ("deductions", "DeductionsPage"),
}
assert set(MODULES) == set(ALL_PAGE_IDS)


def page_class(page_id: str):
    module, name = MODULES[page_id]
    return getattr(import_module(f"simulator.gui.pages.{module}"), name)

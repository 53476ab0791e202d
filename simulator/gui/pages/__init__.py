"""The wizard's pages, one module each, in the order of the official form (see titles.PAGE_IDS).

Only the start page is built before the window is first drawn; the others import the engine's models and are
built right after, so `page_class` imports a page's module when it is asked for.
"""

from __future__ import annotations

from importlib import import_module

from simulator.gui.titles import PAGE_IDS

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
}
assert tuple(MODULES) == PAGE_IDS


def page_class(page_id: str):
    module, name = MODULES[page_id]
    return getattr(import_module(f"simulator.gui.pages.{module}"), name)

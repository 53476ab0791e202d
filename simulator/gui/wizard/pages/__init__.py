"""The wizard's shared pages, one module each: a page several cities' forms use, showing what the chosen city asks
for (its Page in simulator/cities/<city>/form.py). A city's own pages live in its folder (pages/) and are named by
their import path in its form.

Only the start page is built before the window is first drawn; the others import the engine's models and are
built right after, so `page_class` imports a page's module when it is asked for.
"""

from __future__ import annotations

from importlib import import_module

SHARED = {
    "start": ("start", "StartPage"),
    "qualification": ("qualification", "QualificationPage"),
    "employment": ("employment", "EmploymentPage"),
    "education": ("education", "EducationPage"),
    "age": ("age", "AgePage"),
    "title_skill": ("title_skill", "TitleSkillPage"),
    "homes": ("homes", "HomesPage"),
    "city_honours": ("city_honours", "CityHonoursPage"),
    "patents": ("patents", "PatentsPage"),
    "city_tax": ("city_tax", "CityTaxPage"),
    "deductions": ("deductions", "DeductionsPage"),
    "facts": ("facts", "FactsPage"),
    "summary": ("summary", "SummaryPage"),
}


def page_class(spec):
    """The class of a form's page: the city's own (`spec.view`, "package.module:Class") or the shared one."""
    if spec.view:
        from simulator.cities.base import load

        return load(spec.view)
    module, name = SHARED[spec.id]
    return getattr(import_module(f"simulator.gui.wizard.pages.{module}"), name)

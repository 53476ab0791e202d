"""The one object every page edits: the applicant as typed, the chosen rules, and the engine's verdict.

Each edit rebuilds the ApplicantProfile from the draft and re-evaluates it with the engine (well under a
millisecond), then `evaluated` tells the pages and the score panel to redraw. Nothing here computes points.

The state exists before the engine is loaded, so that the first page can be drawn at once: `start()` loads the
rule packs and the engine (the slow imports) right after the window is on screen, then emits `started`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from simulator.gui.form.fields import SCALAR_DEFAULTS, scalar_defaults
from simulator.gui.form.rule_choice import Catalogue, Edition

if TYPE_CHECKING:
    from simulator.core.result import Evaluation
    from simulator.gui.form.draft import Built, Problem
    from simulator.gui.widgets.row_table import RowTableModel
    from simulator.profile.model import ApplicantProfile


class ProblemSet:
    """The problems of one evaluation, found by field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.all = problems
        self._by_key: dict[str, Problem] = {}
        self._by_list: dict[str, list[Problem]] = {}  # each table asks for its own at every keystroke
        for problem in problems:
            current = self._by_key.get(problem.key)
            if current is None or (current.severity == "warning" and problem.severity == "error"):
                self._by_key[problem.key] = problem
            if problem.row is not None:
                self._by_list.setdefault(problem.field, []).append(problem)

    def at(self, key: str) -> Problem | None:
        return self._by_key.get(key)

    def of_list(self, name: str) -> list[Problem]:
        return list(self._by_list.get(name, ()))

    def under(self, prefixes: tuple[str, ...]) -> list[Problem]:
        return [p for p in self.all if p.field in prefixes or p.field.split(".")[0] in prefixes]

    def errors_under(self, prefixes: tuple[str, ...]) -> list[Problem]:
        return [p for p in self.under(prefixes) if p.severity == "error"]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.all if p.severity == "error"]


def _pack_of(value) -> str:
    """The pack of a kept supplied value (a SuppliedValue, or its fields as a dict)."""
    return value["pack"] if isinstance(value, dict) else value.pack


class ApplicantState(QObject):
    evaluated = Signal()  # a new result and new problems: redraw
    reloaded = Signal()  # the whole draft was replaced (new applicant, file opened): fields re-read it
    rules_changed = Signal()  # city, edition or declaration year changed: choices and help follow
    modified_changed = Signal(bool)
    started = Signal()  # the rule packs and the engine are loaded: everything can be scored
    shared_changed = Signal()  # the rule values kept for every applicant changed: the settings remember them

    def __init__(self, catalogue: Catalogue, edition: Edition, year: int, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.edition = edition
        self.year = year
        self.lang = lang
        # the fields every city's form has; the cities' own facts join them in `start` (listing them imports
        # every city, and the start page asks for none of them)
        self.values: dict[str, object] = dict(SCALAR_DEFAULTS)
        self.tables: dict[str, RowTableModel] = {}
        self.pack = None  # the rule pack of `edition`, once started
        self.ready = False
        self.modified = False
        self.built: Built | None = None
        self.profile: ApplicantProfile | None = None
        self.result: Evaluation | None = None
        self.problems = ProblemSet([])
        # Rule values the user supplied, by rule pack id, as scored: the applicant's own (kept in the applicant file),
        # else those the user keeps for every applicant (kept in the settings: `shared_supplied`).
        self.overrides: dict[str, object] = {}
        self.shared_supplied: list[dict] = []
        self.revision = 0  # counts the user's edits: a window can tell whether anything changed since an export
        # Fields whose "required" mark may show: those the user has left, or all of a page the user tried to leave
        # (a fresh form shows no red before anything is typed). Keys as Problem.key; a list name covers its rows.
        self.touched: set[str] = set()

    @property
    def city(self) -> str:
        return self.edition.city

    @property
    def formula(self) -> str:
        return self.edition.formula

    @property
    def city_info(self):
        """The City of the rules chosen (simulator.cities): its form, its indicators."""
        from simulator import cities

        return cities.get(self.edition.formula)

    def page_spec(self, page_id: str):
        """What the chosen city's form says of a page (None when its form has no such page)."""
        return self.city_info.form.page(page_id)

    def city_choices(self) -> list[tuple[str, str]]:
        """Every city a fact can belong to: those registered, and any a file named."""
        from simulator import cities
        from simulator.gui.form.rule_choice import city_name

        known = list(dict.fromkeys([*cities.ids(), *self.catalogue.cities()]))
        return [(c, city_name(c, self.lang)) for c in known]

    def start(self) -> None:
        """Load the rule packs, the profile models and the engine; then score."""
        from simulator.gui.form.rule_choice import installed_editions
        from simulator.gui.form.tables import LISTS
        from simulator.gui.widgets.row_table import RowTableModel
        from simulator.rules import load_pack

        self.values = {**scalar_defaults(), **self.values}  # the cities' own facts too, now
        self.catalogue = Catalogue(installed_editions())
        if self.catalogue.edition(self.edition.id) is None:  # remembered from an earlier run, gone since
            from simulator.defaults import DEFAULT_CITY

            self.edition, self.year = self.catalogue.default(self.city if self.catalogue.editions(self.city) else DEFAULT_CITY)
            self.rules_changed.emit()
        self.pack = load_pack(self.edition.id)
        for name, spec in LISTS.items():
            model = RowTableModel(spec, self)
            model.edited.connect(self._edited)
            model.left_row = lambda row, name=name: self.touch(f"{name}[{row}]")
            if any(c.kind == "city" for c in spec.columns):
                model.new_row_defaults = lambda: {"city": self.city}
                model.set_choices("city", self.city_choices)
            if any(c.key == "district" for c in spec.columns):
                from simulator.gui.wizard.pages.choices import any_district

                model.set_names_elsewhere("district", lambda value: any_district(self, value))
            self.tables[name] = model
        self.ready = True
        self._supplied_changed()
        self.evaluate()
        self.started.emit()

    # ------------------------------------------------------------ edits

    def set_value(self, key: str, value: object) -> None:
        if key not in self.values:
            raise KeyError(key)
        if self.values[key] == value:
            return
        self.values[key] = value
        self._edited()

    def _edited(self) -> None:
        self.revision += 1
        self._set_modified(True)
        self.evaluate()

    # ------------------------------------------------------------ "required" marks

    def touch(self, *keys: str) -> None:
        """The user left these fields (or tried to leave their page): their "required" marks may show now."""
        new = set(keys) - self.touched
        if new:
            self.touched |= new
            self._show_table_problems()
            self.evaluated.emit()

    def _show_table_problems(self) -> None:
        for name, model in self.tables.items():
            model.set_problems([p for p in self.problems.of_list(name) if self.shown(p)])

    def shown(self, problem) -> bool:
        """Whether a problem is shown: always, unless it only says a blank field is required and the user has
        not left that field (or its row, or tried to leave its page) yet."""
        if not getattr(problem, "missing", False):
            return True
        if problem.row is None:
            return problem.key in self.touched or problem.field in self.touched
        return problem.field in self.touched or f"{problem.field}[{problem.row}]" in self.touched

    # ------------------------------------------------------------ the declaration a file was saved for

    @property
    def saved_declaration(self):
        """The declaration the open file was saved for (a simulator.profile.Declaration), or None."""
        from simulator.gui.form.draft import OTHER_FACTS

        found = (self.values.get(OTHER_FACTS) or {}).get("declaration")
        if found is None or not self.ready:
            return None
        from simulator.profile.model import Declaration

        return found if isinstance(found, Declaration) else Declaration.model_validate(found)

    def current_declaration(self):
        """The declaration on screen now, with its total as shown, for the file to record."""
        from simulator.core.ranges import points_of
        from simulator.profile.model import Declaration

        total = points_of(self.result)("en") if self.result is not None and self.result.channel is None else ""
        version = self.pack.pack.data_version if self.pack is not None else ""
        return Declaration(city=self.city, edition=self.edition.id, round=str(self.year), total=total, data_version=version)

    def declaration_changed(self) -> bool:
        """Whether the rules on screen differ from those the file was saved for."""
        saved = self.saved_declaration
        if saved is None:
            return False
        return (saved.city, saved.edition, saved.round) != (self.city, self.edition.id, str(self.year))

    def record_declaration(self) -> None:
        """The rules on screen become the declaration the file records (on saving)."""
        from simulator.gui.form.draft import OTHER_FACTS

        other = dict(self.values.get(OTHER_FACTS) or {})
        other["declaration"] = self.current_declaration()
        self.values[OTHER_FACTS] = other

    def declared_rules(self, declaration):
        """The edition and round a saved declaration names, or None when these rules are not installed."""
        from simulator.core.rounds import parse_round

        edition = self.catalogue.edition(declaration.edition)
        if edition is None:
            return None
        try:
            year = parse_round(declaration.round)
        except ValueError:
            return None
        return (edition, year) if edition.applies_to(year) else None

    def _set_modified(self, modified: bool) -> None:
        if self.modified != modified:
            self.modified = modified
            self.modified_changed.emit(modified)

    def mark_saved(self) -> None:
        self._set_modified(False)

    def set_rules(self, edition: Edition, year: int) -> None:
        if edition == self.edition and year == self.year:
            return
        if self.ready and edition.id != self.edition.id:
            from simulator.rules import load_pack

            self.pack = load_pack(edition.id)
        self.edition, self.year = edition, year
        self.rules_changed.emit()
        self.evaluate()

    def date_facts(self, day) -> None:
        """The facts are as of `day` (saved today): the file records it, and rounds after it say what they assume."""
        from simulator.gui.form.draft import OTHER_FACTS

        other = dict(self.values.get(OTHER_FACTS) or {})
        if other.get("as_of") != day:
            other["as_of"] = day
            self.values[OTHER_FACTS] = other
            self.evaluate()

    def set_overrides(self, pack_id: str, overrides) -> None:
        """Score this applicant with these user-supplied values (a simulator.rules.overrides.Overrides; None removes
        them); the applicant file keeps them."""
        from simulator.gui.form.draft import OTHER_FACTS
        from simulator.rules.overrides import as_supplied

        other = dict(self.values.get(OTHER_FACTS) or {})
        kept = [v for v in other.get("supplied_values", []) if _pack_of(v) != pack_id]
        other["supplied_values"] = kept + (as_supplied(overrides) if overrides else [])
        self.values[OTHER_FACTS] = other
        self.revision += 1
        self._set_modified(True)
        self._supplied_changed()
        self.evaluate()

    def set_shared(self, pack_id: str, overrides) -> None:
        """Keep these values (None: none) for every applicant, for the settings to remember."""
        from simulator.rules.overrides import as_supplied

        self.shared_supplied = [v for v in self.shared_supplied if _pack_of(v) != pack_id]
        if overrides:
            self.shared_supplied += as_supplied(overrides)
        self.shared_changed.emit()
        self._supplied_changed()
        self.evaluate()

    def own_supplied(self, pack_id: str) -> bool:
        """Whether this applicant's own values are in force for the pack (not those kept for every applicant)."""
        from simulator.gui.form.draft import OTHER_FACTS

        return any(_pack_of(v) == pack_id for v in (self.values.get(OTHER_FACTS) or {}).get("supplied_values", []))

    def _supplied_changed(self) -> None:
        """The values in force per pack: the applicant's own, else those kept for every applicant. A kept value that
        no longer fits its pack (a newer pack, a value now known) is left out, and logged."""
        if not self.ready:
            return
        import logging

        from simulator.gui.form.draft import OTHER_FACTS
        from simulator.profile.records import SuppliedValue
        from simulator.rules import PackError, load_pack
        from simulator.rules.overrides import OverrideError, overrides_of

        own = [SuppliedValue.model_validate(v) for v in (self.values.get(OTHER_FACTS) or {}).get("supplied_values", [])]
        shared = [SuppliedValue.model_validate(v) for v in self.shared_supplied]
        overrides: dict[str, object] = {}
        for pack_id in dict.fromkeys([v.pack for v in own] + [v.pack for v in shared]):
            source = [v for v in own if v.pack == pack_id] or [v for v in shared if v.pack == pack_id]
            try:
                found = overrides_of(source, load_pack(pack_id))
            except (OverrideError, PackError) as exc:
                logging.getLogger(__name__).warning("supplied values not used: %s", exc)
                continue
            if found:
                overrides[pack_id] = found
        self.overrides = overrides

    def set_lang(self, lang: str) -> None:
        """Problem messages are worded when they are found: find them again in the new language."""
        self.lang = lang
        self.evaluate()

    def clear(self) -> None:
        """A new applicant: nothing of the previous person stays."""
        self._replace(scalar_defaults(), {name: [] for name in self.tables})

    def load(self, profile: ApplicantProfile) -> None:
        from simulator.gui.form.draft import from_profile

        values, rows = from_profile(profile)
        self._replace(values, rows)

    def restore(self, values: dict[str, object], rows: dict[str, list[dict]]) -> None:
        """A draft kept by the autosave, exactly as it was typed; it has not been saved."""
        try:
            self._replace({**scalar_defaults(), **values}, rows)  # a draft kept by an older version lacks newer fields
        finally:  # also when the entries cannot be scored: they are in the window, unsaved
            self.touch(*(f"{name}[{i}]" for name, model in self.tables.items() for i in range(len(model.rows))))
            self._set_modified(True)

    def set_scenarios(self, scenarios: list) -> None:
        """The what-if scenarios kept with the applicant (simulator.profile.model.Scenario): saved in the file."""
        from simulator.gui.form.draft import OTHER_FACTS

        other = dict(self.values.get(OTHER_FACTS) or {})
        other["scenarios"] = list(scenarios)
        self.values[OTHER_FACTS] = other
        self._edited()

    @property
    def scenarios(self) -> list:
        from simulator.gui.form.draft import OTHER_FACTS

        return list((self.values.get(OTHER_FACTS) or {}).get("scenarios") or [])

    def _replace(self, values: dict[str, object], rows: dict[str, list[dict]]) -> None:
        self.touched = set()
        self.values = values
        for name, model in self.tables.items():
            model.set_rows(rows.get(name, []))
        self._set_modified(False)
        self._supplied_changed()
        self.evaluate()
        self.reloaded.emit()

    # ------------------------------------------------------------ the verdict

    def evaluate(self) -> None:
        problems: list[Problem] = []
        if not self.edition.applies_to(self.year):
            from simulator.gui.form import messages
            from simulator.gui.form.draft import Problem

            problems.append(
                Problem("declaration_year", messages.year_not_covered(self.edition.name(self.lang), self.edition.span))
            )
        if not self.ready:
            self.problems = ProblemSet(problems)
            self.evaluated.emit()
            return
        from simulator import scoring
        from simulator.engine import NotApplicable
        from simulator.gui.form.draft import build, rules_problems

        built = build(self.values, {name: model.rows for name, model in self.tables.items()}, self.pack, self.city_info)
        problems.extend(built.problems)
        result = None
        if built.profile is not None and self.pack.applies_to(self.year):
            from datetime import date

            try:  # the wizard scores whatever can be scored, and shows what the checks found beside it
                scored = scoring.score(
                    built.profile,
                    self.pack,
                    self.year,
                    overrides=self.overrides.get(self.pack.pack.id),
                    anyway=True,
                    as_of=built.profile.as_of or date.today(),  # the facts as the file dates them, else as typed today
                )
            except NotApplicable as exc:  # a round no one can declare (past the retirement date), said on the year
                from simulator.gui.form.draft import Problem

                problems.append(Problem("declaration_year", str(exc)))
                scored = None
            if scored is not None:
                result = scored.result
                problems.extend(rules_problems(scored.problems, built, result.cutoff, self.year))
        self.built, self.profile, self.result = built, built.profile, result
        self.problems = ProblemSet(problems)
        self._show_table_problems()
        self.evaluated.emit()

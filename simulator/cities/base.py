"""What a city is to the rest of the program: everything one city knows, behind one object.

A city folder (`simulator/cities/<city>/`) builds one `City` in its `__init__.py` and the registry
(`simulator.cities`) lists it. The faces (command line, wizard, worksheet, batch, planning, comparison) ask the
registry and the `City` and name no city themselves. Nothing here imports Qt: a city's own wizard pages are named
by their import path and loaded by the wizard alone.

Heavy parts (the pack model, the formulas, the checks) are loaded when first used, so that listing the cities
costs the window's start-up nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from simulator.core.frozen import Frozen, field
from simulator.core.text import Text

if TYPE_CHECKING:
    from simulator.core.problems import Problem
    from simulator.core.result import Evaluation
    from simulator.profile.model import ApplicantProfile


def load(target: str) -> Any:
    """The object named "package.module:attribute"."""
    module, _, name = target.partition(":")
    found = import_module(module)
    for part in name.split("."):
        found = getattr(found, part)
    return found


class Indicator(Frozen):
    """One indicator of a city's rules, as the faces list it before anything is scored (batch columns, totals)."""

    id: str
    name: Text
    group: str = ""  # "basic" / "bonus" / "deduction" where the rules group indicators


FactKind = Literal["bool", "whole", "amount", "choice", "date", "month", "year"]


class Fact(Frozen):
    """A fact only this city's rules read, asked for by the wizard (a facts page), the batch layout and printed
    on the worksheet alike; the applicant file keeps it under `city_facts.<city>.<key>`.

    `default` None means "not answered": the engine then says what the answer would change, never assumes one."""

    key: str
    kind: FactKind
    label: Text
    help: Text | None = None
    choices: tuple[tuple[str, Text], ...] = ()
    default: Any = None
    minimum: int | None = None  # whole numbers and amounts: the smallest allowed (0 where counts are meant)
    # whole numbers: the largest anyone can have (months or years of a working life); None: the general bound
    maximum: int | None = None
    # a catalogue item the program cannot check (a shortage major, a public-service field, a remote district, a
    # condition the employer confirms): the applicant's declaration, labelled so on every face
    declared: bool = False

    @property
    def caption(self) -> Text:
        """The fact's label, with "the applicant's declaration" where the program cannot check it."""
        if not self.declared:
            return self.label
        return Text(f"{self.label.zh}（申请人申报）", f"{self.label.en} (the applicant's declaration)")

    def answer(self, value: Any) -> Text:
        """An answer in words: yes/no, the option chosen, the number, or "not answered"."""
        if value is None:
            return Text("未回答", "not answered")
        if self.kind == "bool":
            return Text("是", "yes") if value else Text("否", "no")
        if self.kind == "choice":
            return dict(self.choices).get(value, Text(str(value), str(value)))
        shown = value.isoformat() if hasattr(value, "isoformat") else str(value)
        return Text(shown, shown)


class Page(Frozen):
    """One page of a city's wizard form.

    `id` names a shared page (simulator/gui/pages: "qualification", "employment", "education" ...) that shows what
    this city asks for, or, with `view` ("package.module:Class"), a page of the city's own. Everything a shared page
    says about a city comes from here: the title, the indicators shown with their derivations, the city's own
    sentence after the shared introduction, the tables shown and their visible columns.
    """

    id: str
    view: str = ""
    title: Text | None = None
    short: Text | None = None
    indicators: tuple[str, ...] = ()
    intro: Text | None = None
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Tables of a shared page that this city shows only when the chosen edition has the item: list -> test(pack)
    shown_when: Mapping[str, Callable[[Any], bool]] = field(default_factory=dict)
    hidden: tuple[str, ...] = ()  # tables or fields of a shared page this city does not ask for
    help_topic: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)
    # The city's own facts (City.facts) this page asks for, below its other fields, by key; the shared page "facts"
    # asks for those no other page of the form does
    facts: tuple[str, ...] = ()

    def shows(self, name: str, pack: Any) -> bool:
        if name in self.hidden:
            return False
        test = self.shown_when.get(name)
        return test is None or pack is None or bool(test(pack))


class Form(Frozen):
    pages: tuple[Page, ...]
    # Columns of a table the city's rows must fill (a district, where the rules have districts): list -> columns
    required: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.pages)

    def page(self, page_id: str) -> Page | None:
        return next((p for p in self.pages if p.id == page_id), None)

    def facts_on(self, page_id: str, all_facts: tuple[str, ...]) -> tuple[str, ...]:
        """The fact keys a page asks for: those its Page names; on the page "facts", every one no page names."""
        page = self.page(page_id)
        if page is None:
            return ()
        if page_id != "facts":
            return page.facts
        placed = {key for p in self.pages if p.id != "facts" for key in p.facts}
        return tuple(k for k in all_facts if k not in placed)


class WorksheetFacts(Frozen):
    """Which of the applicant's facts the worksheet prints for this city, in order (keys of
    simulator.worksheet.sections.applicant), and which declared periods it lists with which extra columns."""

    facts: tuple[str, ...]
    periods: Mapping[str, tuple[str, ...]]


class City(Frozen):
    """A city. Its parts are found by convention in its folder (the package `module`), each loaded when first
    used: `pack:<pack_model>` the pack model, `engine:evaluate` the formulas, `labels:LABELS` the pack values'
    labels, `checks:check` the checks of an applicant file, `whatif:SUGGESTIONS` the what-if suggestions and
    `batch:COLUMNS` the batch layout. A "module:attribute" given instead (".engine:evaluate" is relative to the
    city's package) says where a part is found otherwise."""

    id: str
    name: Text  # as a worksheet names it: 北京市 / Beijing
    module: str  # the city's package; a worker process registers a city that is not built in from it
    pack_model: str  # the class name of its pack model, in its pack module (or "module:Class")
    indicators: tuple[Indicator, ...]
    form: Form
    worksheet: WorksheetFacts
    # City comparison: shared topic -> this city's indicators that score it (points of a topic are their sum)
    topics: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    evaluate_at: str = ".engine:evaluate"
    labels_at: str = ".labels:LABELS"  # dict path -> Text
    checks_at: str = ".checks:check"  # check(profile, pack, declaration_year) -> list[Problem]
    suggestions_at: str = ".whatif:SUGGESTIONS"  # a tuple of functions (Situation) -> list[Change]; "" for none
    batch_at: str = ".batch:COLUMNS"  # a simulator.batch.layout.Layout; "" for none
    edition_indicators: Callable[[Any], tuple[str, ...]] | None = None  # ids a given edition has, when fewer
    aliases: tuple[str, ...] = ()  # further names the command line accepts (the id and both names always are)
    # Facts only this city's rules read, kept in the applicant file under city_facts.<id>
    facts: tuple[Fact, ...] = ()

    # ---- files: in the city's folder
    @cached_property
    def folder(self) -> Path:
        return Path(import_module(self.module).__file__).resolve().parent

    @property
    def packs_dir(self) -> Path:
        return self.folder / "packs"

    @property
    def help_path(self) -> Path:
        return self.folder / "help.toml"

    @property
    def lines_path(self) -> Path:
        return self.folder / "lines.csv"

    # ---- the parts
    def _load(self, location: str) -> Any:
        return load(f"{self.module}{location}" if location.startswith(".") else location)

    @cached_property
    def pack_model_class(self) -> type:
        return self._load(self.pack_model if ":" in self.pack_model else f".pack:{self.pack_model}")

    @cached_property
    def _evaluate(self) -> Callable:
        return self._load(self.evaluate_at)

    def evaluate(self, profile: ApplicantProfile, pack: Any, declaration_year: int) -> Evaluation:
        return self._evaluate(profile, pack, declaration_year)

    @cached_property
    def labels(self) -> dict[str, Text]:
        return self._load(self.labels_at)

    @cached_property
    def _checks(self) -> Callable:
        return self._load(self.checks_at)

    def check(self, profile: ApplicantProfile, pack: Any, declaration_year: int) -> list[Problem]:
        return self._checks(profile, pack, declaration_year)

    @cached_property
    def suggestions(self) -> tuple:
        return self._load(self.suggestions_at) if self.suggestions_at else ()

    @cached_property
    def batch(self) -> Any:
        layout = self._load(self.batch_at) if self.batch_at else None
        return layout.with_facts(self.id, self.facts) if layout is not None else None  # the city's own facts too

    def fact(self, key: str) -> Fact:
        return next(f for f in self.facts if f.key == key)

    def indicator(self, indicator_id: str) -> Indicator | None:
        return next((i for i in self.indicators if i.id == indicator_id), None)

    def indicators_of(self, pack: Any) -> tuple[Indicator, ...]:
        """The indicators the edition of `pack` has, in the rules' order."""
        if self.edition_indicators is None:
            return self.indicators
        ids = set(self.edition_indicators(pack))
        return tuple(i for i in self.indicators if i.id in ids)

    def names(self) -> tuple[str, ...]:
        """Every name the command line accepts for this city, lower case."""
        return tuple(dict.fromkeys(n.lower() for n in (self.id, self.name.zh, self.name.en, *self.aliases)))

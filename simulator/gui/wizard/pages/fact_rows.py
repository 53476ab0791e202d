"""The fields of a city's own facts (City.facts) on a page: one group per registered city, of the facts its form
puts on this page, shown while that city is scored. Built once, for every city, so that switching city keeps what
was typed; a yes/no fact is a choice of three, "not answered" included (the engine then gives both readings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from simulator.gui.form import city_facts
from simulator.gui.look import style


def _yes() -> str:
    return QCoreApplication.translate("FactRows", "Yes")


def _no() -> str:
    return QCoreApplication.translate("FactRows", "No")


def _not_answered() -> str:
    return QCoreApplication.translate("FactRows", "Not answered")


def _labelled(text: str) -> str:
    # a fact's label reads inside a sentence ("my residence registration is ..."); as a field's label it begins
    # with a capital
    return QCoreApplication.translate("FactRows", "{0}:").format(text[:1].upper() + text[1:])


class FactRows:
    def __init__(self, page, layout: QVBoxLayout) -> None:
        from simulator import cities

        self.page = page
        self.groups: dict[str, QWidget] = {}
        self.rows: dict[str, list[tuple[QFormLayout, str, list[int]]]] = {}  # city -> (form, fact key, its rows)
        for city in cities.cities():
            wanted = city.form.facts_on(page.page_id, tuple(f.key for f in city.facts))
            if not wanted:
                continue
            group = QWidget()
            form = QFormLayout(group)
            form.setContentsMargins(0, 4, 0, 0)
            for fact in (city.fact(k) for k in wanted):
                key = city_facts.key_of(city.id, fact.key)
                field = self._field(fact, key)
                first = form.rowCount()
                label = page.form_row(form, lambda f=fact: _labelled(f.caption(page.state.lang)), field, key)
                if fact.help is not None:
                    hint = QLabel()
                    hint.setWordWrap(True)
                    style.hint(hint)
                    page.translated(hint, lambda f=fact: f.help(page.state.lang))
                    form.addRow("", hint)
                label.setObjectName(f"fact_{fact.key}")
                self.rows.setdefault(city.id, []).append((form, fact.key, list(range(first, form.rowCount()))))
            self.groups[city.id] = group
            layout.addWidget(group)
        self.follow()

    def _field(self, fact, key: str):
        page = self.page
        if fact.kind == "bool":
            return page.combo(key, lambda: [("yes", _yes()), ("no", _no())], _not_answered)
        if fact.kind == "choice":
            return page.combo(key, lambda f=fact: [(value, text(page.state.lang)) for value, text in f.choices], _not_answered)
        return page.line(key)

    def follow(self) -> None:
        """Show the facts of the city being scored that its edition asks for (Page.shown_when)."""
        current = self.page.state.city
        for city_id, group in self.groups.items():
            group.setVisible(city_id == current)
        for form, fact_key, rows in self.rows.get(current, ()):
            shown = self._shown(fact_key)
            for row in rows:
                form.setRowVisible(row, shown)

    def _shown(self, fact_key: str) -> bool:
        spec = self.page.spec
        return spec is None or spec.shows(fact_key, self.page.state.pack)

    def current_keys(self) -> tuple[str, ...]:
        return tuple(
            city_facts.key_of(self.page.state.city, fact_key)
            for _form, fact_key, _rows in self.rows.get(self.page.state.city, ())
            if self._shown(fact_key)
        )

"""Help > About: the program's name and version, the rule packs it carries, and the licences of what it ships.

`show_about(parent, lang)` opens it; `lang` picks the language of the rule packs' names (the labels follow the
installed translation). The rule packs come from the rules folder itself, so what is listed is what scores.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from simulator import APP_NAME, APP_NAME_ZH, __version__
from simulator.gui.look.icon import app_icon
from simulator.notices import Notice, full_texts_dir, notices
from simulator.rules import PackError, installed_packs


def _current_language() -> str:
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def _read_only_table(model: QStandardItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, lang: str | None = None, notes: list[str] | None = None):
        super().__init__(parent)
        self.lang = lang or _current_language()
        self.setWindowTitle(self.tr("About {0}").format(APP_NAME_ZH if self.lang == "zh" else APP_NAME))
        self.setWindowIcon(app_icon())
        self.notices = notices()

        layout = QVBoxLayout(self)
        layout.addLayout(self._heading(notes or []))
        self.tabs = QTabWidget()
        self.packs_view = _read_only_table(self._packs_model())
        self.libraries_view = _read_only_table(self._libraries_model())
        self.licences_view = QTextBrowser()
        self.licences_view.setOpenLinks(False)  # the program never goes online, not even for a link
        self.licences_view.setHtml(self._licences_html())
        self.tabs.addTab(self.packs_view, self.tr("Rule packs"))
        self.tabs.addTab(self.libraries_view, self.tr("Components"))
        self.tabs.addTab(self.licences_view, self.tr("Licences"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        from simulator.gui.windows.sizes import fit_to_screen

        fit_to_screen(self, 760, 520)

    # --- parts -------------------------------------------------------------------------------------------------

    def _heading(self, notes: list[str]) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        first, second = (APP_NAME_ZH, APP_NAME) if self.lang == "zh" else (APP_NAME, APP_NAME_ZH)
        lines = [
            f"<span style='font-size:16pt; font-weight:600'>{html.escape(first)}</span>",
            html.escape(second),
            html.escape(self.tr("Version {0}").format(__version__)),
            html.escape(
                self.tr(
                    "Works out points-settlement scores point by point from the official rules, offline: it never "
                    "uses the network. An estimate only: the official system's result prevails."
                )
            ),
        ]
        lines += [html.escape(note) for note in notes]
        self.heading = QLabel("<br>".join(lines))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.heading, 1)
        return row

    def _packs_model(self) -> QStandardItemModel:
        model = QStandardItemModel(0, 6, self)
        model.setHorizontalHeaderLabels(
            [
                self.tr("Rule pack"),
                self.tr("Name"),
                self.tr("Edition"),
                self.tr("Declaration years"),
                self.tr("Data version"),
                self.tr("Content hash"),
            ]
        )
        try:
            packs = installed_packs()
        except PackError as exc:  # a damaged pack file: say which, rather than an empty table
            model.appendRow([QStandardItem(self.tr("Cannot read the rule packs: {0}").format(exc))])
            return model
        for pack in packs:
            info = pack.pack
            if info.last_declaration_year is None:
                years = self.tr("{0} onwards").format(info.first_declaration_year)
            else:
                years = f"{info.first_declaration_year}–{info.last_declaration_year}"
            cells = [
                info.id,
                info.name.zh if self.lang == "zh" else info.name.en,
                info.edition,
                years,
                info.data_version,
                pack.content_hash,
            ]
            model.appendRow([QStandardItem(cell) for cell in cells])
        return model

    def _libraries_model(self) -> QStandardItemModel:
        model = QStandardItemModel(0, 3, self)
        model.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        for notice in self.notices:
            cells = [notice.component, notice.version or self.tr("unknown"), notice.licence]
            model.appendRow([QStandardItem(cell) for cell in cells])
        return model

    def _licences_html(self) -> str:
        parts = [self._notice_html(notice) for notice in self.notices]
        full = full_texts_dir()
        if full.is_dir():
            parts.append("<p>" + html.escape(self.tr("The full licence texts are in this folder: {0}").format(full)) + "</p>")
        return "".join(parts)

    def _notice_html(self, notice: Notice) -> str:
        title = notice.component + (f" {notice.version}" if notice.version else "")
        facts = [
            (self.tr("Licence"), notice.licence),
            (self.tr("Copyright"), notice.copyright),
            (self.tr("Home page"), notice.home),
        ]
        rows = "<br>".join(f"<b>{html.escape(label)}:</b> {html.escape(value)}" for label, value in facts if value)
        text = f"<h3>{html.escape(title)}</h3><p>{rows}</p><p>{html.escape(notice.body)}</p>"
        if notice.attached_text:
            text += f"<pre style='font-size:8pt'>{html.escape(notice.attached_text)}</pre>"
        return text


def show_about(parent: QWidget | None = None, lang: str | None = None, notes: list[str] | None = None) -> None:
    """Open the About box (modal). `notes`: extra lines for the heading, e.g. translation files that are missing."""
    AboutDialog(parent, lang, notes).exec()

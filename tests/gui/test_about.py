"""Help > About: what a clerk or an auditor reads there to know which program, which rules and which licences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from simulator import APP_NAME, APP_NAME_ZH, __version__
from simulator.gui.look.i18n import Translations
from simulator.gui.windows.about import AboutDialog
from simulator.notices import notices, parse_notice
from simulator.rules import installed_packs


@pytest.fixture
def about(qtbot):
    """about(lang) -> the dialog as the program shows it in that language (its translations installed)."""

    def make(lang="en"):
        Translations().apply(lang)
        dialog = AboutDialog(None, lang)
        qtbot.addWidget(dialog)
        return dialog

    return make


def _column(view, column):
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _row_of(view, first_cell):
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == first_cell:
            return [model.index(row, c).data() for c in range(model.columnCount())]
    raise AssertionError(f"{first_cell!r} not listed; listed: {_column(view, 0)}")


def test_heading_names_the_program_and_its_version(about):
    dialog = about("en")
    assert APP_NAME in dialog.heading.text()
    assert APP_NAME_ZH in dialog.heading.text()
    assert __version__ in dialog.heading.text()


def test_lists_every_installed_rule_pack_with_its_data_version_and_hash(about):
    dialog = about("zh")
    packs = installed_packs()
    assert packs, "no rule packs installed: the About box would have nothing to show"
    assert sorted(_column(dialog.packs_view, 0)) == sorted(p.pack.id for p in packs)
    for pack in packs:
        row = _row_of(dialog.packs_view, pack.pack.id)
        assert pack.pack.name.zh in row  # names in the chosen language
        assert pack.pack.edition in row
        assert pack.pack.data_version in row
        assert pack.content_hash in row
        assert str(pack.pack.first_declaration_year) in row[3]


def test_open_ended_pack_says_from_which_year(about):
    dialog = about("en")
    open_ended = [p for p in installed_packs() if p.pack.last_declaration_year is None]
    assert open_ended
    for pack in open_ended:
        years = _row_of(dialog.packs_view, pack.pack.id)[3]
        assert years == f"{pack.pack.first_declaration_year} onwards"


def test_speaks_chinese_when_the_program_does(about):
    dialog = about("zh")
    assert f"版本 {__version__}" in dialog.heading.text()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["规则包", "组件", "许可证"]
    open_ended = next(p for p in installed_packs() if p.pack.last_declaration_year is None)
    assert _row_of(dialog.packs_view, open_ended.pack.id)[3] == f"{open_ended.pack.first_declaration_year}年起"


def test_shows_the_font_licence_and_its_copyright_file(about):
    dialog = about("en")
    text = dialog.licences_view.toPlainText()
    assert "WenQuanYi Micro Hei" in text
    assert "Apache-2.0" in text
    assert "The WenQuanYi Project Board of Trustees" in text  # from resources/fonts/wqy-microhei.COPYRIGHT.txt


@pytest.mark.parametrize(
    "component, licence",
    [("Qt 6 and PySide6", "LGPL-3.0"), ("ReportLab", "BSD"), ("pydantic", "MIT"), ("Pillow", "MIT-CMU"), ("Python", "PSF")],
)
def test_lists_each_bundled_library_with_its_licence_and_installed_version(about, component, licence):
    dialog = about("en")
    rows = [
        r for r in range(dialog.libraries_view.model().rowCount()) if _column(dialog.libraries_view, 0)[r].startswith(component)
    ]
    assert rows, f"{component} missing from the components"
    name, version, shown_licence = (dialog.libraries_view.model().index(rows[0], c).data() for c in range(3))
    assert licence in shown_licence
    assert version and version[0].isdigit(), f"{name}: version {version!r}"


def test_links_in_the_notices_never_open(about):
    dialog = about("en")
    assert not dialog.licences_view.openLinks()
    assert not dialog.licences_view.openExternalLinks()


def test_closes_with_escape(about, qtbot):
    dialog = about("en")
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_notice_without_component_header_is_not_a_notice():
    assert parse_notice("Licence notices of what the bundle ships.\n\nOne file per component.") is None


def test_every_notice_names_its_licence_and_copyright():
    for notice in notices():
        assert notice.licence and notice.copyright and notice.body, notice.component

"""The four conditions; an unmet one makes every score a what-if, marked everywhere; ID numbers are masked."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from simulator.core.identity import mask_id
from simulator.paths import examples_dir
from tests.gui.keyboard import alt, focused, tab


def test_unmet_condition_is_a_marked_what_if_everywhere(open_window):
    window = open_window("en", file=examples_dir() / "short-insurance.json")
    wizard = window.wizard
    wizard.go_to_id("qualification")
    page = wizard.current
    assert page.banner.isVisible() and "WHAT-IF" in page.banner.text()
    assert "short of 84" in page.conditions.text()
    assert "WHAT-IF" in window.windowTitle()
    assert window.score_panel.banner.isVisible()
    assert window.score_panel.total.text().endswith("*")
    assert wizard.next_button.isEnabled()  # the user may go on
    wizard.go_to_id("summary")
    assert wizard.current.page_id == "summary"
    assert wizard.current.banner.isVisible()
    assert "(what-if)" in wizard.current.headline.text()

    qualified = open_window("en", demo=True)
    assert not qualified.score_panel.banner.isVisible()
    assert "WHAT-IF" not in qualified.windowTitle()


def test_id_number_is_masked_unless_asked(open_window):
    window = open_window("en", demo=True)
    window.wizard.go_to_id("qualification")
    field = window.wizard.current.id_number
    full = "110112198207204821"
    assert field.edit.text() == mask_id(full)
    alt("w")  # Show
    assert field.edit.text() == full
    alt("w")
    assert field.edit.text() == mask_id(full)
    alt("i")  # typing in it shows what is typed
    assert focused() is field.edit and field.edit.text() == full and not field.edit.isReadOnly()
    tab()
    assert field.edit.text() == mask_id(full)
    assert full not in window.wizard.page("summary").headline.text()


def test_tab_order_follows_the_form(open_window):
    window = open_window("en")
    window.wizard.go_to_id("qualification")
    page = window.wizard.current
    expected = [
        page.name,
        page.id_number.edit,
        page.id_number.show_box,
        page.birth_date,
        page.retirement,
        page.permit,
        page.criminal,
    ]
    page.name.setFocus()
    QApplication.processEvents()
    seen = [focused()]
    for _ in expected[1:]:
        tab()
        seen.append(focused())
    assert seen == expected

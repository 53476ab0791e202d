"""Without the built .qm files the program still runs, in English, and says what is missing."""

from __future__ import annotations

from simulator.gui.look import i18n


def test_runs_in_english_without_translation_files(open_window, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # an empty folder: no .qm files
    window = open_window("zh", demo=True)
    assert window.translations.missing == ["points_simulator_zh_CN.qm"]
    assert window.wizard.next_button.text() == "&Next >"
    assert window.score_panel.total.text() not in ("", "—")  # the scoring itself is unaffected

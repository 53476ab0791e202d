"""A save that cannot be written (read-only folder, full disk) says so, names the file, and keeps everything."""

from __future__ import annotations

import errno
import os

import pytest

from tests.gui.snapshot import input_values


def _refuse(error):
    def fail(*args, **kwargs):
        raise OSError(error, os.strerror(error))

    return fail


@pytest.mark.parametrize("where,error", [("replace", errno.ENOSPC), ("mkstemp", errno.EROFS)])
def test_failed_save_names_the_file_and_keeps_the_data(open_window, dialogs, tmp_path, monkeypatch, where, error):
    from simulator.core import atomic  # where every file of the program is written

    window = open_window("en", demo=True)
    window.state.set_value("notes", "typed before the disk filled up")
    before = input_values(window)
    target = tmp_path / "out" / "applicant.json"
    target.parent.mkdir()
    if where == "replace":
        monkeypatch.setattr(atomic.os, "replace", _refuse(error))
    else:
        monkeypatch.setattr(atomic.tempfile, "mkstemp", _refuse(error))
    dialogs.save_path = str(target)

    assert window.save_as() is False

    [(_kind, title, text)] = dialogs.messages
    assert title == "Not saved"
    assert str(target) in text and os.strerror(error) in text
    assert input_values(window) == before
    assert window.state.modified is True and window.path is None
    assert list(target.parent.iterdir()) == []  # neither a half file nor a temporary one


def test_save_into_a_read_only_folder(open_window, dialogs, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").write_text("x")
    except PermissionError:
        pass
    else:
        pytest.skip("this user can write into read-only folders (root); covered by the EROFS case above")
    window = open_window("en", demo=True)
    window.state.set_value("notes", "kept")
    dialogs.save_path = str(folder / "applicant.json")
    assert window.save_as() is False
    [(_kind, _title, text)] = dialogs.messages
    assert str(folder / "applicant.json") in text
    assert window.state.values["notes"] == "kept" and window.state.modified


def test_save_where_the_folder_is_a_file(open_window, dialogs, tmp_path):
    """A real failure, no simulation: the folder named is an ordinary file."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    window = open_window("en", demo=True)
    window.state.set_value("notes", "kept")
    dialogs.save_path = str(blocker / "applicant.json")
    assert window.save_as() is False
    [(_kind, _title, text)] = dialogs.messages
    assert str(blocker / "applicant.json") in text and os.strerror(errno.ENOTDIR) in text
    assert window.state.values["notes"] == "kept" and window.state.modified and window.path is None


def test_a_failed_save_is_explained_in_chinese(open_window, dialogs, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    window = open_window("zh", demo=True)
    dialogs.save_path = str(blocker / "applicant.json")
    assert window.save_as() is False
    [(_kind, title, text)] = dialogs.messages
    assert title == "未保存" and str(blocker / "applicant.json") in text
    assert "路径中有一部分是文件而不是文件夹" in text and os.strerror(errno.ENOTDIR) not in text

"""The autosave file on its own: types survive the round trip, a failed write leaves the previous snapshot whole,
and a damaged or foreign file is ignored, never a crash."""

from __future__ import annotations

import errno
import os
from datetime import date
from decimal import Decimal

import pytest

from simulator.core import atomic
from simulator.gui.stored import snapshot as store


def test_draft_values_come_back_as_the_same_types(tmp_path):
    draft = {
        "rows": [{"start": "2019-0", "_extra": {"city": "beijing", "since": date(2020, 5, 1), "share": Decimal("12.50")}}],
        "name": "张三",
        "tick": True,
        "page": 3,
        "none": None,
    }
    path = store.write_snapshot({"draft": store.encode(draft)}, tmp_path / "a.json")
    back = store.decode(store.read_snapshot(path)["draft"])
    assert back == draft
    assert isinstance(back["rows"][0]["_extra"]["share"], Decimal) and str(back["rows"][0]["_extra"]["share"]) == "12.50"


def test_a_failed_write_keeps_the_previous_snapshot(tmp_path, monkeypatch):
    path = store.write_snapshot({"draft": "first"}, tmp_path / "a.json")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "replace", full)
    with pytest.raises(OSError):
        store.write_snapshot({"draft": "second"}, path)
    assert store.read_snapshot(path)["draft"] == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]  # no temporary file left


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"format": 99}', b"\x00\xff not UTF-8"])
def test_damaged_or_foreign_files_are_ignored(tmp_path, content):
    path = tmp_path / "a.json"
    path.write_bytes(content)
    assert store.read_snapshot(path) is None


def test_the_autosave_lives_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("POINTS_SIMULATOR_DATA_DIR", str(tmp_path))
    assert store.autosave_path() == tmp_path / "autosave" / "applicant.json"
    store.remove_snapshot()  # nothing there: no error

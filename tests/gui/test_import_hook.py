"""PySide6 inspects every module imported after it for its optional features; the window's package answers that
question by the module's name, so that starting the window reads no module's source a second time."""

import inspect
import sys

import pytest

import simulator.gui  # noqa: F401  (installs the answer)


def test_a_module_imported_after_the_window_package_is_not_read_for_pyside_features(tmp_path, monkeypatch):
    feature = sys.modules.get("__feature__")
    if feature is None or not hasattr(feature, "pyside_feature_dict"):
        pytest.skip("this PySide6 has no feature hook")
    (tmp_path / "plain_module_for_the_hook.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))

    real_getsource = inspect.getsource

    def refuse(obj):
        if getattr(obj, "__name__", "") == "plain_module_for_the_hook":
            raise AssertionError("the new module's source was read")
        return real_getsource(obj)

    monkeypatch.setattr(inspect, "getsource", refuse)
    module = __import__("plain_module_for_the_hook")  # as an import statement does (importlib skips the hook)
    try:
        assert module.VALUE == 1
        assert feature.pyside_feature_dict["plain_module_for_the_hook"] == -1  # "ignore": it uses no feature
    finally:
        sys.modules.pop("plain_module_for_the_hook", None)

"""What the start path does to be quick must not change what the app does: the garbage
collector is held back only until the first frame, and PySide's module check keeps its answers."""

from __future__ import annotations

import gc
import sys
import types

import pytest

from ally_explorer.ui import first_frame, import_check


@pytest.fixture
def python_thresholds():
    saved = gc.get_threshold()
    first_frame.release()
    yield saved
    first_frame.release()
    gc.set_threshold(*saved)


def test_the_collector_is_held_until_the_windows_first_frame_then_python_s_again(qtbot, db_path, settings,
                                                                               python_thresholds):
    from ally_explorer.ui import create_main_window

    first_frame.hold()
    first_frame.hold()  # a second hold keeps the first one's thresholds to go back to
    assert gc.get_threshold()[0] == first_frame.HELD_THRESHOLD
    assert gc.isenabled()  # held back, never off
    w = create_main_window(db_path, settings=settings)
    qtbot.addWidget(w)
    assert gc.get_threshold()[0] == first_frame.HELD_THRESHOLD  # built, not painted yet
    w.resize(1000, 700)
    w.show()
    qtbot.waitUntil(lambda: gc.get_threshold() == python_thresholds)
    assert not first_frame.is_held()
    w.close()
    w.store.close()


def test_a_window_built_without_holding_leaves_the_thresholds_alone(qtbot, db_path, settings, python_thresholds):
    from ally_explorer.ui import create_main_window

    w = create_main_window(db_path, settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert gc.get_threshold() == python_thresholds
    w.close()
    w.store.close()


def _module(tmp_path, name: str, text: str) -> types.ModuleType:
    path = tmp_path / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    module = types.ModuleType(name)
    module.__file__ = str(path)
    return module


def test_the_cheap_module_check_answers_as_pyside_s_own(tmp_path):
    import PySide6.QtCore  # noqa: F401  (loads PySide's import check)

    assert import_check.install()
    assert import_check.install()  # a second install keeps the one in place
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert getattr(check, "_ally_fast_check", False)
    uses = _module(tmp_path, "uses_qt", "# «ünïcode»\nfrom PySide6.QtCore import QObject\n")
    plain = _module(tmp_path, "plain", "import json\nVALUE = 'PySide2 is not it'\n")
    assert check(uses) is True
    assert check(plain) is False
    assert check(sys) is False  # built in: no file, PySide's own answer
    gone = _module(tmp_path, "gone", "x = 1\n")
    (tmp_path / "gone.py").unlink()
    assert check(gone) is False  # no source to read: PySide's own answer (it could not read it)
    for name in ("ally_explorer.ui.state", "ally_explorer.db.store", "json"):
        __import__(name)
        module = sys.modules[name]
        assert check(module) == check.original(module)

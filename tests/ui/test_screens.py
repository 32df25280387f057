"""The classroom screens: 1024x768 to 1920x1080, and 2560x1440 at 2x, in the window and presenting.

At each size: every country name in the list shows whole, every lane is named once and no two
labels overlap, the caption's text is not clipped, and no axis title is cut
(``ui.screen_checks.layout_problems``). The 2x screen runs in its own process, where the offscreen
platform is given that screen (``tools/screens.py``, as ``make screens`` does).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ally_explorer.ui.screen_checks import layout_problems

SIZES = [(1024, 768), (1280, 720), (1366, 768), (1920, 1080)]
TOOLS = Path(__file__).resolve().parents[2] / "tools" / "screens.py"


def _settle(qtbot, window, size) -> None:
    window.showNormal()
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    window.finish_loading()
    QApplication.processEvents()
    window.timeline.show_focus()
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_window_holds_at_classroom_sizes(window, qtbot, size):
    window.select_country("PRK")
    _settle(qtbot, window, size)
    assert window.country_view.isVisible() and window.timeline.shown_lane_names()
    assert window.timeline.shown_labels()  # titles, not bare dots
    assert layout_problems(window) == []


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_presenting_holds_at_classroom_sizes(window, qtbot, size):
    window.select_country("PRK")
    window.presentation.enter()
    _settle(qtbot, window, size)
    window.presentation.relayout()
    for _ in range(3):  # the longest captions too, and with the list brought back
        window.presentation.next()
        window.presentation.finish_animation()
        QApplication.processEvents()
        assert window.caption.isVisible() and window.timeline.shown_labels()
        assert layout_problems(window) == []
    window.presentation.aside_actions["countries"].trigger()
    QApplication.processEvents()
    assert window.country_view.isVisible()
    assert layout_problems(window) == []
    window.presentation.leave()


def test_the_2x_screen_holds_in_the_window_and_presenting(tmp_path, db_path):
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, str(TOOLS), "--only", "2560x1440@2x", "--out", str(tmp_path), "--db", str(db_path), "--strict"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "2560x1440@2x" / "presenting.png").stat().st_size > 10_000

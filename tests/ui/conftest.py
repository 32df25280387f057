"""Fixtures for driving the real widgets headless."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


@pytest.fixture
def settings(tmp_path):
    """Window layout saved to a private file, never the user's real settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, db_path, settings):
    from ally_explorer.ui import create_main_window

    w = create_main_window(db_path, settings=settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    w.store.close()


def click_scene(graphics_view, scene_pos: QPointF, button=Qt.MouseButton.LeftButton) -> None:
    """A real press and release on a QGraphicsView's viewport (QTest is unreliable there)."""
    viewport = graphics_view.viewport()
    local = QPointF(graphics_view.mapFromScene(scene_pos))
    global_pos = QPointF(viewport.mapToGlobal(local.toPoint()))
    for kind, buttons in ((QEvent.Type.MouseButtonPress, button), (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        event = QMouseEvent(kind, local, global_pos, button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

"""Python's cyclic garbage collector, held back while the window is built and first painted.

Start-up allocates a few hundred thousand objects (the modules, their classes and dataclasses,
Qt's wrappers) that live as long as the application, and hardly any garbage. With Python's
default thresholds the collector walked them again and again before the first frame: about
100 million instructions, 3 % of the start. ``hold`` (from ``make_app``) makes young
collections rare; ``release_after_first_frame`` puts Python's thresholds back once the window's
first frame has been painted (the collections then resume as usual, after the frame). The
collector is never switched off: a start that never paints still collects, only less often.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: Young objects between collections while held (Python's default is 700).
HELD_THRESHOLD = 200_000

_saved: tuple[int, int, int] | None = None


def hold() -> None:
    """Collect rarely from now until ``release`` (a second call changes nothing)."""
    global _saved
    if _saved is None:
        _saved = gc.get_threshold()
        gc.set_threshold(HELD_THRESHOLD, *_saved[1:])


def release() -> None:
    """Python's thresholds again, if ``hold`` changed them."""
    global _saved
    if _saved is not None:
        gc.set_threshold(*_saved)
        _saved = None


def is_held() -> bool:
    return _saved is not None


class _FirstFrame(QObject):
    """Releases the collector once the window's first frame is painted: its first paint
    event starts the frame, a zero-delay timer runs once the whole frame is done."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._release)
        return False

    def _release(self) -> None:
        release()
        self.deleteLater()


def release_after_first_frame(window: QWidget) -> QWidget:
    """Arrange for ``release`` after ``window``'s first painted frame; returns the window."""
    if is_held():
        window.installEventFilter(_FirstFrame(window))
    return window

"""While presenting, the single keys that step the story (arrows, Space, Page Up/Down, and the
letters A C B L D F P) are the window's, except where the focused control needs them itself:
Space on a focused button presses that button, Left on a focused slider moves the slider, a
letter typed in a text field is that letter.

Qt asks the focused widget first (a ShortcutOverride event); accepting it there hands the key
to the widget instead of the shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox,
                               QLineEdit, QPlainTextEdit, QTextEdit)

K = Qt.Key
ARROWS = frozenset({K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_PageUp, K.Key_PageDown,
                    K.Key_Home, K.Key_End})
LETTERS = frozenset({K.Key_A, K.Key_B, K.Key_C, K.Key_D, K.Key_F, K.Key_L, K.Key_P})
PRESENTING = ARROWS | LETTERS | {K.Key_Space}


def wants_key(widget, key: int, modifiers) -> bool:
    """Whether ``widget`` (the focused one) uses ``key`` itself."""
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    if isinstance(widget, QLineEdit) or (isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly()):
        return widget.isEnabled() and (not isinstance(widget, QLineEdit) or not widget.isReadOnly())
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):  # read-only text: arrows walk it, Space scrolls
        return key in ARROWS or key == K.Key_Space
    if isinstance(widget, (QAbstractSlider, QAbstractSpinBox, QComboBox)):
        return key in ARROWS or (isinstance(widget, QAbstractSpinBox) and key in LETTERS) or (
            isinstance(widget, QComboBox) and key == K.Key_Space)
    if isinstance(widget, QAbstractButton):
        return key == K.Key_Space
    return False


class PresentingKeys(QObject):
    """An application event filter; does nothing unless ``active()`` says so (presenting)."""

    def __init__(self, active, parent: QObject | None = None):
        super().__init__(parent)
        self._active = active
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() in PRESENTING and self._active()
                and watched is QApplication.focusWidget() and wants_key(watched, event.key(), event.modifiers())):
            event.accept()  # the focused control takes the key: no shortcut
            return True
        return False

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


__all__ = ["PresentingKeys", "wants_key"]

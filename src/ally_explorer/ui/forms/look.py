"""How a form marks a problem: a red message and a tinted field, by palette, not style sheets.

Palettes keep each widget's own geometry and style (a style sheet border would change a combo
box's drawing and every line edit's padding), so a marked field looks like its neighbours.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

ERROR_TEXT = "#B3261E"
INVALID_BASE = "#FDECEA"
HINT_TEXT = "#5F6368"


def themed(color: str) -> str:
    """The form colours in the current theme (the constants are the light theme's)."""
    from .. import theme

    t = theme.current()
    return {ERROR_TEXT: t.error, HINT_TEXT: t.muted, INVALID_BASE: t.invalid_base}.get(color, color)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Tint a field's background while what it holds cannot be saved."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    palette = QPalette()  # only the roles set here override the inherited palette
    if invalid:
        palette.setColor(QPalette.ColorRole.Base, QColor(themed(INVALID_BASE)))
        palette.setColor(QPalette.ColorRole.Button, QColor(themed(INVALID_BASE)))
    widget.setPalette(palette)


def colored_label(color: str, object_name: str = "") -> QLabel:
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(themed(color)))
    label.setPalette(palette)
    return label


def error_label(object_name: str = "fieldError") -> QLabel:
    """A wrapped red message under a field; hidden while there is nothing to say."""
    label = colored_label(ERROR_TEXT, object_name)
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))

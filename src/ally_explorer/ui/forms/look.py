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


#: A widget's property naming the theme colours of its palette ("role=colour;..."), so that a
#: theme switch can give it the new theme's (``retheme``).
THEMED_ROLES = "themedRoles"


def themed(color: str) -> str:
    """The form colours in the current theme (the constants are the light theme's; a name such
    as "window" is that colour of the theme)."""
    from .. import theme

    t = theme.current()
    named = {ERROR_TEXT: t.error, HINT_TEXT: t.muted, INVALID_BASE: t.invalid_base}.get(color)
    return named or getattr(t, color, color)


def set_themed_palette(widget: QWidget, roles: dict[QPalette.ColorRole, str]) -> None:
    """Give ``widget`` these theme colours (only these roles: the rest it inherits) and remember
    them for the next theme."""
    palette = QPalette()  # only the roles set here override the inherited palette
    for role, color in roles.items():
        palette.setColor(role, QColor(themed(color)))
    widget.setProperty(THEMED_ROLES, ";".join(f"{int(role.value)}={color}" for role, color in roles.items()))
    widget.setPalette(palette)


def retheme(widget: QWidget) -> None:
    """The current theme's colours for a widget ``set_themed_palette`` coloured (others: nothing)."""
    spec = widget.property(THEMED_ROLES)
    if not spec:
        return
    roles = {}
    for part in str(spec).split(";"):
        role, _, color = part.partition("=")
        roles[QPalette.ColorRole(int(role))] = color
    set_themed_palette(widget, roles)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Tint a field's background while what it holds cannot be saved."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    roles = QPalette.ColorRole
    set_themed_palette(widget, {roles.Base: INVALID_BASE, roles.Button: INVALID_BASE} if invalid else {})


def colored_label(color: str, object_name: str = "") -> QLabel:
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_themed_palette(label, {QPalette.ColorRole.WindowText: color})
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

"""What a screen reader hears of a form field: its label, "required" where it is (not only bold
type), and, while an error shows under it, that error as its description (its help otherwise).

A field editor may be compound (a picker with its own line edit and buttons, a spin box with
words beside it); the name goes to every part that takes the focus, so the part the keyboard
lands on says which field it belongs to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntityDialog", text)


def field_name(label: str, required: bool) -> str:
    label = label.rstrip(":").strip()
    return _tr("%1, required").replace("%1", label) if required else label


def focus_parts(editor: QWidget) -> list[QWidget]:
    """The editor and the parts inside it a Tab or a click can focus (not its buttons: they
    have their own words), each compound part once."""
    return [editor, *(child for child in editor.findChildren(QWidget)
                       if not isinstance(child, QAbstractButton) and child.focusPolicy() & Qt.FocusPolicy.TabFocus)]


def name_field(editor: QWidget, label: str, *, required: bool, help_text: str = "") -> None:
    name = field_name(label, required)
    for part in focus_parts(editor):
        if not part.accessibleName() or part is editor or part.property("fieldNamed"):
            part.setAccessibleName(name)
            part.setProperty("fieldNamed", True)
    set_field_error(editor, None, help_text=help_text)


def set_field_error(editor: QWidget, message: str | None, *, label: str = "", help_text: str = "") -> None:
    """The error as the field's description while it shows; the help again once fixed."""
    if message and message[:1].islower() and label:  # "is required": say which field
        message = f"{label.rstrip(':').strip()} {message}"
    text = _tr("Error: %1").replace("%1", message) if message else help_text
    for part in focus_parts(editor):
        if part.accessibleDescription() != text:
            part.setAccessibleDescription(text)


__all__ = ["field_name", "focus_parts", "name_field", "set_field_error"]

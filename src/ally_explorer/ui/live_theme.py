"""Every open window takes a new theme at once (a switch in View ▸ Theme, presenting, or the
desktop going dark): ``QApplication.setPalette`` reaches each widget without a palette of its
own, but two kinds keep the old colours until told:

- widgets under a style sheet, which Qt polished once with the palette of the moment (the quiz's
  answer buttons stayed white on the dark theme): polished again;
- widgets given theme colours of their own (a form's red messages and tinted fields,
  ``forms.look.set_themed_palette``): given the new theme's.

Views that draw with theme colours themselves (plots, the map) and the main window follow
``state.theme_changed``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from .forms import look


def retheme(root: QWidget) -> None:
    """Give ``root`` and everything in it the current theme's colours (see the module's note)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        look.retheme(widget)
    for widget in widgets:
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)  # polished again, it and its children, with the new palette


def retheme_open_windows(*, besides: QWidget | None = None) -> None:
    """``retheme`` every top-level window of the application (dialogs, the quiz, side by side...)
    but ``besides``: the main window, whose views follow the state themselves (polishing its
    style sheets again mid-way through leaving a presentation moved its splitters)."""
    app = QApplication.instance()
    if app is None:
        return
    for window in app.topLevelWidgets():
        if window is not besides:
            retheme(window)


__all__ = ["retheme", "retheme_open_windows"]

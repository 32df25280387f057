"""Windows already open when the theme changes (View ▸ Theme, presenting, the desktop going
dark) take the new theme at once: their palette, style-sheet-styled controls and the theme
colours a form gave its messages and fields."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from ally_explorer.core import palette

DARK = palette.THEMES["dark"]


def _open_windows(window, qtbot):
    from ally_explorer.ui.forms.entity_dialog import EntityDialog
    from ally_explorer.ui.shortcuts_help import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    form = EntityDialog(window.store, "event", None, parent=window)
    qtbot.addWidget(form)
    form.show()
    form.accept()  # nothing filled in: "is required" under the title, the field tinted
    quiz = window.quiz.open()
    qtbot.waitExposed(quiz)
    return dialog, form, quiz


def _dark_everywhere(qtbot, dialog, form, quiz) -> None:
    role = QPalette.ColorRole
    qtbot.waitUntil(lambda: dialog.palette().color(role.Window) == QColor(DARK.window))
    error = form.findChild(QLabel, "error_title")
    assert error.isVisible() and error.palette().color(role.WindowText) == QColor(DARK.error)
    title = form.editors["title"]
    assert title.palette().color(role.Base) == QColor(DARK.invalid_base)  # not the light theme's pink
    button = quiz.choice_buttons[0]  # styled by a style sheet: polished again
    image = button.grab().toImage()
    assert image.pixelColor(button.width() - 6, button.height() // 2).lightness() < 100


def test_dialogs_open_during_a_theme_switch_take_the_new_theme(window, qtbot):
    window.presentation.set_theme("light")
    dialog, form, quiz = _open_windows(window, qtbot)
    assert form.findChild(QLabel, "error_title").palette().color(QPalette.ColorRole.WindowText) == QColor(
        palette.THEMES["light"].error)
    window.presentation.set_theme("dark")
    _dark_everywhere(qtbot, dialog, form, quiz)
    window.presentation.set_theme("light")


def test_dialogs_open_when_the_desktop_goes_dark_follow_it(window, qtbot, monkeypatch):
    from ally_explorer.ui import theme

    monkeypatch.setattr(theme, "system_wants_high_contrast", lambda: False)
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    window.presentation.set_theme("system")
    dialog, form, quiz = _open_windows(window, qtbot)
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    window.appearance._on_color_scheme_changed()  # what Qt's colorSchemeChanged calls
    _dark_everywhere(qtbot, dialog, form, quiz)


def test_side_by_side_open_during_a_switch_draws_its_plot_and_columns_in_the_new_theme(window, qtbot):
    window.presentation.set_theme("light")
    view = window.side_by_side.view
    view.open()
    qtbot.waitExposed(view)
    assert view.agreement_plot.backgroundBrush().color() == QColor(palette.THEMES["light"].plot_background)
    light_html = view.columns[0].toHtml()
    window.presentation.set_theme("dark")
    assert view.agreement_plot.backgroundBrush().color() == QColor(DARK.plot_background)  # it stayed white
    assert view.columns[0].toHtml() != light_html  # the badges and category words in the dark theme's colours
    window.presentation.set_theme("light")
    view.close()

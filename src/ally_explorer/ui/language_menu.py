"""View ▸ Language: the interface language, remembered; it takes effect at the next start
(the translators are installed before any widget is built, see ui/i18n.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from .i18n import LANGUAGES, SETTING, current_language


class LanguageMenu(QObject):
    """System / English / Українська, checkable; a choice is saved and announced."""

    def __init__(self, state, settings: QSettings, view_menu: QMenu, parent=None):
        super().__init__(parent)
        self._state, self._settings = state, settings
        self.menu = view_menu.addMenu(self.tr("&Language"))
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        chosen = str(settings.value(SETTING, "") or "")
        self.actions: dict[str, QAction] = {}
        for code, name in (("", self.tr("Follow the System")), *LANGUAGES.items()):
            action = QAction(name, self.menu, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        self._settings.setValue(SETTING, code)
        self.actions[code].setChecked(True)
        if (code or current_language()) == current_language():
            return
        name = LANGUAGES.get(code, self.tr("the system's language"))
        self._state.post_message(
            self.tr("The interface will be in {language} from the next start of Ally Explorer.").format(language=name),
            10000)


__all__ = ["LanguageMenu"]

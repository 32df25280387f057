"""Help ▸ User Guide: ``docs/guide.md`` (also readable on GitHub) shown inside the app.

The pictures in it are made by the app itself (``make guide-images``); installed, the guide and
its pictures ship in ``ally_explorer/_bundled/guide``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

from .. import paths


def guide_file() -> Path:
    installed = Path(paths.__file__).resolve().parent / "_bundled" / "guide" / "guide.md"
    return installed if installed.exists() else Path(paths.__file__).resolve().parents[2] / "docs" / "guide.md"


class GuideDialog(QDialog):
    """The guide, scrollable, its pictures next to it; links to other sections work inside."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Ally Explorer — User Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(True)
        path = guide_file()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as e:
            text = self.tr("The guide could not be read ({0}): {1}").format(path, e.strerror or e)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(900, 720)


class Guide(QObject):
    """Help ▸ User Guide (first in the Help menu, Shift+F1); one dialog, shown again if open."""

    def __init__(self, help_menu: QMenu, window: QWidget):
        super().__init__(window)
        self._window = window
        self.dialog: GuideDialog | None = None
        self.action = QAction(self.tr("&User Guide"), window)
        self.action.setShortcut(QKeySequence("Shift+F1"))
        self.action.setStatusTip(self.tr("Browsing, presenting, editing; where your copy and backups live"))
        self.action.triggered.connect(self.show)
        window.addAction(self.action)
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, self.action)

    def show(self) -> GuideDialog:
        if self.dialog is None:
            self.dialog = GuideDialog(self._window)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog


__all__ = ["Guide", "GuideDialog", "guide_file"]

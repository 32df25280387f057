"""The QApplication and its look: names (for QSettings), the Fusion style, a light palette.

Apart from ``app.py`` so that what needs a QApplication (the command line's exports) gets one
without importing the entry, which imports the main window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__, desktop
from . import first_frame, import_check

import_check.install()  # PySide is loaded now: the window's modules are checked the cheap way

ORGANIZATION = "AllyExplorer"
APPLICATION = "Ally Explorer"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names (for QSettings), the Fusion style and a light palette.

    Making it holds the garbage collector back until a window's first frame (``first_frame``)."""
    app = QApplication.instance()
    if app is None:
        first_frame.hold()
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QCoreApplication.setApplicationVersion(__version__)
        QGuiApplication.setDesktopFileName(desktop.DESKTOP_ID)  # matches the window to its launcher
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setWindowIcon(app_icon())
    apply_look(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """The window and task-bar icon: the SVG, with PNGs for the small sizes it blurs at."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addFile(str(desktop.icon_path(size)))
    icon.addFile(str(desktop.icon_path()))
    return icon


def apply_look(app: QApplication) -> None:
    from . import theme

    theme.install_focus_style(app)  # Fusion, with focus frames you can see
    app.setPalette(theme.palette_for(theme.THEMES["light"]))
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)


__all__ = ["APPLICATION", "ORGANIZATION", "app_icon", "apply_look", "make_app"]

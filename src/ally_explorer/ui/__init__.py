"""The only layer that imports PySide6 and pyqtgraph: the app, its window, models and forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import import_check

import_check.install()  # if PySide is loaded already: its check of each module imported, made cheap

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow


def create_main_window(db_path: "str | Path", **options) -> "QMainWindow":
    """Build the main window on a database file (a QApplication must already exist); the
    garbage collector ``make_app`` held back is released after the window's first frame."""
    from .first_frame import release_after_first_frame
    from .main_window import create_main_window as create

    return release_after_first_frame(create(db_path, **options))

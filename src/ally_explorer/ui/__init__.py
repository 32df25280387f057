"""The only layer that imports PySide6 and pyqtgraph: the app, its window, models and forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow


def create_main_window(db_path: "str | Path", **options) -> "QMainWindow":
    """Build the main window on a database file (a QApplication must already exist)."""
    from .main_window import create_main_window as create

    return create(db_path, **options)

"""Which database file is open: File ▸ Open, switching to another file, and the data exports
(JSON, CSV, TimelineJS). A new store is a state change (``store_changed``); every view follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..db import opening
from ..db.opening import DatabaseOpenError
from ..db.store import Store
from .state import ExplorerState


def is_protected(path: Path | None) -> bool:
    """Files the app never edits in place (one rule for every command: ``db.opening``)."""
    return opening.is_protected(path)


def show_open_error(parent: QWidget | None, error: DatabaseOpenError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("DatabaseFiles", "Cannot open the database"))
    box.setText(error.problem)
    box.setInformativeText(error.advice or "")
    box.exec()


def close_quietly(store: Store) -> None:
    try:
        store.close()
    except Exception:  # noqa: BLE001 - already closed
        pass


class DatabaseFiles(QObject):
    """Opens files into the state; ``parent`` is the window its dialogs belong to."""

    def __init__(self, state: ExplorerState, settings: QSettings, parent: QWidget, *, read_only: bool = False):
        super().__init__(parent)
        self._state = state
        self._settings = settings
        self._parent = parent
        self.read_only = read_only

    def choose(self) -> None:
        store = self._state.store
        start = str(store.path.parent) if store.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Open Database"), start,
                                              self.tr("Ally Explorer databases (*.db);;All files (*)"))
        if path:
            self.open(Path(path))

    def open(self, path: Path, *, remember: bool = True, force: bool = False) -> bool:
        """Switch to another file; the current selection carries over where it exists."""
        old = self._state.store
        same = old.path is not None and Path(path).resolve() == old.path.resolve()
        if same:
            # Reading the header of a file this process holds open would drop the open
            # connection's locks; close it first (and reopen it if the new open fails).
            close_quietly(old)
        try:
            store = Store.open(path, readonly=self.read_only or is_protected(path))
        except DatabaseOpenError as e:
            show_open_error(self._parent, e)
            if same:
                self._state.set_store(Store.open(old.path, readonly=old.readonly))
            return False
        if not same:
            close_quietly(old)
        if remember:
            self._settings.setValue("lastDatabase", str(path))
        self._state.set_store(store)
        return True

    def export(self, kind: str) -> None:
        """The whole dataset as JSON, CSV files or a TimelineJS file."""
        from ..db import transfer

        store = self._state.store
        stem = store.path.stem if store.path else "allies"
        try:
            if kind == "csv":
                folder = QFileDialog.getExistingDirectory(self._parent, self.tr("Export CSV files to folder"))
                if not folder:
                    return
                from ..db.csv_tables import export_csv

                files = export_csv(store, folder)
                self._state.post_message(f"Wrote {len(files)} CSV files to {folder}", 6000)
                return
            suffix = "json" if kind == "json" else "timeline.json"
            path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export"), f"{stem}.{suffix}", "JSON (*.json)")
            if not path:
                return
            if kind == "json":
                transfer.export_json(store, path)
            else:
                transfer.export_timelinejs(store, path)
            self._state.post_message(f"Wrote {path}", 6000)
        except OSError as e:
            QMessageBox.warning(self._parent, self.tr("Export failed"), f"Could not write the file: {e.strerror or e}.")


__all__ = ["DatabaseFiles", "is_protected", "show_open_error", "close_quietly"]

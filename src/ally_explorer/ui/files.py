"""Which database file is open: File ▸ Open, Open Recent, Reveal in File Manager, switching to
another file, the note that says your copy opened instead of the bundled file, and the data
exports (JSON, CSV, TimelineJS). A new store is a state change (``store_changed``); every view
follows. Which file opens at start is one rule (``db.userfiles.choose_database``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QPushButton, QSizePolicy, QToolBar,
                               QWidget)

from .. import paths
from ..db import opening, userfiles
from ..db.opening import DatabaseOpenError
from ..db.store import Store
from .state import ExplorerState
from .i18n import translate

RECENT_KEY = "recentFiles"
EXPORT_KEY = "lastExportFolder"


def _stored_list(settings: QSettings, key: str) -> list[str]:
    value = settings.value(key, [])
    if value is None or value == "":
        return []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]


def export_start(settings: QSettings, name: str = "") -> str:
    """Where an export dialog starts: the last folder used, or Documents (never the program's folder)."""
    folder = str(settings.value(EXPORT_KEY, "") or "")
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return str(Path(folder) / name) if name else folder


def remember_export(settings: QSettings, path: str | Path) -> None:
    """The folder an export went to (a file's folder, or the folder itself)."""
    path = Path(path)
    settings.setValue(EXPORT_KEY, str(path if path.is_dir() else path.parent))


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
        self.recent_menu: QMenu | None = None
        self.notice: QWidget | None = None

    # -- menus and the status bar note ----------------------------------------------------------

    def install(self, file_menu: QMenu, window: QMainWindow, *, after: QAction) -> None:
        """File ▸ Open Recent and Reveal in File Manager after ``after``; the note about your copy,
        a bar at the bottom of ``window`` (hidden while presenting)."""
        actions = file_menu.actions()
        before = actions[actions.index(after) + 1] if after in actions and actions[-1] is not after else None
        self.recent_menu = QMenu(self.tr("Open &Recent"), file_menu)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        file_menu.insertMenu(before, self.recent_menu)
        self.act_reveal = QAction(self.tr("Reveal in File &Manager"), self._parent)
        self.act_reveal.setStatusTip(self.tr("Open the folder that holds this database"))
        self.act_reveal.triggered.connect(self.reveal)
        file_menu.insertAction(before, self.act_reveal)
        self.fill_recent()
        self.notice = QToolBar(self.tr("Your copy"))
        self.notice.setObjectName("copyNotice")
        self.notice.setMovable(False)
        self.notice.setFloatable(False)
        self.notice.toggleViewAction().setVisible(False)
        self.notice_label = QLabel()
        self.notice_label.setContentsMargins(6, 0, 12, 0)
        self.notice_button = QPushButton(self.tr("Open the bundled original (read-only)"))
        self.notice_button.setObjectName("openBundledButton")
        self.notice_button.clicked.connect(self.open_bundled)
        self.notice.addWidget(self.notice_label)
        self.notice.addWidget(self.notice_button)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.notice.addWidget(spacer)
        close = self.notice.addAction(self.tr("Hide"))
        close.setToolTip(self.tr("Hide this note"))
        close.triggered.connect(self.hide_notice)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.notice)
        self._notice_wanted = False
        self.notice.hide()
        # A restored window layout may show the bar: it shows only when there is something to say.
        self.notice.visibilityChanged.connect(self._on_notice_visibility_changed)
        self._state.store_changed.connect(self._on_state_store_changed)
        self._state.presenting_changed.connect(self._on_state_presenting_changed)

    def _on_notice_visibility_changed(self, visible: bool) -> None:
        if visible and not (self._notice_wanted and not self._state.presenting):
            self.notice.hide()

    def hide_notice(self) -> None:
        self._notice_wanted = False
        if self.notice is not None:
            self.notice.hide()

    def _on_state_presenting_changed(self, presenting: bool) -> None:
        if self.notice is not None:
            self.notice.setVisible(self._notice_wanted and not presenting)

    def announce_choice(self, choice: userfiles.Choice) -> None:
        """Say so when your copy opened (asked for the bundled file, or reopened as the last one
        used), or when the file asked for is not the one that opened."""
        if choice.kind == "copy":
            self.show_copy_notice()
        elif choice.redirected:
            self._state.post_message(self.tr("Opened {0}: {1}.").format(choice.path.name, choice.reason), 12000)

    def show_copy_notice(self) -> None:
        path = self._state.store.path
        n = userfiles.count_changes(path) if path is not None else None
        if n is None:
            text = self.tr("Your copy of the bundled data; View ▸ Compare with Bundled")
        else:
            text = (self.tr("Your copy of the bundled data, 1 change; View ▸ Compare with Bundled") if n == 1 else
                    self.tr("Your copy of the bundled data, {0} changes; View ▸ Compare with Bundled").format(n))
        if self.notice is None:
            self._state.post_message(text, 15000)
            return
        self.notice_label.setText(text)
        self.notice_label.setToolTip(str(path))
        self._notice_wanted = True
        self.notice.setVisible(not self._state.presenting)

    def _on_state_store_changed(self, store: Store) -> None:
        if self.notice is not None and not userfiles.is_user_copy(store.path):
            self.hide_notice()

    def open_bundled(self) -> bool:
        return self.open(paths.bundled_db())

    def recent(self) -> list[userfiles.RecentFile]:
        return userfiles.recent_files(_stored_list(self._settings, RECENT_KEY))

    def fill_recent(self) -> None:
        """The last ten files; one that cannot be opened now is greyed, with the reason."""
        menu = self.recent_menu
        if menu is None:
            return
        menu.clear()
        files = self.recent()
        for n, item in enumerate(files, 1):
            kind = userfiles.kind_of(item.path)
            label = {"copy": self.tr(" (your copy)"), "bundled": self.tr(" (bundled)")}.get(kind, "")
            text = f"&{n % 10} {item.path.name}{label}"
            if item.missing:
                text += f" — {self.tr(item.missing)}"
            action = menu.addAction(text)
            action.setToolTip(str(item.path))
            action.setStatusTip(str(item.path))
            action.setEnabled(not item.missing)
            action.triggered.connect(lambda _=False, p=item.path: self.open(p))
        if not files:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("&Clear the List"), self.clear_recent)

    def clear_recent(self) -> None:
        self._settings.setValue(RECENT_KEY, [])
        self.fill_recent()

    def reveal(self) -> bool:
        """Show the open file's folder in the system's file manager."""
        path = self._state.store.path
        if path is None:
            self._state.post_message(self.tr("This database is in memory: it has no folder"), 5000)
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve().parent)))

    # -- opening -------------------------------------------------------------------------------

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
        self.remember_recent(Path(path))
        self._state.set_store(store)
        return True

    def remember_recent(self, path: Path) -> None:
        self._settings.setValue(RECENT_KEY, userfiles.remember(_stored_list(self._settings, RECENT_KEY), path))
        self.fill_recent()

    def export(self, kind: str) -> None:
        """The whole dataset as JSON, CSV files or a TimelineJS file."""
        from ..db import transfer

        store = self._state.store
        stem = store.path.stem if store.path else "allies"
        try:
            if kind == "csv":
                folder = QFileDialog.getExistingDirectory(self._parent, self.tr("Export CSV files to folder"),
                                                          export_start(self._settings))
                if not folder:
                    return
                remember_export(self._settings, folder)
                from ..db.csv_tables import export_csv

                files = export_csv(store, folder)
                self._state.post_message(translate("DatabaseFiles", "Wrote {files} CSV files to {folder}").format(files=len(files), folder=folder), 6000)
                return
            suffix = "json" if kind == "json" else "timeline.json"
            path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export"),
                                                  export_start(self._settings, f"{stem}.{suffix}"), translate("DatabaseFiles", "JSON (*.json)"))
            if not path:
                return
            remember_export(self._settings, path)
            if kind == "json":
                transfer.export_json(store, path)
            else:
                transfer.export_timelinejs(store, path)
            self._state.post_message(translate("DatabaseFiles", "Wrote {path}").format(path=path), 6000)
        except OSError as e:
            QMessageBox.warning(self._parent, self.tr("Export failed"), translate("DatabaseFiles", "Could not write the file: {v0}.").format(v0=e.strerror or e))


__all__ = ["DatabaseFiles", "close_quietly", "export_start", "is_protected", "remember_export", "show_open_error"]

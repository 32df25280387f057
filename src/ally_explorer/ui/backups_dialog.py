"""File ▸ Restore Backup…: the backups of your copy, newest first, with the date, why each was
made and how many changes it holds; restoring one is itself backed up first.

The backups live in the user data folder (``db.userfiles.backups_dir``) and are made by
``db.backups`` with SQLite's backup API; restoring writes the backup into the database through
the same API, in one step, so the file is never half-restored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..db import backups, userfiles
from ..db.store import Store
from .state import Changes

PATH_ROLE = Qt.ItemDataRole.UserRole


def _tilde(path: Path) -> str:
    """A folder as a person reads it: ``~/.local/share/...`` rather than the whole home path."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


def backup_target(store: Store) -> Path:
    """The database a restore writes into: the open file if it may be edited, else your copy."""
    if store.path is not None and not store.readonly and not userfiles.is_protected(store.path):
        return store.path
    return userfiles.user_copy()


def restore_into(state, operations, backup: Path, open_file: Callable[[Path], bool]) -> Path:
    """Restore ``backup`` into the target (backed up first); returns the safety backup made.

    Raises backups.BackupError; the target is unchanged then."""
    store = state.store
    target = backup_target(store)
    folder = userfiles.backups_dir()
    live = store.path is not None and target.resolve() == store.path.resolve()
    safety = None
    if live:
        safety = backups.make_backup(store.conn, folder, reason="restore", stem=target.stem)
        backups.restore_backup(backup, store.conn)
        operations.stack.clear()  # the undo history described the file before the restore
        operations._announce(Changes.all(initiator="restore"))
    else:
        if target.exists():
            safety = backups.make_backup(target, folder, reason="restore", stem=target.stem)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
        backups.restore_backup(backup, target)
        open_file(target)
    return safety


class BackupsDialog(QDialog):
    """Lists the backups of the file a restore would write into; Restore asks first."""

    def __init__(self, state, operations, open_file: Callable[[Path], bool], parent: QWidget | None = None,
                 *, locked: bool = False):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Restore a Backup"))
        self._state, self._ops, self._open_file = state, operations, open_file
        self.target = backup_target(state.store)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setObjectName("backupsTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Made (local time)"), self.tr("Why"), self.tr("Changes"), self.tr("Events")])
        for col, width in enumerate((170, 330, 80, 70)):
            self.tree.setColumnWidth(col, width)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.restore_button = QPushButton(self.tr("Restore This Backup…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.restore_button.setVisible(not locked)
        self.folder_button = QPushButton(self.tr("Show the Backups Folder"))
        self.folder_button.clicked.connect(self.reveal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        self.backups = backups.list_backups(userfiles.backups_dir(), stem=self.target.stem)
        for b in self.backups:
            made = b.made.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            why = b.reason_text if b.ok else self.tr("{0} — damaged, cannot be restored").format(b.reason_text)
            item = QTreeWidgetItem([made, why, f"{b.changes:,}", f"{b.events:,}"])
            item.setData(0, PATH_ROLE, str(b.path))
            item.setToolTip(0, str(b.path))
            for col in (2, 3):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not b.ok:
                item.setDisabled(True)
            self.tree.addTopLevelItem(item)
        folder = _tilde(userfiles.backups_dir())
        if self.backups:
            self.note.setText(self.tr("Backups of {0}, newest first (the last {1} are kept, in {2}). Restoring one "
                                      "replaces what the file holds now; a backup of it is made first.")
                              .format(self.target.name, backups.KEEP, folder))
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        else:
            self.note.setText(self.tr("No backups of {0} yet. One is made before the first change after each start, "
                                      "and before anything replaces the file (in {1}).").format(self.target.name, folder))
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        self.restore_button.setEnabled(item is not None and not item.isDisabled())

    def selected(self) -> Path | None:
        item = self.tree.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    def reveal(self) -> None:
        folder = userfiles.backups_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def restore_selected(self, *, confirm: bool = True) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        chosen = next((b for b in self.backups if b.path == backup), None)
        if confirm:
            when = chosen.made.astimezone().strftime("%Y-%m-%d %H:%M") if chosen else backup.name
            answer = QMessageBox.question(
                self, self.tr("Restore a backup"),
                self.tr("Replace what {0} holds now with the backup of {1}? A backup of the file as it is now is made "
                        "first, so this too can be taken back here.").format(self.target.name, when),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            restore_into(self._state, self._ops, backup, self._open_file)
        except backups.BackupError as e:
            QMessageBox.critical(self, self.tr("Not restored"), self.tr("{0}. The file is unchanged.").format(e))
            return False
        self._state.post_message(self.tr("Restored the backup of {0}").format(backup.name), 8000)
        self.reload()
        return True


__all__ = ["BackupsDialog", "backup_target", "restore_into"]

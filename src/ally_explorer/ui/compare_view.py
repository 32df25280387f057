"""View ▸ Compare with Bundled: what differs between the open file (your copy) and the bundled
original, entry by entry and field by field, and "Revert to Bundled" for one entry or all.

A revert is one ``RevertCommand`` on the editing undo stack (``db.compare.revert`` does the
writes in one transaction; undo and redo are ``undo_all`` / ``apply_all``), and it announces
what changed, so every view refreshes and so does this dialog.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QUndoCommand
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from .. import paths
from ..core.entities import ENTITIES
from ..core.errors import AllyError
from ..db import compare as diffing
from ..db.store import ChangeSet, Store
from . import theme
from .operations import Operations
from .state import Changes
from .core_words import entity_word
from .i18n import translate

KEY_ROLE = Qt.ItemDataRole.UserRole


def _changes_of(applied: list[ChangeSet]) -> Changes:
    tables: set[str] = set()
    for change in applied:
        tables |= Changes.from_changeset(change).tables
    return Changes(tables=frozenset(tables), initiator="revert")


class RevertCommand(QUndoCommand):
    """One revert (of one entry or all), already written when pushed: the first redo is a no-op."""

    def __init__(self, operations: Operations, applied: list[ChangeSet], label: str):
        super().__init__(label)
        self.operations = operations
        self.applied = applied
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(lambda: diffing.apply_all(self.operations.store, self.applied), translate("RevertCommand", "Redo: {v0}").format(v0=self.text()))

    def undo(self) -> None:
        self._run(lambda: diffing.undo_all(self.operations.store, self.applied), translate("RevertCommand", "Undo: {v0}").format(v0=self.text()))

    def _run(self, write: Callable[[], None], label: str) -> None:
        try:
            write()
        except (AllyError, OSError, sqlite3.Error) as e:
            self.operations.failed.emit(translate("RevertCommand", "{label} failed: {e}. The database is unchanged.").format(label=label, e=e))
            return
        self.operations._announce(_changes_of(self.applied))


def revert_entries(operations: Operations, original: Store, diffs: list[diffing.EntryDiff], label: str) -> list[ChangeSet]:
    """Revert these entries as one undoable step; returns what was written (empty: nothing to do)."""
    applied = diffing.revert(operations.store, original, diffs)
    if applied:
        operations.stack.push(RevertCommand(operations, applied, label))
        operations._announce(_changes_of(applied))
    return applied


def _texts(copy: Any, original: Any, width: int = 44) -> tuple[str, str]:
    """Both values, long texts cut to a window around their first difference (so it shows)."""
    a, b = _show(copy, None), _show(original, None)
    if len(a) <= width and len(b) <= width:
        return a, b
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    start = max(0, start - 12)

    def cut(text: str) -> str:
        part = text[start:start + width]
        return ("…" if start else "") + part + ("…" if start + width < len(text) else "")

    return cut(a), cut(b)


def _show(value: Any, limit: int | None = 160) -> str:
    if value is None:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if limit is None or len(text) <= limit else text[:limit - 1] + "…"


class CompareDialog(QDialog):
    """The differences, one top-level row per entry (its fields below it), with revert buttons.

    ``ensure_writable`` is asked before a revert (a backup before the session's first write)."""

    def __init__(self, state, operations: Operations, ensure_writable: Callable[[], bool], parent: QWidget | None = None,
                 *, locked: bool = False):
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self._state = state
        self._ops = operations
        self._ensure_writable = ensure_writable
        self.setWindowTitle(self.tr("Compare with the Bundled Data"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("compareTree")
        self.tree.setHeaderLabels([self.tr("Entry"), self.tr("What differs"), self.tr("Your copy"), self.tr("Bundled")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        for col, width in enumerate((330, 130, 300, 300)):
            self.tree.setColumnWidth(col, width)
        self.revert_one = QPushButton(self.tr("Revert This Entry to Bundled"))
        self.revert_one.setObjectName("revertOne")
        self.revert_one.clicked.connect(self.revert_current)
        self.revert_every = QPushButton(self.tr("Revert All to Bundled…"))
        self.revert_every.setObjectName("revertAll")
        self.revert_every.clicked.connect(self.revert_all)
        for button in (self.revert_one, self.revert_every):
            button.setVisible(not locked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.revert_one)
        row.addWidget(self.revert_every)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.resize(1100, 560)
        self.diffs: list[diffing.EntryDiff] = []
        self._original: Store | None = None
        state.data_changed.connect(self._on_state_data_changed)
        state.store_changed.connect(self._on_state_store_changed)
        state.theme_changed.connect(self._on_state_theme_changed)
        self.finished.connect(self._on_finished)
        self.reload()

    # -- the original --------------------------------------------------------------------------

    def original(self) -> Store:
        if self._original is None:
            self._original = Store.open(paths.bundled_db(), readonly=True)
        return self._original

    def _on_finished(self, _result: int) -> None:
        for signal, slot in ((self._state.data_changed, self._on_state_data_changed),
                             (self._state.store_changed, self._on_state_store_changed),
                             (self._state.theme_changed, self._on_state_theme_changed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        if self._original is not None:
            self._original.close()
            self._original = None

    def _on_state_data_changed(self, _changes: Changes) -> None:
        self.reload()

    def _on_state_store_changed(self, _store: Store) -> None:
        self.reload()

    def _on_state_theme_changed(self, _name: str) -> None:
        self.reload()  # the status colours are the theme's

    # -- what is shown -------------------------------------------------------------------------

    def reload(self) -> None:
        store = self._state.store
        current = self.current_key()
        self.tree.clear()
        try:
            self.diffs = diffing.compare(store, self.original())
        except (AllyError, OSError, sqlite3.Error) as e:
            self.diffs = []
            self.summary.setText(self.tr("Cannot read the bundled data: {0}").format(e))
            self._update_buttons()
            return
        counts = {s: sum(1 for d in self.diffs if d.status == s) for s in ("added", "changed", "deleted")}
        name = store.path.name if store.path else self.tr("this database")
        if not self.diffs:
            self.summary.setText(self.tr("{0} holds exactly what the bundled data holds.").format(name))
        else:
            self.summary.setText(self.tr("{0} differs from the bundled data in {1} entries: {2} added, {3} changed, "
                                         "{4} deleted. Select one to revert it; each revert can be undone (Ctrl+Z).")
                                 .format(name, len(self.diffs), counts["added"], counts["changed"], counts["deleted"]))
        status_text = {"added": self.tr("added in your copy"), "changed": self.tr("changed"),
                       "deleted": self.tr("deleted in your copy")}
        for diff in self.diffs:
            label = entity_word(ENTITIES[diff.entity].label).capitalize()
            top = QTreeWidgetItem([f"{label}: {diff.title}", status_text[diff.status], "", ""])
            top.setData(0, KEY_ROLE, diff.key)
            t = theme.current()  # text colours of the theme (4.5:1), in the old hues
            colour = {"added": t.confidence["confirmed"], "changed": t.confidence["reported"], "deleted": t.error}
            top.setForeground(1, QBrush(QColor(colour.get(diff.status, t.text))))
            top.setToolTip(0, f"{label} {diff.entity_id}: {diff.title}")
            for field in diff.fields:
                child = QTreeWidgetItem(["", entity_word(field.label), *_texts(field.copy, field.original)])
                child.setData(0, KEY_ROLE, diff.key)
                child.setToolTip(2, _show(field.copy, 2000))
                child.setToolTip(3, _show(field.original, 2000))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(diff.status == "changed")
            if diff.key == current:
                self.tree.setCurrentItem(top)
        self._update_buttons()

    def current_key(self) -> tuple[str, Any] | None:
        item = self.tree.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    def select(self, key: tuple[str, Any]) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, KEY_ROLE) == key:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _update_buttons(self) -> None:
        self.revert_one.setEnabled(self.current_key() is not None)
        self.revert_every.setEnabled(bool(self.diffs))

    # -- reverting -----------------------------------------------------------------------------

    def revert_current(self) -> bool:
        key = self.current_key()
        diff = next((d for d in self.diffs if d.key == key), None)
        if diff is None:
            return False
        title = diff.title if len(diff.title) <= 48 else diff.title[:47] + "…"
        return self._revert([diff], self.tr("Revert {0} ‘{1}’ to bundled").format(entity_word(ENTITIES[diff.entity].label), title))

    def revert_all(self, *, confirm: bool = True) -> bool:
        if not self.diffs:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Revert all to bundled"),
                self.tr("Make all {0} entries what the bundled data holds? This is one step: Edit ▸ Undo takes it "
                        "back.").format(len(self.diffs)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._revert(list(self.diffs), self.tr("Revert all {0} entries to bundled").format(len(self.diffs)))

    def _revert(self, diffs: list[diffing.EntryDiff], label: str) -> bool:
        if not self._ensure_writable():
            return False
        try:
            applied = revert_entries(self._ops, self.original(), diffs, label)
        except (AllyError, OSError, sqlite3.Error) as e:
            QMessageBox.critical(self, self.tr("Not reverted"),
                                 self.tr("The entries could not be reverted: {0}. The database is unchanged.").format(e))
            return False
        return bool(applied)


__all__ = ["CompareDialog", "RevertCommand", "revert_entries"]

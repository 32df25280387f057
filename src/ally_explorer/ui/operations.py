"""Every write the app makes, as one undoable command (the operations layer, as in Anki).

An operation runs the write through the Store (which validates and commits at once), pushes a
QUndoCommand holding the exact rows before and after, and announces once what changed; each
view decides for itself whether to refresh.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.errors import AllyError
from ..db.store import ChangeSet, Store


class ChangeCommand(QUndoCommand):
    """One committed change. The first redo is the write that already happened."""

    def __init__(self, operations: "Operations", change: ChangeSet):
        super().__init__(change.label)
        self.operations = operations
        self.change = change
        self._done = True  # pushed after the Store already applied it

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.operations._apply(self.change, label=f"Redo: {self.change.label}")

    def undo(self) -> None:
        self.operations._apply(self.change.undone(), label=f"Undo: {self.change.label}")


class Operations(QObject):
    """Writes for the window: add, edit, delete, each one undoable; errors become messages."""

    changed = Signal(str, object)  # entity name, entity id
    failed = Signal(str)  # a message for the user

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)

    def set_store(self, store: Store) -> None:
        """A different database: the old history cannot apply to it."""
        self.store = store
        self.stack.clear()

    # -- the writes ----------------------------------------------------------------------------

    def add(self, entity: str, values: dict[str, Any]) -> ChangeSet:
        """Raises ValidationError (for forms to show) or AllyError; nothing is pushed then."""
        change = self.store.create(entity, **values)
        self._push(change)
        return change

    def edit(self, entity: str, entity_id: Any, values: dict[str, Any]) -> ChangeSet:
        change = self.store.update(entity, entity_id, **values)
        self._push(change)
        return change

    def delete(self, entity: str, entity_id: Any) -> ChangeSet:
        change = self.store.delete(entity, entity_id)
        self._push(change)
        return change

    def plan_delete(self, entity: str, entity_id: Any) -> ChangeSet:
        return self.store.plan_delete(entity, entity_id)

    # -- internals -----------------------------------------------------------------------------

    def _push(self, change: ChangeSet) -> None:
        self.stack.push(ChangeCommand(self, change))
        self.changed.emit(change.entity, change.entity_id)

    def _apply(self, change: ChangeSet, *, label: str) -> None:
        try:
            self.store.apply(ChangeSet(change.entity, change.entity_id, change.action, label, change.before, change.after))
        except (AllyError, OSError, sqlite3.Error) as e:
            # The database is unchanged but the stack has moved: its history no longer matches
            # the file, so drop it rather than let a later undo write the wrong rows.
            self.failed.emit(f"{label} failed: {e}. The undo history was cleared; the database is unchanged.")
            QTimer.singleShot(0, self.stack.clear)
            return
        self.changed.emit(change.entity, change.entity_id)

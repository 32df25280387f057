"""Every write the app makes, as one undoable command (the operations layer, as in Anki).

An operation runs the write through the Store (which validates and commits at once), pushes a
QUndoCommand holding the exact rows before and after, and announces once what changed
(``Changes``, through the state's ``data_changed`` when there is a state); each view decides for
itself whether to refresh. Writes that cannot be undone (a JSON import, tours, UN votes) go
through ``run()``, which announces them the same way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.errors import AllyError
from ..db.store import ChangeSet, Store
from .state import Changes, ExplorerState
from .i18n import translate

T = TypeVar("T")


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
        self.operations._apply(self.change, label=translate("ChangeCommand", "Redo: {label}").format(label=self.change.label))

    def undo(self) -> None:
        self.operations._apply(self.change.undone(), label=translate("ChangeCommand", "Undo: {label}").format(label=self.change.label))


class Operations(QObject):
    """Writes for the window: add, edit, delete, each one undoable; errors become messages."""

    changed = Signal(str, object)  # entity name, entity id
    did_change = Signal(object)  # Changes: what any write changed
    failed = Signal(str)  # a message for the user

    def __init__(self, store: Store | ExplorerState, parent: QObject | None = None):
        super().__init__(parent)
        self._state = store if isinstance(store, ExplorerState) else None
        self.store = self._state.store if self._state is not None else store
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)
        if self._state is not None:
            self._state.store_changed.connect(self.set_store)

    def set_store(self, store: Store) -> None:
        """A different database: the old history cannot apply to it."""
        self.store = store
        self.stack.clear()

    def run(self, write: Callable[[], T], changes: Changes, *, clear_history: bool = False) -> T:
        """A write with no undo of its own: run it, then announce ``changes`` (not if it raised).
        ``clear_history``: the undo history no longer matches the data (an import)."""
        result = write()
        if clear_history:
            self.stack.clear()
        self._announce(changes)
        return result

    def _announce(self, changes: Changes) -> None:
        self.did_change.emit(changes)
        if self._state is not None:
            self._state.announce(changes)

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
        self._announce(Changes.from_changeset(change))

    def _apply(self, change: ChangeSet, *, label: str) -> None:
        try:
            self.store.apply(ChangeSet(change.entity, change.entity_id, change.action, label, change.before, change.after))
        except (AllyError, OSError, sqlite3.Error) as e:
            # The database is unchanged but the stack has moved: its history no longer matches
            # the file, so drop it rather than let a later undo write the wrong rows.
            self.failed.emit(translate("Operations", "{label} failed: {e}. The undo history was cleared; the database is unchanged.").format(label=label, e=e))
            QTimer.singleShot(0, self.stack.clear)
            return
        self.changed.emit(change.entity, change.entity_id)
        self._announce(Changes.from_changeset(change))

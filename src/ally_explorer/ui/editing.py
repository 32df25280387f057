"""Editing in the main window: actions, context menus, undo history and where edits are saved.

Kept apart from the window so reading and browsing code never needs to know about writes.
Every write goes through ``Operations`` (one undoable command each); before the first write to
a file that must not change (the bundled dataset, a read-only file) the database is copied to
the user data folder and the edit is made there. Nothing is overwritten without a backup
(``db.backups``): the first write after each start, replacing your copy, an import that
replaces, and restoring a backup each back the file up first.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..core.entities import ENTITIES
from ..core.errors import AllyError, NotFoundError, ValidationError
from ..db import backups, opening, userfiles
from ..db.store import Store
from .files import DatabaseFiles, is_protected
from .operations import Operations
from .state import Changes, ExplorerState
from .core_words import entity_word, stance_label
from .i18n import QT_TRANSLATE_NOOP, translate

ADDABLE = ("event", "statement", "figure", "alignment", "country", "person", "source")
NEW_ORDER = ("event", "statement", "country", "alignment", "figure", "source", "person")  # File ▸ New
NEW_TEXT = {"event": QT_TRANSLATE_NOOP("Editing", "&Event…"), "statement": QT_TRANSLATE_NOOP("Editing", "&Quote…"), "country": QT_TRANSLATE_NOOP("Editing", "&Country…"), "alignment": QT_TRANSLATE_NOOP("Editing", "&Alignment…"),
            "figure": QT_TRANSLATE_NOOP("Editing", "&Key Figure…"), "source": QT_TRANSLATE_NOOP("Editing", "&Source…"), "person": QT_TRANSLATE_NOOP("Editing", "&Person…")}
COPY_NAME = userfiles.COPY_NAME




def copy_database(store: Store, dest: Path) -> None:
    """A consistent copy via SQLite's backup API (safe even while the source is open),
    written all or nothing (``db.opening.copy_database``)."""
    opening.copy_database(store.conn, dest)


class EditingController(QObject):
    """Owns the undo stack and every editing action of one main window. Depends on the state
    (what is selected, the store), ``files`` (to move to an editable copy), the settings, and
    the country list and its filter box (whose focus says what Edit and New act on)."""

    source_requested = Signal(str, object)  # "Show Source" of (kind, id): the window shows the Sources tab

    def __init__(self, state: ExplorerState, files: DatabaseFiles, settings: QSettings, parent: QWidget, *,
                 country_list: QWidget | None = None, country_filter: QWidget | None = None, read_only: bool = False):
        super().__init__(parent)
        self.window = parent  # the parent of every dialog and the owner of the actions
        self._state = state
        self._files = files
        self.settings = settings
        self.read_only = read_only
        self._country_list = country_list
        self._country_filter = country_filter
        self._locked_before_presenting = False
        self.ops = Operations(state, self)
        self.ops.failed.connect(self._on_ops_failed)
        self._history_dialog: QDialog | None = None
        self._backed_up: set[Path] = set()  # files backed up since the app started
        self._build_actions()
        state.presenting_changed.connect(self._on_state_presenting_changed)

    @property
    def store(self) -> Store:
        return self._state.store

    def _on_ops_failed(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Could not save"), message)

    def _on_state_presenting_changed(self, presenting: bool) -> None:
        """Editing is hidden while presenting, and comes back as it was."""
        if presenting:
            self._locked_before_presenting = self.locked
            self.set_locked(True, remember=False)
        else:
            self.set_locked(self._locked_before_presenting, remember=False, permanent=self.read_only)

    def _focus_in_list(self, *, or_filter: bool = False) -> bool:
        focus = QApplication.focusWidget()
        if focus is None or self._country_list is None:
            return False
        return (focus is self._country_list or self._country_list.isAncestorOf(focus)
                or (or_filter and focus is self._country_filter))

    # -- actions -------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.act_undo = self.ops.stack.createUndoAction(w, translate("EditingController", "&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.ops.stack.createRedoAction(w, translate("EditingController", "&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.act_undo, self.act_redo):
            w.addAction(action)
        self.add_actions = {
            name: self._action(translate("Editing", NEW_TEXT[name]), lambda _=False, n=name: self.add(n))
            for name in ADDABLE
        }
        # New Event is Ctrl+N whatever has the focus (the menu shows it next to "Event…").
        self.add_actions["event"].setShortcut(QKeySequence.StandardKey.New)
        self.add_actions["event"].setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_actions["event"].setStatusTip(self.tr("Add an event (for the selected country, if one is)"))
        self.act_new_in_context = self.add_actions["event"]  # the name older scripts use
        self.act_edit = self._action(translate("EditingController", "&Edit Selected…"), self.edit_selected, "F2", tip=translate("EditingController", "Edit the selected entry"))
        self.act_edit.setShortcuts([QKeySequence("F2"), QKeySequence("Ctrl+E")])
        self.act_delete = self._action(translate("EditingController", "&Delete Selected"), self.delete_selected, QKeySequence.StandardKey.Delete,
                                       tip=translate("EditingController", "Delete the selected entry (asks first when others go with it)"))
        self.act_entry_history = self._action(translate("EditingController", "History of This &Entry…"), self.show_entry_history,
                                              tip=translate("EditingController", "Every saved change to the selected entry"))
        self.act_undo_history = self._action(translate("EditingController", "Undo &History…"), self.show_undo_history, "Ctrl+H",
                                             tip=translate("EditingController", "This session's changes; click one to go back to it"))
        self.act_people = self._action(translate("EditingController", "&People…"), lambda: self.manage("person"))
        self.act_sources = self._action(translate("EditingController", "&Sources…"), lambda: self.manage("source"))
        self.act_new_db = self._action(translate("EditingController", "&New Database…"), self.new_database, tip=translate("EditingController", "Start an empty database"))
        self.act_save_copy = self._action(translate("EditingController", "Save a &Copy As…"), self.save_copy, QKeySequence.StandardKey.SaveAs,
                                          tip=translate("EditingController", "Write a copy of this database to another file"))
        self.act_restore = self._action(translate("EditingController", "&Restore the Bundled Dataset…"), self.restore_bundled,
                                        tip=translate("EditingController", "Start over from the dataset that ships with the app"))
        self.act_restore_backup = self._action(self.tr("Restore &Backup…"), self.show_backups,
                                               tip=self.tr("The automatic backups of your copy: go back to one"))
        self.act_compare = self._action(self.tr("Compare with &Bundled…"), self.show_compare,
                                        tip=self.tr("What differs between this file and the bundled data; revert entries"))
        self.act_import = self._action(translate("EditingController", "&Import JSON…"), self.import_json, tip=translate("EditingController", "Add or replace entries from a JSON export"))
        self.act_lock = self._action(translate("EditingController", "&Lock Editing"), self.set_locked, tip=translate("EditingController", "Hide every editing action (classroom use)"))
        self.act_lock.setCheckable(True)
        self.edit_only = [
            self.act_undo, self.act_redo, *self.add_actions.values(), self.act_edit,
            self.act_delete, self.act_undo_history, self.act_people, self.act_sources, self.act_new_db,
            self.act_restore, self.act_restore_backup, self.act_import,
        ]

    def install_menus(self, file_menu: QMenu, edit_menu: QMenu, view_menu: QMenu, *, before: QAction) -> None:
        """Put the editing actions into the window's menus."""
        self.new_menu = QMenu(self.tr("&New"), file_menu)
        self.new_menu.setObjectName("newMenu")
        for name in NEW_ORDER:
            self.new_menu.addAction(self.add_actions[name])
        self.new_menu.addSeparator()
        self.new_menu.addAction(self.act_new_db)
        first_file = file_menu.actions()[0] if file_menu.actions() else None
        file_menu.insertMenu(first_file, self.new_menu)
        file_menu.insertSeparator(first_file)
        for action in (self.act_save_copy, None, self.act_restore_backup, self.act_restore, None, self.act_import):
            file_menu.insertSeparator(before) if action is None else file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        for action in (self.act_undo, self.act_redo, None):
            if action is None:
                edit_menu.insertSeparator(first)
            else:
                edit_menu.insertAction(first, action)
        edit_menu.addSeparator()
        self.add_menu = edit_menu.addMenu(self.tr("&Add"))
        for name in NEW_ORDER:
            self.add_menu.addAction(self.add_actions[name])
        for action in (self.act_edit, self.act_delete, None, self.act_entry_history, self.act_undo_history,
                       None, self.act_people, self.act_sources):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.act_compare)
        view_menu.addAction(self.act_lock)

    def set_locked(self, locked: bool, *, permanent: bool = False, remember: bool = True) -> None:
        """Show or hide every editing action; ``permanent`` (``--read-only``) cannot be undone here."""
        self.act_lock.setChecked(locked)
        if permanent:
            self.act_lock.setEnabled(False)
            self.act_lock.setToolTip(translate("EditingController", "Started with --read-only"))
        for action in self.edit_only:
            action.setVisible(not locked)
            action.setEnabled(not locked)
        if hasattr(self, "add_menu"):
            self.add_menu.menuAction().setVisible(not locked)
            self.new_menu.menuAction().setVisible(not locked)
        if remember:
            self.settings.setValue("editingLocked", bool(locked) and not permanent)

    @property
    def locked(self) -> bool:
        return self.act_lock.isChecked()

    # -- what is selected ----------------------------------------------------------------------

    def selected(self, *, visible_only: bool = False) -> tuple[str, Any] | None:
        """The entry an Edit or Delete acts on, by where the keyboard focus is: in the country
        list its country; elsewhere the highlighted item or event. ``visible_only`` (Delete):
        nothing else, so Delete never falls back to the country when no item is selected."""
        state = self._state
        in_list = self._focus_in_list()
        if not in_list:
            if state.item is not None:
                return state.item
            if state.event is not None:
                return "event", state.event
            if visible_only:
                return None
        if state.country:
            return "country", state.country
        return None

    def _title_of(self, entity: str, entity_id: Any) -> str:
        try:
            record = self.store.get(entity, entity_id)
        except NotFoundError:
            return str(entity_id)
        spec = ENTITIES[entity]
        title = str(getattr(record, spec.title_field, entity_id))
        return title if len(title) < 60 else title[:59] + "…"

    # -- where edits go ------------------------------------------------------------------------

    def ensure_writable(self) -> bool:
        """Make sure the open database can take an edit, copying it to the user data folder first
        when it is the bundled dataset or a read-only file. Returns False if it cannot."""
        w = self.window
        if self.locked:
            return False
        store = self.store
        if not store.readonly and not is_protected(store.path):
            return self._backup_once()
        dest = userfiles.user_copy()
        if dest.exists() and (store.path is None or dest.resolve() != store.path.resolve()):
            box = QMessageBox(w)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(translate("EditingController", "Where should edits go?"))
            box.setText(translate("EditingController", "This database cannot be changed in place, and you already have an edited copy."))
            box.setInformativeText(translate("EditingController", "Your copy: {dest}\n\nEdit your copy, or replace it with a fresh copy of this database?").format(dest=dest))
            use = box.addButton(translate("EditingController", "Edit My Copy"), QMessageBox.ButtonRole.AcceptRole)
            replace = box.addButton(translate("EditingController", "Replace It"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(use)
            box.exec()
            if box.clickedButton() is replace:
                if not self.confirm_replace(dest) or not self.backup(dest, "replace") or not self._copy_to(dest):
                    return False
                self._backed_up.add(dest.resolve())  # a fresh copy of this file: nothing to lose yet
            elif box.clickedButton() is not use:
                return False
        else:
            if not self._copy_to(dest):
                return False
            self._backed_up.add(dest.resolve())
        if not self._files.open(dest, remember=True):
            return False
        if not self._backup_once():
            return False
        settings: QSettings = self.settings
        if not settings.value("toldAboutCopy", False, type=bool):
            settings.setValue("toldAboutCopy", True)
            QMessageBox.information(
                w, translate("EditingController", "Your edits are saved in a copy"),
                translate("EditingController", "The bundled dataset stays unchanged; your edits are saved as you make them in\n\n{dest}\n\nView ▸ Compare with Bundled shows what you changed and reverts it; File ▸ Restore Backup goes back to an earlier state; File ▸ Restore the Bundled Dataset starts over from the original.").format(dest=dest),
            )
        else:
            self._state.post_message(translate("EditingController", "Editing your copy: {dest}").format(dest=dest), 8000)
        return True

    def confirm_replace(self, dest: Path) -> bool:
        """The second question before a copy is replaced: how many edits it holds, and the backup."""
        n = userfiles.count_changes(dest)
        held = self.tr("{0} saved changes").format(n) if n is not None else self.tr("your edits")
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Replace your copy?"))
        box.setText(self.tr("Replace your copy, which holds {0}, with a fresh copy of this database?").format(held))
        box.setInformativeText(self.tr("A backup of your copy is made first: File ▸ Restore Backup brings it back."))
        replace = box.addButton(self.tr("Back Up and Replace"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is replace

    def backup(self, path: Path | sqlite3.Connection, reason: str, stem: str | None = None) -> bool:
        """Back a database up into the user data folder; says why not and returns False if it cannot."""
        if stem is None:
            stem = path.stem if isinstance(path, Path) else (self.store.path.stem if self.store.path else "allies")
        try:
            made = backups.make_backup(path, userfiles.backups_dir(), reason=reason, stem=stem)
        except backups.BackupError as e:
            QMessageBox.critical(self.window, self.tr("No backup, nothing changed"),
                                 self.tr("Could not make a backup first, so nothing was changed: {0}").format(e))
            return False
        self.last_backup = made
        return True

    def _backup_once(self) -> bool:
        """The first write to a file after the app starts backs it up first (once per file)."""
        path = self.store.path
        if path is None:
            return True
        key = path.resolve()
        if key in self._backed_up:
            return True
        if not self.backup(self.store.conn, "session", path.stem):
            return False
        self._backed_up.add(key)
        return True

    def _copy_to(self, dest: Path) -> bool:
        try:
            copy_database(self.store, dest)
        except (OSError, sqlite3.Error) as e:
            QMessageBox.critical(self.window, translate("EditingController", "Cannot make an editable copy"), translate("EditingController", "Could not write {dest}: {e}").format(dest=dest, e=e))
            return False
        return True

    # -- add, edit, delete ---------------------------------------------------------------------

    def _dialog(self):
        from .forms.entity_dialog import EntityDialog

        return EntityDialog

    def add_in_context(self) -> None:
        """Ctrl+N: a new event, whatever has the focus (File ▸ New has the other kinds)."""
        self.add("event")

    def add(self, entity: str, defaults: dict[str, Any] | None = None) -> Any:
        """Open the add form; returns the new id, or None if cancelled or refused."""
        if not self.ensure_writable():
            return None
        w = self.window
        country = self._state.country
        defaults = dict(defaults or {})
        if country:
            if entity == "event":
                defaults.setdefault("countries", [country])
            elif entity in ("statement", "figure", "alignment", "person"):
                defaults.setdefault("country_id", country)
        values = self._dialog().add(self.store, entity, parent=w, defaults=defaults)
        if values is None:
            return None
        change = self._write(lambda: self.ops.add(entity, values))
        if change is None:
            return None
        self._select(entity, change.entity_id)
        return change.entity_id

    def edit(self, entity: str, entity_id: Any) -> bool:
        if not self.ensure_writable():
            return False
        w = self.window
        try:
            self.store.get(entity, entity_id)
        except NotFoundError:
            self._state.post_message(translate("EditingController", "That {label} no longer exists").format(label=entity_word(ENTITIES[entity].label)), 5000)
            return False
        values = self._dialog().edit(self.store, entity, entity_id, parent=w)
        if values is None:
            return False
        values.pop("id", None) if ENTITIES[entity].id_kind == "int" else None
        if ENTITIES[entity].id_kind == "text":
            values["id"] = entity_id
        change = self._write(lambda: self.ops.edit(entity, entity_id, values))
        if change is not None:
            self._select(entity, entity_id)
        return change is not None

    def delete(self, entity: str, entity_id: Any, *, confirm: bool = True) -> bool:
        if not self.ensure_writable():
            return False
        w = self.window
        try:
            plan = self.ops.plan_delete(entity, entity_id)
        except ValidationError as e:
            QMessageBox.information(w, translate("EditingController", "Cannot delete"), "; ".join(e.errors.values()))
            return False
        except NotFoundError:
            return False
        if confirm:
            from .forms.confirm import confirm_delete

            if not confirm_delete(w, plan):
                return False
        return self._write(lambda: self.ops.delete(entity, entity_id)) is not None

    def edit_selected(self) -> None:
        target = self.selected()
        if target:
            self.edit(*target)

    def delete_selected(self) -> bool:
        """Delete what is visibly selected where the focus is; nothing selected, nothing deleted."""
        target = self.selected(visible_only=True)
        if target is None:
            self._state.post_message(self.tr("Nothing is selected to delete: click an entry first"), 5000)
            return False
        return self.delete(*target)

    def _write(self, do):
        try:
            return do()
        except ValidationError as e:
            lines = "\n".join(f"• {field or 'entry'}: {why}" for field, why in e.errors.items())
            QMessageBox.warning(self.window, translate("EditingController", "Not saved"), translate("EditingController", "The entry was not saved:\n{lines}").format(lines=lines))
        except (AllyError, OSError, sqlite3.Error) as e:
            QMessageBox.critical(self.window, translate("EditingController", "Not saved"), translate("EditingController", "The change could not be saved: {e}\nThe database is unchanged.").format(e=e))
        return None

    def _select(self, entity: str, entity_id: Any) -> None:
        if entity in ("country", "event", "statement", "figure", "alignment"):
            self._state.select_entry(entity, entity_id)

    # -- menus in the detail pane and the list -------------------------------------------------

    def fill_detail_menu(self, menu: QMenu, item: tuple[str, int] | None) -> None:
        state = self._state
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        if item is not None:
            kind, item_id = item
            label = ENTITIES[kind].label
            if kind == "event":
                show = QAction(translate("EditingController", "Show on Timeline"), menu)
                show.triggered.connect(lambda: state.select_event(item_id, state.country))
                added.append(show)
            cite = QAction(translate("EditingController", "Copy with Citation"), menu)
            cite.triggered.connect(lambda: self.copy_with_citation(kind, item_id))
            source = QAction(translate("EditingController", "Show Source"), menu)
            source.triggered.connect(lambda: self.source_requested.emit(kind, item_id))
            added += [cite, source]
            if not self.locked:
                edit = QAction(translate("EditingController", "Edit {v0}…").format(v0=entity_word(label).capitalize()), menu)
                edit.triggered.connect(lambda: self.edit(kind, item_id))
                delete = QAction(translate("EditingController", "Delete {v0}").format(v0=entity_word(label).capitalize()), menu)
                delete.triggered.connect(lambda: self.delete(kind, item_id))
                added += [edit, delete]
            history = QAction(translate("EditingController", "History of This {v0}…").format(v0=entity_word(label).capitalize()), menu)
            history.triggered.connect(lambda: self.show_entry_history((kind, item_id)))
            added.append(history)
        if not self.locked and state.country:
            country = state.country
            name = self.store.country(country).name
            for entity, text in (("event", translate("EditingController", "Add Event")), ("statement", translate("EditingController", "Add Quote")), ("figure", translate("EditingController", "Add Key Figure")),
                                 ("alignment", translate("EditingController", "Add Alignment Period"))):
                action = QAction(translate("EditingController", "{text} for {name}…").format(text=text, name=name), menu)
                action.triggered.connect(lambda _=False, e=entity: self.add(e))
                added.append(action)
            edit_country = QAction(translate("EditingController", "Edit {name}…").format(name=name), menu)
            edit_country.triggered.connect(lambda: self.edit("country", country))
            added.append(edit_country)
        for action in added:
            menu.insertAction(first, action)
        if added:
            menu.insertSeparator(first)

    def copy_with_citation(self, kind: str, item_id: int) -> str:
        """The claim as plain text with how sure it is, who says so and its source."""
        store = self.store
        record = store.get(kind, item_id)
        source = store.source(record.source_id)
        if kind == "event":
            claim = f"{record.date_label}: {record.title}." + (f" {record.description}" if record.description else "")
        elif kind == "statement":
            speaker = record.speaker_name or translate("EditingController", "Unattributed")
            claim = f"“{record.text}” — {speaker}, {record.date_label}"
        elif kind == "figure":
            value = f"{record.qualifier + ' ' if record.qualifier else ''}{record.value:g}"
            if record.value_high is not None:
                value += f"–{record.value_high:g}"
            claim = f"{record.label}: {value} {record.unit} ({record.date_label})"
        else:
            claim = translate("EditingController", "Stance: {stance} ({date_label})").format(stance=stance_label(record.stance), date_label=record.date_label)
        how = record.confidence + (translate("EditingController", ", according to {attribution}").format(attribution=record.attribution) if record.attribution else "")
        cited = f"{source.title}" + (f", {source.publisher}" if source.publisher else "") + (
            f", {source.published}" if source.published else "") + (f", {source.url}" if source.url else "")
        text = translate("EditingController", "{claim} [{how}] Source: {cited}").format(claim=claim, how=how, cited=cited)
        QApplication.clipboard().setText(text)
        self._state.post_message(translate("EditingController", "Copied the claim with its citation"), 4000)
        return text

    # -- history -------------------------------------------------------------------------------

    def show_undo_history(self) -> None:
        if self._history_dialog is None:
            dialog = QDialog(self.window)
            dialog.setWindowTitle(translate("EditingController", "Undo History"))
            view = QUndoView(self.ops.stack)
            view.setEmptyLabel(translate("EditingController", "Opened the database"))
            layout = QVBoxLayout(dialog)
            layout.addWidget(QLabel(translate("EditingController", "Click a step to go back to it; everything after it can be redone.")))
            layout.addWidget(view)
            dialog.resize(420, 420)
            self._history_dialog = dialog
        self._history_dialog.show()
        self._history_dialog.raise_()

    def show_entry_history(self, target: tuple[str, Any] | None = None) -> QDialog | None:
        target = target or self.selected()
        if not target:
            return None
        entity, entity_id = target
        changes = self.store.changes(entity, entity_id)
        dialog = QDialog(self.window)
        dialog.setWindowTitle(translate("EditingController", "History of {label} ‘{v1}’").format(label=entity_word(ENTITIES[entity].label), v1=self._title_of(entity, entity_id)))
        tree = QTreeWidget()
        tree.setObjectName("entryHistory")
        tree.setHeaderLabels([translate("EditingController", "When (UTC)"), translate("EditingController", "Change"), translate("EditingController", "Field"), translate("EditingController", "Before"), translate("EditingController", "After")])
        tree.setRootIsDecorated(True)
        for change in changes:
            top = QTreeWidgetItem([change.time.replace("T", " ")[:19], change.label or change.action, "", "", ""])
            before, after = change.before or {}, change.after or {}
            for key in sorted(set(before) | set(after)):
                if before.get(key) != after.get(key):
                    QTreeWidgetItem(top, ["", "", key, _short(before.get(key)), _short(after.get(key))])
            tree.addTopLevelItem(top)
        tree.expandAll()
        for col, width in enumerate((150, 260, 110, 220, 220)):
            tree.setColumnWidth(col, width)
        count = len(changes)
        note = QLabel(
            translate("EditingController", "%n saved change(s).", "", count)
            if changes else translate("EditingController", "No changes were recorded for this entry: it is as the dataset was built.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(note)
        layout.addWidget(tree, 1)
        layout.addWidget(buttons)
        dialog.resize(1000, 420)
        dialog.show()
        return dialog

    # -- people and sources --------------------------------------------------------------------

    def manage(self, entity: str) -> QDialog:
        """A small list of people or sources with Add, Edit and Delete."""
        dialog = EntityListDialog(self, entity)
        dialog.show()
        return dialog

    # -- files ---------------------------------------------------------------------------------

    def new_database(self) -> None:
        w = self.window
        path, _ = QFileDialog.getSaveFileName(w, translate("EditingController", "New Database"), str(Path.home() / "new-allies.db"),
                                              translate("EditingController", "Ally Explorer databases (*.db)"))
        if not path:
            return
        target = Path(path)
        if target.exists():
            try:
                target.unlink()  # the dialog already asked before overwriting
            except OSError as e:
                QMessageBox.critical(w, translate("EditingController", "Cannot create"), translate("EditingController", "Could not replace {target}: {v1}").format(target=target, v1=e.strerror or e))
                return
        try:
            Store.open(target, create=True).close()
        except AllyError as e:
            QMessageBox.critical(w, translate("EditingController", "Cannot create"), str(e))
            return
        self._files.open(target, remember=True)

    def save_copy(self) -> None:
        w = self.window
        path, _ = QFileDialog.getSaveFileName(w, translate("EditingController", "Save a Copy As"), str(Path.home() / "allies-copy.db"),
                                              translate("EditingController", "Ally Explorer databases (*.db)"))
        if path:
            if Path(path).resolve() == (self.store.path.resolve() if self.store.path else None):
                QMessageBox.information(w, translate("EditingController", "Save a Copy"), translate("EditingController", "Choose a different file from the one that is open."))
                return
            if self._copy_to(Path(path)):
                self._state.post_message(translate("EditingController", "Saved a copy to {path}").format(path=path), 6000)

    def restore_bundled(self) -> None:
        w = self.window
        dest = userfiles.user_copy()
        answer = QMessageBox.question(
            w, translate("EditingController", "Restore the bundled dataset"),
            translate("EditingController", "Replace your edited copy ({dest}) with the dataset that ships with Ally Explorer?\nA backup of your copy is made first: File ▸ Restore Backup brings your edits back.").format(dest=dest),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if dest.exists() and not self.backup(dest, "replace"):
            return
        try:
            if self.store.path is not None and self.store.path.resolve() == dest.resolve():
                self.store.close()
            opening.copy_database(None, dest, source=paths.bundled_db())
        except OSError as e:
            QMessageBox.critical(w, translate("EditingController", "Cannot restore"), translate("EditingController", "Could not write {dest}: {v1}").format(dest=dest, v1=e.strerror or e))
        self._files.open(dest, remember=True, force=True)

    def import_json(self) -> None:
        from ..db.transfer import ImportRefused, import_json

        w = self.window
        path, _ = QFileDialog.getOpenFileName(w, translate("EditingController", "Import JSON"), str(Path.home()), translate("EditingController", "JSON (*.json);;All files (*)"))
        if not path or not self.ensure_writable():
            return
        box = QMessageBox(w)
        box.setWindowTitle(translate("EditingController", "Import JSON"))
        box.setText(translate("EditingController", "Add the file's entries to this database, or replace everything in it?"))
        box.setInformativeText(translate("EditingController", "Either way the whole file is checked first and nothing changes unless all of it is valid. An import cannot be undone; before replacing, a backup is made (File ▸ Restore Backup)."))
        add = box.addButton(translate("EditingController", "Add"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(translate("EditingController", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (add, replace):
            return
        replacing = box.clickedButton() is replace
        if replacing and self.store.path is not None and not self.backup(self.store.conn, "import"):
            return
        try:
            counts = self.ops.run(lambda: import_json(self.store, path, replace=replacing),
                                  Changes.all(initiator="import"), clear_history=True)
        except ImportRefused as e:
            count = len(e.problems)
            show_problems(w, translate("EditingController", "Import refused"), translate("EditingController", "Nothing was imported: %n problem(s) in {name}.", "", count).format(name=Path(path).name),
                          [str(p) for p in e.problems])
            return
        except (AllyError, OSError, sqlite3.Error) as e:
            QMessageBox.critical(w, translate("EditingController", "Import failed"), translate("EditingController", "Nothing was imported: {e}").format(e=e))
            return
        self._state.post_message(translate("EditingController", "Imported {counts}").format(counts=", ".join(f"{n} {k}" for k, n in counts.items() if n)), 8000)


    # -- compare and backups --------------------------------------------------------------------

    def show_compare(self) -> QDialog:
        """View ▸ Compare with Bundled (one dialog; shown again if open)."""
        from .compare_view import CompareDialog

        dialog = getattr(self, "_compare_dialog", None)
        if dialog is None:
            dialog = self._compare_dialog = CompareDialog(self._state, self.ops, self.ensure_writable, self.window,
                                                          locked=self.locked)
            dialog.finished.connect(lambda _r: setattr(self, "_compare_dialog", None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        return dialog

    def show_backups(self) -> QDialog:
        from .backups_dialog import BackupsDialog

        dialog = BackupsDialog(self._state, self.ops, lambda p: self._files.open(p, remember=True), self.window,
                               locked=self.locked)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


class EntityListDialog(QDialog):
    """People or sources: the entries with no place of their own in the main view."""

    def __init__(self, controller: EditingController, entity: str):
        super().__init__(controller.window)
        self.controller = controller
        self.entity = entity
        spec = ENTITIES[entity]
        self.setWindowTitle(entity_word(spec.plural).capitalize())
        self.list = QListWidget()
        self.list.setObjectName("entityList")
        self.list.itemDoubleClicked.connect(lambda _: self._edit())
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("EntityListDialog", "Add {v0}…").format(v0=entity_word(spec.label).capitalize()))
        self.edit_button = QPushButton(translate("EntityListDialog", "Edit…"))
        self.delete_button = QPushButton(translate("EntityListDialog", "Delete"))
        for button, slot in ((self.add_button, self._add), (self.edit_button, self._edit), (self.delete_button, self._delete)):
            button.clicked.connect(slot)
            button.setVisible(not controller.locked)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(translate("EntityListDialog", "Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.resize(520, 460)
        self.reload()
        controller.ops.did_change.connect(self._on_changed)
        self.finished.connect(self._on_finished)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(self.entity):
            self.reload()

    def _on_finished(self, _result: int) -> None:
        """Closed: stop following the writes."""
        try:
            self.controller.ops.did_change.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass

    def reload(self) -> None:
        store = self.controller.store
        records = store.people() if self.entity == "person" else store.sources()
        self.list.clear()
        for record in records:
            if self.entity == "person":
                text = record.name + (f" — {record.role}" if record.role else "")
            else:
                text = record.title + (f" ({record.publisher})" if record.publisher else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _add(self) -> None:
        self.controller.add(self.entity)

    def _edit(self) -> None:
        if (key := self._current()) is not None:
            self.controller.edit(self.entity, key)

    def _delete(self) -> None:
        if (key := self._current()) is not None:
            self.controller.delete(self.entity, key)


def show_problems(parent: QWidget, title: str, summary: str, problems: list[str]) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(summary)
    shown = problems[:12]
    rest = len(problems) - len(shown)
    more = translate("Editing", "\n… and %n more (see Details)", "", rest) if rest > 0 else ""
    box.setInformativeText("\n".join(shown) + more)
    box.setDetailedText("\n".join(problems))
    box.exec()


def _short(value: Any) -> str:
    if value is None:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:119] + "…"


__all__ = ["EditingController", "is_protected", "copy_database"]  # is_protected: from .files

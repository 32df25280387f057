"""Editing from the window: forms open in context, changes save at once, undo, and where edits go."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ally_explorer.ui.forms.entity_dialog import EntityDialog


@pytest.fixture
def user_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "user-data"
    monkeypatch.setattr("ally_explorer.paths.user_data_dir", lambda: folder)
    return folder


@pytest.fixture
def no_dialogs(monkeypatch):
    """Message boxes answer themselves; record what they said."""
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[1:3]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[1:3]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[1:3]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


def test_add_event_for_the_selected_country_then_undo_and_redo(window, qtbot, monkeypatch, no_dialogs):
    window.select_country("IRN")
    seen = {}

    def fake_add(store, entity, parent=None, defaults=None):
        seen.update(entity=entity, defaults=defaults)
        return dict(defaults, title="Drone factory opens", date_label="early 2025", category="military",
                    confidence="reported", attribution="Unnamed reports", source_id="article")

    monkeypatch.setattr(EntityDialog, "add", staticmethod(fake_add))
    window.detail.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["entity"] == "event" and seen["defaults"]["countries"] == ["IRN"]
    assert "Drone factory opens" in window.detail.toPlainText()
    new_id = window.current_event
    assert window.store.event(new_id).date_end == "2025-04-30"
    assert window.editing.ops.stack.undoText() == "Add event ‘Drone factory opens’"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Drone factory opens" not in window.detail.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Drone factory opens" in window.detail.toPlainText()


def test_ctrl_n_opens_the_event_form_even_with_focus_in_the_country_filter(window, qtbot, monkeypatch, no_dialogs):
    asked = []
    monkeypatch.setattr(EntityDialog, "add", staticmethod(
        lambda store, entity, parent=None, defaults=None: asked.append(entity)))
    window.select_country("IRN")
    window.country_filter.setFocus()
    qtbot.waitUntil(window.country_filter.hasFocus)
    qtbot.keyClick(window.country_filter, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.country_view.setFocus()
    qtbot.keyClick(window.country_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["event", "event"]
    new_menu = [a.text() for a in window.editing.new_menu.actions() if a.text()]
    assert new_menu[:6] == ["&Event…", "&Quote…", "&Country…", "&Alignment…", "&Key Figure…", "&Source…"]
    assert window.editing.add_actions["event"].shortcut().toString() == "Ctrl+N"  # shown next to it


def test_new_country_from_the_new_menu(window, qtbot, monkeypatch, no_dialogs):
    monkeypatch.setattr(EntityDialog, "add", staticmethod(
        lambda store, entity, parent=None, defaults=None: {"id": "KAZ", "name": "Kazakhstan", "iso2": "KZ"} if entity == "country" else None))
    window.editing.add_actions["country"].trigger()
    assert window.current_country == "KAZ"
    assert "Kazakhstan" in [window.country_proxy.index(r, 0).data() for r in range(window.country_proxy.rowCount())]


def test_delete_with_nothing_visibly_selected_deletes_nothing(window, qtbot, monkeypatch, no_dialogs):
    asked = []
    monkeypatch.setattr("ally_explorer.ui.forms.confirm.confirm_delete", lambda *a, **k: asked.append(a) or True)
    window.select_country("HUN")
    assert window.current_event is None and window.state.item is None
    window.detail.setFocus()
    qtbot.waitUntil(window.detail.hasFocus)
    qtbot.keyClick(window.detail, Qt.Key.Key_Delete)
    assert asked == [] and "HUN" in {c.id for c in window.store.all_countries()}
    assert window.store.changes() == []
    assert "Nothing is selected" in window.statusBar().currentMessage()


def test_a_click_on_the_blank_part_of_an_event_card_selects_the_event(window, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    window.select_country("PRK")
    event = window.detail.shown_events()[0]
    window.detail.scrollToAnchor(f"event-{event.id}")
    block = window.detail.document().begin()
    while block.isValid() and not _has_anchor(block, f"event-{event.id}"):
        block = block.next()
    assert block.isValid()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    rect = window.detail.cursorRect(cursor)
    point = QPoint(rect.right() + 3 if rect.right() + 3 < window.detail.viewport().width() else rect.left(), rect.center().y())
    assert window.detail.anchorAt(point) == ""  # not a link: the blank part of the card
    qtbot.mouseClick(window.detail.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_event == event.id


def _has_anchor(block, name: str) -> bool:
    it = block.begin()
    while not it.atEnd():
        if name in it.fragment().charFormat().anchorNames():
            return True
        it += 1
    return False


def test_edit_with_enter_in_the_list_and_double_click_in_the_detail_pane(window, qtbot, monkeypatch, no_dialogs):
    calls = []

    def fake_edit(store, entity, entity_id, parent=None):
        calls.append((entity, entity_id))
        return {"summary": "Edited summary."} if entity == "country" else {"title": "Edited title"}

    monkeypatch.setattr(EntityDialog, "edit", staticmethod(fake_edit))
    window.select_country("HUN")
    window.country_view.setFocus()
    qtbot.keyClick(window.country_view, Qt.Key.Key_Return)
    assert calls[-1] == ("country", "HUN")
    assert "Edited summary." in window.detail.toPlainText()
    event = window.store.events(country_id="HUN")[0]
    window.detail.edit_requested.emit("event", event.id)
    assert window.store.event(event.id).title == "Edited title"
    history = window.store.changes("event", event.id)
    assert history[0].before["title"] == event.title and history[0].after["title"] == "Edited title"


def test_delete_key_asks_and_names_what_goes_with_a_country(window, qtbot, monkeypatch, no_dialogs):
    asked = []
    monkeypatch.setattr("ally_explorer.ui.forms.confirm.confirm_delete", lambda parent, plan, *a, **k: asked.append(plan) or True)
    window.select_country("BLR")
    window.country_view.setFocus()
    qtbot.keyClick(window.country_view, Qt.Key.Key_Delete)
    assert asked and asked[0].counts("before")["event_countries"] >= 9  # its events lose their link to it
    assert "BLR" not in {c.id for c in window.store.all_countries()}
    assert window.current_country is None
    window.editing.act_undo.trigger()
    assert "BLR" in {c.id for c in window.store.all_countries()}


def test_the_bundled_dataset_is_never_edited_in_place(qtbot, built_db, tmp_path, user_dir, monkeypatch, no_dialogs, settings):
    """Opening the bundled file (here: a read-only stand-in for it) and editing moves to a copy."""
    from ally_explorer.ui import create_main_window

    bundled = tmp_path / "bundled" / "allies.db"
    bundled.parent.mkdir()
    bundled.write_bytes(built_db.read_bytes())
    monkeypatch.setattr("ally_explorer.paths.bundled_db", lambda: bundled)
    before = bundled.read_bytes()
    w = create_main_window(bundled, settings=settings)
    qtbot.addWidget(w)
    assert w.store.readonly and w.windowTitle().endswith("allies.db — bundled, read-only")
    monkeypatch.setattr(EntityDialog, "edit", staticmethod(lambda *a, **k: {"summary": "Mine now."}))
    w.select_country("TUR")
    w.editing.edit("country", "TUR")
    copy = user_dir / "allies.db"
    assert w.store.path == copy and not w.store.readonly
    assert w.store.country("TUR").summary == "Mine now."
    assert bundled.read_bytes() == before
    assert no_dialogs and "copy" in no_dialogs[0][0].lower()  # said so once
    w.editing.edit("country", "TUR")
    assert len(no_dialogs) == 1  # ...and only once
    assert settings.value("lastDatabase") == str(copy)
    # Restore the bundled dataset: back to the original, in the copy
    w.editing.restore_bundled()
    assert w.store.country("TUR").summary != "Mine now."
    w.close()
    w.store.close()


def test_lock_editing_hides_every_editing_action(window, qtbot):
    window.editing.act_lock.trigger()
    assert window.editing.locked
    for action in window.editing.edit_only:
        assert not action.isVisible()
    window.editing.act_lock.trigger()
    assert window.editing.act_delete.isVisible()


def test_read_only_flag_locks_for_good(qtbot, db_path, settings):
    from ally_explorer.ui import create_main_window

    w = create_main_window(db_path, read_only=True, settings=settings)
    qtbot.addWidget(w)
    assert w.editing.locked and not w.editing.act_lock.isEnabled()
    assert not w.editing.ensure_writable()
    w.close()
    w.store.close()


def test_save_a_copy_and_new_database(window, qtbot, tmp_path, monkeypatch, no_dialogs):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.editing.save_copy()
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == window.store.counts()["events"]
    conn.close()
    fresh = tmp_path / "fresh.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    window.editing.new_database()
    assert window.store.path == fresh and window.store.counts()["events"] == 0


def test_history_of_an_entry_lists_its_changes(window, qtbot, monkeypatch, no_dialogs):
    event = window.store.events(country_id="IND")[0]
    window.editing.ops.edit("event", event.id, {"title": "First rename"})
    window.editing.ops.edit("event", event.id, {"title": "Second rename"})
    dialog = window.editing.show_entry_history(("event", event.id))
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QTreeWidget

    tree = dialog.findChild(QTreeWidget, "entryHistory")
    assert tree.topLevelItemCount() == 2
    first = tree.topLevelItem(0)
    assert "Second rename" in first.text(1)
    fields = {first.child(i).text(2): (first.child(i).text(3), first.child(i).text(4)) for i in range(first.childCount())}
    assert fields["title"] == ("First rename", "Second rename")
    dialog.close()


def test_copy_with_citation_works_when_locked(window, qtbot):
    window.editing.set_locked(True)
    quote = window.store.statements(country_id="CHN")[0]
    text = window.editing.copy_with_citation("statement", quote.id)
    assert quote.text in text and QApplication.clipboard().text() == text


def test_import_json_refusal_names_problems_and_changes_nothing(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    import ally_explorer.ui.editing as editing

    bad = tmp_path / "bad.json"
    bad.write_text('{"events": [{"title": "x"}]}')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: self.buttons()[0])
    shown = []
    monkeypatch.setattr(editing, "show_problems", lambda parent, title, summary, problems: shown.append(problems))
    before = window.store.counts()
    window.editing.import_json()
    assert shown and any("events[0]" in p for p in shown[0])
    assert window.store.counts() == before

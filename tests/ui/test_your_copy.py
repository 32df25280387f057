"""Edits never go missing from view: which file opens, your copy, backups, compare and revert."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from ally_explorer.db import backups, userfiles
from ally_explorer.db.store import Store
from ally_explorer.ui.forms.entity_dialog import EntityDialog


@pytest.fixture
def bundled(tmp_path, built_db, monkeypatch) -> Path:
    """A stand-in for the bundled dataset (the real one is never touched by tests)."""
    path = tmp_path / "bundled" / "allies.db"
    path.parent.mkdir()
    path.write_bytes(built_db.read_bytes())
    monkeypatch.setattr("ally_explorer.paths.bundled_db", lambda: path)
    return path


@pytest.fixture
def quiet(monkeypatch):
    """Message boxes answer themselves (Yes); what they said is recorded."""
    said = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: said.append(a[1:3]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


def _open(qtbot, asked, settings):
    from ally_explorer.ui.app import open_window

    w = open_window(asked, settings)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    return w


def _close(w):
    w.close()
    w.store.close()


def _edit_on_bundled(qtbot, bundled, settings, monkeypatch, summary="Mine now."):
    """Start on the bundled file, edit Turkey's summary: the edit goes to your copy."""
    w = _open(qtbot, bundled, settings)
    monkeypatch.setattr(EntityDialog, "edit", staticmethod(lambda *a, **k: {"summary": summary}))
    assert w.editing.edit("country", "TUR")
    assert w.store.path == userfiles.user_copy()
    _close(w)


@pytest.mark.parametrize("asked", ["bundled", None], ids=["--db bundled", "no --db"])
def test_after_an_edit_starting_on_the_bundled_file_opens_your_copy_and_says_so(
        qtbot, bundled, quiet, monkeypatch, tmp_path, asked):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    _edit_on_bundled(qtbot, bundled, settings, monkeypatch)
    if asked:
        settings.setValue("lastDatabase", str(bundled))  # and the original was opened last time
    else:
        assert settings.value("lastDatabase") == str(userfiles.user_copy())
    w = _open(qtbot, bundled if asked else None, settings)
    assert w.store.path == userfiles.user_copy()
    assert w.store.country("TUR").summary == "Mine now."
    assert w.windowTitle().endswith("allies.db — your copy")
    notice = w.files.notice
    assert notice.isVisible()
    assert w.files.notice_label.text() == "Your copy of the bundled data, 1 change; View ▸ Compare with Bundled"
    w.files.notice_button.click()  # one click: the bundled original, read-only
    assert w.store.path == bundled and w.store.readonly
    assert w.store.country("TUR").summary != "Mine now."
    assert w.windowTitle().endswith("allies.db — bundled, read-only")
    assert not notice.isVisible()
    _close(w)


def test_without_a_copy_the_bundled_file_opens_with_no_note(qtbot, bundled, quiet, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = _open(qtbot, None, settings)
    assert w.store.path == bundled and not w.files.notice.isVisible()
    _close(w)


def test_the_first_write_after_each_start_makes_one_backup(qtbot, bundled, quiet, monkeypatch, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    _edit_on_bundled(qtbot, bundled, settings, monkeypatch)
    assert backups.list_backups(userfiles.backups_dir()) == []  # a fresh copy: nothing to lose yet
    w = _open(qtbot, None, settings)
    monkeypatch.setattr(EntityDialog, "edit", staticmethod(lambda *a, **k: {"summary": "Second session."}))
    w.editing.edit("country", "TUR")
    w.editing.edit("country", "TUR")
    [made] = backups.list_backups(userfiles.backups_dir())
    assert made.reason == "session" and made.changes == 1  # the first session's edit, before this one
    with Store.open(made.path, readonly=True) as b:
        assert b.country("TUR").summary == "Mine now."
    _close(w)


def test_replacing_the_copy_asks_twice_and_leaves_a_backup_that_restores_every_edit(
        qtbot, bundled, quiet, monkeypatch, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    _edit_on_bundled(qtbot, bundled, settings, monkeypatch)
    w = _open(qtbot, None, settings)
    monkeypatch.setattr(EntityDialog, "edit", staticmethod(lambda *a, **k: {"summary": "Edit two."}))
    w.editing.edit("country", "HUN")
    assert userfiles.count_changes(userfiles.user_copy()) == 2
    w.files.open_bundled()
    assert w.store.readonly

    asked = []

    def answer(box):
        asked.append(box.text())
        wanted = "Replace It" if len(asked) == 1 else "Back Up and Replace"
        box.clickedButton = lambda: next(b for b in box.buttons() if b.text() == wanted)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(EntityDialog, "edit", staticmethod(lambda *a, **k: {"summary": "After replacing."}))
    assert w.editing.edit("country", "IND")
    assert len(asked) == 2 and "holds 2 saved changes" in asked[1]  # the second question says what is at stake
    assert w.store.path == userfiles.user_copy()
    assert w.store.country("TUR").summary != "Mine now." and w.store.country("HUN").summary != "Edit two."

    replaced = [b for b in backups.list_backups(userfiles.backups_dir()) if b.reason == "replace"]
    assert len(replaced) == 1 and replaced[0].changes == 2
    from ally_explorer.ui.backups_dialog import BackupsDialog

    dialog = BackupsDialog(w.state, w.editing.ops, w.files.open, w)
    qtbot.addWidget(dialog)
    rows = [dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())]
    assert "before the copy was replaced" in rows
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(rows.index("before the copy was replaced")))
    assert dialog.restore_selected(confirm=False)
    assert w.store.country("TUR").summary == "Mine now." and w.store.country("HUN").summary == "Edit two."
    assert w.store.country("IND").summary != "After replacing."
    assert w.detail.toPlainText()  # the views read again
    restored = [b for b in backups.list_backups(userfiles.backups_dir()) if b.reason == "restore"]
    assert len(restored) == 1  # the restore was itself backed up first
    with Store.open(restored[0].path, readonly=True) as b:
        assert b.country("IND").summary == "After replacing."
    _close(w)


def _diff_keys(dialog):
    return [d.key for d in dialog.diffs]


def test_revert_one_entry_and_all_each_one_undoable_step(window, qtbot, quiet, monkeypatch, built_db):
    monkeypatch.setattr("ally_explorer.paths.bundled_db", lambda: built_db)
    monkeypatch.setattr(EntityDialog, "edit", staticmethod(
        lambda store, entity, entity_id, parent=None: {"title": f"Edited {entity_id}"}))
    window.editing.edit("event", 1)
    window.editing.edit("event", 2)
    original_1 = Store.open(built_db, readonly=True)
    title_1, title_2 = original_1.event(1).title, original_1.event(2).title
    original_1.close()
    dialog = window.editing.show_compare()
    qtbot.addWidget(dialog)
    assert _diff_keys(dialog) == [("event", 1), ("event", 2)]
    top = dialog.tree.topLevelItem(0)
    assert top.text(1) == "changed" and top.child(0).text(1) == "Title"
    assert top.child(0).text(2) == "Edited 1"
    assert top.child(0).toolTip(3) == title_1 and top.child(0).text(3)[:20] == title_1[:20]

    assert dialog.select(("event", 1)) and dialog.revert_current()
    stack = window.editing.ops.stack
    assert stack.undoText() == "Revert event ‘Edited 1’ to bundled"
    assert window.store.event(1).title == title_1 and _diff_keys(dialog) == [("event", 2)]
    window.editing.act_undo.trigger()
    assert window.store.event(1).title == "Edited 1" and _diff_keys(dialog) == [("event", 1), ("event", 2)]
    window.editing.act_redo.trigger()
    assert window.store.event(1).title == title_1

    window.select_event(2, window.store.event(2).countries[0])
    assert "Edited 2" in window.detail.toPlainText()
    assert dialog.revert_all()
    assert stack.undoText() == "Revert all 1 entries to bundled"
    assert dialog.diffs == [] and window.store.event(2).title == title_2
    assert "Edited 2" not in window.detail.toPlainText()  # every view follows
    window.editing.act_undo.trigger()  # one step takes the whole revert back
    assert window.store.event(2).title == "Edited 2" and window.store.event(1).title == title_1
    window.editing.act_undo.trigger()
    assert window.store.event(1).title == "Edited 1"
    window.editing.act_redo.trigger()
    window.editing.act_redo.trigger()
    assert dialog.diffs == [] and window.store.event(2).title == title_2
    dialog.close()


def test_open_recent_greys_missing_files_with_the_reason(window, qtbot, tmp_path, db_path):
    other = tmp_path / "other.db"
    other.write_bytes(db_path.read_bytes())
    assert window.files.open(other)
    assert window.files.open(db_path)
    other.unlink()
    window.files.fill_recent()
    actions = [a for a in window.files.recent_menu.actions() if a.text() and not a.isSeparator()]
    by_name = {a.toolTip(): a for a in actions}
    assert by_name[str(db_path.resolve())].isEnabled()
    gone = by_name[str(other.resolve())]
    assert not gone.isEnabled() and gone.text().endswith("other.db — no longer there")
    assert actions[0].toolTip() == str(db_path.resolve())  # newest first


def test_reveal_opens_the_folder_of_the_file(window, monkeypatch, db_path):
    opened = []
    monkeypatch.setattr("ally_explorer.ui.files.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    window.files.act_reveal.trigger()
    assert [u.toLocalFile() for u in opened] == [str(db_path.resolve().parent)]


def test_export_dialogs_start_in_the_last_folder_used_or_documents(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    starts = []
    target = tmp_path / "exports" / "mine.json"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, *a: starts.append(start) or (str(target), ""))
    window.files.export("json")
    window.files.export("json")
    assert Path(starts[0]).parent != Path.cwd() and Path(starts[0]).name == "allies.json"
    assert Path(starts[1]) == target.parent / "allies.json"
    assert target.exists()


def test_help_user_guide_shows_the_guide_with_its_pictures(window, qtbot):
    import re

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from ally_explorer.ui.guide import guide_file

    assert window.help_menu.actions()[0] is window.guide.action
    window.guide.action.trigger()
    dialog = window.guide.dialog
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    for heading in ("Browsing", "Presenting to a class", "Editing", "Your copy: where your edits live", "Backups",
                    "Going back: compare and revert"):
        assert heading in text
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide_file().read_text(encoding="utf-8"))
    assert len(pictures) >= 4
    for name in pictures:
        assert (guide_file().parent / name).is_file()
        image = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name

"""Backups of the user's copy: made with SQLite's backup API, whole or not at all, restorable."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone

import pytest

from ally_explorer.db.backups import BackupError, list_backups, make_backup, prune, restore_backup
from ally_explorer.db.store import Store


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _event_title(path, event_id: int = 1) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT title FROM events WHERE id = ?", (event_id,)).fetchone()[0]
    finally:
        conn.close()


def test_a_backup_holds_the_edits_and_says_why_and_how_many(db_path, tmp_path):
    with Store.open(db_path) as store:
        store.update_event(1, title="Edited once")
        store.update_event(1, title="Edited twice")
        backup = make_backup(store.conn, tmp_path / "backups", reason="session")
    [listed] = list_backups(tmp_path / "backups")
    assert listed.path == backup and listed.reason == "session" and listed.ok
    assert listed.changes == 2 and listed.events > 0
    assert "first change" in listed.reason_text
    assert _event_title(backup) == "Edited twice"
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal to lose
    conn.close()


def test_a_backup_of_a_wal_database_includes_what_is_still_in_the_wal(db_path, tmp_path):
    with Store.open(db_path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        store.conn.execute("PRAGMA wal_autocheckpoint = 0")
        store.update_event(1, title="Only in the WAL")
        assert (db_path.parent / f"{db_path.name}-wal").stat().st_size > 0
        backup = make_backup(db_path, tmp_path / "b", reason="manual")  # by path: a new connection
    assert _event_title(backup) == "Only in the WAL"


def test_only_the_newest_twenty_are_kept(db_path, tmp_path):
    folder = tmp_path / "b"
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for n in range(23):
        make_backup(db_path, folder, reason="session", now=start + timedelta(minutes=n))
    kept = list_backups(folder)
    assert len(kept) == 20
    assert kept[0].made == start + timedelta(minutes=22) and kept[-1].made == start + timedelta(minutes=3)
    assert prune(folder, stem="allies", keep=20) == []


def test_a_backup_made_while_another_connection_writes_is_whole(db_path, tmp_path):
    other = sqlite3.connect(db_path, timeout=5)
    steps = []

    def write_meanwhile(status, remaining, total):
        steps.append(remaining)
        if len(steps) <= 3:  # each write changes the source mid-backup: SQLite starts over
            other.execute("UPDATE events SET title = ? WHERE id = 1", (f"written during step {len(steps)}",))
            other.commit()

    backup = make_backup(db_path, tmp_path / "b", reason="manual", progress=write_meanwhile)
    other.close()
    assert len(steps) > 3  # the database is big enough for many steps
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert _event_title(backup) == "written during step 3"  # the last committed state, not a mix


def test_restore_puts_back_every_earlier_edit(db_path, tmp_path):
    with Store.open(db_path) as store:
        store.update_event(1, title="Kept in the backup")
        backup = make_backup(store.conn, tmp_path / "b", reason="replace")
        store.update_event(1, title="Made after the backup")
        store.delete_event(2)
        restore_backup(backup, store.conn)
        assert store.event(1).title == "Kept in the backup"
        assert store.event(2).id == 2
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store.open(db_path) as store:  # it opens again as a whole database
        assert store.event(1).title == "Kept in the backup"


def test_a_damaged_backup_is_refused_and_the_target_untouched(db_path, tmp_path):
    bad = tmp_path / "allies-20260101-000000-manual.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = _digest(db_path)
    with pytest.raises(BackupError):
        restore_backup(bad, db_path)
    assert _digest(db_path) == before
    [listed] = list_backups(tmp_path)
    assert not listed.ok


def test_a_backups_folder_that_cannot_be_made_is_one_clear_error(db_path, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="cannot make the backups folder"):
        make_backup(db_path, blocker / "backups", reason="manual")


def test_kill_9_during_a_backup_leaves_the_copy_and_earlier_backups_intact(db_path, tmp_path):
    folder = tmp_path / "b"
    earlier = make_backup(db_path, folder, reason="session")
    copy_digest, earlier_digest = _digest(db_path), _digest(earlier)
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from ally_explorer.db.backups import make_backup
        steps = []
        def die(status, remaining, total):
            steps.append(remaining)
            if len(steps) == 2:
                os.kill(os.getpid(), signal.SIGKILL)
        make_backup(Path({str(db_path)!r}), Path({str(folder)!r}), reason="manual", progress=die)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == -9
    assert _digest(db_path) == copy_digest
    assert _digest(earlier) == earlier_digest
    assert [b.path for b in list_backups(folder)] == [earlier]  # no half backup under a real name
    assert list(folder.glob(".*.tmp"))  # only the temporary file is left ...
    make_backup(db_path, folder, reason="manual")
    assert not list(folder.glob(".*.tmp"))  # ... and the next backup clears it


def test_a_command_line_import_that_replaces_backs_the_file_up_first(db_path, tmp_path, capsys):
    from ally_explorer.db.transfer import export_json
    from ally_explorer.db.userfiles import backups_dir
    from ally_explorer.ui.cli import main

    with Store.open(db_path) as store:
        store.update_event(1, title="Kept in the backup")
        export_json(store, tmp_path / "all.json")
        store.update_event(1, title="Replaced by the import")
    assert main(["import", str(tmp_path / "all.json"), "--db", str(db_path), "--replace"]) == 0
    assert _event_title(db_path) == "Kept in the backup"  # the import replaced the contents ...
    [made] = list_backups(backups_dir())
    assert made.reason == "import" and _event_title(made.path) == "Replaced by the import"  # ... after a backup
    assert str(made.path) in capsys.readouterr().err

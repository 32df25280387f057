"""A file that passed the integrity check on open is not read page by page again while it is
unchanged; any change, or any doubt, and it is checked again (db/checked.py)."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from ally_explorer.db import checked, opening
from ally_explorer.db.opening import DatabaseOpenError
from ally_explorer.db.store import Store


@pytest.fixture
def checks(monkeypatch):
    """How many full checks (quick_check, then the row check) the opens ran."""
    ran = []
    real = opening.check_rows

    def counting(conn, path):
        ran.append(path)
        return real(conn, path)

    monkeypatch.setattr(opening, "check_rows", counting)
    return ran


@pytest.fixture
def settled(monkeypatch):
    """Files count as settled at once (no waiting out RACY_SECONDS after writing them)."""
    monkeypatch.setattr(checked, "RACY_SECONDS", -60.0)


def _open(path):
    with Store.open(path, readonly=True) as store:
        return store.counts()["events"]


def _damage_in_place(path):
    """A page of the events table overwritten by another program, size and mtime put back."""
    st = os.stat(path)
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'events'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(os.urandom(page_size))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    return st


def test_an_unchanged_file_is_checked_once(db_path, checks, settled):
    n = _open(db_path)
    assert len(checks) == 1
    assert _open(db_path) == n and _open(db_path) == n
    assert len(checks) == 1


def test_a_file_damaged_in_place_with_size_and_mtime_put_back_is_checked_and_refused(db_path, checks, settled):
    _open(db_path)
    before = _damage_in_place(db_path)
    while os.stat(db_path).st_ctime_ns == before.st_ctime_ns:  # the clock's next tick (coarse on some disks)
        os.utime(db_path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(db_path).st_mtime_ns == before.st_mtime_ns and os.stat(db_path).st_size == before.st_size
    with pytest.raises(DatabaseOpenError) as info:
        _open(db_path)
    assert info.value.kind == "corrupt"


def test_a_file_replaced_by_a_damaged_copy_with_the_same_size_mtime_and_stamp_is_refused(db_path, tmp_path, checks,
                                                                                       settled):
    _open(db_path)
    copy = tmp_path / "other.db"
    shutil.copy2(db_path, copy)
    _damage_in_place(copy)
    os.replace(copy, db_path)
    with pytest.raises(DatabaseOpenError) as info:
        _open(db_path)
    assert info.value.kind == "corrupt"


def test_a_write_is_another_file_and_the_next_open_checks_it(db_path, checks, settled):
    _open(db_path)
    with Store.open(db_path) as store:
        store.update_event(store.events()[0].id, importance=3)
    assert len(checks) == 1  # opened for editing: unchanged since its check
    _open(db_path)
    assert len(checks) == 2  # the write moved the stamp and the times: checked again
    _open(db_path)
    assert len(checks) == 2


def test_a_file_just_written_is_not_remembered(db_path, checks):
    """Changed in the last few seconds: a write within the same clock tick would leave its
    times as they are, so a check is not trusted for it yet."""
    _open(db_path)
    _open(db_path)
    assert len(checks) == 2


def test_no_memo_without_a_stamp_or_with_a_journal_beside_it(db_path, checks, settled):
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE scratch (x)")  # committed into the -wal file, which stays while conn is open
    conn.commit()
    assert os.path.exists(f"{db_path}-wal")
    assert checked.identity(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True), db_path) is None
    conn.execute("DROP TABLE scratch")
    conn.execute("DROP TABLE content_stamp")
    conn.commit()
    conn.close()
    assert checked.identity(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True), db_path) is None


def test_an_unreadable_memo_means_checking_again(db_path, checks, settled):
    _open(db_path)
    checked.memo_file().write_text("{not json", encoding="utf-8")
    _open(db_path)
    assert len(checks) == 2
    _open(db_path)
    assert len(checks) == 2  # and it was written anew

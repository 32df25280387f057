"""Writes the file or the disk refuses: a named ``DatabaseWriteError``, and not one row changed.
Also how files are opened for editing (WAL, full syncs) and migrated (after a backup)."""

from __future__ import annotations

import json
import sqlite3
import textwrap
from pathlib import Path

import pytest

from ally_explorer import paths
from ally_explorer.core.errors import AllyError
from ally_explorer.db import layout, opening
from ally_explorer.db import store as store_module
from ally_explorer.db.migrations import migrations
from ally_explorer.db.opening import DatabaseOpenError, DatabaseWriteError, explain_write_error
from ally_explorer.db.store import ChangeSet, Store

from tests.conftest import BUNDLED_DB

from .helpers import make_bad_file, protect

BIG_TEXT = "A long quote that needs new pages. " * 3000


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of the user's tables, read through the store's own connection (opening the
    file from Python while SQLite has it open would drop the process's locks on it)."""
    return {
        t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
        for t in ("sources", "countries", "people", "events", "event_countries", "statements",
                  "alignments", "figures", "changes")
    }


def _statement(**over):
    return dict(text=BIG_TEXT, country_id="PRK", date_label="2025", confidence="confirmed", source_id="article") | over


# -- a full disk ----------------------------------------------------------------------------------

def test_a_full_disk_refuses_the_write_and_changes_nothing(db_path):
    with Store.open(db_path) as store:
        before = dump(store)
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")  # not one page more
        with pytest.raises(DatabaseWriteError) as info:
            store.create_statement(**_statement())
        assert info.value.kind == "full"
        assert "no room left" in info.value.problem and "Nothing was changed" in info.value.advice
        assert not store.conn.in_transaction
        assert dump(store) == before
        store.conn.execute(f"PRAGMA max_page_count = {pages * 4}")  # space freed: the same edit goes in
        change = store.create_statement(**_statement())
        assert store.statement(change.entity_id).text == BIG_TEXT
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_a_full_disk_during_a_command_line_import_is_one_line_and_changes_nothing(db_path, tmp_path, monkeypatch, capsys):
    from ally_explorer.ui.cli import main

    def open_on_a_full_disk(path, **kw):
        db, backup = opening.open_database(path, **kw)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
        return db, backup

    monkeypatch.setattr(store_module, "open_database", open_on_a_full_disk)
    data = {"format": "ally-explorer", "version": 1,
            "sources": [{"id": f"s{i}", "title": "A source", "note": BIG_TEXT} for i in range(5)]}
    source = tmp_path / "import.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    with Store.open(db_path, readonly=True) as store:
        before = dump(store)
    assert main(["import", str(source), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err.strip("\n").split("\n")
    assert len(err) == 1 and err[0].startswith("ally-explorer: ") and "no room left" in err[0]
    with Store.open(db_path, readonly=True) as store:
        assert dump(store) == before


# -- a read-only file, a read-only folder (a real process, which obeys permissions even as root) ---

_READ_THEN_WRITE = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from ally_explorer.db.store import Store
    from ally_explorer.db.opening import DatabaseOpenError, DatabaseWriteError
    path, out = Path(sys.argv[1]), {}
    for readonly in (True, False):
        try:
            store = Store.open(path, readonly=readonly)
        except DatabaseOpenError as e:
            out[str(readonly)] = ["open refused", e.kind]
            continue
        seen = len(store.all_countries())
        try:
            store.update_country("PRK", headline="Changed")
            out[str(readonly)] = [seen, "written"]
        except PermissionError:
            out[str(readonly)] = [seen, "read-only store"]
        except DatabaseWriteError as e:
            out[str(readonly)] = [seen, e.kind, str(e)]
        store.close()
    print(json.dumps(out))
""")


@pytest.mark.parametrize("kind", ["readonly_file", "readonly_folder", "readonly_folder_wal"])
def test_a_read_only_file_or_folder_reads_and_refuses_writes_clearly(kind, sandbox, built_db):
    folder = sandbox.root / "files"
    folder.mkdir()
    path = make_bad_file(kind, folder, built_db)
    original = path.read_bytes()
    protect(kind, path)
    proc = sandbox.python(_READ_THEN_WRITE, str(path))
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr
    result = json.loads(stdout)
    assert result["True"] == [9 + _extra_countries(built_db), "read-only store"]
    seen, refusal, message = result["False"]
    assert refusal == "readonly" and seen == result["True"][0]
    assert ("its folder is read-only" if "folder" in kind else "it is read-only") in message
    assert "Nothing was changed" in message
    assert path.read_bytes() == original
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no journal, -wal or -shm left


def _extra_countries(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM countries").fetchone()[0] - 9
    finally:
        conn.close()


# -- errors that cannot be staged for real ----------------------------------------------------------

class FailingConnection:
    """The store's connection, except that one kind of statement fails as a disk would."""

    def __init__(self, conn: sqlite3.Connection, prefix: str, error: sqlite3.Error):
        self._conn, self._prefix, self._error = conn, prefix, error

    def execute(self, sql, *args):
        if sql.lstrip().upper().startswith(self._prefix):
            raise self._error
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    "message, code, kind",
    [
        ("disk I/O error", 778, "io"),  # SQLITE_IOERR_WRITE
        ("database is locked", 5, "locked"),
        ("database or disk is full", 13, "full"),
        ("attempt to write a readonly database", 8, "readonly"),
        ("database disk image is malformed", 11, "corrupt"),
        ("something new", 1, "sqlite"),
    ],
)
def test_an_error_half_way_through_a_write_rolls_it_back_and_is_named(store, message, code, kind):
    before = dump(store)
    real = store.conn
    store.conn = FailingConnection(real, "INSERT INTO CHANGES", _sqlite_error(message, code))  # the last step
    try:
        with pytest.raises(DatabaseWriteError) as info:
            store.update_country("PRK", headline="Never saved")
    finally:
        store.conn = real
    assert info.value.kind == kind
    assert not real.in_transaction
    assert dump(store) == before


def test_every_write_error_is_one_line_a_user_can_act_on():
    for code in (5, 6, 8, 10, 11, 13, 14, 19, 26, 1):
        error = explain_write_error(Path("allies.db"), _sqlite_error("x", code))
        assert isinstance(error, AllyError)
        assert "\n" not in str(error) and error.problem and error.advice.startswith("Nothing was changed")
    lone_surrogate = UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")
    assert explain_write_error(None, lone_surrogate).kind == "text"


def test_an_entry_another_window_added_meanwhile_is_not_overwritten(db_path):
    """Both windows chose the same key for a new entry; the later write is refused."""
    with Store.open(db_path) as first, Store.open(db_path) as second:
        row = {"id": "ada", "name": "Ada (second window)", "role": None, "country_id": None, "note": None}
        late = ChangeSet("person", "ada", "create", "Add person", {}, {"people": (row,)})
        first.create_person(id="ada", name="Ada (first window)")
        with pytest.raises(DatabaseWriteError) as info:
            second.apply(late)
        assert info.value.kind == "conflict"
        assert second.person("ada").name == "Ada (first window)"


# -- how a file is opened for editing -------------------------------------------------------------

def test_a_file_opened_for_editing_uses_wal_with_full_syncs(db_path):
    with Store.open(db_path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_reading_never_changes_the_file(db_path):
    original = db_path.read_bytes()
    with Store.open(db_path, readonly=True) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        store.search("treaty")
        store.country_detail("PRK")
    assert db_path.read_bytes() == original


def test_new_files_and_the_bundled_dataset_keep_the_rollback_journal(db_path, tmp_path, monkeypatch):
    """So the dataset the build writes, and the one that ships, read from read-only folders."""
    with Store.open(tmp_path / "new.db", create=True) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    monkeypatch.setattr(paths, "bundled_db", lambda: db_path)
    with Store.open(db_path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert BUNDLED_DB.read_bytes()[18:20] == b"\x01\x01"  # the committed data/allies.db too


# -- an older layout is migrated after a backup copy ------------------------------------------------

@pytest.fixture
def newer_app():
    """This app with one more migration than the files it opens: they are its 'older layout'."""

    def m999_robustness_probe(db):
        db.execute("CREATE TABLE robustness_probe (id INTEGER PRIMARY KEY, note TEXT)")

    migrations()(m999_robustness_probe)
    known = layout.KNOWN_MIGRATIONS
    layout.KNOWN_MIGRATIONS = (*known, "m999_robustness_probe")  # what opening reads
    opening.reference_layout.cache_clear()
    yield
    migrations._migrations[:] = [m for m in migrations._migrations if m.name != "m999_robustness_probe"]
    layout.KNOWN_MIGRATIONS = known
    opening.reference_layout.cache_clear()


def _dump(path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_an_older_layout_is_migrated_after_a_backup_copy(db_path, newer_app, tmp_path):
    from ally_explorer.db.userfiles import backups_dir

    before = tmp_path / "before.db"
    before.write_bytes(db_path.read_bytes())
    with Store.open(db_path) as store:
        backup = store.backup_path
        assert backup is not None and backup.parent == backups_dir()  # the user data folder's backups
        assert _dump(backup) == _dump(before)  # every row of the old file (SQLite's backup API, not a byte copy)
        assert "robustness_probe" in store.db.table_names()
        assert len(store.all_countries()) >= 9
        store.update_country("PRK", headline="Edited after the migration")
    with Store.open(db_path, readonly=True) as store:
        assert store.country("PRK").headline == "Edited after the migration"
    old = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)  # the backup is the old file
    assert "robustness_probe" not in {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
    assert old.execute("SELECT headline FROM countries WHERE id = 'PRK'").fetchone()[0] != "Edited after the migration"
    old.close()


def test_the_backup_holds_edits_still_in_the_wal(db_path, newer_app):
    """Committed pages not yet checkpointed into the main file are in the backup too."""
    other = sqlite3.connect(db_path)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("UPDATE countries SET headline = 'only in the WAL' WHERE id = 'PRK'")
    other.commit()
    try:
        with Store.open(db_path) as store:
            backup = store.backup_path
    finally:
        other.close()
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    assert conn.execute("SELECT headline FROM countries WHERE id = 'PRK'").fetchone()[0] == "only in the WAL"
    conn.close()


def test_a_read_only_older_file_asks_to_be_opened_for_editing(db_path, newer_app):
    original = db_path.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        Store.open(db_path, readonly=True)
    assert info.value.kind == "needs_migration"
    assert db_path.read_bytes() == original


def test_a_file_from_a_newer_app_is_refused_and_left_alone(db_path, newer_app):
    with Store.open(db_path):
        pass
    migrations._migrations[:] = [m for m in migrations._migrations if m.name != "m999_robustness_probe"]
    layout.KNOWN_MIGRATIONS = tuple(n for n in layout.KNOWN_MIGRATIONS if n != "m999_robustness_probe")
    opening.reference_layout.cache_clear()
    migrated = db_path.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        Store.open(db_path)
    assert info.value.kind == "too_new" and "m999_robustness_probe" in info.value.problem
    assert db_path.read_bytes() == migrated

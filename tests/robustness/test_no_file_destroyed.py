"""Robustness II, data loss: no command destroys a file it was not asked to write.

Issue 17, items 1-5 and their neighbours: an output onto the open database (by file identity),
a stray -wal next to a good database, a failed export over a good one (a real full disk), the
bundled dataset through every command, and ids beyond any bound.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from ally_explorer import paths
from ally_explorer.db import atomicfile, opening
from ally_explorer.db.atomicfile import OutputError, atomic_write
from ally_explorer.db.opening import DatabaseOpenError
from ally_explorer.db.store import MAX_ID, Store
from ally_explorer.db.transfer import ImportRefused, export_json, import_data
from ally_explorer.core.errors import ValidationError
from tests.conftest import minimal

from .fulldisk import small_disk


def _files(folder: Path, *, strict: bool = False) -> dict[str, bytes]:
    """Every file under a folder (symbolic links as their target's name), by relative path.

    Reading a WAL database makes SQLite's own working files (an empty -wal, a -shm index) if
    they are missing: not a change to any file's content, so left out unless ``strict``."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if not strict and (p.name.endswith("-shm") or (p.name.endswith("-wal") and not p.is_symlink()
                                                        and p.is_file() and p.stat().st_size == 0)):
            continue
        if p.is_symlink():
            out[str(p.relative_to(folder))] = b"->" + os.readlink(p).encode()
        elif p.is_file():
            out[str(p.relative_to(folder))] = p.read_bytes()
    return out


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def mine(tmp_path) -> Path:
    """A small database of our own, in WAL mode as an edited file is."""
    path = tmp_path / "mine.db"
    with Store.open(path, create=True) as store:
        minimal(store)
        store.create_event(title="A treaty", category="diplomatic", date_label="March 2025",
                           source_id="src", countries=["AAA"], confidence="confirmed")
    with Store.open(path):  # opened for editing once: switched to WAL
        pass
    return path


@pytest.fixture(autouse=True)
def _keep_the_excepthooks(monkeypatch):
    """``run()`` (a screenshot) installs the app's exception hooks; later tests must find the old ones."""
    import sys
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    from ally_explorer.ui import excepthook

    monkeypatch.setattr(excepthook, "_installed", None)


def _cli(*args: str) -> int:
    from ally_explorer.ui.cli import main

    return main(list(args))


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip("\n").split("\n")
    assert len(err) == 1, err
    assert err[0].startswith("ally-explorer: ")
    return err[0]


# -- 1. an export onto the open database --------------------------------------------------------


@pytest.mark.parametrize("kind", ["--json", "--timelinejs", "--pdf", "--png", "--svg", "--worksheet"])
def test_an_export_onto_the_open_database_is_refused_and_the_database_keeps_its_bytes(kind, mine, capsys):
    before = _files(mine.parent)
    assert _cli("export", kind, str(mine), "--db", str(mine)) == 1
    line = _one_line(capsys)
    assert "is the database mine.db" in line and "would destroy it" in line
    assert _files(mine.parent) == before


@pytest.mark.parametrize("spelling", ["hardlink", "symlink", "dotdot", "wal", "shm", "journal"])
def test_the_database_is_recognised_by_file_identity_not_by_name(spelling, mine, tmp_path, capsys):
    (tmp_path / "sub").mkdir()
    if spelling == "hardlink":
        target = tmp_path / "other-name.json"
        os.link(mine, target)
    elif spelling == "symlink":
        target = tmp_path / "sub" / "link.json"
        target.symlink_to(mine)
    elif spelling == "dotdot":
        target = tmp_path / "sub" / ".." / "mine.db"
    else:
        target = Path(f"{mine}-{spelling}")
    before = _files(tmp_path)
    assert _cli("export", "--json", str(target), "--db", str(mine)) == 1
    assert "would destroy it" in _one_line(capsys)
    assert _files(tmp_path) == before


def test_a_csv_folder_holding_the_database_under_a_tables_name_is_refused(tmp_path, mine, capsys):
    folder = tmp_path / "csv"
    folder.mkdir()
    db = folder / "events.csv"
    shutil.copy(mine, db)
    before = _files(tmp_path)
    assert _cli("export", "--csv", str(folder), "--db", str(db)) == 1
    assert "events.csv is the database" in _one_line(capsys)
    assert _files(tmp_path) == before


def test_the_guard_covers_every_output_of_the_window_too(mine, qapp):
    """Pictures, handouts, database copies: one guard, whatever writes."""
    from ally_explorer.ui import export

    with Store.open(mine, readonly=True) as store:
        for write in (lambda: export.export_timeline_png(store, mine, size=(300, 200)),
                      lambda: export.export_pdf(store, mine),
                      lambda: opening.copy_database(store.conn, mine),
                      lambda: atomic_write(Path(f"{mine}-wal"), b"x")):
            before = _files(mine.parent)
            with pytest.raises(OutputError, match="would destroy it"):
                write()
            assert _files(mine.parent) == before
    atomic_write(mine.with_name("after-close.json"), b"{}")  # a closed database is no longer guarded


# -- 2. a stray or foreign -wal ---------------------------------------------------------------


def _foreign_wal(folder: Path) -> bytes:
    """The -wal of another database, with frames not yet checkpointed."""
    other = folder / "other" / "notes.db"
    other.parent.mkdir()
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.executemany("INSERT INTO notes VALUES (?)", [("a shopping list " * 20,)] * 200)
    data = Path(f"{other}-wal").read_bytes()
    conn.close()
    return data


@pytest.mark.parametrize("readonly", [False, True], ids=["editing", "reading"])
def test_a_foreign_wal_is_refused_by_name_and_never_checkpointed_into_the_database(readonly, mine, tmp_path):
    with Store.open(mine) as store:  # checkpointed and closed: mine.db alone holds everything
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for side in ("-wal", "-shm"):
        if Path(f"{mine}{side}").exists():
            os.unlink(f"{mine}{side}")
    Path(f"{mine}-wal").write_bytes(_foreign_wal(tmp_path))
    before = _files(tmp_path, strict=True)
    with pytest.raises(DatabaseOpenError) as info:
        Store.open(mine, readonly=readonly)
    assert info.value.kind == "stray_wal"
    assert "mine.db-wal next to it does not belong to it" in str(info.value)
    assert _files(tmp_path, strict=True) == before  # byte for byte, and no -shm left behind
    os.unlink(f"{mine}-wal")  # the advice, followed: the database opens with everything in it
    with Store.open(mine) as store:
        assert [e.title for e in store.events()] == ["A treaty"]


# -- 3 and 17. a full disk ------------------------------------------------------------------------


def _export_all(store: Store, folder: Path, name: str) -> None:
    from ally_explorer.ui import export

    path = folder / name
    if name.endswith(".pdf"):
        export.export_pdf(store, path)
    elif name.endswith(".png"):
        export.export_timeline_png(store, path, size=(1600, 1000))
    elif name.endswith(".svg"):
        export.export_timeline_svg(store, path, size=(1600, 1000))
    elif name.endswith(".timeline.json"):
        from ally_explorer.db.transfer import export_timelinejs

        export_timelinejs(store, path)
    else:
        export_json(store, path)


@pytest.mark.parametrize("name", ["h.pdf", "t.png", "t.svg", "d.json", "d.timeline.json"])
def test_a_failed_export_on_a_full_disk_leaves_the_previous_export_and_no_other_file(name, built_db, qapp, monkeypatch):
    with small_disk(monkeypatch) as disk, Store.open(built_db, readonly=True) as store:
        _export_all(store, disk.folder, name)
        good = (disk.folder / name).read_bytes()
        disk.fill(leave=len(good) // 3)
        with pytest.raises(OutputError) as info:
            _export_all(store, disk.folder, name)
        assert str(info.value).startswith(f"could not write {disk.folder / name}: the disk is full")
        assert (disk.folder / name).read_bytes() == good
        assert sorted(p.name for p in disk.folder.iterdir() if p.name != ".filler") == [name]
        disk.free()


def test_a_new_export_on_a_full_disk_leaves_no_file_and_names_it(built_db, monkeypatch, capsys):
    with small_disk(monkeypatch) as disk:
        disk.fill(leave=1000)
        for kind, name in (("--json", "new.json"), ("--timelinejs", "new.tl.json"), ("--csv", "csv")):
            assert _cli("export", kind, str(disk.folder / name), "--db", str(built_db)) == 1
            line = _one_line(capsys)
            assert name in line and "the disk is full" in line and "Errno" not in line
            assert not (disk.folder / name).exists() or list((disk.folder / name).iterdir()) == []
        assert [p.name for p in disk.folder.iterdir() if p.name != ".filler"] in ([], ["csv"])
        disk.free()


def test_a_csv_set_that_cannot_be_written_whole_leaves_the_earlier_set(mine, tmp_path, monkeypatch):
    folder = tmp_path / "csv"
    with Store.open(mine, readonly=True) as store:
        from ally_explorer.db.csv_tables import export_csv

        export_csv(store, folder)
        before = _files(folder)
        calls = {"n": 0}
        real = atomicfile._write_all

        def fail_on_the_fifth(f, data):
            calls["n"] += 1
            if calls["n"] == 5:
                raise OSError(28, "No space left on device")
            real(f, data)

        monkeypatch.setattr(atomicfile, "_write_all", fail_on_the_fifth)
        with pytest.raises(OutputError, match="the disk is full"):
            export_csv(store, folder)
        assert _files(folder) == before


def test_a_migration_backup_on_a_full_disk_leaves_no_truncated_backup(mine, monkeypatch):
    """Item 15: the backup is written like every output; the refusal says the disk is full."""
    with small_disk(monkeypatch) as disk:
        old = disk.folder / "old.db"
        user = disk.folder / "user"  # the backups folder (in the user data folder) on the same full disk
        (user / "backups").mkdir(parents=True)
        monkeypatch.setattr(paths, "user_data_dir", lambda: user)
        with Store.open(mine) as store:
            opening.copy_database(store.conn, old)
        conn = sqlite3.connect(old)
        last = conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id DESC LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [last])
        conn.commit()
        conn.close()
        before = _files(disk.folder)
        disk.fill(leave=old.stat().st_size // 2)
        with pytest.raises(DatabaseOpenError) as info:
            Store.open(old)
        assert info.value.kind == "full" and "the disk is full" in str(info.value)
        after = {k: v for k, v in _files(disk.folder).items() if k != ".filler"}
        assert after == {k: v for k, v in before.items()}
        disk.free()


# -- 4 and 8. the bundled dataset, through every command ------------------------------------------


@pytest.fixture
def bundled(built_db, tmp_path, monkeypatch) -> Path:
    """A stand-in for the bundled dataset (the real one is never put at risk by a test)."""
    path = tmp_path / "bundled" / "allies.db"
    path.parent.mkdir()
    shutil.copy(built_db, path)
    monkeypatch.setattr(paths, "bundled_db", lambda: path)
    return path


def _un_files(folder: Path) -> tuple[Path, Path]:
    votes, calls = folder / "votes.csv", folder / "calls.csv"
    votes.write_text("rcid,country,country_code,vote\n3,Russia,RU,yes\n", encoding="utf-8")
    calls.write_text(
        "rcid,session,importantvote,date,unres,amend,para,short,descr\n3,1,0,1946-01-01,R/1/66,1,0,a,b\n",
        encoding="utf-8")
    return votes, calls


@pytest.mark.parametrize("command", ["import-unvotes", "import-unvotes --db", "import --db", "import --db --replace"])
def test_no_command_changes_the_bundled_dataset(command, bundled, tmp_path, capsys):
    votes, calls = _un_files(tmp_path)
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "ally-explorer", "version": 1, "sources": []}), encoding="utf-8")
    before = _files(bundled.parent)
    words = command.split()
    args = [str(votes), str(calls)] if words[0] == "import-unvotes" else [str(source)]
    if "--db" in words:
        args += ["--db", str(bundled)]
    args += [w for w in words[1:] if w == "--replace"]
    assert _cli(words[0], *args) == 1
    line = _one_line(capsys)
    assert "bundled dataset" in line and "never changed in place" in line
    assert _files(bundled.parent) == before


def test_the_bundled_dataset_is_opened_read_only_even_when_editing_is_asked_for(bundled):
    before = _files(bundled.parent)
    with Store.open(bundled) as store:
        assert store.readonly
        with pytest.raises(PermissionError):
            store.create_source(id="x", title="x")
    assert opening.is_protected(bundled)
    assert _files(bundled.parent) == before


def test_a_screenshot_of_the_real_bundled_dataset_leaves_its_bytes_as_they_were(tmp_path, qapp):
    """What ``git status`` checks after ``make run``: data/allies.db unchanged, no -wal, no -shm."""
    from ally_explorer.ui.cli import main

    real = paths.bundled_db()
    before = _digest(real)
    sides = sorted(p.name for p in real.parent.iterdir())
    assert main(["--db", str(real), "--screenshot", str(tmp_path / "shot.png"), "--size", "800x500"]) == 0
    assert _digest(real) == before
    assert sorted(p.name for p in real.parent.iterdir()) == sides


# -- 5 and 9. ids and numbers beyond any bound ----------------------------------------------------


@pytest.mark.parametrize("big", [MAX_ID + 1, 2**63 - 1, 2**63, 10**30])
def test_an_import_with_a_huge_id_is_refused_and_new_entries_still_get_ids(big, mine):
    data = {"format": "ally-explorer", "version": 1, "events": [
        {"id": big, "title": "Far away", "category": "military", "date_label": "2025",
         "source_id": "src", "countries": ["AAA"], "confidence": "confirmed"}]}
    with Store.open(mine) as store:
        with pytest.raises(ImportRefused) as info:
            import_data(store, data)
        assert str(info.value.problems[0]) == "events[0].id: must be a whole number from 1 to 2,147,483,647"
        with pytest.raises(ValidationError, match="from 1 to 2,147,483,647"):
            store.create_event(id=big, title="Far away", category="military", date_label="2025",
                               source_id="src", countries=["AAA"], confidence="confirmed")
        change = store.create_event(title="Next", category="military", date_label="2025", source_id="src",
                                    countries=["AAA"], confidence="confirmed")
        assert store.event(change.entity_id).title == "Next"


def test_the_largest_id_is_accepted_and_the_next_entry_is_refused_with_a_message(mine):
    with Store.open(mine) as store:
        store.create_event(id=MAX_ID, title="Last", category="military", date_label="2025", source_id="src",
                           countries=["AAA"], confidence="confirmed")
        with pytest.raises(ValidationError, match="every id up to 2,147,483,647 is taken"):
            store.create_event(title="One more", category="military", date_label="2025", source_id="src",
                               countries=["AAA"], confidence="confirmed")


@pytest.mark.parametrize("rcid", ["3000000000", "9223372036854775808", "-3000000000"])
def test_a_un_file_with_numbers_beyond_32_bits_is_refused_in_one_line(rcid, tmp_path, capsys):
    votes, calls = _un_files(tmp_path)
    calls.write_text(calls.read_text().replace("\n3,", f"\n{rcid},"), encoding="utf-8")
    votes.write_text(votes.read_text().replace("\n3,", f"\n{rcid},"), encoding="utf-8")
    assert _cli("import-unvotes", str(votes), str(calls), "--db", str(tmp_path / "new.db")) == 1
    err = [line for line in capsys.readouterr().err.split("\n") if line.strip() and "\rimporting" not in line]
    assert len(err) == 1 and "at most 2,147,483,647" in err[0], err
    assert not (tmp_path / "new.db").exists()

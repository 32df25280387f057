"""Robustness II: no hang, no lock-out, and every failure a clear one-line message.

Issue 17, items 6, 7 and 10-22: huge unbroken text, a damaged remembered database, rows that
break the schema's rules, odd API input, Ctrl-C, hot journals, leftovers of refused imports,
a byte-order mark, two imports racing, 100,000 problems, symbolic links and picture names.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest

from ally_explorer.core.errors import NotFoundError, ValidationError
from ally_explorer.core.filters import Filters
from ally_explorer.db import atomicfile, transfer
from ally_explorer.db.opening import DatabaseOpenError
from ally_explorer.db.store import Store
from tests.conftest import minimal

from .helpers import set_wal
from .test_no_file_destroyed import _cli, _files, _one_line, mine  # noqa: F401 (fixture)

EVENT = {"title": "A treaty", "category": "diplomatic", "date_label": "March 2025", "source_id": "src",
         "countries": ["AAA"], "confidence": "confirmed"}


@pytest.fixture(autouse=True)
def _keep_the_excepthooks(monkeypatch):
    """``run()`` installs the app's exception hooks; later tests must find the old ones."""
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    from ally_explorer.ui import excepthook

    monkeypatch.setattr(excepthook, "_installed", None)


def _doc(**sections) -> dict:
    return {"format": "ally-explorer", "version": 1, **sections}


# -- 6. huge text without spaces ------------------------------------------------------------------


@pytest.fixture
def huge(tmp_path) -> Path:
    """A database whose one event has a 1,000,000-character description without a space, as
    another tool can write it (the forms allow 20,000)."""
    path = tmp_path / "huge.db"
    with Store.open(path, create=True) as store:
        minimal(store)
        store.create_event(**EVENT)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE events SET description = ?", ["x" * 1_000_000])
    conn.commit()
    conn.close()
    return path


def test_a_million_character_word_is_shown_cut_and_breakable_with_show_all(huge, qtbot):
    from ally_explorer.ui.widgets.detail_html import BREAK_EVERY, SHOW_ALL, TEXT_LIMIT
    from ally_explorer.ui.widgets.detail_pane import DetailPane

    pane = DetailPane()
    qtbot.addWidget(pane)
    with Store.open(huge, readonly=True) as store:
        pane.show_country(store.country_detail("AAA"), None)
    text = pane.toPlainText()
    assert "x" * (TEXT_LIMIT + 1) not in text.replace("\u200b", "")  # cut
    assert "995,000 more characters not shown" in text
    assert max(len(run) for run in text.replace("\u200b", " ").split()) <= BREAK_EVERY + 1  # + the "…"
    assert pane.document().characterCount() < 3 * TEXT_LIMIT
    pane._on_anchor_clicked(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl(SHOW_ALL))
    assert pane.toPlainText().replace("\u200b", "").count("x") >= 1_000_000  # the whole text, on demand


def test_a_handout_of_a_million_character_word_prints_its_first_part(huge, tmp_path, qapp):
    from ally_explorer.ui.export import export_pdf

    with Store.open(huge, readonly=True) as store:
        pages = export_pdf(store, tmp_path / "h.pdf", country_id="AAA")
    assert pages < 10 and (tmp_path / "h.pdf").stat().st_size < 2_000_000


# -- 7. a damaged remembered database -------------------------------------------------------------


def test_a_damaged_remembered_database_still_opens_the_window_on_the_bundled_data(tmp_path, monkeypatch, capsys, qapp):
    from ally_explorer.ui import app

    damaged = tmp_path / "last.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    before = damaged.read_bytes()
    from ally_explorer.db.userfiles import Choice

    monkeypatch.setattr(app, "startup_choice", lambda asked, settings: Choice(damaged, "file", None, ""))
    args = Namespace(db=None, read_only=False, screenshot=tmp_path / "shot.png", size=(800, 500), country=None,
                     present=False, confirmed_only=False, as_of=None, view="country")
    assert app.run(args) == 0
    line = _one_line(capsys)
    assert "The database you used last" in line and "last.db" in line and "bundled dataset is open instead" in line
    assert (tmp_path / "shot.png").stat().st_size > 1000
    assert damaged.read_bytes() == before


# -- 10 and 11. rows that break the schema's rules, unreadable history ----------------------------


@pytest.mark.parametrize("column, value", [("date_start", "abcd"), ("confidence", "maybe"), ("category", "x"),
                                           ("importance", 9)])
def test_rows_written_with_checks_off_are_refused_on_open_naming_the_row(column, value, mine, capsys):
    conn = sqlite3.connect(mine)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(f"UPDATE events SET {column} = ?", [value])
    conn.commit()
    conn.close()
    before = _files(mine.parent)
    with pytest.raises(DatabaseOpenError) as info:
        Store.open(mine, readonly=True)
    assert info.value.kind == "broken_rows"
    assert "table events, row 1" in str(info.value) and repr(value) in str(info.value)
    assert _cli("export", "--timelinejs", str(mine.with_name("t.json")), "--db", str(mine)) == 1
    assert "breaks its own rules" in _one_line(capsys)
    assert _files(mine.parent) == before


def test_the_timelinejs_export_of_a_bad_date_in_a_large_file_names_the_event(mine, monkeypatch):
    from ally_explorer.db import opening

    conn = sqlite3.connect(mine)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE events SET date_start = 'abcd', confidence = 'maybe'")
    conn.commit()
    conn.close()
    monkeypatch.setattr(opening, "QUICK_CHECK_LIMIT", 0)  # as for a file past 50 MB: no row check on open
    with Store.open(mine, readonly=True) as store:
        with pytest.raises(transfer.AllyError, match="event 1 has the date 'abcd'"):
            transfer.export_timelinejs(store, mine.with_name("t.json"))
    assert not mine.with_name("t.json").exists()


def test_unreadable_json_in_the_history_and_aliases_reads_as_nothing(mine):
    conn = sqlite3.connect(mine)
    conn.execute("UPDATE changes SET before = '{not json', after = '[1, 2'")
    conn.execute("UPDATE countries SET aliases = 'Aland, Ahvenanmaa'")
    conn.commit()
    conn.close()
    with Store.open(mine) as store:
        changes = store.changes()
        assert changes and all(c.before is None and c.after is None for c in changes)
        assert store.country("AAA").aliases == ()
        assert [c.id for c in store.countries("ala")] == ["AAA"]


# -- 12. Ctrl-C ---------------------------------------------------------------------------------


def test_ctrl_c_during_an_import_is_one_line_and_changes_nothing(mine, tmp_path, monkeypatch, capsys):
    source = tmp_path / "in.json"
    source.write_text(json.dumps(_doc(sources=[{"id": "new-src", "title": "New"}])), encoding="utf-8")
    before = _files(tmp_path)

    def interrupted(*a, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(transfer, "_insert_tours", interrupted)  # inside the transaction
    assert _cli("import", str(source), "--db", str(mine)) == 130
    err = capsys.readouterr().err.strip("\n").split("\n")
    assert len(err) == 1
    line = err[0].rpartition("\r")[2]  # what shows over the progress line
    assert line == "ally-explorer: interrupted: nothing was imported (the database was left as it was)."
    assert _files(tmp_path) == before
    new = tmp_path / "fresh.db"
    assert _cli("import", str(source), "--db", str(new)) == 130
    capsys.readouterr()
    assert not new.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".fresh")] == []


# -- 13. the API -------------------------------------------------------------------------------


def test_the_store_api_refuses_odd_input_with_messages(mine):
    with Store.open(mine) as store:
        lone = "\ud800"
        assert store.events(filters=Filters(countries=frozenset({lone}))) == []
        assert store.countries(filters=Filters(attributions=frozenset({lone}))) == []
        with pytest.raises(ValueError, match="must be a day like 2025-01-31"):
            store.stances_as_of(lone)
        with pytest.raises(ValueError, match="must be a day like 2025-01-31"):
            store.events_between(lone, "2025-01-01")
        with pytest.raises(NotFoundError):
            store.event(10**30)
        with pytest.raises(NotFoundError):
            store.update_event(10**30, title="x")
        with pytest.raises(ValueError, match="limit must be a whole number from 0 to 1,000,000"):
            store.search("treaty", limit=10**30)
        with pytest.raises(ValueError, match="limit must be"):
            store.events(limit=-1)
        with pytest.raises(ValidationError, match="nonsense: unknown field"):
            store.update_event(1, nonsense=5)
        with pytest.raises(ValidationError, match="nonsense: unknown field"):
            store.create_event(**EVENT, nonsense=5)
        assert store.event(1).title == "A treaty"


# -- 14 and 15. hot journals, a -wal without its -shm on read-only media --------------------------


def test_a_hot_journal_is_explained_and_opening_for_editing_repairs_it(mine):
    conn = sqlite3.connect(mine)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("CREATE TABLE IF NOT EXISTS filler (x)")
    conn.executemany("INSERT INTO filler VALUES (?)", [("z" * 1000,)] * 500)
    conn.commit()
    conn.close()
    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 2'); c.execute('BEGIN')\n"
        "c.execute(\"UPDATE filler SET x = x || 'y'\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(mine)], check=True)
    assert Path(f"{mine}-journal").stat().st_size > 0
    before = _files(mine.parent)
    with pytest.raises(DatabaseOpenError) as info:
        Store.open(mine, readonly=True)
    assert info.value.kind == "hot_journal"
    assert "hot journal (mine.db-journal)" in str(info.value) and "Do not delete mine.db-journal" in str(info.value)
    assert "Open it once for editing" in str(info.value)
    assert _files(mine.parent) == before
    with Store.open(mine) as store:  # the advice, followed
        assert store.event(1).title == "A treaty"
    assert not Path(f"{mine}-journal").exists() or Path(f"{mine}-journal").stat().st_size == 0


_OPEN_IN_READONLY_FOLDER = """
import sys
from pathlib import Path
from ally_explorer.db.store import Store
from ally_explorer.db.opening import DatabaseOpenError
try:
    Store.open(Path(sys.argv[1]), readonly=True).close()
    print("opened")
except DatabaseOpenError as e:
    print(e.kind, "|", e)
"""


def test_a_wal_without_its_shm_on_read_only_media_says_why_and_what_to_do(mine, sandbox):
    folder = sandbox.root / "out" / "media"
    folder.mkdir()
    db = folder / "m.db"
    with Store.open(mine) as store:
        from ally_explorer.db.opening import copy_database

        copy_database(store.conn, db)
    set_wal(db)
    code = ("import sqlite3, sys, os\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA wal_autocheckpoint = 0')\nc.execute(\"UPDATE events SET title = 'In the wal'\")\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(db)], check=True)
    Path(f"{db}-shm").unlink()
    assert Path(f"{db}-wal").stat().st_size > 0
    folder.chmod(0o555)
    db.chmod(0o444)
    try:
        proc = sandbox.python(_OPEN_IN_READONLY_FOLDER, str(db))
        out, err = proc.communicate(timeout=60)
    finally:
        folder.chmod(0o755)
    assert out.startswith("wal_readonly_folder |"), (out, err)
    assert "Copy m.db and m.db-wal together" in out


# -- 16 and 19. refused imports leave nothing; two imports creating one file ----------------------


@pytest.mark.parametrize("source", ["missing", "invalid", "bad_entry"])
def test_a_refused_import_into_a_new_file_leaves_no_file(source, tmp_path, capsys):
    path = tmp_path / "in.json"
    if source == "invalid":
        path.write_text("{ not json", encoding="utf-8")
    elif source == "bad_entry":
        path.write_text(json.dumps(_doc(sources=[{"title": ""}])), encoding="utf-8")
    new = tmp_path / "new.db"
    assert _cli("import", str(path), "--db", str(new)) == 1
    capsys.readouterr()
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if source == "missing" else ["in.json"])


def test_a_new_file_another_import_created_meanwhile_is_never_overwritten(tmp_path, monkeypatch, capsys):
    source = tmp_path / "in.json"
    source.write_text(json.dumps(_doc(sources=[{"id": "mine", "title": "Mine"}])), encoding="utf-8")
    new = tmp_path / "new.db"
    real = transfer.import_data

    def meanwhile(store, data, **kw):
        counts = real(store, data, **kw)
        other = _doc(sources=[{"id": "theirs", "title": "Theirs"}])
        (tmp_path / "other.json").write_text(json.dumps(other), encoding="utf-8")
        monkeypatch.setattr(transfer, "import_data", real)
        assert _cli("import", str(tmp_path / "other.json"), "--db", str(new)) == 0
        return counts

    monkeypatch.setattr(transfer, "import_data", meanwhile)
    assert _cli("import", str(source), "--db", str(new)) == 1
    assert "was created by another program while this one was working" in capsys.readouterr().err
    with Store.open(new, readonly=True) as store:
        assert [s.id for s in store.sources()] == ["theirs"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "new.db", "other.json"]


# -- 18 and 20. a byte-order mark; 100,000 problems --------------------------------------------


def test_a_json_file_with_a_byte_order_mark_is_imported(tmp_path, capsys):
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_doc(sources=[{"id": "s", "title": "A"}])).encode("utf-8"))
    assert _cli("import", str(path), "--db", str(tmp_path / "new.db")) == 0
    assert "imported 1 sources" in capsys.readouterr().out


def test_a_hundred_thousand_problems_print_twenty_lines_and_all_go_to_the_report(tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(_doc(sources=[{"id": "s", "title": ""}] * 100_000)), encoding="utf-8")
    assert _cli("import", str(path), "--db", str(tmp_path / "new.db")) == 1
    err = capsys.readouterr().err.strip().split("\n")
    assert len(err) == 21
    assert err[-1] == ("ally-explorer: … and 99,980 more problems; nothing was imported"
                       " (give --report FILE to write them all)")
    report = tmp_path / "problems.txt"
    assert _cli("import", str(path), "--db", str(tmp_path / "new.db"), "--report", str(report)) == 1
    err = capsys.readouterr().err.strip().split("\n")
    assert len(err) == 21 and err[-1].endswith(f"all 100,000 problems are in {report}")
    lines = report.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 100_000 and lines[0].startswith("sources[0].")
    assert not (tmp_path / "new.db").exists()


# -- 21. symbolic links ---------------------------------------------------------------------------


def test_symbolic_link_loops_and_dangling_links_are_named_as_such(tmp_path, capsys):
    loop, dangling = tmp_path / "loop.db", tmp_path / "dangling.db"
    loop.symlink_to(tmp_path / "loop2.db")
    (tmp_path / "loop2.db").symlink_to(loop)
    dangling.symlink_to(tmp_path / "gone.db")
    assert _cli("export", "--json", str(tmp_path / "x.json"), "--db", str(loop)) == 1
    assert "is a loop of symbolic links" in _one_line(capsys)
    assert _cli("export", "--json", str(tmp_path / "x.json"), "--db", str(dangling)) == 1
    assert f"is a symbolic link to {tmp_path / 'gone.db'}, which does not exist" in _one_line(capsys)
    with pytest.raises(atomicfile.OutputError, match="the path is a loop of symbolic links"):
        atomicfile.atomic_write(loop, b"{}")
    assert not (tmp_path / "x.json").exists()


# -- 22. picture names ----------------------------------------------------------------------------


def test_picture_names_choose_the_format_or_are_refused_with_the_reason(tmp_path, db_path, capsys):
    from ally_explorer.ui.cli import main

    built_db = db_path
    before = db_path.read_bytes()
    shot = tmp_path / "noext"
    assert main(["--db", str(built_db), "--screenshot", str(shot), "--size", "640x400"]) == 0
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["--db", str(built_db), "--screenshot", str(tmp_path), "--size", "640x400"]) == 1
    assert "is a folder: give the name of a file" in _one_line(capsys)
    assert main(["export", "--png", str(tmp_path / "t.jpg"), "--size", "400x300", "--db", str(built_db)]) == 0
    assert (tmp_path / "t.jpg").read_bytes()[:3] == b"\xff\xd8\xff"  # JPEG, as the name says
    capsys.readouterr()
    assert main(["export", "--png", str(tmp_path / "t.xyz"), "--db", str(built_db)]) == 1
    assert "pictures are written as .png, .jpg or .bmp, not .xyz" in _one_line(capsys)
    assert not (tmp_path / "t.xyz").exists()
    assert db_path.read_bytes() == before  # a screenshot opens the file read-only: not even switched to WAL

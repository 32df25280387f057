"""A property over every pairing of paths: whatever export path, database path and import file a
command is given, no file changes except the named output (a refused command changes nothing
at all), no temporary file is left, and the command ends in an exit code, never a traceback.

The paths are the awkward ones: the database itself, its -wal and -shm, a hard link and a
symbolic link to it, ``sub/../mine.db``, the import file, a folder, a dangling link, an empty
file, a missing folder. Commands run in-process on a tiny database (about 10 ms each).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ally_explorer.db.store import Store
from tests.conftest import minimal

from .fulldisk import small_disk

OUTPUTS = ["mine.db", "mine.db-wal", "mine.db-shm", "hard.db", "link.json", "in.json", "notes.txt", "sub",
           "sub/events.csv", "new.json", "newdir/x.json", "dangling", "sub/../mine.db", "empty.db", "sub/new.csv"]
DATABASES = ["mine.db", "hard.db", "link.json", "sub/../mine.db", "in.json", "empty.db", "dangling", "missing.db",
             "new.db", "newdir/new.db", "sub", "mine.db-wal"]
IMPORTS = ["in.json", "notes.txt", "mine.db", "missing.json", "sub", "dangling", "link.json", "bom.json", "bad.json"]


def _template(folder: Path) -> None:
    with Store.open(folder / "mine.db", create=True) as store:
        minimal(store)
        store.create_event(title="A treaty", category="diplomatic", date_label="March 2025", source_id="src",
                           countries=["AAA"], confidence="confirmed")
    with Store.open(folder / "mine.db"):
        pass
    for side in ("-wal", "-shm"):
        if Path(f"{folder / 'mine.db'}{side}").exists():
            os.unlink(f"{folder / 'mine.db'}{side}")
    doc = '{"format": "ally-explorer", "version": 1, "sources": [{"id": "new-src", "title": "New"}]}'
    (folder / "in.json").write_text(doc, encoding="utf-8")
    (folder / "bom.json").write_bytes(b"\xef\xbb\xbf" + doc.replace("new-src", "bom-src").encode())
    (folder / "bad.json").write_text('{"format": "ally-explorer", "sources": [{"title": ""}]}', encoding="utf-8")
    (folder / "notes.txt").write_text("not json\n", encoding="utf-8")
    (folder / "empty.db").write_bytes(b"")
    (folder / "sub").mkdir()
    (folder / "sub" / "events.csv").write_text("old,csv\n", encoding="utf-8")
    wal = folder / "with-wal"
    wal.mkdir()
    shutil.copyfile(folder / "mine.db", wal / "mine.db")
    code = ("import sqlite3, sys, os\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA journal_mode = WAL'); c.execute('PRAGMA wal_autocheckpoint = 0')\n"
            "c.execute(\"UPDATE events SET title = 'Edited, in the wal'\")\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(wal / "mine.db")], check=True)
    assert (wal / "mine.db-wal").stat().st_size > 0


def _case(template: Path, into: Path, situation: str) -> None:
    shutil.copytree(template, into, ignore=shutil.ignore_patterns("with-wal"))
    if situation == "edits_in_wal":  # committed edits only in mine.db-wal, as a crash leaves them
        for name in ("mine.db", "mine.db-wal"):
            shutil.copyfile(template / "with-wal" / name, into / name)
    os.link(into / "mine.db", into / "hard.db")
    (into / "link.json").symlink_to(into / "mine.db")
    (into / "dangling").symlink_to(into / "gone.json")


def _state(folder: Path) -> dict[str, tuple]:
    """Content by path, leaving out SQLite's own working files made by reading (-shm, empty -wal)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = str(p.relative_to(folder))
        if p.is_symlink():
            out[rel] = ("link", os.readlink(p))
        elif p.is_dir():
            out[rel] = ("dir",)
        elif p.name.endswith("-shm") or (p.name.endswith("-wal") and p.stat().st_size == 0):
            continue
        else:
            st_ = p.stat()
            out[rel] = ("file", p.read_bytes(), st_.st_ino)
    return out


def _same_thing(folder: Path, rel: str, target: Path) -> bool:
    p = folder / rel
    try:
        if os.path.samefile(p, target):
            return True
    except OSError:
        pass
    return os.path.realpath(p) == os.path.realpath(target)


def _allowed(folder: Path, rel: str, target: Path, *, tree: bool, sidecars: bool) -> bool:
    """May ``rel`` change, given the command was asked to write ``target``?"""
    p = folder / rel
    real = Path(os.path.realpath(target))
    if _same_thing(folder, rel, target):
        return True
    if tree and p.is_dir() and str(real).startswith(os.path.realpath(p) + os.sep):
        return True  # a folder made on the way to the named one
    if sidecars and any(os.path.realpath(p) == f"{real}{s}" for s in ("-wal", "-shm", "-journal")):
        return True
    if tree:
        return os.path.realpath(p).startswith(str(real) + os.sep) or os.path.realpath(p) == str(real)
    return False


#: What else is on the disk: an earlier export at the output's name, edits still in the -wal of
#: the database, a user's own file that looks temporary.
SITUATIONS = ["plain", "old_output", "edits_in_wal", "own_tmp_file"]

command = st.tuples(st.one_of(
    st.tuples(st.just("export"), st.sampled_from(["--json", "--csv", "--timelinejs"]),
              st.sampled_from(OUTPUTS), st.sampled_from(DATABASES)),
    st.tuples(st.just("import"), st.sampled_from(IMPORTS), st.sampled_from(DATABASES), st.booleans()),
), st.sampled_from(SITUATIONS))


def _situation(folder: Path, name: str, output: Path) -> None:
    if name == "old_output" and output.parent.is_dir() and not output.exists() and not output.is_symlink():
        output.write_bytes(b"an earlier export\n")
    elif name == "own_tmp_file":
        (folder / "mine.db.backup.tmp").write_bytes(b"the user's own file\n")


def test_no_command_changes_a_file_other_than_its_named_output(tmp_path, monkeypatch):
    with small_disk(monkeypatch, size=64 * 1024 * 1024) as disk:  # a tmpfs as root: no waiting on fsync
        _property(disk.folder)


def _property(root: Path) -> None:
    from ally_explorer.ui.cli import main

    template = root / "template"
    template.mkdir()
    _template(template)
    seen = {"n": 0, "ok": 0}

    @settings(max_examples=2000, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(command)
    def check(case):
        cmd, situation = case
        seen["n"] += 1
        folder = Path(tempfile.mkdtemp(dir=root)) / "case"
        _case(template, folder, situation)
        _situation(folder, situation, folder / (cmd[2] if cmd[0] == "export" else cmd[2]))
        before = _state(folder)
        if cmd[0] == "export":
            _, kind, out, db = cmd
            args, target = ["export", kind, str(folder / out), "--db", str(folder / db)], folder / out
            tree, sidecars = kind == "--csv", False
        else:
            _, source, db, replace = cmd
            args = ["import", str(folder / source), "--db", str(folder / db)] + (["--replace"] if replace else [])
            target, tree, sidecars = folder / db, False, True
        target_real = Path(os.path.realpath(target))
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()) as err:
            code = main(args)
        assert code in (0, 1), (cmd, code, err.getvalue())
        if code:
            assert len(err.getvalue().strip("\n").split("\n")) <= 21, err.getvalue()
        else:
            seen["ok"] += 1
        after = _state(folder)
        for rel in sorted(set(before) | set(after)):
            if before.get(rel) == after.get(rel):
                continue
            if code == 0 and (_allowed(folder, rel, target_real, tree=tree, sidecars=sidecars)
                              or _allowed(folder, rel, target, tree=tree, sidecars=sidecars)):
                continue
            raise AssertionError(f"{case}: {rel} changed (exit {code}): {err.getvalue()}")
        assert not [p for p in folder.rglob(".*.tmp")], cmd
        shutil.rmtree(folder.parent)

    check()
    assert seen["n"] >= 2000
    assert 0 < seen["ok"] < seen["n"]  # both outcomes were met

"""Every kind of bad file gets a clear message, never a traceback, and is left as it was.

In-process: ``Store.open`` raises ``DatabaseOpenError`` with the right ``kind``. As a user would
meet it: ``--screenshot``, ``export`` and ``import`` exit non-zero with exactly one line on stderr
(or work, where reading is all they need). The whole matrix runs in other processes that obey
file permissions even as root (a runner calls the command's ``main`` once per case, with stderr of
its own); a few cases also run as separate ``python -m ally_explorer`` processes.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import ExitStack
from pathlib import Path

import pytest

from ally_explorer.db import opening
from ally_explorer.db.opening import DatabaseOpenError
from ally_explorer.db.store import Store

from .helpers import lock_held, make_bad_file, protect, table_dump

#: kind -> the DatabaseOpenError kind Store.open raises, reading and editing alike.
OPEN_REFUSALS = {
    "missing": "missing",
    "missing_folder": "missing",
    "directory": "directory",
    "empty": "empty",
    "text": "not_sqlite",
    "random_bytes": "not_sqlite",
    "truncated_header": "corrupt",
    "truncated_first_page": "corrupt",
    "truncated_half": "corrupt",
    "truncated_last_page": "corrupt",
    "damaged_page": "corrupt",
    "foreign_schema": "foreign_schema",
    "too_new": "too_new",
}

#: kind -> what (--screenshot, export --json, import) print: None means it works.
NOT_FOUND, DAMAGED = "There is no file", "is damaged"
CLI_EXPECTED = {
    "missing": (NOT_FOUND, NOT_FOUND, None),  # import creates the database
    "missing_folder": (NOT_FOUND, NOT_FOUND, "does not exist"),
    "directory": ("is a folder",) * 3,
    "empty": ("is empty", "is empty", None),  # import fills an empty file
    "text": ("is not a SQLite database",) * 3,
    "random_bytes": ("is not a SQLite database",) * 3,
    "truncated_header": (DAMAGED,) * 3,
    "truncated_first_page": (DAMAGED,) * 3,
    "truncated_half": (DAMAGED,) * 3,
    "truncated_last_page": (DAMAGED,) * 3,
    "damaged_page": (DAMAGED,) * 3,
    "foreign_schema": ("not an Ally Explorer one",) * 3,
    "too_new": ("newer version",) * 3,
    "readonly_file": (None, None, "cannot be changed: it is read-only"),
    "readonly_folder": (None, None, "cannot be changed: its folder is read-only"),
    "readonly_folder_wal": (None, None, "cannot be changed: its folder is read-only"),
    "locked_exclusive": ("is locked",) * 3,  # not even readable
    "locked_immediate": (None, None, "being changed by another program"),
    "locked_wal": (None, None, "being changed by another program"),
}

IMPORT = {"format": "ally-explorer", "version": 1, "sources": [{"id": "robust-src", "title": "A source"}]}


def _snapshot(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


@pytest.mark.parametrize("kind", sorted(OPEN_REFUSALS))
@pytest.mark.parametrize("readonly", [True, False], ids=["reading", "editing"])
def test_store_open_refuses_with_a_named_kind_and_leaves_the_file_alone(kind, readonly, built_db, tmp_path):
    path = make_bad_file(kind, tmp_path, built_db)
    before = _snapshot(path)
    with pytest.raises(DatabaseOpenError) as info:
        Store.open(path, readonly=readonly)
    assert info.value.kind == OPEN_REFUSALS[kind]
    assert info.value.problem.endswith(".") and "\n" not in str(info.value)
    assert _snapshot(path) == before
    left_behind = [p.name for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm", "-journal")) or ".backup-" in p.name]
    assert left_behind == []


def test_a_damaged_page_is_found_on_open_not_when_the_events_are_shown(built_db, tmp_path):
    """Without the quick_check the file opens, and the first read of its events fails."""
    path = make_bad_file("damaged_page", tmp_path, built_db)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("SELECT name FROM sqlite_master").fetchall()  # the schema still reads
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM events").fetchall()
    conn.close()
    with pytest.raises(DatabaseOpenError, match="damaged"):
        Store.open(path, readonly=True)


def test_a_file_missing_part_of_its_layout_is_refused(built_db, tmp_path):
    path = make_bad_file("good", tmp_path, built_db)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE figures")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError) as info:
        Store.open(path, readonly=True)
    assert info.value.kind == "corrupt" and "figures" in info.value.problem


def test_files_over_the_quick_check_limit_get_the_cheap_check(built_db, tmp_path, monkeypatch):
    """Past QUICK_CHECK_LIMIT a torn file is still refused on open; a damaged page in the
    middle then only shows when it is read (and the app reports that read as an error)."""
    monkeypatch.setattr(opening, "QUICK_CHECK_LIMIT", 0)
    with Store.open(make_bad_file("good", tmp_path, built_db), readonly=True) as store:
        assert store.all_countries()
    for kind in ("truncated_half", "truncated_last_page", "truncated_first_page"):
        with pytest.raises(DatabaseOpenError) as info:
            Store.open(make_bad_file(kind, tmp_path, built_db), readonly=True)
        assert info.value.kind == "corrupt", kind


#: Runs ``ally_explorer.ui.cli.main`` once per case in one process (a fresh interpreter per case
#: would cost a second each), with file descriptor 2 pointed at a file of its own: Qt's C++
#: messages land there too, and an exception escaping ``main`` is written there as a traceback.
_RUNNER = """
import json, os, sys, traceback
from ally_explorer.ui.cli import main
codes = {}
for label, argv, err in json.loads(sys.argv[1]):
    sys.stderr.flush()
    saved = os.dup(2)
    with open(err, "w") as f:
        os.dup2(f.fileno(), 2)
        try:
            codes[label] = main(argv)
        except SystemExit as e:
            codes[label] = e.code
        except BaseException:
            traceback.print_exc()
            codes[label] = "raised"
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
print(json.dumps(codes))
"""
COMMANDS = ("screenshot", "export", "import")


def _argv(command: str, path: Path, out: Path) -> list[str]:
    if command == "screenshot":
        return ["--db", str(path), "--screenshot", str(out / f"{path.stem}.png"), "--size", "800x600"]
    if command == "export":
        return ["export", "--json", str(out / f"{path.stem}.json"), "--db", str(path)]
    return ["import", str(out / "import.json"), "--db", str(path)]


def test_the_command_line_says_one_line_or_works_for_every_bad_file(sandbox, built_db):
    """Every case of CLI_EXPECTED through each command; the import gets its own copy of each
    file (it may create or fill one), and every locked file stays locked throughout."""
    out = sandbox.root / "out"
    (out / "import.json").write_text(json.dumps(IMPORT), encoding="utf-8")
    files: dict[tuple[str, str], Path] = {}
    for group in ("read", "write"):
        folder = sandbox.root / group
        folder.mkdir()
        for kind in CLI_EXPECTED:
            sub = folder / kind  # one folder each: a read-only folder must not hide the others
            sub.mkdir()
            files[group, kind] = make_bad_file(kind, sub, built_db)
    before = {
        key: table_dump(path) if key[1].startswith(("readonly", "locked")) else _snapshot(path)
        for key, path in files.items()
    }
    for (_, kind), path in files.items():
        protect(kind, path)

    # One runner per command, and one per command and locked file: each of those waits out
    # the busy timeout, and side by side they wait together.
    jobs: dict[tuple[str, str], list] = {}
    for kind in CLI_EXPECTED:
        for command in COMMANDS:
            path = files["write" if command == "import" else "read", kind]
            group = kind if kind.startswith("locked_") else "others"
            jobs.setdefault((command, group), []).append(
                (kind, _argv(command, path, out), str(out / f"{command}-{kind}.err"))
            )
    with ExitStack() as locks:
        for (group, kind), path in files.items():
            if kind.startswith("locked_"):
                locks.enter_context(lock_held(sandbox, path, "EXCLUSIVE" if kind == "locked_exclusive" else "IMMEDIATE"))
        runners = {key: sandbox.python(_RUNNER, json.dumps(batch)) for key, batch in jobs.items()}
        finished = {key: p.communicate(timeout=180) for key, p in runners.items()}

    failures = []
    for (command, group), (stdout, stderr) in finished.items():
        assert runners[command, group].returncode == 0, f"{command} runner died: {stderr}"
        codes = json.loads(stdout.strip().splitlines()[-1])
        for kind, _, err_file in jobs[command, group]:
            expected = CLI_EXPECTED[kind][COMMANDS.index(command)]
            rc, err = codes[kind], Path(err_file).read_text(encoding="utf-8", errors="replace")
            lines = err.splitlines()
            ok = "Traceback" not in err and (
                rc == 0 if expected is None
                else rc not in (0, None, "raised") and len(lines) == 1
                and lines[0].startswith("ally-explorer: ") and expected in lines[0]
            )
            if not ok:
                failures.append(f"{command} of {kind}: exit {rc!r}, stderr {err!r}")
    assert not failures, "\n".join(failures)

    for (group, kind), path in files.items():  # refused imports and every read left the file alone
        if group == "write" and CLI_EXPECTED[kind][2] is None:
            continue
        after = table_dump(path) if kind.startswith(("readonly", "locked")) else _snapshot(path)
        assert after == before[group, kind], f"{group} copy of {kind} changed"


#: A few of the cases above as real processes, the way a user starts them.
@pytest.mark.parametrize(
    "command, kind",
    [("screenshot", "truncated_half"), ("export", "random_bytes"), ("import", "readonly_folder"),
     ("import", "too_new"), ("screenshot", "readonly_file")],
)
def test_a_real_process_exits_non_zero_with_one_line(command, kind, sandbox, built_db):
    out = sandbox.root / "out"
    (out / "import.json").write_text(json.dumps(IMPORT), encoding="utf-8")
    (sandbox.root / "files").mkdir()
    path = make_bad_file(kind, sandbox.root / "files", built_db)
    protect(kind, path)
    result = sandbox.cli(*_argv(command, path, out))
    stdout, stderr = result.communicate(timeout=120)
    expected = CLI_EXPECTED[kind][COMMANDS.index(command)]
    assert "Traceback" not in stderr
    if expected is None:
        assert result.returncode == 0, stderr
    else:
        assert result.returncode != 0
        assert len(stderr.splitlines()) == 1 and expected in stderr, stderr

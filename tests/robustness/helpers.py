"""What the robustness tests share: bad files, a sandbox that runs the app as an ordinary user,
and a write lock held by another process.

Permissions mean nothing to root, so when the tests run as root the sandboxed programs run
without the two capabilities that let root ignore them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
a read-only file or folder is then read-only for them too.
"""

from __future__ import annotations

import ctypes
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AS_ROOT = os.geteuid() == 0
PAGE = 4096
_PR_CAPBSET_DROP, _CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 24, 1, 2


def _obey_permissions() -> None:  # runs in the child between fork and exec
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop root's permission override")


class Sandbox:
    """A folder in /tmp with its own HOME and XDG folders; what runs in it obeys permissions."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="ally-robust-", dir="/tmp"))
        for sub in ("home", "run", "out"):
            (self.root / sub).mkdir()
        (self.root / "run").chmod(0o700)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTEST", "COV_"))}
        home = self.root / "home"
        env.update(
            HOME=str(home), XDG_RUNTIME_DIR=str(self.root / "run"), XDG_CACHE_HOME=str(home / ".cache"),
            XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
            QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(ROOT),
        )
        return env

    def popen(self, args: list[str], **kw) -> subprocess.Popen:
        kw.setdefault("stdout", subprocess.PIPE)
        kw.setdefault("stderr", subprocess.PIPE)
        kw.setdefault("text", True)
        return subprocess.Popen(
            args, env=self.env(), cwd=self.root, preexec_fn=_obey_permissions if AS_ROOT else None, **kw
        )

    def cli(self, *args: str) -> subprocess.Popen:
        return self.popen([sys.executable, "-m", "ally_explorer", *args])

    def python(self, code: str, *args: str, **kw) -> subprocess.Popen:
        return self.popen([sys.executable, "-c", code, *args], **kw)

    def remove(self) -> None:
        for p in [self.root, *self.root.rglob("*")]:
            if p.is_dir() and not p.is_symlink():
                p.chmod(0o755)
        shutil.rmtree(self.root, ignore_errors=True)


# -- a write lock held by another process ---------------------------------------------------------

_HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=5)
conn.execute("BEGIN " + sys.argv[2])
conn.execute("INSERT INTO changes (time, entity, entity_id, action) VALUES ('x', 'lock', '0', 'lock')")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


@contextmanager
def lock_held(sandbox: Sandbox, db: Path, how: str = "EXCLUSIVE") -> Iterator[None]:
    """Another process holds a write transaction (``BEGIN IMMEDIATE``/``EXCLUSIVE``) on ``db``."""
    holder = sandbox.python(_HOLD_LOCK, str(db), how, stdin=subprocess.PIPE)
    try:
        line = holder.stdout.readline()
        assert line.strip() == "locked", holder.stderr.read()
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=20)


# -- bad files ----------------------------------------------------------------------------------

def set_wal(path: Path) -> None:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.close()


def root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    finally:
        conn.close()


def make_bad_file(kind: str, folder: Path, good: Path) -> Path:
    """A file (or path) of one bad kind, made from the good database ``good``."""
    path = folder / f"{kind}.db"
    data = good.read_bytes()
    rng = random.Random(kind)
    if kind == "missing":
        return path
    if kind == "missing_folder":
        return folder / "no-such-folder" / "allies.db"
    if kind == "directory":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("Belarus, Iran, North Korea\nThis is a note, not a database.\n", encoding="utf-8")
    elif kind == "random_bytes":
        path.write_bytes(b"\x00" + rng.randbytes(64 * 1024))
    elif kind == "truncated_header":
        path.write_bytes(data[:100])
    elif kind == "truncated_first_page":
        path.write_bytes(data[:PAGE])
    elif kind == "truncated_half":
        path.write_bytes(data[: len(data) // 2 // PAGE * PAGE])
    elif kind == "truncated_last_page":
        path.write_bytes(data[:-PAGE])
    elif kind == "damaged_page":  # a whole page of the events table overwritten: only reading shows it
        page = root_page(good, "events")
        start = (page - 1) * PAGE
        path.write_bytes(data[:start] + rng.randbytes(PAGE) + data[start + PAGE :])
    elif kind == "foreign_schema":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('a shopping list')")
        conn.commit()
        conn.close()
    elif kind == "too_new":
        path.write_bytes(data)
        conn = sqlite3.connect(path)
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('ally_explorer', 'm999_from_the_future', '2031-01-01 00:00:00+00:00')"
        )
        conn.commit()
        conn.close()
    elif kind in ("good", "readonly_file", "readonly_folder", "locked_exclusive", "locked_immediate"):
        path.write_bytes(data)
    elif kind in ("good_wal", "readonly_folder_wal", "locked_wal"):
        path.write_bytes(data)
        set_wal(path)
    else:  # pragma: no cover
        raise ValueError(kind)
    return path


def protect(kind: str, path: Path) -> None:
    """Make the file or its folder read-only (for the sandboxed programs, even as root)."""
    if kind == "readonly_file":
        path.chmod(0o444)
    elif kind.startswith("readonly_folder"):
        path.chmod(0o644)
        path.parent.chmod(0o555)


#: The tables a user edits, plus the history and the schema's record.
USER_TABLES = (
    "sources", "countries", "people", "events", "event_countries", "statements", "alignments",
    "figures", "changes", "_sqlite_migrations",
)


def table_dump(path: Path, tables: tuple[str, ...] = USER_TABLES) -> dict[str, list[tuple]]:
    """Every row of the user's tables: what 'unchanged' means. Read from a copy, so that
    reading leaves no -wal or -shm file next to the original."""
    folder = Path(tempfile.mkdtemp(prefix="ally-dump-"))
    for suffix in ("", "-wal"):
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", folder / f"copy.db{suffix}")
    conn = sqlite3.connect(folder / "copy.db")
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        tables = [t for t in tables if t in present]
        out = {}
        for t in tables:
            n = len(conn.execute(f"PRAGMA table_info([{t}])").fetchall())
            order = ", ".join(str(i) for i in range(1, n + 1))
            out[t] = conn.execute(f"SELECT * FROM [{t}] ORDER BY {order}").fetchall()
        return out
    finally:
        conn.close()
        shutil.rmtree(folder, ignore_errors=True)

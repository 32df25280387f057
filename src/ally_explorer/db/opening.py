"""Opening a database file safely: say what is wrong with a bad file instead of a traceback.

Every refusal is a ``DatabaseOpenError`` with a one-line ``problem`` and an ``advice`` line the
app shows in a dialog and the command line prints to stderr. A write that the file or the disk
refuses later (locked, full, read-only, I/O error) is a ``DatabaseWriteError`` of the same shape.

Files opened for editing are switched to WAL with ``synchronous=FULL``: a commit that returned
is on disk even if the power fails the next moment, and a crash mid-write leaves the last
committed state (docs/robustness.md). New files and the bundled dataset keep the rollback journal
so the dataset can be read from a read-only install folder.

Once a connection is open this module never opens the database file itself: closing any file
descriptor drops every POSIX lock the process holds on that file, and another process could then
delete the WAL from under the connection (its later commits would be lost).
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from .. import paths
from ..core.errors import AllyError
from . import layout
from .layout import MIGRATION_SET

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 2.0
#: Files up to this size get a full ``PRAGMA quick_check`` on open (0.15 s for 94 MB from the
#: disk cache); larger ones a cheap check of the page count (see ``check_integrity``).
QUICK_CHECK_LIMIT = 50 * 1024 * 1024


class DatabaseOpenError(AllyError):
    """The file cannot be used; ``kind`` is a short code tests and the UI can match on."""

    def __init__(self, kind: str, problem: str, advice: str = ""):
        self.kind = kind
        self.problem = problem
        self.advice = advice
        super().__init__(f"{problem} {advice}".strip())


class DatabaseWriteError(AllyError):
    """A write was refused by the file or the disk and rolled back: nothing was changed.

    ``kind`` is one of ``locked``, ``full``, ``readonly``, ``io``, ``corrupt``, ``conflict``,
    ``text`` or ``sqlite``.
    """

    def __init__(self, kind: str, problem: str, advice: str = ""):
        self.kind = kind
        self.problem = problem
        self.advice = advice
        super().__init__(f"{problem} {advice}".strip())


def _code(error: BaseException) -> int | None:
    """SQLite's primary result code (SQLITE_BUSY, ...) of an error, when it carries one."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _folder_writable(path: Path) -> bool:
    return os.access(path.parent if str(path.parent) else Path("."), os.W_OK)


def _connect(path: Path, *, readonly: bool, immutable: bool = False) -> sqlite3.Connection:
    if readonly:
        uri = "file:" + quote(str(path.resolve())) + "?mode=ro" + ("&immutable=1" if immutable else "")
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it: REPLACE fires delete triggers
    return conn


def _explain_sqlite_error(path: Path, error: sqlite3.Error) -> DatabaseOpenError:
    code, text = _code(error), str(error).lower()
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return DatabaseOpenError(
            "locked",
            f"{path.name} is locked by another program that is writing to it.",
            "Close the other program (or wait for it to finish) and try again.",
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or (
        "malformed" in text or "not a database" in text or "corrupt" in text
    ):
        return DatabaseOpenError(
            "corrupt",
            f"{path.name} is damaged (SQLite says: {error}).",
            "Open a backup copy, or use File ▸ Restore the bundled dataset.",
        )
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) or "readonly" in text or "read-only" in text:
        return DatabaseOpenError(
            "readonly",
            f"{path.name} cannot be written to.",
            "Open it read-only, or save a copy somewhere you can write.",
        )
    if code == sqlite3.SQLITE_FULL or "full" in text:
        return DatabaseOpenError(
            "full",
            f"The disk holding {path.name} is full.",
            "Free some space and try again; nothing was changed.",
        )
    if code == sqlite3.SQLITE_IOERR:
        return DatabaseOpenError(
            "unreadable",
            f"The disk reported an error while reading {path.name} (SQLite says: {error}).",
            "Check the disk or USB stick, or copy the file somewhere else and open the copy.",
        )
    return DatabaseOpenError("sqlite", f"{path.name} could not be opened: {error}.", "")


def explain_read_error(path: Path, error: sqlite3.Error) -> DatabaseOpenError:
    """A read that SQLite refused (locked, damaged, ...) -> a message a user can act on."""
    return _explain_sqlite_error(path, error)


def explain_write_error(path: Path | None, error: BaseException) -> DatabaseWriteError:
    """A failed write (already rolled back) -> a message a user can act on."""
    name = path.name if path else "the database"
    code, text = _code(error), str(error).lower()
    unchanged = "Nothing was changed."
    if isinstance(error, UnicodeError):
        return DatabaseWriteError(
            "text",
            "The text contains a character that cannot be saved (an unpaired surrogate).",
            f"{unchanged} Retype the text around the odd character and try again.",
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return DatabaseWriteError(
            "locked",
            f"{name} is being changed by another program or window, so this change could not be saved.",
            f"{unchanged} Wait a moment and try again, or close the other program.",
        )
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return DatabaseWriteError(
            "full",
            f"There is no room left on the disk to save this change to {name}.",
            f"{unchanged} Free some disk space and try again.",
        )
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN) or "readonly" in text:
        where = "its folder is read-only" if path and not _folder_writable(path) else "it is read-only"
        return DatabaseWriteError(
            "readonly",
            f"{name} cannot be changed: {where}.",
            f"{unchanged} Save a copy somewhere you can write, and edit the copy.",
        )
    if code == sqlite3.SQLITE_IOERR:
        return DatabaseWriteError(
            "io",
            f"The disk reported an error while saving to {name} (SQLite says: {error}).",
            f"{unchanged} Check the disk or USB stick, then try again.",
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseWriteError(
            "corrupt",
            f"{name} turned out to be damaged while saving (SQLite says: {error}).",
            f"{unchanged} Save a copy, then open a backup or restore the bundled dataset.",
        )
    if code == sqlite3.SQLITE_CONSTRAINT:
        return DatabaseWriteError(
            "conflict",
            f"This change conflicts with other entries in {name} (SQLite says: {error}).",
            f"{unchanged} Reload and try again.",
        )
    return DatabaseWriteError("sqlite", f"This change could not be saved to {name}: {error}.", unchanged)


@contextmanager
def reporting_write_errors(path: Path | None) -> Iterator[None]:
    """Turn the sqlite3 errors of a write (already rolled back by ``db.atomic()``) into a
    ``DatabaseWriteError``, for callers outside the Store such as the importer."""
    try:
        yield
    except (sqlite3.Error, UnicodeEncodeError) as e:
        raise explain_write_error(path, e) from None


def check_file(path: Path, *, create: bool) -> bool:
    """Refuse paths that cannot be a database; return True when a new one must be made."""
    try:
        return _check_file(path, create=create)
    except OSError as e:  # a name too long, a broken mount, ...
        raise DatabaseOpenError("unreadable", f"{path} cannot be used: {e.strerror or e}.", "") from None


def _check_file(path: Path, *, create: bool) -> bool:
    if not path.exists():
        if create:
            if not path.parent.is_dir():
                raise DatabaseOpenError(
                    "missing", f"The folder {path.parent} does not exist.", "Choose another place."
                )
            return True
        raise DatabaseOpenError(
            "missing",
            f"There is no file at {path}.",
            "Check the path, or use File ▸ Open to choose a database.",
        )
    if path.is_dir():
        raise DatabaseOpenError(
            "directory", f"{path} is a folder, not a database file.", "Choose the .db file inside it."
        )
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except PermissionError:
        raise DatabaseOpenError(
            "permission", f"You do not have permission to read {path}.", "Check the file's permissions."
        ) from None
    except OSError as e:
        raise DatabaseOpenError("unreadable", f"{path} cannot be read: {e.strerror}.", "") from None
    if not header:
        if create:
            return True
        raise DatabaseOpenError(
            "empty",
            f"{path.name} is empty: it is not an Ally Explorer database.",
            "It may be an interrupted copy; copy it again, or open another file.",
        )
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(
            "not_sqlite",
            f"{path.name} is not a SQLite database.",
            "Ally Explorer opens .db files it made; JSON exports are opened with File ▸ Import.",
        )
    return False


def _in_wal_mode(path: Path) -> bool:
    """Bytes 18 and 19 of the header are 2 for a WAL database. Only before connecting (see
    the module docstring); afterwards ask the connection (``_journal_mode``)."""
    try:
        with open(path, "rb") as f:
            header = f.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def _journal_mode(conn: sqlite3.Connection) -> str:
    return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Find damage that only shows when reading: a torn copy, a page overwritten.

    Up to ``QUICK_CHECK_LIMIT`` bytes, ``PRAGMA quick_check`` reads every page (it skips only
    the index-content cross-check of a full integrity_check): 0.15 s for 94 MB from the disk
    cache, a few seconds from a slow USB stick. Larger files get a cheap check instead: the
    pages the header counts must all be in the file, and every table's first page must read;
    the layout is checked by ``check_layout`` at every size.
    """
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size <= QUICK_CHECK_LIMIT:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise DatabaseOpenError(
                "corrupt",
                f"{path.name} is damaged: {problems[0]}.",
                "Open a backup copy, or use File ▸ Restore the bundled dataset.",
            )
        return
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    if _journal_mode(conn) != "wal" and page_count * page_size > size:
        raise DatabaseOpenError(
            "corrupt",
            f"{path.name} is damaged: it holds {size:,} bytes where its header promises "
            f"{page_count * page_size:,}.",
            "It may be an interrupted copy; copy it again, or open a backup.",
        )
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        conn.execute(f"SELECT * FROM [{table}] LIMIT 1").fetchall()


@functools.cache
def reference_layout() -> dict[str, frozenset[str]]:
    """Every table and its columns, as the known migrations make them (``layout.LAYOUT``, kept
    equal to the migrations by a test; opening a file never needs sqlite-utils)."""
    return dict(layout.LAYOUT)


def known_migrations() -> list[str]:
    return list(layout.KNOWN_MIGRATIONS)


def _table_names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def _applied(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id", [MIGRATION_SET])]


def check_layout(conn: sqlite3.Connection, path: Path | None) -> None:
    """After migrating: every table and column this version uses must be there."""
    name = path.name if path else "The database"
    missing = []
    have = set(_table_names(conn))
    for table, columns in reference_layout().items():
        if table not in have:
            missing.append(table)
            continue
        found = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
        missing.extend(f"{table}.{c}" for c in sorted(columns - found))
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        raise DatabaseOpenError(
            "corrupt",
            f"{name} is damaged: parts of its layout are missing ({shown}).",
            "Open a backup copy, or use File ▸ Restore the bundled dataset.",
        )


def schema_state(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """(applied migrations unknown to this version, migrations still pending)."""
    applied = _applied(conn)
    known = known_migrations()
    unknown = [name for name in applied if name not in known]
    pending = [name for name in known if name not in applied]
    return unknown, pending


def verify_schema(conn: sqlite3.Connection, path: Path | None) -> list[str]:
    """Refuse foreign schemas and newer ones; return the pending migrations."""
    name = path.name if path else "The database"
    tables = set(_table_names(conn))
    if not tables:
        return known_migrations()
    if "_sqlite_migrations" not in tables or not _applied(conn):
        raise DatabaseOpenError(
            "foreign_schema",
            f"{name} is a SQLite database, but not an Ally Explorer one.",
            "Open a file made by Ally Explorer, or import a JSON export into a new database.",
        )
    unknown, pending = schema_state(conn)
    if unknown:
        raise DatabaseOpenError(
            "too_new",
            f"{name} was made by a newer version of Ally Explorer (it has: {', '.join(unknown)}).",
            "Update Ally Explorer to open it; the file was not changed.",
        )
    return pending


def _migrate(conn: sqlite3.Connection) -> None:
    """Apply the pending migrations (the only part of opening that needs sqlite-utils)."""
    from sqlite_utils import Database

    from .migrations import migrations

    migrations.apply(Database(conn, execute_plugins=False))


def backup_before_migration(path: Path) -> Path:
    """Back the file up before changing its layout (SQLite's backup API, into the user data
    folder's backups, the last 20 of each file kept); returns the backup's path."""
    from .backups import BackupError, make_backup
    from .userfiles import backups_dir

    try:
        return make_backup(path, backups_dir(), reason="migration", stem=path.stem)
    except BackupError as e:
        raise OSError(str(e)) from None


def _is_bundled(path: Path) -> bool:
    try:
        return path.resolve() == paths.bundled_db().resolve()
    except OSError:
        return False


def _prepare_for_editing(conn: sqlite3.Connection, path: Path, *, new: bool) -> None:
    """WAL and full syncs on a file opened for editing (see the module docstring).

    ``synchronous=FULL`` syncs the WAL at every commit: NORMAL would be faster but may lose the
    last commits on a power cut, and "saved" must mean saved. A file another program holds a
    lock on stays in its journal mode for now (equally crash-safe, just less concurrent).
    """
    conn.execute("PRAGMA synchronous = FULL")
    if new or _is_bundled(path) or _journal_mode(conn) == "wal":
        return
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError:
        pass


def open_database(
    path: Path, *, create: bool = False, readonly: bool = False, trusted: bool = False
) -> tuple[sqlite3.Connection, Path | None]:
    """Open and, if needed, migrate. Returns the connection and the backup made (if any)."""
    new = check_file(path, create=create and not readonly)
    if readonly and not new and not os.access(path, os.R_OK):
        raise DatabaseOpenError("permission", f"You do not have permission to read {path}.", "")
    writable = not readonly and _folder_writable(path) and (new or os.access(path, os.W_OK))
    # SQLite cannot even read a WAL file in a folder it cannot write (it needs the -shm file
    # there); with no -wal file left over, reading it as immutable is exact.
    frozen = (
        not new
        and not writable
        and not _folder_writable(path)
        and _in_wal_mode(path)
        and not Path(f"{path}-wal").exists()
    )
    conn = None
    try:
        conn = _connect(path, readonly=readonly or frozen, immutable=frozen)
        if not new and not trusted:
            check_integrity(conn, path)
        pending = verify_schema(conn, path)
        backup = None
        if pending:
            if readonly or not writable:
                can_write = is_writable(path)
                raise DatabaseOpenError(
                    "needs_migration",
                    f"{path.name} uses an older layout and must be updated before it can be read"
                    + ("." if can_write else ", but it cannot be written to."),
                    "Open it for editing once (a backup copy is written first)." if can_write
                    else "Copy it somewhere you can write and open the copy (a backup copy is written first).",
                )
            if not new and _table_names(conn):
                if _journal_mode(conn) == "wal":
                    # Fold committed pages still in the -wal file in, so the copy is complete.
                    busy, *_ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    if busy:
                        raise DatabaseOpenError(
                            "locked",
                            f"{path.name} must be updated to this version's layout, but another "
                            "program is using it.",
                            "Close the other program (or window) and open it again.",
                        )
                conn.close()  # the copy opens the file: no connection of ours may be open then
                conn = None
                backup = backup_before_migration(path)
                conn = _connect(path, readonly=False)
                verify_schema(conn, path)  # another instance may have migrated it meanwhile
            _migrate(conn)
        check_layout(conn, path)
        if writable:
            _prepare_for_editing(conn, path, new=new)
        return conn, backup
    except DatabaseOpenError:
        if conn is not None:
            conn.close()
        raise
    except sqlite3.Error as e:
        if conn is not None:
            conn.close()
        raise _explain_sqlite_error(path, e) from None
    except OSError as e:
        if conn is not None:
            conn.close()
        raise DatabaseOpenError("unreadable", f"{path} cannot be used: {e.strerror or e}.", "") from None


def is_writable(path: Path) -> bool:
    """Whether edits can be saved in place (the file and its folder, for the journal)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


__all__ = [
    "DatabaseOpenError",
    "DatabaseWriteError",
    "MIGRATION_SET",
    "QUICK_CHECK_LIMIT",
    "open_database",
    "is_writable",
    "explain_read_error",
    "explain_write_error",
    "reporting_write_errors",
    "check_integrity",
    "check_layout",
    "verify_schema",
    "backup_before_migration",
]

"""Opening a database file safely: say what is wrong with a bad file instead of a traceback.

Every refusal is a ``DatabaseOpenError`` with a one-line ``problem`` and an ``advice`` line the
app shows in a dialog and the command line prints to stderr.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from ..core.errors import AllyError
from .migrations import MIGRATION_SET, known_migrations, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 2.0


class DatabaseOpenError(AllyError):
    """The file cannot be used; ``kind`` is a short code tests and the UI can match on."""

    def __init__(self, kind: str, problem: str, advice: str = ""):
        self.kind = kind
        self.problem = problem
        self.advice = advice
        super().__init__(f"{problem} {advice}".strip())


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    if readonly:
        uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    return conn


def _explain_sqlite_error(path: Path, error: sqlite3.Error) -> DatabaseOpenError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseOpenError(
            "locked",
            f"{path.name} is locked by another program that is writing to it.",
            "Close the other program (or wait for it to finish) and try again.",
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseOpenError(
            "corrupt",
            f"{path.name} is damaged (SQLite says: {error}).",
            "Open a backup copy, or use File ▸ Restore the bundled dataset.",
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseOpenError(
            "readonly",
            f"{path.name} cannot be written to.",
            "Open it read-only, or save a copy somewhere you can write.",
        )
    if "full" in text:
        return DatabaseOpenError(
            "full",
            f"The disk holding {path.name} is full.",
            "Free some space and try again; nothing was changed.",
        )
    return DatabaseOpenError("sqlite", f"{path.name} could not be opened: {error}.", "")


def check_file(path: Path, *, create: bool) -> bool:
    """Refuse paths that cannot be a database; return True when a new one must be made."""
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


def schema_state(db: Database) -> tuple[list[str], list[str]]:
    """(applied migrations unknown to this version, migrations still pending)."""
    applied = [m.name for m in migrations.applied(db)]
    known = known_migrations()
    unknown = [name for name in applied if name not in known]
    pending = [name for name in known if name not in applied]
    return unknown, pending


def verify_schema(db: Database, path: Path | None) -> list[str]:
    """Refuse foreign schemas and newer ones; return the pending migrations."""
    name = path.name if path else "The database"
    tables = set(db.table_names())
    if not tables:
        return known_migrations()
    if "_sqlite_migrations" not in tables or not migrations.applied(db):
        raise DatabaseOpenError(
            "foreign_schema",
            f"{name} is a SQLite database, but not an Ally Explorer one.",
            "Open a file made by Ally Explorer, or import a JSON export into a new database.",
        )
    unknown, pending = schema_state(db)
    if unknown:
        raise DatabaseOpenError(
            "too_new",
            f"{name} was made by a newer version of Ally Explorer (it has: {', '.join(unknown)}).",
            "Update Ally Explorer to open it; the file was not changed.",
        )
    return pending


def backup_before_migration(path: Path) -> Path:
    """Copy the file next to itself before changing its schema; returns the copy's path."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    n = 1
    while backup.exists():
        n += 1
        backup = path.with_name(f"{path.stem}.backup-{stamp}-{n}{path.suffix}")
    shutil.copy2(path, backup)
    return backup


def open_database(path: Path, *, create: bool = False, readonly: bool = False) -> tuple[Database, Path | None]:
    """Open and, if needed, migrate. Returns the Database and the backup made (if any)."""
    new = check_file(path, create=create and not readonly)
    if readonly and not new and not os.access(path, os.R_OK):
        raise DatabaseOpenError("permission", f"You do not have permission to read {path}.", "")
    conn = None
    try:
        conn = _connect(path, readonly=readonly)
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        pending = verify_schema(db, path)
        backup = None
        if pending:
            if readonly:
                raise DatabaseOpenError(
                    "needs_migration",
                    f"{path.name} uses an older layout and must be updated before it can be read.",
                    "Open it without --read-only once (a backup copy is written first).",
                )
            if not new and db.table_names():
                backup = backup_before_migration(path)
            migrations.apply(db)
        return db, backup
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
    "MIGRATION_SET",
    "open_database",
    "is_writable",
    "verify_schema",
    "backup_before_migration",
]

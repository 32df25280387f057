"""Opening a database file safely: say what is wrong with a bad file instead of a traceback.

Every refusal is a ``DatabaseOpenError`` with a one-line ``problem`` and an ``advice`` line the
app shows in a dialog and the command line prints to stderr, in the interface's language
(``core.i18n.translate("db", ...)``: English where no interface is running; the file names and
SQLite's own words are filled in after translating). A write that the file or the disk
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
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from .. import paths
from ..core.errors import AllyError
from ..core.i18n import translate
from . import checked, layout
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
            translate("db", "{name} is locked by another program that is writing to it.").format(name=path.name),
            translate("db", "Close the other program (or wait for it to finish) and try again."),
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or (
        "malformed" in text or "not a database" in text or "corrupt" in text
    ):
        return DatabaseOpenError(
            "corrupt",
            translate("db", "{name} is damaged (SQLite says: {error}).").format(name=path.name, error=error),
            translate("db", "Open a backup copy, or use File ▸ Restore the bundled dataset."),
        )
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) or "readonly" in text or "read-only" in text:
        return DatabaseOpenError(
            "readonly",
            translate("db", "{name} cannot be written to.").format(name=path.name),
            translate("db", "Open it read-only, or save a copy somewhere you can write."),
        )
    if code == sqlite3.SQLITE_FULL or "full" in text:
        return DatabaseOpenError(
            "full",
            translate("db", "The disk holding {name} is full.").format(name=path.name),
            translate("db", "Free some space and try again; nothing was changed."),
        )
    if code == sqlite3.SQLITE_IOERR:
        return DatabaseOpenError(
            "unreadable",
            translate("db", "The disk reported an error while reading {name} (SQLite says: {error}).").format(
                name=path.name, error=error),
            translate("db", "Check the disk or USB stick, or copy the file somewhere else and open the copy."),
        )
    return DatabaseOpenError("sqlite", translate("db", "{name} could not be opened: {error}.").format(
        name=path.name, error=error), "")


def explain_read_error(path: Path, error: sqlite3.Error) -> DatabaseOpenError:
    """A read that SQLite refused (locked, damaged, ...) -> a message a user can act on."""
    return _explain_sqlite_error(path, error)


def explain_write_error(path: Path | None, error: BaseException) -> DatabaseWriteError:
    """A failed write (already rolled back) -> a message a user can act on."""
    name = path.name if path else translate("db", "the database")
    code, text = _code(error), str(error).lower()
    if isinstance(error, UnicodeError):
        return DatabaseWriteError(
            "text",
            translate("db", "The text contains a character that cannot be saved (an unpaired surrogate)."),
            translate("db", "Nothing was changed. Retype the text around the odd character and try again."),
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return DatabaseWriteError(
            "locked",
            translate("db", "{name} is being changed by another program or window, so this change could not be saved.").format(
                name=name),
            translate("db", "Nothing was changed. Wait a moment and try again, or close the other program."),
        )
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return DatabaseWriteError(
            "full",
            translate("db", "There is no room left on the disk to save this change to {name}.").format(name=name),
            translate("db", "Nothing was changed. Free some disk space and try again."),
        )
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN) or "readonly" in text:
        problem = (translate("db", "{name} cannot be changed: its folder is read-only.")
                   if path and not _folder_writable(path) else
                   translate("db", "{name} cannot be changed: it is read-only."))
        return DatabaseWriteError(
            "readonly",
            problem.format(name=name),
            translate("db", "Nothing was changed. Save a copy somewhere you can write, and edit the copy."),
        )
    if code == sqlite3.SQLITE_IOERR:
        return DatabaseWriteError(
            "io",
            translate("db", "The disk reported an error while saving to {name} (SQLite says: {error}).").format(
                name=name, error=error),
            translate("db", "Nothing was changed. Check the disk or USB stick, then try again."),
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseWriteError(
            "corrupt",
            translate("db", "{name} turned out to be damaged while saving (SQLite says: {error}).").format(
                name=name, error=error),
            translate("db", "Nothing was changed. Save a copy, then open a backup or restore the bundled dataset."),
        )
    if code == sqlite3.SQLITE_CONSTRAINT:
        return DatabaseWriteError(
            "conflict",
            translate("db", "This change conflicts with other entries in {name} (SQLite says: {error}).").format(
                name=name, error=error),
            translate("db", "Nothing was changed. Reload and try again."),
        )
    return DatabaseWriteError("sqlite", translate("db", "This change could not be saved to {name}: {error}.").format(
        name=name, error=error), translate("db", "Nothing was changed."))


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
        raise DatabaseOpenError("unreadable", translate("db", "{path} cannot be used: {reason}.").format(
            path=path, reason=e.strerror or e), "") from None


def _check_file(path: Path, *, create: bool) -> bool:
    if path.is_symlink() and not path.exists():
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        if os.path.realpath(path) == os.path.abspath(path) or Path(os.path.realpath(path)).is_symlink():
            raise DatabaseOpenError(
                "symlink_loop", translate("db", "{path} is a loop of symbolic links: it leads back to itself.").format(path=path),
                translate("db", "Point the link at a database file, or give the file's own path."))
        raise DatabaseOpenError(
            "dangling_symlink", translate("db", "{path} is a symbolic link to {target}, which does not exist.").format(
                path=path, target=target),
            translate("db", "Point the link at a database file, or give the file's own path."))
    if not path.exists():
        if create:
            if not path.parent.is_dir():
                raise DatabaseOpenError(
                    "missing", translate("db", "The folder {folder} does not exist.").format(folder=path.parent),
                    translate("db", "Choose another place.")
                )
            return True
        raise DatabaseOpenError(
            "missing",
            translate("db", "There is no file at {path}.").format(path=path),
            translate("db", "Check the path, or use File ▸ Open to choose a database."),
        )
    if path.is_dir():
        raise DatabaseOpenError(
            "directory", translate("db", "{path} is a folder, not a database file.").format(path=path),
            translate("db", "Choose the .db file inside it.")
        )
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except PermissionError:
        raise DatabaseOpenError(
            "permission", translate("db", "You do not have permission to read {path}.").format(path=path),
            translate("db", "Check the file's permissions.")
        ) from None
    except OSError as e:
        raise DatabaseOpenError("unreadable", translate("db", "{path} cannot be read: {reason}.").format(
            path=path, reason=e.strerror), "") from None
    if not header:
        if create:
            return True
        raise DatabaseOpenError(
            "empty",
            translate("db", "{name} is empty: it is not an Ally Explorer database.").format(name=path.name),
            translate("db", "It may be an interrupted copy; copy it again, or open another file."),
        )
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(
            "not_sqlite",
            translate("db", "{name} is not a SQLite database.").format(name=path.name),
            translate("db", "Ally Explorer opens .db files it made; JSON exports are opened with File ▸ Import."),
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

    A file that passed and has not changed since (``db/checked.py``: its identity, times and
    content stamp) is not checked again.
    """
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size <= QUICK_CHECK_LIMIT:
        memo = checked.identity(conn, path)  # taken before checking: a change meanwhile is another key
        if checked.passed(memo):
            return
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise DatabaseOpenError(
                "corrupt",
                translate("db", "{name} is damaged: {problem}.").format(name=path.name, problem=problems[0]),
                translate("db", "Open a backup copy, or use File ▸ Restore the bundled dataset."),
            )
        check_rows(conn, path)
        checked.remember(memo)
        return
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    if _journal_mode(conn) != "wal" and page_count * page_size > size:
        raise DatabaseOpenError(
            "corrupt",
            translate("db", "{name} is damaged: it holds {size} bytes where its header promises {promised}.").format(
                name=path.name, size=f"{size:,}", promised=f"{page_count * page_size:,}"),
            translate("db", "It may be an interrupted copy; copy it again, or open a backup."),
        )
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        conn.execute(f"SELECT * FROM [{table}] LIMIT 1").fetchall()


def _checks(sql: str) -> list[str]:
    """The CHECK expressions of a CREATE TABLE statement (balanced parentheses, quotes skipped)."""
    out, upper, i = [], sql.upper(), 0
    while True:
        i = upper.find("CHECK", i)
        if i < 0:
            return out
        j = sql.find("(", i)
        if j < 0 or sql[i + 5 : j].strip():
            i += 5
            continue
        depth, k, quote = 0, j, ""
        while k < len(sql):
            ch = sql[k]
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "'\"":
                quote = ch
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        out.append(sql[j + 1 : k])
        i = k


#: Tables ``check_rows`` does not scan: the UN votes (870,000 rows, 0.1 s of every start-up)
#: are only counted, and their one lookup by vote code has a fallback (``unvotes.VOTE_NAMES``).
ROW_CHECK_SKIPS = frozenset({"un_votes"})


def check_rows(conn: sqlite3.Connection, path: Path | None) -> None:
    """Rows that break the file's own rules (its CHECK and NOT NULL constraints), as another
    tool can write them with CHECKs turned off: ``quick_check`` does not look at those, and the
    views would fail on them. Refused naming the first bad row."""
    name = path.name if path else translate("db", "The database")
    tables = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'"
    ).fetchall()
    for table, sql in tables:
        if table in ROW_CHECK_SKIPS:
            continue
        rules = [f"NOT ({c})" for c in _checks(sql)]
        columns = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
        rules += [f"[{c[1]}] IS NULL" for c in columns if c[3] and not c[5]]
        if not rules:
            continue
        key = "rowid" if "WITHOUT ROWID" not in sql.upper() else "1"
        try:
            bad = conn.execute(f"SELECT {key}, * FROM [{table}] WHERE {' OR '.join(rules)} LIMIT 1").fetchone()
        except sqlite3.OperationalError:
            continue  # a rule this SQLite cannot evaluate on its own: left to SQLite
        if bad is not None:
            values = dict(zip([c[1] for c in columns], bad[1:]))
            broken = next((rule for rule in rules if conn.execute(
                f"SELECT 1 FROM (SELECT {', '.join(f'? AS [{c}]' for c in values)}) WHERE {rule}",
                list(values.values())).fetchone()), rules[0])
            named = [c for c in values if re.search(rf"\b{re.escape(c)}\b", broken)] or list(values)[:3]
            shown = ", ".join(f"{c} = {_short(values[c])}" for c in named)
            raise DatabaseOpenError(
                "broken_rows",
                translate("db", "{name} holds a row that breaks its own rules (table {table}, row {row}: {values}); "
                          "another program must have written it with its checks turned off.").format(
                    name=name, table=table, row=bad[0], values=shown),
                translate("db", "Correct or delete that row in that program, or open a backup copy."),
            )


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


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
    name = path.name if path else translate("db", "The database")
    missing = []
    have = set(_table_names(conn))
    for table, columns in reference_layout().items():
        if table not in have:
            missing.append(table)
            continue
        found = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
        missing.extend(f"{table}.{c}" for c in sorted(columns - found))
    if missing:
        shown, more = ", ".join(missing[:5]), len(missing) - 5
        if more > 0:
            shown = translate("db", "{shown} and %n more", "", more).format(shown=shown)
        raise DatabaseOpenError(
            "corrupt",
            translate("db", "{name} is damaged: parts of its layout are missing ({missing}).").format(
                name=name, missing=shown),
            translate("db", "Open a backup copy, or use File ▸ Restore the bundled dataset."),
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
    name = path.name if path else translate("db", "The database")
    tables = set(_table_names(conn))
    if not tables:
        return known_migrations()
    if "_sqlite_migrations" not in tables or not _applied(conn):
        raise DatabaseOpenError(
            "foreign_schema",
            translate("db", "{name} is a SQLite database, but not an Ally Explorer one.").format(name=name),
            translate("db", "Open a file made by Ally Explorer, or import a JSON export into a new database."),
        )
    unknown, pending = schema_state(conn)
    if unknown:
        raise DatabaseOpenError(
            "too_new",
            translate("db", "{name} was made by a newer version of Ally Explorer (it has: {steps}).").format(
                name=name, steps=", ".join(unknown)),
            translate("db", "Update Ally Explorer to open it; the file was not changed."),
        )
    return pending


def _migrate(conn: sqlite3.Connection) -> None:
    """Apply the pending migrations (the only part of opening that needs sqlite-utils)."""
    from sqlite_utils import Database

    from .migrations import migrations

    migrations.apply(Database(conn, execute_plugins=False))


def backup_before_migration(path: Path) -> Path:
    """Back the file up before changing its layout; returns the backup's path.

    SQLite's backup API into the user data folder's backups (``db/backups.py``, the last 20 of
    each file kept), written like every other output (``atomicfile``): a full disk leaves no
    truncated file with a backup's name, and the refusal says the disk is full."""
    from .backups import BackupError, make_backup
    from .userfiles import backups_dir

    try:
        return make_backup(path, backups_dir(), reason="migration", stem=path.stem)
    except BackupError as e:
        kind = "full" if e.kind == "full" else "unwritable"
        reason = translate("db", "the disk is full") if kind == "full" else str(e)
        raise DatabaseOpenError(
            kind,
            translate("db", "{name} uses an older layout, and the backup copy that must be made before "
                      "updating it could not be written: {reason}.").format(name=path.name, reason=reason),
            translate("db", "Free some disk space and open it again; nothing was changed.") if kind == "full"
            else translate("db", "Make the user data folder writable and open it again; nothing was changed."),
        ) from None


bundled_candidates = paths.bundled_candidates


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist (yet), or is a loop of links: compare the names
        return os.path.realpath(a) == os.path.realpath(b)


def _is_bundled(path: Path) -> bool:
    """The bundled dataset, by file identity (a hard link, a symbolic link, any spelling)."""
    return any(_same_file(path, bundled) for bundled in bundled_candidates())


def is_protected(path: Path | None) -> bool:
    """The one rule for files never changed in place, for every command and the window: the
    bundled dataset, and files (or folders) this user cannot write. They are opened read-only
    (``mode=ro``), so their bytes never change; edits go to a copy."""
    if path is None:
        return False
    path = Path(path)
    if _is_bundled(path):
        return True
    return path.exists() and not is_writable(path)


def refuse_protected(path: Path, command: str) -> None:
    """For commands that write a database: the bundled dataset is never the target."""
    if _is_bundled(path):
        raise DatabaseOpenError(
            "protected",
            translate("db", "{path} is the bundled dataset, which is never changed in place.").format(path=path),
            translate("db", "Give --db FILE to {command} into a database of your own (a new file is created).").format(
                command=command),
        )


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


def _sidecar(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


def _explain_refused_open(path: Path, error: sqlite3.Error) -> DatabaseOpenError:
    """The read-only first look failed: say why in terms of the files next to the database."""
    code = getattr(error, "sqlite_errorcode", None)
    name = path.name
    if code == SQLITE_READONLY_ROLLBACK or (_code(error) == sqlite3.SQLITE_READONLY
                                            and _sidecar(path, "-journal").exists()):
        advice = (translate("db", "Do not delete {name}-journal (it holds what the repair needs). Open it once for "
                            "editing (not read-only) and SQLite undoes the interrupted change.")
                  if is_writable(path) else
                  translate("db", "Do not delete {name}-journal (it holds what the repair needs). Copy {name} and "
                            "{name}-journal together (both, or the copy is half-written) to a folder you can write, "
                            "and open the copy there for editing: SQLite then undoes the interrupted change."))
        return DatabaseOpenError(
            "hot_journal",
            translate("db", "{name} has a hot journal ({name}-journal): a program was interrupted while changing it, "
                      "and that change must be undone before the file can be read.").format(name=name),
            advice.format(name=name),
        )
    if _code(error) == sqlite3.SQLITE_CANTOPEN and _sidecar(path, "-wal").exists() and not _folder_writable(path):
        return DatabaseOpenError(
            "wal_readonly_folder",
            translate("db", "{name}-wal holds changes that are not yet in {name}, and reading them needs a {name}-shm "
                      "file next to it, but the folder is read-only.").format(name=name),
            translate("db", "Copy {name} and {name}-wal together to a folder you can write, and open the copy.").format(
                name=name),
        )
    return _explain_sqlite_error(path, error)


def _foreign_wal(path: Path) -> bool:
    """Whether the file reads well without its -wal (so the -wal is what is wrong)."""
    try:
        conn = _connect(path, readonly=True, immutable=True)
    except sqlite3.Error:
        return False
    try:
        check_integrity(conn, path)
        if not verify_schema(conn, path):
            check_layout(conn, path)
        return True
    except (DatabaseOpenError, sqlite3.Error):
        return False
    finally:
        conn.close()


SQLITE_READONLY_ROLLBACK = 776


def _first_look(path: Path, *, frozen: bool, trusted: bool) -> tuple[sqlite3.Connection, list[str]]:
    """Open read-only and check (integrity, schema, layout): nothing is written, so a file
    that is refused keeps every byte, and a stray -wal is never checkpointed into it."""
    shm = _sidecar(path, "-shm")
    had_shm = shm.exists()
    conn = None
    try:
        conn = _connect(path, readonly=True, immutable=frozen)
        if not trusted:
            check_integrity(conn, path)
        pending = verify_schema(conn, path)
        if not pending:
            check_layout(conn, path)
        return conn, pending
    except BaseException as e:
        if conn is not None:
            conn.close()
        if not had_shm and shm.exists():  # made by our look only; nothing else has it open
            try:
                shm.unlink()
            except OSError:
                pass
        damage = (isinstance(e, DatabaseOpenError) and e.kind in ("corrupt", "foreign_schema", "too_new")) or (
            isinstance(e, sqlite3.DatabaseError) and not isinstance(e, sqlite3.OperationalError))
        if damage and _sidecar(path, "-wal").exists() and _foreign_wal(path):
            raise DatabaseOpenError(
                "stray_wal",
                translate("db", "{name} itself is fine, but the file {name}-wal next to it does not belong to it "
                          "(it may be left over from another copy of the database).").format(name=path.name),
                translate("db", "Move {name}-wal somewhere else and open {name} again; nothing was changed.").format(
                    name=path.name),
            ) from None
        if isinstance(e, sqlite3.Error):
            raise _explain_refused_open(path, e) from None
        raise


def open_database(
    path: Path, *, create: bool = False, readonly: bool = False, trusted: bool = False
) -> tuple[sqlite3.Connection, Path | None]:
    """Open and, if needed, migrate. Returns the connection and the backup made (if any).

    An existing file is first opened read-only and checked; only a file that passes is opened
    for writing (so a refused open never changes, or checkpoints into, the file). Protected
    files (``is_protected``) are only ever opened read-only."""
    new = check_file(path, create=create and not readonly)
    if readonly and not new and not os.access(path, os.R_OK):
        raise DatabaseOpenError("permission", translate("db", "You do not have permission to read {path}.").format(
            path=path), "")
    if not readonly and not new and _is_bundled(path):
        readonly = True  # the bundled dataset is never opened for writing
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
        pending: list[str] = []
        hot = False
        if not new:
            try:
                conn, pending = _first_look(path, frozen=frozen, trusted=trusted)
            except DatabaseOpenError as e:
                if e.kind != "hot_journal" or not writable:
                    raise
                hot = True  # the writable open below rolls the interrupted change back (SQLite's recovery)
        if conn is not None and (readonly or not writable) and not pending:
            return conn, None
        if pending and (readonly or not writable):
            can_write = is_writable(path) and not _is_bundled(path)
            raise DatabaseOpenError(
                "needs_migration",
                (translate("db", "{name} uses an older layout and must be updated before it can be read.")
                 if can_write else
                 translate("db", "{name} uses an older layout and must be updated before it can be read, "
                           "but it cannot be written to.")).format(name=path.name),
                translate("db", "Open it for editing once (a backup copy is written first).") if can_write
                else translate("db", "Copy it somewhere you can write and open the copy (a backup copy is written first)."),
            )
        if conn is not None:
            conn.close()
            conn = None
        conn = _connect(path, readonly=False)  # writable here: every other case returned or raised above
        if hot and not trusted:
            check_integrity(conn, path)
        pending = verify_schema(conn, path)
        backup = None
        if pending:
            if not new and _table_names(conn):
                if _journal_mode(conn) == "wal":
                    # Fold committed pages still in the -wal file in, so the copy is complete.
                    busy, *_ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    if busy:
                        raise DatabaseOpenError(
                            "locked",
                            translate("db", "{name} must be updated to this version's layout, but another "
                                      "program is using it.").format(name=path.name),
                            translate("db", "Close the other program (or window) and open it again."),
                        )
                conn.close()  # the copy opens the file: no connection of ours may be open then
                conn = None
                backup = backup_before_migration(path)
                conn = _connect(path, readonly=False)
                pending = verify_schema(conn, path)  # another instance may have migrated it meanwhile
            if pending:
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
        raise DatabaseOpenError("unreadable", translate("db", "{path} cannot be used: {reason}.").format(
            path=path, reason=e.strerror or e), "") from None


def copy_database(conn: sqlite3.Connection, dest: Path, source: Path | None = None) -> None:
    """A consistent copy of an open database (SQLite's backup API), or of the file ``source``,
    written like every output: to a temporary file next to ``dest``, synced, then renamed over
    it; a stale ``-wal``/``-shm``/``-journal`` of the old ``dest`` is removed first (it would be
    replayed into the copy)."""
    from .atomicfile import SIDECARS, replace_with

    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)

    def produce(tmp: Path) -> None:
        if source is not None:
            shutil.copyfile(source, tmp)
        else:
            target = sqlite3.connect(tmp)
            try:
                conn.backup(target)
            except sqlite3.Error as e:
                raise OSError(str(e)) from None
            finally:
                target.close()
        for suffix in SIDECARS:
            side = Path(f"{dest}{suffix}")
            if side.exists():
                side.unlink()

    replace_with(dest, produce)


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
    "is_protected",
    "refuse_protected",
    "copy_database",
]

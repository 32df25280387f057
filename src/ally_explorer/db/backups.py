"""Backups of the user's copy, made with SQLite's online backup API, the last 20 kept.

A backup is taken before anything could overwrite earlier work: replacing the copy, an import
that replaces, a migration, and the first write after each start of the app. SQLite's backup API
(``sqlite3.Connection.backup``) copies a consistent snapshot even while another connection
writes, and reads committed pages still in the ``-wal`` file, which a plain file copy would miss.

The snapshot goes through the app's one write path (``db/atomicfile.py``): a temporary file in
the backups folder, checked (``quick_check``), synced, and only then renamed to its final name; so a backup that exists is whole, and an
interrupted one (even ``kill -9``) leaves only a temporary file that the next backup removes.
Restoring writes the backup *into* the target through SQLite (the same API, the other way), in
one transaction, so the target is never half-restored and its own ``-wal`` stays consistent.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from .atomicfile import OutputError, replace_with

#: How many backups of one database are kept (the oldest go first).
KEEP = 20

#: Why a backup was made, as its file name says it.
REASONS = {
    "session": "before the first change since the app started",
    "replace": "before the copy was replaced",
    "import": "before an import replaced the contents",
    "migration": "before the layout was updated",
    "restore": "before a backup was restored over it",
    "revert": "before reverting to the bundled data",
    "manual": "made by hand",
}

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d{6})?)-(?P<reason>[a-z]+)\.db$")


class BackupError(Exception):
    """A backup could not be made or restored; the message says why, in one line. ``kind`` is
    "full" when the disk is full, else "io"."""

    def __init__(self, message: str, kind: str = "io"):
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime  # UTC
    reason: str
    changes: int  # rows in the change log at the time: how many edits it holds
    events: int
    ok: bool  # False when the file cannot be read (damaged, or not a database)

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def _clear_leftovers(folder: Path) -> None:
    """Temporary files of backups that were interrupted (a kill, a power cut)."""
    for leftover in folder.glob(".*.db.*.tmp"):
        try:
            leftover.unlink()
        except OSError:
            pass


def make_backup(
    source: Path | sqlite3.Connection,
    folder: Path,
    *,
    reason: str,
    stem: str = "allies",
    keep: int = KEEP,
    now: datetime | None = None,
    progress: Callable[[int, int, int], object] | None = None,
) -> Path:
    """Back up a database (a path, or an open connection) into ``folder``; returns the backup.

    Raises BackupError with a one-line reason; nothing but the temporary file is ever written,
    and that is removed on failure.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    now = now or datetime.now(timezone.utc)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BackupError(f"cannot make the backups folder {folder}: {e.strerror or e}") from None
    _clear_leftovers(folder)
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stem}-{stamp}-{reason}.db"
    own = isinstance(source, Path)
    src = None

    def produce(tmp: Path) -> None:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst, pages=256, progress=progress)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal
            result = dst.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise BackupError(f"the backup failed its check ({result})")
        finally:
            dst.close()

    try:
        src = _read_only(source) if own else source
        replace_with(target, produce)  # the app's one write path: temporary file, synced, renamed
    except BackupError:
        raise
    except (sqlite3.Error, OSError, OutputError) as e:
        what = getattr(e, "strerror", None) or str(e)
        full = (getattr(e, "kind", None) == "full" or getattr(e, "errno", None) == 28
                or "full" in str(e).lower())
        raise BackupError(f"could not back up the database into {folder}: {what}", "full" if full else "io") from None
    finally:
        if own and src is not None:
            src.close()
    prune(folder, stem=stem, keep=keep)
    return target


def _parse(path: Path) -> tuple[str, datetime, str] | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    stamp = m["stamp"]
    fmt = "%Y%m%d-%H%M%S-%f" if stamp.count("-") == 2 else "%Y%m%d-%H%M%S"
    try:
        made = datetime.strptime(stamp, fmt).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return m["stem"], made, m["reason"]


def _describe(path: Path, made: datetime, reason: str) -> Backup:
    try:
        conn = _read_only(path)
        try:
            changes = conn.execute("SELECT count(*) FROM changes").fetchone()[0]
            events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        finally:
            conn.close()
        return Backup(path, made, reason, changes, events, True)
    except sqlite3.Error:
        return Backup(path, made, reason, 0, 0, False)


def list_backups(folder: Path, *, stem: str | None = None) -> list[Backup]:
    """The backups in ``folder``, newest first (of one database's stem, or all)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.db"):
        parsed = _parse(path)
        if parsed is None or (stem is not None and parsed[0] != stem):
            continue
        found.append(_describe(path, parsed[1], parsed[2]))
    return sorted(found, key=lambda b: b.made, reverse=True)


def prune(folder: Path, *, stem: str, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest ``keep`` backups of ``stem``; returns what was removed."""
    dated = sorted(
        ((parsed[1], path) for path in folder.glob(f"{stem}-*.db") if (parsed := _parse(path)) and parsed[0] == stem),
        reverse=True,
    )
    removed = []
    for _, path in dated[keep:]:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def restore_backup(backup: Path, target: sqlite3.Connection | Path) -> None:
    """Write the backup's contents into the target database, all at once, through SQLite.

    The caller backs the target up first (``reason="restore"``). Raises BackupError.
    """
    own = isinstance(target, Path)
    src = dst = None
    try:
        src = _read_only(backup)
        result = src.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise BackupError(f"{backup.name} is damaged ({result}); choose another backup")
        dst = sqlite3.connect(target, timeout=5) if own else target
        src.backup(dst)
    except BackupError:
        raise
    except (sqlite3.Error, OSError) as e:
        raise BackupError(f"could not restore {backup.name}: {getattr(e, 'strerror', None) or e}") from None
    finally:
        if src is not None:
            src.close()
        if own and dst is not None:
            dst.close()


__all__ = ["Backup", "BackupError", "KEEP", "REASONS", "list_backups", "make_backup", "prune", "restore_backup"]

"""Which database file opens, and the user's own files: the copy, its backups, recent files.

One rule, whatever the way of starting (``make run``, a bare ``ally-explorer``, or ``--db`` on the
bundled file): the bundled dataset is never edited in place, so the first edit makes *your copy*
in the user data folder; from then on, asking for the bundled file opens your copy instead (and
the window says so, with a way to open the original read-only). Without ``--db`` the last file
used opens again, if it still exists; otherwise the same rule as for the bundled file applies.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .. import paths

COPY_NAME = "allies.db"
RECENT_LIMIT = 10

Kind = Literal["bundled", "copy", "file"]


def user_copy() -> Path:
    """Where the first edit of the bundled dataset puts your copy."""
    return paths.user_data_dir() / COPY_NAME


def backups_dir() -> Path:
    return paths.user_data_dir() / "backups"


def _same(a: Path | None, b: Path | None) -> bool:
    if a is None or b is None:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def is_bundled(path: Path | None) -> bool:
    return _same(path, paths.bundled_db())


def is_user_copy(path: Path | None) -> bool:
    return _same(path, user_copy())


def kind_of(path: Path | None) -> Kind:
    if is_bundled(path):
        return "bundled"
    if is_user_copy(path):
        return "copy"
    return "file"


@dataclass(frozen=True)
class Choice:
    """The file to open, what kind it is, and why it was chosen (for the status bar)."""

    path: Path
    kind: Kind
    asked: Path | None  # what was asked for (--db or the remembered file), when it differs
    reason: str  # "" when the file is the one asked for

    @property
    def redirected(self) -> bool:
        return self.asked is not None and not _same(self.asked, self.path)


def choose_database(asked: Path | None, last: Path | None) -> Choice:
    """The one rule for which file opens (see the module docstring)."""
    copy = user_copy()
    if asked is None:
        if last is not None and last.is_file() and not is_bundled(last):
            return Choice(last, kind_of(last), None, "")
        target, why_missing = paths.bundled_db(), (last if last is not None and not last.is_file() else None)
    else:
        target, why_missing = asked, None
    if is_bundled(target) and copy.is_file():
        return Choice(copy, "copy", target, "your copy of the bundled data, which holds your edits")
    if why_missing is not None:
        return Choice(target, kind_of(target), why_missing, f"the last file used, {why_missing}, is no longer there")
    return Choice(target, kind_of(target), None, "")


def title_for(path: Path | None, *, readonly: bool = False) -> str:
    """How the title bar names a file: "allies.db — your copy", "allies.db — bundled, read-only"."""
    if path is None:
        return "in memory"
    kind = kind_of(path)
    if kind == "bundled":
        return f"{path.name} — bundled, read-only"
    if kind == "copy":
        return f"{path.name} — your copy" + (", read-only" if readonly else "")
    return f"{path.name} — {path.parent}" + (", read-only" if readonly else "")


def count_changes(path: Path) -> int | None:
    """How many edits a database's change log holds (None when it cannot be read)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            return conn.execute("SELECT count(*) FROM changes").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return None


def is_protected(path: Path | None) -> bool:
    """Files the app never edits in place: the bundled dataset, and files it cannot write."""
    if path is None:
        return False
    try:
        if path.resolve() == paths.bundled_db().resolve():
            return True
    except OSError:
        return True
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


@dataclass(frozen=True)
class RecentFile:
    path: Path
    missing: str  # why it cannot be opened ("no longer there", "cannot be read"), "" if it can


def recent_files(stored: list[str]) -> list[RecentFile]:
    """The remembered files, newest first, each with why it cannot be opened now, if it cannot."""
    out = []
    for text in stored[:RECENT_LIMIT]:
        path = Path(text)
        if not path.exists():
            missing = "no longer there"
        elif not path.is_file():
            missing = "not a file"
        elif not os.access(path, os.R_OK):
            missing = "cannot be read"
        else:
            missing = ""
        out.append(RecentFile(path, missing))
    return out


def remember(stored: list[str], path: Path) -> list[str]:
    """The recent list with ``path`` first, without repeats, at most RECENT_LIMIT long."""
    text = str(path.resolve()) if path.exists() else str(path)
    return [text] + [s for s in stored if s != text][: RECENT_LIMIT - 1]


__all__ = [
    "COPY_NAME", "Choice", "RecentFile", "backups_dir", "choose_database", "count_changes",
    "is_bundled", "is_protected", "is_user_copy", "kind_of", "recent_files", "remember", "title_for",
    "user_copy",
]

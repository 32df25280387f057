"""Files that passed the integrity check on open, remembered so an unchanged file is not read
page by page at every start (``PRAGMA quick_check`` and the row check: about 0.2 s of every
start on the bundled 11 MB dataset, against 0.36 s for the whole empty window).

A file counts as unchanged only when all of these are as they were when it passed: its path,
device, inode, size, modification and status-change times (nanoseconds), its content stamp
(``db/stamp.py``: the database's random id and its write count), SQLite's schema counter, and
the version of the checks. When in doubt it is checked again: no stamp (a database from
before m009), a ``-wal`` or ``-journal`` file with content beside it (part of it is elsewhere), a
file changed in the last few seconds (a write in the same clock tick as the check would leave
the times as they were; git treats its index the same way), a memo that cannot be read.

The memo is a small JSON file in the user cache folder, written with ``atomic_write``; failing
to write it only costs the next start its check.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

from .stamp import read_stamp

#: Bump when ``opening.check_integrity`` looks for more: every file is checked again once.
CHECKS_VERSION = 1
#: A file modified less than this many seconds before its check is not remembered.
RACY_SECONDS = 3.0
#: At most this many files are remembered (the most recently checked).
KEEP = 64


def memo_file() -> Path:
    from .. import paths

    return paths.user_cache_dir() / "checked-databases.json"


def identity(conn: sqlite3.Connection, path: Path) -> str | None:
    """What must be equal for a passed check to still hold, or None when it cannot be told."""
    path = Path(path)
    try:
        for suffix in ("-wal", "-journal"):  # (a read-only open of a WAL file leaves an empty -wal)
            if os.path.exists(f"{path}{suffix}") and os.path.getsize(f"{path}{suffix}") > 0:
                return None
        st = os.stat(path)
        stamp = read_stamp(conn)
        if stamp is None:
            return None
        schema_version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    except (OSError, sqlite3.Error, ValueError):
        return None
    if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_SECONDS * 1e9:
        return None
    return json.dumps([CHECKS_VERSION, os.path.abspath(path), st.st_dev, st.st_ino, st.st_size,
                       st.st_mtime_ns, st.st_ctime_ns, stamp[0], stamp[1], schema_version])


def _read() -> dict[str, int]:
    try:
        memo = json.loads(memo_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(memo, dict):
        return {}
    return {k: v for k, v in memo.items() if isinstance(k, str) and isinstance(v, int)}


def passed(key: str | None) -> bool:
    """Whether the file this key describes passed the check as it is now."""
    return key is not None and key in _read()


def remember(key: str | None) -> None:
    """The file ``key`` describes passed the check (call with the key taken before checking)."""
    if key is None:
        return
    memo = _read()
    memo[key] = time.time_ns()
    kept = dict(sorted(memo.items(), key=lambda item: item[1])[-KEEP:])
    try:
        from .atomicfile import atomic_write

        target = memo_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, json.dumps(kept, indent=0))
    except OSError:  # a read-only or full cache folder: the next start checks again
        pass


__all__ = ["CHECKS_VERSION", "identity", "memo_file", "passed", "remember"]

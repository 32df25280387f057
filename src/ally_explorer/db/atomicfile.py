"""Every file the app writes goes through here: one rule for exports, pictures, screenshots,
database copies, backups and CSV sets.

1. **Never onto a database.** ``check_output`` refuses a path that *is* (by file identity:
   device and inode, so hard links, symbolic links and ``../`` spellings are all caught) a
   database this process has open, the bundled dataset, or one of their ``-wal``/``-shm``/
   ``-journal`` files. ``opening.open_database`` registers every file it opens.
2. **Never half a file.** ``atomic_write`` writes a temporary file in the target's own folder,
   syncs it to the disk, then renames it over the target. If anything fails (a full disk, an
   I/O error, Ctrl-C) the temporary file is removed and the old target keeps its bytes.
3. **Every failure one line naming the file** (``OutputError``), never a bare ``[Errno 28]``.

Qt-free, so the data layer and the window share it.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .. import paths
from ..core.errors import AllyError

SIDECARS = ("-wal", "-shm", "-journal")


class OutputError(AllyError, OSError):
    """A file could not be written, or must not be; the old file (if any) is unchanged."""

    def __init__(self, message: str, kind: str = "io"):
        self.kind = kind
        AllyError.__init__(self, message)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "could not write the file"


_lock = threading.Lock()
_open: dict[str, int] = {}  # database files open in this process -> how many connections


def register_database(path: Path) -> None:
    """A database file this process opened: no output may be written over it."""
    key = os.path.abspath(path)
    with _lock:
        _open[key] = _open.get(key, 0) + 1


def unregister_database(path: Path) -> None:
    key = os.path.abspath(path)
    with _lock:
        if _open.get(key, 0) <= 1:
            _open.pop(key, None)
        else:
            _open[key] -= 1


def guarded_databases() -> list[Path]:
    """The open databases plus the bundled dataset (wherever it is found)."""
    with _lock:
        found = [Path(p) for p in _open]
    return found + [p for p in paths.bundled_candidates() if p not in found]


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (or cannot be looked at)
        return False


def _real(path: Path) -> str:
    return os.path.realpath(path)


def database_behind(target: Path, databases: Iterable[Path] | None = None) -> Path | None:
    """The database ``target`` would overwrite (the file or a journal of it), or None."""
    target = Path(target)
    real = _real(target)
    for db in guarded_databases() if databases is None else databases:
        for side in ("", *SIDECARS):
            other = Path(f"{db}{side}")
            if _same(target, other) or real == _real(other):
                return Path(db)
    return None


def check_output(target: Path) -> None:
    """Refuse a target that is a database (or its journal) or a folder; raises OutputError."""
    target = Path(target)
    db = database_behind(target)
    if db is not None:
        what = "is the database" if _same(target, db) or _real(target) == _real(db) else "is a working file of the database"
        raise OutputError(
            f"{target} {what} {db.name}: writing there would destroy it. Choose another file name.",
            "database",
        )
    if target.is_dir():
        raise OutputError(f"{target} is a folder: give the name of a file to write.", "directory")


def _reason(e: BaseException) -> str:
    if isinstance(e, OSError):
        if e.errno == errno.ENOSPC:
            return "the disk is full"
        if e.errno == errno.ELOOP:
            return "the path is a loop of symbolic links"
        if e.errno in (errno.EROFS,):
            return "the disk is read-only"
        if e.errno in (errno.EACCES, errno.EPERM):
            return "permission denied"
        return (e.strerror or str(e)).rstrip(".").lower() if e.strerror else str(e)
    return str(e)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temporary_name(target: Path) -> Path:
    """A fresh name in the target's folder (hidden, so a file manager does not show it)."""
    # os.urandom is what secrets.token_hex reads; the secrets module would load OpenSSL's
    # hashes at every start-up (about 4 ms) for these eight hex digits.
    return target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")


def _resolve_target(target: Path) -> Path:
    """A symbolic link is written through (its target is replaced, not the link)."""
    if target.is_symlink():
        real = Path(_real(target))
        if real.is_symlink():  # still a link after resolving: a loop
            raise OSError(errno.ELOOP, "Too many levels of symbolic links", str(target))
        return real
    return target


def _check_folder(target: Path, shown: Path) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"could not write {shown}: the folder {folder} does not exist.", "missing")
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError(f"could not write {shown}: the file is read-only (it was left as it was).", "readonly")


def replace_with(target: str | Path, produce: Callable[[Path], None], *, mode: int | None = None) -> Path:
    """Let ``produce(tmp)`` write a temporary file, then rename it over ``target`` atomically.

    On any failure (including KeyboardInterrupt) the temporary file is removed, the target is
    left as it was and an ``OutputError`` names the file and the reason.
    """
    shown = Path(target)
    check_output(shown)
    tmp: Path | None = None
    try:
        real = _resolve_target(shown)
        if real != shown:
            check_output(real)
        _check_folder(real, shown)
        old_mode = real.stat().st_mode & 0o7777 if real.exists() else None
        tmp = temporary_name(real)
        produce(tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        if old_mode is not None:
            os.chmod(tmp, old_mode)
        elif mode is not None:
            os.chmod(tmp, mode & ~_umask())
        os.replace(tmp, real)
        tmp = None
        _fsync_folder(real.parent)
        return shown
    except OutputError:
        raise
    except OSError as e:
        raise OutputError(f"could not write {shown}: {_reason(e)}. Nothing was changed.", _kind(e)) from None
    finally:
        if tmp is not None:
            try:
                tmp.unlink()
            except OSError:
                pass


def _kind(e: OSError) -> str:
    return {errno.ENOSPC: "full", errno.EROFS: "readonly", errno.EACCES: "readonly", errno.EPERM: "readonly",
            errno.ELOOP: "loop"}.get(e.errno or 0, "io")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Chunks written to an output file; tests replace it to simulate a disk that fills up.
def _write_all(f: BinaryIO, data: bytes) -> None:
    view = memoryview(data)
    for start in range(0, len(view), 1 << 20):
        f.write(view[start : start + (1 << 20)])


def atomic_write(target: str | Path, data: bytes | str | Callable[[BinaryIO], None]) -> Path:
    """Write bytes, text (UTF-8) or whatever ``data(file)`` writes, all or nothing."""
    def produce(tmp: Path) -> None:
        with open(tmp, "xb") as f:
            if callable(data):
                data(f)
            else:
                _write_all(f, data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()

    return replace_with(target, produce, mode=0o666)


@contextmanager
def atomic_text(target: str | Path, *, newline: str | None = None) -> Iterator:
    """``with atomic_text(path) as f: f.write(...)``: a text file written all or nothing."""
    import io

    buffer = io.StringIO(newline=newline)
    yield buffer
    atomic_write(target, buffer.getvalue())


def atomic_files(folder: str | Path, files: dict[str, bytes]) -> list[Path]:
    """A set of files in one folder (a CSV set): every file is written to a temporary file
    first, and only when all were written are they renamed into place, so a failure leaves
    the earlier set as it was."""
    folder = Path(folder)
    targets = [folder / name for name in files]
    for target in targets:
        check_output(target)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file, not a folder: give a folder to write the CSV files into.", "notdir")
    done: list[tuple[Path, Path]] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for target, data in zip(targets, files.values()):
            tmp = temporary_name(target)
            done.append((tmp, target))
            with open(tmp, "xb") as f:
                _write_all(f, data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o666 & ~_umask())
        for tmp, target in done:
            os.replace(tmp, target)
        _fsync_folder(folder)
        done = []
        return targets
    except OSError as e:
        raise OutputError(f"could not write the CSV files in {folder}: {_reason(e)}. Nothing was changed.", _kind(e)) from None
    finally:
        for tmp, _target in done:
            try:
                tmp.unlink()
            except OSError:
                pass


def publish_new(tmp: Path, target: Path) -> None:
    """Give a finished new file (a database made under a temporary name) its name, unless
    another program created a file there meanwhile: that one is never overwritten."""
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    taken = OutputError(
        f"{target} was created by another program while this one was working; it was left as it was. "
        "Run the command again to add to it.", "conflict")
    if target.exists() and target.stat().st_size > 0:
        raise taken
    try:
        if target.exists():  # an empty file: nothing in it to lose
            os.replace(tmp, target)
        else:
            os.link(tmp, target)  # fails if the name was taken meanwhile, unlike a rename
            os.unlink(tmp)
    except FileExistsError:
        raise taken from None
    except OSError as e:
        if e.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise OutputError(f"could not write {target}: {_reason(e)}.", _kind(e)) from None
        if target.exists():  # no hard links on this file system (FAT): a rename, checked just before
            raise taken from None
        os.replace(tmp, target)
    _fsync_folder(target.parent)


__all__ = [
    "OutputError",
    "atomic_write",
    "atomic_files",
    "atomic_text",
    "replace_with",
    "check_output",
    "database_behind",
    "register_database",
    "unregister_database",
    "publish_new",
    "temporary_name",
]

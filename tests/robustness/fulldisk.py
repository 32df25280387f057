"""A disk that fills up: a small tmpfs when the tests run as root, otherwise a fault-injecting
wrapper around the one place outputs write their bytes (``atomicfile._write_all``) and the file
copy a backup makes. Either way the code under test meets a real ``ENOSPC``."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ally_explorer.db import atomicfile

AS_ROOT = os.geteuid() == 0
SIZE = 8 * 1024 * 1024


class Disk:
    """A folder on a small disk; ``fill(leave)`` takes all but ``leave`` bytes of its space."""

    def __init__(self, folder: Path, monkeypatch, mounted: bool):
        self.folder = folder
        self.mounted = mounted
        self._monkeypatch = monkeypatch
        self._filler = folder / ".filler"

    def fill(self, leave: int = 0) -> None:
        if self.mounted:
            # Unbuffered: a buffered file keeps the bytes the disk refused and close() raises again.
            with open(self._filler, "ab", buffering=0) as f:
                try:
                    while True:
                        f.write(b"\0" * 65536)
                        f.flush()
                except OSError as e:
                    assert e.errno == errno.ENOSPC
            if leave:
                size = self._filler.stat().st_size
                os.truncate(self._filler, max(0, size - leave))
            return
        budget = {"left": leave}

        def write_all(f, data: bytes) -> None:
            if len(data) > budget["left"]:
                f.write(data[: budget["left"]])
                budget["left"] = 0
                raise OSError(errno.ENOSPC, "No space left on device")
            budget["left"] -= len(data)
            f.write(data)

        real_copy = shutil.copyfile

        def copyfile(src, dst, *a, **kw):
            if Path(dst).parent == self.folder or str(dst).startswith(str(self.folder)):
                data = Path(src).read_bytes()
                with open(dst, "wb") as f:
                    write_all(f, data)
                return dst
            return real_copy(src, dst, *a, **kw)

        self._monkeypatch.setattr(atomicfile, "_write_all", write_all)
        self._monkeypatch.setattr(shutil, "copyfile", copyfile)

    def free(self) -> None:
        if self._filler.exists():
            self._filler.unlink()
        self._monkeypatch.undo()


@contextmanager
def small_disk(monkeypatch, size: int = SIZE) -> Iterator[Disk]:
    folder = Path(tempfile.mkdtemp(prefix="ally-full-", dir="/tmp"))
    mounted = False
    if AS_ROOT:
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                                capture_output=True)
        mounted = result.returncode == 0
    try:
        yield Disk(folder, monkeypatch, mounted)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)

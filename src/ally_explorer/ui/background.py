"""One job at a time on a worker thread, the newest request winning: the timeline's read and the
facet counts of a big dataset.

A request that has not started yet is cancelled when a newer one comes. A finished job is handed
to the GUI thread through a queued signal and delivered only while it is still the newest, so a
slow, stale result never overwrites a newer one, and a closed window drops it.

A job reaches the worker only once the GUI thread is back in its event loop and has painted (a
0 ms QTimer fires after the posted paint events): a worker running Python holds the GIL half the
time, and the GUI thread's own work for the same click (the list, the status line) took three
to five times its CPU time while the workers it had just started ran beside it.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal


#: Held while a facet change's big jobs run on their workers (the timeline's refilter, the facet
#: counts, the country counts): one after the other, not at once, so their memory never adds up
#: (at a million events each holds megabytes at its peak, and the three together made the app's).
BIG_JOB = threading.Lock()

#: Blocks at least this big get their own memory map from glibc's malloc (``M_MMAP_THRESHOLD``).
BIG_BLOCK = 4 * 1024 * 1024
_M_MMAP_THRESHOLD = -3
_allocator_tuned = False
_libc = None


def give_big_blocks_back() -> bool:
    """Have glibc's malloc return a freed big block (a timeline array of a million rows) to the
    system at once, on Linux.

    By default glibc raises its memory-map threshold to the size of the last mapped block freed
    (up to 32 MB), so after the first million-row array is freed the next ones come from the
    heap arenas (one more per worker thread), which keep freed memory: the benchmark's eight
    facet changes at 1M left the process at 427 MB resident, its peak 464 MB (375 and 449 MB
    with this alone; with ``trim_freed_memory`` too it ends about where it started). Blocks
    under the threshold are served as before. Returns whether the setting was made (not
    glibc: nothing to do)."""
    global _allocator_tuned, _libc
    if _allocator_tuned or not sys.platform.startswith("linux"):
        return _allocator_tuned
    try:
        # the process's own symbols, which hold the C library's: find_library("c") ran ldconfig
        # in a subprocess on every start (3 ms)
        libc = ctypes.CDLL(None)
        _allocator_tuned = bool(libc.mallopt(_M_MMAP_THRESHOLD, BIG_BLOCK))
        _ = libc.malloc_trim
    except (OSError, AttributeError):  # another C library (musl) or none: its own policy stands
        _allocator_tuned = False
    _libc = libc if _allocator_tuned else None
    return _allocator_tuned


def trim_freed_memory() -> None:
    """Hand the memory freed inside malloc's arenas back to the system (glibc's ``malloc_trim``):
    a job's result has replaced the one before, whose arrays were freed in pieces the heaps keep
    (without it the eight facet changes at 1M left the process 80 MB bigger than it started)."""
    if _libc is not None:
        _libc.malloc_trim(0)


class LatestJob(QObject):
    _finished = Signal(int)  # the generation of a job that finished; queued from the worker

    def __init__(self, name: str, deliver: Callable[[Future, Any], None], parent: QObject | None = None):
        super().__init__(parent)
        give_big_blocks_back()  # the jobs make and drop big arrays: give them back when dropped
        self._name = name
        self._deliver = deliver  # deliver(future, context) on the GUI thread
        self._pool: ThreadPoolExecutor | None = None
        self._generation = 0
        self.pending: tuple[int, Future, Any] | None = None  # (generation, future, context)
        self._queued: tuple[Future, Callable[..., Any], tuple, dict] | None = None  # not on the worker yet
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.setInterval(0)
        self._start.timeout.connect(self._start_queued)
        # Always through the event loop: a job done before ``submit`` has added its callback
        # announces it from this thread, and would be delivered inside ``submit`` otherwise.
        self._finished.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, fn: Callable[..., Any], *args: Any, context: Any = None, **kwargs: Any) -> None:
        self._generation += 1
        generation = self._generation
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        stale, self.pending = self.pending, None
        if stale is not None:
            # A job not started yet is no longer wanted. Cancelling runs its done-callback at
            # once, on this thread, so ``pending`` must not name it any more by then.
            stale[1].cancel()
        future: Future = Future()
        self._queued = (future, fn, args, kwargs)
        self.pending = (generation, future, context)
        future.add_done_callback(lambda _future, g=generation: self._announce(g))
        self._start.start()

    def _start_queued(self) -> None:
        """Hand the newest request to the worker (after the paint; at once from ``wait``)."""
        self._start.stop()
        queued, self._queued = self._queued, None
        if queued is None or queued[0].done():
            return  # cancelled meanwhile
        if self.pending is None or self.pending[1] is not queued[0]:
            queued[0].cancel()  # dropped by its owner meanwhile: never started
            return
        future, fn, args, kwargs = queued

        def run() -> None:
            if not future.set_running_or_notify_cancel():  # cancelled while waiting for the worker
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as e:  # noqa: BLE001 - the owner sees it in future.result()
                future.set_exception(e)
            else:
                future.set_result(result)

        self._pool.submit(run)

    def _announce(self, generation: int) -> None:
        """On the worker thread: hand the result to the GUI thread (a queued signal)."""
        try:
            self._finished.emit(generation)
        except RuntimeError:  # the window is gone: nobody is waiting for it
            pass

    def deliver(self, generation: int) -> None:
        """Hand a finished job to its owner, if it is still the newest and not delivered yet."""
        pending = self.pending
        if pending is None or pending[0] != generation or pending[1].cancelled():
            return
        self.pending = None
        self._deliver(pending[1], pending[2])
        if self._pool is not None and _libc is not None:
            # what the result replaced is freed now: trimmed on the worker (up to ~10 ms at 1M),
            # not on this thread, before the next job
            self._pool.submit(trim_freed_memory)

    def wait(self) -> None:
        """Block until the newest job is done and deliver it now (screenshots, scripts)."""
        if self.pending is not None:
            generation, future, _ = self.pending
            self._start_queued()
            try:
                future.result()
            except Exception:  # noqa: BLE001 - the owner sees it in future.result()
                pass
            self.deliver(generation)

    def shutdown(self) -> None:
        self._start.stop()
        self._queued = None
        if self.pending is not None:
            self.pending[1].cancel()  # not started yet: never will be (a running one finishes)
        self.pending = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

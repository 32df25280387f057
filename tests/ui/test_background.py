"""The newest background job wins: a stale result is never delivered, a waiting one is cancelled."""

from __future__ import annotations

import threading
from concurrent import futures

from PySide6.QtCore import QCoreApplication

from ally_explorer.ui.background import LatestJob


def test_only_the_newest_job_is_delivered_and_a_waiting_one_is_cancelled(qtbot):
    delivered = []
    job = LatestJob("test", lambda future, context: delivered.append((future.result(), context)))
    release = threading.Event()
    job.submit(release.wait, 10, context="first")  # running: blocks the single worker
    job.submit(lambda: "second", context="second")  # waiting behind it ...
    second_future = job.pending[1]
    job.submit(lambda: "third", context="third")  # ... so this one cancels it
    assert second_future.cancelled()
    release.set()
    qtbot.waitUntil(lambda: job.pending is None, timeout=5_000)
    assert delivered == [("third", "third")]  # the first finished too, but was no longer the newest
    job.shutdown()


def test_wait_delivers_now_and_shutdown_drops_what_is_pending(qtbot):
    delivered = []
    job = LatestJob("test", lambda future, context: delivered.append(context))
    job.submit(lambda: 1, context="now")
    job.wait()
    assert delivered == ["now"] and job.pending is None
    release = threading.Event()
    job.submit(release.wait, 10, context="dropped")
    running = job.pending[1]
    job.shutdown()
    release.set()
    if not running.cancelled():  # it had started: the worker finishes it ...
        futures.wait([running], timeout=10)
    QCoreApplication.processEvents()  # ... and its queued signal has arrived: nothing was delivered
    assert delivered == ["now"]

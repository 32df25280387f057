"""Kill the writer at random moments, a hundred times and more: the file stays sound and every
edit the Store said was saved is there.

The writer is a real process (forked from multiprocessing's forkserver) editing through the
Store. Before each edit it says what it is about to do, and after the commit returned that it
is saved. The test reads a random number of messages, waits on the pipe a random fraction of a
second more, and sends SIGKILL, so kills land in the middle of opening, writing, committing and
checkpointing alike. At the end the database must hold exactly the saved edits, plus at most
the one edit per kill that was under way (it may or may not have committed).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3

from . import workers

KILLS = 120


def forkserver():
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.robustness.workers"])
    return ctx


class Ledger:
    """What the writers said was saved, in order, and what was under way at each kill."""

    def __init__(self) -> None:
        self.events: dict[int, str | None] = {}  # id -> title (None: deleted)
        self.headline: str | None = None
        self.saved = 0
        self.maybe_created: set[str] = set()
        self.maybe_deleted: set[int] = set()
        self.maybe_headlines: set[str] = set()
        self._intent: tuple | None = None

    def read(self, message: tuple) -> None:
        if message[0] == "intent":
            self._intent = message[1:]
            return
        what, value = self._intent
        self._intent = None
        self.saved += 1
        if what == "create":
            self.events[message[1]] = value
        elif what == "delete":
            self.events[value] = None
        else:
            self.headline = value

    def killed(self) -> None:
        if self._intent is not None:
            what, value = self._intent
            {"create": self.maybe_created, "delete": self.maybe_deleted, "headline": self.maybe_headlines}[what].add(value)
        self._intent = None


def test_sigkill_at_random_moments_loses_no_saved_edit(tmp_path):
    path = tmp_path / "crash.db"
    workers.make_small_database(path)
    ctx = forkserver()
    rng = random.Random(20250826)
    ledger = Ledger()
    for round_ in range(KILLS):
        receive, send = ctx.Pipe(duplex=False)
        writer = ctx.Process(target=workers.crash_writer, args=(str(path), send, f"r{round_}", rng.random()))
        writer.start()
        send.close()
        for _ in range(rng.randrange(0, 10)):  # a few messages ...
            if not receive.poll(30):
                break
            ledger.read(receive.recv())
        receive.poll(rng.uniform(0, 0.03))  # ... and a random moment more
        os.kill(writer.pid, signal.SIGKILL)
        writer.join(30)
        assert writer.exitcode == -signal.SIGKILL
        while True:  # what was sent before the kill counts too
            try:
                ledger.read(receive.recv())
            except EOFError:
                break
        receive.close()
        ledger.killed()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        found = dict(conn.execute("SELECT id, title FROM events"))
        for event_id, title in ledger.events.items():
            if title is None:  # deleted; the id may since be reused by an edit under way
                assert found.get(event_id) in (None, *ledger.maybe_created)
            elif event_id not in ledger.maybe_deleted:
                assert found.get(event_id) == title, f"saved event {event_id} {title!r} is lost"
        extra = {t for i, t in found.items() if ledger.events.get(i) is None}
        assert extra <= ledger.maybe_created
        (headline,) = conn.execute("SELECT headline FROM countries WHERE id = 'BBB'").fetchone()
        assert headline == ledger.headline or headline in ledger.maybe_headlines
        # Every commit was whole: each event has its country link, its history row and its
        # full-text entry.
        unlinked = conn.execute(
            "SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_countries)"
        ).fetchone()[0]
        unlogged = conn.execute(
            "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE"
            " c.entity = 'event' AND c.action = 'create' AND c.entity_id = CAST(e.id AS TEXT)"
            " AND json_extract(c.after, '$.title') = e.title)"
        ).fetchone()[0]
        assert (unlinked, unlogged) == (0, 0)
        conn.execute("INSERT INTO events_fts(events_fts) VALUES ('integrity-check')")
    finally:
        conn.close()
    assert ledger.saved > KILLS  # edits did land between kills
    print(f"{KILLS} kills; {ledger.saved} saved edits checked; "
          f"{len(ledger.maybe_created) + len(ledger.maybe_deleted) + len(ledger.maybe_headlines)} under way at a kill")

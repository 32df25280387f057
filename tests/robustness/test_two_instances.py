"""Two app instances on one file, each a real process: nothing is corrupted or overwritten, a
new read sees the other's edits, and a write that meets the other's lock waits, then reports."""

from __future__ import annotations

import sqlite3

import pytest

from ally_explorer.db.opening import BUSY_TIMEOUT_S

from . import workers
from .helpers import table_dump
from .test_crash_safety import forkserver


class Instance:
    """An agent process driven over a pipe: ``call`` sends a command and returns its reply."""

    def __init__(self, ctx):
        self.pipe, theirs = ctx.Pipe()
        self.process = ctx.Process(target=workers.agent, args=(theirs,))
        self.process.start()
        theirs.close()

    def send(self, *command) -> None:
        self.pipe.send(command)

    def reply(self):
        assert self.pipe.poll(60), "the other instance did not answer"
        return self.pipe.recv()

    def call(self, *command):
        self.send(*command)
        return self.reply()

    def close(self) -> None:
        if self.process.is_alive():
            self.call("exit")
        self.process.join(10)


@pytest.fixture
def instances():
    ctx = forkserver()
    made: list[Instance] = []

    def make() -> Instance:
        made.append(Instance(ctx))
        return made[-1]

    yield make
    for instance in made:
        instance.close()


@pytest.fixture
def small_db(tmp_path):
    path = tmp_path / "shared.db"
    workers.make_small_database(path)
    return path


def test_two_writers_at_once_lose_nothing_and_overwrite_nothing(small_db):
    """Both add events as fast as they can; each retries a write the other got in first."""
    ctx = forkserver()
    pipes, writers = [], []
    for tag in ("left", "right"):
        receive, send = ctx.Pipe(duplex=False)
        writers.append(ctx.Process(target=workers.steady_writer, args=(str(small_db), send, tag, 60)))
        writers[-1].start()
        send.close()
        pipes.append(receive)
    saved: dict[int, str] = {}
    refused = 0
    for pipe in pipes:
        while True:
            assert pipe.poll(60)
            message = pipe.recv()
            if message[0] == "done":
                refused += message[1]
                break
            assert message[1] not in saved, f"two saved events share id {message[1]}"
            saved[message[1]] = message[2]
    for writer in writers:
        writer.join(30)
        assert writer.exitcode == 0
    conn = sqlite3.connect(small_db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert dict(conn.execute("SELECT id, title FROM events")) == saved
    conn.close()
    assert len(saved) == 120
    print(f"120 events from two processes; {refused} writes met the other and were retried")


def test_a_new_read_sees_the_other_instances_edit(small_db, instances):
    first, second = instances(), instances()
    assert first.call("open", str(small_db)) == ("ok", None)
    assert second.call("open", str(small_db)) == ("ok", None)
    assert first.call("titles") == ("ok", [])
    status, new_id = second.call("create_event", "Added by the other window")
    assert status == "ok"
    assert first.call("titles") == ("ok", ["Added by the other window"])
    assert first.call("create_event", "And one back") == ("ok", new_id + 1)
    assert second.call("titles") == ("ok", ["Added by the other window", "And one back"])


@pytest.mark.parametrize("how", ["IMMEDIATE", "EXCLUSIVE"])
def test_a_write_that_meets_a_lock_waits_then_reports_it_and_changes_nothing(small_db, instances, how):
    holder, editor = instances(), instances()
    assert editor.call("open", str(small_db)) == ("ok", None)
    before = table_dump(small_db)
    assert holder.call("hold_lock", str(small_db), how) == ("ok", None)
    editor.send("update_country", "BBB", "never saved")
    assert editor.reply() == ("starting",)
    status, kind, message = editor.reply()  # after the busy timeout
    assert (status, kind) == ("error", "locked")
    assert "another program or window" in message and "Nothing was changed" in message
    assert holder.call("commit") == ("ok", None)
    after = table_dump(small_db)
    assert [r for r in after["countries"] if r[0] == "BBB"] == [r for r in before["countries"] if r[0] == "BBB"]
    # Once the other write is done, the same edit goes through.
    editor.send("update_country", "BBB", "saved later")
    assert editor.reply() == ("starting",)
    assert editor.reply() == ("ok", None)
    conn = sqlite3.connect(small_db)
    assert dict(conn.execute("SELECT id, headline FROM countries")) == {"AAA": "held", "BBB": "saved later"}
    conn.close()


def test_a_write_waits_for_a_lock_released_within_the_timeout(small_db, instances):
    """The other instance lets go as soon as this write has started: it is saved, not refused."""
    assert BUSY_TIMEOUT_S >= 1
    holder, editor = instances(), instances()
    assert editor.call("open", str(small_db)) == ("ok", None)
    assert holder.call("hold_lock", str(small_db), "IMMEDIATE") == ("ok", None)
    editor.send("update_country", "BBB", "saved after waiting")
    assert editor.reply() == ("starting",)
    assert holder.call("commit") == ("ok", None)
    assert editor.reply() == ("ok", None)
    conn = sqlite3.connect(small_db)
    assert dict(conn.execute("SELECT id, headline FROM countries")) == {"AAA": "held", "BBB": "saved after waiting"}
    conn.close()

"""Code that runs in other processes: a writer that is killed mid-edit, and an agent that a
test drives over a pipe (open, read, write, hold a lock) to play a second app instance.

Started through multiprocessing's ``forkserver``: the server imports this module once, and
each process is a cheap fork of it, so a test can start a hundred of them in a few seconds.
"""

from __future__ import annotations

import random
import sqlite3
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ally_explorer.core.errors import AllyError
from ally_explorer.db.opening import DatabaseWriteError, reference_layout
from ally_explorer.db.store import Store

reference_layout()  # once, in the server: every fork inherits it

EVENT = dict(date_label="2025", category="military", confidence="confirmed", countries=["AAA"], source_id="src")


def make_small_database(path: Path) -> None:
    """A tiny dataset (one source, two countries), then reopened so it is in WAL mode."""
    with Store.open(path, create=True) as store:
        store.create_source(id="src", title="A source")
        store.create_country(id="AAA", name="Aland", focus=True)
        store.create_country(id="BBB", name="Bland")
    Store.open(path).close()


def crash_writer(path: str, pipe: Connection, tag: str, seed: int) -> None:
    """Edit for ever; killed from outside. Before each edit it says what it is about to do
    (``intent``); after the commit returned, that it is saved (``saved``).

    Each edit is one of: add an event (with a random-length description), change Bland's
    headline, delete an event this writer added earlier.
    """
    rng = random.Random(seed)
    store = Store.open(Path(path))
    mine: list[int] = []
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.2:
            headline = f"{tag}-{n}"
            pipe.send(("intent", "headline", headline))
            store.update_country("BBB", headline=headline)
            pipe.send(("saved", None))
        elif roll < 0.3 and mine:
            victim = mine.pop(rng.randrange(len(mine)))
            pipe.send(("intent", "delete", victim))
            store.delete_event(victim)
            pipe.send(("saved", None))
        else:
            title = f"{tag}-{n}"
            pipe.send(("intent", "create", title))
            change = store.create_event(title=title, description="x" * rng.randrange(0, 20_000), **EVENT)
            mine.append(change.entity_id)
            pipe.send(("saved", change.entity_id))


def steady_writer(path: str, acks: Connection, tag: str, count: int) -> None:
    """``count`` new events, retrying a write that met the other instance; reports each one."""
    store = Store.open(Path(path))
    refused = 0
    for n in range(count):
        while True:
            try:
                change = store.create_event(title=f"{tag}-{n}", **EVENT)
                break
            except DatabaseWriteError as e:
                assert e.kind in ("locked", "conflict"), e
                refused += 1
        acks.send(("created", change.entity_id, f"{tag}-{n}"))
    acks.send(("done", refused))
    store.close()


def agent(commands: Connection) -> None:
    """A second instance a test drives: each command gets one reply, errors as ("error", kind)."""
    store: Store | None = None
    raw: sqlite3.Connection | None = None
    while True:
        command, *args = commands.recv()
        try:
            reply: Any = None
            if command == "open":
                store = Store.open(Path(args[0]))
            elif command == "titles":  # a fresh read, as a refresh does
                reply = sorted(e.title for e in store.events())
            elif command == "create_event":
                reply = store.create_event(title=args[0], **EVENT).entity_id
            elif command == "update_country":
                commands.send(("starting",))
                store.update_country(args[0], headline=args[1])
            elif command == "hold_lock":  # a plain sqlite3 connection in a write transaction
                raw = sqlite3.connect(args[0], isolation_level=None)
                raw.execute(f"BEGIN {args[1]}")
                raw.execute("UPDATE countries SET headline = ? WHERE id = 'AAA'", ["held"])
            elif command == "commit":
                raw.execute("COMMIT")
                raw.close()
            elif command == "exit":
                commands.send(("ok", None))
                return
            commands.send(("ok", reply))
        except AllyError as e:
            commands.send(("error", getattr(e, "kind", type(e).__name__), str(e)))

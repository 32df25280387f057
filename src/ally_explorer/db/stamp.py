"""The content stamp (migration m009): a number every write to the dataset's tables bumps,
kept by triggers, and a random id made with it. A cache of what the database holds is trusted
only while both are what they were when it was written. Plain ``sqlite3``: start-up reads it."""

from __future__ import annotations

import sqlite3

#: The tables whose rows the explorer shows; a write to any of them bumps ``content_stamp``.
#: The UN tables are left out: they are bulk-loaded (870k votes) and nothing cached reads them.
STAMPED_TABLES = (
    "countries", "people", "sources", "events", "event_countries", "statements", "alignments",
    "figures", "tours", "tour_items", "anchors",
)

STAMP_TABLE_SQL = """
    CREATE TABLE content_stamp (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        database_id TEXT NOT NULL,
        writes INTEGER NOT NULL DEFAULT 0 CHECK (writes >= 0)
    );
    INSERT INTO content_stamp (id, database_id, writes) VALUES (1, lower(hex(randomblob(16))), 0)
"""

TRIGGER_SUFFIXES = (("ai", "INSERT"), ("ad", "DELETE"), ("au", "UPDATE"))


def stamp_trigger_names() -> list[str]:
    return [f"{table}_stamp_{suffix}" for table in STAMPED_TABLES for suffix, _ in TRIGGER_SUFFIXES]


def stamp_triggers_sql() -> list[str]:
    """The triggers bumping ``content_stamp.writes``, one statement each."""
    return [
        f"CREATE TRIGGER {table}_stamp_{suffix} AFTER {event} ON {table} BEGIN"
        " UPDATE content_stamp SET writes = writes + 1 WHERE id = 1; END"
        for table in STAMPED_TABLES
        for suffix, event in TRIGGER_SUFFIXES
    ]


def bump_content_stamp(conn: sqlite3.Connection) -> None:
    """For a write made with the triggers suspended (a bulk import)."""
    conn.execute("UPDATE content_stamp SET writes = writes + 1 WHERE id = 1")


def read_stamp(conn: sqlite3.Connection) -> tuple[str, int] | None:
    """(database id, writes), or None for a database without a stamp (never trust a cache then)."""
    try:
        row = conn.execute("SELECT database_id, writes FROM content_stamp WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    return (str(row[0]), int(row[1])) if row else None

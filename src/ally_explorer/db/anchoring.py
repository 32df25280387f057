"""Keeping the ``anchors`` table in step with the entries' excerpts and their sources' texts.

Anchors are derived data: the Store calls ``sync_entry`` after each write of an entry and
``sync_source`` after a source's text changes (undo included, since undo is a write); an
import or a build calls ``sync_all``. An anchor that can no longer be found keeps its last
place with status 'lost' (listed in Data quality); it is never deleted while its entry still
cites that source.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..core.anchors import Anchor, make_anchor, refind

#: Entry kind -> table, for the kinds that cite a passage.
KIND_TABLES = {"event": "events", "statement": "statements", "alignment": "alignments", "figure": "figures"}

_UPSERT = """
INSERT INTO anchors (kind, item_id, source_id, quote, prefix, suffix, start, end, status)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (kind, item_id) DO UPDATE SET source_id = excluded.source_id, quote = excluded.quote,
    prefix = excluded.prefix, suffix = excluded.suffix, start = excluded.start, end = excluded.end,
    status = excluded.status
"""


def _old(conn: sqlite3.Connection, kind: str, item_id: int) -> tuple[str, Anchor] | None:
    row = conn.execute(
        "SELECT source_id, quote, prefix, suffix, start, end FROM anchors WHERE kind = ? AND item_id = ?",
        (kind, item_id),
    ).fetchone()
    return (row[0], Anchor(*row[1:])) if row else None


def _write(conn: sqlite3.Connection, kind: str, item_id: int, source_id: str, anchor: Anchor, status: str) -> None:
    conn.execute(_UPSERT, (kind, item_id, source_id, anchor.quote, anchor.prefix, anchor.suffix,
                           anchor.start, anchor.end, status))


def _place(conn: sqlite3.Connection, kind: str, item_id: int, source_id: str, excerpt: str | None,
           text: str | None) -> None:
    """Anchor one entry: keep or re-find its anchor when the quote is unchanged, else anchor anew."""
    if not excerpt or text is None:
        conn.execute("DELETE FROM anchors WHERE kind = ? AND item_id = ?", (kind, item_id))
        return
    old = _old(conn, kind, item_id)
    if old and old[0] == source_id and old[1].quote == excerpt:
        found = refind(old[1], text)
        _write(conn, kind, item_id, source_id, found.anchor, found.status)
        return
    anchor = make_anchor(text, excerpt)
    if anchor is None:  # an excerpt the text does not hold (written before the text was stored)
        _write(conn, kind, item_id, source_id, Anchor(excerpt, "", "", 0, 0), "lost")
    else:
        _write(conn, kind, item_id, source_id, anchor, "exact")


def sync_entry(conn: sqlite3.Connection, kind: str, item_id: int) -> None:
    if kind not in KIND_TABLES:
        return
    row = conn.execute(
        f"SELECT e.source_id, e.excerpt, s.text FROM {KIND_TABLES[kind]} e"
        " LEFT JOIN sources s ON s.id = e.source_id WHERE e.id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        conn.execute("DELETE FROM anchors WHERE kind = ? AND item_id = ?", (kind, item_id))
        return
    _place(conn, kind, item_id, row[0], row[1], row[2])


def _citing(conn: sqlite3.Connection, source_ids: list[str] | None) -> Iterable[tuple[str, int, str, str, str | None]]:
    """Every entry citing one of ``source_ids`` (None: a source with text) with an excerpt; each
    text is read once, not once per entry (a 1 MB text cited 1,000 times)."""
    where, params = ("text IS NOT NULL", []) if source_ids is None else (
        f"id IN ({', '.join('?' * len(source_ids))})", list(source_ids))
    texts = dict(conn.execute(f"SELECT id, text FROM sources WHERE {where}", params).fetchall())
    if not texts:
        return
    marks = ", ".join("?" * len(texts))
    for kind, table in KIND_TABLES.items():
        rows = conn.execute(
            f"SELECT id, source_id, excerpt FROM {table} WHERE source_id IN ({marks}) ORDER BY id", list(texts)
        ).fetchall()
        for item_id, source_id, excerpt in rows:
            yield kind, item_id, source_id, excerpt, texts[source_id]


def sync_source(conn: sqlite3.Connection, source_id: str) -> None:
    """After a source's text changed: re-find every anchor into it (or make it)."""
    conn.execute(
        "DELETE FROM anchors WHERE source_id = ? AND NOT EXISTS (SELECT 1 FROM sources WHERE id = ? AND text IS NOT NULL)",
        (source_id, source_id),
    )
    for kind, item_id, sid, excerpt, text in list(_citing(conn, [source_id])):
        _place(conn, kind, item_id, sid, excerpt, text)


def sync_all(conn: sqlite3.Connection) -> None:
    """After an import: anchor every excerpt of a source with text; drop anchors of entries gone."""
    for kind, table in KIND_TABLES.items():
        conn.execute(
            f"DELETE FROM anchors WHERE kind = ? AND item_id NOT IN (SELECT e.id FROM {table} e"
            " JOIN sources s ON s.id = e.source_id WHERE e.excerpt IS NOT NULL AND e.excerpt <> ''"
            " AND s.text IS NOT NULL AND e.source_id = anchors.source_id)",
            (kind,),
        )
    for kind, item_id, source_id, excerpt, text in list(_citing(conn, None)):
        _place(conn, kind, item_id, source_id, excerpt, text)

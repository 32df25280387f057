"""Tours: a teacher's saved, named, ordered list of events and quotes to step through."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from ..core.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from .store import Store

KINDS = ("event", "statement")


@dataclass(frozen=True)
class Tour:
    id: int
    name: str
    items: tuple[tuple[str, int], ...]
    note: str | None = None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def list_tours(store: "Store") -> list[Tour]:
    tours = store._rows("SELECT id, name, note FROM tours ORDER BY name COLLATE NOCASE")
    return [get_tour(store, t["id"]) for t in tours]


def get_tour(store: "Store", tour_id: int) -> Tour:
    rows = store._rows("SELECT id, name, note FROM tours WHERE id = ?", [tour_id])
    if not rows:
        raise NotFoundError(f"No tour with id {tour_id!r}")
    items = tuple(
        (kind, item_id) for kind, item_id in store.conn.execute(
            "SELECT kind, item_id FROM tour_items WHERE tour_id = ? ORDER BY position", [tour_id]
        )
    )
    return Tour(rows[0]["id"], rows[0]["name"], items, rows[0]["note"])


def save_tour(store: "Store", *, name: str, items: list[tuple[str, int]], note: str | None = None,
              tour_id: int | None = None) -> int:
    """Create or replace a tour, all in one transaction. Items must exist."""
    errors: dict[str, str] = {}
    if not isinstance(name, str) or not name.strip():
        errors["name"] = "is required"
    elif len(name) > 200:
        errors["name"] = "is too long (at most 200 characters)"
    else:
        clash = store._scalar("SELECT id FROM tours WHERE name = ? AND id IS NOT ?", [name, tour_id])
        if clash is not None:
            errors["name"] = f"a tour called “{name}” already exists"
    missing = []
    for kind, item_id in items:
        if kind not in KINDS:
            errors["items"] = f"“{kind}” cannot be in a tour (only events and quotes)"
        elif not store.conn.execute(f"SELECT 1 FROM {kind}s WHERE id = ?", [item_id]).fetchone():
            missing.append(f"{kind} {item_id}")
    if missing:
        errors["items"] = "no such " + ", ".join(missing)
    if errors:
        raise ValidationError(errors, entity="tour")
    if store.readonly:
        raise PermissionError("this database is open read-only")
    with store.db.atomic():
        if tour_id is None:
            cursor = store.conn.execute(
                "INSERT INTO tours (name, note, created, updated) VALUES (?, ?, ?, ?)", [name, note, _now(), _now()]
            )
            tour_id = int(cursor.lastrowid)
        else:
            if not store.conn.execute("SELECT 1 FROM tours WHERE id = ?", [tour_id]).fetchone():
                raise NotFoundError(f"No tour with id {tour_id!r}")
            store.conn.execute("UPDATE tours SET name = ?, note = ?, updated = ? WHERE id = ?", [name, note, _now(), tour_id])
            store.conn.execute("DELETE FROM tour_items WHERE tour_id = ?", [tour_id])
        store.conn.executemany(
            "INSERT INTO tour_items (tour_id, position, kind, item_id) VALUES (?, ?, ?, ?)",
            [(tour_id, i, kind, item_id) for i, (kind, item_id) in enumerate(items)],
        )
    return tour_id


def delete_tour(store: "Store", tour_id: int) -> None:
    if store.readonly:
        raise PermissionError("this database is open read-only")
    with store.db.atomic():
        store.conn.execute("DELETE FROM tour_items WHERE tour_id = ?", [tour_id])
        store.conn.execute("DELETE FROM tours WHERE id = ?", [tour_id])

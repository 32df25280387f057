"""What differs between your copy and the bundled original, and taking it back.

``compare(copy, original)`` lists every entry that was added, changed or deleted in the copy,
with the fields that differ. ``revert(copy, original, entries)`` makes those entries what the
original holds, in one transaction, and returns what it wrote (``ChangeSet``s, so the window can
undo and redo it as one step with ``undo_all`` and ``apply_all``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Literal

from ..core.entities import ENTITIES
from .store import TABLE_COLUMNS, ChangeSet, Row, Store

#: The kinds of entry compared, parents first.
KINDS = ("source", "country", "person", "event", "statement", "alignment", "figure")

Status = Literal["added", "changed", "deleted"]


@dataclass(frozen=True)
class FieldDiff:
    field: str
    label: str
    copy: Any  # what your copy holds (None when deleted there)
    original: Any  # what the bundled data holds (None when added in the copy)


@dataclass(frozen=True)
class EntryDiff:
    entity: str
    entity_id: Any
    title: str
    status: Status
    fields: tuple[FieldDiff, ...]

    @property
    def key(self) -> tuple[str, Any]:
        return self.entity, self.entity_id


def _entries(store: Store, kind: str) -> dict[Any, Row]:
    entity = ENTITIES[kind]
    cols = ", ".join(TABLE_COLUMNS[entity.table])
    rows = {row["id"]: dict(row) for row in store._rows(f"SELECT {cols} FROM {entity.table}")}
    if kind == "event":
        for row in rows.values():
            row["countries"] = []
        for link in store._rows("SELECT event_id, country_id FROM event_countries ORDER BY event_id, position"):
            if link["event_id"] in rows:
                rows[link["event_id"]]["countries"].append(link["country_id"])
    if kind == "country":
        for row in rows.values():
            try:
                row["aliases"] = json.loads(row["aliases"] or "[]")
            except ValueError:
                pass
    return rows


def _label(kind: str, name: str) -> str:
    try:
        return ENTITIES[kind].field(name).label
    except KeyError:
        return {"date_start": "Date (from)", "date_end": "Date (to)", "countries": "Countries"}.get(name, name)


def _title(kind: str, row: Row) -> str:
    entity = ENTITIES[kind]
    title = str(row.get(entity.title_field) or row.get("id") or "")
    if kind == "alignment":
        title = f"{row.get('stance', '')}, {row.get('date_label', '')}"
    return title if len(title) <= 70 else title[:69] + "…"


def compare(copy: Store, original: Store, kinds: Iterable[str] = KINDS) -> list[EntryDiff]:
    """Every entry that differs, parents first, then by id."""
    out: list[EntryDiff] = []
    for kind in kinds:
        mine, theirs = _entries(copy, kind), _entries(original, kind)
        for entity_id in sorted(set(mine) | set(theirs), key=lambda k: (str(type(k)), k)):
            a, b = mine.get(entity_id), theirs.get(entity_id)
            if a == b:
                continue
            names = [n for n in (a or b) if n != "id"]
            if a is None:
                status: Status = "deleted"
                diffs = tuple(FieldDiff(n, _label(kind, n), None, b[n]) for n in names if b[n] not in (None, "", []))
            elif b is None:
                status = "added"
                diffs = tuple(FieldDiff(n, _label(kind, n), a[n], None) for n in names if a[n] not in (None, "", []))
            else:
                status = "changed"
                diffs = tuple(FieldDiff(n, _label(kind, n), a[n], b[n]) for n in names if a[n] != b[n])
            out.append(EntryDiff(kind, entity_id, _title(kind, a or b), status, diffs))
    return out


def _rows(store: Store, kind: str, entity_id: Any) -> dict[str, list[Row]]:
    entity = ENTITIES[kind]
    try:
        return store._entry_rows(entity, entity_id)
    except Exception:  # NotFoundError: not in this database
        return {}


def revert_change(copy: Store, original: Store, diff: EntryDiff) -> ChangeSet:
    """The change that makes one entry of the copy what the original holds."""
    title = diff.title if len(diff.title) <= 48 else diff.title[:47] + "…"
    label = ENTITIES[diff.entity].label
    if diff.status == "added":  # not in the original: remove it, and what cannot exist without it
        plan = copy.plan_delete(diff.entity, diff.entity_id)
        return ChangeSet(diff.entity, diff.entity_id, "delete", f"Revert {label} ‘{title}’ (remove it)",
                         plan.before, plan.after)
    before = {t: tuple(rows) for t, rows in _rows(copy, diff.entity, diff.entity_id).items() if rows}
    after = {t: tuple(rows) for t, rows in _rows(original, diff.entity, diff.entity_id).items() if rows}
    action = "create" if diff.status == "deleted" else "update"
    return ChangeSet(diff.entity, diff.entity_id, action, f"Revert {label} ‘{title}’ to the bundled version",
                     before, after)


def _ordered(diffs: Iterable[EntryDiff]) -> list[EntryDiff]:
    """Entries to re-create or restore parents first, then entries to remove children first."""
    diffs = list(diffs)
    order = {k: i for i, k in enumerate(KINDS)}
    back = sorted((d for d in diffs if d.status != "added"), key=lambda d: order[d.entity])
    gone = sorted((d for d in diffs if d.status == "added"), key=lambda d: -order[d.entity])
    return back + gone


def revert(copy: Store, original: Store, diffs: Iterable[EntryDiff]) -> list[ChangeSet]:
    """Make these entries of the copy what the original holds, all in one transaction.

    Each entry's change is worked out just before it is written, so it sees what the earlier ones
    did (a removed person no longer unlinks a quote that was removed before it). Returns the
    changes as written: ``undo_all`` takes them back, ``apply_all`` writes them again.
    """
    applied: list[ChangeSet] = []
    with _transaction(copy):
        for diff in _ordered(diffs):
            if diff.status == "added" and not _rows(copy, diff.entity, diff.entity_id):
                continue  # already removed with an entry it depended on
            change = revert_change(copy, original, diff)
            copy.apply(change)
            applied.append(change)
    return applied


def apply_all(store: Store, changes: list[ChangeSet]) -> None:
    """Write changes in order, all in one transaction (all or nothing)."""
    with _transaction(store):
        for change in changes:
            store.apply(change)


def undo_all(store: Store, applied: list[ChangeSet]) -> None:
    """Take back what ``revert`` did (pass what it returned)."""
    apply_all(store, [c.undone() for c in reversed(applied)])


class _transaction:
    def __init__(self, store: Store):
        self.conn = store.conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, value, tb) -> None:
        if kind is None:
            self.conn.execute("COMMIT")
        elif self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


__all__ = ["EntryDiff", "FieldDiff", "KINDS", "apply_all", "compare", "revert", "revert_change", "undo_all"]

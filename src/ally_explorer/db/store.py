"""The Store: every read and write the application makes, over one SQLite file.

Reads return frozen records from ``core``. Writes are keyword-only, validate first, run inside
``db.atomic()`` and return a ``ChangeSet``: the exact rows before and after, which is all undo and
redo need (``store.apply(change.undone())``).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core import records as r
from ..core import vocab
from ..core.fuzzydate import UNDATED, start_text
from ..core.entities import ENTITIES, TABLES, Entity
from ..core.errors import NotFoundError, ValidationError
from ..core.filters import NO_FILTERS, Filters
from ..core.validation import slugify, validate
from . import facets
from .atomicfile import register_database, unregister_database
from .opening import DatabaseWriteError, _is_bundled, explain_write_error, open_database

Row = dict[str, Any]
Snapshot = Mapping[str, tuple[Row, ...]]

#: Parents before children: the order to insert in (and, reversed, to delete in).
TABLE_ORDER = (
    "sources",
    "countries",
    "people",
    "events",
    "event_countries",
    "statements",
    "alignments",
    "figures",
    "tour_items",
)
#: Each table's columns (in the table's own order) and primary key, from core/entities.py.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {t: TABLES[t].column_names for t in TABLE_ORDER}
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {t: TABLES[t].key for t in TABLE_ORDER}


def _key(table: str, row: Row) -> tuple:
    return tuple(row[c] for c in PRIMARY_KEYS[table])


@dataclass(frozen=True)
class ChangeSet:
    """One committed change: the rows it touched, before and after."""

    entity: str
    entity_id: str | int
    action: str  # "create" | "update" | "delete"
    label: str
    before: Snapshot = field(default_factory=dict)
    after: Snapshot = field(default_factory=dict)

    def undone(self) -> "ChangeSet":
        """The change that takes this one back."""
        inverse = {"create": "delete", "delete": "create"}.get(self.action, self.action)
        return ChangeSet(
            self.entity, self.entity_id, inverse, f"Undo: {self.label}", self.after, self.before
        )

    def counts(self, side: str = "before") -> dict[str, int]:
        snap = self.before if side == "before" else self.after
        return {t: len(rows) for t, rows in snap.items() if rows}


def _today() -> str:
    return date.today().isoformat()


#: Numeric ids are whole numbers from 1 to MAX_ID (they fit a 32-bit int everywhere: Qt's item
#: roles, the timeline's arrays, TimelineJS); anything else from outside is refused. Without a
#: bound, one imported id of 2**63 - 1 left no id for the next new entry (OverflowError).
MAX_ID = 2**31 - 1
#: ``limit`` arguments: 0 to MAX_LIMIT rows.
MAX_LIMIT = 1_000_000


def _known_id(entity_id: Any) -> bool:
    """Whether an id could be in the database at all (a bigger one cannot even be bound)."""
    if isinstance(entity_id, bool):
        return False
    if isinstance(entity_id, int):
        return -(2**63) <= entity_id < 2**63
    return isinstance(entity_id, str)


def _json_object(text: Any) -> dict[str, Any] | None:
    """A history row's JSON (None when absent, or unreadable: written by another program)."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _json_texts(text: Any) -> tuple[str, ...]:
    """A JSON list of strings (a country's aliases); anything else reads as no aliases."""
    if not text:
        return ()
    try:
        value = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return ()
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _checked_limit(limit: Any) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be a whole number from 0 to {MAX_LIMIT:,}, not {str(limit)[:40]}")
    return limit


def _checked_day(day: Any, what: str) -> str:
    if isinstance(day, str) and len(day) == 10 and day.isascii():
        try:
            return date.fromisoformat(day).isoformat()
        except ValueError:
            pass
    raise ValueError(f"{what} must be a day like 2025-01-31, not {str(day)[:40]!r}")


#: Marks a record field that is no column of the table: the caller gives it (links, joins).
_GIVEN = object()


def _readers(entity: Entity) -> tuple[tuple[str, Any, Any], ...]:
    """The entity's record fields in order, each with how its stored value reads back (None:
    as it is; ``_GIVEN``: not a column) and its default (for a field the caller leaves out)."""
    columns = set(TABLE_COLUMNS[entity.table])
    kinds = {f.name: f for f in entity.fields}
    out = []
    for field_ in dataclasses.fields(entity.record):
        f = kinds.get(field_.name)
        read: Any = None
        if field_.name not in columns:
            read = _GIVEN
        elif f is not None and f.kind == "bool":
            read = bool
        elif f is not None and f.kind == "list":
            read = _json_texts  # stored as a JSON list of text
        elif f is not None and f.kind == "enum" and not f.required:
            read = _none_if_empty  # an optional choice is stored as '' when there is none
        out.append((field_.name, read, field_.default))
    return tuple(out)


def _none_if_empty(value: Any) -> Any:
    return value or None


_READERS = {name: _readers(entity) for name, entity in ENTITIES.items()}


def _record(entity: Entity, row: Row, **given: Any) -> Any:
    """A table row as the entity's record; ``given``: its fields that are no column."""
    return entity.record(*[
        row[name] if read is None else given.get(name, default) if read is _GIVEN else read(row[name])
        for name, read, default in _READERS[entity.name]
    ])


if TYPE_CHECKING:
    from sqlite_utils import Database


class Store:
    """Reads and writes one Ally Explorer database."""

    #: Below this many events a country's first page is found by sorting its events.
    HUB_MIN_LINKS = 2000

    def __init__(self, db: "Database | sqlite3.Connection", path: Path | None = None, *, readonly: bool = False):
        if isinstance(db, sqlite3.Connection):
            self._db: Database | None = None
            self.conn: sqlite3.Connection = db
        else:
            self._db = db
            self.conn = db.conn
        self.path = path
        self.readonly = readonly
        self.backup_path: Path | None = None

    @property
    def db(self) -> "Database":
        """The sqlite-utils view of the connection, made on first use: writes use its
        ``atomic()``, while reading (and so start-up) never imports sqlite-utils."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, readonly: bool = False, trusted: bool = False) -> "Store":
        """Open (and migrate) a database file. Raises DatabaseOpenError with advice.
        ``trusted``: a second connection to a file this process has already opened and checked
        (no integrity check again)."""
        path = Path(path)
        if not readonly and _is_bundled(path):
            readonly = True  # the bundled dataset is never changed in place (``opening.is_protected``)
        conn, backup = open_database(path, create=create, readonly=readonly, trusted=trusted)
        store = cls(conn, path, readonly=readonly)
        store.backup_path = backup
        register_database(path)  # no export, picture or copy may now be written over it
        store._registered = True
        return store

    @classmethod
    def memory(cls) -> "Store":
        from sqlite_utils import Database

        from .migrations import migrations

        db = Database(memory=True, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        migrations.apply(db)
        return cls(db, None)

    def close(self) -> None:
        self.conn.close()
        if getattr(self, "_registered", False) and self.path is not None:
            self._registered = False
            unregister_database(self.path)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- low-level reads -----------------------------------------------------------------------

    def _rows(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> list[Row]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = self.conn.execute(sql, tuple(params)).fetchone()
        return row[0] if row else None

    # -- row -> record -------------------------------------------------------------------------

    @staticmethod
    def _country(row: Row) -> r.Country:
        return _record(ENTITIES["country"], row)

    @staticmethod
    def _event(row: Row, countries: tuple[str, ...]) -> r.Event:
        return _record(ENTITIES["event"], row, countries=countries)

    @staticmethod
    def _statement(row: Row) -> r.Statement:
        return _record(
            ENTITIES["statement"], row,
            speaker_name=row.get("speaker_name"), speaker_role=row.get("speaker_role"),
        )

    @staticmethod
    def _alignment(row: Row) -> r.Alignment:
        return _record(ENTITIES["alignment"], row)

    @staticmethod
    def _figure(row: Row) -> r.Figure:
        return _record(ENTITIES["figure"], row)

    def _event_countries(self, event_ids: list[int]) -> dict[int, tuple[str, ...]]:
        links: dict[int, list[str]] = {i: [] for i in event_ids}
        for start in range(0, len(event_ids), 900):
            chunk = event_ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for event_id, country_id in self.conn.execute(
                f"SELECT event_id, country_id FROM event_countries WHERE event_id IN ({marks})"
                " ORDER BY event_id, position, country_id",
                chunk,
            ):
                links[event_id].append(country_id)
        return {k: tuple(v) for k, v in links.items()}

    def _events_from(self, rows: list[Row]) -> list[r.Event]:
        links = self._event_countries([row["id"] for row in rows])
        return [self._event(row, links[row["id"]]) for row in rows]

    # -- reads ---------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {
            t: self._scalar(f"SELECT count(*) FROM {t}")
            for t in ("countries", "people", "sources", "events", "statements", "alignments", "figures")
        }

    def earliest_day(self) -> str | None:
        """The first day any stance or event starts (where the "as of" slider begins)."""
        days = [self._scalar(f"SELECT min(date_start) FROM {t}") for t in ("alignments", "events")]
        days = [d for d in days if d]
        return min(days) if days else None

    def passes(self, kind: str, item_id: Any, filters: Filters = NO_FILTERS) -> bool:
        """Whether the claim exists and the filters let it through."""
        table, alias = facets.CLAIM_TABLES[kind]
        where, params = facets.claim_where(filters, kind)
        return self.conn.execute(
            f"SELECT 1 FROM {table} {alias} WHERE {alias}.id = ? AND {where}", [item_id, *params]
        ).fetchone() is not None

    def statements_before(self, statement: r.Statement) -> int:
        """How many of its country's quotes come before this one on the country's page."""
        return self._scalar(
            "SELECT count(*) FROM statements WHERE country_id = ? AND (date_start, date_end, id) < (?, ?, ?)",
            [statement.country_id, statement.date_start, statement.date_end, statement.id],
        )

    def country(self, country_id: str) -> r.Country:
        rows = self._rows("SELECT * FROM countries WHERE id = ?", [country_id])
        if not rows:
            raise NotFoundError(f"No country with id {country_id!r}")
        return self._country(rows[0])

    def all_countries(self) -> list[r.Country]:
        return [self._country(row) for row in self._rows("SELECT * FROM countries ORDER BY name")]

    def newest_stance_report(self) -> str | None:
        """The last day a source reports a still-current stance for (ISO), or None: after it,
        an ongoing stance is only assumed to last, and the views say "no newer source"."""
        return self._scalar("SELECT max(date_end) FROM alignments WHERE ongoing = 1")

    def stances_as_of(self, day: str | None = None) -> dict[str, r.Alignment]:
        """Each country's alignment period in force on ``day`` (ISO; default today).

        A period is in force from its start to its end, or indefinitely if it was ``ongoing``
        when the source was written. Where periods overlap (fuzzy edges), the later start wins.
        """
        day = _checked_day(day, "the day") if day else _today()
        rows = self._rows(
            "SELECT * FROM alignments WHERE date_start <= :day AND (date_end >= :day OR ongoing = 1)"
            " ORDER BY country_id, date_start, id",
            {"day": day},
        )
        result: dict[str, r.Alignment] = {}
        for row in rows:  # later starts overwrite earlier ones
            result[row["country_id"]] = self._alignment(row)
        return result

    def countries(
        self, filter_text: str = "", *, as_of: str | None = None, filters: Filters = NO_FILTERS
    ) -> list[r.CountrySummary]:
        """The country list: name, stance as of a day, and event count; filtered on name,
        ISO codes and aliases (case-insensitive substring). With facet ``filters`` active, the
        counts are of passing events and countries with no passing claim are left out."""
        stances = self.stances_as_of(as_of)
        if filters.active:
            counts = facets.events_by_country(self, filters)
            keep = facets.passing_counts_by_country(self, filters)
        else:
            counts = dict(self.conn.execute("SELECT country_id, events FROM country_event_counts"))
            keep = None
        needle = filter_text.strip().casefold()
        out = []
        for row in self._rows("SELECT id, name, iso2, region, focus, aliases FROM countries"):
            if keep is not None and row["id"] not in keep and row["id"] not in filters.countries:
                continue
            aliases = _json_texts(row["aliases"])
            if needle:
                haystack = [row["name"], row["id"], row["iso2"] or "", *aliases]
                if not any(needle in h.casefold() for h in haystack):
                    continue
            stance = stances.get(row["id"])
            out.append(
                r.CountrySummary(
                    id=row["id"], name=row["name"], iso2=row["iso2"], region=row["region"],
                    focus=bool(row["focus"]), aliases=aliases,
                    stance=stance.stance if stance else None,
                    stance_since=start_text(stance.date_label, stance.date_start) if stance else None,
                    event_count=counts.get(row["id"], 0),
                )
            )
        out.sort(key=lambda c: (not c.focus, c.name.casefold()))
        return out

    def person(self, person_id: str) -> r.Person:
        rows = self._rows("SELECT * FROM people WHERE id = ?", [person_id])
        if not rows:
            raise NotFoundError(f"No person with id {person_id!r}")
        return _record(ENTITIES["person"], rows[0])

    def people(self) -> list[r.Person]:
        return [_record(ENTITIES["person"], row) for row in self._rows("SELECT * FROM people ORDER BY name")]

    def source(self, source_id: str) -> r.Source:
        rows = self._rows("SELECT * FROM sources WHERE id = ?", [source_id])
        if not rows:
            raise NotFoundError(f"No source with id {source_id!r}")
        return _record(ENTITIES["source"], rows[0])

    def sources(self) -> list[r.Source]:
        return [_record(ENTITIES["source"], row) for row in self._rows("SELECT * FROM sources ORDER BY title")]

    def source_texts(self) -> list[tuple[str, str]]:
        """(id, title) of every source that holds its text, by title (the reader's list)."""
        return [(row["id"], row["title"]) for row in self._rows(
            "SELECT id, title FROM sources WHERE text IS NOT NULL ORDER BY title")]

    def source_passages(self, source_id: str) -> list[r.Passage]:
        """Every passage of one source that an entry cites, in text order, with the entry's
        confidence and title (the reader's highlights); lost anchors left out."""
        parts = []
        for kind, table, title in (("event", "events", "e.title"), ("statement", "statements", "e.text"),
                                   ("alignment", "alignments", "e.stance || ', ' || e.date_label"),
                                   ("figure", "figures", "e.label")):
            parts.append(
                f"SELECT a.kind, a.item_id, a.start, a.end, a.status, e.confidence, {title} AS title"
                f" FROM anchors a JOIN {table} e ON e.id = a.item_id"
                f" WHERE a.kind = '{kind}' AND a.source_id = :s AND a.status <> 'lost'"
            )
        sql = " UNION ALL ".join(parts) + " ORDER BY start, end, kind, item_id"
        return [r.Passage(*row) for row in self.conn.execute(sql, {"s": source_id})]

    def lost_anchors(self) -> list[r.Passage]:
        """Citations whose passage can no longer be found in their source's text (Data quality)."""
        rows = self.conn.execute(
            "SELECT kind, item_id, start, end, status, '', quote FROM anchors WHERE status = 'lost'"
            " ORDER BY source_id, kind, item_id"
        ).fetchall()
        return [r.Passage(*row) for row in rows]

    def event(self, event_id: int) -> r.Event:
        if not _known_id(event_id):
            raise NotFoundError(f"No event with id {str(event_id)[:40]}")
        rows = self._rows("SELECT * FROM events WHERE id = ?", [event_id])
        if not rows:
            raise NotFoundError(f"No event with id {event_id!r}")
        return self._events_from(rows)[0]

    def events_by_id(self, event_ids: Iterable[int]) -> dict[int, r.Event]:
        """A few events by id (a table showing a page of them), one query per 900 ids; ids
        that are gone are left out."""
        ids = list(dict.fromkeys(int(i) for i in event_ids))
        rows: list[Row] = []
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            rows += self._rows(f"SELECT * FROM events WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        return {e.id: e for e in self._events_from(rows)}

    def events(
        self, *, country_id: str | None = None, filters: Filters = NO_FILTERS, limit: int | None = None
    ) -> list[r.Event]:
        """Events in date order, all or for one country, passing the facet filters; with
        ``limit``, only the first ones."""
        where, params = facets.claim_where(filters, "event")
        tail = f" LIMIT {_checked_limit(limit)}" if limit is not None else ""
        if country_id is None:
            rows = self._rows(
                f"SELECT e.* FROM events e WHERE {where} ORDER BY e.date_start, e.date_end, e.id{tail}", params
            )
        elif limit is not None and self._hub_scan_pays(country_id, int(limit)):
            # A country in most events (Russia): walk all events in date order and keep its
            # own; the first page turns up after a few dozen rows instead of sorting tens of
            # thousands.
            rows = self._rows(
                "SELECT e.* FROM events e INDEXED BY idx_events_date WHERE EXISTS (SELECT 1 FROM event_countries ec"
                f" WHERE ec.event_id = e.id AND ec.country_id = ?) AND {where}"
                f" ORDER BY e.date_start, e.date_end, e.id{tail}",
                [country_id, *params],
            )
        else:
            rows = self._rows(
                "SELECT e.* FROM events e JOIN event_countries ec ON ec.event_id = e.id"
                f" WHERE ec.country_id = ? AND {where} ORDER BY e.date_start, e.date_end, e.id{tail}",
                [country_id, *params],
            )
        return self._events_from(rows)

    def _linked_events(self, country_id: str) -> int:
        """How many events a country is in (kept by triggers: migration m005)."""
        return self._scalar("SELECT events FROM country_event_counts WHERE country_id = ?", [country_id]) or 0

    def _hub_scan_pays(self, country_id: str, limit: int) -> bool:
        """Whether a date-order walk over all events finds a country's first ``limit`` sooner
        than sorting all of its events: when it is in a large share of them."""
        linked = self._linked_events(country_id)
        if linked < self.HUB_MIN_LINKS:
            return False
        total = self._scalar("SELECT max(rowid) FROM events") or 1  # the row count, near enough
        return limit * total / linked < linked / 4

    def event_ids(self, *, country_id: str | None = None, filters: Filters = NO_FILTERS) -> list[int]:
        """Event ids in date order (what stepping through the story needs, at any size)."""
        where, params = facets.claim_where(filters, "event")
        if country_id is None:
            sql = f"SELECT e.id FROM events e WHERE {where} ORDER BY e.date_start, e.date_end, e.id"
        else:
            sql = ("SELECT e.id FROM events e JOIN event_countries ec ON ec.event_id = e.id"
                   f" WHERE ec.country_id = ? AND {where} ORDER BY e.date_start, e.date_end, e.id")
            params = [country_id, *params]
        return [row[0] for row in self.conn.execute(sql, params)]

    def count_events(self, *, country_id: str | None = None, filters: Filters = NO_FILTERS) -> int:
        where, params = facets.claim_where(filters, "event")
        if country_id is None:
            return self._scalar(f"SELECT count(*) FROM events e WHERE {where}", params)
        if where == "1":  # nothing to check on the events themselves: the kept count
            return self._linked_events(country_id)
        return self._scalar(
            "SELECT count(*) FROM events e JOIN event_countries ec ON ec.event_id = e.id"
            f" WHERE ec.country_id = ? AND {where}", [country_id, *params],
        )

    def event_position(self, event_id: int, *, country_id: str, filters: Filters = NO_FILTERS) -> int:
        """How many of the country's events come before this one in date order."""
        event = self.event(event_id)
        where, params = facets.claim_where(filters, "event")
        return self._scalar(
            "SELECT count(*) FROM events e JOIN event_countries ec ON ec.event_id = e.id"
            f" WHERE ec.country_id = ? AND {where} AND (e.date_start, e.date_end, e.id) < (?, ?, ?)",
            [country_id, *params, event.date_start, event.date_end, event.id],
        )

    def timeline_rows(self, filters: Filters = NO_FILTERS, *, hub: str | None = vocab.RUSSIA,
                      event_ids: Iterable[int] | None = None) -> list[tuple]:
        """One row per (event, country) for the timeline, numbers only: (event id, country,
        position, start day, end day, category index, confidence index, importance), days
        counted from 1970-01-01. See ``core.timeline.arrays_from_rows``. ``event_ids``: only
        those events' rows (an edit patching the timeline's arrays)."""
        return [row for chunk in self.timeline_row_chunks(filters, hub=hub, event_ids=event_ids) for row in chunk]

    def timeline_row_chunks(self, filters: Filters = NO_FILTERS, *, hub: str | None = vocab.RUSSIA,
                            event_ids: Iterable[int] | None = None, size: int = 65_536) -> Iterator[list[tuple]]:
        """``timeline_rows`` a few thousand at a time: 1.3 million row tuples at once would
        cost about 250 MB (``core.timeline.arrays_from_chunks``)."""
        where, params = facets.claim_where(filters, "event")
        categories = " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(vocab.CATEGORIES))
        confidences = " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(vocab.CONFIDENCES))
        sql = (
            "SELECT e.id, ec.country_id, ec.position,"
            " CAST(julianday(e.date_start) - 2440587.5 AS INTEGER),"
            " CAST(julianday(e.date_end) - 2440587.5 AS INTEGER),"
            f" CASE e.category {categories} ELSE 0 END, CASE e.confidence {confidences} ELSE 0 END, e.importance"
            f" FROM events e JOIN event_countries ec ON ec.event_id = e.id WHERE {where}"
        )
        if hub:  # the hub's lane shows only its own events (see core.timeline.build_arrays)
            sql += " AND NOT (ec.country_id = ? AND ec.position > 0)"
            params = [*params, hub]
        if event_ids is not None:
            sql += " AND e.id IN (SELECT value FROM json_each(?))"
            params = [*params, json.dumps([int(i) for i in event_ids])]
        cursor = self.conn.execute(sql, params)
        while True:
            chunk = cursor.fetchmany(size)
            if not chunk:
                return
            yield chunk

    def event_titles(self, event_ids: Iterable[int]) -> dict[int, str]:
        """Titles for a few events (timeline labels), fetched in one query per 900 ids. An
        undated event's title says so: its marker sits at the source's date only for want of one."""
        ids = list(dict.fromkeys(int(i) for i in event_ids))
        out: dict[int, str] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            out.update(self.conn.execute(
                f"SELECT id, title || CASE WHEN lower(trim(date_label)) = '{UNDATED}' THEN ' (undated)' ELSE '' END"
                f" FROM events WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall())
        return out

    def events_between(self, start: str, end: str) -> list[r.Event]:
        """Events whose window overlaps [start, end] (ISO days, inclusive)."""
        start, end = _checked_day(start, "start"), _checked_day(end, "end")
        rows = self._rows(
            "SELECT * FROM events WHERE date_start <= ? AND date_end >= ?"
            " ORDER BY date_start, date_end, id",
            [end, start],
        )
        return self._events_from(rows)

    _STATEMENT_SQL = (
        "SELECT s.*, p.name AS speaker_name, p.role AS speaker_role FROM statements s"
        " LEFT JOIN people p ON p.id = s.person_id"
    )

    def statement(self, statement_id: int) -> r.Statement:
        if not _known_id(statement_id):
            raise NotFoundError(f"No statement with id {str(statement_id)[:40]}")
        rows = self._rows(self._STATEMENT_SQL + " WHERE s.id = ?", [statement_id])
        if not rows:
            raise NotFoundError(f"No statement with id {statement_id!r}")
        return self._statement(rows[0])

    def statements(
        self, *, country_id: str | None = None, filters: Filters = NO_FILTERS, limit: int | None = None
    ) -> list[r.Statement]:
        where, params = facets.claim_where(filters, "statement")
        if country_id is not None:
            where, params = f"s.country_id = ? AND {where}", [country_id, *params]
        tail = f" LIMIT {_checked_limit(limit)}" if limit is not None else ""
        rows = self._rows(
            self._STATEMENT_SQL + f" WHERE {where} ORDER BY s.date_start, s.date_end, s.id{tail}", params
        )
        return [self._statement(row) for row in rows]

    def alignment(self, alignment_id: int) -> r.Alignment:
        if not _known_id(alignment_id):
            raise NotFoundError(f"No alignment period with id {str(alignment_id)[:40]}")
        rows = self._rows("SELECT * FROM alignments WHERE id = ?", [alignment_id])
        if not rows:
            raise NotFoundError(f"No alignment period with id {alignment_id!r}")
        return self._alignment(rows[0])

    def alignments(self, *, country_id: str | None = None, filters: Filters = NO_FILTERS) -> list[r.Alignment]:
        where, params = facets.claim_where(filters, "alignment")
        if country_id is not None:
            where, params = f"a.country_id = ? AND {where}", [country_id, *params]
        rows = self._rows(
            f"SELECT a.* FROM alignments a WHERE {where} ORDER BY a.country_id, a.date_start, a.id", params
        )
        return [self._alignment(row) for row in rows]

    def figure(self, figure_id: int) -> r.Figure:
        if not _known_id(figure_id):
            raise NotFoundError(f"No key figure with id {str(figure_id)[:40]}")
        rows = self._rows("SELECT * FROM figures WHERE id = ?", [figure_id])
        if not rows:
            raise NotFoundError(f"No key figure with id {figure_id!r}")
        return self._figure(rows[0])

    def figures(self, *, country_id: str | None = None, filters: Filters = NO_FILTERS) -> list[r.Figure]:
        where, params = facets.claim_where(filters, "figure")
        if country_id is not None:
            where, params = f"f.country_id = ? AND {where}", [country_id, *params]
        rows = self._rows(
            f"SELECT f.* FROM figures f WHERE {where} ORDER BY f.country_id, f.date_start, f.id", params
        )
        return [self._figure(row) for row in rows]

    def get(self, entity: str, entity_id: Any) -> Any:
        """Any entry by kind and id."""
        return getattr(self, entity)(entity_id)

    def country_detail(
        self, country_id: str, *, filters: Filters = NO_FILTERS, event_limit: int | None = None,
        statement_limit: int | None = None,
    ) -> r.CountryDetail:
        """Everything the detail pane shows for one country (what passes the filters); with
        ``event_limit``, only the first events (``event_total`` says how many there are)."""
        country = self.country(country_id)
        events = self.events(country_id=country_id, filters=filters, limit=event_limit)
        total = -1
        if event_limit is not None and len(events) >= event_limit:
            total = self.count_events(country_id=country_id, filters=filters)
        statements = self.statements(country_id=country_id, filters=filters, limit=statement_limit)
        statement_total = -1
        if statement_limit is not None and len(statements) >= statement_limit:
            where, params = facets.claim_where(filters, "statement")
            statement_total = self._scalar(
                f"SELECT count(*) FROM statements s WHERE s.country_id = ? AND {where}", [country_id, *params]
            )
        alignments = self.alignments(country_id=country_id, filters=filters)
        figures = self.figures(country_id=country_id, filters=filters)
        source_ids = {x.source_id for x in (*events, *statements, *alignments, *figures)}
        sources = {s.id: s for s in self.sources() if s.id in source_ids}
        return r.CountryDetail(
            country, tuple(alignments), tuple(figures), tuple(events), tuple(statements), sources, total,
            statement_total,
        )

    # -- search --------------------------------------------------------------------------------

    @staticmethod
    def fts_query(text: str) -> str:
        """User text -> a safe FTS5 query: every word quoted, the last one a prefix."""
        text = text.encode("utf-8", "ignore").decode("utf-8")  # SQLite cannot take lone surrogates
        words = [w for w in text.replace("\x00", " ").split() if w.strip('"')]
        quoted = ['"' + w.replace('"', '""') + '"' for w in words]
        if quoted:
            quoted[-1] += "*"
        return " ".join(quoted)

    #: Above this many matches of one kind, ranking them all (bm25 for every match) would take
    #: longer than a keystroke should: the newest entries are listed first instead.
    RANK_MAX = 25_000

    def search_counts(self, text: str) -> dict[str, int]:
        """How many countries, events and quotes match (before any facet filter); cheap, since
        the full-text index counts without scoring."""
        query = self.fts_query(text)
        out: dict[str, int] = {}
        if not query:
            return out
        for kind, table in (("country", "countries_fts"), ("event", "events_fts"), ("statement", "statements_fts")):
            try:
                out[kind] = self._scalar(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", [query])
            except sqlite3.OperationalError:
                out[kind] = 0
        return out

    def search(self, text: str, *, limit: int = 50, filters: Filters = NO_FILTERS,
               counts: Mapping[str, int] | None = None) -> list[r.SearchHit]:
        """Full-text search over countries, events and statements, best matches first; events
        and quotes must pass the facet filters, countries the country facet. A kind with more
        than ``RANK_MAX`` matches lists its newest entries first instead (``counts``, from
        ``search_counts``, saves counting again).

        Never raises on odd input: syntax is neutralised by quoting every word.
        """
        limit = _checked_limit(limit)
        query = self.fts_query(text)
        if not query:
            return []
        counts = self.search_counts(text) if counts is None else counts
        order = {
            kind: (f"{table}.rank", "rank") if counts.get(kind, 0) <= self.RANK_MAX
            else (f"{table}.rowid * -1e-12", f"{table}.rowid DESC")  # after every ranked hit, newest first
            for kind, table in (("event", "events_fts"), ("statement", "statements_fts"))
        }
        event_where, event_params = facets.claim_where(filters, "event")
        statement_where, statement_params = facets.claim_where(filters, "statement")
        country_where, country_params = "1", []
        if filters.countries:
            country_where = "c.id IN (" + ", ".join("?" * len(filters.countries)) + ")"
            country_params = sorted(filters.countries)
        sql = """
        SELECT * FROM (
          SELECT 'country' AS kind, c.id AS id, c.id AS country_id, c.name AS title,
                 snippet(countries_fts, -1, '[[', ']]', '…', 12) AS snippet,
                 NULL AS date_label, countries_fts.rank - 1000 AS rank
          FROM countries_fts JOIN countries c ON c.rowid = countries_fts.rowid
          WHERE countries_fts MATCH :q AND {country_where}
          ORDER BY rank LIMIT :limit
        )
        UNION ALL SELECT * FROM (
          SELECT 'event', e.id,
                 (SELECT country_id FROM event_countries WHERE event_id = e.id
                  ORDER BY position LIMIT 1),
                 e.title, snippet(events_fts, -1, '[[', ']]', '…', 12), e.date_label,
                 {event_rank} AS rank
          FROM events_fts JOIN events e ON e.id = events_fts.rowid
          WHERE events_fts MATCH :q AND {event_where}
          ORDER BY {event_order} LIMIT :limit
        )
        UNION ALL SELECT * FROM (
          SELECT 'statement', s.id, s.country_id,
                 coalesce(p.name, 'Unattributed') || ': “' || substr(s.text, 1, 80) ||
                   CASE WHEN length(s.text) > 80 THEN '…' ELSE '' END || '”',
                 snippet(statements_fts, -1, '[[', ']]', '…', 12), s.date_label,
                 {statement_rank} AS rank
          FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid
          LEFT JOIN people p ON p.id = s.person_id
          WHERE statements_fts MATCH :q AND {statement_where}
          ORDER BY {statement_order} LIMIT :limit
        )
        ORDER BY rank LIMIT :limit
        """
        # Each branch sorts and cuts before the union, so SQLite builds snippets for at most
        # ``limit`` rows per kind instead of for every match.
        for kind in ("event", "statement"):
            sql = sql.replace(f"{{{kind}_rank}}", order[kind][0]).replace(f"{{{kind}_order}}", order[kind][1])
        # Named and positional parameters cannot mix: number the filter values.
        args: dict[str, object] = {"q": query, "limit": _checked_limit(limit)}
        for name, where, params in (("c", country_where, country_params), ("e", event_where, event_params),
                                    ("s", statement_where, statement_params)):
            for i, value in enumerate(params):
                where = where.replace("?", f":{name}{i}", 1)
                args[f"{name}{i}"] = value
            sql = sql.replace({"c": "{country_where}", "e": "{event_where}", "s": "{statement_where}"}[name], where)
        try:
            rows = self._rows(sql, args)
        except sqlite3.OperationalError:
            return []
        return [
            r.SearchHit(
                kind=row["kind"], id=row["id"], country_id=row["country_id"], title=row["title"],
                snippet=row["snippet"], date_label=row["date_label"],
            )
            for row in rows
        ]

    # -- history -------------------------------------------------------------------------------

    def changes(self, entity: str | None = None, entity_id: Any = None) -> list[r.Change]:
        """The change log, newest first; optionally for one entry."""
        where, params = "", []
        if entity is not None:
            where, params = " WHERE entity = ?", [entity]
            if entity_id is not None:
                where += " AND entity_id = ?"
                params.append(str(entity_id))
        rows = self._rows("SELECT * FROM changes" + where + " ORDER BY id DESC", params)
        return [
            r.Change(
                id=row["id"], time=row["time"], entity=row["entity"], entity_id=row["entity_id"],
                action=row["action"], label=row["label"],
                before=_json_object(row["before"]), after=_json_object(row["after"]),
            )
            for row in rows
        ]

    # -- writes --------------------------------------------------------------------------------

    def _values_of(self, entity: Entity, entity_id: Any) -> dict[str, Any]:
        """The current values of one entry, as the fields of its entity (for merging)."""
        record = self.get(entity.name, entity_id)
        values = r.as_dict(record)
        return {k: v for k, v in values.items() if k in entity.field_names or k.startswith("date_")}

    def excerpt_problem(self, source_id: str | None, excerpt: str | None) -> str | None:
        """Why an excerpt cannot cite its source (None when it can): a source with text must
        hold the excerpt verbatim; a source without text takes any excerpt."""
        if not excerpt or not source_id:
            return None
        row = self.conn.execute(
            "SELECT instr(text, ?) FROM sources WHERE id = ? AND text IS NOT NULL", (excerpt, source_id)
        ).fetchone()
        if row is None or row[0]:
            return None
        return "is not in the source's text word for word: copy it from the source (Sources ▸ reader)"

    def _check_references(self, entity: Entity, values: dict[str, Any]) -> dict[str, str]:
        errors: dict[str, str] = {}
        tables = {"country": "countries", "person": "people", "source": "sources"}
        for f in entity.fields:
            if f.kind not in ("ref", "refs") or not values.get(f.name):
                continue
            wanted = values[f.name] if f.kind == "refs" else (values[f.name],)
            missing = [
                v for v in wanted
                if not self.conn.execute(f"SELECT 1 FROM {tables[f.ref]} WHERE id = ?", (v,)).fetchone()
            ]
            if missing:
                errors[f.name] = f"no {ENTITIES[f.ref].label} with id {', '.join(map(str, missing))}"
        return errors

    def _rows_for(self, entity: Entity, entity_id: Any, values: dict[str, Any]) -> dict[str, list[Row]]:
        """Validated field values -> the table rows that store them."""
        row = {k: v for k, v in values.items() if k in TABLE_COLUMNS[entity.table]}
        row["id"] = entity_id
        for f in entity.fields:
            if f.kind == "list":
                row[f.name] = json.dumps(list(values.get(f.name) or ()), ensure_ascii=False)
            elif f.kind == "bool":
                row[f.name] = int(bool(values.get(f.name)))
        out = {entity.table: [{c: row.get(c) for c in TABLE_COLUMNS[entity.table]}]}
        if entity.name == "event":
            out["event_countries"] = [
                {"event_id": entity_id, "country_id": c, "position": i}
                for i, c in enumerate(values["countries"])
            ]
        return out

    def _snapshot(self, table: str, where: str, params: Iterable[Any]) -> list[Row]:
        cols = ", ".join(TABLE_COLUMNS[table])
        return self._rows(f"SELECT {cols} FROM {table} WHERE {where}", params)

    def _entry_rows(self, entity: Entity, entity_id: Any) -> dict[str, list[Row]]:
        if not _known_id(entity_id):
            raise NotFoundError(f"No {entity.label} with id {str(entity_id)[:40]}")
        rows = self._snapshot(entity.table, "id = ?", [entity_id])
        if not rows:
            raise NotFoundError(f"No {entity.label} with id {entity_id!r}")
        out = {entity.table: rows}
        if entity.name == "event":
            out["event_countries"] = self._snapshot(
                "event_countries", "event_id = ? ORDER BY position", [entity_id]
            )
        return out

    def _title(self, entity: Entity, values: Mapping[str, Any]) -> str:
        title = str(values.get(entity.title_field) or values.get("id") or "")
        if entity.name == "alignment":
            title = f"{vocab.STANCE_LABELS.get(title, title)}, {values.get('date_label', '')}"
        return title if len(title) <= 48 else title[:47] + "…"

    def _free_key(self, table: str, base: str) -> str:
        key, n = base, 1
        while self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (key,)).fetchone():
            n += 1
            key = f"{base[:60]}-{n}"
        return key

    def _validated(self, entity: Entity, values: dict[str, Any], *, check_excerpt: bool = True) -> dict[str, Any]:
        errors: dict[str, str] = {}
        try:
            clean = validate(entity, values)
        except ValidationError as e:
            errors = dict(e.errors)
            clean = None
        ref_errors = self._check_references(entity, values)
        errors.update({k: v for k, v in ref_errors.items() if k not in errors})
        if clean is not None and check_excerpt and "excerpt" not in errors:
            problem = self.excerpt_problem(clean.get("source_id"), clean.get("excerpt"))
            if problem:
                errors["excerpt"] = problem
        if errors:
            raise ValidationError(errors, entity=entity.label)
        assert clean is not None
        return clean

    def create(self, entity_name: str, /, **values: Any) -> ChangeSet:
        """Add one entry; returns the change (its ``entity_id`` is the new id)."""
        entity = ENTITIES[entity_name]
        values = dict(values)
        self._refuse_unknown(entity, values)
        if entity.id_kind == "text" and entity.name != "country" and not values.get("id"):
            base = slugify(str(values.get(entity.title_field) or ""))
            values["id"] = self._free_key(entity.table, base)
        clean = self._validated(entity, values)
        if entity.id_kind == "text":
            entity_id = clean["id"]
            if self.conn.execute(f"SELECT 1 FROM {entity.table} WHERE id = ?", (entity_id,)).fetchone():
                raise ValidationError({"id": f"“{entity_id}” is already taken"}, entity=entity.label)
        else:
            entity_id = values.get("id")
            if entity_id is None:
                entity_id = (self._scalar(f"SELECT max(id) FROM {entity.table}") or 0) + 1
                if entity_id > MAX_ID:
                    raise ValidationError({"id": f"every id up to {MAX_ID:,} is taken; give a free one"}, entity=entity.label)
            elif isinstance(entity_id, bool) or not isinstance(entity_id, int) or not 1 <= entity_id <= MAX_ID:
                raise ValidationError({"id": f"must be a whole number from 1 to {MAX_ID:,}"}, entity=entity.label)
            elif self.conn.execute(f"SELECT 1 FROM {entity.table} WHERE id = ?", (entity_id,)).fetchone():
                raise ValidationError({"id": f"{entity_id} is already taken"}, entity=entity.label)
        after = self._rows_for(entity, entity_id, clean)
        change = ChangeSet(
            entity.name, entity_id, "create", f"Add {entity.label} ‘{self._title(entity, clean)}’",
            {}, {t: tuple(rows) for t, rows in after.items()},
        )
        self.apply(change)
        return change

    def update(self, entity_name: str, entity_id: Any, /, **changes: Any) -> ChangeSet:
        """Change some fields of one entry; the rest keep their values."""
        entity = ENTITIES[entity_name]
        self._refuse_unknown(entity, changes)
        if "id" in changes and changes["id"] != entity_id:
            raise ValidationError({"id": "the key of an existing entry cannot be changed"}, entity=entity.label)
        before = self._entry_rows(entity, entity_id)
        values = self._values_of(entity, entity_id)
        if entity.dated and "date_label" in changes and not (
            "date_start" in changes or "date_end" in changes
        ):
            values.pop("date_start", None)  # a new label brings its own window
            values.pop("date_end", None)
        values.update(changes)
        clean = self._validated(entity, values, check_excerpt="excerpt" in changes or "source_id" in changes)
        after = self._rows_for(entity, entity_id, clean)
        change = ChangeSet(
            entity.name, entity_id, "update", f"Edit {entity.label} ‘{self._title(entity, clean)}’",
            {t: tuple(rows) for t, rows in before.items()},
            {t: tuple(rows) for t, rows in after.items()},
        )
        self.apply(change)
        return change

    @staticmethod
    def _refuse_unknown(entity: Entity, values: Mapping[str, Any]) -> None:
        """A field the entry does not have is refused, not silently dropped."""
        allowed = set(entity.field_names) | {"id"} | ({"date_start", "date_end"} if entity.dated else set())
        unknown = sorted(map(str, set(values) - allowed))
        if unknown:
            raise ValidationError({name[:60]: "unknown field" for name in unknown}, entity=entity.label)

    def plan_delete(self, entity_name: str, entity_id: Any) -> ChangeSet:
        """What deleting this entry would remove or change, without doing it."""
        entity = ENTITIES[entity_name]
        before = self._entry_rows(entity, entity_id)
        after: dict[str, list[Row]] = {}
        if entity.name == "country":
            for table in ("alignments", "figures", "statements"):
                before[table] = self._snapshot(table, "country_id = ?", [entity_id])
            links = self._snapshot("event_countries", "country_id = ?", [entity_id])
            only_here = [
                link["event_id"] for link in links
                if self._scalar("SELECT count(*) FROM event_countries WHERE event_id = ?", [link["event_id"]]) == 1
            ]
            before["events"] = [row for i in only_here for row in self._snapshot("events", "id = ?", [i])]
            before["event_countries"] = links
            people = self._snapshot("people", "country_id = ?", [entity_id])
            before["people"] = people
            after["people"] = [dict(p, country_id=None) for p in people]
        elif entity.name == "person":
            said = self._snapshot("statements", "person_id = ?", [entity_id])
            before["statements"] = said
            after["statements"] = [dict(s, person_id=None) for s in said]
        elif entity.name == "source":
            cited = sum(
                self._scalar(f"SELECT count(*) FROM {t} WHERE source_id = ?", [entity_id])
                for t in ("events", "statements", "alignments", "figures")
            )
            if cited:
                raise ValidationError(
                    {"id": f"{cited} entries cite this source; give them another source first"},
                    entity=entity.label,
                )
        # Tours that show a deleted event or quote lose that step (and get it back on undo).
        for kind in ("event", "statement"):
            table = f"{kind}s"
            gone = [row["id"] for row in before.get(table, ()) if not any(r["id"] == row["id"] for r in after.get(table, ()))]
            for item_id in gone:
                before.setdefault("tour_items", []).extend(
                    self._snapshot("tour_items", "kind = ? AND item_id = ?", [kind, item_id])
                )
        values = {k: v for k, v in before[entity.table][0].items()}
        return ChangeSet(
            entity.name, entity_id, "delete", f"Delete {entity.label} ‘{self._title(entity, values)}’",
            {t: tuple(rows) for t, rows in before.items() if rows},
            {t: tuple(rows) for t, rows in after.items() if rows},
        )

    def delete(self, entity_name: str, entity_id: Any) -> ChangeSet:
        """Delete one entry and whatever cannot exist without it (see ``plan_delete``)."""
        change = self.plan_delete(entity_name, entity_id)
        self.apply(change)
        return change

    def apply(self, change: ChangeSet, *, log: bool = True) -> None:
        """Make the database hold ``change.after`` where it held ``change.before``, atomically.

        Rows in ``before`` missing from ``after`` are deleted (children first); rows in ``after``
        are upserted (parents first). Undo is ``apply(change.undone())``.
        """
        if self.readonly:
            raise PermissionError("this database is open read-only")
        outer = not self.conn.in_transaction
        try:
            if outer:
                # Take the write lock first: another window's write makes this wait (the busy
                # timeout) instead of failing half-way, and nothing checked below can go stale.
                self.conn.execute("BEGIN IMMEDIATE")
            with self.db.atomic():
                # Checked at commit: a change may unlink children and delete their parent in any order.
                self.conn.execute("PRAGMA defer_foreign_keys = ON")
                for table in TABLE_ORDER:  # new rows must still be new: another window may have added one
                    pk, known = PRIMARY_KEYS[table], {_key(table, row) for row in change.before.get(table, ())}
                    for row in change.after.get(table, ()):
                        if _key(table, row) not in known and self.conn.execute(
                            f"SELECT 1 FROM {table} WHERE " + " AND ".join(f"{c} = ?" for c in pk),
                            _key(table, row),
                        ).fetchone():
                            raise DatabaseWriteError(
                                "conflict",
                                f"Another window or program has just saved an entry with the same key ({table} {_key(table, row)}).",
                                "Nothing was changed. Reload and try again.",
                            )
                for table in reversed(TABLE_ORDER):
                    keep = {_key(table, row) for row in change.after.get(table, ())}
                    for row in change.before.get(table, ()):
                        if _key(table, row) not in keep:
                            pk = PRIMARY_KEYS[table]
                            self.conn.execute(
                                f"DELETE FROM {table} WHERE " + " AND ".join(f"{c} = ?" for c in pk),
                                [row[c] for c in pk],
                            )
                for table in TABLE_ORDER:
                    for row in change.after.get(table, ()):
                        self._upsert(table, row)
                self._sync_anchors(change)
                if log:
                    self._log(change)
            if outer:
                self.conn.execute("COMMIT")
        except BaseException as e:
            if outer and self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # the failed statement may have rolled back already
            if isinstance(e, (sqlite3.Error, UnicodeEncodeError)):
                # Locked, full, read-only, I/O: a small named error, and nothing was written.
                raise explain_write_error(self.path, e) from None
            raise

    def _sync_anchors(self, change: ChangeSet) -> None:
        """Anchors follow the write: the entry's own, or every one into a source whose text changed."""
        from . import anchoring  # with difflib: on the first write, not at start-up

        if change.entity in anchoring.KIND_TABLES:
            anchoring.sync_entry(self.conn, change.entity, change.entity_id)
        elif change.entity == "source":
            before = {row["id"]: row.get("text") for row in change.before.get("sources", ())}
            for row in change.after.get("sources", ()) or change.before.get("sources", ()):
                if row["id"] not in before or before[row["id"]] != row.get("text") or not change.after:
                    anchoring.sync_source(self.conn, row["id"])

    def _upsert(self, table: str, row: Row) -> None:
        cols = TABLE_COLUMNS[table]
        pk = PRIMARY_KEYS[table]
        updates = [c for c in cols if c not in pk]
        sql = (
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            f" ON CONFLICT ({', '.join(pk)}) DO "
            + (f"UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in updates)}" if updates else "NOTHING")
        )
        self.conn.execute(sql, [row.get(c) for c in cols])

    def _log(self, change: ChangeSet) -> None:
        entity = ENTITIES[change.entity]

        def main(snapshot: Snapshot) -> dict[str, Any] | None:
            rows = [row for row in snapshot.get(entity.table, ()) if row["id"] == change.entity_id]
            if not rows:
                return None
            out = dict(rows[0])
            if entity.name == "event":
                out["countries"] = [
                    link["country_id"] for link in snapshot.get("event_countries", ())
                    if link["event_id"] == change.entity_id
                ]
            return out

        before, after = main(change.before), main(change.after)
        self.conn.execute(
            "INSERT INTO changes (time, entity, entity_id, action, label, before, after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                datetime.now(timezone.utc).isoformat(timespec="seconds"),
                change.entity, str(change.entity_id), change.action, change.label,
                json.dumps(before, ensure_ascii=False) if before is not None else None,
                json.dumps(after, ensure_ascii=False) if after is not None else None,
            ],
        )

    # Named writes, one per entity: store.create_event(title=..., ...) and so on.
    def create_country(self, **v: Any) -> ChangeSet: return self.create("country", **v)
    def update_country(self, id: str, /, **v: Any) -> ChangeSet: return self.update("country", id, **v)
    def delete_country(self, id: str, /) -> ChangeSet: return self.delete("country", id)
    def create_person(self, **v: Any) -> ChangeSet: return self.create("person", **v)
    def update_person(self, id: str, /, **v: Any) -> ChangeSet: return self.update("person", id, **v)
    def delete_person(self, id: str, /) -> ChangeSet: return self.delete("person", id)
    def create_source(self, **v: Any) -> ChangeSet: return self.create("source", **v)
    def update_source(self, id: str, /, **v: Any) -> ChangeSet: return self.update("source", id, **v)
    def delete_source(self, id: str, /) -> ChangeSet: return self.delete("source", id)
    def create_event(self, **v: Any) -> ChangeSet: return self.create("event", **v)
    def update_event(self, id: int, /, **v: Any) -> ChangeSet: return self.update("event", id, **v)
    def delete_event(self, id: int, /) -> ChangeSet: return self.delete("event", id)
    def create_statement(self, **v: Any) -> ChangeSet: return self.create("statement", **v)
    def update_statement(self, id: int, /, **v: Any) -> ChangeSet: return self.update("statement", id, **v)
    def delete_statement(self, id: int, /) -> ChangeSet: return self.delete("statement", id)
    def create_alignment(self, **v: Any) -> ChangeSet: return self.create("alignment", **v)
    def update_alignment(self, id: int, /, **v: Any) -> ChangeSet: return self.update("alignment", id, **v)
    def delete_alignment(self, id: int, /) -> ChangeSet: return self.delete("alignment", id)
    def create_figure(self, **v: Any) -> ChangeSet: return self.create("figure", **v)
    def update_figure(self, id: int, /, **v: Any) -> ChangeSet: return self.update("figure", id, **v)
    def delete_figure(self, id: int, /) -> ChangeSet: return self.delete("figure", id)

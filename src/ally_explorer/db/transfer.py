"""Whole-dataset import and export: JSON (exact round trip), CSV and TimelineJS3.

Import checks everything first and writes all or nothing; each problem names its position
(``events[3]``) and field, so a user can fix the file.
"""

from __future__ import annotations

import gc
import json
import operator
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from ..core import vocab
from ..core.entities import ENTITIES, Entity
from ..core.errors import AllyError, ValidationError
from ..core.validation import validate
from . import anchoring
from .atomicfile import atomic_write
from .stamp import bump_content_stamp, stamp_trigger_names
from .store import MAX_ID, TABLE_COLUMNS, TABLE_ORDER, Store

FORMAT = "ally-explorer"
FORMAT_VERSION = 1

#: JSON sections in dependency order, and the entity each holds.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("sources", "source"),
    ("countries", "country"),
    ("people", "person"),
    ("events", "event"),
    ("statements", "statement"),
    ("alignments", "alignment"),
    ("figures", "figure"),
)


@dataclass(frozen=True)
class Problem:
    position: str  # "events[3]"
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.position}.{self.field}" if self.field else self.position
        return f"{where}: {self.message}"


class ImportRefused(AllyError):
    """The file was not imported; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"Import refused: {problems[0]}{more}" if problems else "Import refused")


ID_RULE = f"must be a whole number from 1 to {MAX_ID:,}"


def _valid_id(value: Any) -> bool:
    """Ids from a file are bounded (``store.MAX_ID``): one huge id would leave none free."""
    return type(value) is int and 1 <= value <= MAX_ID


def _entry_from_row(entity: Entity, row: dict[str, Any], countries: list[str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if entity.id_kind == "int":
        out["id"] = row["id"]
    for f in entity.fields:
        if f.name == "countries":
            out["countries"] = countries or []
        elif f.name == "aliases":
            out["aliases"] = json.loads(row["aliases"] or "[]")
        elif f.kind == "bool":
            out[f.name] = bool(row[f.name])
        else:
            out[f.name] = row[f.name]
    if entity.dated:
        out["date_start"], out["date_end"] = row["date_start"], row["date_end"]
    return out


def export_data(store: Store) -> dict[str, Any]:
    """The whole dataset as plain data, in id order: the JSON export and the build's input."""
    links: dict[int, list[str]] = {}
    for event_id, country_id in store.conn.execute(
        "SELECT event_id, country_id FROM event_countries ORDER BY event_id, position, country_id"
    ):
        links.setdefault(event_id, []).append(country_id)
    data: dict[str, Any] = {"format": FORMAT, "version": FORMAT_VERSION}
    for section, name in SECTIONS:
        entity = ENTITIES[name]
        cols = ", ".join(TABLE_COLUMNS[entity.table])
        rows = store._rows(f"SELECT {cols} FROM {entity.table} ORDER BY id")
        data[section] = [
            _entry_from_row(entity, row, links.get(row["id"]) if name == "event" else None)
            for row in rows
        ]
    items: dict[int, list[list[Any]]] = {}
    for tour_id, kind, item_id in store.conn.execute(
        "SELECT tour_id, kind, item_id FROM tour_items ORDER BY tour_id, position"
    ):
        items.setdefault(tour_id, []).append([kind, item_id])
    data["tours"] = [
        {"id": row["id"], "name": row["name"], "note": row["note"], "items": items.get(row["id"], [])}
        for row in store._rows("SELECT id, name, note FROM tours ORDER BY id")
    ]
    data["anchors"] = store._rows(f"SELECT {', '.join(ANCHOR_FIELDS)} FROM anchors ORDER BY kind, item_id")
    return data


#: An anchor's fields in the JSON export (the columns of the anchors table).
ANCHOR_FIELDS = ("kind", "item_id", "source_id", "quote", "prefix", "suffix", "start", "end", "status")
ANCHOR_STATUSES = ("exact", "moved", "fuzzy", "lost")


def _check_anchors(anchors: Any, ids: dict[str, set[Any]], problems: list[Problem]) -> list[dict[str, Any]]:
    """Anchors: each names an entry of the file or the database and a passage of a source."""
    if not isinstance(anchors, list):
        problems.append(Problem("anchors", "", "must be a list"))
        return []
    clean = []
    for i, anchor in enumerate(anchors):
        where = f"anchors[{i}]"
        if not isinstance(anchor, dict):
            problems.append(Problem(where, "", "must be an object"))
            continue
        bad = [Problem(where, str(k), "unknown field") for k in sorted(map(str, set(anchor) - set(ANCHOR_FIELDS)))]
        for key in ("quote", "prefix", "suffix", "source_id"):
            if not isinstance(anchor.get(key, ""), str):
                bad.append(Problem(where, key, "must be text"))
        for key in ("item_id", "start", "end"):
            value = anchor.get(key)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                bad.append(Problem(where, key, "must be a whole number, 0 or more"))
        if anchor.get("kind") not in anchoring.KIND_TABLES:
            bad.append(Problem(where, "kind", f"must be one of: {', '.join(anchoring.KIND_TABLES)}"))
        elif anchor.get("item_id") not in ids[anchor["kind"]]:
            bad.append(Problem(where, "item_id", f"refers to unknown {anchor['kind']} {anchor.get('item_id')!r}"))
        if anchor.get("status", "exact") not in ANCHOR_STATUSES:
            bad.append(Problem(where, "status", f"must be one of: {', '.join(ANCHOR_STATUSES)}"))
        if anchor.get("source_id") not in ids["source"]:
            bad.append(Problem(where, "source_id", f"refers to unknown source {anchor.get('source_id')!r}"))
        if not bad and anchor["end"] < anchor["start"]:
            bad.append(Problem(where, "end", "must not be before start"))
        problems.extend(bad)
        if not bad:
            clean.append({k: anchor.get(k, "" if k in ("prefix", "suffix") else "exact") for k in ANCHOR_FIELDS})
    return clean


def _check_tours(store: Store, tours: Any, ids: dict[str, set[Any]], *, replace: bool,
                 problems: list[Problem]) -> list[tuple[Any, dict]]:
    """Tours: a name, and steps that are events or quotes in the file or the database."""
    if not isinstance(tours, list):
        problems.append(Problem("tours", "", "must be a list"))
        return []
    taken = set() if replace else {row[0] for row in store.conn.execute("SELECT name FROM tours")}
    clean: list[tuple[Any, dict]] = []
    for i, tour in enumerate(tours):
        where = f"tours[{i}]"
        if not isinstance(tour, dict):
            problems.append(Problem(where, "", "must be an object"))
            continue
        ok = True
        for key in sorted(map(str, set(tour) - {"id", "name", "note", "items"})):
            problems.append(Problem(where, key, "unknown field"))
            ok = False
        name, note, steps = tour.get("name"), tour.get("note"), tour.get("items", [])
        if not isinstance(name, str) or not name.strip() or len(name) > 200:
            problems.append(Problem(where, "name", "is required (at most 200 characters)"))
            ok = False
        elif name in taken:
            problems.append(Problem(where, "name", f"a tour called {name!r} already exists"))
            ok = False
        if note is not None and not isinstance(note, str):
            problems.append(Problem(where, "note", "must be text"))
            ok = False
        tour_id = tour.get("id")
        if tour_id is not None and not _valid_id(tour_id):
            problems.append(Problem(where, "id", ID_RULE))
            ok = False
        if not isinstance(steps, list):
            problems.append(Problem(where, "items", "must be a list of [kind, id] pairs"))
            continue
        for j, step in enumerate(steps):
            if (not isinstance(step, (list, tuple)) or len(step) != 2 or step[0] not in ("event", "statement")
                    or not _valid_id(step[1])):
                problems.append(Problem(f"{where}.items[{j}]", "", "must be [\"event\" or \"statement\", id]"))
                ok = False
            elif step[1] not in ids[step[0]]:
                problems.append(Problem(f"{where}.items[{j}]", "", f"refers to unknown {step[0]} {step[1]}"))
                ok = False
        if ok:
            taken.add(name)
            clean.append((tour_id, {"name": name, "note": note, "items": [tuple(step) for step in steps]}))
    return clean


def _insert_tours(store: Store, tours: list[tuple[Any, dict]], id_maps: dict[str, dict[Any, Any]], *,
                  keep_ids: bool) -> int:
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for tour_id, tour in tours:
        cursor = store.conn.execute(
            "INSERT INTO tours (id, name, note, created, updated) VALUES (?, ?, ?, ?, ?)",
            [tour_id if keep_ids else None, tour["name"], tour["note"], now, now],
        )
        new_id = cursor.lastrowid
        store.conn.executemany(
            "INSERT INTO tour_items (tour_id, position, kind, item_id) VALUES (?, ?, ?, ?)",
            [(new_id, p, kind, id_maps.get(kind, {}).get(item, item)) for p, (kind, item) in enumerate(tour["items"])],
        )
    return len(tours)


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export_json(store: Store, path: str | Path) -> None:
    atomic_write(path, dumps(export_data(store)))


def _check(store: Store, data: Any, *, replace: bool) -> tuple[list[Problem], dict[str, list[tuple[Any, dict]]]]:
    """Validate every entry; return problems and, per section, (id, clean values)."""
    positions: dict[str, list[int]] = {}
    problems: list[Problem] = []
    if not isinstance(data, dict):
        return [Problem("file", "", "the top level must be a JSON object")], {}
    if "format" in data and data["format"] != FORMAT:
        problems.append(Problem("file", "format", f"expected “{FORMAT}”, found {data.get('format')!r}"))
    version = data.get("version", FORMAT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= FORMAT_VERSION:
        problems.append(
            Problem("file", "version", f"this file is format version {version!r}; this app reads up to {FORMAT_VERSION}")
        )
    known = {section for section, _ in SECTIONS} | {"format", "version", "tours", "anchors"}
    for key in data:
        if key not in known:
            problems.append(Problem("file", str(key), "unknown section"))

    # Ids that references may point at: the file's own, plus the database's unless replaced.
    ids: dict[str, set[Any]] = {}
    for section, name in SECTIONS:
        existing: set[Any] = set()
        if not replace:
            existing = {row[0] for row in store.conn.execute(f"SELECT id FROM {ENTITIES[name].table}")}
        ids[name] = set(existing)
    clean_all: dict[str, list[tuple[Any, dict]]] = {}
    for section, name in SECTIONS:
        entity = ENTITIES[name]
        entries = data.get(section, [])
        if not isinstance(entries, list):
            problems.append(Problem(section, "", "must be a list"))
            continue
        seen: set[Any] = set()
        clean_all[section] = []
        positions[section] = []
        allowed = set(entity.field_names) | {"id", "date_start", "date_end"}
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                problems.append(Problem(f"{section}[{i}]", "", "must be an object"))
                continue
            position = f"{section}[{i}]"
            if not allowed.issuperset(entry):
                for key in sorted(map(str, set(entry) - allowed)):
                    problems.append(Problem(position, key, "unknown field"))
            entry_id = entry.get("id")
            if entity.id_kind == "int":
                if entry_id is not None and not _valid_id(entry_id):
                    problems.append(Problem(position, "id", ID_RULE))
                    continue
            try:
                clean = validate(entity, entry)
            except ValidationError as e:
                for field_name, message in e.errors.items():
                    problems.append(Problem(position, field_name, message))
                continue
            if entity.id_kind == "text":
                entry_id = clean["id"]
            if entry_id is not None:
                if entry_id in seen:
                    problems.append(Problem(position, "id", f"{entry_id!r} appears twice in the file"))
                    continue
                if entity.id_kind == "text" and entry_id in ids[name] and not replace:
                    problems.append(Problem(position, "id", f"{entry_id!r} already exists in the database"))
                    continue
                seen.add(entry_id)
            clean_all[section].append((entry_id, clean))
            positions[section].append(i)
        ids[name] |= seen
    # References, now that every section's ids are known.
    clean_all["tours"] = _check_tours(store, data.get("tours", []), ids, replace=replace, problems=problems)
    clean_all["anchors"] = _check_anchors(data.get("anchors", []), ids, problems)  # type: ignore[assignment]
    for section, name in SECTIONS:
        entity = ENTITIES[name]
        for i, (entry_id, clean) in zip(positions.get(section, []), clean_all.get(section, [])):
            for f in entity.fields:
                if f.kind not in ("ref", "refs") or not clean.get(f.name):
                    continue
                wanted = clean[f.name] if f.kind == "refs" else (clean[f.name],)
                missing = [v for v in wanted if v not in ids[f.ref]]
                if missing:
                    problems.append(
                        Problem(f"{section}[{i}]", f.name, f"refers to unknown {ENTITIES[f.ref].label} {', '.join(map(repr, missing))}")
                    )
    return problems, clean_all


def import_data(
    store: Store,
    data: Any,
    *,
    replace: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Import a whole dataset, all or nothing. Returns how many entries of each kind went in.

    ``replace`` empties the database first (inside the same transaction). Otherwise entries are
    added: text keys must be new, and numeric ids are kept when free or renumbered after the
    existing ones.
    """
    with _gc_paused():
        return _import_data(store, data, replace=replace, progress=progress)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cycle collector off while a dataset is checked and written (on again after).

    An import makes a few hundred thousand small dicts and tuples, freed by reference counting;
    each of them counts towards the collector's thresholds, so it would otherwise traverse the
    whole heap (the parsed file included) again and again: a fifth of building a 100,000-event
    database, 4 full and 1,100 partial collections that find nothing to collect."""
    if not gc.isenabled():  # already off (a caller's own pause): leave it as it is
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _import_data(store: Store, data: Any, *, replace: bool, progress: Callable[[int, int], None] | None
                 ) -> dict[str, int]:
    problems, clean_all = _check(store, data, replace=replace)
    if problems:
        raise ImportRefused(problems)
    anchors: list[dict[str, Any]] = clean_all.pop("anchors", [])  # type: ignore[assignment]
    total = sum(len(v) for v in clean_all.values())
    done = 0
    counts: dict[str, int] = {}
    bulk = replace or total > BULK_ROWS
    with store.db.atomic():
        # A big import re-indexes the full-text tables once instead of row by row (about twice
        # as fast at 100k events); the triggers come back in the same transaction.
        triggers = _suspend_fts_triggers(store) if bulk else []
        # Likewise the secondary indexes: built once from sorted data afterwards rather than
        # grown row by row (about a sixth of the insert time).
        indexes = _suspend_indexes(store) if bulk else []
        if replace:
            for table in reversed(TABLE_ORDER):
                store.conn.execute(f"DELETE FROM {table}")
            store.conn.execute("DELETE FROM tours")
            store.conn.execute("DELETE FROM anchors")
        id_maps: dict[str, dict[Any, Any]] = {}
        for section, name in SECTIONS:
            entity = ENTITIES[name]
            entries = clean_all.get(section, [])
            renumber = False
            if entity.id_kind == "int" and not replace:
                wanted = [i for i, _ in entries if i is not None]
                taken = store._scalar(
                    f"SELECT count(*) FROM {entity.table} WHERE id IN (SELECT value FROM json_each(?))",
                    [json.dumps(wanted)],
                )
                renumber = bool(taken) or len(wanted) != len(entries)
            next_id = (store._scalar(f"SELECT max(id) FROM {entity.table}") or 0) + 1 if entity.id_kind == "int" else None
            main_rows, link_rows = [], []
            id_map = id_maps.setdefault(name, {})
            for entry_id, clean in entries:
                original = entry_id
                if entity.id_kind == "int" and (renumber or entry_id is None):
                    if next_id > MAX_ID:
                        raise ImportRefused([Problem(section, "id", f"no free ids are left below {MAX_ID:,}")])
                    entry_id, next_id = next_id, next_id + 1
                if original is not None:
                    id_map[original] = entry_id
                rows = store._rows_for(entity, entry_id, clean)
                main_rows.extend(rows[entity.table])
                link_rows.extend(rows.get("event_countries", ()))
            for table, rows in ((entity.table, main_rows), ("event_countries", link_rows)):
                if rows:
                    cols = TABLE_COLUMNS[table]
                    store.conn.executemany(
                        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        map(operator.itemgetter(*cols), rows),
                    )
            counts[section] = len(entries)
            done += len(entries)
            if progress:
                progress(done, total)
        counts["tours"] = _insert_tours(store, clean_all.get("tours", []), id_maps, keep_ids=replace)
        # The file's anchors first (a lost one stays lost, a moved one keeps its place), then
        # every excerpt is anchored or re-found in its source's text.
        store.conn.executemany(
            "INSERT OR REPLACE INTO anchors (" + ", ".join(ANCHOR_FIELDS) + ") VALUES (" + ", ".join("?" * len(ANCHOR_FIELDS)) + ")",
            [[a[k] if k != "item_id" else id_maps.get(a["kind"], {}).get(a["item_id"], a["item_id"]) for k in ANCHOR_FIELDS]
             for a in anchors],
        )
        anchoring.sync_all(store.conn)
        if bulk:
            for table in FTS_TABLES:
                store.conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
            store.conn.execute("DELETE FROM country_event_counts")
            store.conn.execute(
                "INSERT INTO country_event_counts (country_id, events)"
                " SELECT country_id, count(*) FROM event_countries GROUP BY country_id"
            )
            for sql in triggers:
                store.conn.execute(sql)
            bump_content_stamp(store.conn)
        for sql in indexes:
            store.conn.execute(sql)
    return counts


BULK_ROWS = 5000
FTS_TABLES = ("events", "statements", "countries", "sources")


def _drop(store: Store, kind: str, column: str, values: list[str]) -> list[str]:
    """Drop the schema objects of ``kind`` ('trigger' or 'index') whose ``column`` ('name' or
    'tbl_name') is one of ``values``; returns their SQL, to create them again."""
    rows = store.conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL"
        f" AND {column} IN ({', '.join('?' * len(values))})",
        [kind, *values],
    ).fetchall()
    for name, _sql in rows:
        store.conn.execute(f"DROP {kind.upper()} [{name}]")
    return [sql for _name, sql in rows]


def _suspend_fts_triggers(store: Store) -> list[str]:
    """Drop the triggers that keep the full-text indexes and the per-country event counts in
    step (both are rebuilt once at the end), and the content stamp's (bumped once); returns their SQL."""
    names = [f"{t}_{s}" for t in FTS_TABLES for s in ("ai", "ad", "au")]
    names += [f"event_countries_count_{s}" for s in ("ai", "ad", "au")]
    names += stamp_trigger_names()
    return _drop(store, "trigger", "name", names)


def _suspend_indexes(store: Store) -> list[str]:
    """Drop the secondary indexes of the tables an import fills; returns their SQL."""
    tables = sorted({ENTITIES[name].table for _, name in SECTIONS} | {"event_countries"})
    return _drop(store, "index", "tbl_name", tables)


def import_json(store: Store, path: str | Path, *, replace: bool = False, progress=None) -> dict[str, int]:
    """Read a JSON export and import it; a file that is not JSON is refused with its line."""
    with _gc_paused():  # reading the file makes as many objects as importing it
        return import_data(store, read_json(path), replace=replace, progress=progress)


def check_import(store: Store, data: Any, *, replace: bool = False) -> None:
    """Refuse (``ImportRefused``) what ``import_data`` would refuse, reading only: the command
    line checks against a read-only connection before it opens the database for writing."""
    problems, _clean = _check(store, data, replace=replace)
    if problems:
        raise ImportRefused(problems)


def read_json(path: str | Path) -> Any:
    """A JSON file's data; a file that cannot be read or is not JSON is refused with its line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark (as Notepad saves) is fine
    except UnicodeDecodeError as e:
        raise ImportRefused([Problem(path.name, "", f"not UTF-8 text (byte {e.start})")]) from None
    except OSError as e:
        raise ImportRefused([Problem(path.name, "", e.strerror or str(e))]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ImportRefused([Problem(f"{path.name} line {e.lineno} column {e.colno}", "", e.msg)]) from None
    except RecursionError:
        raise ImportRefused([Problem(path.name, "", "is nested too deeply to be an export")]) from None
    return data


def _text(value: str) -> str:
    """Text for TimelineJS's HTML fields: <, > and & escaped (quotes need not be, outside attributes)."""
    return escape(value, quote=False)


def _tl_date(iso: Any, label: str | None = None, event_id: Any = None) -> dict[str, str]:
    try:
        year, month, day = str(iso).split("-")
        out = {"year": str(int(year)), "month": str(int(month)), "day": str(int(day))}
    except ValueError:  # a row another program wrote with the file's checks turned off
        what = f"event {event_id}" if event_id is not None else "an entry"
        raise AllyError(f"{what} has the date {str(iso)[:40]!r}, which is not a day like 2025-01-31; "
                        "correct it (or open a backup) and export again.") from None
    return out | {"display_date": label} if label else out


def _source_html(source: Any, source_id: str) -> str:
    if source is None:
        return _text(source_id)
    title = _text(source.title)
    if source.url:
        title = f'<a href="{escape(source.url, quote=True)}">{title}</a>'
    return title + (f", {_text(source.publisher)}" if source.publisher else "") + (
        f" ({_text(source.published)})" if source.published else "")


def _slide_group(countries: list[str], focus: set[str], country_id: str | None) -> str | None:
    """The selected country, else the event's first focus country, else its first country."""
    if country_id and country_id in countries:
        return country_id
    return next((c for c in countries if c in focus), countries[0] if countries else None)


def timelinejs_data(store: Store, *, country_id: str | None = None) -> dict[str, Any]:
    """A TimelineJS3 document (its JSON format: title, events, eras). One slide per event, its
    date window as start and end, the article's wording as the slide's display_date; text is
    HTML-escaped (TimelineJS renders headline and text as HTML), every slide cites its source
    and names the other countries; one country's alignment periods become eras."""
    countries = store.all_countries()
    names = {c.id: c.name for c in countries}
    focus = {c.id for c in countries if c.focus}
    sources = {s.id: s for s in store.sources()}
    events = []
    for e in store.events(country_id=country_id):
        how = vocab.CONFIDENCE_LABELS.get(e.confidence, str(e.confidence))
        if e.attribution:
            how += f" — according to {e.attribution}"
        group = _slide_group(list(e.countries), focus, country_id)
        others = [names.get(c, c) for c in e.countries if c != group]
        text = f"<p>{_text(e.description)}</p>" if e.description else ""
        if others:
            text += f"<p>Also concerns: {_text(', '.join(others))}.</p>"
        text += f"<p><em>{_text(how)}. Source: {_source_html(sources.get(e.source_id), e.source_id)}.</em></p>"
        slide: dict[str, Any] = {
            "start_date": _tl_date(e.date_start, e.date_label, e.id),
            "display_date": e.date_label,
            "text": {"headline": _text(e.title), "text": text},
            "unique_id": f"event-{e.id}",
        }
        if group:
            slide["group"] = names.get(group, group)
        if e.date_end != e.date_start:
            slide["end_date"] = _tl_date(e.date_end, None, e.id)
        events.append(slide)
    title = "Who stands with Russia" + (f": {names.get(country_id, country_id)}" if country_id else "")
    doc: dict[str, Any] = {
        "title": {"text": {"headline": _text(title), "text": "Built with Ally Explorer from its sourced dataset."}},
        "events": events,
    }
    if country_id:
        doc["eras"] = [
            {
                "start_date": _tl_date(a.date_start),
                "end_date": _tl_date(a.date_end),
                "text": {
                    "headline": _text(vocab.STANCE_LABELS[a.stance]),
                    "text": _text(
                        a.date_label + (" (still the stance)" if a.ongoing else "") + ". "
                        + vocab.CONFIDENCE_LABELS[a.confidence]
                        + (f" — according to {a.attribution}" if a.attribution else "") + "."
                    ),
                },
            }
            for a in store.alignments(country_id=country_id)
        ]
    return doc


def export_timelinejs(store: Store, path: str | Path, *, country_id: str | None = None) -> None:
    atomic_write(path, json.dumps(timelinejs_data(store, country_id=country_id), ensure_ascii=False, indent=2) + "\n")

"""Facets in SQL: the WHERE fragments that apply a ``Filters`` to each kind of claim, and the
Datasette-style counts (each facet counted with every *other* facet applied).

Builders return ``(sql, params)`` and are tested as strings; ``facet_counts`` runs them. All of
it is indexed: category, confidence, attribution, dates and country links each have an index.

This module owns the SQL; ``store.py`` calls it and it never imports the store back: the
runners take anything with a ``conn`` (the Store, in practice).
"""

from __future__ import annotations

import sqlite3
from typing import Protocol

from ..core.filters import Filters


class Connected(Protocol):
    """What the runners need of a Store: its connection."""

    conn: sqlite3.Connection

#: Claim tables and the alias used for each.
CLAIM_TABLES = {"event": ("events", "e"), "statement": ("statements", "s"), "figure": ("figures", "f"),
                "alignment": ("alignments", "a")}


def _in(column: str, values, params: list) -> str:
    ordered = sorted(values)
    params.extend(ordered)
    return f"{column} IN ({', '.join('?' * len(ordered))})"


def attribution_parts(attributions, alias: str) -> list[tuple[str, list]]:
    """The "who says so" facet's condition as disjoint parts (``(sql, params)``, in this order):
    the named sources, then the two spellings of "nobody named" (NULL and ''). A row passes when
    it passes one of them, and none passes two: each part can be searched on its own (by the
    attribution index) and the results added or joined without SQLite keeping a set of every
    row id it has given, which an OR of them makes it do (18 MB at a million events)."""
    named = [x for x in attributions if x]
    parts: list[tuple[str, list]] = []
    if named:
        params: list = []
        parts.append((_in(f"{alias}.attribution", named, params), params))
    if "" in attributions:
        parts += [(f"{alias}.attribution IS NULL", []), (f"{alias}.attribution = ''", [])]
    return parts


def claim_where(filters: Filters, kind: str, alias: str | None = None) -> tuple[str, list]:
    """The WHERE condition (never empty) that keeps one kind's rows passing ``filters``."""
    return _claim_where(filters, kind, alias, None)


def claim_where_parts(filters: Filters, kind: str, alias: str | None = None) -> list[tuple[str, list]]:
    """``claim_where`` as disjoint conditions, one per part of the "who says so" facet
    (``attribution_parts``; one condition when that facet is not set): the rows passing
    ``filters`` are those passing one of them, and no row passes two, so counts over the parts
    add up to the count over ``claim_where``. Empty when no row of this kind can pass."""
    if not filters.attributions:
        where = claim_where(filters, kind, alias)
        return [] if where[0] == "0" else [where]
    out = []
    for i in range(len(attribution_parts(filters.attributions, "x"))):
        where = _claim_where(filters, kind, alias, i)
        if where[0] != "0":
            out.append(where)
    return out


def _claim_where(filters: Filters, kind: str, alias: str | None, part: int | None) -> tuple[str, list]:
    """``claim_where``, or (``part``: an index into ``attribution_parts``) one of its disjoint parts."""
    a = alias or CLAIM_TABLES[kind][1]
    clauses: list[str] = []
    params: list = []
    if filters.categories:
        if kind != "event":
            return "0", []  # only events have a category
        clauses.append(_in(f"{a}.category", filters.categories, params))
    confidences = filters.effective_confidences()
    if confidences:
        clauses.append(_in(f"{a}.confidence", confidences, params))
    if filters.attributions:
        parts = attribution_parts(filters.attributions, a)
        if part is not None:
            parts = parts[part:part + 1]
        for _, p in parts:
            params.extend(p)
        clauses.append(parts[0][0] if part is not None else "(" + " OR ".join(sql for sql, _ in parts) + ")")
    if filters.date_to:
        clauses.append(f"{a}.date_start <= ?")
        params.append(filters.date_to)
    if filters.date_from:
        clauses.append(f"{a}.date_end >= ?")
        params.append(filters.date_from)
    if filters.countries:
        if kind == "event":
            inner: list = []
            cond = _in("fc.country_id", filters.countries, inner)
            clauses.append(f"{a}.id IN (SELECT fc.event_id FROM event_countries fc WHERE {cond})")
            params.extend(inner)
        else:
            clauses.append(_in(f"{a}.country_id", filters.countries, params))
    return (" AND ".join(clauses) if clauses else "1"), [bindable(p) for p in params]


def bindable(value):
    """Text SQLite can take: a lone surrogate (pasted text, a JSON ``\\ud800``) cannot be stored,
    so it matches nothing stored either; it becomes U+FFFD instead of raising UnicodeEncodeError."""
    if type(value) is str and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return value


def _grouped_sql(filters: Filters, column: str) -> list[tuple[str, list]]:
    """One ``SELECT value, count(*) ... GROUP BY value`` per kind of claim passing ``filters``
    (``column`` is 'confidence', 'attribution' or 'country'). Grouping each table on its own
    walks an index in order; a UNION ALL of all claims would need a temporary B-tree instead."""
    queries = []
    for kind, (table, alias) in CLAIM_TABLES.items():
        for where, params in claim_where_parts(filters, kind):  # disjoint: their counts add up
            if column == "country" and kind == "event":
                if where == "1":  # nothing to check on the event itself: the kept counts suffice
                    sql = "SELECT country_id AS value, events FROM country_event_counts WHERE events > 0"
                else:
                    sql = (f"SELECT ec.country_id AS value, count(*) FROM {table} {alias} "
                           f"JOIN event_countries ec ON ec.event_id = {alias}.id WHERE {where} GROUP BY ec.country_id")
            elif column == "country":
                sql = (f"SELECT {alias}.country_id AS value, count(*) FROM {table} {alias} WHERE {where} "
                       f"GROUP BY {alias}.country_id")
            elif column == "attribution":
                # NULL and '' both mean "nobody named"; grouped apart (so an index serves), merged below
                sql = (f"SELECT coalesce({alias}.attribution, '') AS value, count(*) FROM {table} {alias} "
                       f"WHERE {where} GROUP BY {alias}.attribution")
            else:
                sql = (f"SELECT {alias}.{column} AS value, count(*) FROM {table} {alias} WHERE {where} "
                       f"GROUP BY {alias}.{column}")
            queries.append((sql, params))
    return queries


def facet_sql(filters: Filters, facet: str) -> list[tuple[str, list]]:
    """The queries counting one facet's values, with every *other* facet applied; their counts
    add up (one query per kind of claim, or one for the event-only category facet; one per
    disjoint part of the "who says so" facet, ``claim_where_parts``)."""
    others = filters.without(facet)
    if facet == "category":
        return [(f"SELECT e.category AS value, count(*) AS n FROM events e WHERE {where} GROUP BY e.category",
                 params) for where, params in claim_where_parts(others, "event")]
    return _grouped_sql(others, facet)


def _rows(store: Connected, sql: str, params: list) -> list[tuple]:
    """A grouped query's rows, remembered until the data changes: one filter change asks for
    the same per-country counts three times (the country list, its kept rows, the country
    facet). The data counts as changed when this connection has changed any row since
    (``total_changes``, rolled back or not) or another connection has committed (``data_version``)."""
    state = (store.conn.total_changes, store.conn.execute("PRAGMA data_version").fetchone()[0])
    cache = store.__dict__.setdefault("_facet_cache", {})
    if cache.get("state") != state or len(cache) > 256:
        cache.clear()
        cache["state"] = state
    key = (sql, tuple(params))
    if key not in cache:
        cache[key] = store.conn.execute(sql, params).fetchall()
    return cache[key]


def _run_grouped(store: Connected, queries: list[tuple[str, list]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for sql, params in queries:
        for value, n in _rows(store, sql, params):
            if value is not None:
                out[value] = out.get(value, 0) + n
    return out


def _count_sql(filters: Filters, kind: str) -> list[tuple[str, list]]:
    """Queries counting one kind's rows passing ``filters``: one per disjoint part, to be added."""
    table, alias = CLAIM_TABLES[kind]
    return [(f"SELECT count(*) FROM {table} {alias} WHERE {where}", params)
            for where, params in claim_where_parts(filters, kind)]


def facet_counts(store: Connected, filters: Filters) -> dict[str, dict[str, int]]:
    """{facet: {value: count}} for category (events), confidence, attribution and country
    (all claims), plus {"total": {"claims": n, "events": n}}."""
    out: dict[str, dict[str, int]] = {}
    for facet in ("category", "confidence", "attribution", "country"):
        out[facet] = _run_grouped(store, facet_sql(filters, facet))
    totals: dict[str, int] = {}
    for kind in CLAIM_TABLES:
        queries = _count_sql(filters, kind)
        if queries:
            totals[kind] = sum(store.conn.execute(sql, params).fetchone()[0] for sql, params in queries)
    out["total"] = {"claims": sum(totals.values()), "events": totals.get("event", 0)}
    return out


#: The columns the counts read in each table (any change to a row of the others' tables counts).
COUNTED_COLUMNS = frozenset({"category", "confidence", "attribution", "date_start", "date_end", "country_id"})
_COUNTED_TABLES = frozenset({table for table, _ in CLAIM_TABLES.values()} | {"event_countries", "country_event_counts"})


def changed_columns(before, after) -> frozenset[str]:
    """``table.column`` for each value one write changed (``before``/``after``: a ChangeSet's
    rows by table), ``table.*`` where rows came or went or the table's rows are not by id."""
    out: set[str] = set()
    for table in set(before) | set(after):
        old, new = tuple(before.get(table, ())), tuple(after.get(table, ()))
        if old == new:
            continue
        old_by_id = {r.get("id"): r for r in old} if all("id" in r for r in old + new) else None
        new_by_id = {r.get("id"): r for r in new} if old_by_id is not None else None
        if old_by_id is None or old_by_id.keys() != new_by_id.keys():
            out.add(f"{table}.*")
            continue
        for key, row in new_by_id.items():
            was = old_by_id[key]
            out.update(f"{table}.{c}" for c in set(row) | set(was) if row.get(c) != was.get(c))
    return frozenset(out)


def counts_may_change(columns: frozenset[str] | None) -> bool:
    """Whether a write that changed ``columns`` (``changed_columns``; None: not known) can change
    any facet count or the country list's: an edit of an event's importance or title cannot."""
    if columns is None:
        return True
    for name in columns:
        table, _, column = name.partition(".")
        if table in _COUNTED_TABLES and (column == "*" or column in COUNTED_COLUMNS or table in
                                         ("event_countries", "country_event_counts")):
            return True
    return False


def passing_counts_by_country(store: Connected, filters: Filters) -> dict[str, int]:
    """Claims per country that pass the filters (for the country list)."""
    return _run_grouped(store, _grouped_sql(filters, "country"))


def events_by_country(store: Connected, filters: Filters) -> dict[str, int]:
    """Events per country that pass the filters (the same query as the events' part of the
    country facet, so it is counted once)."""
    parts = len(claim_where_parts(filters, "event"))
    return _run_grouped(store, _grouped_sql(filters, "country")[:parts])  # events come first in CLAIM_TABLES

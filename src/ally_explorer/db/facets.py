"""Facets in SQL: the WHERE fragments that apply a ``Filters`` to each kind of claim, and the
Datasette-style counts (each facet counted with every *other* facet applied).

Builders return ``(sql, params)`` and are tested as strings; ``facet_counts`` runs them. All of
it is indexed: category, confidence, attribution, dates and country links each have an index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.filters import Filters

if TYPE_CHECKING:
    from .store import Store

#: Claim tables and the alias used for each.
CLAIM_TABLES = {"event": ("events", "e"), "statement": ("statements", "s"), "figure": ("figures", "f"),
                "alignment": ("alignments", "a")}


def _in(column: str, values, params: list) -> str:
    ordered = sorted(values)
    params.extend(ordered)
    return f"{column} IN ({', '.join('?' * len(ordered))})"


def claim_where(filters: Filters, kind: str, alias: str | None = None) -> tuple[str, list]:
    """The WHERE condition (never empty) that keeps one kind's rows passing ``filters``."""
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
        named = [x for x in filters.attributions if x]
        parts = []
        if named:
            parts.append(_in(f"{a}.attribution", named, params))
        if "" in filters.attributions:
            parts.append(f"{a}.attribution IS NULL OR {a}.attribution = ''")
        clauses.append("(" + " OR ".join(parts) + ")")
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
    return (" AND ".join(clauses) if clauses else "1"), params


def _claims_sql(filters: Filters, column: str) -> tuple[str, list]:
    """One value per passing claim (``column`` is 'confidence', 'attribution' or 'country')."""
    parts, params = [], []
    for kind, (table, alias) in CLAIM_TABLES.items():
        where, p = claim_where(filters, kind)
        if where == "0":
            continue
        if column == "country":
            if kind == "event":
                parts.append(f"SELECT ec.country_id AS value FROM {table} {alias} "
                             f"JOIN event_countries ec ON ec.event_id = {alias}.id WHERE {where}")
            else:
                parts.append(f"SELECT {alias}.country_id AS value FROM {table} {alias} WHERE {where}")
        elif column == "attribution":
            parts.append(f"SELECT coalesce({alias}.attribution, '') AS value FROM {table} {alias} WHERE {where}")
        else:
            parts.append(f"SELECT {alias}.{column} AS value FROM {table} {alias} WHERE {where}")
        params += p
    if not parts:
        return "SELECT NULL AS value WHERE 0", []
    return " UNION ALL ".join(parts), params


def facet_sql(filters: Filters, facet: str) -> tuple[str, list]:
    """Counts for one facet, with every other facet applied."""
    others = filters.without(facet)
    if facet == "category":
        where, params = claim_where(others, "event")
        return f"SELECT e.category AS value, count(*) AS n FROM events e WHERE {where} GROUP BY e.category", params
    inner, params = _claims_sql(others, facet)
    return f"SELECT value, count(*) AS n FROM ({inner}) GROUP BY value", params


def facet_counts(store: "Store", filters: Filters) -> dict[str, dict[str, int]]:
    """{facet: {value: count}} for category (events), confidence, attribution and country
    (all claims), plus {"total": {"claims": n, "events": n}}."""
    out: dict[str, dict[str, int]] = {}
    for facet in ("category", "confidence", "attribution", "country"):
        sql, params = facet_sql(filters, facet)
        out[facet] = {value: n for value, n in store.conn.execute(sql, params) if value is not None}
    inner, params = _claims_sql(filters, "confidence")
    claims = store.conn.execute(f"SELECT count(*) FROM ({inner})", params).fetchone()[0]
    where, params = claim_where(filters, "event")
    events = store.conn.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]
    out["total"] = {"claims": claims, "events": events}
    return out


def passing_counts_by_country(store: "Store", filters: Filters) -> dict[str, int]:
    """Claims per country that pass the filters (for the country list)."""
    inner, params = _claims_sql(filters, "country")
    return dict(store.conn.execute(f"SELECT value, count(*) FROM ({inner}) GROUP BY value", params))


def events_by_country(store: "Store", filters: Filters) -> dict[str, int]:
    where, params = claim_where(filters, "event")
    return dict(store.conn.execute(
        f"SELECT ec.country_id, count(*) FROM events e JOIN event_countries ec ON ec.event_id = e.id "
        f"WHERE {where} GROUP BY ec.country_id", params,
    ))

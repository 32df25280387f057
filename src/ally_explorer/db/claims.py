"""Every claim in one list: for the citations view and the data-quality checks."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..core import vocab
from ..core.fuzzydate import is_undated
from ..core.i18n import translate
from ..core.filters import NO_FILTERS, Filters
from ..core.records import Claim, QualityIssue
from . import facets

if TYPE_CHECKING:
    from .store import Store

_TITLES = {
    "event": "e.title",
    "statement": "coalesce(p.name, 'Unattributed') || ': “' || s.text || '”'",
    "figure": "f.label",
    "alignment": "a.stance",
}
_COUNTRY = {
    "event": "(SELECT country_id FROM event_countries WHERE event_id = e.id ORDER BY position LIMIT 1)",
    "statement": "s.country_id",
    "figure": "f.country_id",
    "alignment": "a.country_id",
}


def claims_sql(filters: Filters = NO_FILTERS, *, source_id: str | None = None) -> tuple[str, list]:
    parts, params = [], []
    for kind, (table, alias) in facets.CLAIM_TABLES.items():
        where, p = facets.claim_where(filters, kind)
        if where == "0":
            continue
        if source_id is not None:
            where += f" AND {alias}.source_id = ?"
            p = [*p, source_id]
        join = " LEFT JOIN people p ON p.id = s.person_id" if kind == "statement" else ""
        parts.append(
            f"SELECT '{kind}' AS kind, {alias}.id AS id, {_COUNTRY[kind]} AS country_id, {_TITLES[kind]} AS title, "
            f"{alias}.date_label AS date_label, {alias}.date_start AS date_start, {alias}.date_end AS date_end, "
            f"{alias}.confidence AS confidence, {alias}.attribution AS attribution, {alias}.source_id AS source_id, "
            f"{alias}.note AS note FROM {table} {alias}{join} WHERE {where}"
        )
        params += p
    if not parts:
        return "SELECT NULL WHERE 0", []
    return " UNION ALL ".join(parts) + " ORDER BY date_start, date_end, kind, id", params


def all_claims(store: "Store", filters: Filters = NO_FILTERS, *, source_id: str | None = None) -> list[Claim]:
    sql, params = claims_sql(filters, source_id=source_id)
    claims = []
    for row in store._rows(sql, params):
        if row.get("kind") is None:
            continue
        if row["kind"] == "alignment":
            stance = vocab.STANCE_LABELS.get(row["title"], row["title"])
            row["title"] = translate("db", "Stance: {stance}").format(stance=translate("vocab", stance))
        claims.append(Claim(**row))
    return claims


def quality_issues(store: "Store", *, today: str | None = None) -> list[QualityIssue]:
    """What a careful editor should check, each with the note that explains it if there is one."""
    today = today or date.today().isoformat()
    issues: list[QualityIssue] = []
    for c in all_claims(store):
        if c.confidence in vocab.NEEDS_ATTRIBUTION and not (c.attribution or "").strip():
            issues.append(QualityIssue("attribution", c.kind, c.id, c.country_id, c.title,
                                       translate("db", "{confidence} but nobody is named as saying so").format(
                                           confidence=translate("vocab", vocab.CONFIDENCE_LABELS.get(c.confidence, c.confidence)).lower()), None))
        days = (date.fromisoformat(c.date_end) - date.fromisoformat(c.date_start)).days + 1
        if is_undated(c.date_label):
            issues.append(QualityIssue("vague_date", c.kind, c.id, c.country_id, c.title,
                                       translate("db", "undated: only known to hold by {day}").format(day=c.date_end), c.note))
        elif days >= 365:
            years = days // 365
            what = translate("db", "a year or more") if days < 366 * 2 else translate("db", "%n years", "", years)
            issues.append(QualityIssue("vague_date", c.kind, c.id, c.country_id, c.title,
                                       translate("db", "“{label}” allows {what}").format(label=c.date_label, what=what), c.note))
    countries = {(c.kind, c.id): c.country_id for c in all_claims(store)}
    for lost in store.lost_anchors():
        issues.append(QualityIssue("anchor_lost", lost.kind, lost.item_id, countries.get((lost.kind, lost.item_id)),
                                   f"“{lost.title if len(lost.title) <= 80 else lost.title[:79] + '…'}”",
                                   translate("db", "its excerpt is no longer in the source's text (edited?)"), None))
    for row in store._rows(
        "SELECT s.id, s.country_id, s.text, s.context, s.note FROM statements s WHERE s.person_id IS NULL"
    ):
        issues.append(QualityIssue("no_speaker", "statement", row["id"], row["country_id"], f"“{row['text']}”",
                                   translate("db", "the quote has no speaker"), row["note"] or row["context"]))
    stances = store.stances_as_of(today)
    for row in store._rows("SELECT id, name FROM countries WHERE focus = 1 ORDER BY name"):
        if row["id"] not in stances:
            issues.append(QualityIssue("no_stance_today", "country", row["id"], row["id"], row["name"],
                                       translate("db", "no alignment period covers {day}").format(day=today), None))
    for row in store._rows("SELECT id, country_id, label, note FROM figures WHERE trim(coalesce(unit, '')) = ''"):
        issues.append(QualityIssue("no_unit", "figure", row["id"], row["country_id"], row["label"],
                                   translate("db", "the figure has no unit"), row["note"]))
    return issues


CHECK_TITLES = {
    "attribution": "Needs an attribution",
    "vague_date": "Undated or year-only",
    "no_speaker": "Quote without a speaker",
    "no_stance_today": "No stance for today",
    "no_unit": "Figure without a unit",
    "anchor_lost": "Passage lost from its source",
}

"""Plain, frozen records: what the data layer hands to everything above it.

They carry no behaviour beyond small conveniences, so a widget can hold one without holding the
database. Dates are ISO strings (``YYYY-MM-DD``), as stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Country:
    id: str
    name: str
    iso2: str | None = None
    iso_numeric: str | None = None
    region: str | None = None
    summary: str | None = None
    headline: str | None = None
    aliases: tuple[str, ...] = ()
    focus: bool = False


@dataclass(frozen=True, slots=True)
class CountrySummary:
    """One row of the country list: enough to draw it and to filter and sort it."""

    id: str
    name: str
    iso2: str | None
    region: str | None
    focus: bool
    aliases: tuple[str, ...]
    stance: str | None
    stance_since: str | None  # when the stance began, at its label's precision ("2022", "June 2024")
    event_count: int


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    role: str | None = None
    country_id: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    note: str | None = None
    author: str | None = None
    licence: str | None = None
    text: str | None = None  # the full text, verbatim (None: not stored)


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    title: str
    category: str
    date_label: str
    date_start: str
    date_end: str
    confidence: str
    source_id: str
    countries: tuple[str, ...] = ()
    description: str | None = None
    attribution: str | None = None
    importance: int = 2
    excerpt: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    id: int
    text: str
    country_id: str
    date_label: str
    date_start: str
    date_end: str
    confidence: str
    source_id: str
    person_id: str | None = None
    context: str | None = None
    attribution: str | None = None
    excerpt: str | None = None
    note: str | None = None
    speaker_name: str | None = None
    speaker_role: str | None = None


@dataclass(frozen=True, slots=True)
class Alignment:
    id: int
    country_id: str
    stance: str
    date_label: str
    date_start: str
    date_end: str
    source_id: str
    ongoing: bool = False
    confidence: str = "confirmed"
    attribution: str | None = None
    note: str | None = None
    excerpt: str | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    id: int
    country_id: str
    label: str
    value: float
    unit: str
    date_label: str
    date_start: str
    date_end: str
    source_id: str
    value_high: float | None = None
    qualifier: str | None = None
    confidence: str = "confirmed"
    attribution: str | None = None
    excerpt: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CountryDetail:
    """Everything the detail pane shows for one country, each list in date order."""

    country: Country
    alignments: tuple[Alignment, ...] = ()
    figures: tuple[Figure, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    sources: dict[str, Source] = field(default_factory=dict)
    event_total: int = -1  # how many events pass in all, when only the first ones were loaded
    statement_total: int = -1

    @property
    def statements_shown_all(self) -> bool:
        return self.statement_total < 0 or self.statement_total <= len(self.statements)

    @property
    def events_shown_all(self) -> bool:
        return self.event_total < 0 or self.event_total <= len(self.events)


@dataclass(frozen=True, slots=True)
class Passage:
    """A cited passage of a source's text: which entry cites it and where (``end`` exclusive)."""

    kind: str  # "event" | "statement" | "alignment" | "figure"
    item_id: int
    start: int
    end: int
    status: str  # "exact" | "moved" | "fuzzy" | "lost"
    confidence: str
    title: str  # the entry's title (for a lost one: the quote)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text search result. ``snippet`` marks matches with [[ and ]]."""

    kind: str  # "country" | "event" | "statement"
    id: str | int
    country_id: str | None
    title: str
    snippet: str
    date_label: str | None = None


@dataclass(frozen=True, slots=True)
class Change:
    id: int
    time: str
    entity: str
    entity_id: str
    action: str  # "create" | "update" | "delete"
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    label: str | None = None


def as_dict(record: Any) -> dict[str, Any]:
    """A record's fields as a plain dict (tuples stay tuples)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


@dataclass(frozen=True, slots=True)
class Claim:
    """Any sourced claim, reduced to what lists of claims show (citations, data quality)."""

    kind: str  # "event" | "statement" | "figure" | "alignment"
    id: int
    country_id: str | None
    title: str
    date_label: str
    date_start: str
    date_end: str
    confidence: str
    attribution: str | None
    source_id: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class QualityIssue:
    """Something a careful editor should look at; ``note`` explains it when the data does."""

    check: str  # "attribution" | "vague_date" | "no_speaker" | "no_stance_today" | "no_unit" | "anchor_lost"
    kind: str  # entity name
    id: str | int
    country_id: str | None
    title: str
    detail: str
    note: str | None = None

    @property
    def explained(self) -> bool:
        return bool(self.note and self.note.strip())

"""What each kind of entry is made of: one declaration used by validation, the store and forms.

Keeping the fields in one place means a new column is added once, and the data layer and the
editing forms cannot disagree about what is required. The tables follow from it (``TABLES``):
an entry's table holds its id, every field but a ``refs`` one (which is a link table of its
own, ``LINK_TABLES``) and, for a dated entry, the day window ``date_start``/``date_end`` after
``date_label``. db/store.py takes its columns and keys from here; migrations stay hand-written
history, and tests/db/test_declarations.py checks that they make exactly these columns.

Adding a column: a ``Field`` here, a migration (``ALTER TABLE ... ADD COLUMN``), then what the
tests ask for (db/layout.py, the record in records.py, a line in db/schema_doc.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from . import records, vocab

Kind = Literal["text", "longtext", "enum", "ref", "int", "float", "bool", "date", "refs", "list"]


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    label: str
    kind: Kind = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None  # the entity a "ref"/"refs" field points at
    max_length: int = 500
    help: str = ""
    link: str | None = None  # a "refs" field: the link table holding it (LINK_TABLES)


#: How SQLite stores each kind of field (a "refs" field is a link table, not a column).
SQL_TYPES: dict[str, str] = {
    "text": "TEXT", "longtext": "TEXT", "enum": "TEXT", "ref": "TEXT", "date": "TEXT", "list": "TEXT",
    "int": "INTEGER", "bool": "INTEGER", "float": "REAL",
}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    sql_type: str  # "TEXT" | "INTEGER" | "REAL", as the migrations declare it


@dataclass(frozen=True, slots=True)
class Table:
    """One table of the dataset: its columns in the table's own order, and its primary key."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ("id",)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


@dataclass(frozen=True, slots=True)
class Entity:
    name: str  # "event"
    table: str  # "events"
    label: str  # "event" (as a user reads it)
    plural: str
    title_field: str
    id_kind: Literal["int", "text"]
    record: type
    fields: tuple[Field, ...]  # in the order the form shows them (and the JSON export writes them)
    dated: bool = False
    #: The table's column order as the migrations laid it out (CSV files, the history and the
    #: compare view follow it). A column added later is appended, as ALTER TABLE ADD COLUMN
    #: does, so a new field needs no entry here.
    column_order: tuple[str, ...] = ()

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def stored(self) -> Table:
        """The entry's table: its id, its fields (a date as label, start and end), no links."""
        declared: dict[str, str] = {"id": SQL_TYPES[self.id_kind]}
        for f in self.fields:
            if f.kind == "refs":
                continue
            declared[f.name] = SQL_TYPES[f.kind]
            if f.kind == "date":
                declared["date_start"] = declared["date_end"] = "TEXT"
        names = [n for n in self.column_order if n in declared]
        names += [n for n in declared if n not in names]
        return Table(self.table, tuple(Column(n, declared[n]) for n in names))


_DATE = Field(
    "date_label",
    "Date",
    "date",
    required=True,
    max_length=200,
    help="As the source words it: “early 2025”, “June 2024”, “19 June 2024”, “2022–2023”.",
)
_CONFIDENCE = Field(
    "confidence", "Confidence", "enum", required=True, choices=vocab.CONFIDENCES,
    help="How sure the source is.",
)
_ATTRIBUTION = Field(
    "attribution", "Attributed to", max_length=300,
    help="Who asserts it (needed unless confirmed), e.g. “Ukrainian intelligence”.",
)
_SOURCE = Field("source_id", "Source", "ref", required=True, ref="source")
_EXCERPT = Field(
    "excerpt", "Source excerpt", "longtext", max_length=20_000,
    help="The source's own words backing this entry, verbatim.",
)
#: The longest source text kept (characters); db/sources.py refuses longer files.
MAX_SOURCE_CHARS = 20_000_000
_NOTE = Field("note", "Editor's note", "longtext", max_length=20_000)
#: Where m001 put the columns every dated table shares (after the table's own).
_DATED_COLUMNS = ("date_label", "date_start", "date_end", "confidence", "attribution", "source_id", "excerpt", "note")

COUNTRY = Entity(
    "country", "countries", "country", "countries", "name", "text", records.Country,
    (
        Field("id", "ISO code", required=True, max_length=3,
              help="ISO 3166-1 alpha-3, three capital letters, e.g. BLR."),
        Field("name", "Name", required=True, max_length=200),
        Field("iso2", "ISO alpha-2", max_length=2, help="Two capital letters, e.g. BY (for the flag)."),
        Field("iso_numeric", "ISO numeric", max_length=3, help="Three digits, e.g. 112 (for the map)."),
        Field("region", "Region", max_length=200),
        Field("aliases", "Also known as", "list", max_length=1000,
              help="Other names the filter should match, separated by semicolons."),
        Field("headline", "Headline", max_length=300),
        Field("summary", "Summary", "longtext", max_length=50_000),
        Field("focus", "Profiled ally", "bool"),
    ),
    column_order=("id", "name", "iso2", "iso_numeric", "region", "summary", "headline", "aliases", "focus"),
)

PERSON = Entity(
    "person", "people", "person", "people", "name", "text", records.Person,
    (
        Field("id", "Key", required=True, max_length=64,
              help="Short lower-case key, e.g. “zelensky”; made from the name if left empty."),
        Field("name", "Name", required=True, max_length=200),
        Field("role", "Role", max_length=300),
        Field("country_id", "Country", "ref", ref="country"),
        _NOTE,
    ),
)

SOURCE = Entity(
    "source", "sources", "source", "sources", "title", "text", records.Source,
    (
        Field("id", "Key", required=True, max_length=64,
              help="Short lower-case key, e.g. “article”; made from the title if left empty."),
        Field("title", "Title", required=True, max_length=500),
        Field("publisher", "Publisher", max_length=300),
        Field("published", "Published", max_length=100),
        Field("url", "URL", max_length=2000),
        Field("author", "Author", max_length=300),
        Field("licence", "Licence note", max_length=2000,
              help="Who owns the text and on what terms it is kept here."),
        _NOTE,
        Field("text", "Full text", "longtext", max_length=MAX_SOURCE_CHARS,
              help="The source's text, verbatim: every excerpt citing it must occur in it."),
    ),
    column_order=("id", "title", "publisher", "published", "url", "note"),  # author, licence, text: m008
)

EVENT = Entity(
    "event", "events", "event", "events", "title", "int", records.Event,
    (
        Field("title", "Title", required=True, max_length=300),
        _DATE,
        Field("category", "Category", "enum", required=True, choices=vocab.CATEGORIES),
        _CONFIDENCE,
        _ATTRIBUTION,
        Field("countries", "Countries", "refs", required=True, ref="country", link="event_countries",
              help="Every country the event involves; the first is its main one."),
        Field("importance", "Importance", "int",
              help="1 minor, 2 notable, 3 headline: decides which labels the timeline shows first."),
        Field("description", "Description", "longtext", max_length=50_000),
        _SOURCE,
        _EXCERPT,
        _NOTE,
    ),
    dated=True,
    column_order=("id", "title", "description", "category", "importance", *_DATED_COLUMNS),
)

STATEMENT = Entity(
    "statement", "statements", "statement", "statements", "text", "int", records.Statement,
    (
        Field("text", "Quote", "longtext", required=True, max_length=50_000,
              help="Verbatim, without the quotation marks."),
        Field("person_id", "Speaker", "ref", ref="person"),
        Field("country_id", "About country", "ref", required=True, ref="country",
              help="The country the statement is about, not the speaker's."),
        _DATE,
        Field("context", "Context", "longtext", max_length=50_000),
        _CONFIDENCE,
        _ATTRIBUTION,
        _SOURCE,
        _EXCERPT,
        _NOTE,
    ),
    dated=True,
    column_order=("id", "text", "person_id", "country_id", "context", *_DATED_COLUMNS),
)

ALIGNMENT = Entity(
    "alignment", "alignments", "alignment period", "alignment periods", "stance", "int",
    records.Alignment,
    (
        Field("country_id", "Country", "ref", required=True, ref="country"),
        Field("stance", "Stance", "enum", required=True, choices=vocab.STANCES),
        _DATE,
        Field("ongoing", "Still current", "bool",
              help="The stance still held when the source was written."),
        _CONFIDENCE,
        _ATTRIBUTION,
        _SOURCE,
        _EXCERPT,
        _NOTE,
    ),
    dated=True,
    column_order=("id", "country_id", "stance", "ongoing", *_DATED_COLUMNS),
)

FIGURE = Entity(
    "figure", "figures", "key figure", "key figures", "label", "int", records.Figure,
    (
        Field("country_id", "Country", "ref", required=True, ref="country"),
        Field("label", "Label", required=True, max_length=300),
        Field("qualifier", "Qualifier", "enum", choices=vocab.QUALIFIERS),
        Field("value", "Value", "float", required=True),
        Field("value_high", "Up to", "float", help="Upper end of a range, e.g. 30000 in 25,000–30,000."),
        Field("unit", "Unit", required=True, max_length=100, help="e.g. %, troops, USD billion."),
        _DATE,
        _CONFIDENCE,
        _ATTRIBUTION,
        _SOURCE,
        _EXCERPT,
        _NOTE,
    ),
    dated=True,
    column_order=("id", "country_id", "label", "value", "value_high", "qualifier", "unit", *_DATED_COLUMNS),
)

ENTITIES: dict[str, Entity] = {
    e.name: e for e in (COUNTRY, PERSON, SOURCE, EVENT, STATEMENT, ALIGNMENT, FIGURE)
}

#: Link tables: rows stored beside an entry that belong to no form of their own.
LINK_TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(  # EVENT's "countries", in order: position 0 is the main country
            "event_countries",
            (Column("event_id", "INTEGER"), Column("country_id", "TEXT"), Column("position", "INTEGER")),
            key=("event_id", "country_id"),
        ),
        Table(  # the steps of a tour (db/tours.py writes the tours themselves)
            "tour_items",
            (Column("tour_id", "INTEGER"), Column("position", "INTEGER"), Column("kind", "TEXT"),
             Column("item_id", "INTEGER")),
            key=("tour_id", "position"),
        ),
    )
}

#: Every table an entry is stored in, by name.
TABLES: dict[str, Table] = {e.table: e.stored for e in ENTITIES.values()} | LINK_TABLES

"""What each kind of entry is made of: one declaration used by validation, the store and forms.

Keeping the fields in one place means a new column is added once, and the data layer and the
editing forms cannot disagree about what is required.
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


@dataclass(frozen=True, slots=True)
class Entity:
    name: str  # "event"
    table: str  # "events"
    label: str  # "event" (as a user reads it)
    plural: str
    title_field: str
    id_kind: Literal["int", "text"]
    record: type
    fields: tuple[Field, ...]
    dated: bool = False

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


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
)

EVENT = Entity(
    "event", "events", "event", "events", "title", "int", records.Event,
    (
        Field("title", "Title", required=True, max_length=300),
        _DATE,
        Field("category", "Category", "enum", required=True, choices=vocab.CATEGORIES),
        _CONFIDENCE,
        _ATTRIBUTION,
        Field("countries", "Countries", "refs", required=True, ref="country",
              help="Every country the event involves; the first is its main one."),
        Field("importance", "Importance", "int",
              help="1 minor, 2 notable, 3 headline: decides which labels the timeline shows first."),
        Field("description", "Description", "longtext", max_length=50_000),
        _SOURCE,
        _EXCERPT,
        _NOTE,
    ),
    dated=True,
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
)

ENTITIES: dict[str, Entity] = {
    e.name: e for e in (COUNTRY, PERSON, SOURCE, EVENT, STATEMENT, ALIGNMENT, FIGURE)
}

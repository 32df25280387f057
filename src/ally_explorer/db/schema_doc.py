"""The database's public contract: one description per table, view and column.

``docs/schema.md`` and the Datasette metadata (``docs/datasette-metadata.json``) are both made
from the live schema plus the descriptions here, so they cannot drift apart:

    python -m ally_explorer.db.schema_doc          # rewrite both files

tests/db/test_schema_doc.py fails when a table or column has no description, or when either
file differs from what this module writes.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Mapping
from typing import Any

from ..core import vocab
from ..core.entities import TABLES as DECLARED_TABLES
from ..core.entities import Table
from . import layout

_DATED = {
    "date_label": "The date in the article's words (\"June 2024\", \"mid-2025\"); vague dates stay vague.",
    "date_start": "First day the date can mean, ISO YYYY-MM-DD (computed from date_label or given).",
    "date_end": "Last day the date can mean, ISO YYYY-MM-DD, inclusive; equal to date_start for an exact day.",
    "confidence": "How sure the article is: " + ", ".join(vocab.CONFIDENCES) + " (see data/README.md).",
    "attribution": "Who asserts it, in the article's words (\"according to ...\"); empty or NULL when confirmed.",
    "source_id": "The source it comes from (sources.id).",
    "excerpt": "The article's sentence(s) supporting it, verbatim.",
    "note": "Editors' note: how a date was inferred, why a stance was chosen.",
}

_FTS_MIRROR = "A copy of {table}.{column}, indexed for full-text search."


@dataclass(frozen=True)
class Described:
    text: str
    columns: dict[str, str]
    group: str  # "dataset", "un", "app", "view", "internal"


#: Every table and view a migration makes, with its columns. Full-text shadow tables
#: (``*_fts_data`` and the like) are described by ``_fts_shadow`` instead.
TABLES: dict[str, Described] = {
    "sources": Described(
        "Where claims come from; every dated entry names one (at least the article, id `article`).",
        {
            "id": "Short text key, e.g. `article`.",
            "title": "The source's title, verbatim.",
            "publisher": "Who published it; NULL when the source does not say.",
            "published": "When it was published, as precise as known (YYYY, YYYY-MM or YYYY-MM-DD).",
            "url": "Its address; NULL when unknown.",
            "note": "How the source was identified and dated.",
            "author": "Who wrote it; NULL when the source does not say.",
            "licence": "Who owns the text and on what terms a copy is kept here (e.g. quoted for study).",
            "text": "The source's full text, verbatim plain text; NULL when not stored. Every excerpt citing a source with text occurs in it word for word.",
        },
        "dataset",
    ),
    "anchors": Described(
        "Where each entry's excerpt sits in its source's text (W3C Web Annotation selectors), so a "
        "passage is found again after the text is edited. Derived from the excerpts and kept in step by the app.",
        {
            "kind": "The kind of entry: event, statement, alignment or figure.",
            "item_id": "The entry's id in the table of its kind.",
            "source_id": "The source whose text holds the passage (sources.id).",
            "quote": "TextQuoteSelector exact: the passage, verbatim (the entry's excerpt).",
            "prefix": "TextQuoteSelector prefix: up to 32 characters before the passage.",
            "suffix": "TextQuoteSelector suffix: up to 32 characters after the passage.",
            "start": "TextPositionSelector start: offset of the passage's first character (0-based, in characters).",
            "end": "TextPositionSelector end: offset just after its last character.",
            "status": "exact (offsets hold), moved (found elsewhere by quote and context), fuzzy (a close passage between the same context) or lost (not found: listed in Data quality; start and end are its last known place).",
        },
        "app",
    ),
    "countries": Described(
        "The countries of the dataset: the nine allies the article profiles (focus = 1) and context countries.",
        {
            "id": "ISO 3166-1 alpha-3 code, e.g. `PRK`.",
            "name": "English short name.",
            "iso2": "ISO 3166-1 alpha-2 code (flags, UN votes).",
            "iso_numeric": "ISO 3166-1 numeric code as 3-digit text with leading zeros (\"008\"), not a number.",
            "region": "Region, in our words (\"East Asia\").",
            "summary": "Our own 2-4 sentence summary of the country's ties to Russia.",
            "headline": "The article's section heading for the country, verbatim.",
            "aliases": "JSON array of text: other names the country filter and search match ([\"DPRK\", \"Pyongyang\"]).",
            "focus": "1 if one of the nine allies the article profiles, else 0.",
        },
        "dataset",
    ),
    "people": Described(
        "Everyone who speaks or acts in the article.",
        {
            "id": "Short text key, e.g. `zelensky`.",
            "name": "Full name.",
            "role": "Their office or role, as the article gives it.",
            "country_id": "The country they act for (countries.id); NULL when none.",
            "note": "Editors' note.",
        },
        "dataset",
    ),
    "events": Described(
        "Dated events that bind a country to Moscow (or loosen the tie), each with its source and confidence.",
        {
            "id": "Whole-number id, stable while entries are appended to the TOML files.",
            "title": "Short title, our words; hedges (\"reportedly\") kept.",
            "description": "What happened, our words; hedges kept.",
            "category": "One of " + ", ".join(vocab.CATEGORIES) + ".",
            "importance": "1 minor, 2 notable, 3 headline (which labels the timeline shows first).",
        } | _DATED,
        "dataset",
    ),
    "event_countries": Described(
        "Which countries each event concerns; an event may concern several.",
        {
            "event_id": "The event (events.id).",
            "country_id": "A country it concerns (countries.id).",
            "position": "0 for the event's main country, then 1, 2... in the order given.",
        },
        "dataset",
    ),
    "statements": Described(
        "Quotes: what leaders and officials said, verbatim, with who said it and where.",
        {
            "id": "Whole-number id.",
            "text": "The quote, verbatim, without quotation marks.",
            "person_id": "Who said it (people.id); NULL when the article names nobody.",
            "country_id": "The country the quote is filed under (countries.id).",
            "context": "Where, when and about what, in our words.",
        } | _DATED,
        "dataset",
    ),
    "alignments": Described(
        "A country's stance towards Russia over a period (the tinted bands of the timeline).",
        {
            "id": "Whole-number id.",
            "country_id": "The country (countries.id).",
            "stance": "From closest to Russia to furthest: " + ", ".join(vocab.STANCES) + " (see data/README.md).",
            "ongoing": "1 if still the stance when the article was written, else 0.",
        } | _DATED,
        "dataset",
    ),
    "figures": Described(
        "Numbers the article gives (troops, shells, trade), with their qualifier and unit.",
        {
            "id": "Whole-number id.",
            "country_id": "The country (countries.id).",
            "label": "What is counted, our words.",
            "value": "The number (the low end of a range).",
            "value_high": "The high end of a range (25,000-30,000); NULL for a single number.",
            "qualifier": "over, up to, nearly, at least, around, more than, or '' for none.",
            "unit": "What the number counts (troops, rounds, %, USD billion); never empty.",
        } | _DATED,
        "dataset",
    ),
    "tours": Described(
        "Saved, named, ordered paths through events and quotes, for presenting.",
        {
            "id": "Whole-number id.",
            "name": "The tour's name, unique.",
            "note": "Presenter's note.",
            "created": "When it was made, ISO 8601 UTC.",
            "updated": "When it last changed, ISO 8601 UTC.",
        },
        "app",
    ),
    "tour_items": Described(
        "The steps of each tour, in order.",
        {
            "tour_id": "The tour (tours.id); its steps go with it.",
            "position": "0, 1, 2... the step's place in the tour.",
            "kind": "`event` or `statement`: which table item_id points into.",
            "item_id": "events.id or statements.id, by kind (so no declared foreign key).",
        },
        "app",
    ),
    "changes": Described(
        "The change history: one row per saved edit, with the entry before and after.",
        {
            "id": "Whole-number id, in the order the changes were made.",
            "time": "When, ISO 8601 UTC.",
            "entity": "What kind of entry: country, person, source, event, statement, alignment, figure.",
            "entity_id": "The entry's id, as text.",
            "action": "create, update or delete.",
            "label": "A readable name of the change.",
            "before": "JSON object: the entry's row before (events with a `countries` list); NULL when created.",
            "after": "JSON object: the entry's row after; NULL when deleted.",
        },
        "app",
    ),
    "country_event_counts": Described(
        "Each country's number of events, kept by triggers on event_countries (a cache for the country list).",
        {
            "country_id": "The country (countries.id).",
            "events": "How many events concern it.",
        },
        "app",
    ),
    "content_stamp": Described(
        "One row that every write to the dataset's tables changes (triggers, migration m009): a cache of "
        "what the database holds (the timeline's arrays) is used only while this row is as it was.",
        {
            "id": "Always 1.",
            "database_id": "Random hex made when the row was, so two databases never share a stamp.",
            "writes": "Bumped by every insert, update or delete in the dataset's tables (not the UN ones).",
        },
        "app",
    ),
    "un_countries": Described(
        "UN General Assembly member seats (Erik Voeten's data, CC0), 1946-2020.",
        {
            "id": "Whole-number id of the seat.",
            "code": "ISO 3166-1 alpha-2 code, as in the UN data; '' for West Germany, North Yemen and Zanzibar.",
            "name": "The seat's name in the UN data.",
            "iso3": "ISO alpha-3 code (matches countries.id for the dataset's countries; not a foreign key: "
                    "most seats are not in the dataset); NULL for seats without one.",
        },
        "un",
    ),
    "un_roll_calls": Described(
        "UN General Assembly roll-call votes (Voeten, CC0).",
        {
            "rcid": "Roll-call id in the UN data.",
            "session": "General Assembly session number (1 = 1946).",
            "date": "Day of the vote, YYYY-MM-DD.",
            "unres": "Resolution symbol, e.g. `R/68/262`; NULL when none.",
            "importantvote": "1 if the US State Department classed it an important vote, 0 if not, NULL before they did.",
            "amend": "1 if the vote was on an amendment, else 0; NULL when unknown.",
            "para": "1 if the vote was on a paragraph, else 0; NULL when unknown.",
            "short": "Short description, as in the UN data.",
            "descr": "Longer description, as in the UN data.",
        },
        "un",
    ),
    "un_roll_call_issues": Described(
        "Issue tags of roll calls (Voeten, CC0); a roll call may have several.",
        {
            "rcid": "The roll call (un_roll_calls.rcid).",
            "short_name": "Issue code: me Palestinian conflict, nu nuclear weapons and nuclear material, "
                          "di arms control and disarmament, hr human rights, co colonialism, ec economic development.",
            "issue": "The issue's name, spelled out.",
        },
        "un",
    ),
    "un_vote_kinds": Described(
        "The three vote codes of un_votes.vote.",
        {"id": "1, 2 or 3.", "vote": "yes (1), abstain (2), no (3)."},
        "un",
    ),
    "un_votes": Described(
        "Every seat's vote on every roll call (870k rows); absences are not recorded.",
        {
            "rcid": "The roll call (un_roll_calls.rcid).",
            "country_id": "The seat (un_countries.id).",
            "vote": "The vote (un_vote_kinds.id): 1 yes, 2 abstain, 3 no.",
        },
        "un",
    ),
    "un_agreement": Described(
        "Each seat's yearly agreement with Russia at the General Assembly (the data record the USSR's seat as Russia's).",
        {
            "country_id": "The seat (un_countries.id).",
            "year": "Calendar year of the votes.",
            "agreed": "Roll calls that year where the seat voted as Russia did.",
            "compared": "Roll calls that year where both the seat and Russia voted.",
            "share": "agreed / compared: the share of votes the same as Russia's, 0 to 1.",
        },
        "un",
    ),
    "un_votes_named": Described(
        "View: un_votes with roll call, seat and vote spelled out.",
        {
            "rcid": "The roll call (un_roll_calls.rcid).",
            "date": "Day of the vote.",
            "unres": "Resolution symbol.",
            "country_code": "The seat's code (un_countries.code).",
            "country": "The seat's name.",
            "vote": "yes, abstain or no.",
            "session": "General Assembly session.",
            "iso3": "The seat's ISO alpha-3 code, NULL when none.",
            "topic": "The roll call's short description (un_roll_calls.short).",
            "importantvote": "1 if a US-classed important vote (see un_roll_calls).",
        },
        "view",
    ),
    "un_agreement_with_russia": Described(
        "View: un_agreement with the seat named and the columns saying what they compare.",
        {
            "country_code": "The seat's code.",
            "country": "The seat's name.",
            "iso3": "The seat's ISO alpha-3 code.",
            "year": "Calendar year.",
            "votes_as_russia": "Roll calls where the seat voted as Russia did (un_agreement.agreed).",
            "votes_compared": "Roll calls where both voted (un_agreement.compared).",
            "share_as_russia": "votes_as_russia / votes_compared, 0 to 1.",
        },
        "view",
    ),
    "event_countries_named": Described(
        "View: event_countries with the event and country named.",
        {
            "event_id": "The event (events.id).",
            "date_label": "The event's date, in the article's words.",
            "title": "The event's title.",
            "country_id": "The country's code.",
            "country": "The country's name.",
            "position": "0 for the event's main country.",
        },
        "view",
    ),
    "events_fts": Described(
        "Full-text index (FTS5) of events, kept in step by triggers.",
        {c: _FTS_MIRROR.format(table="events", column=c) for c in ("title", "description", "attribution", "date_label")},
        "internal",
    ),
    "statements_fts": Described(
        "Full-text index (FTS5) of statements, kept in step by triggers.",
        {c: _FTS_MIRROR.format(table="statements", column=c) for c in ("text", "context", "attribution")},
        "internal",
    ),
    "sources_fts": Described(
        "Full-text index (FTS5) of sources and their texts, kept in step by triggers.",
        {c: _FTS_MIRROR.format(table="sources", column=c) for c in ("title", "author", "text")},
        "internal",
    ),
    "countries_fts": Described(
        "Full-text index (FTS5) of countries, kept in step by triggers.",
        {c: _FTS_MIRROR.format(table="countries", column=c) for c in ("name", "aliases", "headline", "summary")},
        "internal",
    ),
    "_sqlite_migrations": Described(
        "Which schema migrations have run (sqlite-utils' Migrations).",
        {
            "id": "Row id.",
            "migration_set": "Always `ally_explorer`.",
            "name": "The migration's name, e.g. `m007_readable_schema`.",
            "applied_at": "When it ran, ISO 8601.",
        },
        "internal",
    ),
}

GROUPS = (
    ("dataset", "The dataset", "Written from the article; `data/*.toml` builds these (see data/README.md)."),
    ("app", "The app's own tables", "Tours, the change history, and a cache."),
    ("un", "UN General Assembly votes", "Erik Voeten's data (CC0), via the `unvotes` R package (MIT); 1946-2020."),
    ("view", "Views", "Read-only joins that spell codes out; they hold no data of their own."),
    ("internal", "Internal tables", "Full-text indexes and the migration record."),
)

_FTS_SHADOWS = ("_data", "_idx", "_docsize", "_config")


def _fts_shadow(table: str) -> str | None:
    """The FTS5 table a shadow table belongs to (``events_fts_data`` -> ``events_fts``)."""
    for suffix in _FTS_SHADOWS:
        if table.endswith("_fts" + suffix):
            return table[: -len(suffix)]
    return None


def live_schema(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Every table and view, shadow tables and sqlite_* left out, with its columns in order."""
    names = [
        row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: [row[1] for row in conn.execute(f"PRAGMA table_info([{name}])")]
        for name in names
        if _fts_shadow(name) is None
    }


def undocumented(schema: dict[str, list[str]]) -> list[str]:
    """``table`` or ``table.column`` for everything in ``schema`` without a description."""
    out = []
    for table, columns in schema.items():
        described = TABLES.get(table)
        if described is None:
            out.append(table)
            continue
        out.extend(f"{table}.{c}" for c in columns if not described.columns.get(c, "").strip())
    return out


def _affinity(sql_type: str) -> str:
    """SQLite's type affinity of a declared type (its rules 1-4; anything else is NUMERIC)."""
    t = sql_type.upper()
    if "INT" in t:
        return "INTEGER"
    if any(s in t for s in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if not t or "BLOB" in t:
        return "BLOB"
    if any(s in t for s in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def declaration_mismatches(
    conn: sqlite3.Connection,
    declared: Mapping[str, Table] | None = None,
    final: Mapping[str, frozenset[str]] | None = None,
) -> list[str]:
    """Where the declared tables (core/entities.py ``TABLES``) and the schema disagree, one
    line each: a declared column that db/layout.py's final layout lacks (no migration makes it)
    or that the migrations give another type, a column of the table left undeclared, another
    order or another primary key. ``conn`` is a migrated database (``migrated_schema()``)."""
    declared = DECLARED_TABLES if declared is None else declared
    final = layout.LAYOUT if final is None else final
    out = []
    for name, table in declared.items():
        made = {row[1]: row for row in conn.execute(f"PRAGMA table_info([{name}])")}
        if name not in final or not made:
            out.append(f"{name}: declared in core/entities.py, but no migration makes it")
            continue
        known = len(out)
        for column in table.columns:
            if column.name not in final[name] or column.name not in made:
                out.append(f"{name}.{column.name}: declared in core/entities.py, but no migration makes it")
            elif _affinity(made[column.name][2]) != _affinity(column.sql_type):
                out.append(f"{name}.{column.name}: declared {column.sql_type}, but the migrations make it {made[column.name][2]}")
        out.extend(
            f"{name}.{c}: the migrations make it, but core/entities.py does not declare it"
            for c in made if c not in table.column_names
        )
        order = [c for c in made if c in table.column_names]
        if len(out) == known and tuple(order) != table.column_names:  # the CSV files' column order
            out.append(f"{name}: declared in the order {', '.join(table.column_names)}; the table's is {', '.join(order)}")
        key = tuple(row[1] for row in sorted((r for r in made.values() if r[5]), key=lambda r: r[5]))
        if key != table.key:
            out.append(f"{name}: declared key ({', '.join(table.key)}), the table's is ({', '.join(key)})")
    return out


def migrated_schema() -> sqlite3.Connection:
    """A fresh in-memory database with every migration applied."""
    from sqlite_utils import Database

    from .migrations import migrations

    conn = sqlite3.connect(":memory:")
    migrations.apply(Database(conn, execute_plugins=False))
    return conn


def _foreign_keys(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    return {
        row[3]: f"{row[2]}.{row[4]}"
        for row in conn.execute(f"PRAGMA foreign_key_list([{table}])")
    }


def _is_view(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT type FROM sqlite_master WHERE name = ?", [name]).fetchone()[0] == "view"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def schema_markdown(conn: sqlite3.Connection) -> str:
    schema = live_schema(conn)
    missing = undocumented(schema)
    if missing:
        raise ValueError("undocumented: " + ", ".join(missing))
    lines = [
        "# The database schema",
        "",
        "<!-- Generated by `python -m ally_explorer.db.schema_doc` from the live schema and the",
        "     descriptions in src/ally_explorer/db/schema_doc.py; edit those, not this file. -->",
        "",
        "`data/allies.db` (and every database the app saves) is a plain SQLite file: open it with",
        "`sqlite-utils`, Datasette (`ally-explorer serve`) or any SQLite tool. The tables, views and",
        "columns below are a public contract: later versions add to them and never rename or drop one.",
        "",
        "Conventions: dates are ISO text (`YYYY-MM-DD`); 0/1 columns are booleans (SQLite has no",
        "boolean type); `countries.aliases` and `changes.before`/`after` hold JSON text; NULL means",
        "\"not known / none\" and differs from an empty text. Foreign keys are declared (and enforced",
        "by the app), so Datasette shows labels for them.",
        "",
        "Exports: `export --json` follows `docs/export.schema.json` (JSON Schema). `export --csv DIR`",
        "writes one `<table>.csv` per table (the UN tables with `--un`) and `types.json` with each",
        "column's type; text is always quoted, an unquoted empty field is NULL and `\"\"` an empty",
        "text; `--excel` starts each file with a UTF-8 byte-order mark. `export --toml DIR` writes",
        "the layout of `data/` (see data/README.md).",
        "",
    ]
    for group, title, blurb in GROUPS:
        names = [n for n in schema if TABLES[n].group == group]
        if not names:
            continue
        lines += [f"## {title}", "", blurb, ""]
        for name in names:
            described = TABLES[name]
            kind = "view" if _is_view(conn, name) else "table"
            lines += [f"### `{name}` ({kind})", "", described.text, ""]
            fks = _foreign_keys(conn, name) if kind == "table" else {}
            lines += ["| column | type | references | description |", "|---|---|---|---|"]
            types = {row[1]: row[2] for row in conn.execute(f"PRAGMA table_info([{name}])")}
            for column in schema[name]:
                ref = f"`{fks[column]}`" if column in fks else ""
                lines.append(
                    f"| `{column}` | {types[column] or ''} | {ref} | {_cell(described.columns[column])} |"
                )
            lines.append("")
    shadows = sorted(
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if _fts_shadow(row[0])
    )
    lines += [
        "### Full-text shadow tables",
        "",
        "SQLite's FTS5 keeps each index in four tables of its own; never write to them: "
        + ", ".join(f"`{n}`" for n in shadows) + ".",
        "",
    ]
    return "\n".join(lines)


#: Datasette's default facets and sort per table (what a class looks at first).
_FACETS = {
    "events": ["category", "confidence", "importance"],
    "statements": ["confidence", "country_id"],
    "alignments": ["stance", "confidence", "country_id"],
    "figures": ["confidence", "country_id"],
    "event_countries": ["country_id"],
    "un_votes": ["vote"],
    "un_roll_calls": ["session", "importantvote"],
    "un_roll_call_issues": ["issue"],
    "un_votes_named": ["vote", "country"],
}
_SORT = {
    "events": "date_start",
    "statements": "date_start",
    "alignments": "date_start",
    "figures": "date_start",
    "un_roll_calls": "date",
    "un_agreement": "year",
}
_LABELS = {"un_countries": "name", "un_roll_calls": "unres", "countries": "name", "people": "name",
           "sources": "title", "events": "title", "tours": "name", "un_vote_kinds": "vote"}
_FTS = {"events": "events_fts", "statements": "statements_fts", "countries": "countries_fts",
        "sources": "sources_fts"}

#: Canned queries a class starts from (Datasette shows them on the database page, with a form).
QUERIES = {
    "votes_on_resolution": {
        "title": "How every seat voted on one resolution",
        "description": "Type a resolution symbol as the UN data writes it, e.g. R/68/262 (Ukraine's territorial integrity, 2014).",
        "sql": "SELECT country, iso3, vote, date, topic FROM un_votes_named WHERE unres = :unres ORDER BY vote, country",
    },
    "agreement_by_year": {
        "title": "One country's agreement with Russia, year by year",
        "description": "Type an ISO alpha-3 code, e.g. IND. Before 1992 the seat recorded as Russia's is the USSR's.",
        "sql": "SELECT year, votes_as_russia, votes_compared, round(share_as_russia, 3) AS share_as_russia"
               " FROM un_agreement_with_russia WHERE iso3 = :iso3 ORDER BY year",
    },
}

ARTICLE = "As Putin shakes hands with Modi, Xi, here’s the state of Russia’s allies (September 2025)"
UN_SOURCE = "Erik Voeten, United Nations General Assembly Voting Data (via the unvotes R package)"


def datasette_metadata(conn: sqlite3.Connection, database: str = "allies") -> dict[str, Any]:
    """Datasette's metadata: titles, licences, sources, descriptions, facets, FTS, hidden tables."""
    schema = live_schema(conn)
    tables: dict[str, Any] = {}
    for name in schema:
        described = TABLES.get(name)
        if described is None:  # a table of another program's: served without notes
            continue
        entry: dict[str, Any] = {"description": described.text, "columns": dict(described.columns)}
        if described.group == "un" or (described.group == "view" and name.startswith("un_")):
            entry |= {"source": UN_SOURCE, "source_url": "https://github.com/dgrtwo/unvotes",
                      "license": "CC0 1.0", "license_url": "https://creativecommons.org/publicdomain/zero/1.0/"}
        elif described.group in ("dataset", "view", "app"):
            entry |= {"license": "MIT", "license_url": "https://opensource.org/licenses/MIT"}
            if described.group != "app":
                entry["source"] = ARTICLE
        if described.group == "internal":
            entry["hidden"] = True
        if name in _FACETS:
            entry["facets"] = _FACETS[name]
        if name in _SORT:
            entry["sort"] = _SORT[name]
        if name in _LABELS:
            entry["label_column"] = _LABELS[name]
        if name in _FTS:
            entry |= {"fts_table": _FTS[name], "fts_pk": "rowid"}
        if not _is_view(conn, name):
            entry["sortable_columns"] = list(schema[name])
        tables[name] = entry
    for name in sorted(
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'") if _fts_shadow(row[0])
    ):
        tables[name] = {"hidden": True}
    tables["sqlite_stat1"] = {"hidden": True}  # written by PRAGMA optimize in the build
    return {
        "title": "Ally Explorer: who stands with Russia in 2025",
        "description": "Nine countries, the dated events that bind them to Moscow and what their leaders said, "
                       "every claim with its source and how sure it is; and UN General Assembly votes 1946-2020.",
        "license": "MIT (dataset); CC0 1.0 (UN votes)",
        "license_url": "https://opensource.org/licenses/MIT",
        "source": ARTICLE,
        "about": "Ally Explorer",
        "databases": {database: {"tables": tables, "queries": copy.deepcopy(QUERIES)}},  # Datasette writes into it
    }


def metadata_json(conn: sqlite3.Connection) -> str:
    return json.dumps(datasette_metadata(conn), ensure_ascii=False, indent=2) + "\n"


def doc_paths() -> tuple[Path, Path]:
    root = Path(__file__).resolve().parents[3]
    return root / "docs" / "schema.md", root / "docs" / "datasette-metadata.json"


def main() -> int:
    conn = migrated_schema()
    schema_md, metadata = doc_paths()
    schema_md.write_text(schema_markdown(conn), encoding="utf-8")
    metadata.write_text(metadata_json(conn), encoding="utf-8")
    print(f"wrote {schema_md} and {metadata}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The schema, as versioned sqlite-utils migrations.

Tables and columns named in the data README are a public contract: people open the file with
``sqlite-utils`` and Datasette. Add migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ..core import vocab

from .stamp import STAMP_TABLE_SQL, stamp_triggers_sql
from .layout import MIGRATION_SET  # named in layout.py, which start-up reads without sqlite-utils

migrations = Migrations(MIGRATION_SET)


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


_DATED = """
    date_label TEXT NOT NULL,
    date_start TEXT NOT NULL,
    date_end TEXT NOT NULL,
    confidence TEXT NOT NULL DEFAULT 'confirmed' CHECK (confidence IN {conf}),
    attribution TEXT,
    source_id TEXT NOT NULL REFERENCES sources(id),
    excerpt TEXT,
    note TEXT,
    CHECK (date_start <= date_end),
    CHECK (date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    CHECK (date_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
"""


@migrations()
def m001_initial(db: Database) -> None:
    dated = _DATED.format(conf=_in(vocab.CONFIDENCES))
    _run_script(
        db,
        f"""
        CREATE TABLE countries (
            id TEXT PRIMARY KEY CHECK (length(id) = 3),
            name TEXT NOT NULL,
            iso2 TEXT,
            iso_numeric TEXT,
            region TEXT,
            summary TEXT,
            headline TEXT,
            aliases TEXT NOT NULL DEFAULT '[]',
            focus INTEGER NOT NULL DEFAULT 0 CHECK (focus IN (0, 1))
        );
        CREATE TABLE people (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT,
            country_id TEXT REFERENCES countries(id),
            note TEXT
        );
        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            publisher TEXT,
            published TEXT,
            url TEXT,
            note TEXT
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            description TEXT,
            category TEXT NOT NULL CHECK (category IN {_in(vocab.CATEGORIES)}),
            importance INTEGER NOT NULL DEFAULT 2 CHECK (importance BETWEEN 1 AND 3),
            {dated}
        );
        CREATE TABLE event_countries (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            country_id TEXT NOT NULL REFERENCES countries(id),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (event_id, country_id)
        );
        CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            person_id TEXT REFERENCES people(id),
            country_id TEXT NOT NULL REFERENCES countries(id),
            context TEXT,
            {dated}
        );
        CREATE TABLE alignments (
            id INTEGER PRIMARY KEY,
            country_id TEXT NOT NULL REFERENCES countries(id),
            stance TEXT NOT NULL CHECK (stance IN {_in(vocab.STANCES)}),
            ongoing INTEGER NOT NULL DEFAULT 0 CHECK (ongoing IN (0, 1)),
            {dated}
        );
        CREATE TABLE figures (
            id INTEGER PRIMARY KEY,
            country_id TEXT NOT NULL REFERENCES countries(id),
            label TEXT NOT NULL,
            value REAL NOT NULL,
            value_high REAL,
            qualifier TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL CHECK (unit <> ''),
            {dated},
            CHECK (value_high IS NULL OR value_high >= value)
        );
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            action TEXT NOT NULL,
            label TEXT,
            before TEXT,
            after TEXT
        );
        CREATE INDEX idx_events_date ON events(date_start, date_end);
        CREATE INDEX idx_events_category ON events(category);
        CREATE INDEX idx_events_confidence ON events(confidence);
        CREATE INDEX idx_events_source ON events(source_id);
        CREATE INDEX idx_event_countries_country ON event_countries(country_id, event_id);
        CREATE INDEX idx_statements_country ON statements(country_id, date_start);
        CREATE INDEX idx_statements_person ON statements(person_id);
        CREATE INDEX idx_statements_source ON statements(source_id);
        CREATE INDEX idx_alignments_country ON alignments(country_id, date_start);
        CREATE INDEX idx_figures_country ON figures(country_id, date_start);
        CREATE INDEX idx_people_country ON people(country_id);
        CREATE INDEX idx_changes_entity ON changes(entity, entity_id);
        """
    )
    fts = "porter unicode61 remove_diacritics 2"
    db["events"].enable_fts(
        ["title", "description", "attribution", "date_label"], create_triggers=True, tokenize=fts
    )
    db["statements"].enable_fts(
        ["text", "context", "attribution"], create_triggers=True, tokenize=fts
    )
    db["countries"].enable_fts(
        ["name", "aliases", "headline", "summary"], create_triggers=True, tokenize=fts
    )


def _run_script(db: Database, script: str) -> None:
    """executescript() would commit the migration's transaction half-way; run one by one."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]


@migrations()
def m002_unvotes(db: Database) -> None:
    """UN General Assembly roll calls and votes (ally_explorer.db.unvotes), and each seat's
    yearly agreement with Russia. 870k votes fit in ~9 MB as integer triples WITHOUT ROWID.
    No foreign keys to ``countries``: the UN has ~200 seats, the dataset a dozen countries."""
    _run_script(
        db,
        """
        CREATE TABLE un_countries (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            iso3 TEXT,
            UNIQUE (code, name)
        );
        CREATE TABLE un_roll_calls (
            rcid INTEGER PRIMARY KEY,
            session INTEGER NOT NULL,
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            unres TEXT,
            importantvote INTEGER CHECK (importantvote IN (0, 1)),
            amend INTEGER CHECK (amend IN (0, 1)),
            para INTEGER CHECK (para IN (0, 1)),
            short TEXT,
            descr TEXT
        );
        CREATE TABLE un_roll_call_issues (
            rcid INTEGER NOT NULL REFERENCES un_roll_calls(rcid),
            short_name TEXT NOT NULL,
            issue TEXT NOT NULL,
            PRIMARY KEY (rcid, short_name)
        ) WITHOUT ROWID;
        CREATE TABLE un_vote_kinds (
            id INTEGER PRIMARY KEY,
            vote TEXT NOT NULL UNIQUE
        );
        INSERT INTO un_vote_kinds (id, vote) VALUES (1, 'yes'), (2, 'abstain'), (3, 'no');
        CREATE TABLE un_votes (
            rcid INTEGER NOT NULL,
            country_id INTEGER NOT NULL,
            vote INTEGER NOT NULL CHECK (vote BETWEEN 1 AND 3),
            PRIMARY KEY (rcid, country_id)
        ) WITHOUT ROWID;
        CREATE TABLE un_agreement (
            country_id INTEGER NOT NULL REFERENCES un_countries(id),
            year INTEGER NOT NULL,
            agreed INTEGER NOT NULL,
            compared INTEGER NOT NULL,
            share REAL NOT NULL,
            PRIMARY KEY (country_id, year),
            CHECK (compared > 0 AND agreed BETWEEN 0 AND compared)
        ) WITHOUT ROWID;
        CREATE INDEX idx_un_agreement_year ON un_agreement(year, country_id);
        CREATE VIEW un_votes_named AS
            SELECT v.rcid, r.date, r.unres, c.code AS country_code, c.name AS country, k.vote
            FROM un_votes v
            JOIN un_roll_calls r ON r.rcid = v.rcid
            JOIN un_countries c ON c.id = v.country_id
            JOIN un_vote_kinds k ON k.id = v.vote
        """,
    )


@migrations()
def m003_tours(db: Database) -> None:
    """Saved, named, ordered lists of events and quotes to present."""
    _run_script(
        db,
        """
        CREATE TABLE tours (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
            note TEXT,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE tour_items (
            tour_id INTEGER NOT NULL REFERENCES tours(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('event', 'statement')),
            item_id INTEGER NOT NULL,
            PRIMARY KEY (tour_id, position)
        );
        CREATE INDEX idx_tour_items_item ON tour_items(kind, item_id)
        """,
    )


@migrations()
def m004_attribution_index(db: Database) -> None:
    """Counting claims by who asserts them (the attribution facet) walks an index instead of
    the whole events table."""
    _run_script(db, "CREATE INDEX idx_events_attribution ON events(attribution)")


@migrations()
def m005_country_event_counts(db: Database) -> None:
    """Each country's number of events, kept by triggers on event_countries: the country list
    reads 200 rows instead of counting every event link at start-up (2.3 million at 1M events).
    A bulk import drops these triggers and counts once at the end (db/transfer.py)."""
    _run_script(db, COUNT_TABLE_SQL)
    for trigger in COUNT_TRIGGERS_SQL:  # one statement each (their bodies hold semicolons)
        db.execute(trigger)


COUNT_TABLE_SQL = """
    CREATE TABLE country_event_counts (
        country_id TEXT PRIMARY KEY,
        events INTEGER NOT NULL CHECK (events >= 0)
    );
    INSERT INTO country_event_counts (country_id, events)
        SELECT country_id, count(*) FROM event_countries GROUP BY country_id
"""

#: The triggers keeping country_event_counts in step (names end in _count_ai/_ad/_au).
COUNT_TRIGGERS_SQL = (
    """CREATE TRIGGER event_countries_count_ai AFTER INSERT ON event_countries BEGIN
        INSERT INTO country_event_counts (country_id, events) VALUES (new.country_id, 1)
            ON CONFLICT (country_id) DO UPDATE SET events = events + 1;
    END""",
    """CREATE TRIGGER event_countries_count_ad AFTER DELETE ON event_countries BEGIN
        UPDATE country_event_counts SET events = events - 1 WHERE country_id = old.country_id;
    END""",
    """CREATE TRIGGER event_countries_count_au AFTER UPDATE OF country_id ON event_countries BEGIN
        UPDATE country_event_counts SET events = events - 1 WHERE country_id = old.country_id;
        INSERT INTO country_event_counts (country_id, events) VALUES (new.country_id, 1)
            ON CONFLICT (country_id) DO UPDATE SET events = events + 1;
    END""",
)


@migrations()
def m007_readable_schema(db: Database) -> None:
    """Foreign keys where other tools look for them, and views that spell codes out.

    ``un_votes`` gains foreign keys to its roll call, its seat and its vote kind (Datasette and
    sqlite-utils then show labels instead of bare integers); ``country_event_counts`` gains one
    to ``countries`` (deleting a country deletes its count). SQLite cannot add a foreign key to
    a table, so both are rebuilt: ~0.8 s for 870k votes. ``un_countries.iso3`` stays a plain
    column: the UN has ~200 seats and the dataset a dozen countries, so most would dangle.
    """
    _run_script(
        db,
        """
        DROP VIEW IF EXISTS un_votes_named;
        DROP TRIGGER IF EXISTS event_countries_count_ai;
        DROP TRIGGER IF EXISTS event_countries_count_ad;
        DROP TRIGGER IF EXISTS event_countries_count_au;
        CREATE TABLE un_votes_m007 (
            rcid INTEGER NOT NULL REFERENCES un_roll_calls(rcid),
            country_id INTEGER NOT NULL REFERENCES un_countries(id),
            vote INTEGER NOT NULL REFERENCES un_vote_kinds(id) CHECK (vote BETWEEN 1 AND 3),
            PRIMARY KEY (rcid, country_id)
        ) WITHOUT ROWID;
        INSERT INTO un_votes_m007 (rcid, country_id, vote)
            SELECT rcid, country_id, vote FROM un_votes ORDER BY rcid, country_id;
        DROP TABLE un_votes;
        ALTER TABLE un_votes_m007 RENAME TO un_votes;
        CREATE TABLE country_event_counts_m007 (
            country_id TEXT PRIMARY KEY REFERENCES countries(id) ON DELETE CASCADE,
            events INTEGER NOT NULL CHECK (events >= 0)
        );
        INSERT INTO country_event_counts_m007 (country_id, events)
            SELECT country_id, events FROM country_event_counts
            WHERE country_id IN (SELECT id FROM countries);
        DROP TABLE country_event_counts;
        ALTER TABLE country_event_counts_m007 RENAME TO country_event_counts;
        CREATE VIEW un_votes_named AS
            SELECT v.rcid, r.date, r.unres, c.code AS country_code, c.name AS country, k.vote,
                   r.session, c.iso3, r.short AS topic, r.importantvote
            FROM un_votes v
            JOIN un_roll_calls r ON r.rcid = v.rcid
            JOIN un_countries c ON c.id = v.country_id
            JOIN un_vote_kinds k ON k.id = v.vote;
        CREATE VIEW un_agreement_with_russia AS
            SELECT c.code AS country_code, c.name AS country, c.iso3, a.year,
                   a.agreed AS votes_as_russia, a.compared AS votes_compared,
                   a.share AS share_as_russia
            FROM un_agreement a
            JOIN un_countries c ON c.id = a.country_id;
        CREATE VIEW event_countries_named AS
            SELECT ec.event_id, e.date_label, e.title, ec.country_id, c.name AS country,
                   ec.position
            FROM event_countries ec
            JOIN events e ON e.id = ec.event_id
            JOIN countries c ON c.id = ec.country_id
        """,
    )
    for trigger in COUNT_TRIGGERS_SQL:  # they name country_event_counts, so they went with it
        db.execute(trigger)


#: Kinds of entry that cite a passage (the ``anchors.kind`` values).
ANCHOR_KINDS = ("event", "statement", "alignment", "figure")


@migrations()
def m008_source_texts(db: Database) -> None:
    """Sources hold their full text (verbatim), author and licence note; each entry's excerpt
    is anchored in its source's text (W3C Web Annotation: a TextQuoteSelector of quote, prefix
    and suffix, plus a TextPositionSelector of character offsets), so it can be found again
    after the text is edited. Anchors that cannot be found are kept with status 'lost' and
    listed in the Data quality tab. Source texts join the full-text search."""
    _run_script(
        db,
        f"""
        ALTER TABLE sources ADD COLUMN author TEXT;
        ALTER TABLE sources ADD COLUMN licence TEXT;
        ALTER TABLE sources ADD COLUMN text TEXT;
        CREATE TABLE anchors (
            kind TEXT NOT NULL CHECK (kind IN {_in(ANCHOR_KINDS)}),
            item_id INTEGER NOT NULL,
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start INTEGER NOT NULL CHECK (start >= 0),
            end INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'exact' CHECK (status IN ('exact', 'moved', 'fuzzy', 'lost')),
            PRIMARY KEY (kind, item_id),
            CHECK (end >= start)
        );
        CREATE INDEX idx_anchors_source ON anchors(source_id, start)
        """,
    )
    db["sources"].enable_fts(
        ["title", "author", "text"], create_triggers=True, tokenize="porter unicode61 remove_diacritics 2"
    )


@migrations()
def m009_content_stamp(db: Database) -> None:
    """A number every write to the dataset's tables bumps (triggers), with a random id made
    when the stamp is: caches of what the database holds (the timeline's arrays, see
    db/timeline_cache.py) are trusted only while both are what they were when the cache was
    written. A bulk import drops these triggers and bumps once at the end (db/transfer.py)."""
    _run_script(db, STAMP_TABLE_SQL)
    for trigger in stamp_triggers_sql():
        db.execute(trigger)

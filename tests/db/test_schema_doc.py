"""The schema is a documented contract: docs/schema.md and the Datasette metadata say what the
migrations make, and m007 gives other tools foreign keys and readable views."""

from __future__ import annotations

import json
import sqlite3

from sqlite_utils import Database

from ally_explorer.db import schema_doc
from ally_explorer.db.migrations import migrations
from ally_explorer.db.store import Store


def test_every_table_view_and_column_is_described():
    conn = schema_doc.migrated_schema()
    assert schema_doc.undocumented(schema_doc.live_schema(conn)) == []


def test_an_undocumented_table_or_column_is_named():
    conn = schema_doc.migrated_schema()
    conn.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY)")
    conn.execute("ALTER TABLE events ADD COLUMN mood TEXT")
    assert schema_doc.undocumented(schema_doc.live_schema(conn)) == ["events.mood", "scratch"]


def test_docs_schema_md_and_the_datasette_metadata_are_up_to_date():
    conn = schema_doc.migrated_schema()
    schema_md, metadata = schema_doc.doc_paths()
    hint = "run: python -m ally_explorer.db.schema_doc"
    assert schema_md.read_text(encoding="utf-8") == schema_doc.schema_markdown(conn), hint
    assert metadata.read_text(encoding="utf-8") == schema_doc.metadata_json(conn), hint


def test_the_schema_doc_names_foreign_keys_and_explains_codes():
    text = schema_doc.doc_paths()[0].read_text(encoding="utf-8")
    assert "| `country_id` | INTEGER | `un_countries.id` |" in text
    assert "| `vote` | INTEGER | `un_vote_kinds.id` |" in text
    assert "me Palestinian conflict" in text and "JSON array" in text


def test_the_bundled_database_holds_only_documented_tables(built_db):
    conn = sqlite3.connect(built_db)
    assert schema_doc.undocumented(schema_doc.live_schema(conn)) == []


def _foreign_keys(db: Database, table: str) -> set[tuple[str, str, str]]:
    return {(fk.column, fk.other_table, fk.other_column) for fk in db[table].foreign_keys}


def test_m007_keeps_every_vote_and_count_and_adds_foreign_keys():
    db = Database(memory=True, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db, stop_before="m007_readable_schema")
    db.execute("INSERT INTO countries (id, name) VALUES ('AAA', 'Aland')")
    db.execute("INSERT INTO sources (id, title) VALUES ('s', 'S')")
    db.execute("INSERT INTO events (id, title, category, date_label, date_start, date_end, source_id)"
               " VALUES (1, 'E', 'military', '2024', '2024-01-01', '2024-12-31', 's')")
    db.execute("INSERT INTO event_countries (event_id, country_id) VALUES (1, 'AAA')")
    db.execute("INSERT INTO un_countries (id, code, name, iso3) VALUES (1, 'RU', 'Russia', 'RUS'), (2, 'AA', 'Aland', 'AAA')")
    db.execute("INSERT INTO un_roll_calls (rcid, session, date, unres) VALUES (10, 68, '2014-03-27', 'R/68/262')")
    db.execute("INSERT INTO un_votes (rcid, country_id, vote) VALUES (10, 1, 3), (10, 2, 1)")
    migrations.apply(db)
    assert _foreign_keys(db, "un_votes") == {
        ("rcid", "un_roll_calls", "rcid"), ("country_id", "un_countries", "id"), ("vote", "un_vote_kinds", "id")}
    assert _foreign_keys(db, "country_event_counts") == {("country_id", "countries", "id")}
    assert db.execute("SELECT count(*) FROM un_votes").fetchone() == (2,)
    assert list(db.query("SELECT country, vote, unres FROM un_votes_named ORDER BY country")) == [
        {"country": "Aland", "vote": "yes", "unres": "R/68/262"},
        {"country": "Russia", "vote": "no", "unres": "R/68/262"},
    ]
    # the count triggers came back: a second link counts
    db.execute("INSERT INTO countries (id, name) VALUES ('BBB', 'Bland')")
    db.execute("INSERT INTO event_countries (event_id, country_id, position) VALUES (1, 'BBB', 1)")
    assert dict(db.execute("SELECT country_id, events FROM country_event_counts").fetchall()) == {"AAA": 1, "BBB": 1}


def test_deleting_a_country_deletes_its_event_count(store):
    store.delete_country("UKR")
    assert store.conn.execute("SELECT count(*) FROM country_event_counts WHERE country_id = 'UKR'").fetchone() == (0,)
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_agreement_view_says_what_it_compares(db_path):
    with Store.open(db_path, readonly=True) as store:
        row = store.conn.execute(
            "SELECT votes_as_russia, votes_compared, share_as_russia FROM un_agreement_with_russia"
            " WHERE iso3 = 'BLR' AND year = 2014").fetchone()
    agreed, compared, share = row
    assert 0 < agreed <= compared and abs(share - agreed / compared) < 1e-12


def test_the_metadata_hides_internal_tables_and_configures_search():
    meta = json.loads(schema_doc.doc_paths()[1].read_text(encoding="utf-8"))
    tables = meta["databases"]["allies"]["tables"]
    assert tables["events_fts_data"]["hidden"] and tables["_sqlite_migrations"]["hidden"]
    assert tables["events"]["fts_table"] == "events_fts"
    assert tables["un_countries"]["label_column"] == "name"
    assert "license" in tables["un_votes"] and tables["events"]["columns"]["confidence"]


def test_every_shown_table_has_a_licence_and_data_tables_a_source():
    meta = json.loads(schema_doc.doc_paths()[1].read_text(encoding="utf-8"))
    tables = meta["databases"]["allies"]["tables"]
    for name, described in schema_doc.TABLES.items():
        if described.group == "internal":
            continue
        assert tables[name].get("license"), name
        if described.group != "app":
            assert tables[name].get("source"), name
    assert tables["un_votes_named"]["license"] == "CC0 1.0" and tables["events"]["license"] == "MIT"


def _as_saved_by_the_previous_version(path) -> None:
    """Undo m007 in a copy of the built database: the layout a user's file had before."""
    conn = sqlite3.connect(path)
    conn.executescript("""
        DROP VIEW un_votes_named; DROP VIEW un_agreement_with_russia; DROP VIEW event_countries_named;
        CREATE TABLE old_votes (rcid INTEGER NOT NULL, country_id INTEGER NOT NULL,
            vote INTEGER NOT NULL CHECK (vote BETWEEN 1 AND 3), PRIMARY KEY (rcid, country_id)) WITHOUT ROWID;
        INSERT INTO old_votes SELECT * FROM un_votes; DROP TABLE un_votes;
        ALTER TABLE old_votes RENAME TO un_votes;
        CREATE VIEW un_votes_named AS SELECT v.rcid, r.date, r.unres, c.code AS country_code, c.name AS country, k.vote
            FROM un_votes v JOIN un_roll_calls r ON r.rcid = v.rcid JOIN un_countries c ON c.id = v.country_id
            JOIN un_vote_kinds k ON k.id = v.vote;
        DELETE FROM _sqlite_migrations WHERE name = 'm007_readable_schema';
    """)
    conn.commit()
    conn.close()


def test_a_file_saved_by_the_previous_version_is_migrated_with_a_backup_and_keeps_every_vote(db_path):
    _as_saved_by_the_previous_version(db_path)
    db = Database(db_path)
    votes = db["un_votes"].count
    assert db["un_votes"].foreign_keys == []
    db.close()
    with Store.open(db_path) as store:
        assert store.backup_path is not None and store.backup_path.exists()
        assert store.conn.execute("SELECT count(*) FROM un_votes").fetchone() == (votes,)
        assert store.conn.execute("SELECT count(*) FROM un_votes_named").fetchone() == (votes,)
        assert {fk[2] for fk in store.conn.execute("PRAGMA foreign_key_list(un_votes)")} == {
            "un_roll_calls", "un_countries", "un_vote_kinds"}
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []

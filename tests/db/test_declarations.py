"""One declaration of each kind of entry (core/entities.py): the store's tables and the records
follow it, and the hand-written migrations must make exactly what it declares."""

from __future__ import annotations

import dataclasses

from ally_explorer.core import entities
from ally_explorer.core.entities import ENTITIES, LINK_TABLES, TABLES, Field
from ally_explorer.db import layout, schema_doc
from ally_explorer.db.store import PRIMARY_KEYS, TABLE_COLUMNS, TABLE_ORDER

#: Record fields that are no column of the entry's table: read through a join.
JOINED = {"statement": {"speaker_name", "speaker_role"}}


def test_the_migrations_make_every_declared_column_and_nothing_undeclared():
    assert schema_doc.declaration_mismatches(schema_doc.migrated_schema()) == []


def test_a_column_declared_but_not_migrated_is_named():
    mood = Field("mood", "Mood", "enum", choices=("calm", "tense"))
    events = dataclasses.replace(entities.EVENT, fields=(*entities.EVENT.fields, mood))
    scores = dataclasses.replace(entities.EVENT, table="scores")
    declared = TABLES | {"events": events.stored, "scores": scores.stored}
    assert schema_doc.declaration_mismatches(schema_doc.migrated_schema(), declared) == [
        "events.mood: declared in core/entities.py, but no migration makes it",
        "scores: declared in core/entities.py, but no migration makes it",
    ]


def test_a_column_migrated_but_not_declared_or_of_another_type_is_named():
    conn = schema_doc.migrated_schema()
    conn.execute("ALTER TABLE people ADD COLUMN born TEXT")
    final = dict(layout.LAYOUT, people=layout.LAYOUT["people"] | {"born"})
    countries = dataclasses.replace(
        entities.COUNTRY, fields=tuple(dataclasses.replace(f, kind="int") if f.name == "region" else f for f in entities.COUNTRY.fields)
    )
    declared = TABLES | {"countries": countries.stored}
    assert schema_doc.declaration_mismatches(conn, declared, final) == [
        "countries.region: declared INTEGER, but the migrations make it TEXT",
        "people.born: the migrations make it, but core/entities.py does not declare it",
    ]


def test_a_column_order_other_than_the_tables_is_named():
    """CSV files write the columns in the table's order; the declaration must know it."""
    shuffled = dataclasses.replace(entities.FIGURE, column_order=())
    problems = schema_doc.declaration_mismatches(schema_doc.migrated_schema(), {"figures": shuffled.stored})
    assert problems == [
        "figures: declared in the order id, country_id, label, qualifier, value, value_high, unit, date_label, "
        "date_start, date_end, confidence, attribution, source_id, excerpt, note; the table's is id, country_id, "
        "label, value, value_high, qualifier, unit, date_label, date_start, date_end, confidence, attribution, "
        "source_id, excerpt, note"
    ]


def test_a_new_field_is_stored_after_the_tables_columns_as_alter_table_appends_it():
    mood = Field("mood", "Mood")
    events = dataclasses.replace(entities.EVENT, fields=(mood, *entities.EVENT.fields))
    assert events.stored.column_names == (*TABLE_COLUMNS["events"], "mood")


def test_the_stores_tables_are_the_declared_ones_parents_first():
    assert set(TABLE_ORDER) == set(TABLES)
    assert TABLE_COLUMNS == {t: TABLES[t].column_names for t in TABLE_ORDER}
    assert PRIMARY_KEYS["events"] == ("id",) and PRIMARY_KEYS["event_countries"] == ("event_id", "country_id")
    assert TABLE_ORDER.index("sources") < TABLE_ORDER.index("events") < TABLE_ORDER.index("event_countries")


def test_every_refs_field_names_its_link_table():
    for entity in ENTITIES.values():
        for f in entity.fields:
            if f.kind == "refs":
                assert f.link in LINK_TABLES, f"{entity.name}.{f.name}"


def test_each_record_holds_its_tables_columns_and_links():
    for name, entity in ENTITIES.items():
        links = {f.name for f in entity.fields if f.kind == "refs"}
        record = {f.name for f in dataclasses.fields(entity.record)}
        assert record == set(TABLE_COLUMNS[entity.table]) | links | JOINED.get(name, set()), name


def test_a_required_field_is_a_not_null_column():
    conn = schema_doc.migrated_schema()
    for entity in ENTITIES.values():
        info = {row[1]: row for row in conn.execute(f"PRAGMA table_info([{entity.table}])")}
        for f in entity.fields:
            if f.required and f.kind != "refs":
                assert info[f.name][3] or info[f.name][5], f"{entity.table}.{f.name} may be NULL"

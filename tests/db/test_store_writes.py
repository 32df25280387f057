"""Writes validate first, run in one transaction, and can be taken back exactly."""

from __future__ import annotations

import pytest

from ally_explorer.core.errors import NotFoundError, ValidationError
from tests.conftest import minimal


def _dump(store) -> dict:
    """Every data table's rows in primary-key order: what 'identical' means for undo."""
    from ally_explorer.db.store import PRIMARY_KEYS

    return {t: store._rows(f"SELECT * FROM {t} ORDER BY {', '.join(pk)}") for t, pk in PRIMARY_KEYS.items()}


def _event(**over):
    values = dict(
        title="Treaty signed", date_label="June 2024", category="military",
        confidence="confirmed", countries=["AAA", "BBB"], source_id="src",
    )
    return values | over


def test_create_read_update_delete_event(empty_store):
    store = minimal(empty_store)
    change = store.create_event(**_event())
    event = store.event(change.entity_id)
    assert event.title == "Treaty signed"
    assert event.countries == ("AAA", "BBB")
    assert (event.date_start, event.date_end) == ("2024-06-01", "2024-06-30")

    store.update_event(event.id, date_label="19 June 2024", countries=["BBB"])
    event = store.event(event.id)
    assert (event.date_start, event.date_end, event.countries) == ("2024-06-19", "2024-06-19", ("BBB",))
    assert event.title == "Treaty signed"  # untouched fields keep their values

    store.delete_event(event.id)
    with pytest.raises(NotFoundError):
        store.event(event.id)
    assert store._scalar("SELECT count(*) FROM event_countries") == 0


def test_each_entity_can_be_created_updated_and_deleted(empty_store):
    store = minimal(empty_store)
    s = store.create_statement(text="We will", person_id="pat", country_id="AAA", date_label="2025", source_id="src",
                                 confidence="confirmed")
    store.update_statement(s.entity_id, context="At a summit")
    assert store.statement(s.entity_id).speaker_name == "Pat Example"
    a = store.create_alignment(country_id="AAA", stance="ally", date_label="2022–2023", source_id="src", ongoing=True,
                               confidence="confirmed")
    store.update_alignment(a.entity_id, stance="partner")
    assert store.alignment(a.entity_id).stance == "partner" and store.alignment(a.entity_id).ongoing
    f = store.create_figure(country_id="AAA", label="Troops", value=12000, qualifier="up to", unit="troops",
                            date_label="2024", confidence="reported", attribution="Unnamed reports", source_id="src")
    store.update_figure(f.entity_id, value_high=15000)
    assert store.figure(f.entity_id).value_high == 15000
    p = store.create_person(name="Ada Lovelace")
    assert p.entity_id == "ada-lovelace"
    store.update_person("ada-lovelace", role="Analyst")
    assert store.person("ada-lovelace").role == "Analyst"
    src = store.create_source(title="Another source")
    store.update_source(src.entity_id, publisher="Press")
    assert store.source("another-source").publisher == "Press"
    store.update_country("BBB", summary="A neighbour.", aliases=["B-land"])
    assert store.country("BBB").aliases == ("B-land",)
    for kind, key in (("statement", s.entity_id), ("alignment", a.entity_id), ("figure", f.entity_id),
                      ("person", "ada-lovelace"), ("source", "another-source"), ("country", "BBB")):
        store.delete(kind, key)
        with pytest.raises(NotFoundError):
            store.get(kind, key)


def test_validation_errors_leave_the_database_untouched(empty_store):
    store = minimal(empty_store)
    before = _dump(store)
    with pytest.raises(ValidationError) as info:
        store.create_event(**_event(category="cultural", countries=["AAA", "ZZZ"], source_id="nope"))
    assert set(info.value.errors) == {"category", "countries", "source_id"}
    assert "ZZZ" in info.value.errors["countries"]
    with pytest.raises(ValidationError):
        store.create_country(id="AAA", name="Duplicate")
    with pytest.raises(ValidationError, match="cannot be changed"):
        store.update_country("AAA", id="ABC")
    assert _dump(store) == before


def test_a_failing_write_rolls_back_the_whole_transaction(empty_store, monkeypatch):
    store = minimal(empty_store)
    change = store.create_event(**_event())
    before = _dump(store)

    def explode(self, change):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(type(store), "_log", explode)
    with pytest.raises(RuntimeError):
        store.update_event(change.entity_id, title="Changed", countries=["BBB"])
    assert _dump(store) == before


def test_deleting_a_country_takes_its_entries_and_undo_restores_them_exactly(empty_store):
    store = minimal(empty_store)
    only_here = store.create_event(**_event(countries=["AAA"])).entity_id
    shared = store.create_event(**_event(title="Shared", countries=["AAA", "BBB"])).entity_id
    store.create_alignment(country_id="AAA", stance="ally", date_label="2022", source_id="src", confidence="confirmed")
    store.create_statement(text="Quote", country_id="AAA", date_label="2025", source_id="src", confidence="confirmed")
    before = _dump(store)

    plan = store.plan_delete("country", "AAA")
    assert plan.counts("before") == {
        "countries": 1, "events": 1, "event_countries": 2, "statements": 1, "alignments": 1, "people": 1,
    }
    change = store.delete_country("AAA")
    assert store.event(shared).countries == ("BBB",)
    with pytest.raises(NotFoundError):
        store.event(only_here)
    assert store.person("pat").country_id is None
    after = _dump(store)

    store.apply(change.undone())
    assert _dump(store) == before
    store.apply(change)
    assert _dump(store) == after


def test_sources_in_use_cannot_be_deleted(empty_store):
    store = minimal(empty_store)
    store.create_event(**_event())
    with pytest.raises(ValidationError, match="1 entries cite this source"):
        store.delete_source("src")


def test_every_change_is_logged_with_before_and_after(empty_store):
    store = minimal(empty_store)
    event_id = store.create_event(**_event()).entity_id
    store.update_event(event_id, title="Renamed")
    store.delete_event(event_id)
    history = store.changes("event", event_id)
    assert [c.action for c in history] == ["delete", "update", "create"]
    assert history[1].before["title"] == "Treaty signed"
    assert history[1].after["title"] == "Renamed"
    assert history[1].after["countries"] == ["AAA", "BBB"]
    assert history[0].after is None
    assert history[1].label == "Edit event ‘Renamed’"


def test_read_only_store_refuses_writes(built_db):
    from ally_explorer.db.store import Store

    with Store.open(built_db, readonly=True) as store:
        with pytest.raises(PermissionError):
            store.create_source(title="x")


def _kept_counts(store) -> dict[str, int]:
    return {c: n for c, n in store.conn.execute("SELECT country_id, events FROM country_event_counts") if n}


def _recount(store) -> dict[str, int]:
    return dict(store.conn.execute("SELECT country_id, count(*) FROM event_countries GROUP BY country_id"))


def test_the_kept_event_counts_follow_every_edit_undo_and_import(store, tmp_path):
    from ally_explorer.db.store import Store
    from ally_explorer.db.transfer import export_data, import_data

    assert _kept_counts(store) == _recount(store) and _recount(store)
    event = store.events(country_id="PRK")[0]
    changes = [
        store.update_event(event.id, countries=["PRK", "IRN", "RUS"]),  # links added and removed
        store.delete_event(store.events(country_id="BLR")[0].id),
        store.delete_country("SYR"),  # takes its events' links with it
    ]
    assert _kept_counts(store) == _recount(store)
    assert {c.id: c.event_count for c in store.countries()}["PRK"] == _recount(store)["PRK"]
    for change in reversed(changes):
        store.apply(change.undone())
        assert _kept_counts(store) == _recount(store)
    data = export_data(store)
    with Store.open(tmp_path / "copy.db", create=True) as fresh:
        import_data(fresh, data, replace=True)  # the bulk path: counted once at the end
        assert _kept_counts(fresh) == _recount(fresh) == _recount(store)
        fresh.create_event(**_event(countries=["PRK", "CHN"], source_id=store.sources()[0].id))
        assert _kept_counts(fresh) == _recount(fresh)

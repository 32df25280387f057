"""Tours are saved in order, validated, and survive the deletes and undos of their items."""

from __future__ import annotations

import pytest

from ally_explorer.core.errors import ValidationError
from ally_explorer.db.tours import delete_tour, get_tour, list_tours, save_tour


def test_a_tour_keeps_its_order_through_save_and_reload(store):
    events = [e.id for e in store.events(country_id="PRK")][:3]
    quote = store.statements(country_id="PRK")[0].id
    items = [("event", events[2]), ("statement", quote), ("event", events[0])]
    tour_id = save_tour(store, name="North Korea in three steps", items=items)
    assert get_tour(store, tour_id).items == tuple(items)
    save_tour(store, tour_id=tour_id, name="North Korea in three steps", items=list(reversed(items)))
    assert get_tour(store, tour_id).items == tuple(reversed(items))
    assert [t.name for t in list_tours(store)] == ["North Korea in three steps"]
    delete_tour(store, tour_id)
    assert list_tours(store) == []


def test_tours_are_validated(store):
    with pytest.raises(ValidationError) as info:
        save_tour(store, name="  ", items=[("event", 999999), ("country", 1)])
    assert set(info.value.errors) == {"name", "items"}
    save_tour(store, name="Once", items=[])
    with pytest.raises(ValidationError, match="already exists"):
        save_tour(store, name="Once", items=[])


def test_deleting_an_event_drops_its_step_and_undo_brings_it_back(store):
    event = store.events(country_id="SVK")[0].id
    tour_id = save_tour(store, name="Slovakia", items=[("event", event)])
    change = store.delete_event(event)
    assert get_tour(store, tour_id).items == ()
    store.apply(change.undone())
    assert get_tour(store, tour_id).items == (("event", event),)


def test_tours_travel_with_the_json_export(store, tmp_path):
    from ally_explorer.db.store import Store
    from ally_explorer.db.transfer import dumps, export_data, import_data

    event = store.events(country_id="PRK")[0].id
    quote = store.statements(country_id="PRK")[0].id
    save_tour(store, name="Both", items=[("statement", quote), ("event", event)], note="for Monday")
    data = export_data(store)
    assert data["tours"][0]["items"] == [["statement", quote], ["event", event]]
    with Store.open(tmp_path / "copy.db", create=True) as fresh:
        counts = import_data(fresh, data)
        assert counts["tours"] == 1
        assert dumps(export_data(fresh)) == dumps(data)
        # adding the same file again renumbers its events, and the tour's steps follow them
        data_again = {"events": data["events"], "statements": data["statements"],
                      "tours": [dict(data["tours"][0], name="Both again")]}
        import_data(fresh, data_again)
        again = next(t for t in list_tours(fresh) if t.name == "Both again")
        assert again.items != get_tour(fresh, data["tours"][0]["id"]).items
        assert fresh.event(again.items[1][1]).title == store.event(event).title


def test_a_tour_pointing_nowhere_refuses_the_import(empty_store):
    from ally_explorer.db.transfer import ImportRefused, import_data

    with pytest.raises(ImportRefused) as info:
        import_data(empty_store, {"tours": [{"name": "Ghost", "items": [["event", 42], ["country", 1]]}]})
    text = " ".join(map(str, info.value.problems))
    assert "tours[0].items[0]" in text and "unknown event 42" in text and "tours[0].items[1]" in text

"""Import and export: exact JSON round trips, and refusals that change nothing."""

from __future__ import annotations

import csv
import json

import pytest

from ally_explorer.db.csv_tables import export_csv
from ally_explorer.db.store import PRIMARY_KEYS, Store
from ally_explorer.db.csv_tables import export_csv
from ally_explorer.db.transfer import (
    ImportRefused,
    dumps,
    export_data,
    export_json,
    import_data,
    import_json,
    timelinejs_data,
)


def dump(store) -> dict:
    return {t: store._rows(f"SELECT * FROM {t} ORDER BY {', '.join(pk)}") for t, pk in PRIMARY_KEYS.items()}


def test_export_import_export_is_byte_identical(store, tmp_path):
    first = tmp_path / "first.json"
    export_json(store, first)
    with Store.open(tmp_path / "empty.db", create=True) as fresh:
        counts = import_json(fresh, first)
        assert counts["events"] == store.counts()["events"]
        second = tmp_path / "second.json"
        export_json(fresh, second)
        assert dump(fresh) == dump(store)
    assert first.read_bytes() == second.read_bytes()


def test_malformed_import_changes_nothing_and_names_every_problem(store):
    before = dump(store)
    data = export_data(store)
    data["events"][0]["category"] = "cultural"  # not in the vocabulary
    data["events"][1].update(date_label="sometime", date_start=None, date_end=None)  # unreadable date
    del data["events"][2]["title"]  # missing field
    data["events"][3]["countries"] = ["XXX"]  # unknown reference
    data["statements"][0]["person_id"] = 42  # wrong type
    data["figures"][0]["value"] = "lots"  # not a number
    data["events"][4]["date_start"], data["events"][4]["date_end"] = "2025-01-02", "2025-01-01"  # backwards
    with pytest.raises(ImportRefused) as info:
        import_data(store, data, replace=True)
    found = {(p.position, p.field) for p in info.value.problems}
    assert {
        ("events[0]", "category"),
        ("events[1]", "date_label"),
        ("events[2]", "title"),
        ("events[3]", "countries"),
        ("statements[0]", "person_id"),
        ("figures[0]", "value"),
        ("events[4]", "date_end"),
    } <= found
    assert dump(store) == before


def test_import_refuses_non_json_with_its_line(store, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "ally-explorer",\n "events": [}\n')
    with pytest.raises(ImportRefused, match="line 2"):
        import_json(store, bad)


def test_import_adds_to_an_existing_dataset_renumbering_clashing_ids(store):
    data = {"events": [dict(export_data(store)["events"][0], title="Imported twin")]}
    before = store.counts()["events"]
    import_data(store, data)
    assert store.counts()["events"] == before + 1
    assert any(e.title == "Imported twin" for e in store.events())


def test_import_refuses_unknown_sections_fields_and_newer_versions(empty_store):
    with pytest.raises(ImportRefused) as info:
        import_data(empty_store, {"version": 99, "planets": [], "sources": [{"id": "s", "title": "t", "colour": 1}]})
    text = " ".join(map(str, info.value.problems))
    assert "version" in text and "planets" in text and "colour" in text


def test_csv_export_writes_one_file_per_table(store, tmp_path):
    files = export_csv(store, tmp_path / "csv")
    names = {f.stem for f in files}
    assert {"countries", "events", "event_countries", "statements", "alignments", "figures", "people", "sources"} <= names
    with open(tmp_path / "csv" / "events.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == store.counts()["events"]
    assert rows[0]["title"]


def test_timelinejs_export_has_a_slide_per_event_with_fuzzy_ends(store):
    doc = timelinejs_data(store)
    assert len(doc["events"]) == store.counts()["events"]
    treaty = next(s for s in doc["events"] if "treaty" in s["text"]["headline"].lower())
    assert treaty["start_date"]["year"] == "2024" and treaty["end_date"]["month"] == "6"
    assert "Source:" in treaty["text"]["text"]
    json.dumps(doc)  # serialisable


def test_dumps_is_stable(store):
    assert dumps(export_data(store)) == dumps(export_data(store))


def _schema(store) -> set[tuple[str, str]]:
    return {(row[0], row[1]) for row in store.conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")}


def test_a_bulk_import_keeps_every_index_and_trigger_and_a_failed_one_changes_nothing(store, tmp_path):
    data = export_data(store)
    with Store.open(tmp_path / "copy.db", create=True) as fresh:
        schema = _schema(fresh)
        assert any(name == "idx_events_category" for name, _ in schema)
        import_data(fresh, data, replace=True)  # replace: the bulk path drops and rebuilds them
        assert _schema(fresh) == schema
        plan = " ".join(str(r[-1]) for r in fresh.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM events WHERE category = 'military'"))
        assert "idx_events_category" in plan
        before = dump(fresh)

        def interrupt(done, total):
            if done > 0:
                raise KeyboardInterrupt  # e.g. the window closing mid-import

        with pytest.raises(KeyboardInterrupt):
            import_data(fresh, data, replace=True, progress=interrupt)
        assert _schema(fresh) == schema
        assert dump(fresh) == before
        assert fresh.search("treaty")  # the full-text index still answers


def test_an_import_leaves_the_cycle_collector_as_it_found_it_even_when_refused(store, tmp_path):
    """Imports pause Python's cycle collector while they run (speed); a refused or a failed one
    must not leave it off, or an app that imported once would never collect cycles again."""
    import gc

    path = tmp_path / "export.json"
    export_json(store, path)
    with Store.open(tmp_path / "fresh.db", create=True) as fresh:
        import_json(fresh, path, replace=True)
        assert gc.isenabled()
        with pytest.raises(ImportRefused):
            import_data(fresh, {"events": [{"title": ""}]})
        assert gc.isenabled()
        (tmp_path / "broken.json").write_text("{\n  nope", encoding="utf-8")
        with pytest.raises(ImportRefused):
            import_json(fresh, tmp_path / "broken.json")
        assert gc.isenabled()
        gc.disable()  # a caller's own pause is left alone
        try:
            import_json(fresh, path, replace=True)
            assert not gc.isenabled()
        finally:
            gc.enable()

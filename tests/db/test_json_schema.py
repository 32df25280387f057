"""docs/export.schema.json describes the JSON export; the import refuses what it refuses."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from ally_explorer.db import json_schema
from ally_explorer.db.store import Store
from ally_explorer.db.transfer import ImportRefused, export_data, export_json, import_data, import_json

SCHEMA = json.loads(json_schema.schema_path().read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_the_committed_schema_is_current_and_valid():
    assert json_schema.schema_path().read_text(encoding="utf-8") == json_schema.schema_json(), (
        "run: python -m ally_explorer.db.json_schema")
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_an_export_with_tours_matches_the_schema(store):
    from ally_explorer.db import tours

    tours.save_tour(store, name="Lesson", items=[("event", 1), ("statement", 1)])
    data = export_data(store)
    assert data["tours"] and VALIDATOR.is_valid(data), [e.message for e in VALIDATOR.iter_errors(data)][:3]


def _path(error: jsonschema.ValidationError) -> str:
    """["events", 2, "category"] -> "events[2].category"; top-level keys as "file.version"."""
    parts = list(error.absolute_path)
    if len(parts) <= 1 and not isinstance(error.instance, list):
        return ".".join(["file", *map(str, parts)])
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _set(path, value):
    def change(data):
        *parents, last = path
        target = data
        for p in parents:
            target = target[p]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value
    return change


CASES = {
    "category outside the vocabulary": (_set(("events", 2, "category"), "cultural"), "events[2].category"),
    "a number where text belongs": (_set(("people", 0, "name"), 7), "people[0].name"),
    "a required field missing": (_set(("statements", 1, "text"), KeyError), "statements[1]"),
    "an unknown field": (_set(("sources", 0, "colour"), "red"), "sources[0]"),
    "text where a number belongs": (_set(("figures", 3, "value"), "lots"), "figures[3].value"),
    "a lower-case country code": (_set(("countries", 0, "id"), "blr"), "countries[0].id"),
    "a newer version": (_set(("version",), 99), "file.version"),
    "a version below 1": (_set(("version",), -1), "file.version"),
    "a null format": (_set(("format",), None), "file.format"),
    "an unknown section": (_set(("planets",), []), "file"),
    "a tour step of an unknown kind": (_set(("tours",), [{"name": "T", "items": [["figure", 1]]}]), "tours[0].items[0][0]"),
}


@pytest.mark.parametrize("case", CASES)
def test_the_import_refuses_what_the_schema_refuses_naming_the_same_path(store, tmp_path, case):
    change, where = CASES[case]
    data = copy.deepcopy(export_data(store))
    change(data)
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    assert errors and _path(errors[0]) == where
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with Store.open(tmp_path / "fresh.db", create=True) as fresh:
        with pytest.raises(ImportRefused) as info:
            import_json(fresh, path, replace=True)
        assert fresh.counts()["events"] == 0
    problem = info.value.problems[0]
    named = f"{problem.position}.{problem.field}" if problem.field else problem.position
    assert where.startswith(named) or named.startswith(where), (where, named)
    assert named in str(info.value)  # the one-line message names it too


def test_json_round_trip_with_tours_and_source_texts_is_byte_identical(store, tmp_path):
    from ally_explorer.db import tours

    store.update_source("article", note="A note with “quotes”, a newline\nand ünïcode")
    tours.save_tour(store, name="Lesson", note="Start here", items=[("event", 3), ("statement", 2), ("event", 1)])
    first = tmp_path / "first.json"
    export_json(store, first)
    with Store.open(tmp_path / "empty.db", create=True) as fresh:
        import_json(fresh, first)
        second = tmp_path / "second.json"
        export_json(fresh, second)
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["tours"][0]["items"] == [["event", 3], ["statement", 2], ["event", 1]]
    assert data["sources"][0]["note"].endswith("ünïcode") and VALIDATOR.is_valid(data)


def test_aliases_as_one_text_are_read_by_both(store, tmp_path):
    data = export_data(store)
    data["countries"][0]["aliases"] = "Minsk; Belarus Republic"
    assert VALIDATOR.is_valid(data)
    with Store.open(tmp_path / "fresh.db", create=True) as fresh:
        import_data(fresh, data, replace=True)
        assert fresh.country(data["countries"][0]["id"]).aliases == ("Minsk", "Belarus Republic")


def test_import_data_refuses_a_document_that_is_not_an_object(empty_store):
    with pytest.raises(ImportRefused, match="file"):
        import_data(empty_store, ["not", "an", "object"])

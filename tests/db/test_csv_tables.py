"""CSV export and import: every user table, typed, NULL apart from '', and an exact round trip."""

from __future__ import annotations

import csv
import json

import pytest

from ally_explorer.db.csv_tables import csv_line, parse_csv
from ally_explorer.db.store import PRIMARY_KEYS, Store
from ally_explorer.db.csv_tables import export_csv, import_csv
from ally_explorer.db.transfer import ImportRefused


def dump(store) -> dict:
    tables = {t: store._rows(f"SELECT * FROM {t} ORDER BY {', '.join(pk)}") for t, pk in PRIMARY_KEYS.items()}
    tables["tours"] = store._rows("SELECT id, name, note FROM tours ORDER BY id")
    return tables


@pytest.fixture
def toured(store):
    from ally_explorer.db import tours

    event = store.events()[0].id
    tours.save_tour(store, name="Week one", note='A "quoted" note', items=[("event", event)])
    return store


def test_csv_export_includes_tours_and_history_but_not_un_tables_by_default(toured, tmp_path):
    toured.update_country("PRK", headline="Edited, so the history has a row")
    names = {p.name for p in export_csv(toured, tmp_path)}
    assert {"tours.csv", "tour_items.csv", "changes.csv", "events.csv", "types.json"} <= names
    assert not any(n.startswith("un_") for n in names)
    with open(tmp_path / "tours.csv", newline="", encoding="utf-8") as f:
        assert [r["name"] for r in csv.DictReader(f)] == ["Week one"]
    with open(tmp_path / "changes.csv", newline="", encoding="utf-8") as f:
        assert any(r["entity_id"] == "PRK" for r in csv.DictReader(f))


def test_the_un_tables_come_with_the_flag(store, tmp_path):
    names = {p.stem for p in export_csv(store, tmp_path, un=True)}
    assert {"un_votes", "un_roll_calls", "un_countries", "un_agreement"} <= names
    with open(tmp_path / "un_votes.csv", encoding="utf-8") as f:
        assert sum(1 for _ in f) == 1 + store.conn.execute("SELECT count(*) FROM un_votes").fetchone()[0]


def test_null_empty_text_and_numeric_looking_text_are_told_apart(store, tmp_path):
    store.conn.execute("UPDATE countries SET iso_numeric = '008', region = NULL, headline = '' WHERE id = 'PRK'")
    export_csv(store, tmp_path)
    line = next(l for l in (tmp_path / "countries.csv").read_text(encoding="utf-8").splitlines() if l.startswith('"PRK"'))
    assert '"008"' in line and ',,' in line and ',"",' in line  # text quoted, NULL empty, '' quoted
    types = json.loads((tmp_path / "types.json").read_text())["tables"]
    assert types["countries"]["iso_numeric"] == "TEXT" and types["figures"]["value"] == "REAL"
    with Store.open(tmp_path / "back.db", create=True) as back:
        import_csv(back, tmp_path)
        assert back.conn.execute("SELECT iso_numeric, region FROM countries WHERE id = 'PRK'").fetchone() == ("008", None)
        # the app itself stores an optional empty text as NULL; a required one keeps ''
        assert back.conn.execute("SELECT count(*) FROM figures WHERE qualifier = ''").fetchone()[0] == 7


def test_csv_export_import_gives_back_identical_data_and_files(toured, tmp_path):
    first = tmp_path / "first"
    export_csv(toured, first)
    with Store.open(tmp_path / "empty.db", create=True) as fresh:
        import_csv(fresh, first)
        assert dump(fresh) == dump(toured)
        second = tmp_path / "second"
        export_csv(fresh, second)
    for path in first.iterdir():
        if path.name not in ("tours.csv", "changes.csv"):  # tours' times are the import's, history is not imported
            assert (second / path.name).read_bytes() == path.read_bytes(), path.name


def test_excel_files_start_with_a_byte_order_mark_and_still_import(store, tmp_path):
    export_csv(store, tmp_path, excel=True)
    assert (tmp_path / "countries.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with Store.open(tmp_path / "back.db", create=True) as back:
        import_csv(back, tmp_path)
        assert back.country("TUR").aliases == store.country("TUR").aliases  # "Türkiye" survives


def test_a_spreadsheet_that_dropped_the_quotes_still_reads_text_as_text(store, tmp_path):
    export_csv(store, tmp_path)
    path = tmp_path / "countries.csv"
    path.write_text(path.read_text(encoding="utf-8").replace('"112"', "112"), encoding="utf-8")
    with Store.open(tmp_path / "back.db", create=True) as back:
        import_csv(back, tmp_path)
        assert back.country("BLR").iso_numeric == "112"


def test_a_broken_csv_is_refused_by_file_and_line_and_nothing_changes(store, tmp_path):
    export_csv(store, tmp_path)
    path = tmp_path / "events.csv"
    lines = path.read_bytes().split(b"\r\n")
    lines[3] += b',"extra"'
    path.write_bytes(b"\r\n".join(lines))
    before = dump(store)
    with pytest.raises(ImportRefused, match=r"events\.csv line 4"):
        import_csv(store, tmp_path, replace=True)
    assert dump(store) == before


def test_bad_values_are_refused_with_the_json_imports_checks(store, tmp_path):
    export_csv(store, tmp_path)
    path = tmp_path / "events.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"military"', '"cultural"', 1), encoding="utf-8")
    with pytest.raises(ImportRefused, match="category"):
        import_csv(store, tmp_path, replace=True)


def test_csv_lines_parse_back_with_quotes_commas_and_newlines():
    values = [None, "", 'say "hi", then\r\nleave', 3, 2.5, "008"]
    [(line, record)] = list(parse_csv(csv_line(values)))
    assert line == 1
    assert record == [("", False), ("", True), ('say "hi", then\r\nleave', True), ("3", False), ("2.5", False), ("008", True)]


def test_exported_files_get_the_usual_permissions_not_a_temp_files(store, tmp_path):
    import os
    import stat

    mask = os.umask(0o022)
    try:
        files = export_csv(store, tmp_path)
    finally:
        os.umask(mask)
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o644}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left

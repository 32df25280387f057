"""export --toml writes data/'s layout; build-db of it gives back the same database."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib

import pytest

from ally_explorer.db.build import build, read_dataset
from ally_explorer.db.store import Store
from ally_explorer.db.toml_export import export_toml, toml_files
from ally_explorer.db.transfer import export_data
from tests.conftest import DATA

DATASET_TABLES = ("sources", "countries", "people", "events", "event_countries", "statements", "alignments", "figures")


def dump(path) -> dict:
    with Store.open(path, readonly=True) as store:
        return {t: store._rows(f"SELECT * FROM {t} ORDER BY 1, 2") for t in DATASET_TABLES}


def test_the_bundled_data_goes_round_in_data_s_layout(built_db, tmp_path):
    folder = tmp_path / "shared"
    with Store.open(built_db, readonly=True) as store:
        files = export_toml(store, folder)
    assert {p.relative_to(folder).as_posix() for p in files} >= {
        "sources.toml", "people.toml", "framing.toml", "countries/PRK.toml", "countries/HUN.toml"}
    for path in files:
        if path.suffix == ".toml":
            tomllib.loads(path.read_text(encoding="utf-8"))  # each is valid TOML
    assert (folder / "source-article.txt").read_text(encoding="utf-8") == (DATA / "source-article.txt").read_text(encoding="utf-8").strip()
    build(folder, tmp_path / "again.db")
    assert dump(tmp_path / "again.db") == dump(built_db)


def test_the_files_read_like_data_s(built_db, tmp_path):
    with Store.open(built_db, readonly=True) as store:
        files = toml_files(store)
    prk = tomllib.loads(files["countries/PRK.toml"])
    assert prk["country"]["id"] == "PRK" and prk["country"]["focus"] is True
    treaty = next(e for e in prk["events"] if "treaty" in e["title"].lower())
    assert treaty["date"] == "In June 2024" and "date_start" not in treaty  # the words give the window
    assert "source" not in treaty  # the default, like data/
    assert all("id" not in e for e in prk["events"])  # ids come from the order, as in data/


def test_one_edit_is_a_small_diff_and_output_is_stable(store, tmp_path):
    before = toml_files(store)
    assert toml_files(store) == before
    event = next(e for e in store.events(country_id="HUN"))
    store.update_event(event.id, title="Hungary blocks it again")
    after = toml_files(store)
    changed = [name for name in before if before[name] != after[name]]
    assert changed == ["countries/HUN.toml"]
    old, new = before["countries/HUN.toml"].splitlines(), after["countries/HUN.toml"].splitlines()
    assert len(old) == len(new) and sum(a != b for a, b in zip(old, new)) == 1


def _canonical(data: dict) -> dict:
    """The dataset without its numbering (a build numbers entries by their place in the files)."""
    out = {}
    for section in DATASET_TABLES:
        if section == "event_countries":
            continue
        entries = [{k: v for k, v in e.items() if k != "id"} if isinstance(e.get("id"), int) else e
                   for e in data[section]]
        out[section] = sorted(entries, key=repr)
    return out


def test_an_edited_copy_goes_round_with_the_same_entries(store, tmp_path):
    store.update_country("HUN", headline='A "new" headline\\ with a backslash', aliases=["Magyarország"])
    store.create_source(id="notes", title="Class notes (no text stored: any excerpt goes)")
    store.create_statement(text="a quote with 'single' and \"double\" marks", country_id="PRK",
                           date_label="Sept. 1, 2025", confidence="reported", attribution="Reuters",
                           source_id="notes", excerpt="no '''triple''' problem\nover two lines")
    store.create_event(title="A later event for Belarus", date_label="2025", category="political",
                       confidence="claimed", attribution="Minsk", countries=["BLR", "RUS"], source_id="article")
    store.delete_event(store.events(country_id="SVK")[0].id)
    store.create_figure(country_id="IND", label="A share", value=12.5, unit="%", date_label="2024",
                        confidence="confirmed", source_id="article")
    folder = tmp_path / "edited"
    export_toml(store, folder)
    build(folder, tmp_path / "edited.db")
    with Store.open(tmp_path / "edited.db", readonly=True) as rebuilt:
        assert _canonical(export_data(rebuilt)) == _canonical(export_data(store))
    # And built once more from its own export, nothing moves at all.
    with Store.open(tmp_path / "edited.db", readonly=True) as rebuilt:
        export_toml(rebuilt, tmp_path / "twice")
    build(tmp_path / "twice", tmp_path / "twice.db")
    assert dump(tmp_path / "twice.db") == dump(tmp_path / "edited.db")


def test_a_deleted_country_loses_its_file(store, tmp_path):
    folder = tmp_path / "shared"
    export_toml(store, folder)
    store.delete_country("USA")
    export_toml(store, folder)
    assert not (folder / "countries" / "USA.toml").exists()
    assert "USA" not in {c["id"] for c in read_dataset(folder)["countries"]}


def test_cli_export_toml_then_build_db(db_path, tmp_path):
    folder = tmp_path / "toml"
    run = [sys.executable, "-m", "ally_explorer"]
    done = subprocess.run([*run, "export", "--toml", str(folder), "--db", str(db_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "TOML files" in done.stdout
    done = subprocess.run([*run, "build-db", "--data", str(folder), "--out", str(tmp_path / "b.db")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert dump(tmp_path / "b.db") == dump(db_path)

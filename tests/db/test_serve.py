"""`ally-explorer serve`: Datasette on the database, read-only, with our metadata. Tested with
Datasette's own client (no socket, no server started)."""

from __future__ import annotations

import asyncio
import hashlib

import pytest

from ally_explorer.db import serve
from ally_explorer.db.schema_doc import TABLES
from ally_explorer.db.store import Store
from ally_explorer.ui import cli


@pytest.fixture(scope="module")
def served(built_db):
    ds = serve.make_datasette(built_db)
    asyncio.run(ds.invoke_startup())
    return ds


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def test_tables_are_listed_with_their_descriptions_and_internal_ones_hidden(served):
    listing = get(served, "/allies.json").json()
    hidden = {t["name"]: t["hidden"] for t in listing["tables"]}
    assert hidden["events"] is False and hidden["un_votes"] is False
    assert hidden["events_fts_data"] is True and hidden["_sqlite_migrations"] is True
    page = get(served, "/allies/un_agreement")
    from markupsafe import escape  # how Datasette's templates write it

    assert page.status_code == 200 and str(escape(TABLES["un_agreement"].text)) in page.text
    assert "CC0" in page.text  # the licence of the UN data
    meta = get(served, "/-/metadata.json").json()
    assert meta["databases"]["allies"]["tables"]["un_agreement"]["columns"]["share"].startswith("agreed / compared")


def test_search_finds_the_treaty_events(served, built_db):
    rows = get(served, "/allies/events.json?_search=treaty&_shape=array&_size=max").json()
    with Store.open(built_db, readonly=True) as store:
        expected = {r["id"] for r in store._rows(
            "SELECT rowid AS id FROM events_fts WHERE events_fts MATCH 'treaty'")}
    assert expected and {r["id"] for r in rows} == expected
    assert any("treaty" in r["title"].lower() for r in rows)


def test_un_votes_show_country_roll_call_and_vote_labels(served):
    rows = get(served, "/allies/un_votes.json?_labels=on&_shape=array&_size=5&country_id=158").json()
    assert rows, "no votes of that seat"
    for row in rows:
        assert row["country_id"]["label"] and not row["country_id"]["label"].isdigit()
        assert row["vote"]["label"] in ("yes", "abstain", "no")
        assert set(row["rcid"]) == {"value", "label"}


def test_the_readable_view_is_served_too(served):
    rows = get(served, "/allies/un_votes_named.json?_shape=array&unres=R/68/262&iso3=RUS").json()
    assert [(r["country"], r["vote"]) for r in rows] == [("Russia", "no")]


def test_a_write_is_refused_and_the_file_is_untouched(served, built_db):
    before = hashlib.sha256(built_db.read_bytes()).hexdigest()
    response = get(served, "/allies.json?sql=DELETE+FROM+events")
    assert response.status_code == 400 and "SELECT" in response.json()["error"]
    posted = asyncio.run(served.client.post("/allies/events/-/insert", json={"row": {"title": "x"}}))
    assert posted.status_code in (403, 404, 405)
    assert hashlib.sha256(built_db.read_bytes()).hexdigest() == before


def test_cli_serve_runs_datasette_on_the_file(db_path, monkeypatch, capsys):
    import uvicorn

    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.update(kw, app=app))
    assert cli.main(["serve", "--db", str(db_path), "--host", "0.0.0.0", "--port", "8123"]) == 0
    assert started["host"] == "0.0.0.0" and started["port"] == 8123 and callable(started["app"])
    assert "read-only" in capsys.readouterr().out


def test_cli_serve_refuses_a_missing_file_in_one_line(tmp_path, capsys):
    assert cli.main(["serve", "--db", str(tmp_path / "nope.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such database file" in err


def test_without_datasette_serve_says_how_to_install_it(db_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_datasette(name, *args, **kwargs):
        if name.startswith("datasette"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_datasette)
    with pytest.raises(serve.ServeError, match=r"ally-explorer\[web\]"):
        serve.make_datasette(db_path)


def test_a_canned_query_answers_how_every_seat_voted_on_68_262(served):
    rows = get(served, "/allies/votes_on_resolution.json?unres=R/68/262&_shape=array").json()
    votes = {r["iso3"]: r["vote"] for r in rows}
    assert votes["RUS"] == "no" and votes["UKR"] == "yes" and votes["CHN"] == "abstain"
    years = get(served, "/allies/agreement_by_year.json?iso3=IND&_shape=array").json()
    assert years and all(0 <= y["share_as_russia"] <= 1 for y in years)

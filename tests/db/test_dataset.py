"""The shipped dataset: complete, sourced, verbatim, and the committed file matches a fresh build."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ally_explorer.core.vocab import CATEGORIES, CONFIDENCES, NEEDS_ATTRIBUTION, STANCES
from ally_explorer.db.build import read_dataset
from tests.conftest import BUNDLED_DB, DATA

ALLIES = ("BLR", "IRN", "PRK", "CHN", "IND", "SYR", "HUN", "SVK", "TUR")
ARTICLE = (DATA / "source-article.txt").read_text(encoding="utf-8")
ARTICLE_DATE = "2025-09-01"  # its latest date: the SCO summit opened "On Sept. 1" (2025)


def _content(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows in a stable order, leaving out when migrations happened to run."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {}
        for table in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])") if r[1] != "applied_at"]
            if not cols:
                continue
            col_sql = ", ".join(f"[{c}]" for c in cols)
            out[table] = conn.execute(f"SELECT {col_sql} FROM [{table}] ORDER BY {col_sql}").fetchall()
        out["schema"] = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        return out
    finally:
        conn.close()


def test_committed_database_matches_a_fresh_build(built_db):
    assert _content(BUNDLED_DB) == _content(built_db), (
        "data/allies.db is stale: run `make db` (python -m ally_explorer.db.build) and commit it"
    )


def test_the_build_is_deterministic(built_db, tmp_path):
    from ally_explorer.db.build import build

    build(DATA, tmp_path / "again.db")
    assert _content(tmp_path / "again.db") == _content(built_db)


def test_every_claim_has_source_confidence_window_and_country(store):
    for table in ("events", "statements", "alignments", "figures"):
        rows = store._rows(f"SELECT * FROM {table}")
        assert rows, table
        for row in rows:
            where = f"{table} #{row['id']}"
            assert row["source_id"], where
            assert row["confidence"] in CONFIDENCES, where
            assert row["date_start"] and row["date_end"] and row["date_start"] <= row["date_end"], where
            assert row["date_label"].strip(), where
            if row["confidence"] in NEEDS_ATTRIBUTION:
                assert (row["attribution"] or "").strip(), f"{where} is {row['confidence']} but unattributed"
            if table == "events":
                assert row["category"] in CATEGORIES
                assert store._scalar("SELECT count(*) FROM event_countries WHERE event_id = ?", [row["id"]]) >= 1, where
            else:
                assert row["country_id"], where
    assert {r["stance"] for r in store._rows("SELECT stance FROM alignments")} <= set(STANCES)
    for figure in store.figures():
        assert figure.unit.strip(), figure


@pytest.mark.parametrize("country", ALLIES)
def test_each_ally_has_events_and_an_alignment(store, country):
    assert len(store.events(country_id=country)) >= 4
    assert len(store.alignments(country_id=country)) >= 1
    assert store.country(country).focus


def test_quotes_and_excerpts_are_verbatim_from_the_article(store):
    for s in store.statements():
        assert s.text in ARTICLE, f"statement #{s.id} is not verbatim: {s.text!r}"
    for table in ("events", "statements", "alignments", "figures"):
        for row in store._rows(f"SELECT id, excerpt FROM {table} WHERE excerpt IS NOT NULL AND excerpt <> ''"):
            assert row["excerpt"] in ARTICLE, f"{table} #{row['id']} excerpt is not verbatim: {row['excerpt']!r}"


def test_headlines_are_the_articles_own():
    for country in read_dataset(DATA)["countries"]:
        if country.get("headline"):
            assert country["headline"] in ARTICLE, country["id"]


def test_explicit_windows_are_explained():
    """A window typed in by hand (the label could not say it) always carries a note saying why."""
    data = read_dataset(DATA)
    for section in ("events", "statements", "alignments", "figures"):
        for entry in data[section]:
            if "date_start" not in entry:
                continue
            assert entry.get("note"), f"{section} {entry.get('title') or entry.get('label') or entry.get('text')!r}: an explicit window needs a note saying why"


def test_the_article_is_the_source(store):
    article = store.source("article")
    assert article.title.startswith("As Putin shakes hands with Modi, Xi")


def test_key_facts_carry_their_hedges(store):
    troops = [e for e in store.events(country_id="PRK") if re.search(r"troop", e.title, re.I)]
    assert troops and all(e.confidence == "reported" for e in troops)
    treaty = [e for e in store.events(country_id="PRK") if "treaty" in e.title.lower()]
    assert treaty and treaty[0].confidence == "confirmed" and treaty[0].date_label.endswith("June 2024")
    assert any("Foreign Intelligence Service" in (f.attribution or "") for f in store.figures(country_id="BLR"))


def test_slovakia_turned_from_ukraine_supporter_to_russia_friendly(store):
    assert store.stances_as_of("2023-01-01")["SVK"].stance == "opposed"
    assert store.stances_as_of("2025-01-01")["SVK"].stance == "friendly"


def _venv_tool(name: str) -> str:
    tool = Path(sys.executable).parent / name
    return str(tool) if tool.exists() else shutil.which(name) or name


def test_sqlite_utils_can_read_and_search_the_shipped_file():
    tables = subprocess.run(
        [_venv_tool("sqlite-utils"), "tables", str(BUNDLED_DB), "--counts"],
        capture_output=True, text=True, check=True,
    )
    assert '"table": "events"' in tables.stdout
    found = subprocess.run(
        [_venv_tool("sqlite-utils"), "search", str(BUNDLED_DB), "events", "treaty"],
        capture_output=True, text=True, check=True,
    )
    assert "treaty" in found.stdout.lower()


# -- what the article hedges stays hedged -------------------------------------------------------

HEDGES = ("reportedly", "reports emerged", "according to", "claimed", "expected to", "appears to", "allegedly")
#: The README's two stand-ins for "nobody named", and the hedges each one may stand for.
PLACEHOLDERS = {
    "Unnamed reports": ("reportedly", "reports emerged"),
    "Expected, no source named": ("expected to",),
}
CLAIM_SECTIONS = ("events", "statements", "alignments", "figures")


def _name(section: str, entry: dict) -> str:
    return f"{section} #{entry['id']} {entry.get('title') or entry.get('label') or entry.get('stance') or entry.get('text')!r}"


def _article_words(text: str) -> str:
    return text.replace("’", "'").lower()


def _claims():
    data = read_dataset(DATA)
    for section in CLAIM_SECTIONS:
        for entry in data[section]:
            yield section, entry


def test_an_entry_whose_excerpt_hedges_is_not_confirmed_unless_its_note_says_why():
    for section, entry in _claims():
        excerpt = (entry.get("excerpt") or "").lower()
        hedges = [h for h in HEDGES if h in excerpt]
        if not hedges or entry["confidence"] != "confirmed":
            continue
        note = (entry.get("note") or "").lower()
        assert "confirmed" in note and any(h in note for h in hedges), (
            f"{_name(section, entry)} is confirmed, but its excerpt says {hedges}: "
            "make it reported/claimed, or say in the note why it is confirmed and where the hedge went"
        )


def test_reported_and_claimed_entries_name_who_says_so_in_the_articles_words():
    article = _article_words(ARTICLE)
    for section, entry in _claims():
        if entry["confidence"] not in NEEDS_ATTRIBUTION:
            continue
        who = (entry.get("attribution") or "").strip()
        where = _name(section, entry)
        if who in PLACEHOLDERS:
            excerpt = (entry.get("excerpt") or "").lower()
            assert any(h in excerpt for h in PLACEHOLDERS[who]), (
                f"{where}: {who!r} stands for {PLACEHOLDERS[who]}, which its excerpt does not say"
            )
        else:
            assert who and _article_words(who) in article, f"{where}: attribution {who!r} is not the article's words"


def test_a_placeholder_is_used_only_where_the_article_names_nobody():
    """"Unnamed reports" never hides a source the excerpt names ("according to ...")."""
    for section, entry in _claims():
        if entry.get("attribution") in PLACEHOLDERS:
            assert "according to" not in (entry.get("excerpt") or "").lower(), _name(section, entry)


def test_an_expectation_is_never_confirmed():
    for section, entry in _claims():
        if "expected to" in (entry.get("excerpt") or "").lower():
            assert entry["confidence"] != "confirmed", _name(section, entry)
            if section == "events":
                assert entry["title"].startswith("Expected:"), _name(section, entry)


def test_the_title_of_a_reported_or_claimed_event_keeps_its_hedge():
    hedged = re.compile(r"^(Reported|Reports|Expected)\b|reportedly|^[A-Z][\w.’']*( [A-Z][\w.’']*)?: ")
    for entry in read_dataset(DATA)["events"]:
        if entry["confidence"] in NEEDS_ATTRIBUTION:
            assert hedged.search(entry["title"]), f"{_name('events', entry)} drops its hedge in the title"


# -- dates say no more than the article ----------------------------------------------------------

def test_the_same_date_label_gives_the_same_window(store):
    windows: dict[str, set] = {}
    for table in CLAIM_SECTIONS:
        for row in store._rows(f"SELECT date_label, date_start, date_end FROM {table}"):
            windows.setdefault(row["date_label"].strip().lower(), set()).add((row["date_start"], row["date_end"]))
    differing = {label: w for label, w in windows.items() if len(w) > 1}
    assert not differing, f"one label, several windows (say the difference in the label): {differing}"


def test_an_undated_entry_has_no_invented_start(store):
    """Exactly "undated": the article bounds nothing, so the window is the article's own date."""
    latest = ARTICLE_DATE
    undated = [r for t in CLAIM_SECTIONS for r in store._rows(f"SELECT date_label, date_start, date_end FROM {t}")
               if r["date_label"].strip().lower() == "undated"]
    assert undated, "the Turkey energy ties are undated"
    for row in undated:
        assert row["date_start"] == row["date_end"] == latest, row


def test_the_data_quality_tab_lists_the_undated_entries(store):
    from ally_explorer.db.claims import quality_issues

    undated = [i for i in quality_issues(store, today=ARTICLE_DATE) if i.check == "vague_date" and i.detail.startswith("undated")]
    assert [i.title for i in undated] == ["Energy ties: gas, Akkuyu and TurkStream"]


def test_the_country_list_gives_a_stance_start_at_its_labels_precision(store):
    since = {c.id: c.stance_since for c in store.countries(as_of=ARTICLE_DATE)}
    assert since["IND"] == "2022" and since["PRK"] == "June 2024" and since["SVK"] == "late 2023"

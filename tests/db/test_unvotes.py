"""UN General Assembly votes on the real files: the import, agreement with Russia, and the reads.

The session's ``built_db`` already holds the full import (the build loads ``data/unga``), so most
tests read a copy of it; only the re-import and the cancel test read all 870k rows again.
"""

from __future__ import annotations

import csv
import gzip
import re
import sqlite3
from pathlib import Path

import pytest

from ally_explorer.core import isocodes
from ally_explorer.db import unvotes
from ally_explorer.db.store import Store
from ally_explorer.db.unvotes import ImportCancelled, UnVotesRefused
from tests.conftest import DATA

UNGA = DATA / "unga"
VOTES, ROLL_CALLS, ISSUES = UNGA / "un_votes.csv.gz", UNGA / "un_roll_calls.csv", UNGA / "un_roll_call_issues.csv"
UKRAINE_NO = {
    "Armenia", "Belarus", "Bolivia", "Cuba", "Nicaragua", "North Korea", "Russia", "Sudan", "Syria",
    "Venezuela", "Zimbabwe",
}
UN_TABLES = ("un_countries", "un_roll_calls", "un_roll_call_issues", "un_votes", "un_agreement")


def fingerprint(store: Store) -> dict[str, tuple]:
    """Row counts and a checksum of every UN table: equal fingerprints, unchanged data."""
    out = {}
    for table in UN_TABLES:
        cols = [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]
        digest = " + ".join(f"length(coalesce([{c}], ''))" for c in cols)
        out[table] = store.conn.execute(f"SELECT count(*), total({digest}) FROM {table}").fetchone()
    out["votes"] = store.conn.execute("SELECT total(rcid * 7 + country_id * 3 + vote) FROM un_votes").fetchone()
    return out


def small_files(tmp_path: Path, votes_text: str) -> tuple[Path, Path]:
    """A votes file with the given body and the real roll calls."""
    votes = tmp_path / "votes.csv"
    votes.write_text("rcid,country,country_code,vote\n" + votes_text, encoding="utf-8")
    return votes, ROLL_CALLS


# -- the example the data README gives ------------------------------------------------------------


def test_roll_call_5309_territorial_integrity_of_ukraine(store):
    call = unvotes.roll_call(store, 5309)
    assert (call.date, call.resolution, call.session) == ("2014-03-27", "68/262", 68)
    assert call.descr.startswith("Territorial integrity of Ukraine")
    votes = unvotes.roll_call_votes(store, 5309)
    tally = {kind: sum(v.vote == kind for v in votes) for kind in ("yes", "abstain", "no")}
    assert tally == {"yes": 100, "abstain": 58, "no": 11}
    assert {v.name for v in votes if v.vote == "no"} == UKRAINE_NO
    on_map = unvotes.votes_on(store, 5309)
    assert on_map["RUS"] == on_map["BLR"] == on_map["PRK"] == "no"
    assert on_map["UKR"] == on_map["USA"] == "yes" and on_map["CHN"] == on_map["IND"] == "abstain"


def test_key_votes_include_68_262_with_its_tally(store):
    keys = {k.rcid: k for k in unvotes.key_votes(store)}
    ukraine = keys[5309]
    assert (ukraine.resolution, ukraine.title) == ("68/262", "Territorial integrity of Ukraine")
    assert (ukraine.yes, ukraine.no, ukraine.abstain, ukraine.russia) == (100, 11, 58, "no")
    assert len(keys) == len(unvotes.KEY_VOTES)
    dates = [k.date for k in unvotes.key_votes(store)]
    assert dates == sorted(dates)


def test_the_soviet_seat_is_named_for_its_time(store):
    (russia,) = [v for v in unvotes.roll_call_votes(store, 9025) if v.code == "RU"]  # Hungary, 1956
    assert (russia.name, russia.iso3, russia.vote) == ("Soviet Union (USSR)", "RUS", "no")
    (russia,) = [v for v in unvotes.roll_call_votes(store, 5309) if v.code == "RU"]
    assert russia.name == "Russia"


# -- agreement with Russia --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def raw_2014():
    """Belarus' and Russia's votes in 2014, read straight from the CSV files with nothing but csv."""
    with open(ROLL_CALLS, newline="", encoding="utf-8") as f:
        in_2014 = {row["rcid"] for row in csv.DictReader(f) if row["date"].startswith("2014-")}
    votes: dict[str, dict[str, str]] = {"BY": {}, "RU": {}}
    with gzip.open(VOTES, "rt", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["country_code"] in votes and row["rcid"] in in_2014:
                votes[row["country_code"]][row["rcid"]] = row["vote"]
    return votes


def test_belarus_agreement_in_2014_recomputed_by_hand(store, raw_2014):
    both = set(raw_2014["BY"]) & set(raw_2014["RU"])
    same = sum(raw_2014["BY"][r] == raw_2014["RU"][r] for r in both)
    (row,) = [a for a in unvotes.agreement_series(store, "BLR") if a.year == 2014]
    assert (row.compared, row.agreed) == (len(both), same)
    assert row.share == pytest.approx(same / len(both))
    assert unvotes.agreement_by_country(store, 2014)["BLR"] == row
    assert 70 <= row.compared <= 80 and 0.7 < row.share < 0.8  # 56 of 73: Minsk mostly votes with Moscow


def test_belarus_agreement_is_computed_from_the_stored_votes(store):
    """Every year of the series equals a direct count over un_votes."""
    expected = store.conn.execute(
        """
        SELECT CAST(substr(r.date, 1, 4) AS INTEGER) AS year, sum(b.vote = ru.vote), count(*)
        FROM un_votes b JOIN un_votes ru ON ru.rcid = b.rcid JOIN un_roll_calls r ON r.rcid = b.rcid
        WHERE b.country_id = (SELECT id FROM un_countries WHERE code = 'BY')
          AND ru.country_id = (SELECT id FROM un_countries WHERE code = 'RU')
        GROUP BY year ORDER BY year
        """
    ).fetchall()
    series = unvotes.agreement_series(store, "BLR")
    assert [(a.year, a.agreed, a.compared) for a in series] == expected
    assert series[0].year == 1946 and len(series) > 70


def test_russia_is_the_reference_not_a_row(store):
    assert unvotes.agreement_series(store, "RUS") == []
    assert "RUS" not in unvotes.agreement_by_country(store, 2014)


def test_years_and_the_default_year(store):
    years = unvotes.years(store)
    assert years[0] == 1946 and years[-1] == 2020
    assert unvotes.latest_year(store) == 2019  # 2020 has a single roll call
    assert 2020 not in unvotes.years(store, min_roll_calls=10)


def test_allies_vote_with_russia_more_than_the_united_states(store):
    shares = {k: v.share for k, v in unvotes.agreement_by_country(store, 2019).items()}
    for ally in ("BLR", "IRN", "PRK", "CHN", "SYR"):
        assert shares[ally] > shares["USA"] + 0.3, ally


def test_historical_seats_are_drawn_on_their_successors(store):
    seats = {(code, name): iso3 for code, name, iso3 in store.conn.execute("SELECT code, name, iso3 FROM un_countries")}
    assert seats["RU", "Russia"] == "RUS"
    assert seats["", "Federal Republic of Germany"] == "DEU"
    assert seats["YU", "Yugoslavia"] == "SRB"
    assert seats["CS", "Czechoslovakia"] == "CSK"
    assert [name for (code, name), iso3 in seats.items() if iso3 is None] == ["Zanzibar"]
    # Every present-day seat is a real ISO country.
    for (code, name), iso3 in seats.items():
        if code and code not in ("CS", "DD", "YD", "YU"):
            assert isocodes.alpha3_from_alpha2(code) == iso3, name
    assert "DEU" in unvotes.agreement_by_country(store, 1985)  # West Germany's seat


# -- importing ------------------------------------------------------------------------------------


def test_importing_twice_does_not_duplicate_rows(store):
    before = fingerprint(store)
    assert before["un_votes"][0] == 870_109 and before["un_roll_calls"][0] == 6_203
    seen = []
    counts = unvotes.import_unvotes(store, VOTES, ROLL_CALLS, ISSUES, progress=lambda d, t: seen.append((d, t)))
    assert counts["UN votes"] == 870_109 and counts["UN roll calls"] == 6_203 and counts["UN issue tags"] == 5_745
    assert fingerprint(store) == before
    assert seen[0] == (0, unvotes.PROGRESS_TOTAL) and seen[-1] == (unvotes.PROGRESS_TOTAL,) * 2
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_cancelled_import_changes_nothing(store):
    before = fingerprint(store)

    def cancel_while_writing(done, total):
        if done > 0.7 * total:  # past reading: some votes are already written
            raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        unvotes.import_unvotes(store, VOTES, ROLL_CALLS, ISSUES, progress=cancel_while_writing)
    assert fingerprint(store) == before


def test_a_truncated_votes_file_is_refused_with_its_line(store, tmp_path):
    before = fingerprint(store)
    cut = tmp_path / "un_votes.csv.gz"
    cut.write_bytes(VOTES.read_bytes()[:200_000])  # a download cut short, mid-stream
    with pytest.raises(UnVotesRefused) as refused:
        unvotes.import_unvotes(store, cut, ROLL_CALLS, ISSUES)
    assert refused.value.file == "un_votes.csv.gz" and refused.value.line > 1000
    assert f"un_votes.csv.gz line {refused.value.line}: the compressed file ends unexpectedly" in str(refused.value)
    assert fingerprint(store) == before


def test_a_truncated_roll_calls_file_is_refused_with_its_line(store, tmp_path):
    before = fingerprint(store)
    text = ROLL_CALLS.read_text(encoding="utf-8")
    cut = tmp_path / "un_roll_calls.csv"
    cut.write_text(text[: text.index("\n5309,") + 30], encoding="utf-8")  # ends inside roll call 5309
    lines = cut.read_text(encoding="utf-8").count("\n") + 1
    with pytest.raises(UnVotesRefused, match=rf"un_roll_calls.csv line {lines}: expected 9 fields, found \d \(the file may be cut short\)"):
        unvotes.import_unvotes(store, VOTES, cut, ISSUES)
    assert fingerprint(store) == before


@pytest.mark.parametrize(
    "body, message",
    [
        ("3,Cuba,CU,yes\n3,Haiti,HT,maybe\n", "votes.csv line 3: vote must be yes, no or abstain, not 'maybe'"),
        ("3,Cuba,CU,yes\nthree,Haiti,HT,no\n", "votes.csv line 3: rcid must be a whole number, not 'three'"),
        ("3,Cuba,CU,yes\n3,Cuba,CU\n", "votes.csv line 3: expected 4 fields, found 3 (the file may be cut short)"),
        ("3,Cuba,CU,yes\n999999,Haiti,HT,no\n", "votes.csv line 3: roll call 999999 is not in the roll calls file"),
        ("3,Cuba,CU,yes\n4,Haiti,HT,no\n3,Cuba,CU,no\n", "votes.csv line 4: Cuba votes twice on roll call 3 (first on line 2)"),
        ("3,Cuba,CUB,yes\n", "votes.csv line 2: country_code must be two letters"),
        ('3,"Cuba,CU,yes\n', "votes.csv line 2: is not valid CSV"),
        ("", "votes.csv: has a header but no votes"),
    ],
)
def test_malformed_votes_are_refused_with_the_line_and_nothing_changes(store, tmp_path, body, message):
    before = fingerprint(store)
    with pytest.raises(UnVotesRefused, match=re.escape(message)):
        unvotes.import_unvotes(store, *small_files(tmp_path, body))
    assert fingerprint(store) == before


def test_a_file_with_the_wrong_columns_is_refused(store, tmp_path):
    with pytest.raises(UnVotesRefused, match="un_votes.csv.gz line 1: missing columns session, importantvote, date"):
        unvotes.import_unvotes(store, VOTES, VOTES)  # votes given as the roll calls file


def test_a_missing_file_is_refused_by_its_path(store, tmp_path):
    with pytest.raises(UnVotesRefused, match="nowhere.csv.gz: cannot be read"):
        unvotes.import_unvotes(store, tmp_path / "nowhere.csv.gz", ROLL_CALLS)


def test_a_small_import_into_an_empty_database(empty_store, tmp_path):
    votes, calls = small_files(tmp_path, "3,Russia,RU,yes\n3,Cuba,CU,yes\n4,Russia,RU,no\n4,Cuba,CU,abstain\n"
                                         "4,Yemen Arab Republic,,no\n")
    counts = unvotes.import_unvotes(empty_store, votes, calls)
    assert counts == {"UN roll calls": 6203, "UN votes": 5, "UN issue tags": 0, "UN member seats": 3,
                      "agreement rows": 2}
    assert unvotes.agreement_by_country(empty_store, 1946) == {
        "CUB": unvotes.YearAgreement(1946, 0.5, 2, 1), "YEM": unvotes.YearAgreement(1946, 1.0, 1, 1),
    }


def test_a_read_only_database_is_refused_before_reading(built_db):
    with Store.open(built_db, readonly=True) as store:
        with pytest.raises(UnVotesRefused, match="read-only"):
            unvotes.import_unvotes(store, Path("/nonexistent"), Path("/nonexistent"))


def test_the_votes_are_stored_compactly(built_db):
    conn = sqlite3.connect(built_db)
    try:
        size = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name = 'un_votes'").fetchone()[0]
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'un_votes'").fetchone()[0]
        named = conn.execute("SELECT country, vote FROM un_votes_named WHERE rcid = 5309 AND country_code = 'BY'").fetchone()
    finally:
        conn.close()
    assert "WITHOUT ROWID" in sql and size < 12_000_000
    assert named == ("Belarus", "no")
    assert built_db.stat().st_size < 40_000_000  # the issue's limit for shipping the full import


# -- the command line -----------------------------------------------------------------------------


def test_the_cli_imports_with_a_progress_line(tmp_path, capsys):
    from ally_explorer.ui.cli import main

    votes, calls = small_files(tmp_path, "3,Russia,RU,yes\n3,Cuba,CU,no\n")
    assert main(["import-unvotes", str(votes), str(calls), "--db", str(tmp_path / "new.db")]) == 0
    out, err = capsys.readouterr()
    assert "importing UN votes: 100%" in err
    assert out.startswith("imported 6203 UN roll calls, 2 UN votes")


def test_the_cli_refuses_in_one_line(tmp_path, capsys):
    from ally_explorer.ui.cli import main

    votes, calls = small_files(tmp_path, "3,Russia,RU,perhaps\n")
    assert main(["import-unvotes", str(votes), str(calls), "--db", str(tmp_path / "new.db")]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == (
        "ally-explorer: votes.csv line 2: vote must be yes, no or abstain, not 'perhaps'"
    )

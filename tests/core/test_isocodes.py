"""The ISO code table joins the map (numeric), the UN votes (alpha-2) and the dataset (alpha-3)."""

from __future__ import annotations

import re

import pytest

from ally_explorer import paths
from ally_explorer.core import isocodes, topojson
from ally_explorer.db.build import read_dataset
from tests.conftest import DATA

# The nine allies the article profiles, then Russia, Ukraine and the United States.
EXPECTED = [
    ("BLR", "BY", "112"), ("IRN", "IR", "364"), ("PRK", "KP", "408"), ("CHN", "CN", "156"),
    ("IND", "IN", "356"), ("SYR", "SY", "760"), ("HUN", "HU", "348"), ("SVK", "SK", "703"),
    ("TUR", "TR", "792"), ("RUS", "RU", "643"), ("UKR", "UA", "804"), ("USA", "US", "840"),
]


@pytest.mark.parametrize("alpha3, alpha2, numeric", EXPECTED)
def test_allies_and_context_countries_map_both_ways(alpha3, alpha2, numeric):
    assert isocodes.alpha3_from_numeric(numeric) == alpha3
    assert isocodes.alpha3_from_alpha2(alpha2) == alpha3
    assert isocodes.alpha2_from_alpha3(alpha3) == alpha2
    assert isocodes.numeric_from_alpha3(alpha3) == numeric


def test_the_dataset_codes_agree_with_the_table():
    for country in read_dataset(DATA)["countries"]:
        assert isocodes.alpha3_from_alpha2(country["iso2"]) == country["id"], country["id"]
        assert isocodes.alpha3_from_numeric(country["iso_numeric"]) == country["id"], country["id"]


def test_lookups_forgive_case_padding_and_numbers():
    assert isocodes.alpha3_from_alpha2(" ru ") == "RUS"
    assert isocodes.alpha3_from_numeric("4") == isocodes.alpha3_from_numeric(4) == "AFG"
    assert isocodes.alpha3_from_numeric("004") == "AFG"


@pytest.mark.parametrize("alpha2", [None, "", "XX", "RUS", "1"])
def test_unknown_alpha2_codes_give_none(alpha2):
    assert isocodes.alpha3_from_alpha2(alpha2) is None


@pytest.mark.parametrize("numeric", [None, "", "9999", "abc", "-99", "999", True])
def test_unknown_numeric_codes_give_none(numeric):
    assert isocodes.alpha3_from_numeric(numeric) is None


def test_the_table_is_complete_and_consistent():
    rows = isocodes.COUNTRIES
    assert len(rows) == 249
    for column, pattern in enumerate((r"[A-Z]{2}", r"[A-Z]{3}", r"\d{3}")):
        values = [row[column] for row in rows]
        assert len(set(values)) == len(values), f"column {column} has duplicates"
        assert all(re.fullmatch(pattern, v) for v in values)
    assert all(row[3] for row in rows)


def test_former_states_have_their_withdrawn_codes():
    assert isocodes.former_alpha3("SU") == "SUN"
    assert isocodes.former_alpha3("cs") == "CSK"
    assert isocodes.name_of("YUG") == "Yugoslavia"
    assert isocodes.former_alpha3("RU") is None


def test_every_map_outline_gets_a_distinct_code():
    shapes = topojson.load(paths.resources_dir() / "geo" / "countries-110m.json")
    codes = [isocodes.map_area_code(s.id, s.name) for s in shapes]
    missing = [s.name for s, code in zip(shapes, codes) if code is None]
    assert missing == []
    assert len(set(codes)) == len(codes) == 177
    with_id = {s.id: code for s, code in zip(shapes, codes) if s.id}
    assert len(with_id) == 174 and with_id["643"] == "RUS" and with_id["158"] == "TWN"
    assert {code for s, code in zip(shapes, codes) if not s.id} == {"XKX", "CYN", "SOL"}

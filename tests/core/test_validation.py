import pytest

from ally_explorer.core.errors import ValidationError
from ally_explorer.core.validation import check, parse_number, slugify, split_list, validate

EVENT = {
    "title": "Mutual defence treaty signed",
    "date_label": "June 2024",
    "category": "military",
    "confidence": "confirmed",
    "countries": ["PRK", "RUS"],
    "source_id": "article",
}


def test_a_good_event_is_normalised_with_its_date_window():
    clean = validate("event", EVENT)
    assert clean["date_start"] == "2024-06-01"
    assert clean["date_end"] == "2024-06-30"
    assert clean["countries"] == ("PRK", "RUS")
    assert clean["importance"] == 2


def test_every_bad_field_is_named_with_a_reason():
    bad = dict(EVENT, title="  ", category="cultural", date_label="In April", countries=[])
    with pytest.raises(ValidationError) as info:
        validate("event", bad)
    errors = info.value.errors
    assert set(errors) == {"title", "category", "date_label", "countries"}
    assert errors["title"] == "is required"
    assert "military" in errors["category"]
    assert "no year" in errors["date_label"]


def test_reported_claims_need_an_attribution():
    errors = check("event", dict(EVENT, confidence="reported"))
    assert "attribution" in errors
    assert check("event", dict(EVENT, confidence="reported", attribution="Unnamed reports")) == {}


def test_explicit_window_overrides_the_label_and_must_be_in_order():
    clean = validate("event", dict(EVENT, date_label="Soon after", date_start="2024-06-19", date_end="2024-12-31"))
    assert (clean["date_start"], clean["date_end"]) == ("2024-06-19", "2024-12-31")
    errors = check("event", dict(EVENT, date_start="2024-12-31", date_end="2024-06-19"))
    assert "before it starts" in errors["date_end"]
    assert "both ends" in check("event", dict(EVENT, date_start="2024-06-19"))["date_end"]
    assert "not a date" in check("event", dict(EVENT, date_start="June", date_end="2024-06-30"))["date_start"]


def test_figures_need_a_unit_and_an_ordered_range():
    figure = {
        "country_id": "PRK", "label": "Troops prepared", "value": "25,000", "value_high": 30000,
        "unit": "troops", "date_label": "mid-2025", "confidence": "reported",
        "attribution": "Unnamed reports", "source_id": "article",
    }
    assert validate("figure", figure)["value"] == 25000.0
    assert check("figure", dict(figure, unit="")) == {"unit": "is required"}
    assert "below the value" in check("figure", dict(figure, value_high=100))["value_high"]
    assert "not a number" in check("figure", dict(figure, value="lots"))["value"]


def test_country_codes_are_checked():
    errors = check("country", {"id": "blr", "name": "Belarus", "iso2": "BYR", "iso_numeric": "11"})
    assert set(errors) == {"id", "iso2", "iso_numeric"}
    assert check("country", {"id": "BLR", "name": "Belarus", "aliases": "Byelorussia; ; Belarus"}) == {}
    assert validate("country", {"id": "BLR", "name": "Belarus", "aliases": "A; B; A"})["aliases"] == ("A", "B")


def test_hostile_text_is_kept_exactly():
    text = "Robert'); DROP TABLE events;-- \u202eevil\u202c 🚀 \x00 NEAR( \"*"
    clean = validate("event", dict(EVENT, title=text))
    assert clean["title"] == text


def test_too_long_text_is_refused_not_truncated():
    errors = check("event", dict(EVENT, title="x" * 301))
    assert "too long" in errors["title"]


def test_helpers():
    assert parse_number("12,000,000") == 12_000_000
    with pytest.raises(ValueError):
        parse_number(float("nan"))
    with pytest.raises(ValueError):
        parse_number(True)
    assert split_list(["a", " a ", "b"]) == ("a", "b")
    assert slugify("Volodymyr Zelensky") == "volodymyr-zelensky"
    assert slugify("!!!") == "entry"


def test_slugify_keeps_letters_of_every_script():
    assert slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert slugify("Viktor Orbán") == "viktor-orban"
    assert slugify("Hakan Fıdan") == "hakan-fidan"
    assert slugify("Володимир Зеленський") == "володимир-зеленський"
    assert slugify("Lukashenka (Лукашэнка)") == "lukashenka-лукашэнка"


def test_a_cyrillic_key_made_by_slugify_is_accepted_and_upper_case_is_not():
    from ally_explorer.core.errors import ValidationError

    person = {"id": slugify("Володимир Зеленський"), "name": "Володимир Зеленський"}
    assert validate("person", person)["id"] == "володимир-зеленський"
    with pytest.raises(ValidationError) as err:
        validate("person", {"id": "Володимир", "name": "Володимир"})
    assert "id" in str(err.value)

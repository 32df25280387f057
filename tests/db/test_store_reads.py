"""Reads over the shipped dataset: the list, one country, date windows and search."""

from __future__ import annotations

import pytest

from ally_explorer.core.errors import NotFoundError

HOSTILE = [
    '"', '""', "'", "NEAR(", "NEAR(a b", "*", "-", "- treaty", "a OR", "AND", "NOT", "(", ")",
    "treaty\"", "\"treaty", "title:treaty", "^treaty", "a\x00b", "\x00", "' OR 1=1 --",
    "'; DROP TABLE events; --", "x" * 5000, "שלום עולם", "مرحبا", "🚀🇺🇦", "\u202eevil", "{treaty}", "+", "NEAR",
]


def test_country_list_has_the_nine_allies_first_with_stances_and_counts(store):
    countries = store.countries()
    focus = [c.id for c in countries if c.focus]
    assert sorted(focus) == sorted(["BLR", "IRN", "PRK", "CHN", "IND", "SYR", "HUN", "SVK", "TUR"])
    assert [c.focus for c in countries] == sorted((c.focus for c in countries), reverse=True)
    by_id = {c.id: c for c in countries}
    assert by_id["BLR"].stance == "ally"
    assert by_id["PRK"].event_count == len(store.events(country_id="PRK"))
    assert {"RUS", "UKR", "USA"} <= set(by_id)


@pytest.mark.parametrize("text, expected", [("korea", "PRK"), ("DPRK", "PRK"), ("prk", "PRK"), ("bel", "BLR"), ("KP", "PRK")])
def test_country_filter_matches_name_code_and_aliases(store, text, expected):
    assert expected in [c.id for c in store.countries(text)]


def test_country_filter_narrows(store):
    assert [c.id for c in store.countries("slovak")] == ["SVK"]
    assert store.countries("zzzz") == []


def test_country_detail_is_complete_and_in_date_order(store):
    detail = store.country_detail("PRK")
    assert detail.country.name == "North Korea"
    starts = [e.date_start for e in detail.events]
    assert starts == sorted(starts)
    assert detail.statements and all(s.country_id == "PRK" for s in detail.statements)
    assert "article" in detail.sources
    with pytest.raises(NotFoundError):
        store.country_detail("XXX")


def test_events_between_returns_overlapping_windows(store):
    events = store.events_between("2024-06-01", "2024-06-30")
    assert any("treaty" in e.title.lower() for e in events)
    assert all(e.date_start <= "2024-06-30" and e.date_end >= "2024-06-01" for e in events)


def test_search_finds_a_quote_by_a_word_in_it_with_a_highlighted_snippet(store):
    hits = store.search("hegemonism")
    assert hits and hits[0].kind == "statement"
    assert "[[hegemonism]]" in hits[0].snippet
    assert hits[0].country_id == "CHN"


def test_search_is_prefix_and_case_insensitive_and_spans_kinds(store):
    kinds = {h.kind for h in store.search("Korea")}
    assert {"country", "event"} <= kinds
    assert store.search("treat")  # prefix of treaty


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_search_input_never_raises(store, text):
    assert isinstance(store.search(text), list)


def test_stance_as_of_uses_ongoing_periods_after_the_article(store):
    today = store.stances_as_of("2026-11-26")
    assert today["BLR"].stance == "ally"
    before = store.stances_as_of("1990-01-01")
    assert "BLR" not in before


@pytest.mark.parametrize("filters", [None, "military", "reported"])
def test_a_countrys_first_page_is_the_same_whichever_way_it_is_found(store, monkeypatch, filters):
    """Russia's page is found by walking all events in date order (it is in most of them);
    other countries' by sorting their own. Both must give the first events in date order."""
    from ally_explorer.core.filters import Filters

    f = Filters()
    if filters == "military":
        f = Filters(categories=frozenset({"military"}))
    elif filters == "reported":
        f = Filters(confidences=frozenset({"reported"}))
    countries = [c.id for c in store.countries()]
    sorted_pages = {c: [e.id for e in store.events(country_id=c, filters=f, limit=5)] for c in countries}
    monkeypatch.setattr(type(store), "HUB_MIN_LINKS", 0)
    assert store._hub_scan_pays("RUS", 5)  # Russia is in most of the bundled events
    walked_pages = {c: [e.id for e in store.events(country_id=c, filters=f, limit=5)] for c in countries}
    assert walked_pages == sorted_pages
    everything = [e.id for e in store.events(country_id="RUS", filters=f)]
    assert walked_pages["RUS"] == everything[:5]
    assert store.count_events(country_id="RUS", filters=f) == len(everything)


def test_a_search_with_too_many_matches_to_rank_lists_the_newest_first(store, monkeypatch):
    counts = store.search_counts("russia")
    assert counts["event"] > 10 and counts["country"] >= 1
    ranked = store.search("russia", limit=500)
    monkeypatch.setattr(type(store), "RANK_MAX", 5)
    newest = store.search("russia", limit=500)
    assert {(h.kind, h.id) for h in newest} == {(h.kind, h.id) for h in ranked}  # the same hits
    events = [h.id for h in newest if h.kind == "event"]
    assert events == sorted(events, reverse=True)
    assert newest[0].kind == "country"  # a matching country still comes first
    first_ten = store.search("russia", limit=10, counts=counts | {"event": 10**6})
    assert [h.id for h in first_ten if h.kind == "event"] == sorted(events, reverse=True)[: len(
        [h for h in first_ten if h.kind == "event"])]
    assert store.search_counts("   ") == {} and store.search_counts("zzzzqx") == {"country": 0, "event": 0, "statement": 0}

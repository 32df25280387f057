"""Facet filters, done in SQL with indexes."""

from __future__ import annotations

from ally_explorer.core.filters import Filters
from ally_explorer.db import facets


def test_where_builder_is_plain_sql_with_parameters():
    f = Filters(categories=frozenset({"military", "energy"}), confidences=frozenset({"reported"}),
                countries=frozenset({"PRK"}), date_from="2024-01-01", date_to="2024-12-31")
    sql, params = facets.claim_where(f, "event")
    assert sql == (
        "e.category IN (?, ?) AND e.confidence IN (?) AND e.date_start <= ? AND e.date_end >= ? AND "
        "e.id IN (SELECT fc.event_id FROM event_countries fc WHERE fc.country_id IN (?))"
    )
    assert params == ["energy", "military", "reported", "2024-12-31", "2024-01-01", "PRK"]
    assert facets.claim_where(f, "statement")[0] == "0"  # quotes have no category
    assert facets.claim_where(Filters(), "figure") == ("1", [])


def test_confirmed_only_narrows_confidence():
    assert Filters(confirmed_only=True).effective_confidences() == {"confirmed"}
    assert Filters(confirmed_only=True, confidences=frozenset({"reported"})).effective_confidences() == frozenset()
    assert facets.claim_where(Filters(attributions=frozenset({"", "Reuters"})), "event")[0] == (
        "(e.attribution IN (?) OR e.attribution IS NULL OR e.attribution = '')"
    )


def test_choosing_reported_hides_confirmed_everywhere(store):
    f = Filters(confidences=frozenset({"reported"}))
    events = store.events(filters=f)
    assert events and all(e.confidence == "reported" for e in events)
    detail = store.country_detail("PRK", filters=f)
    assert detail.events and all(e.confidence == "reported" for e in detail.events)
    assert all(s.confidence == "reported" for s in detail.statements)
    assert not [e for e in detail.events if "treaty" in e.title.lower()]  # confirmed: hidden


def test_facet_counts_for_other_facets_follow_the_selection(store):
    everything = facets.facet_counts(store, Filters())
    reported = facets.facet_counts(store, Filters(confidences=frozenset({"reported"})))
    # The confidence facet itself still offers every value (counted without itself)...
    assert reported["confidence"] == everything["confidence"]
    # ...but the other facets now count only reported claims.
    assert reported["category"] != everything["category"]
    assert sum(reported["category"].values()) == len(store.events(filters=Filters(confidences=frozenset({"reported"}))))
    assert reported["total"]["claims"] == everything["confidence"]["reported"]
    assert everything["total"]["events"] == store.counts()["events"]


def test_country_list_shows_only_countries_with_passing_claims(store):
    f = Filters(confidences=frozenset({"claimed"}))
    ids = {c.id for c in store.countries(filters=f)}
    assert ids and ids < {c.id for c in store.countries()}
    counts = {c.id: c.event_count for c in store.countries(filters=f)}
    for cid, n in counts.items():
        assert n == len(store.events(country_id=cid, filters=f))


def test_date_range_keeps_overlapping_windows(store):
    f = Filters(date_from="2024-06-01", date_to="2024-06-30")
    events = store.events(filters=f)
    assert events and all(e.date_start <= "2024-06-30" and e.date_end >= "2024-06-01" for e in events)


def test_search_respects_filters(store):
    assert store.search("treaty")
    confirmed_hits = store.search("troops", filters=Filters(confirmed_only=True))
    for hit in confirmed_hits:
        if hit.kind == "event":
            assert store.event(hit.id).confidence == "confirmed"
    assert not [h for h in store.search("Korea", filters=Filters(countries=frozenset({"BLR"}))) if h.kind == "country" and h.id == "PRK"]


def _plan(store, sql, params):
    return " | ".join(row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_facet_queries_use_indexes_not_full_scans(store):
    for f, index in (
        (Filters(categories=frozenset({"military"})), "idx_events_category"),
        (Filters(confidences=frozenset({"reported"})), "idx_events_confidence"),
        (Filters(countries=frozenset({"PRK"})), "idx_event_countries_country"),
    ):
        where, params = facets.claim_where(f, "event")
        plan = _plan(store, f"SELECT e.id FROM events e WHERE {where}", params)
        assert index in plan or "USING INTEGER PRIMARY KEY" in plan, plan
    ((sql, params),) = facets.facet_sql(Filters(countries=frozenset({"PRK"})), "category")
    plan = _plan(store, sql, params)
    assert "idx_event_countries_country" in plan or "idx_events_category" in plan, plan
    for sql, params in facets.facet_sql(Filters(), "country"):
        plan = _plan(store, sql, params)
        assert "TEMP B-TREE" not in plan, plan
        assert "USING COVERING INDEX" in plan or "country_event_counts" in plan, plan


def test_remembered_counts_follow_every_write_on_this_and_other_connections(store, db_path):
    import sqlite3

    confirmed = Filters(confirmed_only=True)
    before = facets.facet_counts(store, confirmed)
    assert facets.facet_counts(store, confirmed) == before  # asked again: the same answer
    event = store.events(country_id="PRK", filters=confirmed)[0]
    store.update_event(event.id, confidence="reported", attribution="Unnamed reports")
    after = facets.facet_counts(store, confirmed)
    assert after["total"]["events"] == before["total"]["events"] - 1
    assert after["country"]["PRK"] == before["country"]["PRK"] - 1
    other = sqlite3.connect(db_path)  # another program (or window) changes the file
    other.execute("UPDATE events SET confidence = 'confirmed', attribution = NULL WHERE id = ?", [event.id])
    other.commit()
    other.close()
    assert facets.facet_counts(store, confirmed) == before
    assert facets.events_by_country(store, confirmed)["PRK"] == before["country"]["PRK"] - sum(
        1 for s in store.statements(country_id="PRK") if s.confidence == "confirmed") - sum(
        1 for f in store.figures(country_id="PRK") if f.confidence == "confirmed") - sum(
        1 for a in store.alignments(country_id="PRK") if a.confidence == "confirmed")


def test_a_write_said_to_leave_the_counts_as_they_were_leaves_them_and_the_others_are_seen(store):
    """The window skips counting again after an edit that cannot change a count (an event's
    importance, its title): whenever ``counts_may_change`` says no, every count is the same."""
    filters = [Filters(), Filters(confirmed_only=True), Filters(categories=frozenset({"military"})),
               Filters(date_from="2022-01-01"), Filters(countries=frozenset({"PRK"}))]

    def counted():
        return ([facets.facet_counts(store, f) for f in filters],
                [(c.id, c.event_count) for c in store.countries()])

    event = store.events(country_id="PRK")[0]
    other = "military" if event.category != "military" else "economic"
    edits = [
        ({"importance": 1 if event.importance != 1 else 3}, False),
        ({"title": "Another title", "description": "Another description"}, False),
        ({"category": other}, True),
        ({"confidence": "disputed" if event.confidence != "disputed" else "reported",
          "attribution": "Someone named"}, True),
        ({"date_label": "1999"}, True),
        ({"countries": ["PRK", "IRN"]}, True),
    ]
    for values, changes in edits:
        before = counted()
        change = store.update_event(event.id, **values)
        assert facets.counts_may_change(facets.changed_columns(change.before, change.after)) == changes, values
        if not changes:
            assert counted() == before, values
        else:
            assert counted() != before, values
    deleted = store.delete_event(event.id)
    assert facets.counts_may_change(facets.changed_columns(deleted.before, deleted.after))
    assert facets.counts_may_change(None)  # not known: count again


def test_who_says_so_in_disjoint_parts_counts_what_its_or_condition_counts(store):
    # Some claims of each kind named, some NULL, some '': the three spellings of the facet
    store.conn.execute("UPDATE events SET attribution = NULL WHERE id IN (SELECT id FROM events LIMIT 3)")
    store.conn.execute("UPDATE statements SET attribution = '' WHERE id IN (SELECT id FROM statements LIMIT 2)")
    store.conn.commit()
    named = store.conn.execute("SELECT attribution FROM events WHERE attribution != '' LIMIT 1").fetchone()[0]
    for who in ({""}, {named}, {named, ""}):
        f = Filters(attributions=frozenset(who), confidences=frozenset({"reported", "confirmed"}))
        for kind, (table, alias) in facets.CLAIM_TABLES.items():
            where, params = facets.claim_where(f, kind)
            expected = sorted(r[0] for r in store.conn.execute(f"SELECT {alias}.id FROM {table} {alias} WHERE {where}", params))
            got = [r[0] for where, params in facets.claim_where_parts(f, kind)
                   for r in store.conn.execute(f"SELECT {alias}.id FROM {table} {alias} WHERE {where}", params)]
            assert sorted(got) == expected  # each row once: the parts do not overlap
        counts = facets.facet_counts(store, f)
        assert counts["total"]["events"] == len(store.events(filters=f)) > 0
        assert sum(counts["category"].values()) == counts["total"]["events"]
        assert {c.id: c.event_count for c in store.countries(filters=f)} == {
            c.id: len(store.events(country_id=c.id, filters=f)) for c in store.countries(filters=f)}
    assert facets.claim_where_parts(Filters(categories=frozenset({"military"})), "statement") == []

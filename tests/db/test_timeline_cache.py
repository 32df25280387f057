"""The timeline's array cache is used only while the database holds what it was made from:
each time, what the timeline is given is what a fresh read of the database gives."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from ally_explorer.core.filters import Filters
from ally_explorer.core.timeline import TimelineArrays, arrays_from_rows, lane_order, pack_tracks, patch_event
from ally_explorer.db import timeline_cache
from ally_explorer.db.store import Store
from ally_explorer.ui.timeline_feed import read_timeline

FILTERS = Filters()


def _lanes(path) -> list[str]:
    with Store.open(path, readonly=True) as s:
        return [cid for cid, _ in lane_order(s.countries())]


def _canonical(arrays, offsets) -> list[tuple]:
    return sorted(zip(arrays.event_id.tolist(), arrays.lane.tolist(), arrays.start.tolist(), arrays.end.tolist(),
                      arrays.category.tolist(), arrays.confidence.tolist(), arrays.importance.tolist(),
                      np.round(np.asarray(offsets), 6).tolist()))


def _fresh(path, lanes) -> list[tuple]:
    with Store.open(path, readonly=True) as s:
        a = arrays_from_rows(s.timeline_rows(FILTERS), lanes)
    return _canonical(a, pack_tracks(a))


@pytest.fixture
def cached(db_path, tmp_path):
    """A database whose timeline has been read once, so its cache file exists."""
    cache = tmp_path / "cache.npz"
    lanes = _lanes(db_path)
    read_timeline(db_path, FILTERS, lanes, cache_file=cache)
    assert cache.exists()
    return db_path, cache, lanes


def _read(path, cache, lanes, monkeypatch) -> tuple[list[tuple], bool]:
    """What the timeline would show, and whether it came from the cache."""
    used = []
    real = timeline_cache.load
    monkeypatch.setattr(timeline_cache, "load", lambda f, k: used.append(r := real(f, k)) or r)
    arrays, offsets = read_timeline(path, FILTERS, lanes, cache_file=cache)
    monkeypatch.setattr(timeline_cache, "load", real)
    return _canonical(arrays, offsets), used[0] is not None


def _run(code: str, *args, check=True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *map(str, args)],
                          capture_output=True, text=True, check=check, timeout=60)


def _keep_size_and_mtime(path, before: os.stat_result) -> None:
    assert os.stat(path).st_size == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _some_event(path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT e.id, e.importance FROM events e JOIN event_countries ec ON ec.event_id = e.id"
            " WHERE ec.country_id = 'PRK' ORDER BY e.id LIMIT 1").fetchone()
    finally:
        conn.close()


def test_an_unchanged_database_is_read_from_the_cache_and_matches_a_fresh_read(cached, monkeypatch):
    path, cache, lanes = cached
    shown, from_cache = _read(path, cache, lanes, monkeypatch)
    assert from_cache
    assert shown == _fresh(path, lanes)
    assert len(shown) > 50


def test_a_write_from_another_process_is_seen_even_with_size_and_mtime_put_back(cached, monkeypatch):
    path, cache, lanes = cached
    before_stat = os.stat(path)
    before = _fresh(path, lanes)
    event_id, importance = _some_event(path)
    _run("""
        import sqlite3, sys
        conn = sqlite3.connect(sys.argv[1])
        conn.execute("UPDATE events SET importance = ? WHERE id = ?", (int(sys.argv[3]), int(sys.argv[2])))
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    """, path, event_id, 3 if importance != 3 else 1)
    _keep_size_and_mtime(path, before_stat)
    shown, from_cache = _read(path, cache, lanes, monkeypatch)
    assert not from_cache
    assert shown == _fresh(path, lanes) != before


def test_a_file_replaced_by_another_of_the_same_size_mtime_and_stamp_is_not_trusted(cached, tmp_path, monkeypatch):
    path, cache, lanes = cached
    before = _fresh(path, lanes)
    other = tmp_path / "other.db"
    shutil.copy(path, other)
    event_id, importance = _some_event(other)
    conn = sqlite3.connect(other)
    writes = conn.execute("SELECT writes FROM content_stamp").fetchone()[0]
    conn.execute("UPDATE events SET importance = ? WHERE id = ?", (3 if importance != 3 else 1, event_id))
    conn.execute("UPDATE content_stamp SET writes = ?", (writes,))  # even the stamp is the same
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    st = os.stat(path)
    assert os.stat(other).st_size == st.st_size
    os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(other, path)
    shown, from_cache = _read(path, cache, lanes, monkeypatch)
    assert not from_cache
    assert shown == _fresh(path, lanes) != before


def test_a_schema_migration_that_leaves_the_stamp_alone_is_not_trusted(cached, monkeypatch):
    """A migration that rebuilds a table with its triggers dropped (as m007 did) writes without
    bumping the stamp; SQLite's schema counter still moves."""
    path, cache, lanes = cached
    before_stat = os.stat(path)
    before = _fresh(path, lanes)
    event_id, importance = _some_event(path)
    _run("""
        import sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("BEGIN")
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'events_stamp_au'").fetchone()[0]
        conn.execute("DROP TRIGGER events_stamp_au")
        conn.execute("UPDATE events SET importance = ? WHERE id = ?", (int(sys.argv[3]), int(sys.argv[2])))
        conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    """, path, event_id, 3 if importance != 3 else 1)
    _keep_size_and_mtime(path, before_stat)
    shown, from_cache = _read(path, cache, lanes, monkeypatch)
    assert not from_cache
    assert shown == _fresh(path, lanes) != before


def test_a_database_from_before_the_stamp_is_never_cached_until_migrated(cached, monkeypatch):
    path, cache, lanes = cached
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_stamp_%'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE content_stamp")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_content_stamp'")
    conn.commit()
    assert timeline_cache.current_key(conn, path, "q") is None  # nothing to check a cache against
    conn.close()
    assert timeline_cache.load(cache, None) is None
    Store.open(path).close()  # the app migrates it on opening (m009 again: a new stamp)
    shown, from_cache = _read(path, cache, lanes, monkeypatch)
    assert not from_cache and shown == _fresh(path, lanes)
    shown, from_cache = _read(path, cache, lanes, monkeypatch)
    assert from_cache and shown == _fresh(path, lanes)


def test_a_writer_killed_mid_transaction_leaves_the_cache_and_the_database_agreeing(cached, monkeypatch):
    path, cache, lanes = cached
    before = _fresh(path, lanes)
    event_id, _ = _some_event(path)
    done = _run("""
        import os, signal, sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM event_countries WHERE event_id = ?", (int(sys.argv[2]),))
        conn.execute("UPDATE events SET importance = 1")
        os.kill(os.getpid(), signal.SIGKILL)
    """, path, event_id, check=False)
    assert done.returncode == -signal.SIGKILL
    shown, _ = _read(path, cache, lanes, monkeypatch)
    assert shown == _fresh(path, lanes) == before
    # and a writer killed after committing: its write is shown, not the cache
    done = _run("""
        import os, signal, sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("DELETE FROM event_countries WHERE event_id = ?", (int(sys.argv[2]),))
        os.kill(os.getpid(), signal.SIGKILL)
    """, path, event_id, check=False)
    assert done.returncode == -signal.SIGKILL
    shown, from_cache = _read(path, cache, lanes, monkeypatch)
    assert not from_cache
    assert shown == _fresh(path, lanes) != before
    assert event_id not in {row[0] for row in shown}


def test_a_damaged_or_foreign_cache_file_is_ignored(cached, monkeypatch):
    path, cache, lanes = cached
    data = cache.read_bytes()
    cache.write_bytes(data[: len(data) // 2])
    shown, from_cache = _read(path, cache, lanes, monkeypatch)
    assert not from_cache and shown == _fresh(path, lanes)
    cache.write_bytes(b"not a cache")
    shown, from_cache = _read(path, cache, lanes, monkeypatch)
    assert not from_cache and shown == _fresh(path, lanes)


def test_other_filters_or_lanes_are_another_key(cached, monkeypatch):
    path, cache, lanes = cached
    arrays, _ = read_timeline(path, Filters(confirmed_only=True), lanes, cache_file=cache)
    with Store.open(path, readonly=True) as s:
        direct = arrays_from_rows(s.timeline_rows(Filters(confirmed_only=True)), lanes)
    assert sorted(arrays.event_id.tolist()) == sorted(direct.event_id.tolist())
    shown, from_cache = _read(path, cache, lanes[:3], monkeypatch)
    assert not from_cache and shown == _fresh(path, lanes[:3])


def test_the_cache_lies_next_to_a_writable_file_and_elsewhere_for_a_read_only_one(tmp_path):
    db = tmp_path / "mine.db"
    assert timeline_cache.cache_file_for(db) == tmp_path / ".mine.db.timeline.npz"
    elsewhere = timeline_cache.cache_file_for(db, readonly=True, cache_dir=tmp_path / "cache")
    assert elsewhere.parent == tmp_path / "cache"


def test_one_edit_patches_the_arrays_to_what_a_full_read_gives(store):
    lanes = [cid for cid, _ in lane_order(store.countries())]

    def full():
        a = arrays_from_rows(store.timeline_rows(FILTERS), lanes)
        return a, pack_tracks(a)

    arrays, offsets = full()
    events = store.events(country_id="PRK")
    # a vague date (a long window: packed into a track), other countries, another importance
    store.update_event(events[0].id, countries=["PRK", "IRN", "CHN"], date_label="2019-2023", importance=3)
    store.delete_event(events[1].id)
    created = store.create_event(
        title="A test event", date_label="mid-2021", category="military", countries=["PRK", "SYR"],
        source_id=events[0].source_id, importance=2, confidence="confirmed",
    )
    for event_id in (events[0].id, events[1].id, created.entity_id):
        new = arrays_from_rows(store.timeline_rows(FILTERS, event_ids=[event_id]), lanes)
        arrays, offsets = patch_event(arrays, offsets, event_id, new)
    assert _canonical(arrays, offsets) == _canonical(*full())
    assert len(arrays.rows_for_event(events[0].id)) == 3 and not len(arrays.rows_for_event(events[1].id))


@pytest.mark.parametrize("filters", [
    Filters(categories=frozenset({"military"})),
    Filters(confirmed_only=True),
    Filters(confidences=frozenset({"reported", "claimed"})),
    Filters(confidences=frozenset({"reported"}), confirmed_only=True),  # nothing left: no condition
    Filters(date_from="2014-03-01", date_to="2022-02-24"),
    Filters(date_to="2008-08-08"),
    Filters(countries=frozenset({"PRK", "IRN", "RUS"})),
    Filters(countries=frozenset({"CHN"}), categories=frozenset({"economic", "diplomatic"}), date_from="2020-01-01"),
    Filters(categories=frozenset({"no such category"})),
    Filters(attributions=frozenset({""})),
    Filters(attributions=frozenset({"named", ""}), confirmed_only=False, date_from="2022-01-01"),
])
def test_a_facet_change_filters_the_arrays_held_to_what_a_read_with_the_filters_gives(store, filters):
    from dataclasses import replace

    from ally_explorer.core.timeline import _COLUMNS, refilter

    if "named" in filters.attributions:  # someone the dataset names as saying so
        named = store.conn.execute("SELECT attribution FROM events WHERE attribution != '' LIMIT 1").fetchone()[0]
        filters = replace(filters, attributions=frozenset({named, ""}))
    lanes = [cid for cid, _ in lane_order(store.countries())]
    base = arrays_from_rows(store.timeline_rows(FILTERS), lanes).prepare()
    shown = [c for c in lanes if not filters.countries or c in filters.countries]
    read = arrays_from_rows(store.timeline_rows(filters), shown)
    attributed = timeline_cache.attributed_event_ids(store.path, filters.attributions) if filters.attributions else None
    sub = refilter(base, lanes, filters, shown, attributed=attributed)
    if sub is None:  # asks about what the arrays do not hold
        assert filters.categories == {"no such category"}
        return
    assert len(sub) and _canonical(sub, pack_tracks(sub)) == _canonical(read, pack_tracks(read))
    fresh = TimelineArrays(*(getattr(sub, name) for name in _COLUMNS))
    assert np.array_equal(sub.rank, fresh.rank)  # carried over from the arrays held, as if sorted anew
    assert np.array_equal(sub.lane_index[0], fresh.lane_index[0])


def test_who_says_so_is_not_in_the_arrays_so_it_needs_the_ids_it_lets_through(store):
    from ally_explorer.core.timeline import refilter

    lanes = [cid for cid, _ in lane_order(store.countries())]
    base = arrays_from_rows(store.timeline_rows(FILTERS), lanes)
    assert refilter(base, lanes, Filters(attributions=frozenset({""})), lanes) is None
    assert refilter(base, lanes, Filters(), lanes) is base


def test_the_spans_drawing_order_comes_from_the_cache_only_when_it_is_that_order(cached, monkeypatch):
    from ally_explorer.core.timeline import span_order

    path, cache, lanes = cached
    arrays, offsets = read_timeline(path, FILTERS, lanes, cache_file=cache)
    kept = timeline_cache.known_span_order(arrays, offsets)
    assert kept is not None and np.array_equal(kept, span_order(arrays, offsets))
    assert timeline_cache.known_span_order(arrays, offsets.copy()) is None  # only for the offsets it was made with
    with np.load(cache) as npz:  # the same file with the order shuffled: not trusted, sorted again
        cols = {name: npz[name] for name in npz.files}
    cols["span_order"] = np.random.default_rng(1).permutation(cols["span_order"])
    np.savez(cache, **cols)
    arrays, offsets = read_timeline(path, FILTERS, lanes, cache_file=cache)
    assert "rank" in arrays.__dict__  # still the cache's arrays
    assert timeline_cache.known_span_order(arrays, offsets) is None


def test_the_first_views_time_span_comes_from_the_cache_and_is_the_one_computed_afresh(cached):
    from ally_explorer.core.timeline import _COLUMNS, focus_range

    path, cache, lanes = cached
    arrays, _ = read_timeline(path, FILTERS, lanes, cache_file=cache)
    assert "_focus_range" in arrays.__dict__  # kept in the file: no quantile of every row at start
    fresh = TimelineArrays(*(getattr(arrays, name) for name in _COLUMNS))
    assert focus_range(arrays) == focus_range(fresh)


@pytest.mark.parametrize("who", ["", "named", "both"])
def test_the_events_who_says_so_lets_through_are_those_its_sql_condition_keeps(store, who):
    from ally_explorer.db.facets import claim_where

    named = store.conn.execute("SELECT attribution FROM events WHERE attribution != '' LIMIT 1").fetchone()[0]
    store.conn.execute("UPDATE events SET attribution = NULL WHERE id IN (SELECT id FROM events LIMIT 3)")
    store.conn.commit()
    attributions = frozenset({"": {""}, "named": {named}, "both": {named, ""}}[who])
    where, params = claim_where(Filters(attributions=attributions), "event")
    expected = sorted(r[0] for r in store.conn.execute(f"SELECT e.id FROM events e WHERE {where}", params))
    got = timeline_cache.attributed_event_ids(store.path, attributions)
    assert expected and sorted(got.tolist()) == expected  # each once: the searches do not overlap


def test_membership_of_event_ids_is_what_isin_says():
    from ally_explorer.core.timeline import _member

    rng = np.random.default_rng(3)
    values = rng.integers(1, 5000, 20_000).astype(np.int32)
    for ids in (rng.integers(1, 6000, 700), np.array([], dtype=np.int64), np.array([2**40, 7]),
                np.array([-5, 9]), values[:10].astype(np.int64)):
        assert np.array_equal(_member(values, ids), np.isin(values, ids))
    assert not len(_member(values[:0], np.array([1])))


def test_arrays_held_but_not_shown_let_go_of_their_view_lookups_and_filter_and_show_as_before(store):
    from ally_explorer.core.timeline import refilter

    lanes = [cid for cid, _ in lane_order(store.countries())]
    base = arrays_from_rows(store.timeline_rows(FILTERS), lanes).prepare()
    rank, (order, key, origin, stride), mid = base.rank, base.lane_index, base.mid
    filters = Filters(categories=frozenset({"military", "economic"}), date_from="2015-01-01")
    before = refilter(base, lanes, filters, lanes)
    base.release_view_lookups()  # what the timeline does to the unfiltered arrays under a filter
    assert "mid" not in base.__dict__ and "_lane_index" not in base.__dict__
    after = refilter(base, lanes, filters, lanes)
    assert "mid" not in base.__dict__ and "_lane_index" not in base.__dict__  # filtering needs neither
    assert _canonical(after, pack_tracks(after)) == _canonical(before, pack_tracks(before))
    assert np.array_equal(after.rank, before.rank) and np.array_equal(after.lane_index[1], before.lane_index[1])
    base.prepare()  # shown again: the same lookups, the rows' order taken over (no sort)
    assert base.rank is rank and base.lane_index[0] is order
    assert np.array_equal(base.lane_index[1], key) and base.lane_index[2:] == (origin, stride)
    assert np.array_equal(base.mid, mid)
    lo, hi = float(np.quantile(mid, 0.3)), float(np.quantile(mid, 0.6))
    assert np.array_equal(np.sort(base.rows_in(lo, hi, 2, 9)),
                          np.flatnonzero((mid >= lo) & (mid <= hi) & (base.lane >= 2) & (base.lane <= 9)))


def test_whole_days_are_seconds_in_float32_only_where_it_holds_them_exactly():
    from ally_explorer.core.timeline import F32_DAYS, seconds_column

    days = np.array([-F32_DAYS, -1, 0, 1, 20_000, F32_DAYS])  # 1901-12-14 .. 2038-01-19
    seconds = seconds_column(days)
    assert seconds.dtype == np.float32 and (seconds.astype(np.float64) == days * 86_400.0).all()
    for beyond in (np.array([0, F32_DAYS + 1]), np.array([-F32_DAYS - 1]), np.array([0.5, 3.0])):
        seconds = seconds_column(beyond)  # not held exactly: float64
        assert seconds.dtype == np.float64 and (seconds == beyond * 86_400.0).all()

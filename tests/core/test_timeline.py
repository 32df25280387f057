"""Timeline arrays: finding the rows in view, ordering by importance, packing and labelling."""

from __future__ import annotations

import numpy as np
import pytest

from ally_explorer.core.timeline import DAY, TRACK_STEP, TimelineArrays, pack_tracks, pick_labels


def _arrays(n: int = 4000, lanes: int = 30, seed: int = 1) -> TimelineArrays:
    rng = np.random.default_rng(seed)
    start = rng.uniform(-8e8, 1.7e9, n)  # 1944..2023
    end = start + np.where(rng.random(n) < 0.7, DAY, rng.uniform(DAY, 3e8, n))
    return TimelineArrays(
        event_id=np.arange(n, dtype=np.int64),
        lane=rng.integers(0, lanes, n).astype(np.float64),
        start=start,
        end=end,
        category=np.zeros(n, dtype=np.int8),
        confidence=np.zeros(n, dtype=np.int8),
        importance=rng.integers(1, 4, n).astype(np.int8),
    )


def test_rows_in_finds_exactly_the_rows_a_full_scan_finds():
    a = _arrays()
    rng = np.random.default_rng(7)
    for _ in range(300):
        lo, hi = sorted(rng.uniform(-1.2e9, 2.0e9, 2))
        lane_lo, lane_hi = sorted(rng.uniform(-3, 33, 2))
        found = a.rows_in(lo, hi, lane_lo, lane_hi)
        expected = np.flatnonzero((a.mid >= lo) & (a.mid <= hi) & (a.lane >= lane_lo) & (a.lane <= lane_hi))
        assert np.array_equal(np.sort(found), expected)
        assert len(np.unique(found)) == len(found)


def test_rows_in_on_edges_and_empty_arrays():
    a = _arrays(50)
    assert len(a.rows_in(a.mid.min(), a.mid.max(), 0, 29)) == 50  # inclusive at both ends
    assert len(a.rows_in(3e9, 4e9, 0, 29)) == 0
    assert len(a.rows_in(a.mid.min(), a.mid.max(), 12.2, 12.8)) == 0  # no lane in between
    assert np.array_equal(np.sort(a.rows_in(a.mid.min(), a.mid.max(), -1, 30)), np.arange(50))
    assert len(TimelineArrays.empty().rows_in(0, 1, 0, 5)) == 0


def test_by_priority_puts_the_most_important_then_the_earliest_first():
    a = _arrays(500)
    rows = np.arange(500)
    ordered = a.by_priority(rows)
    keys = list(zip(-a.importance[ordered].astype(int), a.mid[ordered]))
    assert keys == sorted(keys)
    top = a.by_priority(rows, 20)
    assert np.array_equal(top, ordered[:20])


def test_labels_go_to_important_events_and_never_overlap_in_a_lane():
    a = _arrays(2000, lanes=5)
    scale = 1400 / (a.mid.max() - a.mid.min())  # the whole range on 1400 px
    chosen = pick_labels(a, np.arange(len(a)), scale, lambda row: 120.0, max_labels=30)
    assert 0 < len(chosen) <= 30
    assert a.importance[chosen[0][0]] == 3
    by_lane: dict[float, list[tuple[float, float]]] = {}
    for row, on_left in chosen:
        x = a.mid[row] * scale
        box = (x - 8 - 128, x - 8) if on_left else (x + 8, x + 8 + 128)
        for other in by_lane.get(a.lane[row], []):
            assert box[1] <= other[0] or other[1] <= box[0]
        by_lane.setdefault(a.lane[row], []).append(box)


@pytest.mark.parametrize("count", [2, 6])
def test_overlapping_long_windows_in_a_lane_get_separate_tracks(count):
    n = count
    a = TimelineArrays(
        event_id=np.arange(n, dtype=np.int64), lane=np.zeros(n), start=np.zeros(n) + np.arange(n) * DAY,
        end=np.full(n, 400 * DAY), category=np.zeros(n, dtype=np.int8), confidence=np.zeros(n, dtype=np.int8),
        importance=np.ones(n, dtype=np.int8),
    )
    offsets = pack_tracks(a)
    assert len(set(np.round(offsets[:4] / TRACK_STEP).astype(int).tolist())) == min(n, 4)
    assert np.all(np.abs(offsets) <= 2 * TRACK_STEP + 1e-9)


def test_arrays_from_rows_maps_lanes_drops_unknown_countries_and_the_hubs_shared_events():
    from ally_explorer.core.timeline import arrays_from_rows

    rows = [  # (event id, country, position, start day, end day, category, confidence, importance)
        (1, "RUS", 0, 0, 0, 1, 0, 3),  # Russia's own event: in its lane
        (2, "BLR", 0, 10, 40, 2, 1, 2),
        (2, "RUS", 1, 10, 40, 2, 1, 2),  # shared: not repeated in the hub's lane
        (3, "XXX", 0, 5, 5, 0, 0, 1),  # a country with no lane
    ]
    a = arrays_from_rows(rows, ["RUS", "BLR"], hub="RUS")
    assert a.event_id.tolist() == [1, 2]
    assert a.lane.tolist() == [0.0, 1.0]
    assert a.start.tolist() == [0.0, 10 * DAY] and a.end.tolist() == [DAY, 41 * DAY]
    assert a.category.tolist() == [1, 2] and a.confidence.tolist() == [0, 1] and a.importance.tolist() == [3, 2]
    assert len(arrays_from_rows([], ["RUS"])) == 0
    assert len(arrays_from_rows(rows[3:], ["RUS"])) == 0


def test_a_patched_event_carries_ranks_and_lane_index_equal_to_computing_them_afresh():
    from ally_explorer.core.timeline import _COLUMNS, patch_event

    a = _arrays(3000, lanes=12).prepare()
    offsets = pack_tracks(a)
    rng = np.random.default_rng(3)
    for step in range(40):
        event_id = int(rng.integers(0, 3200))  # some not there yet: a created event
        k = int(rng.integers(0, 4))  # 0: deleted, or left every lane
        row = a.rows_for_event(event_id)
        # ties on purpose: a time and importance other rows have, in lanes they are in
        mids = a.mid[rng.integers(0, len(a), k)] if step % 2 else rng.uniform(-8e8, 1.7e9, k)
        new = TimelineArrays(
            event_id=np.full(k, event_id, dtype=np.int64),
            lane=rng.choice(12, k, replace=False).astype(np.float64),
            start=mids - DAY / 2, end=mids + DAY / 2,
            category=np.zeros(k, dtype=np.int8), confidence=np.zeros(k, dtype=np.int8),
            importance=np.full(k, int(a.importance[row[0]]) if len(row) else 2, dtype=np.int8),
        )
        a, offsets = patch_event(a, offsets, event_id, new)
        assert "rank" in a.__dict__  # carried over, not left to be sorted again
        fresh = TimelineArrays(*(getattr(a, name) for name in _COLUMNS))
        assert np.array_equal(a.rank, fresh.rank)
        assert np.array_equal(a.lane_index[0], fresh.lane_index[0])
        assert np.array_equal(a.lane_index[1], fresh.lane_index[1])


def test_an_edit_that_keeps_the_rows_writes_them_in_place_with_lookups_equal_to_sorting_afresh():
    from ally_explorer.core.timeline import _COLUMNS, patch_event

    a = _arrays(3000, lanes=12).prepare()
    offsets = pack_tracks(a)
    rng = np.random.default_rng(5)
    for step in range(40):
        event_id = int(rng.integers(0, 3000))
        row = a.rows_for_event(event_id)
        others = np.flatnonzero(a.event_id != event_id)
        before = a
        mid = float(a.mid[rng.integers(0, len(a))]) if step % 2 else float(rng.uniform(-8e8, 1.7e9))  # ties on purpose
        start, end = np.full(len(row), mid - DAY / 2), np.full(len(row), mid + DAY / 2 + (step % 3) * 90 * DAY)
        if step % 4 == 3:  # only the importance (and the category): the window as it was
            start, end = a.start[row].copy(), a.end[row].copy()
        new = TimelineArrays(
            event_id=np.full(len(row), event_id, dtype=np.int64), lane=a.lane[row].copy(), start=start, end=end,
            category=np.ones(len(row), dtype=np.int8), confidence=np.zeros(len(row), dtype=np.int8),
            importance=np.full(len(row), int(rng.integers(1, 4)), dtype=np.int8),
        )
        a, offsets = patch_event(a, offsets, event_id, new)
        assert len(a) == len(before) and np.array_equal(a.rows_for_event(event_id), row)  # where they were
        for name in _COLUMNS:  # every other row as it was, at its index; the arrays before untouched
            assert np.array_equal(getattr(a, name)[others], getattr(before, name)[others])
        assert np.array_equal(a.importance[row], new.importance) and np.array_equal(a.end[row], new.end)
        assert np.array_equal(a.category[row], new.category)
        fresh = TimelineArrays(*(getattr(a, name) for name in _COLUMNS))
        assert np.array_equal(a.mid, fresh.mid)
        assert np.array_equal(a.rank, fresh.rank)
        assert np.array_equal(a.lane_index[0], fresh.lane_index[0])
        assert np.array_equal(a.lane_index[1], fresh.lane_index[1])
        assert np.array_equal(offsets, pack_tracks(fresh))


def test_tracks_packed_a_few_lanes_at_a_time_are_the_tracks_of_one_pass(monkeypatch):
    from ally_explorer.core import timeline

    a = _arrays(6000, lanes=25, seed=4)
    a = TimelineArrays(a.event_id, a.lane, a.start, a.start + np.where(a.end - a.start > DAY, 200 * DAY, DAY),
                       a.category, a.confidence, a.importance)  # many overlapping long windows
    monkeypatch.setattr(timeline, "PACK_BLOCK", 10**9)
    one_pass = pack_tracks(a)
    assert len(set(np.round(one_pass / TRACK_STEP).astype(int).tolist())) == 5  # every track in use
    for block in (1, 7, 300):  # a block ends only where a lane does, however small it is asked to be
        monkeypatch.setattr(timeline, "PACK_BLOCK", block)
        assert np.array_equal(pack_tracks(a), one_pass)


def test_lanes_and_ids_are_held_narrow_and_an_id_past_int32_still_patches_in():
    from ally_explorer.core.timeline import arrays_from_rows, patch_event

    rows = [(7, "RUS", 0, 0, 0, 1, 0, 3), (8, "BLR", 0, 10, 40, 2, 1, 2)]
    a = arrays_from_rows(rows, ["RUS", "BLR"]).prepare()
    assert a.lane.dtype == np.int16 and a.event_id.dtype == np.int32
    big = 2**40  # SQLite's rowids are 64-bit
    new = arrays_from_rows([(big, "BLR", 0, 5, 5, 0, 0, 1)], ["RUS", "BLR"])
    assert new.event_id.dtype == np.int64
    patched, _ = patch_event(a, pack_tracks(a), big, new)
    assert sorted(patched.event_id.tolist()) == [7, 8, big]
    replaced, _ = patch_event(patched, pack_tracks(patched), 8, arrays_from_rows([(8, "RUS", 0, 3, 3, 0, 0, 1)], ["RUS", "BLR"]))
    assert sorted(replaced.event_id.tolist()) == [7, 8, big] and replaced.lane.tolist().count(0) == 2


@pytest.mark.parametrize("lane_type", [np.int16, np.float64])
def test_spans_worked_out_a_block_at_a_time_are_the_spans_of_every_row(lane_type):
    from dataclasses import replace

    from ally_explorer.core.timeline import BLOCK, sorted_spans

    a = _arrays(n=2 * BLOCK + 123)
    a = replace(a, lane=a.lane.astype(lane_type))
    fuzzy = (a.end - a.start) > DAY * 1.5
    assert np.array_equal(a.fuzzy, fuzzy) and 0 < fuzzy.sum() < len(a)
    offsets = pack_tracks(a)
    x0, x1, y, g = sorted_spans(a, offsets)
    height = a.lane[fuzzy] + offsets[fuzzy].astype(np.float64)  # drawn heights: float64 (offsets: float32)
    order = np.lexsort((a.start[fuzzy], height))
    assert np.array_equal(x0, a.start[fuzzy][order]) and np.array_equal(x1, a.end[fuzzy][order])
    assert y.dtype == np.float64 and np.array_equal(y, height[order]) and np.array_equal(g, a.category[fuzzy][order])

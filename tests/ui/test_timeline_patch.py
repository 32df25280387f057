"""One edit updates the timeline's arrays in place: no read of the whole timeline, and the
result is what a full read gives. A facet change masks the arrays held, with the spans' order
made on the worker: drawn as a full read with the filters is."""

from __future__ import annotations

import numpy as np
import pytest

from ally_explorer.core.timeline import arrays_from_rows, pack_tracks
from ally_explorer.ui.state import Changes


@pytest.fixture
def big_window(window, monkeypatch, qtbot):
    import ally_explorer.ui.timeline_feed as feed

    monkeypatch.setattr(feed, "TIMELINE_LATER_ABOVE", 10)  # read on the worker, as at 100k
    window.reload()
    window.finish_loading()
    return window


def _rows(arrays, offsets) -> list[tuple]:
    return sorted(zip(arrays.event_id.tolist(), arrays.lane.tolist(), arrays.start.tolist(),
                      arrays.end.tolist(), arrays.importance.tolist(), np.round(np.asarray(offsets, dtype=np.float64), 6).tolist()))  # float32 or 64


def _full_read(window) -> list[tuple]:
    a = arrays_from_rows(window.store.timeline_rows(window.filters), window.timeline.lanes)
    return _rows(a, pack_tracks(a))


def _shown(window) -> list[tuple]:
    tl = window.timeline
    return _rows(tl.arrays, tl.y - tl.arrays.lane)


def test_an_edit_patches_the_timeline_without_reading_it_again(big_window):
    window = big_window
    event = window.store.events(country_id="PRK")[0]
    change = window.store.update_event(event.id, countries=["PRK", "IRN"], date_label="2018-2022", importance=3)
    window.state.announce(Changes.from_changeset(change, initiator="test"))
    assert not window.is_loading()  # no read of the whole timeline sent to the worker
    assert _shown(window) == _full_read(window)
    assert float(window.timeline.lanes.index("IRN")) in window.timeline.arrays.lane[
        window.timeline.arrays.event_id == event.id].tolist()


def test_a_deleted_event_leaves_the_timeline_at_once(big_window):
    window = big_window
    event = window.store.events(country_id="PRK")[0]
    change = window.store.delete_event(event.id)
    window.state.announce(Changes.from_changeset(change, initiator="test"))
    assert not window.is_loading()
    assert event.id not in window.timeline.arrays.event_id.tolist()
    assert _shown(window) == _full_read(window)


def _drawing(tl) -> dict:
    """What the timeline draws, by event rather than by row: each marker item's points, the date
    spans, the lanes and the labels placed for the current view."""
    tl._update_labels()
    ids = tl.arrays.event_id
    markers = sorted((int(ids[int(row)]), float(x), round(float(y), 6), float(size), str(symbol), brush.color().name())
                     for item in tl.markers.items
                     for row, x, y, size, symbol, brush in zip(item.data["data"], item.data["x"], item.data["y"],
                                                               item.data["size"], item.data["symbol"], item.data["brush"]))
    y, x0 = tl.spans._y, tl.spans._x0
    # in the order the spans item merges them in: by height, then start
    assert np.all((y[1:] > y[:-1]) | ((y[1:] == y[:-1]) & (x0[1:] >= x0[:-1])))
    spans = sorted(zip(x0.tolist(), tl.spans._x1.tolist(), np.round(y, 6).tolist(), tl.spans._g.tolist()))
    labels = sorted((int(ids[p.row]), p.left, p.whole) for p in tl.placed_labels)
    return {"lanes": list(zip(tl.lanes, tl.lane_names)), "markers": markers, "spans": spans,
            "labels": labels, "shown": sorted(tl.shown_labels())}


def _drawn_after_a_full_read(window) -> dict:
    from ally_explorer.core.filters import Filters

    tl = window.timeline
    x_range, y_range = tl.view.viewRange()
    a = arrays_from_rows(window.store.timeline_rows(window.filters), tl.lanes)
    bands = window.store.alignments(filters=Filters(confirmed_only=window.filters.confirmed_only))
    tl.set_data(list(zip(tl.lanes, tl.lane_names)), None, bands, arrays=a, titles=window.store.event_titles,
                event_of=window.store.event)
    tl.view.setRange(xRange=x_range, yRange=y_range, padding=0)
    tl._set_markers()  # sized for the view restored (a marker is never taller than its lane), as before the read
    return _drawing(tl)


@pytest.mark.parametrize("fields", [
    {"importance": 1},  # the rows stay where they are: only the marker items it is in are set again
    {"date_label": "2017-2021", "title": "A new title for the timeline"},  # a vague date: the spans too
    {"countries": ["PRK", "IRN"]},  # another lane: the rows move
])
def test_an_edit_patched_in_the_window_draws_what_a_full_read_draws(big_window, fields):
    window = big_window
    tl = window.timeline
    event = max(window.store.events(country_id="PRK"), key=lambda e: e.importance)
    tl.center_on_event(event.id)
    before = _drawing(tl)
    change = window.store.update_event(event.id, **fields)
    window.state.announce(Changes.from_changeset(change, initiator="test"))
    assert not window.is_loading()
    patched = _drawing(tl)
    assert patched != before  # the edit shows
    assert patched == _drawn_after_a_full_read(window)


@pytest.mark.parametrize("where", ["worker", "window"])
def test_facet_changes_draw_what_a_full_read_with_the_filters_draws(big_window, qtbot, monkeypatch, where):
    import ally_explorer.ui.timeline_feed as feed
    from ally_explorer.core.filters import Filters

    if where == "window":  # as at a million events: the filtered rows' lookups and spans made where drawn
        monkeypatch.setattr(feed, "DRAWN_WHERE_SHOWN_ABOVE", 0)
    window = big_window
    tl = window.timeline
    tl.center_on_event(max(window.store.events(country_id="PRK"), key=lambda e: e.importance).id)
    read = []
    for filters in (Filters(categories=frozenset({"military"})), Filters(), Filters(confirmed_only=True),
                    Filters(countries=frozenset({"PRK", "IRN"}), date_from="2015-01-01"), Filters()):
        window.state.set_filters(filters)
        qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
        assert window.timeline_feed._base is not None  # masked, not read again
        drawn = _drawing(tl)
        assert drawn["spans"] or drawn["markers"]
        assert drawn == _drawn_after_a_full_read(window), filters.describe()
        read.append(len(tl.arrays))
    assert read[1] == read[4] > max(read[0], read[2], read[3])

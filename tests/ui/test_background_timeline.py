"""Big datasets: the timeline is read on a worker thread while the window keeps answering.

The bundled dataset is small, so these tests lower the size above which that happens.
"""

from __future__ import annotations

from concurrent.futures import CancelledError

import numpy as np
import pytest

from ally_explorer.core.filters import Filters
from ally_explorer.core.timeline import arrays_from_rows


@pytest.fixture
def big_window(window, monkeypatch):
    """The usual window, treated as a big dataset from its next read on."""
    import ally_explorer.ui.timeline_feed as feed

    monkeypatch.setattr(feed, "TIMELINE_LATER_ABOVE", 10)
    window.reload()
    return window


def _read_directly(window) -> list[tuple[int, float]]:
    lanes = [cid for cid, _ in window.timeline_feed._lanes if not window.filters.countries or cid in window.filters.countries]
    a = arrays_from_rows(window.store.timeline_rows(window.filters), lanes)
    return sorted(zip(a.event_id.tolist(), a.lane.tolist()))


def _drawn(window) -> list[tuple[int, float]]:
    a = window.timeline.arrays
    return sorted(zip(a.event_id.tolist(), a.lane.tolist()))


def test_the_first_paint_comes_first_then_the_timeline_arrives_from_the_worker(big_window, qtbot):
    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    assert _drawn(big_window) == _read_directly(big_window)
    assert not big_window.timeline.loading_label.isVisible()
    # what the worker prepared is what the drawing uses: tracks, ranks, the lane index
    a = big_window.timeline.arrays
    assert "rank" in a.__dict__ and "_lane_index" in a.__dict__
    assert np.allclose(big_window.timeline.y - a.lane, np.round((big_window.timeline.y - a.lane) / 0.17) * 0.17)


def test_quick_filter_changes_end_with_the_last_filters_drawn(big_window, qtbot):
    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    everything = len(big_window.timeline.arrays)
    big_window.set_filters(Filters(categories=frozenset({"military"})))
    assert big_window.is_loading()  # reading in the background: the window answers meanwhile
    assert big_window.timeline.loading_label.isVisible()
    big_window.set_filters(Filters(confirmed_only=True))
    big_window.set_filters(Filters(countries=frozenset({"PRK"})))
    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    assert _drawn(big_window) == _read_directly(big_window)
    assert 0 < len(big_window.timeline.arrays) < everything
    assert big_window.timeline.lanes == ["PRK"]


def test_finish_loading_waits_for_the_worker_and_an_edit_reads_again(big_window, qtbot):
    big_window.finish_loading()
    assert not big_window.is_loading() and _drawn(big_window) == _read_directly(big_window)
    event = big_window.store.events(country_id="PRK")[0]
    big_window.store.update_event(event.id, countries=["PRK", "IRN"])
    big_window.refresh()
    big_window.finish_loading()
    assert (event.id, float(big_window.timeline.lanes.index("IRN"))) in _drawn(big_window)


def test_a_closed_window_ignores_a_read_still_running(big_window, qtbot):
    big_window.finish_loading()
    before = _drawn(big_window)
    big_window.set_filters(Filters(confirmed_only=True))
    generation, future, *_ = big_window.timeline_feed.pending
    big_window.close()
    try:
        future.result()
    except CancelledError:  # closed before the worker started it
        pass
    big_window.timeline_feed._on_read_done(generation)  # what the queued signal would do now
    assert big_window.timeline_feed.pending is None and _drawn(big_window) == before


def test_a_facet_change_filters_the_arrays_held_without_reading_the_database(big_window, qtbot, monkeypatch):
    import ally_explorer.ui.timeline_feed as feed

    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    everything = big_window.timeline.arrays
    reads = []
    real = feed.read_timeline
    monkeypatch.setattr(feed, "read_timeline", lambda *a, **k: reads.append(a[1]) or real(*a, **k))
    for filters in (Filters(categories=frozenset({"military"})), Filters(confirmed_only=True),
                    Filters(countries=frozenset({"PRK", "IRN"}), date_from="2020-01-01"),
                    Filters(attributions=frozenset({""}), confirmed_only=True)):  # who says so: ids read
        big_window.set_filters(filters)
        qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
        assert _drawn(big_window) == _read_directly(big_window)
    assert reads == []
    big_window.set_filters(Filters())
    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    assert big_window.timeline.arrays is everything  # back to the arrays held, not a copy


def test_after_an_edit_under_a_filter_clearing_it_shows_the_edit(big_window, qtbot):
    from ally_explorer.ui.state import Changes

    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    big_window.set_filters(Filters(categories=frozenset({"military"})))
    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    event = next(e for e in big_window.store.events(country_id="PRK") if e.category != "military")
    change = big_window.store.update_event(event.id, countries=["PRK", "SYR"])  # not shown under the filter
    big_window.state.announce(Changes.from_changeset(change, initiator="test"))
    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    big_window.set_filters(Filters())
    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    assert _drawn(big_window) == _read_directly(big_window)
    lanes = big_window.timeline.arrays.lane[big_window.timeline.arrays.event_id == event.id]
    assert float(big_window.timeline.lanes.index("SYR")) in lanes.tolist()


def test_a_filtered_read_leaves_the_cache_of_the_unfiltered_timeline_for_the_next_start(big_window, qtbot):
    from ally_explorer.db import timeline_cache

    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    cache = timeline_cache.cache_file_for(big_window.store.path, readonly=big_window.store.readonly)
    assert cache.exists()
    from ally_explorer.ui.state import Changes

    big_window.set_filters(Filters(categories=frozenset({"military"})))
    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    event = big_window.store.events(country_id="PRK")[0]
    change = big_window.store.update_event(event.id, importance=1 + event.importance % 3)
    big_window.state.announce(Changes.from_changeset(change, initiator="test"))  # the arrays held are dropped
    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    before = cache.read_bytes()
    big_window.set_filters(Filters(attributions=frozenset({""}), confirmed_only=True))  # read from the database
    qtbot.waitUntil(lambda: not big_window.is_loading(), timeout=10_000)
    assert _drawn(big_window) == _read_directly(big_window)
    assert cache.read_bytes() == before

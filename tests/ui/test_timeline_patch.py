"""One edit updates the timeline's arrays in place: no read of the whole timeline, and the
result is what a full read gives."""

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
                      arrays.end.tolist(), arrays.importance.tolist(), np.round(offsets, 6).tolist()))


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

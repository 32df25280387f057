"""A country switch that scrolls the timeline to the chosen lane prepares the markers of the
lanes in view only; what is drawn in view is what a full preparation of the same view draws."""

from __future__ import annotations

import pytest

import ally_explorer.ui.widgets.timeline as timeline_module


def _in_view(tl) -> list[tuple]:
    """The markers drawn in the view: event, x, height, size, symbol."""
    (x0, x1), (y0, y1) = tl.view.viewRange()
    ids = tl.arrays.event_id
    return sorted((int(ids[int(row)]), float(x), round(float(y), 6), float(size), str(symbol))
                  for item in tl.markers.items
                  for row, x, y, size, symbol in zip(item.data["data"], item.data["x"], item.data["y"],
                                                     item.data["size"], item.data["symbol"])
                  if x0 <= x <= x1 and y0 - 0.5 <= y <= y1 + 0.5)


@pytest.fixture
def thinned(window, monkeypatch):
    """The test database's timeline with a marker budget small enough to thin it, as at 100k."""
    monkeypatch.setattr(timeline_module, "MARKER_BUDGET", 25)
    window.finish_loading()
    window.resize(1100, 620)  # fewer lanes than countries fit: a switch scrolls
    tl = window.timeline
    tl.fit_all()
    tl._set_markers()
    assert len(tl.lanes) > tl.lanes_fitting()
    return window


def _far_country(tl) -> str:
    (_, _), (y0, y1) = tl.view.viewRange()
    return next(c for i, c in enumerate(tl.lanes) if not y0 - 2 <= i <= y1 + 2)


def test_a_switch_to_a_lane_out_of_view_draws_what_a_full_preparation_draws(thinned, qtbot):
    tl = thinned.timeline
    country = _far_country(tl)
    thinned.state.select_country(country)
    (_, _), (y0, y1) = tl.view.viewRange()
    assert y0 <= tl.lane_of(country) <= y1  # scrolled to it
    after_switch = _in_view(tl)
    given = tl.shown_markers
    tl._set_markers()  # prepared from scratch for the same view
    assert after_switch and after_switch == _in_view(tl)
    assert given <= tl.shown_markers  # (only the lanes in view were given on the switch)


def test_scrolling_after_a_switch_prepares_the_lanes_it_brings_in(thinned, qtbot):
    tl = thinned.timeline
    thinned.state.select_country(_far_country(tl))
    (_, _), (y0, y1) = tl.view.viewRange()
    step = -2.0 if y0 > 3 else 2.0
    tl.view.setYRange(y0 + step, y1 + step, padding=0)
    scrolled = _in_view(tl)
    tl._set_markers()
    assert scrolled and scrolled == _in_view(tl)


def _labels(tl) -> list[tuple]:
    """The labels shown, in the order placed: text, tooltip and where (view coordinates)."""
    return [(item.toPlainText(), item.toolTip(), round(item.pos().x(), 3), round(item.pos().y(), 6))
            for item in tl.labels if item.isVisible()]


def test_labels_after_switches_are_those_a_fresh_placement_shows(window, qtbot):
    """After each switch (the lane scrolled to, the markers given for the lanes in view), the
    labels shown, their tooltips and places are exactly what placing them from nothing shows."""
    window.finish_loading()
    window.resize(1100, 620)
    tl = window.timeline
    for country in ("RUS", "BLR", "CHN", "RUS"):
        window.state.select_country(country)
        shown = _labels(tl)
        assert shown
        for item in tl.labels:
            item.setText("")
            item.hide()
        tl._update_labels()  # from nothing: every item laid out again
        assert _labels(tl) == shown

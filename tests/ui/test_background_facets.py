"""Big datasets count the facets on a worker thread: a filter change repaints at once and the
counts that arrive are those of the filters shown, however quickly they changed."""

from __future__ import annotations

import pytest

from ally_explorer.core.filters import Filters
from ally_explorer.db import facets


@pytest.fixture
def big_window(window, monkeypatch):
    import ally_explorer.ui.filter_status as filter_status

    monkeypatch.setattr(filter_status, "COUNT_IN_BACKGROUND_ABOVE", 10)
    window.finish_loading()
    return window


def _panel_counts(window) -> dict[str, dict[str, str]]:
    tree = window.facet_panel.tree
    out = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        out[group.text(0)] = {group.child(j).text(0): group.child(j).text(1) for j in range(group.childCount())}
    return out


def test_a_filter_change_is_counted_in_the_background_and_shown(big_window, qtbot):
    window = big_window
    window.state.set_filters(Filters(categories=frozenset({"military"})))
    assert window.filter_status.pending is not None  # counting on the worker; the window answers
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    expected = facets.facet_counts(window.store, window.state.filters)
    assert window.filter_status._passing == expected["total"]
    assert f"{expected['total']['events']} of" in window.counts_label.text()


def test_quick_changes_end_with_the_counts_of_the_last_filters(big_window, qtbot):
    window = big_window
    for f in (Filters(confirmed_only=True), Filters(categories=frozenset({"economic"})),
              Filters(countries=frozenset({"PRK"}))):
        window.state.set_filters(f)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    shown = _panel_counts(window)
    window.filter_status.pending = None
    facets_now = facets.facet_counts(window.store, window.state.filters)
    window.filter_status._show_counts(facets_now)  # what counting here, on the GUI thread, shows
    assert _panel_counts(window) == shown
    assert window.filter_status._passing == facets_now["total"]

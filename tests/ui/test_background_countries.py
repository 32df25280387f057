"""Big datasets list the countries passing the facet filters on a worker thread: a filter
change repaints at once, and the list that arrives is that of the filters shown."""

from __future__ import annotations

import pytest

from ally_explorer.core.filters import Filters


@pytest.fixture
def big_window(window, monkeypatch):
    import ally_explorer.ui.country_counts as country_counts

    monkeypatch.setattr(country_counts, "COUNT_IN_BACKGROUND_ABOVE", 10)
    window.finish_loading()
    return window


def _listed(window) -> list[tuple[str, int]]:
    return sorted((c.id, c.event_count) for c in window.country_panel.model.countries())


def _expected(window) -> list[tuple[str, int]]:
    state = window.state
    return sorted((c.id, c.event_count) for c in window.store.countries(as_of=state.as_of, filters=state.filters))


def test_a_filter_change_lists_the_countries_in_the_background(big_window, qtbot, monkeypatch):
    import threading

    import ally_explorer.ui.country_counts as country_counts

    window = big_window
    everything = _listed(window)
    threads = []
    real = country_counts.list_countries
    monkeypatch.setattr(country_counts, "list_countries",
                        lambda *a: threads.append(threading.current_thread()) or real(*a))
    window.state.set_filters(Filters(categories=frozenset({"military"})))
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    assert _listed(window) == _expected(window) != everything
    assert threads and threads[0] is not threading.main_thread()  # the window answered meanwhile
    assert f"{len(_listed(window))} of" in window.counts_label.text()


def test_quick_changes_end_with_the_list_of_the_last_filters(big_window, qtbot):
    window = big_window
    for f in (Filters(confirmed_only=True), Filters(categories=frozenset({"economic"})),
              Filters(countries=frozenset({"PRK"})), Filters(attributions=frozenset({""}))):
        window.state.set_filters(f)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    assert _listed(window) == _expected(window)
    window.state.set_filters(Filters(categories=frozenset({"economic"})))
    window.state.set_filters(Filters())  # no filters: listed at once, the pending list dropped
    assert not window.country_panel.is_busy()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    assert _listed(window) == _expected(window)


def test_finish_loading_waits_for_the_list(big_window):
    window = big_window
    window.state.set_filters(Filters(confirmed_only=True))
    window.finish_loading()
    assert not window.country_panel.is_busy()
    assert _listed(window) == _expected(window)

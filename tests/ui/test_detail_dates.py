"""Dates in the detail pane: never more precise than their label, never past the newest source unsaid."""

from __future__ import annotations

from ally_explorer.ui.widgets.detail_html import render_country, window_text


def _page(store, country, today="2026-12-01"):
    detail = store.country_detail(country)
    current = store.stances_as_of(today).get(country)
    return render_country(detail, current=current, today=today)


def test_the_header_gives_the_stance_start_at_its_labels_precision(store):
    page = _page(store, "IND")
    assert "since 2022" in page and "Jan 2022" not in page
    assert "since June 2024" in _page(store, "PRK")


def test_the_stance_strip_marks_the_time_after_the_newest_source(store):
    assert "no newer source" in _page(store, "IND", today="2026-12-01")
    assert "no newer source" not in _page(store, "IND", today="2025-09-10")  # too short to mark


def test_an_undated_entry_shows_no_window_of_its_own():
    assert window_text("2025-09-01", "2025-09-01", "undated") == "no date in the source; true by 1 Sep 2025"
    assert window_text("2022-01-01", "2025-09-01", "Since 2022") == "2022 – 1 Sep 2025"


def test_the_slider_says_when_it_is_past_the_newest_source(window):
    bar = window.as_of_bar
    assert bar.source_horizon == "2025-09-01"
    bar.set_date("2026-06-01", emit=True)
    assert bar.horizon_label.isVisibleTo(window) and bar.horizon_label.text() == "no newer source"
    assert "1 Sep 2025" in bar.horizon_label.toolTip()
    bar.set_date("2025-01-01", emit=True)
    assert not bar.horizon_label.isVisibleTo(window)


def test_stance_bands_past_the_newest_source_are_drawn_apart(window):
    from ally_explorer.core.timeline import day_seconds

    timeline = window.timeline
    horizon = day_seconds("2025-09-02")
    assert timeline.source_horizon == horizon and timeline.source_line.isVisible()
    assert timeline.unsourced.count == 9  # each ally's current stance, once
    assert float(timeline.unsourced._x0.min()) == horizon
    assert float(timeline.bands._x1.max()) <= horizon  # no solid stance colour after the source


def test_an_undated_event_is_labelled_undated_on_the_timeline(window):
    energy = next(e for e in window.store.events(country_id="TUR") if e.date_label == "undated")
    assert window.store.event_titles([energy.id]) == {energy.id: f"{energy.title} (undated)"}
    assert window.timeline.title_of(energy.id).endswith("(undated)")

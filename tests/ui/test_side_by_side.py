"""View ▸ Side by Side: two countries' stances, events, key figures and UN votes in parallel."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QUrl

from ally_explorer.db import unvotes
from ally_explorer.ui.shortcuts_help import action_rows
from ally_explorer.ui.side_by_side import SHORTCUT


def _open(window, qtbot, first: str | None = None, second: str | None = None):
    view = window.side_by_side.view
    qtbot.addWidget(view)  # closed with the test
    window.act_side_by_side.trigger()
    qtbot.waitExposed(view)
    if first:
        view.set_pair(first, second)
    return view


def test_view_side_by_side_opens_india_and_china_with_both_lanes(window, qtbot):
    view = _open(window, qtbot)
    assert view.isVisible() and view.pair == ("IND", "CHN")
    assert [p.currentText() for p in view.pickers] == ["India", "China"]
    assert view.timeline.lanes == ["IND", "CHN"] and view.timeline.lane_names == ["India", "China"]
    store = window.store
    india, china = (store.events(country_id=c) for c in ("IND", "CHN"))
    shown = {int(i) for i in view.timeline.arrays.event_id}
    assert shown == {e.id for e in india} | {e.id for e in china}
    left, right = (c.toPlainText() for c in view.columns)
    assert left.startswith("India") and right.startswith("China")
    for text, events in ((left, india), (right, china)):
        assert f"Events ({len(events)})" in text
        for event in events:
            assert event.title in text
    # the stance periods, their hedges and the key figures, each in its own column
    assert "Partner" in left and "Since 2022 (ongoing)" in left and "No key figures recorded." in left
    assert "after Russia’s invasion of Ukraine (ongoing)" in right
    assert "China-Russia bilateral trade" in right and "more than $200 billion" in right
    assert "according to Unnamed reports" in right
    assert "India and China side by side" in view.windowTitle()


def test_the_un_line_is_the_pairs_agreement_and_the_title_gives_the_latest_full_year(window, qtbot):
    view = _open(window, qtbot)
    assert view.series == unvotes.pair_agreement_series(window.store, "IND", "CHN")
    assert view.agreement_plot.isVisible()
    title = view.agreement_title.text()
    assert "How often India and China vote alike at the UN" in title
    assert "82% of 88 roll calls in 2019" in title


def test_belarus_and_russia_shows_the_with_russia_figures_and_the_ussr_note(window, qtbot):
    view = _open(window, qtbot, "BLR", "RUS")
    assert view.series == unvotes.agreement_series(window.store, "BLR")
    assert "Soviet Union" in view.agreement_note.text()
    left, right = (c.toPlainText() for c in view.columns)
    assert "Ally" in left and "Since 1999 (ongoing)" in left
    assert "Alignment with Russia over time" not in right  # Russia is the reference
    assert "Union State agreement unites Belarus and Russia" in left and "Union State agreement" in right


def test_choosing_in_the_pickers_and_swapping(window, qtbot):
    view = _open(window, qtbot)
    right = view.pickers[1]
    right.setCurrentIndex(right.findData("PRK"))
    right.activated.emit(right.currentIndex())
    assert view.pair == ("IND", "PRK") and view.timeline.lane_names == ["India", "North Korea"]
    left = view.pickers[0]
    left.setCurrentIndex(left.findData("PRK"))  # the other side's country: they change places
    left.activated.emit(left.currentIndex())
    assert view.pair == ("PRK", "IND")
    view.swap_button.click()
    assert view.pair == ("IND", "PRK") and view.columns[0].toPlainText().startswith("India")


def test_the_selected_country_comes_first_and_a_click_on_an_event_selects_it(window, qtbot):
    window.select_country("HUN")
    view = _open(window, qtbot)
    assert view.pair[0] == "HUN"
    event = window.store.events(country_id="HUN")[0]
    view.columns[0].anchorClicked.emit(QUrl(f"event:{event.id}"))
    assert window.current_event == event.id


def test_it_follows_the_filters_and_the_as_of_day(window, qtbot):
    view = _open(window, qtbot, "SVK", "CHN")
    everything = len(view.timeline.arrays)
    window.set_filters(replace(window.filters, confirmed_only=True))
    confirmed = window.store.events(country_id="CHN", filters=window.filters)
    assert len(view.timeline.arrays) < everything  # China's reported and claimed events are gone
    assert f"Events ({len(confirmed)})" in view.columns[1].toPlainText()
    assert "Chinese nationals in Russia's army" not in view.columns[1].toPlainText()  # a reported figure
    window.set_as_of("2023-01-01")
    assert "Supports Ukraine" in view.columns[0].toPlainText().split("Alignment")[0]
    assert view.timeline.cursor_stances() == {"SVK": "opposed", "CHN": "partner"}


def test_the_shortcut_is_listed_in_keyboard_shortcuts(window):
    assert window.act_side_by_side.shortcut().toString() == SHORTCUT
    assert any(name.startswith("Side by Side") and keys == "Ctrl+Shift+B" for name, keys in action_rows(window))
    assert window.act_side_by_side in window.view_menu.actions()


def test_a_database_without_two_countries_says_there_is_nothing_to_compare(window, qtbot, empty_store):
    view = _open(window, qtbot)
    original = window.store
    window.state.set_store(empty_store)
    try:
        assert "fewer than two countries" in view.agreement_title.text()
        assert view.columns[0].toPlainText() == "" and len(view.timeline.arrays) == 0
        window.set_as_of("2020-01-01")  # nothing to follow, nothing breaks
    finally:
        window.state.set_store(original)
    assert view.pair == ("IND", "CHN") and "India" in view.columns[0].toPlainText()

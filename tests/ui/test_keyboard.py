"""The keyboard: the timeline and the detail pane are one Tab stop each; Help lists every key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_the_timeline_takes_focus_and_pans_with_shift_arrows_zooms_and_fits_from_the_keyboard(window, qtbot):
    window.finish_loading()
    plot = window.timeline.plot
    plot.setFocus()
    qtbot.waitUntil(plot.hasFocus)
    (x0, x1), _ = window.timeline.view.viewRange()
    qtbot.keyClick(plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    (a0, a1), _ = window.timeline.view.viewRange()
    assert a0 > x0 and abs((a1 - a0) - (x1 - x0)) < 1  # panned, not zoomed
    assert window.current_event is None  # panning selects nothing
    qtbot.keyClick(plot, Qt.Key.Key_Plus)
    (b0, b1), _ = window.timeline.view.viewRange()
    assert b1 - b0 < a1 - a0
    qtbot.keyClick(plot, Qt.Key.Key_Minus)
    qtbot.keyClick(plot, Qt.Key.Key_Minus)
    (c0, c1), _ = window.timeline.view.viewRange()
    assert c1 - c0 > a1 - a0
    qtbot.keyClick(plot, Qt.Key.Key_Home)
    lo, hi = window.timeline._time_extent()
    (d0, d1), _ = window.timeline.view.viewRange()
    assert d0 <= lo and d1 >= hi


def test_enter_on_the_timeline_selects_the_middle_event_then_opens_it(window, qtbot, monkeypatch):
    window.finish_loading()
    opened = []
    monkeypatch.setattr(window.editing, "edit", lambda kind, item_id: opened.append((kind, item_id)))
    plot = window.timeline.plot
    plot.setFocus()
    assert window.current_event is None
    qtbot.keyClick(plot, Qt.Key.Key_Return)
    assert window.current_event is not None
    qtbot.keyClick(plot, Qt.Key.Key_Return)
    assert opened == [("event", window.current_event)]


def test_tab_leaves_the_timeline_and_the_detail_pane_in_one_press(window, qtbot):
    window.select_country("USA")
    window.detail.setFocus()
    qtbot.waitUntil(window.detail.hasFocus)
    qtbot.keyClick(window.detail, Qt.Key.Key_Tab)
    assert not window.detail.hasFocus()  # not the first of its 35 links
    window.timeline.plot.setFocus()
    qtbot.waitUntil(window.timeline.plot.hasFocus)
    qtbot.keyClick(window.timeline.plot, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not window.timeline.plot and not window.timeline.isAncestorOf(focused)


def test_the_agreement_chart_made_at_a_country_switch_is_the_tab_stop_after_the_detail_pane(window, qtbot):
    chart = window.map_tab.chart
    assert chart._plot is None  # no country yet: only the chart's message, no plot to reach
    window.select_country("BLR")  # a country with UN votes: the plot is made now
    window.detail.setFocus()
    qtbot.waitUntil(window.detail.hasFocus)
    qtbot.keyClick(window.detail, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chart.plot
    window.select_country("USA")  # a switch that makes no control keeps the order
    window.detail.setFocus()
    qtbot.waitUntil(window.detail.hasFocus)
    qtbot.keyClick(window.detail, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chart.plot


def test_arrow_keys_walk_the_detail_pane_links(window, qtbot):
    window.select_country("USA")
    pane = window.detail
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Right)
    first = pane.textCursor().selectedText()
    assert first and pane.textCursor().charFormat().isAnchor()
    qtbot.keyClick(pane, Qt.Key.Key_Right)
    second = pane.textCursor().selectionStart()
    qtbot.keyClick(pane, Qt.Key.Key_Left)
    assert pane.textCursor().selectionStart() < second
    assert pane.hasFocus()


def test_keyboard_shortcuts_lists_every_action_with_keys(window, qtbot):
    from ally_explorer.ui.shortcuts_help import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Present"] == "F5"
    assert rows["Filters Panel"] == "Ctrl+Shift+L"
    assert rows["Black Screen"] == "B"
    assert "Keyboard Shortcuts" in rows
    assert any(name.startswith("Timeline") for name in rows)
    assert rows["Timeline: the date filter starts or ends at the selected event"] == "[, ]"
    assert rows["Agreement chart: previous or next year"].startswith("Left, Right")
    assert any(name.startswith("Filters panel") for name in rows)
    assert window.act_shortcuts in window.findChildren(type(window.act_shortcuts))


# -- the timeline's labels, range and axis (here with the other timeline views) ----------------


def test_zoomed_in_labels_show_whole_titles_and_elided_ones_keep_the_title_in_the_tooltip(window, qtbot):
    window.finish_loading()
    tl = window.timeline
    tl.zoom_to_country("SVK")
    QApplication.processEvents()
    titles = {e.title for e in window.store.events()}
    shown = [item for item in tl.labels if item.isVisible()]
    assert shown
    for item in shown:
        text, tip = item.toPlainText(), item.toolTip()
        assert tip in titles or tip.endswith("(undated)")
        assert text == tip or (text.endswith("…") and tip.startswith(text[:-1]))
    assert any(item.toPlainText() == item.toolTip() and len(item.toolTip()) > 38 for item in shown)  # no fixed cut


def test_the_default_range_is_the_data_and_a_margin_never_years_of_empty_future(window, qtbot):
    window.finish_loading()
    tl = window.timeline
    lo, hi = tl._time_extent()
    tl.fit_all()
    (x0, x1), _ = tl.view.viewRange()
    assert x0 <= lo and x1 >= hi
    assert (x1 - hi) < 0.1 * (hi - lo) and (lo - x0) < 0.1 * (hi - lo)
    tl.view.scaleBy(x=4)  # zooming out stops at the same extent
    (z0, z1), _ = tl.view.viewRange()
    assert z1 - z0 <= (x1 - x0) * 1.001


def test_zoomed_to_months_the_axis_still_says_the_year(window, qtbot):
    from ally_explorer.core.timeline import DAY, day_seconds

    window.finish_loading()
    tl = window.timeline
    start = day_seconds("2024-03-01")
    tl.view.setXRange(start, start + 120 * DAY, padding=0)
    QApplication.processEvents()
    strings = [text for level in tl.axis.tickValues(start, start + 120 * DAY, tl.axis.width())
               for text in tl.axis.tickStrings(level[1], 1, level[0])]
    assert any("2024" in text for text in strings)


# -- walking between events on the plot ---------------------------------------------------------


def test_right_and_left_walk_the_events_in_date_order_and_keep_them_in_view(window, qtbot):
    window.finish_loading()
    tl = window.timeline
    plot = tl.plot
    plot.setFocus()
    qtbot.waitUntil(plot.hasFocus)
    qtbot.keyClick(plot, Qt.Key.Key_Return)  # the event in the middle
    first = window.current_event
    assert first is not None
    visited, mids = [first], [float(tl.arrays.mid[tl._current_row()])]
    for _ in range(6):
        qtbot.keyClick(plot, Qt.Key.Key_Right)
        visited.append(window.current_event)
        (x0, x1), _ = tl.view.viewRange()
        mids.append(float(tl.arrays.mid[tl._current_row()]))
        assert x0 <= mids[-1] <= x1  # followed: the selection stays in view
    assert len(set(visited)) == len(visited)  # one new event each press
    assert mids == sorted(mids)  # in date order
    for _ in range(6):
        qtbot.keyClick(plot, Qt.Key.Key_Left)
    assert window.current_event == first


def test_down_moves_to_the_nearest_event_in_the_lane_below_and_enter_opens_it(window, qtbot, monkeypatch):
    window.finish_loading()
    opened = []
    monkeypatch.setattr(window.editing, "edit", lambda kind, item_id: opened.append((kind, item_id)))
    tl = window.timeline
    plot = tl.plot
    plot.setFocus()
    qtbot.keyClick(plot, Qt.Key.Key_Return)
    lane = int(tl.arrays.lane[tl._current_row()])
    qtbot.keyClick(plot, Qt.Key.Key_Down)
    below = int(tl.arrays.lane[tl._current_row()])
    assert below > lane
    assert window.current_country == tl.lanes[below]  # the lane's country is selected with it
    qtbot.keyClick(plot, Qt.Key.Key_Up)
    assert int(tl.arrays.lane[tl._current_row()]) < below
    qtbot.keyClick(plot, Qt.Key.Key_Return)
    assert opened == [("event", window.current_event)]


def test_the_focused_plot_draws_a_frame_and_says_the_event_it_walks_to(window, qtbot):
    from ally_explorer.ui.announce import announcer

    window.finish_loading()
    tl = window.timeline
    assert not tl.focus_frame.isVisible()
    tl.plot.setFocus()
    qtbot.waitUntil(tl.focus_frame.isVisible)
    assert tl.focus_frame.geometry() == tl.plot.rect()
    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClick(tl.plot, Qt.Key.Key_Return)
    event = window.store.event(window.current_event)
    assert said.args[0].startswith(event.title) and event.date_label in said.args[0]
    assert tl.plot.accessibleName().startswith("Timeline") and event.title in tl.plot.accessibleName()
    window.search_box.setFocus()
    qtbot.waitUntil(lambda: not tl.focus_frame.isVisible())


# -- presenting keys leave focused controls their own keys --------------------------------------


def test_presenting_space_on_the_focused_previous_button_goes_back(window, qtbot):
    window.select_country("SVK")
    window.presentation.enter()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    third = window.presentation.index
    button = window.caption.prev_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.presentation.index == third - 1  # the button pressed: back, not on
    window.timeline.plot.setFocus()
    qtbot.waitUntil(window.timeline.plot.hasFocus)
    qtbot.keyClick(window.timeline.plot, Qt.Key.Key_Space)
    assert window.presentation.index == third  # elsewhere Space steps on
    window.presentation.leave()


def test_presenting_left_on_the_focused_slider_moves_the_slider_not_the_story(window, qtbot):
    window.presentation.enter()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    step = window.presentation.index
    slider = window.as_of_bar.slider
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    value = slider.value()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert slider.value() < value
    assert window.presentation.index == step
    window.presentation.leave()
    assert window.presentation._keys is None  # the filter is only there while presenting


# -- the Tab order ----------------------------------------------------------------------------


def _tab_walk(window, qtbot, presses: int, key=Qt.Key.Key_Tab, modifier=Qt.KeyboardModifier.NoModifier) -> list:
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        seen.append(QApplication.focusWidget())
    return seen


@pytest.mark.parametrize("size, zoom", [((1366, 768), 1.0), ((1024, 768), 1.0), ((1366, 768), 2.0), ((1024, 768), 2.0)])
def test_every_main_area_is_within_eight_tab_presses_forward_from_the_start(window, qtbot, size, zoom):
    window.resize(*size)
    window.presentation.set_zoom(zoom, remember=False)  # at 2 the tab bar scrolls, the toolbar overflows
    window.finish_loading()
    window.select_country("BLR")  # a country with UN votes: its agreement chart is a stop too
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_box)  # the start: the search box, top left
    forward = _tab_walk(window, qtbot, 8)
    areas = {"country filter": window.country_filter, "list": window.country_view, "tabs": window.tabs.tabBar(),
             "detail pane": window.detail, "filters": window.facet_panel.tree, "timeline": window.timeline.plot}
    for name, widget in areas.items():
        assert widget in forward, name
    # in the screen's order: search, country filter, list, tabs, pane, filters, timeline
    order = [forward.index(widget) for widget in areas.values()]
    assert order == sorted(order)
    rest = _tab_walk(window, qtbot, 2)
    start = rest.index(window.search_box)  # round to the start, past the toolbar's "»" where it shows
    assert all(w.objectName() == "qt_toolbar_ext_button" for w in rest[:start])  # not the tab bar's arrows
    # the Events table, when its tab is in front: within eight presses as well
    window.tabs.setCurrentWidget(window.events_table)
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    forward = _tab_walk(window, qtbot, 8)
    assert window.events_table.view in forward and window.timeline.plot in forward
    assert forward.index(window.tabs.tabBar()) < forward.index(window.events_table.view)
    window.presentation.set_zoom(1.0, remember=False)


def test_the_filters_panel_is_one_tab_stop_and_the_arrows_walk_its_controls(window, qtbot):
    panel = window.facet_panel
    tree, slider = panel.tree, window.as_of_bar.slider
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    assert _tab_walk(window, qtbot, 1) == [slider]  # Tab leaves the panel at once
    assert _tab_walk(window, qtbot, 1, modifier=Qt.KeyboardModifier.ShiftModifier) == [tree]
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Up)  # above the tree's first row: Confirmed only
    assert QApplication.focusWidget() is panel.confirmed_only
    qtbot.keyClick(panel.confirmed_only, Qt.Key.Key_Space)
    assert window.filters.confirmed_only  # Space ticks it, as ever
    qtbot.keyClick(panel.confirmed_only, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is tree
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)
    tree.setCurrentItem(last.child(last.childCount() - 1))
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # below the last row: the dates
    assert QApplication.focusWidget() is panel.from_check
    qtbot.keyClick(panel.from_check, Qt.Key.Key_Right)  # its date is off: on to "To"
    assert QApplication.focusWidget() is panel.to_check
    qtbot.keyClick(panel.to_check, Qt.Key.Key_Left)
    qtbot.keyClick(panel.from_check, Qt.Key.Key_Space)
    assert window.filters.date_from is not None and panel.from_date.isEnabled()
    qtbot.keyClick(panel.from_check, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is panel.from_date
    qtbot.keyClick(panel.from_date, Qt.Key.Key_Up)  # Up and Down stay the date's: a step of its value
    assert QApplication.focusWidget() is panel.from_date
    # Tab walks the date's day, month and year, then leaves; the group is entered again at its box
    assert _tab_walk(window, qtbot, 3)[-1] is slider
    assert _tab_walk(window, qtbot, 1, modifier=Qt.KeyboardModifier.ShiftModifier) == [panel.from_check]
    qtbot.keyClick(panel.from_check, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is tree
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    qtbot.keyClick(panel.confirmed_only, Qt.Key.Key_Up)  # above Confirmed only: "Clear all"
    assert QApplication.focusWidget() is panel.clear_button
    qtbot.keyClick(panel.clear_button, Qt.Key.Key_Space)  # every filter off: the button it was left at is disabled
    assert not window.filters.active and not panel.clear_button.isEnabled()
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    assert _tab_walk(window, qtbot, 1, modifier=Qt.KeyboardModifier.ShiftModifier) == [tree]


def test_end_on_the_stances_slider_is_today_as_the_today_button(window, qtbot):
    from datetime import date

    slider = window.as_of_bar.slider
    assert not window.as_of_bar.today_button.focusPolicy() & Qt.FocusPolicy.TabFocus  # no stop of its own
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    assert window.as_of < "2000-01-01"
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert window.as_of == date.today().isoformat()


def test_tab_leaves_the_vote_tables_in_one_press(window, qtbot):
    window.select_country("BLR")
    window.tabs.setCurrentWidget(window.map_tab.un_panel)
    votes = window.map_tab.key_votes
    votes.table.setCurrentIndex(votes.table.model().index(0, 0))
    votes.table.activated.emit(votes.table.currentIndex())  # the roll call's votes fill the lower table
    qtbot.waitUntil(lambda: votes.votes_table.model().rowCount() > 0)
    for table in (votes.table, votes.votes_table):
        assert table.isVisible() and table.model().rowCount() > 1
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        table.setCurrentIndex(table.model().index(0, 0))
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert not table.hasFocus()


# -- labels while panning and zooming (from main) ------------------------------------------------


def _overlapping(rects) -> bool:
    return any(a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def _wheel(plot, notches: int) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    viewport = plot.viewport()
    local = QPointF(viewport.width() / 2, viewport.height() / 2)
    QApplication.sendEvent(viewport, QWheelEvent(
        local, QPointF(viewport.mapToGlobal(local.toPoint())), QPoint(0, 0), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    ))


def test_a_pan_moves_the_labels_with_the_view_and_places_them_again_once_it_pauses(window, qtbot):
    window.finish_loading()
    tl = window.timeline
    tl.fit_all()
    QApplication.processEvents()
    placed = tl.placed_labels
    assert placed
    (x0, x1), _ = tl.view.viewRange()
    for _ in range(3):  # three steps of a drag
        tl.view.translateBy(x=(x1 - x0) / 10)
        assert tl.placed_labels is placed and not _overlapping(tl.label_rects())
    qtbot.waitUntil(lambda: tl.placed_labels is not placed, timeout=3000)  # placed for the new view
    (v0, v1), _ = tl.view.viewRange()
    scale = tl.view.width() / (v1 - v0)
    assert all(v0 * scale - 1 <= p.left and p.right <= v1 * scale + 1 for p in tl.placed_labels)
    assert not _overlapping(tl.label_rects())


def test_the_wheel_defers_labels_inwards_but_places_them_at_once_outwards(window, qtbot):
    window.finish_loading()
    tl = window.timeline
    tl.zoom_to_country("SVK")
    QApplication.processEvents()
    placed = tl.placed_labels
    _wheel(tl.plot, 1)  # in: the gaps between the labels only grow
    assert tl.placed_labels is placed and not _overlapping(tl.label_rects())
    qtbot.waitUntil(lambda: tl.placed_labels is not placed, timeout=3000)
    placed = tl.placed_labels
    for _ in range(3):
        _wheel(tl.plot, -1)  # out, past the view the labels were placed for: placed at once
    assert tl.placed_labels is not placed and not _overlapping(tl.label_rects())


# -- the agreement chart's year cursor -----------------------------------------------------------


def test_the_agreement_chart_walks_its_years_from_the_keyboard_and_says_each(window, qtbot):
    from ally_explorer.ui.announce import announcer

    window.select_country("BLR")
    chart = window.map_tab.chart
    plot = chart.plot
    years = [p.year for p in chart.points]
    assert plot.isVisible() and len(years) > 10 and not chart.focus_frame.isVisible()
    plot.setFocus()
    qtbot.waitUntil(chart.focus_frame.isVisible)  # a frame you can see, as the timeline's
    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClick(plot, Qt.Key.Key_Home)
    assert chart.year == years[0]
    assert said.args[0].startswith(f"{years[0]}: voted as the USSR did on") and "roll calls" in said.args[0]
    assert chart.hovered_text.startswith(f"{years[0]}:")  # shown on the plot too
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    assert chart.year == years[1]
    qtbot.keyClick(plot, Qt.Key.Key_End)
    qtbot.keyClick(plot, Qt.Key.Key_Right)  # the last year: it stays
    assert chart.year == years[-1]
    qtbot.keyClick(plot, Qt.Key.Key_Left)
    assert chart.year == years[-2]
    assert plot.accessibleName().startswith("Agreement with Russia") and f"{years[-2]}:" in plot.accessibleName()
    # in step with its text twin, both ways
    table = window.map_tab.agreement_table.table
    assert table.item(table.currentRow(), 0).text() == str(years[-2])
    table.setCurrentCell(3, 0)
    assert chart.year == years[3] and chart.hovered_text.startswith(f"{years[3]}:")
    qtbot.keyClick(plot, Qt.Key.Key_Tab)  # and Tab leaves it
    assert not plot.hasFocus()
    window.select_country("HUN")  # another country: no year yet
    assert chart.year is None and chart.hovered_text is None


# -- the date band from the keyboard -------------------------------------------------------------


def test_brackets_on_the_timeline_start_and_end_the_date_band_at_events_and_backspace_removes_it(window, qtbot):
    from ally_explorer.ui.announce import announcer

    window.finish_loading()
    tl, panel = window.timeline, window.facet_panel
    plot = tl.plot
    plot.setFocus()
    qtbot.waitUntil(plot.hasFocus)
    qtbot.keyClick(plot, Qt.Key.Key_Return)  # the event in the middle
    first = window.store.event(window.current_event)
    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClicks(plot, "[")
    assert (window.filters.date_from, window.filters.date_to) == (first.date_start, None)
    assert said.args[0].startswith("Date filter: from")
    window.finish_loading()
    assert tl.brush.isVisible() and tl.brush_range()[0] == first.date_start  # the band, drawn from the filter
    assert panel.from_check.isChecked() and not panel.to_check.isChecked()  # the From box says the same
    for _ in range(3):
        qtbot.keyClick(plot, Qt.Key.Key_Right)
    later = window.store.event(window.current_event)
    assert later.date_end >= first.date_start
    qtbot.keyClicks(plot, "]")
    window.finish_loading()
    assert (window.filters.date_from, window.filters.date_to) == (first.date_start, later.date_end)
    assert tl.brush_range() == (first.date_start, later.date_end)
    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClick(plot, Qt.Key.Key_Backspace)
    assert said.args[0] == "Date filter off"
    window.finish_loading()
    assert window.filters.date_from is None and window.filters.date_to is None and not tl.brush.isVisible()
    assert plot.hasFocus()

"""The keyboard: the timeline and the detail pane are one Tab stop each; Help lists every key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_the_timeline_takes_focus_and_pans_zooms_and_fits_from_the_keyboard(window, qtbot):
    window.finish_loading()
    plot = window.timeline.plot
    plot.setFocus()
    qtbot.waitUntil(plot.hasFocus)
    (x0, x1), _ = window.timeline.view.viewRange()
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    (a0, a1), _ = window.timeline.view.viewRange()
    assert a0 > x0 and abs((a1 - a0) - (x1 - x0)) < 1  # panned, not zoomed
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

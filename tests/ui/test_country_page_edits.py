"""The country page after an edit: what it shows follows the database, and an edit of something
it does not show leaves the page as it was (no new layout: the scroll position and the reader's
text selection stay)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QTextCursor


def _text(window) -> str:
    return window.detail.toPlainText()


def test_an_edit_of_a_shown_event_changes_the_page_and_undo_brings_it_back(window, qtbot):
    window.state.select_country("PRK")
    event = window.detail.shown_events()[0]
    assert event.title in _text(window)
    window.editing.ops.edit("event", event.id, {"title": "A title nobody wrote"})
    assert "A title nobody wrote" in _text(window)
    assert event.title not in _text(window)
    window.editing.ops.stack.undo()
    assert event.title in _text(window)
    assert "A title nobody wrote" not in _text(window)


@pytest.mark.parametrize("edit", ["importance of a shown event", "title of an event elsewhere"])
def test_an_edit_the_page_does_not_show_keeps_the_scroll_and_the_selection(window, qtbot, edit):
    window.state.select_country("PRK")
    detail = window.detail
    detail.resize(detail.width(), 300)
    bar = detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100)
    bar.setValue(bar.maximum() // 2)
    cursor = QTextCursor(detail.document())
    cursor.setPosition(10)
    cursor.setPosition(30, QTextCursor.MoveMode.KeepAnchor)
    detail.setTextCursor(cursor)
    selected, position, text = detail.textCursor().selectedText(), bar.value(), _text(window)
    assert selected
    if edit == "importance of a shown event":
        event = detail.shown_events()[0]
        window.editing.ops.edit("event", event.id, {"importance": 1 + event.importance % 3})
        assert window.store.event(event.id).importance != event.importance
    else:
        event = next(e for e in window.store.events(country_id="BLR") if "PRK" not in e.countries)
        window.editing.ops.edit("event", event.id, {"title": "A title nobody wrote"})
        assert window.store.event(event.id).title == "A title nobody wrote"
    assert _text(window) == text
    assert bar.value() == position
    assert detail.textCursor().selectedText() == selected


def test_the_page_shows_nothing_of_the_columns_it_says_it_does_not_show(store):
    from ally_explorer.ui.widgets.detail_html import UNSHOWN_COLUMNS, render_country

    assert UNSHOWN_COLUMNS == {"events.importance"}  # a column added here needs its own check below
    detail = store.country_detail("PRK")
    events = tuple(dataclasses.replace(e, importance=1 + e.importance % 3) for e in detail.events)
    assert events != detail.events
    current = store.stances_as_of(None).get("PRK")
    assert (render_country(dataclasses.replace(detail, events=events), current=current, today="2025-10-01")
            == render_country(detail, current=current, today="2025-10-01"))


def test_an_edit_of_the_current_stance_changes_the_page_and_the_list(window, qtbot):
    window.state.select_country("PRK")
    current = max(window.store.alignments(country_id="PRK"), key=lambda a: a.date_start)
    assert current.stance == "ally"
    header = _text(window).split("\n")[:4]
    assert any("Ally" in line for line in header)
    window.editing.ops.edit("alignment", current.id, {"stance": "balancer"})
    header = _text(window).split("\n")[:4]
    assert any("Balancer" in line for line in header) and not any("Ally" in line for line in header)
    assert next(c for c in window.state.countries() if c.id == "PRK").stance == "balancer"
    row = window.country_panel.model.row_of("PRK")
    assert window.country_panel.model.countries()[row].stance == "balancer"


def test_an_importance_edit_keeps_the_country_list_read_before(window, qtbot):
    window.state.select_country("PRK")
    listed = window.state.countries()
    event = window.detail.shown_events()[0]
    window.editing.ops.edit("event", event.id, {"importance": 1 + event.importance % 3})
    assert window.state.countries() is listed  # nothing the list shows changed: not read again
    others = ["PRK"] if len(event.countries) > 1 else ["PRK", "RUS"]
    window.editing.ops.edit("event", event.id, {"countries": others})  # the counts change
    assert window.state.countries() is not listed

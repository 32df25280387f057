"""The Events table, the timeline's text twin: every event in date order, in step with the plot."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _open_table(window, qtbot):
    window.finish_loading()
    window.events_table.action.trigger()
    table = window.events_table
    qtbot.waitUntil(lambda: table.view.hasFocus())
    return table


def test_f6_shows_every_event_in_date_order_with_its_countries(window, qtbot):
    table = _open_table(window, qtbot)
    assert window.tabs.currentWidget() is table
    events = window.store.events()
    model = table.model
    assert model.rowCount() == len(events) > 50
    assert [model.event_id(r) for r in range(model.rowCount())] == [e.id for e in events]
    first = events[0]
    names = window.state.country_names()
    assert model.index(0, 1).data() == first.title
    assert model.index(0, 0).data() == first.date_label
    assert model.index(0, 2).data() == ", ".join(names[c] for c in first.countries)
    assert str(len(events)) in table.count_label.text()


def test_a_row_selected_in_the_table_is_selected_and_shown_on_the_plot(window, qtbot):
    table = _open_table(window, qtbot)
    view = table.view
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_End)
    row = view.currentIndex().row()
    event_id = table.model.event_id(row)
    assert window.current_event == event_id
    assert window.timeline.selected_event == event_id
    x0, x1 = window.timeline.visible_time()
    rows = window.timeline.arrays.rows_for_event(event_id)
    assert x0 <= float(window.timeline.arrays.mid[rows[0]]) <= x1  # the plot shows it


def test_an_event_selected_on_the_plot_is_the_table_row(window, qtbot):
    table = _open_table(window, qtbot)
    event = window.store.events()[40]
    window.timeline.event_clicked.emit(event.id, event.countries[0])
    assert table.current_event() == event.id
    assert table.view.selectionModel().isRowSelected(table.model.row_of(event.id))


def test_enter_on_a_row_opens_the_event(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(window.editing, "edit", lambda kind, item_id: opened.append((kind, item_id)))
    table = _open_table(window, qtbot)
    qtbot.keyClick(table.view, Qt.Key.Key_Down)
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert opened == [("event", table.current_event())]


def test_the_table_has_the_filters_of_the_plot_and_reads_again_when_they_change(window, qtbot):
    table = _open_table(window, qtbot)
    everything = table.model.rowCount()
    window.set_filters(replace(window.filters, confirmed_only=True))
    confirmed = window.store.events(filters=window.filters)
    assert table.model.rowCount() == len(confirmed) < everything
    assert {table.model.index(r, 4).data() for r in range(table.model.rowCount())} == {"Confirmed"}
    assert "filters hide" in table.count_label.text()


def test_behind_another_tab_the_table_reads_nothing_until_shown(window, qtbot, monkeypatch):
    window.finish_loading()
    assert window.tabs.currentWidget() is not window.events_table
    reads = []
    real = window.store.event_ids
    monkeypatch.setattr(window.store, "event_ids", lambda **kw: reads.append(kw) or real(**kw))
    window.set_filters(replace(window.filters, confirmed_only=True))
    assert reads == []
    window.show_view("events")
    QApplication.processEvents()
    assert len(reads) == 1


def test_the_events_model_passes_the_model_tester(window, qtbot, qtmodeltester):
    table = _open_table(window, qtbot)
    qtmodeltester.check(table.model)


def test_events_after_the_as_of_day_are_greyed_and_say_so(window, qtbot):
    table = _open_table(window, qtbot)
    window.set_as_of("2023-01-01")
    model = table.model
    later = [r for r in range(model.rowCount()) if model.event_at(r).date_start > "2023-01-01"]
    earlier = [r for r in range(model.rowCount()) if model.event_at(r).date_start <= "2023-01-01"]
    assert later and earlier
    assert model.index(later[0], 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "as of" in model.index(later[0], 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(earlier[0], 1).data(Qt.ItemDataRole.ForegroundRole) is None

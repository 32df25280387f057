"""The text twins of the map and the agreement chart: lists the keyboard walks, in step with the state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_the_maps_countries_as_a_list_with_their_stance_in_step_with_the_selection(window, qtbot):
    twin = window.map_tab.map_countries
    window.show_view("map")
    twin.toggle.setChecked(True)
    assert twin.isVisible() and not window.map_tab.map.canvas.isVisible()
    rows = {iso3: (name, stance) for iso3, name, stance in twin.rows()}
    assert rows["BLR"] == ("Belarus", "Ally")
    assert rows["RUS"][0] == "Russia"
    window.select_country("CHN")
    assert twin.table.item(twin.table.currentRow(), 0).data(Qt.ItemDataRole.UserRole + 1) == "CHN"
    assert window.map_tab.map.selected == "CHN"
    twin.table.setFocus()
    qtbot.waitUntil(twin.table.hasFocus)
    qtbot.keyClick(twin.table, Qt.Key.Key_Down)  # the keyboard selects a country, the map follows
    chosen = twin.rows()[twin.table.currentRow()][0]
    assert chosen != "CHN" and window.current_country == chosen and window.map_tab.map.selected == chosen
    qtbot.keyClick(twin.table, Qt.Key.Key_Tab)
    assert not twin.table.hasFocus()  # no Tab trap
    twin.toggle.setChecked(False)
    assert window.map_tab.map.canvas.isVisible()


def test_in_un_votes_mode_the_list_says_each_countrys_agreement_that_year(window, qtbot):
    from ally_explorer.db import unvotes

    twin = window.map_tab.map_countries
    view = window.map_tab.map
    view.set_mode("agreement")
    year = view.year
    expected = unvotes.agreement_by_country(window.store, year)
    rows = {iso3: share for iso3, _name, share in twin.rows()}
    assert set(rows) == set(expected)
    assert rows["BLR"] == f"{expected['BLR'].share:.0%}"
    assert str(year) in twin.caption.text()


def test_the_agreement_charts_figures_as_a_table(window, qtbot):
    from ally_explorer.db import unvotes

    window.select_country("BLR")
    QApplication.processEvents()
    table = window.map_tab.agreement_table
    series = unvotes.agreement_series(window.store, "BLR")
    assert len(table.rows()) == len(series) > 10
    first = series[0]
    assert table.rows()[0] == (str(first.year), f"{first.share:.0%}", f"{first.agreed} of {first.compared}")
    window.select_country("RUS")
    assert table.rows() == []

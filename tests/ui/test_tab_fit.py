"""The main tabs fit their bar: roomy where there is room, tighter and then shorter where not,
and scrolling only when nothing else fits (tabs are never out of reach)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from ally_explorer.ui.tab_fit import CompactTabStyle, TabFit

NAMES = ["Country", "Sources", "Data quality", "Tours", "Reader", "Map", "UN votes"]


def _tabs(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    pages = [QWidget() for _ in NAMES]
    for page, name in zip(pages, NAMES):
        tabs.addTab(page, name)
    fit = TabFit(tabs, {pages[2]: "Quality"})
    tabs.show()
    return tabs, fit


def _settle(qtbot, tabs, width):
    tabs.resize(width, 200)
    qtbot.waitUntil(lambda: tabs.width() == width)
    QApplication.processEvents()


def test_tabs_keep_their_names_and_padding_where_there_is_room(qtbot):
    tabs, fit = _tabs(qtbot)
    _settle(qtbot, tabs, 900)
    assert [tabs.tabText(i) for i in range(tabs.count())] == NAMES
    assert not isinstance(tabs.tabBar().style(), CompactTabStyle) and fit.tabs_in_sight()


def test_narrower_tabs_first_tighten_then_shorten_with_the_whole_name_in_the_tooltip(qtbot):
    tabs, fit = _tabs(qtbot)
    _settle(qtbot, tabs, 900)
    roomy = tabs.tabBar().sizeHint().width()
    _settle(qtbot, tabs, roomy - 20)
    assert isinstance(tabs.tabBar().style(), CompactTabStyle)
    assert tabs.tabText(2) == "Data quality" and fit.tabs_in_sight()
    tight = tabs.tabBar().sizeHint().width()
    _settle(qtbot, tabs, tight - 10)
    assert tabs.tabText(2) == "Quality" and tabs.tabToolTip(2) == "Data quality" and fit.tabs_in_sight()
    _settle(qtbot, tabs, 900)
    assert tabs.tabText(2) == "Data quality" and tabs.tabToolTip(2) == ""


def test_when_nothing_fits_the_bar_scrolls_rather_than_cutting_tabs(qtbot):
    tabs, fit = _tabs(qtbot)
    _settle(qtbot, tabs, 200)
    assert tabs.usesScrollButtons() and not fit.tabs_in_sight()
    tabs.setCurrentIndex(6)
    QApplication.processEvents()
    rect = tabs.tabBar().tabRect(6)
    assert rect.left() >= 0  # the current tab is scrolled into sight

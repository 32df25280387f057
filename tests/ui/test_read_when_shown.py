"""The one "read when shown" rule the hidden tabs follow."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ally_explorer.ui.read_when_shown import ReadWhenShown


def test_a_hidden_view_reads_when_it_shows_and_once_per_change(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    front, behind = QWidget(), QWidget()
    tabs.addTab(front, "Front")
    tabs.addTab(behind, "Behind")
    reads = []
    shown = ReadWhenShown(behind, lambda: reads.append(len(reads)))
    tabs.show()
    qtbot.waitExposed(tabs)
    assert reads == [] and shown.stale  # behind another tab: nothing read
    shown.mark_stale()
    shown.mark_stale()
    assert reads == []  # changes while hidden: still nothing read
    tabs.setCurrentWidget(behind)
    assert reads == [0]  # it shows: one read for all the changes
    assert not shown.stale
    shown.mark_stale()
    assert reads == [0, 1]  # a change while it shows: read at once
    tabs.setCurrentWidget(front)
    tabs.setCurrentWidget(behind)
    assert reads == [0, 1]  # shown again with nothing changed: no read
    assert shown.fresh() is False


def test_asking_for_a_stale_view_reads_it_even_hidden_and_a_later_widget_is_watched(qtbot):
    reads = []
    shown = ReadWhenShown(None, lambda: reads.append(1), stale=True)
    assert not shown.visible()
    assert shown.fresh() is True and reads == [1]
    assert shown.fresh() is False and reads == [1]
    content = QWidget()
    qtbot.addWidget(content)
    shown.watch(content)  # built later (a tab's content)
    shown.mark_stale()
    assert reads == [1]  # not shown yet
    content.show()
    qtbot.waitExposed(content)
    assert reads == [1, 1]


def test_a_view_read_once_reads_again_when_it_shows_after_a_change_behind_another_tab(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    front, behind = QWidget(), QWidget()
    tabs.addTab(front, "Front")
    tabs.addTab(behind, "Behind")
    reads = []
    shown = ReadWhenShown(behind, lambda: reads.append(len(reads)), stale=False)
    tabs.show()
    qtbot.waitExposed(tabs)
    tabs.setCurrentWidget(behind)
    assert reads == []  # nothing waiting: showing reads nothing
    for expected in ([0], [0, 1]):
        tabs.setCurrentWidget(front)
        shown.mark_stale()  # a change while it is behind the other tab
        assert reads == expected[:-1]
        tabs.setCurrentWidget(behind)
        assert reads == expected and not shown.stale  # it shows: read, each time

"""The explorer window, driven through its real widgets."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit, QListView, QTableView, QTextBrowser

from ally_explorer.ui.models.country_list import ID_ROLE
from tests.ui.conftest import click_scene


def visible_ids(window) -> list[str]:
    proxy = window.country_proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def test_widgets_are_findable_by_object_name(window):
    assert isinstance(window.findChild(QTableView, "countryList"), QTableView)
    assert isinstance(window.findChild(QLineEdit, "countryFilter"), QLineEdit)
    assert isinstance(window.findChild(QTextBrowser, "detailPane"), QTextBrowser)
    assert window.findChild(object, "timeline") is window.timeline
    assert isinstance(window.findChild(QLineEdit, "searchBox"), QLineEdit)
    assert isinstance(window.findChild(QListView, "searchResults"), QListView)


def test_filtering_the_list_as_you_type(window, qtbot):
    assert len(visible_ids(window)) == 12
    qtbot.keyClicks(window.country_filter, "kor")
    assert visible_ids(window) == ["PRK"]
    window.country_filter.clear()
    qtbot.keyClicks(window.country_filter, "dprk")  # an alias
    assert visible_ids(window) == ["PRK"]
    window.country_filter.clear()
    qtbot.keyClicks(window.country_filter, "SVK")  # an ISO code
    assert visible_ids(window) == ["SVK"]
    assert "1 of 12 countries" in window.counts_label.text()
    window.country_filter.clear()
    assert len(visible_ids(window)) == 12


def test_enter_in_the_filter_opens_the_first_match(window, qtbot):
    qtbot.keyClicks(window.country_filter, "hung")
    qtbot.keyClick(window.country_filter, Qt.Key.Key_Return)
    assert window.current_country == "HUN"


def test_selecting_a_country_fills_the_detail_pane_and_highlights_its_lane(window, qtbot):
    row = visible_ids(window).index("PRK")
    window.country_view.setCurrentIndex(window.country_proxy.index(row, 0))
    assert window.current_country == "PRK"
    text = window.detail.toPlainText()
    assert "North Korea" in text
    assert "Mutual defence treaty signed" in text
    assert "very dangerous" in text  # a quote
    assert "Unnamed reports" in text  # attribution shown with the claim
    lane = window.timeline.lane_of("PRK")
    assert window.timeline.lane_highlight.isVisible()
    assert window.timeline.lane_highlight.getRegion() == (lane - 0.5, lane + 0.5)


def test_keyboard_moves_through_the_list(window, qtbot):
    window.country_view.setFocus()
    window.country_view.setCurrentIndex(window.country_proxy.index(0, 0))
    first = window.current_country
    qtbot.keyClick(window.country_view, Qt.Key.Key_Down)
    assert window.current_country != first
    assert window.current_country == visible_ids(window)[1]


def test_sorting_by_name_and_by_event_count(window):
    window.country_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [window.country_proxy.index(r, 0).data() for r in range(window.country_proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    window.country_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    counts = [window.country_proxy.index(r, 2).data() for r in range(window.country_proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)


def test_clicking_a_timeline_event_selects_it_everywhere(window, qtbot):
    treaty = next(e for e in window.store.events(country_id="PRK") if "treaty" in e.title.lower())
    window.timeline.zoom_to_country("PRK")
    qtbot.wait(1)  # let the view apply its new range
    with qtbot.waitSignal(window.event_selected, timeout=2000) as blocker:
        click_scene(window.timeline.plot, window.timeline.marker_scene_pos(treaty.id, "PRK"))
    assert blocker.args == [treaty.id]
    assert window.current_country == "PRK"
    assert window.country_view.currentIndex().data(ID_ROLE) == "PRK"
    assert window.detail.highlighted_item == ("event", treaty.id)
    assert window.timeline.selected_event == treaty.id


def test_selecting_an_event_in_the_detail_pane_centres_the_timeline(window, qtbot):
    window.select_country("SYR")
    event = window.store.events(country_id="SYR")[-1]
    window.timeline.fit_all()
    window.detail.anchorClicked.emit(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl(f"event:{event.id}"))
    x0, x1 = window.timeline.visible_time()
    rows = window.timeline.arrays.rows_for_event(event.id)
    mid = float(window.timeline.arrays.mid[rows[0]])
    assert x0 < mid < x1
    assert abs((x0 + x1) / 2 - mid) < (x1 - x0) * 0.05
    assert window.timeline.selected_event == event.id


def test_search_finds_a_quote_by_a_word_in_it_and_jumps_to_it(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search_box, "hegemonism")
    qtbot.waitUntil(lambda: window.search_model.rowCount() > 0, timeout=2000)
    assert window.search_panel.isVisible()
    first = window.search_model.hit(0)
    assert first.kind == "statement"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_country == "CHN"
    assert window.detail.highlighted_item == ("statement", first.id)
    assert "hegemonism" in window.detail.toPlainText()


@pytest.mark.parametrize("text", ['"', "NEAR(", "*", "-", "a OR", "'; DROP TABLE events; --", "\x00", "🚀"])
def test_search_syntax_from_users_never_raises(window, qtbot, text):
    window.search_box.setText(text)
    window.run_search()
    assert window.search_model.rowCount() >= 0


def test_window_state_round_trips_through_qsettings(qtbot, db_path, tmp_path):
    from ally_explorer.ui import create_main_window

    path = str(tmp_path / "layout.ini")
    first = create_main_window(db_path, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 690)  # the offscreen screen is 800x800
    first.top_splitter.setSizes([300, 470])
    first.select_country("IND")
    first.act_excerpts.setChecked(True)  # the default is off
    sizes = first.top_splitter.sizes()
    first.close()
    first.store.close()
    assert QSettings(path, QSettings.Format.IniFormat).value("MainWindow/country") == "IND"

    second = create_main_window(db_path, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (780, 690)
    assert second.top_splitter.sizes() == sizes
    assert second.current_country == "IND"
    assert second.act_excerpts.isChecked()
    second.close()
    second.store.close()


def test_item_models_pass_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.country_model)
    qtmodeltester.check(window.country_proxy)
    window.search_box.setText("treaty")
    window.run_search()
    qtmodeltester.check(window.search_model)


def test_screenshot_command_writes_a_png_of_north_korea(tmp_path, db_path):
    out = tmp_path / "out.png"
    result = subprocess.run(
        [sys.executable, "-m", "ally_explorer", "--db", str(db_path), "--screenshot", str(out), "--country", "PRK",
         "--size", "1280x800"],
        capture_output=True, text=True, timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_of_a_bad_file_is_one_line_and_non_zero(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    result = subprocess.run(
        [sys.executable, "-m", "ally_explorer", "--db", str(bad), "--screenshot", str(tmp_path / "x.png")],
        capture_output=True, text=True, timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "not a SQLite database" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_search_line_says_how_many_matched_and_how_they_are_ordered(window, monkeypatch):
    import ally_explorer.ui.search_panel as search

    monkeypatch.setattr(search, "SEARCH_SHOWN", 5)
    window.search_box.setText("russia")
    window.run_search()
    total = sum(window.store.search_counts("russia").values())
    assert window.search_model.rowCount() == 5
    assert f"5 of {total:,} matches" in window.search_label.text()
    assert "Too many to rank" not in window.search_label.text()
    monkeypatch.setattr(type(window.store), "RANK_MAX", 3)
    window.run_search()
    assert "Too many to rank: the newest entries first" in window.search_label.text()
    window.search_box.setText("zzzzqx")
    window.run_search()
    assert window.search_label.text().startswith("No results")


def test_timeline_labels_are_placed_again_when_the_window_is_resized(window, qtbot):
    window.finish_loading()
    qtbot.waitUntil(lambda: len(window.timeline.shown_labels()) > 3, timeout=3000)
    wide = window.timeline.shown_labels()
    window.resize(760, 900)  # the same dates on far fewer pixels: fewer labels fit
    qtbot.waitUntil(lambda: len(window.timeline.shown_labels()) < len(wide), timeout=3000)
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.timeline.shown_labels() == wide, timeout=3000)

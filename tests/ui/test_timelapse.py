"""The time-lapse: play on the "as of" slider and on the map's UN-votes year, the big year while
presenting, and the export as numbered PNGs and an animated PNG."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from ally_explorer.db import apng, unvotes
from ally_explorer.ui import timelapse
from ally_explorer.ui.widgets.map_view import agreement_color
from tests.ui.test_classroom import badge_of


def _tick(player, times: int = 1) -> None:
    """What the player's timer does on each timeout."""
    for _ in range(times):
        player.timer.timeout.emit()


def test_playing_the_map_steps_through_the_years_and_belarus_changes_colour(window, qtbot):
    window.show_view("map")
    view = window.map_tab.map
    view.set_mode("agreement")
    view.year_slider.setValue(1990)
    player = view.year_player
    assert player.isVisible() and not player.playing
    player.button.click()
    assert player.playing and player.timer.isActive()
    seen = []
    while view.year < 2014:
        _tick(player)
        seen.append(view.year)
        if view.year == 1992:
            belarus_1992 = view.fill_color("BLR")
    assert seen == list(range(1991, 2015))  # one year per step, none skipped
    assert view.year_spin.value() == 2014 and view.year_slider.value() == 2014
    belarus_2014 = view.fill_color("BLR")
    by_year = {a.year: a.share for a in unvotes.agreement_series(window.store, "BLR")}
    assert belarus_1992 == agreement_color(by_year[1992])
    assert belarus_2014 == agreement_color(by_year[2014])
    # 2014 (76.7% of roll calls with Russia) is a redder shade than 1992 (67.6%)
    assert by_year[2014] > by_year[1992]
    assert belarus_2014.red() - belarus_2014.blue() > belarus_1992.red() - belarus_1992.blue()


def test_the_map_time_lapse_stops_at_the_last_year_and_restarts_from_the_first(window, qtbot):
    window.show_view("map")
    view = window.map_tab.map
    view.set_mode("agreement")
    last, first = view.year_slider.maximum(), view.year_slider.minimum()
    view.year_slider.setValue(last - 1)
    with qtbot.waitSignal(view.year_player.playing_changed) as started:
        view.year_player.set_playing(True)
    assert started.args == [True]
    with qtbot.waitSignal(view.year_player.playing_changed) as stopped:
        _tick(view.year_player)
    assert stopped.args == [False] and view.year == last and not view.year_player.timer.isActive()
    assert not view.year_player.button.isChecked()
    view.year_player.button.click()  # Play at the end: from the start again
    assert view.year == first and view.year_player.playing


def test_speed_sets_the_steps_per_second(window):
    player = window.map_tab.map.year_player
    player.speed.setValue(4)
    assert player.timer.interval() == 250
    player.speed.setValue(1)
    assert player.timer.interval() == 1000


def test_playing_the_as_of_day_moves_the_list_badges_the_timeline_cursor_and_the_map(window, qtbot):
    bar = window.as_of_bar
    bar.set_date("2021-06-01", emit=True)
    bar.step_box.setCurrentIndex(bar.step_box.findData(1))  # a month per step
    assert badge_of(window, "CHN") == "—" and "CHN" not in window.timeline.cursor_stances()
    bar.player.set_playing(True)
    days = []
    while window.as_of < "2022-01-01":
        _tick(bar.player)
        days.append(window.as_of)
    assert days == ["2021-07-01", "2021-08-01", "2021-09-01", "2021-10-01", "2021-11-01", "2021-12-01", "2022-01-01"]
    assert bar.date() == "2022-01-01" and bar.player.playing
    assert badge_of(window, "CHN") == "Partner"
    assert window.timeline.cursor_stances()["CHN"] == "partner"
    cursor_x = window.timeline.today_line.value()
    window.timeline.view.setXRange(cursor_x - 400 * 86400, cursor_x - 100 * 86400, padding=0)  # looking at 2020
    _tick(bar.player, 12)
    assert window.as_of == "2023-01-01"
    assert window.timeline.today_line.value() > cursor_x  # the cursor moved with the day
    lo, hi = window.timeline.view.viewRange()[0]
    assert lo <= window.timeline.today_line.value() <= hi  # and the timeline pans to keep it in sight
    assert badge_of(window, "SVK") == "Supports Ukraine"
    svk_2023 = window.map_tab.map.fill_color("SVK")
    bar.step_box.setCurrentIndex(bar.step_box.findData(12))
    _tick(bar.player, 2)
    assert window.as_of == "2025-01-01"
    assert badge_of(window, "SVK") == "Russia-friendly" and badge_of(window, "SYR") == "Drifting away"
    assert window.map_tab.map.fill_color("SVK") != svk_2023


def test_the_as_of_time_lapse_ends_today(window):
    bar = window.as_of_bar
    bar.step_box.setCurrentIndex(bar.step_box.findData(12))
    bar.slider.setValue(bar.slider.maximum() - 40)
    bar.player.set_playing(True)
    _tick(bar.player)
    assert window.state.as_of_is_today and not bar.player.playing
    assert bar.label.text().endswith("(today)")


def test_space_and_k_on_the_focused_slider_play_and_pause(window, qtbot):
    bar = window.as_of_bar
    bar.slider.setFocus()
    qtbot.waitUntil(bar.slider.hasFocus)
    QTest.keyClick(bar.slider, Qt.Key.Key_Space)
    assert bar.player.playing
    QTest.keyClick(bar.slider, Qt.Key.Key_K)
    assert not bar.player.playing
    # while presenting, Space on the slider plays the time-lapse instead of stepping the story
    window.presentation.enter()
    bar.slider.setFocus()
    qtbot.waitUntil(bar.slider.hasFocus)
    index = window.presentation.index
    QTest.keyClick(bar.slider, Qt.Key.Key_Space)
    assert bar.player.playing and window.presentation.index == index
    QTest.keyClick(bar.slider, Qt.Key.Key_Space)
    assert not bar.player.playing


def test_the_year_is_shown_large_while_presenting(window, qtbot):
    lapse = window.timelapse
    view = window.map_tab.map
    view.set_mode("agreement")
    view.set_year(1992)
    assert not lapse.map_overlay.isVisible()  # not in a window
    window.presentation.enter()
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())  # full screen
    window.presentation.aside_actions["details"].trigger()  # D brings the details (the map) back
    window.show_view("map")
    assert lapse.map_overlay.isVisible() and lapse.map_overlay.text() == "1992"
    view.year_player.set_playing(True)
    _tick(view.year_player)
    assert lapse.map_overlay.text() == "1993"
    assert lapse.map_overlay.font().pointSizeF() > 2.5 * view.font().pointSizeF()
    window.as_of_bar.set_date("2023-03-01", emit=True)
    assert lapse.timeline_overlay.isVisible() and "2023" in lapse.timeline_overlay.text()
    window.presentation.leave()
    assert not lapse.map_overlay.isVisible() and not lapse.timeline_overlay.isVisible()


def test_the_export_writes_one_png_per_year_and_an_animated_png(window, tmp_path):
    years = unvotes.years(window.store, min_roll_calls=unvotes.FULL_YEAR_ROLL_CALLS)
    out = tmp_path / "slides"
    written = timelapse.export_timelapse(window.state, out, mode="agreement", size=QSize(480, 270))
    frames = sorted(out.glob("time-lapse-[0-9]*.png"))
    assert len(frames) == len(years) and len(years) > 70
    assert written == frames + [out / timelapse.ANIMATED_NAME]
    first, last = QImage(str(frames[0])), QImage(str(frames[-1]))
    assert not first.isNull() and first.size() == QSize(480, 270)
    assert first != last  # the colours change over the years
    animated = (out / timelapse.ANIMATED_NAME).read_bytes()
    assert apng.frame_count(animated) == len(years)
    kinds = [kind for kind, _data in apng.chunks(animated)]  # every chunk's CRC checks out
    assert kinds.count(b"fcTL") == len(years) and kinds[-1] == b"IEND"
    assert not QImage.fromData(animated).isNull()  # a viewer without APNG shows the first frame
    assert not list(out.glob("*.tmp*")) and not list(out.glob(".*"))


def test_the_stance_export_steps_a_year_at_a_time_to_today(window, tmp_path):
    steps = timelapse.timelapse_steps(window.state, "stance")
    assert steps[0] == ("1999", "1999-01-01") and window.state.as_of_is_today
    assert [label for label, _day in steps][:3] == ["1999", "2000", "2001"]
    written = timelapse.export_timelapse(window.state, tmp_path, mode="stance", size=QSize(320, 180))
    assert len(written) == len(steps) + 1
    assert apng.frame_count(written[-1].read_bytes()) == len(steps)


def test_the_export_refuses_a_file_where_the_folder_should_be(window, tmp_path):
    import pytest

    from ally_explorer.core.errors import AllyError

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("keep me")
    with pytest.raises(AllyError, match="is a file, not a folder"):
        timelapse.export_timelapse(window.state, blocker, size=QSize(160, 90))
    assert blocker.read_text() == "keep me"


def test_apng_refuses_frames_of_different_sizes():
    import pytest

    def png(w: int, h: int) -> bytes:
        from PySide6.QtCore import QBuffer, QIODevice

        image = QImage(w, h, QImage.Format.Format_RGB32)
        image.fill(QColor("#2166AC"))
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(buffer.data())

    assert apng.frame_count(apng.assemble_apng([png(8, 8), png(8, 8)])) == 2
    with pytest.raises(apng.NotAPng, match="frame 2"):
        apng.assemble_apng([png(8, 8), png(9, 8)])
    with pytest.raises(apng.NotAPng):
        apng.assemble_apng([b"GIF89a"])


def test_keyboard_shortcuts_list_the_sliders_play_keys(window):
    from ally_explorer.ui.shortcuts_help import widget_keys

    assert any("Time-lapse" in what and keys == "Space, K" for what, keys in widget_keys())


def test_file_export_time_lapse_asks_for_a_folder_and_writes_there(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(timelapse, "FRAME_SIZE", QSize(320, 180))
    window.map_tab.map.set_mode("stance")
    messages = []
    window.state.message_posted.connect(lambda text, _ms: messages.append(text))
    assert window.timelapse.act_export in window.export_menu.actions()
    window.timelapse.act_export.trigger()
    steps = timelapse.timelapse_steps(window.state, "stance")
    assert len(list(tmp_path.glob("time-lapse-[0-9]*.png"))) == len(steps)
    assert (tmp_path / timelapse.ANIMATED_NAME).exists()
    assert messages and f"Exported {len(steps)} frames" in messages[-1]

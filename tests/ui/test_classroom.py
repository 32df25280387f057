"""Classroom mode: presenting, zoom, stepping, autoplay and the "as of" date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ally_explorer.ui.models.country_list import ID_ROLE, STANCE


def badge_of(window, country_id: str) -> str:
    p = window.country_proxy
    for r in range(p.rowCount()):
        if p.index(r, 0).data(ID_ROLE) == country_id:
            return p.index(r, STANCE).data()
    raise KeyError(country_id)


def test_entering_and_leaving_presentation_restores_the_window(window, qtbot):
    window.select_country("PRK")
    window.resize(780, 700)  # within the 800x800 offscreen screen, as a real window would be
    qtbot.waitUntil(lambda: window.width() == 780)
    geometry = window.geometry()
    sizes = window.top_splitter.sizes()
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
    window.presentation.enter()
    assert window.presenting
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert window.caption.isVisible()
    assert window.editing.locked  # editing hidden while presenting
    assert not window.editing.act_delete.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenting
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
    assert not window.caption.isVisible()
    assert not window.editing.locked
    assert window.size() == geometry.size()
    assert abs(window.x() - geometry.x()) <= 30 and abs(window.y() - geometry.y()) <= 30  # frame offsets only
    assert window.top_splitter.sizes() == sizes


def test_ctrl_plus_grows_every_font_and_ctrl_zero_resets(window, qtbot):
    before = QApplication.font().pointSizeF()
    list_row = window.country_view.verticalHeader().defaultSectionSize()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > before
    qtbot.waitUntil(lambda: window.detail.font().pointSizeF() > before)  # the detail pane follows
    assert window.detail.document().defaultFont().pointSizeF() > before
    assert window.facet_panel.tree.font().pointSizeF() > before
    assert window.country_view.verticalHeader().defaultSectionSize() > list_row
    assert window.timeline._label_font.pointSizeF() > before - 1
    assert window.settings.value("zoom", type=float) > 1.0  # remembered
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == before


def test_stepping_visits_events_in_date_order_and_wraps(window, qtbot):
    window.select_country("SVK")
    expected = [e.id for e in window.store.events(country_id="SVK")]
    window.presentation.enter()
    seen = [window.current_event]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(window, Qt.Key.Key_Right)
        seen.append(window.current_event)
    assert seen == expected
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # a clicker's "next" wraps to the first
    assert window.current_event == expected[0]
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # and "back" wraps to the last
    assert window.current_event == expected[-1]
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.current_event == expected[-2]
    assert window.caption.title.text() == window.store.event(expected[-2]).title
    assert window.caption.position.text() == f"North Korea's events · {len(expected) - 1} of {len(expected)}".replace(
        "North Korea", window.store.country("SVK").name)
    window.presentation.leave()


def test_stepping_without_a_country_walks_all_events(window, qtbot):
    window.presentation.enter()
    first = window.current_event
    assert first == window.store.events()[0].id
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.current_event == window.store.events()[1].id
    window.presentation.leave()


def test_autoplay_advances_and_space_pauses(window, qtbot):
    window.select_country("PRK")
    window.presentation.enter()
    window.caption.interval.setValue(2)
    window.presentation.autoplay.setInterval(30)  # fast for the test
    start = window.current_event
    window.caption.play_button.click()
    assert window.presentation.autoplay.isActive()
    qtbot.waitUntil(lambda: window.current_event != start, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.presentation.autoplay.isActive()
    assert not window.caption.play_button.isChecked()
    window.presentation.leave()


def test_as_of_slider_shows_slovakia_turning(window, qtbot):
    window.select_country("SVK")
    window.as_of_bar.set_date("2023-01-01", emit=True)
    assert window.as_of == "2023-01-01"
    assert badge_of(window, "SVK") == "Supports Ukraine"
    header = window.detail.toPlainText().split("Alignment with Russia over time")[0]
    assert "Supports Ukraine" in header and "as of 2023-01-01" in header
    assert window.timeline.cursor_stances()["SVK"] == "opposed"
    window.as_of_bar.set_date("2025-01-01", emit=True)
    assert badge_of(window, "SVK") == "Russia-friendly"
    header = window.detail.toPlainText().split("Alignment with Russia over time")[0]
    assert "Russia-friendly" in header and "Supports Ukraine" not in header
    assert window.timeline.cursor_stances()["SVK"] == "friendly"
    # dragging the real slider moves the date too
    window.as_of_bar.slider.setValue(window.as_of_bar.slider.minimum())
    assert window.as_of < "2000-01-01"
    window.as_of_bar.today_button.click()
    assert window.as_of_bar.label.text().endswith("(today)")


def test_themes_change_the_palette_and_are_remembered(window, qtbot):
    window.presentation.theme_actions["dark"].trigger()
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).lightness() < 80
    assert window.settings.value("theme") == "dark"
    window.presentation.theme_actions["contrast"].trigger()
    assert QApplication.palette().color(QApplication.palette().ColorRole.Text).name() == "#000000"
    window.presentation.theme_actions["light"].trigger()


def test_the_first_step_pans_to_the_event_without_zooming_in_to_hours(window, qtbot):
    """Setting the pan's end points used to run one frame with a default width of one second."""
    window.select_country("SVK")
    (x0, x1), _ = window.timeline.view.viewRange()
    window.presentation.enter()
    window.presentation.next()
    window.presentation.finish_animation()
    (a0, a1), _ = window.timeline.view.viewRange()
    assert a1 - a0 >= (x1 - x0) * 0.99
    rows = window.timeline.arrays.rows_for_event(window.timeline.selected_event)
    assert a0 <= float(window.timeline.arrays.mid[rows].min()) <= a1
    window.presentation.leave()


def test_the_stance_column_widens_with_the_text_so_badges_are_not_cut(window, qtbot):
    header = window.country_view.horizontalHeader()
    before = header.sectionSize(STANCE)
    metrics = window.country_view.fontMetrics
    longest = max(metrics().horizontalAdvance(window.country_proxy.index(r, STANCE).data())
                  for r in range(window.country_proxy.rowCount()))
    assert before >= longest + metrics().height()
    window.presentation.set_zoom(2.0)
    qtbot.waitUntil(lambda: header.sectionSize(STANCE) > before * 1.5, timeout=3000)
    longest = max(metrics().horizontalAdvance(window.country_proxy.index(r, STANCE).data())
                  for r in range(window.country_proxy.rowCount()))
    assert header.sectionSize(STANCE) >= longest + metrics().height()
    window.presentation.set_zoom(1.0)


def test_the_filters_panel_action_hides_and_shows_the_panel(window, qtbot):
    assert window.facet_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.facet_panel.isVisible() and not window.act_filters.isChecked()
    window.act_filters.trigger()
    assert window.facet_panel.isVisible() and window.act_filters.isChecked()


def test_ctrl_zero_while_presenting_returns_to_the_presentation_zoom(window, qtbot):
    from ally_explorer.ui.presentation import PRESENT_ZOOM

    window.presentation.enter()
    assert window.state.zoom == PRESENT_ZOOM
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.state.zoom > PRESENT_ZOOM
    chosen = window.settings.value("presentZoom", type=float)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.state.zoom == PRESENT_ZOOM  # not the window's size 1
    assert window.settings.value("presentZoom", type=float) == chosen
    window.presentation.leave()
    assert window.state.zoom == 1.0


def test_play_and_pause_are_drawn_icons_and_the_interval_box_grows_with_the_zoom(window, qtbot):
    window.presentation.enter()
    caption = window.caption
    for button in (caption.prev_button, caption.next_button, caption.play_button):
        assert not button.icon().isNull()
        assert not any(glyph in button.text() for glyph in "▶◀⏸")
    small = caption.interval.sizeHint().height()
    caption.play_button.click()
    assert caption.play_button.text() == "Pause" and not caption.play_button.icon().isNull()
    caption.play_button.click()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert caption.interval.minimumHeight() > small
    assert caption.interval.lineEdit().font().pointSizeF() == QApplication.font().pointSizeF()
    window.presentation.leave()


def test_presenting_gives_the_screen_to_the_caption_and_timeline_and_brings_panels_back(window, qtbot):
    window.select_country("PRK")
    window.presentation.enter()
    assert window.caption.isVisible() and window.timeline.isVisible()
    assert not window.country_view.isVisible() and not window.detail.isVisible() and not window.facet_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_L)
    assert window.country_view.isVisible() and not window.detail.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_D)
    assert window.detail.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_L)
    assert not window.country_view.isVisible()
    window.presentation.leave()
    assert window.country_view.isVisible() and window.detail.isVisible() and window.facet_panel.isVisible()


def test_b_blanks_the_screen_and_any_key_brings_it_back(window, qtbot):
    window.presentation.enter()
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.presentation.black
    black = window.findChild(QWidget, "blackScreen")
    assert black is not None and black.isVisible() and black.geometry() == window.rect()
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert not window.presentation.black
    qtbot.keyClick(window, Qt.Key.Key_B)
    qtbot.keyClick(window.findChild(QWidget, "blackScreen"), Qt.Key.Key_X)
    assert not window.presentation.black
    window.presentation.leave()
    qtbot.keyClick(window, Qt.Key.Key_B)  # not while in the window
    assert not window.presentation.black


def test_stepping_says_what_it_steps_through(window, qtbot):
    window.select_country("HUN")
    window.presentation.enter()
    assert window.caption.position.text().startswith("Hungary's events · 1 of ")
    qtbot.keyClick(window, Qt.Key.Key_A)
    total = len(window.store.event_ids())
    assert window.caption.position.text().startswith("All events · ")
    assert window.caption.position.text().endswith(f" of {total}")
    qtbot.keyClick(window, Qt.Key.Key_C)
    assert window.caption.position.text().startswith("Hungary's events · ")
    window.presentation.play([("event", window.store.events(country_id="HUN")[0].id)], "Budapest")
    assert window.caption.position.text() == "Tour “Budapest” · 1 of 1"
    window.presentation.leave()


def test_the_caption_date_line_gives_the_label_then_the_window_one_space_apart(qtbot, store):
    from ally_explorer.ui.widgets.caption import CaptionCard

    card = CaptionCard()
    qtbot.addWidget(card)
    event = store.event(20)
    assert event.date_label == "since the 2000s"
    card.show_event(event, store.source(event.source_id), (1, 1), {"CHN": "China"})
    assert card.when.text() == "since the 2000s (2000 – 1 Sep 2025)"

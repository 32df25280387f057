"""The map, the agreement chart and the key votes, driven headless like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from ally_explorer.db import unvotes
from ally_explorer.ui import theme
from ally_explorer.ui.widgets.agreement_chart import AgreementChart
from ally_explorer.ui.widgets.key_votes import ISO3_ROLE, KeyVotesModel, KeyVotesView, RollCallVotesModel
from ally_explorer.ui.widgets.map_view import NO_VOTES_COLOR, MapView, agreement_color
from tests.conftest import DATA
from tests.ui.conftest import click_scene

ROLL_CALLS = DATA / "unga" / "un_roll_calls.csv"


@pytest.fixture
def map_view(qtbot):
    view = MapView()
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    qtbot.waitExposed(view)
    return view


def _send(viewport, kind, pos: QPointF, button, buttons) -> None:
    global_pos = QPointF(viewport.mapToGlobal(pos.toPoint()))
    QApplication.sendEvent(viewport, QMouseEvent(kind, pos, global_pos, button, buttons, Qt.KeyboardModifier.NoModifier))


# -- the map on its own ---------------------------------------------------------------------------


def test_clicking_a_country_emits_its_code(qtbot, map_view):
    with qtbot.waitSignal(map_view.country_clicked, timeout=1000) as blocker:
        click_scene(map_view.canvas, map_view.scene_point("BLR"))
    assert blocker.args == ["BLR"]
    with qtbot.waitSignal(map_view.country_clicked, timeout=1000) as blocker:
        click_scene(map_view.canvas, map_view.scene_point("KAZ"))  # not in the dataset: the window decides
    assert blocker.args == ["KAZ"]


def test_clicking_the_sea_emits_nothing(qtbot, map_view):
    sea = map_view.canvas.mapToScene(QPoint(map_view.canvas.viewport().width() - 60, map_view.canvas.viewport().height() - 40))
    assert map_view.canvas.country_at(map_view.canvas.mapFromScene(sea)) is None
    with qtbot.assertNotEmitted(map_view.country_clicked):
        click_scene(map_view.canvas, sea)


def test_dragging_pans_instead_of_clicking(qtbot, map_view):
    canvas = map_view.canvas
    viewport = canvas.viewport()
    start = QPointF(canvas.mapFromScene(map_view.scene_point("CHN")))
    before = canvas.mapToScene(viewport.rect().center())
    with qtbot.assertNotEmitted(map_view.country_clicked):
        _send(viewport, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
        for step in range(1, 6):
            _send(viewport, QEvent.Type.MouseMove, start + QPointF(-30 * step, -10 * step),
                  Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
        _send(viewport, QEvent.Type.MouseButtonRelease, start + QPointF(-150, -50), Qt.MouseButton.LeftButton,
              Qt.MouseButton.NoButton)
    after = canvas.mapToScene(viewport.rect().center())
    assert after.x() > before.x() + 20  # dragged left: the map moved, the view looks further east


def test_the_wheel_zooms_in_and_out(map_view):
    canvas = map_view.canvas
    center = QPointF(canvas.viewport().rect().center())
    level = canvas.zoom_level()

    def wheel(delta: int) -> None:
        event = QWheelEvent(center, QPointF(canvas.viewport().mapToGlobal(center.toPoint())), QPoint(0, 0),
                            QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(canvas.viewport(), event)

    wheel(240)
    assert canvas.zoom_level() == pytest.approx(level * 1.44)
    wheel(-120)
    assert canvas.zoom_level() == pytest.approx(level * 1.2)


def test_fit_to_eurasia_shows_portugal_to_japan(qtbot, map_view):
    map_view.fit_world()
    world = map_view.canvas.mapToScene(map_view.canvas.viewport().rect()).boundingRect()
    qtbot.mouseClick(map_view.eurasia_button, Qt.MouseButton.LeftButton)
    shown = map_view.canvas.mapToScene(map_view.canvas.viewport().rect()).boundingRect()
    assert shown.width() < world.width() * 0.75
    for iso3 in ("PRT", "RUS", "JPN", "IND", "SYR"):
        assert shown.contains(map_view.items[iso3].boundingRect()), iso3


def test_countries_are_coloured_by_stance(map_view):
    map_view.set_stances({"BLR": "ally", "HUN": "friendly", "UKR": "opposed", "USA": None})
    assert map_view.fill_color("BLR") == QColor(theme.STANCE_COLORS["ally"])
    assert map_view.fill_color("HUN") == QColor(theme.STANCE_COLORS["friendly"])
    assert map_view.fill_color("RUS") == QColor(theme.RUSSIA_COLOR)
    assert map_view.fill_color("FRA") == QColor(theme.NO_STANCE_COLOR)  # not in the dataset
    assert "Ally" in map_view.tooltip("BLR") and "Not in this dataset" in map_view.tooltip("FRA")


def test_the_map_really_renders_headless(map_view):
    map_view.set_stances({"CHN": "partner"})
    image = map_view.canvas.viewport().grab().toImage()
    kazakhstan = map_view.canvas.mapFromScene(map_view.scene_point("KAZ"))
    iran = map_view.canvas.mapFromScene(map_view.items["IRN"].boundingRect().center())
    assert image.pixelColor(kazakhstan) == QColor(theme.NO_STANCE_COLOR)
    assert image.pixelColor(QPoint(3, 3)).name() != image.pixelColor(kazakhstan).name()  # sea is not land
    assert image.pixelColor(iran) == QColor(theme.NO_STANCE_COLOR)


def test_set_selected_outlines_without_emitting(qtbot, map_view):
    normal = map_view.items["TUR"].pen().widthF()
    with qtbot.assertNotEmitted(map_view.country_clicked), qtbot.assertNotEmitted(map_view.year_changed):
        map_view.set_selected("IRN")
    assert map_view.selected == "IRN"
    assert map_view.items["IRN"].pen().widthF() > 2 * normal
    assert map_view.items["IRN"].zValue() > map_view.items["TUR"].zValue()
    map_view.set_selected("TUR")
    assert map_view.items["IRN"].pen().widthF() == normal
    map_view.set_selected(None)
    assert map_view.selected is None and map_view.items["TUR"].pen().widthF() == normal


@pytest.fixture
def agreement_map(map_view, store):
    map_view.agreement_note = unvotes.USSR_NOTE
    map_view.set_years(unvotes.years(store))
    for year in (1980, 2014):
        map_view.set_agreement(year, unvotes.agreement_by_country(store, year))
    map_view.set_year(2014)
    map_view.set_mode("agreement")
    return map_view


def test_changing_the_year_recolours_the_map(qtbot, agreement_map, store):
    in_2014 = agreement_map.fill_color("BLR")
    assert in_2014 == agreement_color(unvotes.agreement_by_country(store, 2014)["BLR"].share)
    with qtbot.waitSignal(agreement_map.year_changed) as blocker:
        agreement_map.set_year(1980)
    assert blocker.args == [1980]
    assert agreement_map.fill_color("BLR") != in_2014
    assert agreement_map.fill_color("BLR") == agreement_color(1.0)  # Soviet Byelorussia: always with Moscow
    assert agreement_map.fill_color("KAZ") == QColor(NO_VOTES_COLOR)  # no seat of its own in 1980
    assert agreement_map.year_spin.value() == 1980 and agreement_map.year_slider.value() == 1980


def test_the_year_controls_recolour_too(agreement_map):
    in_2014 = agreement_map.fill_color("USA")
    agreement_map.year_spin.setValue(1980)
    assert agreement_map.year == 1980 and agreement_map.fill_color("USA") != in_2014


def test_agreement_tooltips_and_legend_say_what_russia_means(agreement_map):
    assert "on 77% of 73 roll calls in 2014" in agreement_map.tooltip("BLR")
    assert "Voted as Russia did" in agreement_map.tooltip("BLR")
    assert agreement_map.legend.note == unvotes.USSR_NOTE
    agreement_map.set_year(1980)
    assert "Voted as the USSR did" in agreement_map.tooltip("USA")
    assert "part of the Soviet Union" in agreement_map.tooltip("KAZ")
    assert "USSR" in agreement_map.legend.title


def test_the_mode_buttons_switch_colouring(qtbot, agreement_map):
    with qtbot.waitSignal(agreement_map.mode_changed) as blocker:
        qtbot.mouseClick(agreement_map.stance_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["stance"] and agreement_map.mode == "stance"
    assert agreement_map.fill_color("BLR") == QColor(theme.NO_STANCE_COLOR)  # no stances were given
    assert agreement_map.year_spin.isHidden()
    qtbot.mouseClick(agreement_map.agreement_button, Qt.MouseButton.LeftButton)
    assert agreement_map.mode == "agreement" and not agreement_map.year_spin.isHidden()


def test_an_unknown_mode_is_refused(map_view):
    with pytest.raises(ValueError, match="mode must be one of"):
        map_view.set_mode("heat")


def test_a_database_without_votes_says_how_to_get_them(map_view):
    map_view.set_agreement_source(lambda year: {})
    map_view.set_year(2014)
    map_view.set_mode("agreement")
    assert map_view.fill_color("BLR") == QColor(NO_VOTES_COLOR)
    assert "Import UN Votes" in map_view.legend.note


# -- the agreement chart --------------------------------------------------------------------------


def test_the_chart_shows_values_on_hover(qtbot, store):
    chart = AgreementChart()
    qtbot.addWidget(chart)
    chart.resize(760, 340)
    chart.set_series("Belarus", unvotes.agreement_series(store, "BLR"))
    chart.show()
    qtbot.waitExposed(chart)
    viewport = chart.plot.viewport()
    pos = chart.plot.mapFromScene(chart.plot.getViewBox().mapViewToScene(QPointF(2014.2, 40)))
    _send(viewport, QEvent.Type.MouseMove, QPointF(pos), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton)
    qtbot.waitUntil(lambda: chart.hovered_text is not None, timeout=1000)
    assert chart.hovered_text == "2014: voted as Russia did on 77%\n(56 of 73 roll calls)"
    assert chart.hover_text(1980).startswith("1980: voted as the USSR did on 100%")
    assert "too few" in chart.hover_text(2020)  # one roll call in January 2020
    assert 2020 in list(chart.thin.data["x"]) and 2020 not in list(chart.full.data["x"])
    assert "Soviet Union" in chart.note.text() and chart.handover.isVisible()
    assert chart.title.text() == "How often Belarus votes as Russia does at the UN General Assembly"


def test_the_chart_says_when_there_is_nothing_to_show(qtbot):
    chart = AgreementChart()
    qtbot.addWidget(chart)
    chart.set_series("Atlantis", [])
    assert "No UN General Assembly votes for Atlantis" in chart.title.text()
    assert chart.hover_text(2014) is None and not chart.show_year(2014)


# -- key votes ------------------------------------------------------------------------------------


def test_key_vote_models_pass_the_model_tester(qtmodeltester, store):
    model = KeyVotesModel()
    model.set_key_votes(unvotes.key_votes(store))
    qtmodeltester.check(model)
    model.set_country("Belarus", {5309: "no"})
    qtmodeltester.check(model)
    votes = RollCallVotesModel()
    votes.set_votes(unvotes.roll_call_votes(store, 5309))
    votes.set_highlight("BLR")
    qtmodeltester.check(votes)


def test_key_votes_link_68_262_to_every_countrys_vote(qtbot, store):
    view = KeyVotesView()
    qtbot.addWidget(view)
    view.set_data(unvotes.key_votes(store), lambda rcid: unvotes.roll_call_votes(store, rcid))
    view.set_country("IND", "India")
    assert view.current_rcid == 5309  # shown first
    assert "Territorial integrity of Ukraine" in view.caption.text() and "100 yes, 11 no, 58 abstentions" in view.caption.text()
    proxy = view.votes_proxy
    first = [proxy.index(r, 0).data() for r in range(11)]
    assert {proxy.index(r, 1).data() for r in range(11)} == {"no"}
    assert sorted(first) == first and "Belarus" in first and "Russia" in first
    row = view.model.row_of(5309)
    assert view.model.headerData(7, Qt.Orientation.Horizontal) == "India"
    assert view.model.index(row, 7).data() == "abstain"
    belarus = next(proxy.index(r, 0) for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ISO3_ROLE) == "BLR")
    with qtbot.waitSignal(view.country_clicked) as blocker:
        view.votes_table.activated.emit(belarus)
    assert blocker.args == ["BLR"]


# -- in the main window ---------------------------------------------------------------------------


@pytest.fixture
def map_tab(window):
    tab = window.map_tab
    tab.show_map()
    QApplication.processEvents()
    return tab


def test_clicking_the_map_selects_the_country_everywhere(qtbot, window, map_tab):
    with qtbot.waitSignal(window.country_selected, timeout=1000):
        click_scene(map_tab.map.canvas, map_tab.map.scene_point("IRN"))
    assert window.current_country == "IRN"
    assert window.country_view.currentIndex().data() == "Iran"
    assert map_tab.map.selected == "IRN"
    assert map_tab.chart.name == "Iran" and map_tab.chart.points


def test_selecting_in_the_window_outlines_the_map(window, map_tab):
    window.select_country("PRK")
    assert map_tab.map.selected == "PRK"
    assert map_tab.map.fill_color("PRK") == QColor(theme.STANCE_COLORS["ally"])
    assert map_tab.key_votes.model.headerData(7, Qt.Orientation.Horizontal) == "North Korea"


def test_the_window_adds_the_tabs_and_the_import_action_once(window, map_tab):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles.count("Map") == 1 and titles.count("UN votes") == 1
    assert map_tab.act_import in window.file_menu.actions()
    assert map_tab.map.year == 2019  # the latest full year of votes


def test_importing_from_the_menu_replaces_the_votes(window, map_tab, tmp_path):
    votes = tmp_path / "some votes.csv"
    votes.write_text("rcid,country,country_code,vote\n5309,Russia,RU,no\n5309,Belarus,BY,yes\n", encoding="utf-8")
    assert map_tab.import_unvotes([str(ROLL_CALLS), str(votes)]) is True  # told apart by their columns
    assert [(v.name, v.vote) for v in unvotes.roll_call_votes(window.store, 5309)] == [("Belarus", "yes"), ("Russia", "no")]
    assert unvotes.years(window.store) == [2014]
    assert "Imported 2 votes on 6,203 roll calls" in window.statusBar().currentMessage()
    window.select_country("BLR")
    assert [(p.year, p.share) for p in map_tab.chart.points] == [(2014, 0.0)]
    map_tab.map.set_mode("agreement")
    map_tab.map.set_year(2014)
    assert map_tab.map.fill_color("BLR") == agreement_color(0.0)


def test_a_refused_import_explains_and_changes_nothing(window, map_tab, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("ally_explorer.ui.map_tab.QMessageBox.warning", lambda parent, title, text: shown.append(text))
    votes = tmp_path / "votes.csv"
    votes.write_text("rcid,country,country_code,vote\n5309,Russia,RU,no\n5309,Belarus,BY,perhaps\n", encoding="utf-8")
    before = window.store.conn.execute("SELECT count(*) FROM un_votes").fetchone()
    assert map_tab.import_unvotes([str(votes), str(ROLL_CALLS)]) is False
    assert shown and shown[0].startswith("votes.csv line 3: vote must be yes, no or abstain")
    assert window.store.conn.execute("SELECT count(*) FROM un_votes").fetchone() == before


def test_the_tabs_follow_the_window_to_another_database(window, map_tab, tmp_path, built_db):
    import shutil

    other = tmp_path / "other.db"
    shutil.copy(built_db, other)
    assert window.open_database(other)
    window.tabs.setCurrentWidget(map_tab.un_panel)
    assert map_tab.map.year == 2019  # read from the new file
    window.select_country("CHN")
    assert map_tab.chart.name == "China" and map_tab.map.selected == "CHN"


def test_the_chart_draws_only_when_there_are_votes_to_show(qtbot):
    chart = AgreementChart()
    qtbot.addWidget(chart)
    chart.show()
    chart.set_series("Nowhere", [])
    assert "No UN General Assembly votes for Nowhere" in chart.title.text()
    assert chart._plot is None and not chart.note.isVisible()  # no empty axes, no legend for nothing
    chart.set_series("Somewhere", [unvotes.YearAgreement(2000, 0.5, 40, 20), unvotes.YearAgreement(2001, 0.6, 40, 24)])
    assert chart.plot.isVisible() and chart.note.isVisible()
    assert list(chart.full.data["x"]) == [2000, 2001]
    chart.set_series("Nowhere", [])
    assert not chart.plot.isVisible() and not chart.note.isVisible()


# -- Crimea and Ukraine ---------------------------------------------------------------------------


def test_crimea_is_drawn_as_ukraine_under_occupation_not_as_russia(qtbot, map_view):
    from ally_explorer.ui.widgets.map_view import HATCHED, UKRAINE_COLOR, robinson

    map_view.set_stances({"BLR": "ally", "USA": None, "UKR": None})
    x, y = robinson(34.1, 45.3)  # Simferopol
    inside = QPointF(float(x), float(y))
    assert map_view.crimea.contains(inside) and not map_view.items["RUS"].contains(inside)
    assert map_view.crimea.brush().color() == map_view.fill_color("UKR") == QColor(UKRAINE_COLOR)
    labels = [label for _color, label in map_view.legend.rows]
    assert "Ukraine (invaded)" in labels
    assert any(color.startswith(HATCHED) and "Crimea" in label for color, label in map_view.legend.rows)
    assert "68/262" in map_view.legend.note and "68/262" in map_view.crimea.toolTip()
    with qtbot.waitSignal(map_view.country_clicked, timeout=1000) as blocker:
        click_scene(map_view.canvas, inside)
    assert blocker.args == ["UKR"]


def _coast_contrast(map_view, iso3: str, step: tuple[int, int], ocean: str) -> float:
    """Walk from inside a country until the sea: the strongest contrast with the sea of the last
    pixels before it (the coastline as painted, antialiased)."""
    from ally_explorer.core import palette

    image = map_view.canvas.viewport().grab().toImage()
    at = map_view.canvas.mapFromScene(map_view.scene_point(iso3))
    x, y, seen = at.x(), at.y(), []
    while 0 <= x < image.width() and 0 <= y < image.height():
        x, y = x + step[0], y + step[1]
        seen.append(image.pixelColor(x, y).name())
        if seen[-1].upper() == ocean.upper():
            return max(palette.contrast(c, ocean) for c in seen[-6:])
    raise AssertionError(f"no sea that way from {iso3}")


@pytest.mark.parametrize("name", ["light", "dark", "contrast"])
def test_pale_countries_are_outlined_against_the_sea_in_every_theme(qtbot, map_view, name):
    """Ukraine's own yellow and the agreement ramp's pale middle were 1.0-1.4:1 on the ocean: the
    outline every country carries shows the coast at 3:1 (issue 21)."""
    from ally_explorer.core import palette

    before = theme.current()
    theme.set_current(palette.THEMES[name])
    try:
        map_view.apply_theme()
        map_view.set_stances({"UKR": None})
        t = theme.current()
        assert QColor(map_view.canvas.backgroundBrush().color()) == QColor(t.ocean)
        assert all(item.pen().color() == QColor(t.map_border) for item in map_view.items.values())
        assert map_view.fill_color("UKR") == QColor(palette.UKRAINE)
        assert _coast_contrast(map_view, "UKR", (0, 1), t.ocean) >= 3.0  # down to the Black Sea
        map_view.set_agreement_source(lambda _year: {"NOR": 0.5})  # the ramp's palest colour
        map_view.set_years([2020])
        map_view.set_year(2020)
        map_view.set_mode("agreement")
        assert map_view.fill_color("NOR") == agreement_color(0.5)
        assert _coast_contrast(map_view, "NOR", (-1, 0), t.ocean) >= 3.0
    finally:
        theme.set_current(before)
        map_view.apply_theme()


def test_ukraine_with_a_stance_of_its_own_takes_the_stance_colour(map_view):
    map_view.set_stances({"UKR": "opposed"})
    assert map_view.fill_color("UKR") == QColor(theme.STANCE_COLORS["opposed"])
    assert map_view.crimea.brush().color() == map_view.fill_color("UKR")
    assert "Ukraine (invaded)" not in [label for _c, label in map_view.legend.rows]


def test_the_charts_axis_title_is_whole_at_every_height(qtbot, store):
    """The y axis says what it counts where the plot is tall enough, and "%" where it is not
    (a long title was cut to "e vote as Ru"); the chart is never shorter than its text."""
    chart = AgreementChart()
    qtbot.addWidget(chart)
    chart.set_series("Belarus", unvotes.agreement_series(store, "BLR"))
    chart.show()
    axis = chart.plot.getPlotItem().getAxis("left")
    for height, title in ((600, "% of votes as Russia's"), (chart.minimumSizeHint().height(), "%")):
        chart.resize(700, height)
        qtbot.waitUntil(lambda: axis.labelText == title, timeout=2000)
        assert axis.label.boundingRect().width() <= axis.height()
    assert chart.minimumSizeHint().height() >= chart.title.heightForWidth(688) + chart.note.heightForWidth(688) + 150


def _drawn_labels(axis) -> list[str]:
    from ally_explorer.ui.screen_checks import _drawn_tick_labels

    return [text for _rect, text in _drawn_tick_labels(axis, with_text=True)]


@pytest.mark.parametrize("points", [9, 16, 20])
def test_the_charts_tick_labels_stand_apart_at_every_text_size(qtbot, store, points):
    """With large text the y axis shows fewer ticks (50 alone at zoom 2) rather than "75", "50" and
    "25" over each other, and the years are never cut (issue 21)."""
    from PySide6.QtGui import QFont

    from ally_explorer.ui.screen_checks import tick_label_problems

    app = QApplication.instance()
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(points)
    app.setFont(font)  # the plot's axes take the application's font (zoom, desktop font)
    try:
        chart = AgreementChart()
        qtbot.addWidget(chart)
        chart.set_series("Belarus", unvotes.agreement_series(store, "BLR"))
        chart.set_plot_minimum_height(80)  # as under the country's details
        chart.show()
        item = chart.plot.getPlotItem()

        def ticks() -> list[int]:
            return chart.y_ticks(item.getViewBox().height())

        shown = []
        for height in (chart.minimumSizeHint().height(), 500):
            chart.resize(600, height)
            qtbot.waitUntil(lambda: item.getAxis("left")._tickLevels == [[(v, str(v)) for v in ticks()]])
            QApplication.processEvents()
            assert tick_label_problems(chart) == []
            shown.append(_drawn_labels(item.getAxis("left")))
            assert shown[-1] == [str(v) for v in reversed(ticks())]  # every tick chosen is drawn
        assert {"75", "50", "25"} <= set(shown[1])  # room enough: the scale
        assert len(shown[0]) == (3 if points == 9 else 1)  # 75, 50, 25 at 9 pt; 50 alone with large text
    finally:
        app.setFont(before)

"""Live themes (issue 20) and reduced motion (issue 21): the window follows the desktop's light or
dark switch while it runs, every widget takes the new colours, and steps jump when motion is reduced."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ally_explorer.core import palette
from ally_explorer.ui import theme


@pytest.fixture
def desktop(monkeypatch, window):
    """A desktop whose light/dark setting the test switches (offscreen Qt has none of its own).
    Windows other tests left open would follow the switch too (the palette is the application's):
    only the test's own window stays open."""
    for other in QApplication.topLevelWidgets():
        if other is not window and other.isVisible() and other.objectName() == "mainWindow":
            other.close()
    dark = {"on": False}
    monkeypatch.setattr(theme, "system_is_dark", lambda: dark["on"])

    def switch(on: bool) -> None:
        dark["on"] = on
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark if on else Qt.ColorScheme.Light)

    yield switch
    dark["on"] = False


def _background(plot) -> str:
    return plot.backgroundBrush().color().name().upper()


def test_system_theme_follows_a_live_switch_to_dark_and_back(window, desktop, qtbot):
    window.presentation.set_theme("system")
    light, dark = palette.THEMES["light"], palette.THEMES["dark"]
    assert QApplication.palette().color(QPalette.ColorRole.Window).name().upper() == light.window
    window.select_country("CHN")  # the agreement chart shows a plot
    chart = window.map_tab.chart.plot
    assert _background(chart) == light.plot_background

    desktop(True)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name().upper() == dark.window
    assert _background(chart) == dark.plot_background  # was always white ("w")
    assert _background(window.timeline.plot) == dark.plot_background
    assert window.map_tab.map.canvas.backgroundBrush().color().name().upper() == dark.ocean
    assert dark.banner_background.lower() in window.filters_indicator.styleSheet().lower()
    assert window.map_tab.map.fill_color("PRK") == QColor(dark.stance["ally"])

    desktop(False)
    assert _background(chart) == light.plot_background
    assert window.map_tab.map.fill_color("PRK") == QColor(light.stance["ally"])


def test_a_chosen_theme_ignores_the_desktop_switch(window, desktop):
    window.presentation.set_theme("light")
    desktop(True)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name().upper() == palette.THEMES["light"].window
    window.presentation.set_theme("system")
    assert QApplication.palette().color(QPalette.ColorRole.Window).name().upper() == palette.THEMES["dark"].window
    window.presentation.set_theme("light")


def test_badges_and_facet_entries_take_the_dark_themes_colours(window):
    window.presentation.set_theme("dark")
    dark = palette.THEMES["dark"]
    model = window.country_proxy
    from ally_explorer.ui.models.country_list import COLOR_ROLE, STANCE

    colours = {model.index(r, STANCE).data(COLOR_ROLE) for r in range(model.rowCount())}
    assert dark.stance["ally"] in colours and palette.THEMES["light"].stance["ally"] not in colours
    tree = window.facet_panel.tree
    group = tree.topLevelItem(0)
    shown = {group.child(i).foreground(0).color().name().upper() for i in range(group.childCount())}
    assert shown <= set(dark.category_text.values()) | {dark.muted}
    window.presentation.set_theme("light")


def test_reduced_motion_makes_steps_jump_and_is_remembered(window, qtbot):
    p = window.presentation
    p.motion.set_reduced(True)
    assert window.settings.value("reduceMotion", type=bool) is True
    window.select_country("SVK")
    p.enter()
    p.next()
    p.next()
    # no pan under way: the timeline is already where the step goes
    assert p._animation.state() != p._animation.State.Running
    rows = window.timeline.arrays.rows_for_event(window.timeline.selected_event)
    (a0, a1), _ = window.timeline.view.viewRange()
    assert a0 <= float(window.timeline.arrays.mid[rows].min()) <= a1
    assert not QApplication.isEffectEnabled(Qt.UIEffect.UI_AnimateCombo)
    p.leave()
    p.motion.set_reduced(False)
    assert p._animation.duration() > 0


def test_reduce_motion_is_in_the_view_menu(window):
    texts = [a.text().replace("&", "") for a in window.view_menu.actions()]
    assert "Reduce Motion" in texts


def _has_colour(image, colour: QColor, tolerance: int = 24) -> bool:
    target = (colour.red(), colour.green(), colour.blue())
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if all(abs(a - b) <= tolerance for a, b in zip((c.red(), c.green(), c.blue()), target)):
                return True
    return False


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_focused_check_box_and_the_focused_timeline_show_a_frame_in_the_focus_colour(window, qtbot, name):
    window.presentation.set_theme(name)
    focus = QColor(palette.THEMES[name].focus)
    box = window.facet_panel.from_check
    assert not _has_colour(box.grab().toImage(), focus)
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    assert _has_colour(box.grab().toImage(), focus)
    bar = window.tabs.tabBar()
    first = bar.tabRect(bar.currentIndex())
    assert not _has_colour(bar.grab(first).toImage(), focus)
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.hasFocus)
    assert _has_colour(bar.grab(first).toImage(), focus)
    plot = window.timeline.plot
    plot.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(plot.hasFocus)
    image = plot.grab().toImage()
    edge = image.copy(0, image.height() // 2, 3, 1)  # the left edge, half-way down
    assert _has_colour(edge, focus)
    window.presentation.set_theme("light")


def test_markers_tell_category_by_shape_and_confidence_by_fill(window):
    """Not colour alone: each category its own symbol, and reported, claimed and disputed no longer
    share one hollow circle."""
    from ally_explorer.core import vocab

    looks = {}
    arrays = window.timeline.arrays
    for spot in window.timeline.markers.points():
        row = int(spot.data())
        category = vocab.CATEGORIES[int(arrays.category[row])]
        confidence = vocab.CONFIDENCES[int(arrays.confidence[row])]
        filled = spot.brush().color().name().upper() != theme.current().plot_background
        looks.setdefault((category, confidence), set()).add((spot.symbol(), spot.pen().style(), filled))
    assert all(len(v) == 1 for v in looks.values())  # one look per category and confidence
    looks = {key: next(iter(v)) for key, v in looks.items()}
    shapes = {cat: {look[0].split("+")[0] for (c, _), look in looks.items() if c == cat} for cat in vocab.CATEGORIES}
    assert all(len(s) == 1 for s in shapes.values() if s)
    assert len({next(iter(s)) for s in shapes.values() if s}) == len([s for s in shapes.values() if s])
    by_confidence = {conf: {(look[0].split("+")[-1] if "+" in look[0] else "", *look[1:])
                            for (_, c), look in looks.items() if c == conf} for conf in vocab.CONFIDENCES}
    seen = [v for v in by_confidence.values() if v]
    for i, a in enumerate(seen):
        for b in seen[i + 1:]:
            assert not a & b  # no (cross, pen style, fill) shared between two confidence levels

"""Classroom mode: whole-interface zoom, themes, presenting full screen, stepping and autoplay.

Presenting hides editing and the chrome, switches to the high-contrast theme at a larger zoom,
and lets a presenter's clicker (Page Down/Up, arrows, Space) walk through the events in date
order — of the selected country, of all countries, or of a saved tour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEasingCurve, QObject, QSize, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QApplication

from ..core.errors import NotFoundError
from . import theme
from .widgets.detail_html import Style

if TYPE_CHECKING:
    from .main_window import MainWindow

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
BASE_FONT_PROPERTY = "allyExplorerBaseFontSize"


def base_point_size() -> float:
    """The application's font size at zoom 1, recorded once per process."""
    app = QApplication.instance()
    value = app.property(BASE_FONT_PROPERTY)
    if not value:
        value = app.font().pointSizeF() or 10.0
        app.setProperty(BASE_FONT_PROPERTY, value)
    return float(value)


class PresentationController(QObject):
    step_changed = Signal(str, int)  # kind, id of the item now shown
    presenting_changed = Signal(bool)

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.zoom = 1.0
        self.theme_name = "system"
        self.presenting = False
        self._saved: dict = {}
        self.sequence: list[tuple[str, int]] = []
        self.index = -1
        self.tour_name: str | None = None
        self.autoplay = QTimer(self)
        self.autoplay.setInterval(8000)
        self.autoplay.timeout.connect(self.next)
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(450)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._on_animation)
        self._build_actions()
        card = window.caption
        card.next_requested.connect(self.next)
        card.previous_requested.connect(self.previous)
        card.play_toggled.connect(self.set_playing)
        card.interval_changed.connect(lambda s: self.autoplay.setInterval(int(s) * 1000))

    # -- actions -------------------------------------------------------------------------------

    def _action(self, text, slot, shortcuts=(), *, checkable=False, tip="") -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_present = self._action("&Present", self.toggle, ["F5"], checkable=True,
                                        tip="Full screen, large and high contrast; arrows or a clicker step through events")
        self.act_leave = self._action("Leave Presentation", self.leave, ["Esc"])
        self.act_leave.setEnabled(False)
        self.act_zoom_in = self._action("Zoom &In", self.zoom_in, [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
                                        tip="Make every font and icon larger")
        self.act_zoom_out = self._action("Zoom &Out", self.zoom_out, [QKeySequence.StandardKey.ZoomOut])
        self.act_zoom_reset = self._action("&Actual Size", lambda: self.set_zoom(1.0), ["Ctrl+0"])
        self.act_next = self._action("Next Event", self.next, ["Right", "PgDown"])
        self.act_space = self._action("Next or Pause", self.on_space, ["Space"])
        self.act_prev = self._action("Previous Event", self.previous, ["Left", "PgUp", "Shift+Space"])
        self.act_play = self._action("Autoplay", self.set_playing, ["P"], checkable=True,
                                     tip="Step on by itself; Space pauses")
        for action in (self.act_next, self.act_prev, self.act_play, self.act_space):
            action.setEnabled(False)  # only while presenting: arrows belong to the list otherwise
        self.act_step_next = self._action("Step &Forward", self.next, ["Alt+Right"],
                                          tip="Show the next event in date order")
        self.act_step_prev = self._action("Step &Back", self.previous, ["Alt+Left"])
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name, label in theme.THEME_LABELS.items():
            action = QAction(label, self.window, checkable=True)
            action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            self.theme_group.addAction(action)
            self.theme_actions[name] = action

    def install_menus(self, view_menu) -> None:
        view_menu.addSeparator()
        view_menu.addAction(self.act_present)
        view_menu.addAction(self.act_step_next)
        view_menu.addAction(self.act_step_prev)
        view_menu.addSeparator()
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            view_menu.addAction(action)
        themes = view_menu.addMenu("&Theme")
        for action in self.theme_actions.values():
            themes.addAction(action)

    # -- zoom ----------------------------------------------------------------------------------

    def set_zoom(self, factor: float, *, remember: bool = True) -> None:
        """Scale every font and icon in the application, not only the timeline."""
        factor = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], float(factor)))
        self.zoom = factor
        app = QApplication.instance()
        font = QFont(app.font())
        font.setPointSizeF(base_point_size() * factor)
        app.setFont(font)
        w = self.window
        icon = round(16 * factor)
        w.toolbar.setIconSize(QSize(icon, icon))
        w.country_view.setIconSize(QSize(round(icon * 4 / 3), icon))
        w.country_view.verticalHeader().setDefaultSectionSize(w.country_view.fontMetrics().height() + round(14 * factor))
        w.fit_country_columns()
        w.timeline.set_scale(factor)
        w.caption.apply_fonts()
        w.detail.document().setDefaultFont(font)
        w.detail.rerender()
        if remember:
            w.settings.setValue("presentZoom" if self.presenting else "zoom", factor)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 1e-6), ZOOM_STEPS[0]))

    # -- themes --------------------------------------------------------------------------------

    def set_theme(self, name: str, *, remember: bool = True) -> None:
        if name not in theme.THEME_LABELS:
            name = "system"
        self.theme_name = name
        self.theme_actions[name].setChecked(True)
        self._apply_theme(theme.resolve_theme(name))
        if remember:
            self.window.settings.setValue("theme", name)

    def _apply_theme(self, t: theme.Theme) -> None:
        QApplication.instance().setPalette(theme.palette_for(t))
        w = self.window
        w.detail.style_colors = Style(text=t.text, muted=t.muted, highlight=t.mark, rule=t.muted, link=t.link)
        w.detail.rerender()
        w.timeline.apply_theme(t)
        self.current_theme = t

    # -- presenting ----------------------------------------------------------------------------

    def toggle(self) -> None:
        self.leave() if self.presenting else self.enter()

    def enter(self) -> None:
        if self.presenting:
            return
        w = self.window
        self._saved = {
            "geometry": w.saveGeometry(), "state": w.saveState(), "maximized": w.isMaximized(),
            "menubar": w.menuBar().isVisible(), "status": w.statusBar().isVisible(),
            "facets": w.facet_panel.isVisible(), "locked": w.editing.locked, "zoom": self.zoom,
            "splitters": [s.saveState() for s in (w.main_splitter, w.top_splitter, w.left_splitter)],
        }
        self.presenting = True
        self.act_present.setChecked(True)
        w.editing.set_locked(True, remember=False)
        w.menuBar().hide()
        w.statusBar().hide()
        w.toolbar.hide()
        w.facet_panel.hide()
        w.caption.show()
        for action in (self.act_next, self.act_prev, self.act_play, self.act_space, self.act_leave):
            action.setEnabled(True)
        self._apply_theme(theme.THEMES["contrast"])
        zoom = w.settings.value("presentZoom", 1.5, type=float)
        self.set_zoom(zoom, remember=False)
        w.showFullScreen()
        self.relayout()
        if not self.sequence:
            self.use_events()
        if self.index < 0 and self.sequence:
            self.index = 0  # open on the first event: the caption card is never empty
        self._show_current(animate=False)
        self.presenting_changed.emit(True)

    def relayout(self) -> None:
        """Presentation proportions: a wide enough country list, a tall timeline."""
        w = self.window
        width, height = max(w.width(), 800), max(w.height(), 600)
        w.main_splitter.setSizes([int(height * 0.42), int(height * 0.58)])
        w.top_splitter.setSizes([int(width * 0.27), int(width * 0.73), 0])

    def leave(self) -> None:
        if not self.presenting:
            return
        w = self.window
        s = self._saved
        self.set_playing(False)
        self.presenting = False
        self.act_present.setChecked(False)
        for action in (self.act_next, self.act_prev, self.act_play, self.act_space, self.act_leave):
            action.setEnabled(False)
        w.caption.hide()
        w.showNormal()
        w.menuBar().setVisible(s.get("menubar", True))
        w.statusBar().setVisible(s.get("status", True))
        w.toolbar.show()
        w.facet_panel.setVisible(s.get("facets", True))
        w.editing.set_locked(s.get("locked", False), remember=False, permanent=w.read_only)
        self.set_zoom(s.get("zoom", 1.0), remember=False)
        self.set_theme(self.theme_name, remember=False)
        for splitter, state in zip((w.main_splitter, w.top_splitter, w.left_splitter), s.get("splitters", [])):
            splitter.restoreState(state)
        geometry = s.get("geometry")
        if isinstance(geometry, QByteArray):
            w.restoreGeometry(geometry)
        if isinstance(s.get("state"), QByteArray):
            w.restoreState(s["state"])
        if s.get("maximized"):
            w.showMaximized()
        self.tour_name = None
        self.presenting_changed.emit(False)

    # -- stepping ------------------------------------------------------------------------------

    def use_events(self) -> None:
        """Step through events in date order: the selected country's, or everyone's."""
        w = self.window
        self.sequence = [("event", i) for i in w.store.event_ids(country_id=w.current_country, filters=w.filters)]
        self.tour_name = None
        current = w.current_event
        self.index = next((i for i, (_, x) in enumerate(self.sequence) if x == current), -1)

    def use_items(self, items: list[tuple[str, int]], name: str | None = None) -> None:
        """Step through a tour's events and statements in its own order."""
        self.sequence = list(items)
        self.tour_name = name
        self.index = -1

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.sequence:
            self.use_events()
        if not self.sequence:
            return
        if self.index < 0:
            self.index = 0 if delta > 0 else len(self.sequence) - 1
        else:
            self.index = (self.index + delta) % len(self.sequence)  # wraps at both ends
        self._show_current(animate=True)

    def _show_current(self, *, animate: bool) -> None:
        if not 0 <= self.index < len(self.sequence):
            return
        w = self.window
        kind, item_id = self.sequence[self.index]
        position = (self.index + 1, len(self.sequence))
        try:
            if kind == "event":
                event = w.store.event(item_id)
                w.select_event(item_id, center=False)
                self._centre_timeline(item_id, animate)
                w.caption.show_event(event, self._source(event.source_id), position, w.country_names())
            else:
                statement = w.store.statement(item_id)
                w.select_statement(item_id)
                w.caption.show_statement(statement, self._source(statement.source_id), position)
        except NotFoundError:
            return
        self.step_changed.emit(kind, item_id)

    def _source(self, source_id: str):
        try:
            return self.window.store.source(source_id)
        except NotFoundError:
            return None

    def _centre_timeline(self, event_id: int, animate: bool) -> None:
        tl = self.window.timeline
        rows = tl.arrays.rows_for_event(event_id)
        if not len(rows):
            return
        (x0, x1), _ = tl.view.viewRange()
        width = x1 - x0
        start, end = float(tl.arrays.start[rows].min()), float(tl.arrays.end[rows].max())
        if end - start > width * 0.8:
            width = (end - start) * 1.4
        mid = (start + end) / 2
        target = (mid - width / 2, mid + width / 2)
        self._animation.stop()
        if not animate or self._animation.duration() == 0:
            tl.view.setXRange(*target, padding=0)
            return
        self._anim_width = (x1 - x0, width)
        self._anim_target = target
        self._animation.setStartValue(float(x0 + x1) / 2)  # may emit valueChanged: ignored while stopped
        self._animation.setEndValue(float(mid))
        self._animation.start()

    def finish_animation(self) -> None:
        """Jump to where a running pan of the timeline is going (screenshots, scripts)."""
        if self._animation.state() == QVariantAnimation.State.Running:
            self._animation.stop()
            self.window.timeline.view.setXRange(*self._anim_target, padding=0)

    def _on_animation(self, centre) -> None:
        if self._animation.state() != QVariantAnimation.State.Running:
            return  # setting the start or end value reports a value too
        tl = self.window.timeline
        start_width, end_width = getattr(self, "_anim_width", (1.0, 1.0))
        progress = self._animation.currentTime() / max(self._animation.duration(), 1)
        width = start_width + (end_width - start_width) * min(max(progress, 0.0), 1.0)
        tl.view.setXRange(float(centre) - width / 2, float(centre) + width / 2, padding=0)

    def set_playing(self, playing: bool) -> None:
        playing = bool(playing)
        if playing:
            self.autoplay.start()
        else:
            self.autoplay.stop()
        self.act_play.setChecked(playing)
        self.window.caption.set_playing(playing)

    def on_space(self) -> bool:
        """Space pauses autoplay; otherwise it steps on. Returns True when it paused."""
        if self.autoplay.isActive():
            self.set_playing(False)
            return True
        self.next()
        return False


__all__ = ["PresentationController", "ZOOM_STEPS", "Qt"]

"""Classroom mode: whole-interface zoom, themes, presenting full screen, stepping and autoplay.

Presenting hides editing and the chrome, switches to the high-contrast theme at a larger zoom,
and lets a presenter's clicker (Page Down/Up, arrows, Space) walk through the events in date
order — of the selected country, of all countries, or of a saved tour.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QSettings, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ..core.errors import NotFoundError
from . import theme
from .live_theme import retheme_open_windows
from .layout import Layout, WindowLayout
from .announce import announce
from .motion import MotionPreference
from .presenting_keys import PresentingKeys
from .state import ExplorerState
from .widgets.caption import CaptionCard
from .widgets.timeline import TimelineWidget
from .i18n import translate

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
BASE_FONT_PROPERTY = "allyExplorerBaseFontSize"
#: The panels presenting hides (by their names in the ``WindowLayout``), and the one it shows.
CHROME = ("menubar", "statusbar", "toolbar", "facets", "countries", "details")
#: The panels a presenter can bring back while presenting (one key each), around the timeline.
ASIDE = ("countries", "details", "facets")
#: The caption may take this share of the screen; its text shrinks to fit rather than being cut.
CAPTION_SHARE = 0.5
#: The zoom a presentation opens at until the presenter picks another (Ctrl+0 returns to it).
PRESENT_ZOOM = 1.5
#: How long a presentation step pans the timeline (none with reduced motion).
PAN_MS = 450


def base_point_size() -> float:
    """The application's font size at zoom 1, recorded once per process."""
    app = QApplication.instance()
    value = app.property(BASE_FONT_PROPERTY)
    if not value:
        value = app.font().pointSizeF() or 10.0
        app.setProperty(BASE_FONT_PROPERTY, value)
    return float(value)


class Appearance(QObject):
    """The application-wide part of zoom and theme (the font and palette every widget inherits).
    Made before the views, so it has applied the font and palette by the time they hear of a change."""

    def __init__(self, state: ExplorerState, parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        state.zoom_changed.connect(self._on_state_zoom_changed)
        state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_zoom_changed(state.zoom)
        self._on_state_theme_changed(state.theme)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+: the desktop switched light/dark live
            hints.colorSchemeChanged.connect(self._on_color_scheme_changed)
        accessibility = theme.accessibility_hints()
        if hasattr(accessibility, "contrastPreferenceChanged"):  # Qt 6.10+: high contrast switched
            accessibility.contrastPreferenceChanged.connect(self._on_color_scheme_changed)

    def _on_state_zoom_changed(self, factor: float) -> None:
        app = QApplication.instance()
        font = QFont(app.font())
        font.setPointSizeF(base_point_size() * factor)
        app.setFont(font)

    def _on_state_theme_changed(self, name: str) -> None:
        t = theme.resolve_theme(name)
        theme.set_current(t)
        app = QApplication.instance()
        theme.install_focus_style(app)
        app.setPalette(theme.palette_for(t))
        window = self.parent()
        retheme_open_windows(besides=window if isinstance(window, QWidget) else None)  # dialogs already open

    def _on_color_scheme_changed(self, *_) -> None:
        window = self.parent()
        if isinstance(window, QWidget) and not window.isVisible():
            return  # a closed window (waiting to be deleted) leaves the palette to the open one
        if self._state.theme == "system":
            self._state.refresh_theme()


class PresentationController(QObject):
    """Presenting, stepping, zoom and theme. Depends on the state, the window's ``WindowLayout``
    (to hide the chrome and give it back), the caption card it drives and the timeline it pans."""

    step_changed = Signal(str, int)  # kind, id of the item now shown
    presenting_changed = Signal(bool)

    def __init__(self, state: ExplorerState, layout: WindowLayout, caption: CaptionCard,
                 timeline: TimelineWidget, settings: QSettings, parent: QWidget):
        super().__init__(parent)
        self._state = state
        self._layout = layout
        self._window = parent  # the actions' owner: their shortcuts work anywhere in it
        self.caption = caption
        self.timeline = timeline
        self.settings = settings
        self.theme_name = "system"
        self.current_theme = theme.resolve_theme(state.theme)
        self._saved: Layout | None = None
        self._black: BlackScreen | None = None
        self.scope = ""
        self.sequence: list[tuple[str, int]] = []
        self.index = -1
        self.tour_name: str | None = None
        self.autoplay = QTimer(self)
        self.autoplay.setInterval(8000)
        self.autoplay.timeout.connect(self.next)
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(PAN_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._on_animation)
        self.motion = MotionPreference(settings, parent)  # reduced: steps jump instead of panning
        self.motion.changed.connect(self._on_motion_changed)
        self._on_motion_changed(self.motion.reduced)
        self._build_actions()
        caption.next_requested.connect(self.next)
        caption.previous_requested.connect(self.previous)
        caption.play_toggled.connect(self.set_playing)
        caption.interval_changed.connect(self._on_interval_changed)
        state.zoom_changed.connect(self._on_state_zoom_changed)
        state.theme_changed.connect(self._on_state_theme_changed)
        self._keys: PresentingKeys | None = None  # focused controls keep the keys they use
        state.presenting_changed.connect(self._on_state_presenting_changed)

    @property
    def presenting(self) -> bool:
        return self._state.presenting

    def _on_state_presenting_changed(self, presenting: bool) -> None:
        if presenting and self._keys is None:
            self._keys = PresentingKeys(lambda: self._state.presenting, self)
        elif not presenting and self._keys is not None:
            self._keys.remove()
            self._keys = None

    @property
    def zoom(self) -> float:
        return self._state.zoom

    # -- actions -------------------------------------------------------------------------------

    def _action(self, text, slot, shortcuts=(), *, checkable=False, tip="") -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_present = self._action(self.tr("&Present"), self.toggle, ["F5"], checkable=True,
                                        tip=self.tr("Full screen, large and high contrast; arrows or a clicker step through events"))
        self.act_leave = self._action(self.tr("Leave Presentation"), self.leave, ["Esc"])
        self.act_leave.setEnabled(False)
        self.act_zoom_in = self._action(self.tr("Zoom &In"), self.zoom_in, [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
                                        tip=self.tr("Make every font and icon larger"))
        self.act_zoom_out = self._action(self.tr("Zoom &Out"), self.zoom_out, [QKeySequence.StandardKey.ZoomOut])
        self.act_zoom_reset = self._action(self.tr("&Actual Size"), self.reset_zoom, ["Ctrl+0"])
        self.act_next = self._action(self.tr("Next Event"), self.next, ["Right", "PgDown"])
        self.act_space = self._action(self.tr("Next or Pause"), self.on_space, ["Space"])
        self.act_prev = self._action(self.tr("Previous Event"), self.previous, ["Left", "PgUp", "Shift+Space"])
        self.act_play = self._action(self.tr("Autoplay"), self.set_playing, ["P"], checkable=True,
                                     tip=self.tr("Step on by itself; Space pauses"))
        for action in (self.act_next, self.act_prev, self.act_play, self.act_space):
            action.setEnabled(False)  # only while presenting: arrows belong to the list otherwise
        self.aside_actions: dict[str, QAction] = {}
        for name, text, key in (("countries", self.tr("Show Country &List"), "L"),
                                ("details", self.tr("Show &Details and Chart"), "D"),
                                ("facets", self.tr("Show &Filters"), "F")):
            action = self._action(text, self._on_aside_toggled, [key], checkable=True,
                                  tip=self.tr("While presenting: bring this panel back beside the timeline"))
            action.setData(name)
            action.setEnabled(False)
            self.aside_actions[name] = action
        self.act_black = self._action(self.tr("&Black Screen"), self.toggle_black, ["B"], checkable=True,
                                      tip=self.tr("Blank the projector; B or any key brings the picture back"))
        self.act_black.setEnabled(False)
        self.act_all_events = self._action(self.tr("Step Through &All Events"), self.step_all_events, ["A"],
                                           tip=self.tr("While presenting: every event in date order"))
        self.act_country_events = self._action(self.tr("Step Through the &Country's Events"),
                                               self.step_country_events, ["C"],
                                               tip=self.tr("While presenting: the selected country's events"))
        self.act_all_events.setEnabled(False)
        self.act_country_events.setEnabled(False)
        self._presenting_only = (self.act_next, self.act_prev, self.act_play, self.act_space, self.act_leave,
                                 self.act_black, self.act_all_events, self.act_country_events,
                                 *self.aside_actions.values())
        self.act_step_next = self._action(self.tr("Step &Forward"), self.next, ["Alt+Right"],
                                          tip=self.tr("Show the next event in date order"))
        self.act_step_prev = self._action(self.tr("Step &Back"), self.previous, ["Alt+Left"])
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name, label in theme.THEME_LABELS.items():
            action = QAction(translate("Theme", label), self._window, checkable=True)
            action.setData(name)
            action.triggered.connect(self._on_theme_action)
            self.theme_group.addAction(action)
            self.theme_actions[name] = action

    def install_menus(self, view_menu) -> None:
        view_menu.addSeparator()
        view_menu.addAction(self.act_present)
        view_menu.addAction(self.act_step_next)
        view_menu.addAction(self.act_step_prev)
        presenting = view_menu.addMenu(self.tr("While &Presenting"))
        for action in (*self.aside_actions.values(), None, self.act_black, None, self.act_all_events,
                       self.act_country_events, self.act_play, self.act_leave):
            presenting.addSeparator() if action is None else presenting.addAction(action)
        view_menu.addSeparator()
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            view_menu.addAction(action)
        themes = view_menu.addMenu(self.tr("&Theme"))
        for action in self.theme_actions.values():
            themes.addAction(action)
        view_menu.addAction(self.motion.action)

    def _on_motion_changed(self, reduced: bool) -> None:
        self.finish_animation()
        self._animation.setDuration(0 if reduced else PAN_MS)

    def _on_interval_changed(self, seconds: int) -> None:
        self.autoplay.setInterval(int(seconds) * 1000)

    def _on_theme_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.set_theme(str(action.data()))

    # -- zoom ----------------------------------------------------------------------------------

    def set_zoom(self, factor: float, *, remember: bool = True) -> None:
        """Scale every font and icon in the application, not only the timeline."""
        factor = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], float(factor)))
        self._state.set_zoom(factor)
        if remember:
            self.settings.setValue("presentZoom" if self.presenting else "zoom", factor)

    def reset_zoom(self) -> None:
        """Actual size: 1 in the window; while presenting, the presentation's own zoom (the
        window's saved zoom and the presenter's choice are left as they are)."""
        if self.presenting:
            self.set_zoom(PRESENT_ZOOM, remember=False)
        else:
            self.set_zoom(1.0)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 1e-6), ZOOM_STEPS[0]))

    def _on_state_zoom_changed(self, _factor: float) -> None:
        self.caption.apply_fonts()
        self.fit_caption()

    # -- themes --------------------------------------------------------------------------------

    def set_theme(self, name: str, *, remember: bool = True) -> None:
        """The user's theme (presenting shows the high-contrast one until it ends)."""
        if name not in theme.THEME_LABELS:
            name = "system"
        self.theme_name = name
        self.theme_actions[name].setChecked(True)
        if not self.presenting:
            self._state.set_theme(name)
        if remember:
            self.settings.setValue("theme", name)

    def _on_state_theme_changed(self, name: str) -> None:
        self.current_theme = theme.resolve_theme(name)

    # -- presenting ----------------------------------------------------------------------------

    def toggle(self) -> None:
        self.leave() if self.presenting else self.enter()

    def enter(self) -> None:
        if self.presenting:
            return
        self._saved = self._layout.snapshot(zoom=self.zoom)
        self.act_present.setChecked(True)
        self._layout.set_panels({name: False for name in CHROME} | {"caption": True})
        for action in self._presenting_only:
            action.setEnabled(True)
        for action in self.aside_actions.values():
            action.setChecked(False)
        self._update_top()
        self._state.set_presenting(True)  # editing locks itself
        self._state.set_theme("contrast")
        self.set_zoom(self.settings.value("presentZoom", PRESENT_ZOOM, type=float), remember=False)
        self._layout.window.showFullScreen()
        self.relayout()
        if not self.sequence:
            self.use_events()
        if self.index < 0 and self.sequence:
            self.index = 0  # open on the first event: the caption card is never empty
        self._show_current(animate=False)
        self.presenting_changed.emit(True)

    def relayout(self) -> None:
        """Presentation proportions: the caption and the timeline take the screen; a panel
        brought back takes the top third beside them."""
        w = self._layout.window
        width, height = max(w.width(), 640), max(w.height(), 480)
        splitters = self._layout.splitters
        top = not self._layout.panels["top"].isHidden() if "top" in self._layout.panels else False
        splitters["mainSplitter"].setSizes([int(height * 0.34), int(height * 0.66)] if top else [0, height])
        shown = [not self._layout.panels[name].isHidden() for name in ("countries", "details", "facets")
                 if name in self._layout.panels]
        if len(shown) == 3 and any(shown):
            weights = [share if on else 0.0 for share, on in zip((0.3, 0.5, 0.2), shown)]
            splitters["topSplitter"].setSizes([int(width * share / sum(weights)) for share in weights])
        self.fit_caption()

    def fit_caption(self) -> None:
        """Wrap, then shrink, the caption's text until it fits its share of the screen."""
        if self.presenting:
            # With a panel brought back (the map, D) the timeline box has two thirds of the screen:
            # the caption gets half its usual share, so it never covers the "as of" bar and the lanes.
            top = "top" in self._layout.panels and not self._layout.panels["top"].isHidden()
            share = CAPTION_SHARE / 2 if top else CAPTION_SHARE
            self.caption.fit(int(max(self._layout.window.height(), 480) * share))

    def _update_top(self) -> None:
        """The list, details and filters row shows when any of them is brought back."""
        panels = self._layout.panels
        if "top" in panels:
            panels["top"].setVisible(any(not panels[n].isHidden() for n in ASIDE if n in panels))

    def _on_aside_toggled(self, checked: bool) -> None:
        action = self.sender()
        if not self.presenting or not isinstance(action, QAction):
            return
        self._layout.set_panels({str(action.data()): bool(checked)})
        self._update_top()
        self.relayout()

    def toggle_black(self, *_checked) -> None:
        """B, as in slide software: a black screen until B or any key or click."""
        if self._black is not None:
            self._black.hide()
            self._black.deleteLater()
            self._black = None
            self.act_black.setChecked(False)
            return
        if not self.presenting:
            self.act_black.setChecked(False)
            return
        self._black = BlackScreen(self._layout.window, self.toggle_black)
        self.act_black.setChecked(True)

    @property
    def black(self) -> bool:
        return self._black is not None

    def leave(self) -> None:
        if not self.presenting:
            return
        self.set_playing(False)
        if self._black is not None:
            self.toggle_black()
        self.act_present.setChecked(False)
        for action in self._presenting_only:
            action.setEnabled(False)
        for action in self.aside_actions.values():
            action.setChecked(False)
        saved = self._saved
        self.caption.fit(None)
        self._layout.set_panels({"caption": False})
        self._state.set_presenting(False)  # editing unlocks itself
        self._state.set_theme(self.theme_name)
        if saved is not None:
            self.set_zoom(saved.zoom, remember=False)
            self._layout.apply(saved)
        self._saved = None
        self.tour_name = None
        self.presenting_changed.emit(False)

    # -- stepping ------------------------------------------------------------------------------

    def use_events(self, *, everyone: bool = False) -> None:
        """Step through events in date order: the selected country's, or everyone's."""
        state = self._state
        country = None if everyone else state.country
        self.sequence = [("event", i) for i in state.store.event_ids(country_id=country, filters=state.filters)]
        self.tour_name = None
        name = state.country_names().get(country, country) if country else None
        self.scope = self.tr("%1's events").replace("%1", name) if name else self.tr("All events")
        current = state.event
        self.index = next((i for i, (_, x) in enumerate(self.sequence) if x == current), -1)

    def use_items(self, items: list[tuple[str, int]], name: str | None = None) -> None:
        """Step through a tour's events and statements in its own order."""
        self.sequence = list(items)
        self.tour_name = name
        self.scope = self.tr("Tour “%1”").replace("%1", name) if name else self.tr("Tour")
        self.index = -1

    def step_all_events(self) -> None:
        """From here on, every event in date order (starting at the one shown, if any)."""
        self.use_events(everyone=True)
        if self.index < 0 and self.sequence:
            self.index = 0
        self._show_current(animate=True)

    def step_country_events(self) -> None:
        """From here on, the selected country's events (everyone's when none is selected)."""
        self.use_events()
        if self.index < 0 and self.sequence:
            self.index = 0
        self._show_current(animate=True)

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
        state = self._state
        kind, item_id = self.sequence[self.index]
        position = (self.index + 1, len(self.sequence))
        self.caption.set_scope(self.scope)
        try:
            if kind == "event":
                event = state.store.event(item_id)
                state.select_event(item_id)
                self._centre_timeline(item_id, animate)
                self.caption.show_event(event, self._source(event.source_id), position, state.country_names())
            else:
                statement = state.store.statement(item_id)
                state.select_entry("statement", item_id)
                self.caption.show_statement(statement, self._source(statement.source_id), position)
        except NotFoundError:
            return
        self.fit_caption()
        announce(self.caption, self.caption.spoken_text())  # a screen reader hears each new step
        self.step_changed.emit(kind, item_id)

    def _source(self, source_id: str):
        try:
            return self._state.store.source(source_id)
        except NotFoundError:
            return None

    def _centre_timeline(self, event_id: int, animate: bool) -> None:
        tl = self.timeline
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
            self.timeline.view.setXRange(*self._anim_target, padding=0)

    def _on_animation(self, centre) -> None:
        if self._animation.state() != QVariantAnimation.State.Running:
            return  # setting the start or end value reports a value too
        tl = self.timeline
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
        self.caption.set_playing(playing)

    def on_space(self) -> bool:
        """Space pauses autoplay; otherwise it steps on. Returns True when it paused."""
        if self.autoplay.isActive():
            self.set_playing(False)
            return True
        self.next()
        return False


    def play(self, items: list, name: str) -> None:
        """Present a tour: step through its events and quotes in its own order."""
        self.use_items([tuple(i) for i in items], name)
        self.index = 0
        if self.presenting:
            self._show_current(animate=True)
        else:
            self.enter()


class BlackScreen(QLabel):
    """A black cover over the whole window; B, any other key or a click takes it away."""

    def __init__(self, window: QWidget, dismiss):
        super().__init__(window)
        self.setObjectName("blackScreen")
        self.setStyleSheet("background: black;")
        self._dismiss = dismiss
        self.setGeometry(window.rect())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        window.installEventFilter(self)
        self.show()
        self.raise_()
        self.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def keyPressEvent(self, event) -> None:
        event.accept()
        self._dismiss()

    def mousePressEvent(self, event) -> None:
        event.accept()
        self._dismiss()


__all__ = ["Appearance", "PRESENT_ZOOM", "PresentationController", "ZOOM_STEPS"]

"""The timeline's date band (the date filter drawn as a shaded band, dragged with the mouse) from
the keyboard: on the focused timeline, [ starts the band at the selected event, ] ends it there
(walk to the events with the arrow keys first; a start past the end, or an end before the
start, makes the band that event's days), Backspace takes the band away. With no event
selected, the day in the middle of the view. The band is the date filter: the filters panel's
From and To boxes show the same days and set them to the day.

It writes the state's filters (the timeline's feed draws the band from them) and says the range
aloud. An event filter on the plot, installed after the timeline's own, so it hears these first.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt

from ..core.errors import NotFoundError
from .announce import announce
from .dates import format_day
from .i18n import translate
from .state import ExplorerState
from .widgets.timeline import TimelineWidget, seconds_to_iso

START, END = "[", "]"


def band_text(date_from: str | None, date_to: str | None) -> str:
    """What a screen reader hears of the band."""
    if date_from and date_to:
        return translate("DateBandKeys", "Date filter: from {start} to {end}").format(start=format_day(date_from), end=format_day(date_to))
    if date_from:
        return translate("DateBandKeys", "Date filter: from {start}").format(start=format_day(date_from))
    if date_to:
        return translate("DateBandKeys", "Date filter: until {end}").format(end=format_day(date_to))
    return translate("DateBandKeys", "Date filter off")


class DateBandKeys(QObject):
    def __init__(self, state: ExplorerState, timeline: TimelineWidget, parent: QObject | None = None):
        super().__init__(parent if parent is not None else timeline)
        self._state = state
        self._timeline = timeline
        plot = timeline.plot
        plot.installEventFilter(self)
        plot.setAccessibleDescription(plot.accessibleDescription() + ". " + translate(
            "DateBandKeys", "[ and ]: the date filter starts or ends at the selected event; Backspace: no date filter"))
        timeline.brush_button.setToolTip(translate(
            "DateBandKeys", "Filter by a date range: drag the shaded band's edges, or Shift+drag on the timeline; "
            "from the keyboard, [ and ] on the timeline start and end it at the selected event"))

    def _days(self) -> tuple[str, str]:
        """The selected event's first and last possible day; else the day in the view's middle."""
        state = self._state
        if state.event is not None:
            try:
                event = state.store.event(state.event)
            except NotFoundError:
                event = None
            if event is not None and event.date_start and event.date_end:
                return event.date_start, event.date_end
        x0, x1 = self._timeline.visible_time()
        middle = seconds_to_iso((x0 + x1) / 2)
        return middle, middle

    def handle_key(self, text: str, key: int) -> bool:
        f = self._state.filters
        if text in (START, END):
            first, last = self._days()
            if text == START:
                date_from, date_to = first, f.date_to if f.date_to is None or f.date_to >= first else last
            else:
                date_from, date_to = f.date_from if f.date_from is None or f.date_from <= last else first, last
        elif key == Qt.Key.Key_Backspace:
            date_from = date_to = None
        else:
            return False
        self._state.set_filters(replace(f, date_from=date_from, date_to=date_to))
        announce(self._timeline.plot, band_text(date_from, date_to))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._timeline.plot and event.type() == QEvent.Type.KeyPress:
            mods = event.modifiers()
            # Ctrl is the window's; Ctrl with Alt is AltGr, which types "[" on some keyboards
            if not mods & Qt.KeyboardModifier.ControlModifier or mods & Qt.KeyboardModifier.AltModifier:
                return self.handle_key(event.text(), event.key())
        return False


__all__ = ["DateBandKeys", "band_text"]

"""How the window shares its height when the text is large (the app's zoom 2, a 16 pt desktop font).

Splitters share the height by their stretch factors and their parts' minimum sizes, and that
was not enough at zoom 2 on a 1366x768 screen (issue 21):

- ``TimelineRoom``: the timeline's header wraps its legend to the width it has (three lines at
  zoom 2) and its plot keeps room for three lanes (``TimelineWidget.set_scale``), but a wrapped
  label's height is not part of a layout's minimum: the main splitter left the timeline one
  lane. The timeline's minimum height becomes what its header needs at its present width plus
  the plot's minimum, again whenever the width, the font or the legend changes.
- ``DetailRoom``: the country tab's details, with the UN agreement chart under them at its
  minimum (title, plot and note), were left one line. Where the tab cannot hold both the chart
  and ``DETAIL_LINES`` lines of details, the chart folds away (its splitter handle brings it
  back, and its yearly figures are the UN votes tab's table); it unfolds when there is room again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QSplitter

from .widgets.timeline import TimelineWidget

#: The country's details never get fewer lines than this while the chart shares their tab.
DETAIL_LINES = 5


def _later(parent: QObject, slot) -> QTimer:
    """A zero-delay single-shot timer: run ``slot`` once the layout has taken in a change."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    return timer


class TimelineRoom(QObject):
    """Keeps ``timeline`` at least as tall as its wrapped header and its plot's minimum."""

    def __init__(self, timeline: TimelineWidget):
        super().__init__(timeline)
        self._timeline = timeline
        self._timer = _later(self, self.update)
        self._scaled = False
        timeline.installEventFilter(self)
        timeline.legend.installEventFilter(self)

    def needed_height(self) -> int:
        tl = self._timeline
        legend = tl.legend
        header = legend.heightForWidth(legend.width()) if legend.isVisibleTo(tl) and legend.width() > 0 else 0
        header = max(header, tl.zoom_button.sizeHint().height())
        layout = tl.layout()
        margins = layout.contentsMargins()
        bar = layout.itemAt(0).layout()
        bar_margins = bar.contentsMargins() if bar is not None else margins
        chrome = margins.top() + margins.bottom() + layout.spacing() + bar_margins.top() + bar_margins.bottom()
        return header + chrome + tl.plot.minimumHeight()

    def update(self) -> None:
        tl = self._timeline
        if not tl.isVisible():
            return  # a closed window's timeline (its store may be closed): nothing to make room for
        if not self._scaled:
            # Zoom changes rescale the timeline; a large desktop font is there from the start: size
            # the axis and the lanes for it once, when shown (not while the window is being built or
            # between a show and a close: its labels would be placed after its store closed).
            self._scaled = True
            tl.set_scale(tl._scale)
            tl.plot.getPlotItem().layout.activate()  # the axis at its new height now
        needed = self.needed_height()
        if self._timeline.minimumHeight() != needed:
            self._timeline.setMinimumHeight(needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()  # the legend's new width: the height it wraps to is known now
        # the font, or (a layout request) the plot's minimum or the legend's text
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._timer.start()
        return False


class DetailRoom(QObject):
    """Folds away what sits under the first widget of ``splitter`` (the country's details) when
    it would leave the details fewer than ``DETAIL_LINES`` lines, and unfolds it with room again.
    Only a change of room acts: a chart the user dragged open stays open."""

    def __init__(self, splitter: QSplitter):
        super().__init__(splitter)
        self._splitter = splitter
        self._fits: bool | None = None
        self._unfolded_size = 0  # the chart's height before it folded
        self._timer = _later(self, self.update)
        splitter.installEventFilter(self)

    @property
    def folded(self) -> bool:
        return self._fits is False

    def needed_height(self) -> int:
        """The details' lines plus the others' minimum heights and the handles between them."""
        s = self._splitter
        details = s.widget(0)
        lines = DETAIL_LINES * QFontMetricsF(details.font()).height() + 2 * getattr(details, "frameWidth", lambda: 0)()
        others = sum(s.widget(i).minimumSizeHint().height() for i in range(1, s.count()) if not s.widget(i).isHidden())
        return int(lines + others + s.handleWidth() * (s.count() - 1))

    def update(self) -> None:
        s = self._splitter
        if s.count() < 2 or not s.isVisible() or s.height() <= 0:
            return
        fits = s.height() >= self.needed_height()
        if fits == self._fits:
            return
        self._fits = fits
        sizes = s.sizes()
        total = sum(sizes)
        if not fits:
            self._unfolded_size = sum(sizes[1:])
            s.setSizes([total] + [0] * (len(sizes) - 1))
        elif sum(sizes[1:]) == 0:  # unfold what was folded, at least at its minimum
            below = s.widget(1)
            height = max(self._unfolded_size, below.minimumSizeHint().height())
            s.setSizes([total - height, height] + [0] * (len(sizes) - 2))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._timer.start()
        return False


__all__ = ["DETAIL_LINES", "DetailRoom", "TimelineRoom"]

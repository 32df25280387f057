"""The main tabs fit their bar: every tab in sight with its whole name.

At 1024x768 the bar scrolled and hid "UN votes" (issue 14). ``TabFit`` tries, each only when
the one before does not fit the bar's width: the style's own padding; a padding of about one
text line (``CompactTabStyle``, so it follows the font and the zoom); then the short names it
was given, with the whole name in the tooltip. Only when even those do not fit does the bar
scroll, which keeps every tab within reach.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QTabWidget, QWidget


class CompactTabStyle(QProxyStyle):
    """The application's style, with less room around a tab's name."""

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace and widget is not None:
            return round(QFontMetricsF(widget.font()).height() * 0.8)
        return super().pixelMetric(metric, option, widget)


class TabFit(QObject):
    """Keeps ``tabs``' names whole and in sight as the tab widget is resized."""

    def __init__(self, tabs: QTabWidget, short: dict[QWidget, str] | None = None):
        super().__init__(tabs)
        self._tabs = tabs
        self._short = dict(short or {})
        self._full: dict[QWidget, str] = {}
        self._compact = CompactTabStyle(QApplication.style().name())  # kept: the bar does not own it
        self._compact.setParent(self)
        self._fitting = False
        self._compact_now = False
        bar = tabs.tabBar()
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        tabs.setUsesScrollButtons(True)  # the last resort only
        tabs.installEventFilter(self)
        bar.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show) and not self._fitting:
            self.fit()
        return False

    def _names(self, short: bool) -> None:
        tabs = self._tabs
        for i in range(tabs.count()):
            widget = tabs.widget(i)
            text = tabs.tabText(i)
            if widget not in self._full or text not in (self._full[widget], self._short.get(widget)):
                self._full[widget] = text  # a tab added (or renamed) since the last fit
            name = self._short.get(widget, self._full[widget]) if short else self._full[widget]
            if text != name:
                tabs.setTabText(i, name)
            tabs.setTabToolTip(i, self._full[widget] if name != self._full[widget] else "")

    def fit(self) -> None:
        """Choose the roomiest way of showing the tabs that fits the widget's width."""
        self._fitting = True
        try:
            bar, room = self._tabs.tabBar(), self._tabs.width()
            for compact, short in ((False, False), (True, False), (True, True)):
                if compact != self._compact_now:
                    bar.setStyle(self._compact if compact else QApplication.style())
                    self._compact_now = compact
                self._names(short)
                if bar.sizeHint().width() <= room:
                    break
        finally:
            self._fitting = False

    def tabs_in_sight(self) -> bool:
        """Whether every tab shows whole within the bar (no scrolling)."""
        bar = self._tabs.tabBar()
        return all(0 <= bar.tabRect(i).left() and bar.tabRect(i).right() < bar.width() for i in range(bar.count()))


__all__ = ["CompactTabStyle", "TabFit"]

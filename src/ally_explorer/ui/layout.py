"""The window's layout as a value: taken before presenting and given back exactly after.

``WindowLayout`` knows which widgets make up the layout (the window, its splitters, the panels
that can be hidden, the timeline); ``snapshot()`` returns a frozen ``Layout`` and ``apply()``
restores one. The same splitters are saved to and restored from the settings between runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QVBoxLayout, QWidget

from .large_text import DetailRoom, TimelineRoom
from .widgets.timeline import TimelineWidget


@dataclass(frozen=True)
class Layout:
    """Everything "the window as it was" means."""

    geometry: QByteArray
    size: tuple[int, int]
    window_state: QByteArray
    maximized: bool
    full_screen: bool
    splitters: tuple[tuple[str, tuple[int, ...]], ...]
    panels: tuple[tuple[str, bool], ...]
    time_range: tuple[float, float]
    lane_range: tuple[float, float]
    zoom: float


class WindowLayout:
    """The parts of one window that a ``Layout`` covers."""

    def __init__(self, window: QMainWindow, splitters: list[QSplitter], panels: dict[str, QWidget],
                 timeline: TimelineWidget):
        self.window = window
        self.splitters = {s.objectName(): s for s in splitters}
        self.panels = panels
        self.timeline = timeline
        # Large text (issue 21): the timeline keeps three lanes, the country's details five lines.
        self.timeline_room = TimelineRoom(timeline)
        tab = self.splitters.get("countryTab")
        self.detail_room = DetailRoom(tab) if tab is not None else None

    def set_panels(self, shown: dict[str, bool]) -> None:
        for name, visible in shown.items():
            self.panels[name].setVisible(visible)

    def snapshot(self, *, zoom: float = 1.0) -> Layout:
        w = self.window
        (x0, x1), (y0, y1) = self.timeline.view.viewRange()
        return Layout(
            geometry=w.saveGeometry(), size=(w.width(), w.height()), window_state=w.saveState(),
            maximized=w.isMaximized(),
            full_screen=w.isFullScreen(),
            splitters=tuple((name, tuple(s.sizes())) for name, s in self.splitters.items()),
            panels=tuple((name, not p.isHidden()) for name, p in self.panels.items()),
            time_range=(float(x0), float(x1)), lane_range=(float(y0), float(y1)), zoom=zoom,
        )

    def apply(self, layout: Layout) -> None:
        """Give back the window, its panels and splitters, and the timeline's view, as they were."""
        w = self.window
        if not layout.full_screen and w.isFullScreen():
            w.showNormal()
        for name, shown in layout.panels:
            if name in self.panels:
                self.panels[name].setVisible(shown)
        if not layout.geometry.isEmpty():
            w.restoreGeometry(layout.geometry)
        if not (layout.maximized or layout.full_screen):
            w.resize(*layout.size)  # restoreGeometry() shrinks a window larger than the screen to fit it
        if not layout.window_state.isEmpty():
            w.restoreState(layout.window_state)
        if layout.maximized:
            w.showMaximized()
        QApplication.sendPostedEvents()  # the layout requests the geometry change posted
        for _ in range(2):  # again once panels shown again have their geometry: it rescales sizes set before
            for name, sizes in layout.splitters:
                if name in self.splitters:
                    self.splitters[name].setSizes(list(sizes))
            QApplication.sendPostedEvents()
        self.timeline.view.setRange(xRange=layout.time_range, yRange=layout.lane_range, padding=0)

    # -- between runs --------------------------------------------------------------------------

    def save(self, settings: QSettings, group: str) -> None:
        settings.beginGroup(group)
        settings.setValue("geometry", self.window.saveGeometry())
        settings.setValue("windowState", self.window.saveState())
        for name, splitter in self.splitters.items():
            settings.setValue(name, splitter.saveState())
        settings.endGroup()

    def restore(self, settings: QSettings, group: str) -> None:
        settings.beginGroup(group)
        try:
            geometry = settings.value("geometry")
            if isinstance(geometry, QByteArray) and not geometry.isEmpty():
                self.window.restoreGeometry(geometry)
            else:
                screen = QGuiApplication.primaryScreen()
                if screen is not None:
                    area = screen.availableGeometry()
                    self.window.resize(min(1500, area.width() - 40), min(950, area.height() - 40))
            state = settings.value("windowState")
            if isinstance(state, QByteArray) and not state.isEmpty():
                self.window.restoreState(state)
            for name, splitter in self.splitters.items():
                sizes = settings.value(name)
                if isinstance(sizes, QByteArray) and not sizes.isEmpty():
                    splitter.restoreState(sizes)
        finally:
            settings.endGroup()




def splitter(orientation: Qt.Orientation, name: str, *widgets: QWidget) -> QSplitter:
    """A named splitter holding ``widgets`` in order (its sizes are saved under that name)."""
    out = QSplitter(orientation)
    out.setObjectName(name)
    for widget in widgets:
        out.addWidget(widget)
    return out


def column(*widgets: QWidget) -> QWidget:
    """``widgets`` stacked with no margins; the last one takes the height left over."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(0)
    for i, widget in enumerate(widgets):
        lay.addWidget(widget, 1 if i == len(widgets) - 1 else 0)
    return box


__all__ = ["Layout", "WindowLayout", "column", "splitter"]

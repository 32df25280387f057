"""One rule for every view that reads the store only while it can be seen.

A view behind another tab (the Events table, Sources, Data quality, the Reader, the map and its
list, the agreement table) is not read when something changes: it is marked stale, and it reads
the first time it shows (its Show event) or when a script or test asks for what it shows
(``fresh``). At start-up none of them is visible, so none of them reads in the first frame.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class ReadWhenShown(QObject):
    """Reads ``widget``'s content with ``read`` when it is visible, or as soon as it shows.

    ``stale`` starts True (nothing read yet) unless told otherwise. The widget may come later
    (``watch``: a tab's content built when first wanted). ``visible`` says whether it can be seen
    (by default the widget's ``isVisible``; a tab's controller may say "its tab is the current one")."""

    def __init__(self, widget: QWidget | None, read: Callable[[], object], *, stale: bool = True,
                 visible: Callable[[], bool] | None = None, parent: QObject | None = None):
        super().__init__(parent if parent is not None else widget)
        self._read = read
        self._visible = visible
        self._widget: QWidget | None = None
        self._stale = stale
        if widget is not None:
            self.watch(widget)

    @property
    def stale(self) -> bool:
        """A change is waiting to be read. Only then does the widget's Show event come here: a
        fresh view's events (paints, mouse moves over the map) pass no Python filter."""
        return self._stale

    @stale.setter
    def stale(self, stale: bool) -> None:
        if stale != self._stale and self._widget is not None:
            if stale:
                self._widget.installEventFilter(self)
            else:
                self._widget.removeEventFilter(self)
        self._stale = stale

    def watch(self, widget: QWidget) -> None:
        """Read when ``widget`` shows (from now on, instead of the widget watched so far)."""
        if self._widget is not None:
            self._widget.removeEventFilter(self)
        self._widget = widget
        if self._stale:
            widget.installEventFilter(self)

    def visible(self) -> bool:
        if self._visible is not None:
            return self._visible()
        return self._widget is not None and self._widget.isVisible()

    def mark_stale(self) -> None:
        """What the view shows has changed: read now if it can be seen, else when it shows."""
        self.stale = True
        if self.visible():
            self.fresh()

    def fresh(self) -> bool:
        """Read now if a change is waiting; True if it read."""
        if not self.stale:
            return False
        self.stale = False
        self._read()
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if self.stale and watched is self._widget and event.type() == QEvent.Type.Show:
            self.fresh()
        return False


__all__ = ["ReadWhenShown"]

"""Saying something to a screen reader: the selected event as the plot's keys walk it, a new
presentation step. Qt's announcement event (6.8+) where an assistive tool listens; the text is
also kept and signalled, so tests (and a status line) can hear what a screen reader would."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent


class Announcer(QObject):
    announced = Signal(str)

    def __init__(self):
        super().__init__()
        self.last = ""


_announcer: Announcer | None = None


def announcer() -> Announcer:
    global _announcer
    if _announcer is None:
        _announcer = Announcer()
    return _announcer


def announce(widget: QObject, text: str) -> None:
    """Say ``text`` (politely: after what the reader is saying) on behalf of ``widget``."""
    if not text:
        return
    hub = announcer()
    hub.last = text
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    hub.announced.emit(text)


def name_changed(widget: QObject) -> None:
    """Tell an assistive tool that ``widget``'s accessible name or description changed."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))


__all__ = ["Announcer", "announce", "announcer", "name_changed"]

"""A panel that scrolls when large text (app zoom 2, a 16 pt system font) makes it bigger than
the room it gets, instead of being clipped; hiding or showing the panel hides or shows the scroll
area with it, so code that toggles the panel needs no change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class _FollowVisibility(QObject):
    def __init__(self, area: QScrollArea):
        super().__init__(area)
        self._area = area

    def eventFilter(self, watched, event) -> bool:
        # sent on every explicit setVisible, even while the scroll area itself is hidden
        if event.type() == QEvent.Type.ShowToParent:
            self._area.setVisible(True)
        elif event.type() == QEvent.Type.HideToParent:
            self._area.setVisible(False)
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.Polish, QEvent.Type.LayoutRequest):
            keep_whole(watched)
        return False


def keep_whole(panel: QWidget) -> None:
    """The panel never narrower than its content needs: the scroll area scrolls instead."""
    need = panel.minimumSizeHint().width()
    base = panel.property("scrollingBaseMinimum")
    if base is None:
        base = panel.minimumWidth()
        panel.setProperty("scrollingBaseMinimum", base)
    width = max(int(base), need)
    if width != panel.minimumWidth():
        panel.setMinimumWidth(width)


def scrolling(panel: QWidget, name: str) -> QScrollArea:
    """``panel`` inside a frameless scroll area named ``name`` (scroll bars only when needed)."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the panel's own controls take the focus
    # as narrow as the panel allowed itself at its normal size: the same room as before at zoom 1;
    # only larger text makes the panel wider than the area, and then it scrolls
    area.setMinimumWidth(max(120, panel.minimumWidth()))
    area.setWidget(panel)
    panel.installEventFilter(_FollowVisibility(area))
    keep_whole(panel)
    area.setVisible(not panel.isHidden())
    return area

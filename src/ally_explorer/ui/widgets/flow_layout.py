"""A layout that places its widgets in a row and wraps them onto the next row when the row is full.

After Qt's own "Flow Layout" example (qtbase/examples/widgets/layouts/flowlayout), with one
addition: on each row, the room left over goes to the widgets that ask to grow horizontally
(``QSizePolicy.Expanding``, e.g. a slider), so a row that fits still fills its width.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, row_spacing: int = 4):
        super().__init__(parent)
        self._item_list: list[QLayoutItem] = []
        self._gap = spacing
        self._row_gap = row_spacing

    # -- QLayout's interface ----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._item_list.append(item)

    def count(self) -> int:
        return len(self._item_list)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._item_list[index] if 0 <= index < len(self._item_list) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._item_list.pop(index) if 0 <= index < len(self._item_list) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing ------------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._item_list if not item.isEmpty()]

    def line_count(self, width: int) -> int:
        """How many rows the shown widgets take at ``width`` (margins not counted)."""
        return len(self._lines(width))

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            w = item.sizeHint().width()
            if rows[-1] and used + self._gap + w > width:
                rows.append([])
                used = 0
            used += (self._gap if rows[-1] else 0) + w
            rows[-1].append(item)
        return [row for row in rows if row]

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m: QMargins = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = inner.y()
        for row in self._lines(inner.width()):
            hints = [item.sizeHint() for item in row]
            height = max(h.height() for h in hints)
            spare = max(0, inner.width() - sum(h.width() for h in hints) - self._gap * (len(row) - 1))
            growing = [i for i, item in enumerate(row) if item.widget() is not None
                       and item.widget().sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value]
            x = inner.x()
            for i, (item, hint) in enumerate(zip(row, hints)):
                w = hint.width() + (spare // len(growing) if i in growing else 0)
                w = min(w, inner.width())  # one item wider than the row: it gets the row
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), QSize(w, hint.height())))
                x += w + self._gap
            y += height + self._row_gap
        return y - self._row_gap - rect.y() + m.bottom() if self._visible() else m.top() + m.bottom()


__all__ = ["FlowLayout"]

"""The Events table's model: every event passing the filters, in date order, one row each.

It holds only the event ids (as Anki's browser table does) and reads the rows a view asks for
a page at a time, so 100,000 events cost a list of ints, not 100,000 records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core import vocab
from ...core.records import Event

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Rows read at once around the one a view asks for.
PAGE = 100
#: Records kept; beyond, the cache starts again (a view shows a few dozen rows).
CACHE_MAX = 5000


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventsModel", text)


class EventsModel(QAbstractTableModel):
    COLUMNS = ("date", "title", "countries", "category", "confidence")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._cache: dict[int, Event] = {}
        self._fetch: Callable[[Iterable[int]], dict[int, Event]] = lambda ids: {}
        self._names: dict[str, str] = {}
        self.as_of: str | None = None

    def headers(self) -> list[str]:
        return [_tr("Date"), _tr("Title"), _tr("Countries"), _tr("Category"), _tr("Confidence")]

    def set_events(self, ids: list[int], fetch: Callable[[Iterable[int]], dict[int, Event]],
                   names: dict[str, str]) -> None:
        """``ids`` in date order; ``fetch(ids)`` reads those events (a page at a time)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = None
        self._cache = {}
        self._fetch = fetch
        self._names = dict(names)
        self.endResetModel()

    def set_as_of(self, iso: str | None) -> None:
        if iso != self.as_of:
            self.as_of = iso
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))

    def event_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, event_id: int | None) -> int:
        """The row of an event, -1 when it is not listed (filtered out, or none)."""
        if event_id is None:
            return -1
        if self._row_of is None:
            self._row_of = {eid: row for row, eid in enumerate(self._ids)}
        return self._row_of.get(int(event_id), -1)

    def event_at(self, row: int) -> Event | None:
        event_id = self._ids[row]
        event = self._cache.get(event_id)
        if event is None:
            if len(self._cache) > CACHE_MAX:
                self._cache.clear()
            lo = max(0, row - PAGE // 4)
            page = [i for i in self._ids[lo : lo + PAGE] if i not in self._cache]
            self._cache.update(self._fetch(page))
            event = self._cache.get(event_id)
        return event

    def describe(self, row: int) -> str:
        """One line a screen reader can say: date, title, countries, category, how sure."""
        event = self.event_at(row)
        if event is None:
            return ""
        return ", ".join(self._cell(event, c) for c in ("date", "title", "countries", "category", "confidence"))

    def _cell(self, event: Event, column: str) -> str:
        if column == "date":
            return event.date_label
        if column == "title":
            return event.title
        if column == "countries":
            return ", ".join(self._names.get(c, c) for c in event.countries)
        if column == "category":
            return event.category.capitalize()
        how = vocab.CONFIDENCE_LABELS.get(event.confidence, event.confidence)
        return f"{how}, {_tr('according to')} {event.attribution}" if event.attribution else how

    # -- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == EVENT_ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        event = self.event_at(index.row())
        if event is None:
            return None
        later = self.as_of is not None and (event.date_start or "") > self.as_of
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#6B6B6B")) if later else None
        text = self._cell(event, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{text}\n{_tr('After the “as of” day')}" if later else text
        if role == Qt.ItemDataRole.AccessibleTextRole and later:
            return f"{text} ({_tr('after the as-of day')})"
        return text


__all__ = ["EVENT_ID_ROLE", "EventsModel"]

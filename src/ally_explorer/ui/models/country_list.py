"""The country list: a table model of CountrySummary rows and a proxy that filters and sorts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...core import vocab
from ...core.records import CountrySummary
from .. import theme
from ..core_words import stance_label, stance_meaning
from ..i18n import QT_TRANSLATE_NOOP, translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STANCE_ROLE = Qt.ItemDataRole.UserRole + 3
COLOR_ROLE = Qt.ItemDataRole.UserRole + 4

NAME, STANCE, EVENTS = range(3)
HEADERS = (QT_TRANSLATE_NOOP("CountryList", "Country"), QT_TRANSLATE_NOOP("CountryList", "Stance"), QT_TRANSLATE_NOOP("CountryList", "Events"))


class CountryListModel(QAbstractTableModel):
    """One row per country; the Store is asked again only when the data changes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CountrySummary] = []
        self._sort_keys: list[tuple] = []  # per row, per column: what SORT_ROLE returns

    @staticmethod
    def _keys(c: CountrySummary) -> tuple:
        stance = -1 if c.id == vocab.RUSSIA else vocab.stance_rank(c.stance)
        return (c.name.casefold(), stance, c.event_count)  # NAME, STANCE, EVENTS

    def set_countries(self, countries: list[CountrySummary]) -> None:
        self.beginResetModel()
        self._rows = list(countries)
        self._sort_keys = [self._keys(c) for c in self._rows]
        self.endResetModel()

    def update_stances(self, countries: list[CountrySummary]) -> None:
        """Same countries, new stances or counts (e.g. the "as of" date moved): no reset."""
        by_id = {c.id: c for c in countries}
        if set(by_id) != {c.id for c in self._rows}:
            self.set_countries(countries)
            return
        self._rows = [by_id[c.id] for c in self._rows]
        self._sort_keys = [self._keys(c) for c in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, STANCE), self.index(len(self._rows) - 1, EVENTS))

    def countries(self) -> list[CountrySummary]:
        return list(self._rows)

    def country(self, row: int) -> CountrySummary:
        return self._rows[row]

    def row_of(self, country_id: str) -> int:
        for i, c in enumerate(self._rows):
            if c.id == country_id:
                return i
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(HEADERS):
                return translate("CountryList", HEADERS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role == SORT_ROLE:  # first: sorting asks for it a few thousand times
            row = index.row()
            return self._sort_keys[row][index.column()] if index.isValid() and 0 <= row < len(self._rows) else None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return c.id
        if role == STANCE_ROLE:
            return c.stance
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return c.name
            if col == STANCE:
                if c.id == vocab.RUSSIA:
                    return "Russia"
                return stance_label(c.stance)
            if col == EVENTS:
                return c.event_count
        if role == COLOR_ROLE and col == STANCE:
            return theme.stance_color(c.stance, c.id)
        if role == Qt.ItemDataRole.DecorationRole and col == NAME:
            return theme.flag_pixmap(c.iso2, 16)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == EVENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{c.name} ({c.id})"]
            if c.aliases:
                parts.append(translate("CountryListModel", "Also: {names}").format(names=", ".join(c.aliases)))
            if c.id == vocab.RUSSIA:
                parts.append(translate("CountryListModel", "The centre every stance is measured against."))
            elif c.stance:
                parts.append(
                    translate("CountryListModel", "{stance} (since {since}): {meaning}").format(stance=stance_label(c.stance), since=c.stance_since or "", meaning=stance_meaning(c.stance))
                )
            else:
                parts.append(translate("CountryListModel", "No stance recorded for this date."))
            count = c.event_count
            parts.append(translate("CountryListModel", "%n event(s)", "", count))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = c.event_count
            return translate("CountryListModel", "{name}, {stance}, %n event(s)", "", count).format(name=c.name, stance=self.data(index.siblingAtColumn(STANCE)))
        return None


class CountryFilterProxy(QSortFilterProxyModel):
    """Filters on name, ISO codes and aliases as the user types; sorts by the model's sort keys."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filter_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = needle
            self.invalidateFilter()

    def filter_text(self) -> str:
        return self._needle

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        if not isinstance(model, CountryListModel) or source_row >= model.rowCount():
            return True
        c = model.country(source_row)
        return any(self._needle in h.casefold() for h in (c.name, c.id, c.iso2 or "", *c.aliases))

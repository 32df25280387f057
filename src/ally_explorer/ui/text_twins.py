"""Text alternatives of the map and the agreement chart, for the keyboard and screen readers:
the map's countries as a table (name, and the stance or the UN agreement the map colours), in
step with the map's selection; the chart's yearly figures as a table.

Both read from the store through the db layer (``db.unvotes``) and follow the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from ..core import vocab
from ..db import unvotes
from .read_when_shown import ReadWhenShown
from .state import Changes, ExplorerState

if TYPE_CHECKING:
    from .widgets.map_view import MapView

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _ReadWhenShown(QWidget):
    """A twin reads the store only while it can be seen (``ReadWhenShown``): hidden, ``reload()``
    marks it stale and it reads the first time it shows, or when its rows or its table are asked
    for (tests, scripts). Neither tab is visible at start-up, where reading them cost 5-10 ms."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown = ReadWhenShown(self, self._read_fresh, stale=False)

    @property
    def _stale(self) -> bool:
        return self._shown.stale

    def reload(self, *_args) -> None:
        self._shown.mark_stale()

    def _fresh(self) -> None:
        self._shown.fresh()

    def _read_fresh(self) -> None:
        """What a stale twin does as it shows or is asked for its rows (by default: read)."""
        self._read()

    def _read(self) -> None:
        raise NotImplementedError

    @property
    def table(self) -> QTableWidget:
        self._fresh()
        return self._table


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves; the arrows walk the rows
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


class MapCountries(_ReadWhenShown):
    """The map's countries as rows: in stance mode the dataset's countries and their stance as of
    the state's day; in UN-votes mode every country with votes that year and its agreement.
    Selecting a row selects the country (the map outlines it); the state's country is the row."""

    def __init__(self, state: ExplorerState, map_view: MapView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mapCountries")
        self._state = state
        self._map = map_view
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self._table = _table("mapCountryTable", [self.tr("Country"), self.tr("Stance")])
        self._table.setAccessibleName(self.tr("Countries on the map"))
        self._table.setAccessibleDescription(self.tr("What the map shows, as a list: Up and Down select a country"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self._table, 1)
        self._table.currentCellChanged.connect(self._on_current_cell_changed)
        map_view.mode_changed.connect(self.reload)
        map_view.year_changed.connect(self.reload)
        state.as_of_changed.connect(self.reload)
        state.store_changed.connect(self.reload)
        state.data_changed.connect(self._on_state_data_changed)
        state.country_changed.connect(self._show_country)
        self.reload()

    @classmethod
    def beside(cls, state: ExplorerState, map_view: MapView) -> "MapCountries":
        """Put the list in the map's own tab, in the canvas's place at the press of "List"
        (beside it there is no room on a 1024-pixel screen); the tab's page stays the map."""
        twin = cls(state, map_view)
        stack = QStackedWidget()
        stack.setObjectName("mapStack")
        layout = map_view.layout()
        layout.replaceWidget(map_view.canvas, stack)
        stack.addWidget(map_view.canvas)
        stack.addWidget(twin)
        button = twin.toggle = QToolButton(text=twin.tr("List"))  # short: the bar is full at 1024 wide
        button.setObjectName("mapAsList")
        button.setCheckable(True)
        button.setToolTip(twin.tr("The map's countries and what their colour says, as a list"))
        button.toggled.connect(lambda on: stack.setCurrentWidget(twin if on else map_view.canvas))
        bar = layout.itemAt(0).layout()
        if bar is not None:
            bar.addWidget(button)
        return twin

    def rows(self) -> list[tuple[str, str, str]]:
        """(alpha-3, name, what the map's colour says) in the table's order."""
        table = self.table
        out = []
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            out.append((item.data(ID_ROLE), item.text(), table.item(row, 1).text()))
        return out

    def _on_state_data_changed(self, changes: Changes) -> None:
        if changes.touches("country", "alignment", "unvotes"):
            self.reload()

    def _read(self) -> None:
        state, view = self._state, self._map
        if view.mode == "agreement" and view.year is not None:
            self._table.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Votes as Russia did")])
            self.caption.setText(self.tr("UN General Assembly, %1: how often each country voted as Russia did")
                                 .replace("%1", str(view.year)))
            values = unvotes.agreement_by_country(state.store, view.year)
            rows = sorted(((iso3, view.name_of(iso3), f"{a.share:.0%}") for iso3, a in values.items()),
                          key=lambda r: r[1].casefold())
        else:
            self._table.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Stance")])
            self.caption.setText(self.tr("Stances as of %1").replace("%1", state.as_of) if not state.as_of_is_today
                                 else self.tr("Stances today"))
            rows = sorted(((c.id, c.name, vocab.STANCE_LABELS.get(c.stance, c.stance) if c.stance
                            else self.tr("No stance recorded")) for c in state.countries()),
                          key=lambda r: r[1].casefold())
        with QSignalBlocker(self._table):
            self._table.setRowCount(len(rows))
            for row, (iso3, name, value) in enumerate(rows):
                item = QTableWidgetItem(name)
                item.setData(ID_ROLE, iso3)
                self._table.setItem(row, 0, item)
                self._table.setItem(row, 1, QTableWidgetItem(value))
        self._show_country(state.country)

    def _show_country(self, iso3: str | None) -> None:
        if self._stale:
            return  # the rows are read, and the country shown, when the list shows
        with QSignalBlocker(self._table):
            for row in range(self._table.rowCount()):
                if self._table.item(row, 0).data(ID_ROLE) == iso3:
                    self._table.setCurrentCell(row, 0)
                    self._table.scrollToItem(self._table.item(row, 0))
                    return
            self._table.clearSelection()

    def _on_current_cell_changed(self, row: int, _column: int, previous: int, _previous_column: int) -> None:
        if row < 0 or row == previous:
            return
        self._state.select_country(self._table.item(row, 0).data(ID_ROLE))


class AgreementTable(_ReadWhenShown):
    """The agreement chart's figures: one row per year for the state's country. The current row
    is the chart's year cursor: ``year_chosen`` when the user moves it, ``select_year`` to follow."""

    year_chosen = Signal(int)

    def __init__(self, state: ExplorerState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agreementFigures")
        self._state = state
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self._pending_year: int | None = None  # chosen on the chart while the table was stale
        self._table = _table("agreementTable", [self.tr("Year"), self.tr("Votes as Russia did"),
                                               self.tr("Roll calls compared")])
        self._table.setAccessibleName(self.tr("Agreement with Russia at the UN, by year"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self._table, 1)
        self._table.currentCellChanged.connect(self._on_current_cell_changed)
        state.country_changed.connect(self.reload)
        state.store_changed.connect(self.reload)
        state.data_changed.connect(lambda changes: changes.touches("unvotes", "country") and self.reload())
        self.reload()

    def reload(self, *_args) -> None:
        self._pending_year = None  # a reload clears the current row
        super().reload()

    def _read_fresh(self) -> None:
        pending = self._pending_year
        self._read()
        if pending is not None:  # chosen on the chart while the table was stale
            self._pending_year = None
            self.select_year(pending)

    def _read(self) -> None:
        state = self._state
        iso3 = state.country
        points = unvotes.agreement_series(state.store, iso3) if iso3 and iso3 != vocab.RUSSIA else []
        name = state.country_names().get(iso3, iso3 or "")
        if not iso3:
            self.caption.setText(self.tr("Choose a country to list how often it votes as Russia does at the UN."))
        elif not points:
            self.caption.setText(self.tr("No UN General Assembly votes to compare for %1.").replace("%1", name))
        else:
            self.caption.setText(self.tr("How often %1 voted as Russia (the USSR before 1992) did, by year")
                                 .replace("%1", name))
        with QSignalBlocker(self._table):  # another country's rows: no year chosen by the user
            self._table.setRowCount(len(points))
            for row, p in enumerate(points):
                counted = self.tr("%1 of %2").replace("%1", str(p.agreed)).replace("%2", str(p.compared))
                for column, text in enumerate((str(p.year), f"{p.share:.0%}", counted)):
                    item = QTableWidgetItem(text)
                    if column:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self._table.setItem(row, column, item)
            self._table.setCurrentCell(-1, -1)

    def select_year(self, year: int | None) -> None:
        """Make ``year``'s row the current one (the chart's cursor moved), without ``year_chosen``."""
        if self._stale:
            self._pending_year = year
            return
        with QSignalBlocker(self._table):
            for row in range(self._table.rowCount()):
                if self._table.item(row, 0).text() == str(year):
                    self._table.setCurrentCell(row, 0)
                    self._table.scrollToItem(self._table.item(row, 0))
                    return
            self._table.setCurrentCell(-1, -1)

    def _on_current_cell_changed(self, row: int, _column: int, previous: int, _previous_column: int) -> None:
        item = self._table.item(row, 0) if row >= 0 else None
        if item is not None and row != previous:
            self.year_chosen.emit(int(item.text()))

    def rows(self) -> list[tuple[str, ...]]:
        table = self.table
        return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


__all__ = ["AgreementTable", "MapCountries"]

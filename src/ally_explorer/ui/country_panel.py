"""The country list and its filter box: a view of the state's countries and selection."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLineEdit, QStyle, QTableView, QVBoxLayout,
                               QWidget)
from PySide6.QtGui import QFontMetrics

from ..core import vocab
from ..db import facets
from . import country_counts
from .background import LatestJob
from .models.country_list import EVENTS, ID_ROLE, NAME, STANCE, CountryFilterProxy, CountryListModel
from .state import Changes, ExplorerState
from .widgets.delegates import StanceBadgeDelegate


class CountryPanel(QWidget):
    """Lists the countries passing the filters, with the state's country selected. Selecting a row
    selects the country in the state; the state's country comes back selected, signals blocked."""

    shown_changed = Signal()  # the rows shown changed (the filter box, the filters or the data)
    activated = Signal(str)  # Enter on a country or a double-click: the country's id
    painted = Signal()  # the list's first paint after ``notify_paint`` was asked for

    def __init__(self, state: ExplorerState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self._paint_wanted = False
        self.name_width = self.events_width = 0  # set by fit_columns
        self._seen = False  # shown once: from then on the count may claim room
        self._events_timer = QTimer(self)
        self._events_timer.setSingleShot(True)
        self._events_timer.setInterval(0)
        self._events_timer.timeout.connect(self._fit_events_column)
        self._job = LatestJob("countries", self._on_listed, self)  # a big dataset's filtered counts
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("countryFilter")
        self.filter_box.setPlaceholderText(self.tr("Filter countries (Ctrl+L)"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter countries"))

        self.model = CountryListModel(self)
        self.proxy = CountryFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.view = QTableView()
        view.setObjectName("countryList")
        view.setModel(self.proxy)
        view.setItemDelegateForColumn(STANCE, StanceBadgeDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.sortByColumn(STANCE, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Widths from what the columns can hold, not from measuring every row (200+ rows at start-up).
        header.setSectionResizeMode(STANCE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(EVENTS, QHeaderView.ResizeMode.Fixed)
        header.setHighlightSections(False)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        view.setAccessibleName(self.tr("Countries"))
        icon = round(16 * state.zoom)
        view.setIconSize(QSize(round(icon * 4 / 3), icon))  # as a zoom change sets it: the same widths before and after

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(view, 1)

        self.filter_box.textChanged.connect(self._on_filter_text_changed)
        self.filter_box.returnPressed.connect(self._on_filter_return)
        view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        view.doubleClicked.connect(self._on_double_clicked)
        self.filter_box.installEventFilter(self)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        state.store_changed.connect(self._on_state_store_changed)
        state.data_changed.connect(self._on_state_data_changed)
        state.filters_changed.connect(self._on_state_filters_changed)
        state.as_of_changed.connect(self._on_state_as_of_changed)
        state.country_changed.connect(self._on_state_country_changed)
        state.zoom_changed.connect(self._on_state_zoom_changed)

    # -- from the state ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the countries again (the filters or the data changed)."""
        state = self._state
        f = state.filters
        big = state.counts().get("events", 0) > country_counts.COUNT_IN_BACKGROUND_ABOVE
        if f.active and big and state.store.path is not None:  # a second of SQL at 1M: on a worker, the list follows
            self._job.submit(country_counts.list_countries, state.store.path, state.as_of, f, context=(state.as_of, f))
            return
        self._job.pending = None
        self._show(state.store.countries(as_of=state.as_of, filters=f) if f.active else state.countries())

    def _on_listed(self, future, asked) -> None:
        state = self._state
        if asked != (state.as_of, state.filters):  # changed meanwhile: list again
            self.reload()
            return
        try:
            listed = future.result()
        except Exception:  # noqa: BLE001 - the file went away, was locked...: list it here instead
            listed = state.store.countries(as_of=state.as_of, filters=state.filters)
        self._show(listed)

    def is_busy(self) -> bool:
        return self._job.pending is not None

    def finish(self) -> None:
        self._job.wait()

    def shutdown(self) -> None:
        self._job.shutdown()

    def _show(self, listed) -> None:
        current = self.model.countries()
        if listed != current:  # unchanged (an edit that moved no count): no reset, no new column widths
            def fixed(c):
                return (c.id, c.name, c.iso2, c.region, c.focus, c.aliases)

            if [fixed(c) for c in listed] == [fixed(c) for c in current]:
                self.model.update_stances(listed)  # only counts or stances: no reset (30-40 ms of 200 rows)
            else:
                self.model.set_countries(listed)
            self.fit_columns()
        self._update_selection()
        self.shown_changed.emit()

    def _on_state_store_changed(self, _store) -> None:
        self.reload()

    def _on_state_data_changed(self, changes: Changes) -> None:
        if changes.touches("country", "alignment") or (
                changes.touches("event", "statement", "figure") and facets.counts_may_change(changes.columns)):
            self.reload()  # not for an event's importance or title: no row of the list changes

    def _on_state_filters_changed(self, _filters) -> None:
        self.reload()

    def _on_state_as_of_changed(self, iso: str) -> None:
        self.model.update_stances(self._state.store.countries(as_of=iso, filters=self._state.filters))
        self.fit_columns()

    def _on_state_country_changed(self, _country) -> None:
        self._update_selection()

    def _on_state_zoom_changed(self, factor: float) -> None:
        icon = round(16 * factor)
        self.view.setIconSize(QSize(round(icon * 4 / 3), icon))
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + round(14 * factor))
        self.fit_columns()

    def _update_selection(self) -> None:
        country_id = self._state.country
        selection = self.view.selectionModel()
        row = self.model.row_of(country_id) if country_id else -1
        index = self.proxy.mapFromSource(self.model.index(row, NAME)) if row >= 0 else QModelIndex()
        selection.blockSignals(True)
        try:
            if index.isValid():
                selection.setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.view.scrollTo(index)
            elif country_id is None or row >= 0:
                selection.clearSelection()
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()

    def fit_columns(self) -> None:
        """Size the stance and events columns for the longest stance label shown and the largest
        count (the widths the badge delegate and the view would ask for, without asking each cell)."""
        view, header = self.view, self.view.horizontalHeader()
        fm = QFontMetrics(QApplication.font())  # the zoomed font now, before it reaches the view
        shown = self.model.countries()
        labels = {"—"} | {"Russia" if c.id == vocab.RUSSIA else vocab.STANCE_LABELS.get(c.stance or "", "—") for c in shown}
        badge = max(fm.horizontalAdvance(t) for t in labels) + fm.height() + 12  # as StanceBadgeDelegate.sizeHint
        header.resizeSection(STANCE, max(badge, self._header_width(fm, STANCE)))
        most = max((c.event_count for c in shown), default=0)
        digits = fm.horizontalAdvance(str(most)) + 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 10
        self.events_width = max(digits, self._header_width(fm, EVENTS))
        header.resizeSection(EVENTS, self.events_width)
        # Every name whole: the list is never narrower than its longest name beside the stance
        # and, while it is shown, the count.
        names = max((fm.horizontalAdvance(c.name) for c in self._state.countries()), default=0)
        self.name_width = names + view.iconSize().width() + 3 * fm.averageCharWidth() + 8
        self._update_minimum_width()  # a shown count asks for its room: the splitter gives it or squeezes
        self._events_timer.start()  # then (a resize, or this where nothing moved) it stays, goes or comes back

    def _minimum_width(self, *, events: bool) -> int:
        view = self.view
        scroll = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return (self.name_width + view.horizontalHeader().sectionSize(STANCE) + (self.events_width if events else 0)
                + scroll + 2 * view.frameWidth())

    def _update_minimum_width(self) -> None:
        # Before the first show the count claims no room: a restored splitter keeps the width saved
        # (the first show then decides from it), rather than being widened for the count.
        events = self._seen and not self.view.isColumnHidden(EVENTS)
        self.view.setMinimumWidth(self._minimum_width(events=events))

    def _fit_events_column(self) -> None:
        """The Events column is left out where the window cannot give the list room for it beside
        the whole names and stances (zoom 2 at 1366 px cut it to "Ev": the splitter squeezed the
        list below its minimum), and comes back when the list is given room again; each count
        stays in the row's tooltip and accessible text."""
        view = self.view
        if not self.isVisible():
            return
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()  # a view wider than this is cut off
        fits = self._minimum_width(events=True) <= room
        if view.isColumnHidden(EVENTS) == fits:
            view.setColumnHidden(EVENTS, not fits)
            if fits:
                view.horizontalHeader().resizeSection(EVENTS, self.events_width)
            minimum = view.minimumWidth()
            self._update_minimum_width()
            if not fits:  # leaving the count out never makes the list jump narrower than it was shown
                view.setMinimumWidth(max(view.minimumWidth(), min(minimum, room)))
            if view.minimumWidth() != minimum:
                self.layout().activate()  # the list takes its new width now, not at the next event loop

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._seen:
            self._seen = True
            self._fit_events_column()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_events_column()

    def _header_width(self, fm: QFontMetrics, column: int) -> int:
        """The header's title and sort arrow in the zoomed font (the header's own size hint
        still has the old font while a zoom change travels through the widgets)."""
        text = str(self.proxy.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        return fm.horizontalAdvance(text) + fm.height() + 16

    # -- from the user -------------------------------------------------------------------------

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def step(self, step: int) -> None:
        """The next or previous country in the list's order (wrapping)."""
        rows = self.proxy.rowCount()
        if not rows:
            return
        current = self.view.currentIndex()
        row = (current.row() + step) % rows if current.isValid() else 0
        self._state.select_country(self.proxy.index(row, NAME).data(ID_ROLE))

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def has_focus_within(self, widget) -> bool:
        """Whether the keyboard focus is in the list (or, with ``filter_box``, in the filter box)."""
        return widget is not None and (widget is self.view or self.view.isAncestorOf(widget))

    def notify_paint(self) -> None:
        """Emit ``painted`` once, at the list's next paint (work a big dataset defers past it)."""
        self._paint_wanted = True

    def take_paint_wait(self) -> bool:
        """Stop waiting for the paint (whoever asks does the deferred work now); True if it was awaited."""
        waiting, self._paint_wanted = self._paint_wanted, False
        return waiting

    @property
    def paint_pending(self) -> bool:
        return self._paint_wanted

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._state.select_country(current.data(ID_ROLE))

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_selection()
        self.shown_changed.emit()

    def _on_filter_return(self) -> None:
        """Enter in the filter opens the first match."""
        if self.proxy.rowCount():
            self._state.select_country(self.proxy.index(0, NAME).data(ID_ROLE))
            self.view.setFocus()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.activated.emit(index.data(ID_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view and kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self.fit_columns)  # a zoom or theme changed the text's size
            return False
        if kind == QEvent.Type.Paint and watched is self.view.viewport():
            if self._paint_wanted:
                self._paint_wanted = False
                self.painted.emit()
            return False
        if kind == QEvent.Type.KeyPress:
            if watched is self.filter_box and event.key() == Qt.Key.Key_Down:
                self.view.setFocus()
                if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                    self.view.setCurrentIndex(self.proxy.index(0, NAME))
                return True
            if watched is self.view and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._state.country:
                self.activated.emit(self._state.country)
                return True
            if watched is self.filter_box and event.key() == Qt.Key.Key_Escape:
                self.filter_box.clear()
                return True
        return super().eventFilter(watched, event)


__all__ = ["CountryPanel"]

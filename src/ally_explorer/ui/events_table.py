"""The Events table: the timeline's text twin. Every event passing the filters, all countries,
in date order, with the state's event selected; a row selected here selects the event (the plot
follows through the state), Enter or a double-click opens it. Events after the "as of" day are
greyed and say so.

It reads from the Store only while it is shown: behind another tab a change just marks it stale.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from .i18n import translate
from .read_when_shown import ReadWhenShown
from .models.events_table import EventsModel
from .state import Changes, ExplorerState
from .widgets.focus_frame import FocusFrame


class EventsTable(QWidget):
    """The "Events" tab: a label saying how many, and the table."""

    opened = Signal(int)  # Enter or a double-click on a row: the event's id

    def __init__(self, state: ExplorerState, tabs: QTabWidget | None = None, window: QWidget | None = None):
        super().__init__()
        self.setObjectName("eventsTab")
        self._state = state
        self._tabs = tabs
        self._shown = ReadWhenShown(self, self.reload)  # it reads when first shown
        self._applying = False
        self.model = EventsModel(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("eventsCount")
        view = self.view = QTableView()
        view.setObjectName("eventsTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows walk it
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring 100k rows
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.viewport().installEventFilter(self)  # columns share the width the table has
        view.setAccessibleName(self.tr("Events"))
        view.setAccessibleDescription(self.tr(
            "Every event passing the filters, in date order. Up and Down select an event on the timeline; "
            "Enter opens it."))
        self.focus_frame = FocusFrame(view)  # a frame you can see while the table has the keyboard
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.count_label)
        layout.addWidget(view, 1)

        # The selection, not the current row: focusing the table makes its first row current
        # without selecting it, and that must not select an event.
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        view.activated.connect(self._on_activated)
        state.store_changed.connect(self._on_state_changed)
        state.filters_changed.connect(self._on_state_changed)
        state.data_changed.connect(self._on_state_data_changed)
        state.event_changed.connect(self._on_state_event_changed)
        state.as_of_changed.connect(self.model.set_as_of)
        state.zoom_changed.connect(self._on_state_zoom_changed)
        self.model.set_as_of(state.as_of)
        if tabs is not None:
            tabs.addTab(self, self.tr("Events"))
        self.action = self.show_action(window) if window is not None else None  # View > Events Table (F6)

    #: Each column's share of the table's width (date, title, countries, category, confidence).
    SHARES = (0.19, 0.38, 0.19, 0.11, 0.13)
    LEAST_CHARS = (16, 34, 18, 10, 12)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == event.Type.Resize:
            self._share_columns(event.size().width())
        return super().eventFilter(watched, event)

    def _share_columns(self, width: int) -> None:
        """Wide: each column its share. Narrow: no column less than its header and a few words
        (the table scrolls sideways rather than cut every cell to a few letters)."""
        header = self.view.horizontalHeader()
        metrics, em = self.fontMetrics(), self.fontMetrics().averageCharWidth()
        for column, (share, chars) in enumerate(zip(self.SHARES[:-1], self.LEAST_CHARS)):
            title = metrics.horizontalAdvance(self.model.headers()[column]) + 3 * em
            header.resizeSection(column, max(title, chars * em, int(width * share)))

    def _on_state_zoom_changed(self, _factor: float) -> None:
        """Rows as tall as the zoomed font needs (the app font changes after the signal: measure it)."""
        height = QFontMetrics(QApplication.font()).height() + 8
        self.view.verticalHeader().setDefaultSectionSize(height)
        self._share_columns(self.view.viewport().width())

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the event ids again (date order, the state's filters) and select the state's event."""
        state = self._state
        store = state.store
        self._shown.stale = False
        ids = store.event_ids(filters=state.filters)
        self._applying = True
        try:
            self.model.set_events(ids, store.events_by_id, state.country_names())
        finally:
            self._applying = False
        total = state.counts().get("events", len(ids))
        if len(ids) == total:
            text = translate("EventsTable", "%n event(s) in date order", None, total)
        else:
            shown = len(ids)
            text = translate("EventsTable", "{shown} of %n event(s) in date order (the filters hide the others)",
                             None, total).format(shown=shown)
        self.count_label.setText(text)
        self._show_event(state.event)

    def _on_state_changed(self, *_args) -> None:
        self._shown.mark_stale()

    def _on_state_data_changed(self, changes: Changes) -> None:
        if changes.touches("event", "country"):
            self._on_state_changed()

    # -- the selection, both ways ----------------------------------------------------------------

    def _on_state_event_changed(self, event_id) -> None:
        if not self._shown.stale:
            self._show_event(event_id)

    def _show_event(self, event_id) -> None:
        row = self.model.row_of(event_id)
        selection = self.view.selectionModel()
        self._applying = True
        try:
            if row < 0:
                selection.clear()
                return
            index = self.model.index(row, 0)
            if selection.currentIndex().row() != row:
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._applying = False

    def _on_selection_changed(self, *_args) -> None:
        rows = self.view.selectionModel().selectedRows()
        if self._applying or not rows:
            return
        self._state.select_event(self.model.event_id(rows[0].row()))

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.model.event_id(index.row()))

    def show_action(self, window: QWidget) -> QAction:
        """View > Events Table (F6): this tab in front, the keyboard in the table."""
        action = QAction(self.tr("&Events Table"), window)
        action.setShortcut(QKeySequence("F6"))
        action.setStatusTip(self.tr("Every event in date order, as a table the keyboard walks"))

        def show() -> None:
            if self._tabs is not None:
                self._tabs.setCurrentWidget(self)
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

        action.triggered.connect(show)
        window.addAction(action)
        return action

    def current_event(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.event_id(index.row()) if index.isValid() else None


__all__ = ["EventsTable"]

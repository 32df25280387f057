"""Full-text search: the box (in the toolbar), the results under the country list, and where a
chosen result leads (the state's selection)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from .models.search_results import HIT_ROLE, SearchResultsModel
from .state import Changes, ExplorerState
from .widgets.delegates import HtmlDelegate
from .i18n import translate

#: The search box lists at most this many results.
SEARCH_SHOWN = 100


class SearchPanel(QWidget):
    """The results list; ``box`` is the search field, placed by the window (in its toolbar)."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Search events, quotes, countries (Ctrl+F)"))
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumWidth(260)
        self.box.setMaximumWidth(440)
        self.box.setAccessibleName(self.tr("Search"))
        self.model = SearchResultsModel(self)
        self.view = QListView()
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Search results"))
        self.label = QLabel()
        self.label.setObjectName("searchLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view, 1)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(self._on_text_changed)
        self.box.returnPressed.connect(self._on_return)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        self.box.installEventFilter(self)
        state.filters_changed.connect(self._on_state_changed)
        state.data_changed.connect(self._on_state_changed)
        state.store_changed.connect(self._on_state_changed)

    def focus(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def run(self) -> None:
        text = self.box.text()
        if not text.strip():
            self.model.set_hits("", [])
            self.hide()
            return
        store, filters = self._state.store, self._state.filters
        counts = store.search_counts(text)
        hits = store.search(text, limit=SEARCH_SHOWN, filters=filters, counts=counts)
        overflows = self._scroll_bar_for(len(hits))
        self.model.set_hits(text, hits)
        self.label.setText(search_summary(text, hits, counts, filtered=filters.active,
                                          rank_max=store.RANK_MAX, shown=SEARCH_SHOWN))
        self.show()
        if hits:
            self.view.setCurrentIndex(self.model.index(0))
        if overflows:
            self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _scroll_bar_for(self, rows: int) -> bool:
        """Show the scroll bar before the rows are laid out when they cannot fit (each row is at
        least three lines): otherwise the list lays out every row at the full width, finds it
        needs the bar, and lays them all out again a bar narrower (after a search without
        results, say). Afterwards the bar is as needed again, so it looks as before."""
        bar = self.view.verticalScrollBar()
        if bar.isVisible() or not self.view.isVisible():
            return False
        height = self.view.viewport().height()
        if height <= 0 or rows * 3 * self.view.fontMetrics().lineSpacing() <= height:
            return False
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        return True

    def _on_state_changed(self, _value) -> None:
        if isinstance(_value, Changes) and not _value.touches("country", "event", "statement"):
            return
        if self.box.text().strip():
            self.run()

    def _on_text_changed(self, _text: str) -> None:
        self.timer.start()

    def _on_return(self) -> None:
        self.timer.stop()
        self.run()
        index = self.view.currentIndex()
        if index.isValid():
            self._on_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        if hit.kind == "event":
            self._state.select_event(int(hit.id), hit.country_id)
        elif hit.kind in ("country", "statement"):
            self._state.select_entry(hit.kind, hit.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.box.clear()
                return True
        return super().eventFilter(watched, event)


def search_summary(text: str, hits: list, counts: dict[str, int], *, filtered: bool, rank_max: int,
                   shown: int) -> str:
    """The line above the search results: how many, of how many, and in what order."""
    quoted = f"“{html.escape(text[:60])}”"
    if not hits:
        return translate("SearchPanel", "No results for {quoted}").format(quoted=quoted) + (translate("SearchPanel", " with the filters on") if filtered and any(counts.values()) else "")
    total = sum(counts.values())
    if len(hits) < shown or total <= len(hits):
        count = len(hits)
        return translate("SearchPanel", "<b>%n result(s)</b> for {quoted}", "", count).format(quoted=quoted)
    note = translate("SearchPanel", " before the filters") if filtered else ""
    line = translate("SearchPanel", "<b>{hits} of {total:,} matches</b>{note} for {quoted}").format(hits=len(hits), total=total, note=note, quoted=quoted)
    if any(n > rank_max for n in counts.values()):
        line += translate("SearchPanel", "<br><span style='color:#5A5A5A;'>Too many to rank: the newest entries first. Add a word to narrow them.</span>")
    return line


__all__ = ["SearchPanel", "search_summary", "SEARCH_SHOWN"]

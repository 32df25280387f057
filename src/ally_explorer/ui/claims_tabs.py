"""The Sources and Data quality tabs: every claim under its source, and the dataset's gaps.
Each is rebuilt only when it is shown after a change; opening an entry from either shows it
on the Country tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

from ..db.claims import all_claims, quality_issues
from .read_when_shown import ReadWhenShown
from .state import ExplorerState
from .widgets.citations import CitationsView, QualityView


class ClaimsTabs(QObject):
    """Depends on the state, the tab widget (to bring a tab forward), its two views, the Country
    tab (where an opened entry shows) and ``copy_with_citation`` (the editing controller's)."""

    def __init__(self, state: ExplorerState, tabs: QTabWidget, citations: CitationsView, quality: QualityView,
                 country_tab: QWidget, copy_with_citation: Callable[[str, int], object], parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self._tabs = tabs
        self.citations, self.quality = citations, quality
        self._country_tab = country_tab
        self._copy_with_citation = copy_with_citation
        self._shown = {citations: ReadWhenShown(citations, self._read_citations, parent=self),
                       quality: ReadWhenShown(quality, self._read_quality, parent=self)}
        tabs.currentChanged.connect(self._on_tab_changed)
        citations.claim_activated.connect(self.open_entry)
        quality.entry_activated.connect(self.open_entry)
        citations.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        citations.tree.customContextMenuRequested.connect(self._on_citations_menu)
        for signal in (state.store_changed, state.data_changed, state.filters_changed):
            signal.connect(self._on_state_changed)

    def _on_state_changed(self, _value) -> None:
        for shown in self._shown.values():
            shown.mark_stale()
        self.update_current()

    def _on_tab_changed(self, _index: int) -> None:
        self.update_current()

    def update_current(self) -> None:
        """The current tab, if it is one of the two, reads now if a change is waiting."""
        shown = self._shown.get(self._tabs.currentWidget())
        if shown is not None:
            shown.fresh()

    def _read_citations(self) -> None:
        store = self._state.store
        self.citations.set_claims(store.sources(), all_claims(store, self._state.filters), self._state.country_names())

    def _read_quality(self) -> None:
        self.quality.set_issues(quality_issues(self._state.store))

    def open_entry(self, kind: str, item_id) -> None:
        """Show any entry in the Country tab: the country it belongs to, the entry highlighted."""
        self._tabs.setCurrentWidget(self._country_tab)
        self._state.select_entry(kind, item_id)

    def show_source_of(self, kind: str, item_id) -> None:
        """'Show source': the Sources tab with this claim selected under its source."""
        self._tabs.setCurrentWidget(self.citations)
        self.update_current()
        if not self.citations.show_claim(kind, int(item_id)):
            self._state.post_message(self.tr("That entry is hidden by the filters"), 4000)

    def _on_citations_menu(self, pos) -> None:
        claim = self.citations.current_claim()
        if claim is None:
            return
        menu = QMenu(self.citations)
        menu.addAction(self.tr("Show in Country View"), lambda: self.open_entry(*claim))
        menu.addAction(self.tr("Copy with Citation"), lambda: self._copy_with_citation(*claim))
        menu.exec(self.citations.tree.viewport().mapToGlobal(pos))


__all__ = ["ClaimsTabs"]

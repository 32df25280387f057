"""The Country tab's page: the state's country in the detail pane, its entry highlighted."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from ..core.errors import NotFoundError
from . import theme
from .state import Changes, ExplorerState
from .widgets.detail_html import MORE_STEP, UNSHOWN_COLUMNS, Style
from .widgets.detail_pane import DetailPane

#: The detail pane lists this many of a country's events at first (a big dataset has thousands).
EVENTS_SHOWN = 40
QUOTES_SHOWN = 15


class CountryPage(QObject):
    """Keeps ``detail`` showing the state's country; links in it go back to the state."""

    def __init__(self, state: ExplorerState, detail: DetailPane, parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self.detail = detail
        self._event_limit = EVENTS_SHOWN
        self._statement_limit = QUOTES_SHOWN
        self._clicked = False
        detail.event_activated.connect(self._on_event_activated)
        detail.statement_activated.connect(self._on_statement_activated)
        detail.country_activated.connect(state.select_country)
        detail.item_activated.connect(self._on_item_activated)
        detail.filters_clear_requested.connect(self._on_filters_clear_requested)
        detail.more_requested.connect(self.show_more)
        state.store_changed.connect(self._on_state_store_changed)
        state.data_changed.connect(self._on_state_data_changed)
        state.filters_changed.connect(self._on_state_filters_changed)
        state.as_of_changed.connect(self._on_state_as_of_changed)
        state.country_changed.connect(self._on_state_country_changed)
        state.item_changed.connect(self._on_state_item_changed)
        state.theme_changed.connect(self._on_state_theme_changed)
        state.zoom_changed.connect(self._on_state_zoom_changed)
        self._on_state_theme_changed(state.theme)

    # -- from the state ------------------------------------------------------------------------

    def update(self) -> None:
        """Show the state's country (or the welcome page), its item highlighted, keeping the scroll."""
        state = self._state
        if state.country is None:
            self.detail.show_welcome(state.store.counts())
            return
        self._show(state.country)
        self._apply_item(scroll=False)

    def _on_state_store_changed(self, _store) -> None:
        self.update()

    def _on_state_data_changed(self, changes: Changes) -> None:
        if not changes.touches("country", "event", "statement", "figure", "alignment", "person", "source"):
            return
        if not changes.everything and changes.columns is not None and changes.columns <= UNSHOWN_COLUMNS:
            return  # an edit of only what the page does not show (an event's importance)
        self.update()

    def _on_state_filters_changed(self, _filters) -> None:
        self.update()

    def _on_state_as_of_changed(self, _iso: str) -> None:
        state = self._state
        if state.country:
            self.detail.set_stance(state.stances().get(state.country), self._as_of_label())

    def _on_state_country_changed(self, country: str | None) -> None:
        self._event_limit = EVENTS_SHOWN
        self._statement_limit = QUOTES_SHOWN
        if country is None:
            self.detail.show_welcome(self._state.store.counts())
        else:
            self._show(country)

    def _on_state_item_changed(self, _item) -> None:
        self._apply_item(scroll=not self._clicked)  # a link clicked in the pane is in view already

    def _on_state_theme_changed(self, name: str) -> None:
        t = theme.resolve_theme(name)
        self.detail.style_colors = Style(text=t.text, muted=t.muted, highlight=t.mark, rule=t.muted, link=t.link,
                                         palette=t)
        self.detail.rerender()

    def _on_state_zoom_changed(self, _factor: float) -> None:
        self.detail.document().setDefaultFont(QApplication.font())
        self.detail.rerender()

    def _apply_item(self, *, scroll: bool) -> None:
        item = self._state.item
        if item is None:
            self.detail.clear_highlight()
            return
        kind, item_id = item
        if kind == "event" and not any(e.id == item_id for e in self.detail.shown_events()):
            # Beyond the first events shown: load up to it, then highlight it.
            state = self._state
            position = state.store.event_position(item_id, country_id=state.country, filters=state.filters)
            self._event_limit = max(self._event_limit, position + 50)
            self._show(state.country)
        elif kind == "statement" and not any(x.id == item_id for x in self.detail.shown_statements()):
            self._load_statement(item_id)
        self.detail.highlight(kind, item_id, scroll=scroll)

    def _load_statement(self, statement_id: int) -> None:
        store = self._state.store
        try:
            statement = store.statement(statement_id)
        except NotFoundError:
            return
        before = store.statements_before(statement)
        self._statement_limit = max(self._statement_limit, before + 10)
        self._show(statement.country_id)

    def _as_of_label(self) -> str | None:
        return None if self._state.as_of_is_today else self._state.as_of

    def _show(self, country_id: str) -> None:
        """The country's page; only its first events for a big dataset (more on request)."""
        state = self._state
        detail = state.store.country_detail(country_id, filters=state.filters, event_limit=self._event_limit,
                                            statement_limit=self._statement_limit)
        self.detail.filters_note = state.filters.describe() if state.filters.active else None
        self.detail.country_names = state.country_names()
        self.detail.show_country(detail, state.stances().get(country_id), as_of=self._as_of_label())

    # -- from the user -------------------------------------------------------------------------

    def show_more(self, what: str = "events") -> None:
        if self._state.country:
            if what == "statements":
                self._statement_limit += MORE_STEP
            else:
                self._event_limit += MORE_STEP
            self._show(self._state.country)

    def _on_event_activated(self, event_id: int) -> None:
        self._state.select_event(event_id, self._state.country)

    def _on_statement_activated(self, statement_id: int) -> None:
        self._state.select_entry("statement", statement_id)

    def _on_item_activated(self, kind: str, item_id: int) -> None:
        self._clicked = True
        try:
            self._state.set_item((kind, item_id))
        finally:
            self._clicked = False

    def _on_filters_clear_requested(self) -> None:
        from ..core.filters import Filters

        self._state.set_filters(Filters())


__all__ = ["CountryPage", "EVENTS_SHOWN", "QUOTES_SHOWN"]

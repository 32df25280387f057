"""The Reader tab: the source reader wired to the state, and File ▸ Add Source….

Depends on the state, the tab widget (to add the tab and know when it shows), the reader, and
the editing controller (to make the database writable and to open the entry form). A click on
a passage selects its entry (the timeline and detail pane follow the state); an entry selected
anywhere is marked and scrolled to here, switching to its source when it cites another one.
The tab is refreshed only while shown: a change elsewhere marks it stale. The reader itself is
built the first time its tab is shown or ``reader`` is asked for (it cost about 5 ms of every
start-up): until then the tab holds an empty page, which the reader then takes the place of.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QTabWidget, QWidget

from ..core.errors import AllyError, NotFoundError, ValidationError
from .lazy_tab import replace_page
from .read_when_shown import ReadWhenShown
from .state import Changes, ExplorerState

if TYPE_CHECKING:
    from .widgets.source_reader import SourceReader
    from .add_source_dialog import AddSourceDialog
    from .editing import EditingController


def prefill(entity: str, passage: str, source_id: str) -> dict[str, Any]:
    """The entry form's defaults for a passage: the excerpt, the source, the date read from the
    passage, and the hedge rule's confidence and attribution."""
    from ..core.passages import suggest_date, suggest_hedge  # on first use: not at start-up

    excerpt = passage.strip()
    values: dict[str, Any] = {"excerpt": excerpt, "source_id": source_id}
    date = suggest_date(excerpt)
    if date:
        values["date_label"] = date
    hedge = suggest_hedge(excerpt)
    values["confidence"] = hedge.confidence
    if hedge.attribution:
        values["attribution"] = hedge.attribution
    if entity == "statement":
        values["text"] = excerpt.strip("\"“”")
    return values


def _source_reader() -> "SourceReader":
    from .widgets.source_reader import SourceReader

    return SourceReader()


class ReaderTab(QObject):
    built = Signal()  # the reader took its tab's place: its controls join the window's Tab order

    def __init__(self, state: ExplorerState, tabs: QTabWidget, reader: "Callable[[], SourceReader] | None" = None,
                 editing: "EditingController | None" = None, parent: QObject | None = None):
        """``reader`` makes the reader (a ``SourceReader`` by default) when it is first wanted."""
        super().__init__(parent)
        self._state, self._tabs, self._editing = state, tabs, editing
        self._make_reader = reader or _source_reader
        self._reader: "SourceReader | None" = None
        self._shown = ReadWhenShown(None, self.refresh, visible=self._visible, parent=self)  # once built
        self._wanted: str | None = None  # the source to show
        self._page = QWidget()  # the tab's page until the reader is built
        index = tabs.addTab(self._page, self.tr("Reader"))
        tabs.setTabToolTip(index, self.tr("Read a source with every cited passage highlighted; select text "
                                          "and right-click to make an entry from it"))
        tabs.currentChanged.connect(self._on_tab_changed)
        state.store_changed.connect(self._on_store_changed)
        state.data_changed.connect(self._on_data_changed)
        state.item_changed.connect(self._on_state_item_changed)
        self.act_add_source = QAction(self.tr("Add &Source…"), self)
        self.act_add_source.setToolTip(self.tr("Add a source's text from a .txt, .md or .html file, or pasted"))
        self.act_add_source.triggered.connect(self.add_source)

    def install_menu(self, file_menu: QMenu, *, before: QAction) -> None:
        file_menu.insertAction(before, self.act_add_source)

    @property
    def reader(self) -> "SourceReader":
        """The source reader, built (in its tab's place) the first time it is wanted."""
        if self._reader is None:
            self._build()
        return self._reader

    def _build(self) -> None:
        reader = self._reader = self._make_reader()
        reader.entry_activated.connect(self._on_entry_activated)
        reader.source_chosen.connect(self.show_source)
        reader.new_entry_requested.connect(self.new_entry)
        self._shown.watch(reader)
        replace_page(self._tabs, self._page, reader)
        self._page = None
        self.built.emit()

    # -- following the state -------------------------------------------------------------------

    def _visible(self) -> bool:
        return self._reader is not None and self._tabs.currentWidget() is self._reader

    def _on_store_changed(self, _store) -> None:
        self._wanted = None
        self._mark_stale()

    def _on_data_changed(self, changes: Changes) -> None:
        self._mark_stale()

    def _mark_stale(self) -> None:
        self._shown.mark_stale()

    def _on_tab_changed(self, index: int) -> None:
        if self._reader is None and index >= 0 and self._tabs.widget(index) is self._page:
            self._build()
        if self._visible():
            self._shown.fresh()

    def refresh(self) -> None:
        """Reload the list of sources and the shown text, then mark the selected entry."""
        store = self._state.store
        sources = store.source_texts()
        ids = [sid for sid, _ in sources]
        if self._wanted not in ids:
            self._wanted = "article" if "article" in ids else (ids[0] if ids else None)
        self.reader.set_sources(sources, self._wanted)
        if self._wanted is None:
            self.reader.set_source(None, self.tr("No source holds its text yet: File ▸ Add Source… adds one."), [])
        else:
            source = store.source(self._wanted)
            self.reader.set_source(source.id, source.text or "", store.source_passages(source.id))
        self._shown.stale = False
        item = self._state.item
        if item is not None:
            self.reader.show_entry(*item)

    def show_source(self, source_id: str) -> None:
        self._wanted = source_id
        self._shown.mark_stale()

    def _on_state_item_changed(self, item) -> None:
        if item is None or item[0] not in ("event", "statement", "figure", "alignment"):
            return
        try:
            source_id = self._state.store.get(item[0], item[1]).source_id
        except NotFoundError:
            return
        if source_id != (self._reader.source_id if self._reader is not None else None):
            if source_id not in {sid for sid, _ in self._state.store.source_texts()}:
                return
            self.show_source(source_id)
        elif self._visible() and not self._shown.stale:
            self.reader.show_entry(*item)

    def _on_entry_activated(self, kind: str, item_id: int) -> None:
        self._state.select_entry(kind, item_id)
        self.reader.show_entry(kind, item_id)

    # -- writing -------------------------------------------------------------------------------

    def new_entry(self, entity: str, passage: str) -> Any:
        """The entry form, prefilled from the selected passage; returns the new id or None."""
        source_id = self.reader.source_id
        if not passage.strip() or source_id is None:
            return None
        return self._editing.add(entity, prefill(entity, passage, source_id))

    def add_source(self) -> str | None:
        from .add_source_dialog import AddSourceDialog  # with the forms: on first use, not at start-up

        dialog = AddSourceDialog(self._tabs.window())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return self.store_source(dialog)
        finally:
            dialog.deleteLater()

    def store_source(self, dialog: "AddSourceDialog") -> str | None:
        """Store what an accepted dialog holds (one undoable write); the reader then shows it."""
        from ..db.sources import SourceRefused

        try:
            text, values = dialog.source()
        except SourceRefused as e:
            QMessageBox.warning(self._tabs.window(), self.tr("Source not added"), str(e))
            return None
        if not self._editing.ensure_writable():
            return None
        try:
            change = self._editing.ops.add("source", values | {"text": text.text})
        except ValidationError as e:
            lines = "\n".join(f"• {field or 'source'}: {why}" for field, why in e.errors.items())
            QMessageBox.warning(self._tabs.window(), self.tr("Source not added"), lines)
            return None
        except AllyError as e:
            QMessageBox.critical(self._tabs.window(), self.tr("Source not added"), str(e))
            return None
        self._state.post_message(self.tr("Added the source “%1”").replace("%1", values["title"]), 6000)
        self._tabs.setCurrentWidget(self.reader)
        self.show_source(change.entity_id)
        return change.entity_id


__all__ = ["ReaderTab", "prefill"]

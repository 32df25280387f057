"""The Reader tab: the source reader wired to the state, and File ▸ Add Source….

Depends on the state, the tab widget (to add the tab and know when it shows), the reader, and
the editing controller (to make the database writable and to open the entry form). A click on
a passage selects its entry (the timeline and detail pane follow the state); an entry selected
anywhere is marked and scrolled to here, switching to its source when it cites another one.
The tab is refreshed only while shown: a change elsewhere marks it stale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QTabWidget

from ..core.errors import AllyError, NotFoundError, ValidationError
from ..core.passages import suggest_date, suggest_hedge
from ..db.sources import SourceRefused
from .add_source_dialog import AddSourceDialog
from .state import Changes, ExplorerState
from .widgets.source_reader import SourceReader

if TYPE_CHECKING:
    from .editing import EditingController


def prefill(entity: str, passage: str, source_id: str) -> dict[str, Any]:
    """The entry form's defaults for a passage: the excerpt, the source, the date read from the
    passage, and the hedge rule's confidence and attribution."""
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


class ReaderTab(QObject):
    def __init__(self, state: ExplorerState, tabs: QTabWidget, reader: SourceReader,
                 editing: "EditingController", parent: QObject | None = None):
        super().__init__(parent)
        self._state, self._tabs, self.reader, self._editing = state, tabs, reader, editing
        self._stale = True
        self._wanted: str | None = None  # the source to show
        index = tabs.addTab(reader, self.tr("Reader"))
        tabs.setTabToolTip(index, self.tr("Read a source with every cited passage highlighted; select text "
                                          "and right-click to make an entry from it"))
        tabs.currentChanged.connect(self._on_tab_changed)
        reader.entry_activated.connect(self._on_entry_activated)
        reader.source_chosen.connect(self.show_source)
        reader.new_entry_requested.connect(self.new_entry)
        state.store_changed.connect(self._on_store_changed)
        state.data_changed.connect(self._on_data_changed)
        state.item_changed.connect(self._on_state_item_changed)
        self.act_add_source = QAction(self.tr("Add &Source…"), self)
        self.act_add_source.setToolTip(self.tr("Add a source's text from a .txt, .md or .html file, or pasted"))
        self.act_add_source.triggered.connect(self.add_source)

    def install_menu(self, file_menu: QMenu, *, before: QAction) -> None:
        file_menu.insertAction(before, self.act_add_source)

    # -- following the state -------------------------------------------------------------------

    def _visible(self) -> bool:
        return self._tabs.currentWidget() is self.reader

    def _on_store_changed(self, _store) -> None:
        self._wanted = None
        self._mark_stale()

    def _on_data_changed(self, changes: Changes) -> None:
        self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self._visible():
            self.refresh()

    def _on_tab_changed(self, _index: int) -> None:
        if self._visible() and self._stale:
            self.refresh()

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
        self._stale = False
        item = self._state.item
        if item is not None:
            self.reader.show_entry(*item)

    def show_source(self, source_id: str) -> None:
        self._wanted = source_id
        self._stale = True
        if self._visible():
            self.refresh()

    def _on_state_item_changed(self, item) -> None:
        if item is None or item[0] not in ("event", "statement", "figure", "alignment"):
            return
        try:
            source_id = self._state.store.get(item[0], item[1]).source_id
        except NotFoundError:
            return
        if source_id != self.reader.source_id:
            if source_id not in {sid for sid, _ in self._state.store.source_texts()}:
                return
            self.show_source(source_id)
        elif self._visible() and not self._stale:
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
        dialog = AddSourceDialog(self.reader.window())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return self.store_source(dialog)
        finally:
            dialog.deleteLater()

    def store_source(self, dialog: AddSourceDialog) -> str | None:
        """Store what an accepted dialog holds (one undoable write); the reader then shows it."""
        try:
            text, values = dialog.source()
        except SourceRefused as e:
            QMessageBox.warning(self.reader.window(), self.tr("Source not added"), str(e))
            return None
        if not self._editing.ensure_writable():
            return None
        try:
            change = self._editing.ops.add("source", values | {"text": text.text})
        except ValidationError as e:
            lines = "\n".join(f"• {field or 'source'}: {why}" for field, why in e.errors.items())
            QMessageBox.warning(self.reader.window(), self.tr("Source not added"), lines)
            return None
        except AllyError as e:
            QMessageBox.critical(self.reader.window(), self.tr("Source not added"), str(e))
            return None
        self._state.post_message(self.tr("Added the source “%1”").replace("%1", values["title"]), 6000)
        self._tabs.setCurrentWidget(self.reader)
        self.show_source(change.entity_id)
        return change.entity_id


__all__ = ["ReaderTab", "prefill"]

"""The Tours tab: make, reorder (drag and drop) and play named lists of events and quotes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import AllyError, NotFoundError, ValidationError
from ...db import tours as tours_db
from ..operations import Operations
from ..state import Changes, ExplorerState
from ..i18n import translate

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ToursPanel(QWidget):
    """Depends on the state (the store, what is selected, the filters), the operations its writes
    go through (so they are announced) and ``ensure_writable`` (the bundled dataset is copied first)."""

    play_requested = Signal(list, str)  # items, tour name
    entry_opened = Signal()  # a step was opened on the Country tab (the window brings it forward)

    def __init__(self, state: ExplorerState, ops: Operations, ensure_writable: Callable[[], bool],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self._ops = ops
        self._ensure_writable = ensure_writable
        self.setObjectName("toursPanel")
        self.tours = QListWidget()
        self.tours.setObjectName("tourList")
        self.items = QListWidget()
        self.items.setObjectName("tourItems")
        self.tours.setAccessibleName(self.tr("Tours"))
        self.items.setAccessibleName(self.tr("Stops of the selected tour"))
        self.items.setAccessibleDescription(self.tr("Enter shows a stop; drag or Move Up and Move Down reorder them"))
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.model().rowsMoved.connect(self._on_rows_moved)
        self.items.itemActivated.connect(self._on_item_activated)
        self.tours.currentItemChanged.connect(self._on_current_tour_changed)

        self.new_button = QPushButton(translate("ToursPanel", "New Tour…"))
        self.from_shown = QPushButton(translate("ToursPanel", "New from Shown Events…"))
        self.from_shown.setToolTip(translate("ToursPanel", "A tour of the events now shown for the selected country (or all), with the filters applied"))
        self.rename_button = QPushButton(translate("ToursPanel", "Rename…"))
        self.delete_button = QPushButton(translate("ToursPanel", "Delete"))
        self.add_button = QPushButton(translate("ToursPanel", "Add Selected"))
        self.add_button.setToolTip(translate("ToursPanel", "Add the event or quote selected in the Country tab or on the timeline"))
        self.remove_button = QPushButton(translate("ToursPanel", "Remove"))
        self.up_button = QPushButton(translate("ToursPanel", "Move Up"))
        self.down_button = QPushButton(translate("ToursPanel", "Move Down"))
        self.play_button = QPushButton(translate("ToursPanel", "Present This Tour"))  # the glyph is an icon, not the name
        self.play_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setDefault(True)
        for button, slot in (
            (self.new_button, self.new_tour), (self.from_shown, self.new_from_shown),
            (self.rename_button, self.rename_tour), (self.delete_button, self.delete_tour),
            (self.add_button, self.add_selected), (self.remove_button, self.remove_items),
            (self.up_button, lambda: self.move(-1)), (self.down_button, lambda: self.move(1)),
            (self.play_button, self.play),
        ):
            button.clicked.connect(slot)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>" + translate("ToursPanel", "Tours") + "</b>"))
        left_layout.addWidget(self.tours, 1)
        for b in (self.new_button, self.from_shown, self.rename_button, self.delete_button):
            left_layout.addWidget(b)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(translate("ToursPanel", "<b>Steps</b> — drag to reorder; double-click to show one"))
        right_layout.addWidget(self.caption)
        right_layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.play_button)
        right_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.reload()
        state.store_changed.connect(self._on_state_store_changed)
        state.data_changed.connect(self._on_state_data_changed)

    # -- data ----------------------------------------------------------------------------------

    @property
    def store(self):
        return self._state.store

    def _on_state_store_changed(self, _store) -> None:
        self.reload()

    def _on_state_data_changed(self, changes: Changes) -> None:
        if changes.initiator != "tours" and changes.touches("tour", "event", "statement"):
            self.reload()

    def _on_rows_moved(self, *_args) -> None:
        self._save_items()

    def _on_current_tour_changed(self, *_args) -> None:
        self._show_tour()

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_tour_id()
        self.tours.blockSignals(True)
        self.tours.clear()
        try:
            tours = tours_db.list_tours(self.store)
        except AllyError:
            tours = []
        for tour in tours:
            item = QListWidgetItem(f"{tour.name}  ({len(tour.items)})")
            item.setData(ITEM_ROLE, tour.id)
            self.tours.addItem(item)
            if tour.id == current:
                self.tours.setCurrentItem(item)
        if self.tours.currentItem() is None and self.tours.count():
            self.tours.setCurrentRow(0)
        self.tours.blockSignals(False)
        self._show_tour()

    def current_tour_id(self) -> int | None:
        item = self.tours.currentItem()
        return item.data(ITEM_ROLE) if item else None

    def current_items(self) -> list[tuple[str, int]]:
        return [tuple(self.items.item(i).data(ITEM_ROLE)) for i in range(self.items.count())]  # type: ignore[misc]

    def _label(self, kind: str, item_id: int) -> str:
        try:
            if kind == "event":
                e = self.store.event(item_id)
                return f"{e.date_label} — {e.title}"
            s = self.store.statement(item_id)
            return f"{s.date_label} — “{s.text}” ({s.speaker_name or 'unattributed'})"
        except NotFoundError:
            return translate("ToursPanel", "(missing {kind} {item_id})").format(kind=kind, item_id=item_id)

    def _show_tour(self) -> None:
        self.items.blockSignals(True)
        self.items.model().blockSignals(True)
        self.items.clear()
        tour_id = self.current_tour_id()
        if tour_id is not None:
            try:
                tour = tours_db.get_tour(self.store, tour_id)
            except NotFoundError:
                tour = None
            for kind, item_id in tour.items if tour else ():
                item = QListWidgetItem((translate("ToursPanel", "Event: ") if kind == "event" else "Quote: ") + self._label(kind, item_id))
                item.setData(ITEM_ROLE, (kind, item_id))
                self.items.addItem(item)
        self.items.model().blockSignals(False)
        self.items.blockSignals(False)
        self.items.viewport().update()
        has = tour_id is not None
        for b in (self.rename_button, self.delete_button, self.add_button, self.remove_button, self.up_button,
                  self.down_button, self.play_button):
            b.setEnabled(has)

    def _write(self, do) -> bool:
        """Run a tour write through the operations (which announce it); False, and say why, if refused."""
        try:
            self._ops.run(do, Changes.of("tour", initiator="tours"))
            return True
        except ValidationError as e:
            QMessageBox.warning(self, translate("ToursPanel", "Tour not saved"), "; ".join(e.errors.values()))
        except (AllyError, PermissionError, OSError) as e:
            QMessageBox.warning(self, translate("ToursPanel", "Tour not saved"), str(e))
        return False

    def _save_items(self) -> None:
        tour_id = self.current_tour_id()
        if tour_id is None:
            return
        tour = tours_db.get_tour(self.store, tour_id)
        if self._write(lambda: tours_db.save_tour(self.store, tour_id=tour_id, name=tour.name, note=tour.note,
                                                  items=self.current_items())):
            self.reload(select=tour_id)

    # -- actions -------------------------------------------------------------------------------

    def _ask_name(self, title: str, default: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, translate("ToursPanel", "Name of the tour:"), text=default)
        return name.strip() if ok and name.strip() else None

    def new_tour(self, *, name: str | None = None, items: list[tuple[str, int]] | None = None) -> int | None:
        if not self._ensure_writable():
            return None
        name = name or self._ask_name(translate("ToursPanel", "New Tour"))
        if not name:
            return None
        created: list[int] = []
        if self._write(lambda: created.append(tours_db.save_tour(self.store, name=name, items=items or []))):
            self.reload(select=created[0])
            return created[0]
        return None

    def new_from_shown(self) -> int | None:
        state = self._state
        events = state.store.events(country_id=state.country, filters=state.filters)
        where = state.country_names().get(state.country or "", "All countries")
        return self.new_tour(name=self._ask_name(translate("ToursPanel", "New Tour"), translate("ToursPanel", "{where}: the story").format(where=where)), items=[("event", e.id) for e in events])

    def rename_tour(self) -> None:
        tour_id = self.current_tour_id()
        if tour_id is None:
            return
        tour = tours_db.get_tour(self.store, tour_id)
        name = self._ask_name(translate("ToursPanel", "Rename Tour"), tour.name)
        if name and self._write(lambda: tours_db.save_tour(self.store, tour_id=tour_id, name=name, note=tour.note,
                                                           items=list(tour.items))):
            self.reload(select=tour_id)

    def delete_tour(self) -> None:
        tour_id = self.current_tour_id()
        if tour_id is None:
            return
        tour = tours_db.get_tour(self.store, tour_id)
        answer = QMessageBox.question(self, translate("ToursPanel", "Delete Tour"), translate("ToursPanel", "Delete the tour “{name}”? The events stay.").format(name=tour.name),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes and self._write(lambda: tours_db.delete_tour(self.store, tour_id)):
            self.reload()

    def add_selected(self) -> None:
        state = self._state
        item = state.item
        if item and item[0] in ("event", "statement"):
            step = item
        elif state.event is not None:
            step = ("event", state.event)
        else:
            state.post_message(translate("ToursPanel", "Select an event or a quote first"), 4000)
            return
        items = self.current_items()
        items.append((step[0], int(step[1])))
        self._set_items(items)

    def remove_items(self) -> None:
        rows = {i.row() for i in self.items.selectedIndexes()}
        self._set_items([x for i, x in enumerate(self.current_items()) if i not in rows])

    def move(self, delta: int) -> None:
        row = self.items.currentRow()
        items = self.current_items()
        target = row + delta
        if row < 0 or not 0 <= target < len(items):
            return
        items[row], items[target] = items[target], items[row]
        self._set_items(items)
        self.items.setCurrentRow(target)

    def _set_items(self, items: list[tuple[str, int]]) -> None:
        tour_id = self.current_tour_id()
        if tour_id is None:
            return
        tour = tours_db.get_tour(self.store, tour_id)
        if self._write(lambda: tours_db.save_tour(self.store, tour_id=tour_id, name=tour.name, note=tour.note, items=items)):
            self.reload(select=tour_id)

    def play(self) -> None:
        tour_id = self.current_tour_id()
        if tour_id is None:
            return
        tour = tours_db.get_tour(self.store, tour_id)
        if tour.items:
            self.play_requested.emit(list(tour.items), tour.name)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        kind, item_id = item.data(ITEM_ROLE)
        self._state.select_entry(kind, item_id)
        self.entry_opened.emit()

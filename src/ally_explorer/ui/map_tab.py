"""The "Map" and "UN votes" tabs of the main window, and File ▸ Import UN Votes…: ``install(window)``.

The window stays the mediator: the map and the key-votes table report clicks through
``window.select_country``, and ``window.country_selected`` comes back to outline the country on the
map and to show its agreement line. This module only reads ``window.store``, ``window.tabs``,
``window.file_menu`` and the window's signals, so the window needs one line: ``install(self)``.

The import runs on the GUI thread under a modal progress dialog, whose callback processes events:
the window reads the same SQLite connection, and a worker thread would need a second connection
that holds the file's write lock while the window tries to read. The import takes about two
seconds; Cancel raises ``ImportCancelled`` inside it, which rolls the transaction back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QSplitter

from ..core.errors import AllyError
from ..db import unvotes
from .widgets.agreement_chart import AgreementChart
from .widgets.key_votes import KeyVotesView
from .widgets.map_view import MapView

if TYPE_CHECKING:
    from .main_window import MainWindow

MAP_TAB = "Map"
UN_TAB = "UN votes"


class MapTab(QObject):
    """Owns the map, the agreement chart and the key votes, and keeps them in step with the window."""

    def __init__(self, window: "MainWindow", *, refresh: bool = True):
        super().__init__(window)
        self.window = window
        self._store = None
        self._country: str | None = None

        self.map = MapView()
        self.map.agreement_note = unvotes.USSR_NOTE
        self.chart = AgreementChart()
        self.key_votes = KeyVotesView()
        self.un_panel = QSplitter(Qt.Orientation.Vertical)
        self.un_panel.setObjectName("unVotesPanel")
        self.un_panel.addWidget(self.chart)
        self.un_panel.addWidget(self.key_votes)
        self.un_panel.setStretchFactor(0, 2)
        self.un_panel.setStretchFactor(1, 3)
        window.tabs.addTab(self.map, MAP_TAB)
        window.tabs.addTab(self.un_panel, UN_TAB)

        self.act_import = QAction("Import &UN Votes…", window)
        self.act_import.setObjectName("actionImportUnVotes")
        self.act_import.setStatusTip("Load UN General Assembly votes (un_votes.csv.gz, un_roll_calls.csv…)")
        self.act_import.triggered.connect(lambda: self.import_unvotes())
        menu = getattr(window, "file_menu", None)
        if menu is not None:
            quit_action = getattr(window, "act_quit", None)
            if quit_action in menu.actions():
                menu.insertAction(quit_action, self.act_import)
            else:
                menu.addAction(self.act_import)

        self.map.country_clicked.connect(window.select_country)
        self.key_votes.country_clicked.connect(window.select_country)
        window.country_selected.connect(self._on_country_selected)
        if hasattr(window, "as_of_changed"):
            window.as_of_changed.connect(lambda _day: self._update_stances())
        ops = getattr(getattr(window, "editing", None), "ops", None)
        if ops is not None and hasattr(ops, "changed"):
            ops.changed.connect(lambda *_: self._update_stances())
        window.tabs.currentChanged.connect(lambda _index: self._check_store())
        if refresh:
            self.refresh()

    # -- keeping up with the window ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again from ``window.store`` (after opening another file or an import)."""
        store = self._store = self.window.store
        self._update_stances()
        years = unvotes.years(store)
        self.map.set_years(years)
        self.map.set_agreement_source(lambda year: unvotes.agreement_by_country(self.window.store, year))
        if years and (self.map.year is None or not years[0] <= self.map.year <= years[-1]):
            self.map.set_year(unvotes.latest_year(store) or years[-1])
        self.key_votes.set_data(unvotes.key_votes(store), lambda rcid: unvotes.roll_call_votes(self.window.store, rcid))
        self._show_country(self.window.current_country)

    def _check_store(self) -> None:
        if self.window.store is not self._store:
            self.refresh()

    def _update_stances(self) -> None:
        store = self.window.store
        day = getattr(self.window, "as_of", None)
        stances = store.stances_as_of(day)
        countries = store.all_countries()
        self.map.set_names({c.id: c.name for c in countries})
        today = day is None or day == _today()
        self.map.set_stances({c.id: (stances[c.id].stance if c.id in stances else None) for c in countries},
                             as_of=None if today else day)

    def _on_country_selected(self, iso3: str) -> None:
        self._check_store()
        self._show_country(iso3)

    def _show_country(self, iso3: str | None) -> None:
        self._country = iso3
        self.map.set_selected(iso3)
        if not iso3:
            self.chart.clear()
            self.key_votes.set_country(None)
            return
        name = self.map.name_of(iso3)
        if iso3 == "RUS":
            self.chart.clear("Russia is the reference: every other country's votes are compared with its own "
                             "(the Soviet Union's before 1992).")
        else:
            self.chart.set_series(name, unvotes.agreement_series(self.window.store, iso3))
        self.key_votes.set_country(iso3, name)

    def show_map(self) -> None:
        """Bring the map's tab to the front (for ``--view map`` screenshots)."""
        self.window.tabs.setCurrentWidget(self.map)

    # -- importing ---------------------------------------------------------------------------------

    def import_unvotes(self, files: list[str | Path] | None = None) -> bool:
        """Ask for the files (unless given), import them under a progress dialog; True if done."""
        window = self.window
        if files is None:
            chosen, _ = QFileDialog.getOpenFileNames(
                window, "Import UN Votes: choose the votes and roll calls files (and the issues file)",
                str(Path.home()), "UN votes CSV (*.csv *.csv.gz *.gz);;All files (*)",
            )
            if not chosen:
                return False
            files = list(chosen)
        try:
            votes, roll_calls, issues = unvotes.classify_files(list(files))
        except unvotes.UnVotesRefused as e:
            QMessageBox.warning(window, "Cannot import UN votes", str(e))
            return False
        editing = getattr(window, "editing", None)  # the bundled dataset is imported into the user's copy
        if editing is not None and hasattr(editing, "ensure_writable") and not editing.ensure_writable():
            return False
        dialog = QProgressDialog("Reading the UN votes…", "Cancel", 0, unvotes.PROGRESS_TOTAL, window)
        dialog.setObjectName("unVotesProgress")
        dialog.setWindowTitle("Import UN Votes")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)

        def progress(done: int, total: int) -> None:
            if dialog.wasCanceled():
                raise unvotes.ImportCancelled()
            dialog.setLabelText("Reading the UN votes…" if done < 600 else
                                "Writing the votes…" if done < 950 else "Comparing every country with Russia…")
            dialog.setValue(done)
            QApplication.processEvents()

        try:
            counts = unvotes.import_unvotes(window.store, votes, roll_calls, issues, progress=progress)
        except unvotes.ImportCancelled:
            window.statusBar().showMessage("UN votes import cancelled; nothing was changed.", 6000)
            return False
        except AllyError as e:
            QMessageBox.warning(window, "Cannot import UN votes", f"{e}\n\nThe database was not changed.")
            return False
        finally:
            dialog.close()
            dialog.deleteLater()
        self.map.clear_agreement()
        self.refresh()
        window.statusBar().showMessage(
            f"Imported {counts['UN votes']:,} votes on {counts['UN roll calls']:,} roll calls.", 8000
        )
        return True


def _today() -> str:
    from datetime import date

    return date.today().isoformat()


def install(window: "MainWindow", *, refresh: bool = True) -> MapTab:
    """Add the Map and UN votes tabs and File ▸ Import UN Votes… to the window (once).
    ``refresh=False`` leaves reading the store to the window's own ``reload()`` call."""
    existing = getattr(window, "map_tab", None)
    if isinstance(existing, MapTab):
        return existing
    tab = MapTab(window, refresh=refresh)
    window.map_tab = tab  # type: ignore[attr-defined]
    return tab


__all__ = ["MapTab", "install", "MAP_TAB", "UN_TAB"]

"""The "Map" and "UN votes" tabs, and File ▸ Import UN Votes….

``MapTab`` depends on the state (the store, the selected country, the "as of" day, what writes
changed), the window's tab widget it adds its two tabs to, and ``ensure_writable`` (the bundled
dataset is imported into the user's copy). Clicks on the map and in the key votes select the
country in the state; the state's country comes back to outline it and show its agreement line.

The import runs on the GUI thread under a modal progress dialog, whose callback processes events:
the window reads the same SQLite connection, and a worker thread would need a second connection
that holds the file's write lock while the window tries to read. The import takes about two
seconds; Cancel raises ``ImportCancelled`` inside it, which rolls the transaction back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QSplitter, QTabWidget, QWidget

from ..core.errors import AllyError
from ..db import unvotes
from . import theme
from .lazy_tab import replace_page
from .read_when_shown import ReadWhenShown
from .state import Changes, ExplorerState
from .text_twins import AgreementTable, MapCountries
from .widgets.agreement_chart import AgreementChart
from .widgets.key_votes import KeyVotesView
from .i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from .widgets.map_view import MapView

MAP_TAB = QT_TRANSLATE_NOOP("MapTab", "Map")
UN_TAB = QT_TRANSLATE_NOOP("MapTab", "UN votes")


class MapTab(QObject):
    """Owns the map, the agreement chart and the key votes, and keeps them in step with the state."""

    built = Signal(object)  # the map (a MapView) took its tab's place

    def __init__(self, state: ExplorerState, tabs: QTabWidget, *,
                 ensure_writable: Callable[[], bool] | None = None, refresh: bool = True):
        super().__init__(tabs)
        self._state = state
        self._tabs = tabs
        self._ensure_writable = ensure_writable
        self._country: str | None = None
        self._when_shown = ReadWhenShown(None, self._read_now, parent=self)  # the map, once built: read when shown

        # The map and its list twin are built the first time the Map tab shows or the map is asked
        # for (about 10 ms of every start-up); the agreement chart is built now (it sits under the
        # country's details, in the first frame) and so is the UN votes tab (its splitter shares its
        # room out when first laid out: filled later, it would give its parts other heights).
        self._map: MapView | None = None
        self._map_countries: MapCountries | None = None
        self.chart = AgreementChart()
        self._key_votes = KeyVotesView()
        self.un_panel = QSplitter(Qt.Orientation.Vertical)
        self.un_panel.setObjectName("unVotesPanel")
        self.un_panel.addWidget(self.chart)
        self.un_panel.addWidget(self._key_votes)
        self.un_panel.setStretchFactor(0, 2)
        self.un_panel.setStretchFactor(1, 3)
        # Text twin (issue 21): the chart's figures as a table.
        self.agreement_table = AgreementTable(state)
        self.un_panel.insertWidget(1, self.agreement_table)
        self.un_panel.setStretchFactor(1, 1)  # the votes keep the most room
        # The chart's year cursor and the table's current row follow each other.
        self.chart.year_changed.connect(self.agreement_table.select_year)
        self.agreement_table.year_chosen.connect(self.chart.set_year)
        self._page = QWidget()  # the Map tab's page until the map takes its place
        tabs.addTab(self._page, self.tr(MAP_TAB))
        tabs.addTab(self.un_panel, self.tr(UN_TAB))
        tabs.currentChanged.connect(self._on_tab_changed)

        self.act_import = QAction(self.tr("Import &UN Votes…"), tabs)
        self.act_import.setObjectName("actionImportUnVotes")
        self.act_import.setStatusTip(self.tr("Load UN General Assembly votes (un_votes.csv.gz, un_roll_calls.csv…)"))
        self.act_import.triggered.connect(self._on_import_triggered)

        self._key_votes.country_clicked.connect(state.select_country)
        state.country_changed.connect(self._on_state_country_changed)
        state.as_of_changed.connect(self._on_state_as_of_changed)
        state.data_changed.connect(self._on_state_data_changed)
        state.store_changed.connect(self._on_state_store_changed)
        state.theme_changed.connect(self._on_state_theme_changed)
        if refresh:
            self.refresh(now=False)  # the map is not in the first frame: it reads when it shows

    # -- the map is built, and reads the store, only while its tab shows ------------------------

    @property
    def map_view(self) -> MapView:
        """The map widget (built if need be) as it is, for the tab it is in (``map`` also reads it)."""
        self._build()
        return self._map

    @property
    def map(self) -> MapView:
        """The map, up to date with the state (it is read only while shown: this reads it now)."""
        self._build()
        self._fresh()
        return self._map

    @property
    def key_votes(self) -> KeyVotesView:
        return self._key_votes

    @property
    def map_countries(self) -> MapCountries:
        """The map's countries as a list, in the map's tab (built with the map)."""
        self._build()
        return self._map_countries

    def is_built(self) -> bool:
        return self._map is not None

    def _build(self) -> None:
        if self._map is not None:
            return
        state = self._state
        from .widgets.map_view import MapView  # with the map: when first shown

        view = self._map = MapView()
        view.agreement_note = unvotes.USSR_NOTE
        view.apply_theme()  # the theme chosen before it was built
        self._when_shown.watch(view)
        # Text twin (issue 21): the map's countries as a list beside it.
        self._map_countries = MapCountries.beside(state, view)
        view.country_clicked.connect(state.select_country)
        replace_page(self._tabs, self._page, view)
        self._page = None
        self._when_shown.stale = True
        self.built.emit(view)

    def _on_tab_changed(self, index: int) -> None:
        if self._map is None and index >= 0 and self._tabs.widget(index) is self._page:
            self._build()

    def _shown(self) -> bool:
        return self._map is not None and self._map.isVisible()

    def _fresh(self) -> None:
        if self._when_shown.stale:
            self._read_map()

    def install_menu(self, file_menu, *, before: QAction | None = None) -> None:
        if before is not None and before in file_menu.actions():
            file_menu.insertAction(before, self.act_import)
        else:
            file_menu.addAction(self.act_import)

    def place_chart_under(self, splitter: QSplitter) -> None:
        """The agreement-with-Russia line belongs under the country's details (``splitter``'s first widget)."""
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        self.chart.set_plot_minimum_height(80)  # the chart is at least as tall as that and its text
        splitter.setSizes([660, 190])

    # -- keeping up with the state -----------------------------------------------------------------

    def _on_state_theme_changed(self, _name: str) -> None:
        if self._map is not None:
            self._map.apply_theme()
        self.chart.apply_theme(theme.current())

    def refresh(self, *, now: bool = True) -> None:
        """Read everything again from the state's store (after opening another file or an import).
        The key votes and the chart read now; the map too if it shows (or ``now``), else when it does."""
        store = self._state.store
        self._key_votes.set_data(unvotes.key_votes(store), self._roll_call_votes)
        if now or self._shown():
            self._read_map()
        else:
            self._when_shown.stale = True
        self._show_country(self._state.country)

    def _read_map(self) -> None:
        if self._map is None:
            self._build()  # shown at once if its tab is the current one: the Show event read it
            if not self._when_shown.stale:
                return
        self._when_shown.stale = False
        self._read_now()

    def _read_now(self) -> None:
        store = self._state.store
        self._update_stances()
        years = unvotes.years(store)
        self._map.set_years(years)
        self._map.set_agreement_source(self._agreement_by_country)
        if years and (self._map.year is None or not years[0] <= self._map.year <= years[-1]):
            self._map.set_year(unvotes.latest_year(store) or years[-1])
        self._map.set_selected(self._state.country)

    def _agreement_by_country(self, year):
        return unvotes.agreement_by_country(self._state.store, year)

    def _roll_call_votes(self, rcid):
        return unvotes.roll_call_votes(self._state.store, rcid)

    def _on_state_store_changed(self, _store) -> None:
        if self._map is not None:
            self._map.clear_agreement()
        self.refresh(now=False)

    def _on_state_as_of_changed(self, _day: str) -> None:
        if self._shown() and not self._when_shown.stale:
            self._update_stances()
        else:
            self._when_shown.stale = True

    def _on_state_data_changed(self, changes: Changes) -> None:
        if changes.touches("unvotes"):
            if self._map is not None:
                self._map.clear_agreement()
            self.refresh(now=False)
        elif changes.touches("country", "alignment"):
            self._on_state_as_of_changed(self._state.as_of)

    def _update_stances(self) -> None:
        state = self._state
        stances = state.store.stances_as_of(state.as_of)
        countries = state.store.all_countries()
        self._map.set_names({c.id: c.name for c in countries})
        self._map.set_stances({c.id: (stances[c.id].stance if c.id in stances else None) for c in countries},
                             as_of=None if state.as_of_is_today else state.as_of)

    def _on_state_country_changed(self, iso3: str | None) -> None:
        self._show_country(iso3)

    def _name_of(self, iso3: str) -> str:
        """The dataset's name for a country, else the map file's (as the map names it)."""
        return self._state.country_names().get(iso3) or self.map_view.name_of(iso3)

    def _show_country(self, iso3: str | None) -> None:
        self._country = iso3
        if self._map is not None and not self._when_shown.stale:  # else the map outlines it when next shown
            self._map.set_selected(iso3)
        if not iso3:
            self.chart.clear()
            self._key_votes.set_country(None)
            return
        name = self._name_of(iso3)
        if iso3 == "RUS":
            self.chart.clear(self.tr("Russia is the reference: every other country's votes are compared with its own "
                                     "(the Soviet Union's before 1992)."))
        else:
            self.chart.set_series(name, unvotes.agreement_series(self._state.store, iso3))
        self._key_votes.set_country(iso3, name)

    def show_map(self) -> None:
        """Bring the map's tab to the front (for ``--view map`` screenshots)."""
        self._tabs.setCurrentWidget(self.map)

    # -- importing ---------------------------------------------------------------------------------

    def _on_import_triggered(self) -> None:
        self.import_unvotes()

    def import_unvotes(self, files: list[str | Path] | None = None) -> bool:
        """Ask for the files (unless given), import them under a progress dialog; True if done."""
        window = self._tabs.window()
        if files is None:
            chosen, _ = QFileDialog.getOpenFileNames(
                window, translate("MapTab", "Import UN Votes: choose the votes and roll calls files (and the issues file)"),
                str(Path.home()), translate("MapTab", "UN votes CSV (*.csv *.csv.gz *.gz);;All files (*)"),
            )
            if not chosen:
                return False
            files = list(chosen)
        try:
            votes, roll_calls, issues = unvotes.classify_files(list(files))
        except unvotes.UnVotesRefused as e:
            QMessageBox.warning(window, translate("MapTab", "Cannot import UN votes"), str(e))
            return False
        if self._ensure_writable is not None and not self._ensure_writable():
            return False  # the bundled dataset is imported into the user's copy, or not at all
        dialog = QProgressDialog(translate("MapTab", "Reading the UN votes…"), translate("MapTab", "Cancel"), 0, unvotes.PROGRESS_TOTAL, window)
        dialog.setObjectName("unVotesProgress")
        dialog.setWindowTitle(translate("MapTab", "Import UN Votes"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)

        def progress(done: int, total: int) -> None:
            if dialog.wasCanceled():
                raise unvotes.ImportCancelled()
            dialog.setLabelText(translate("MapTab", "Reading the UN votes…") if done < 600 else
                                translate("MapTab", "Writing the votes…") if done < 950 else translate("MapTab", "Comparing every country with Russia…"))
            dialog.setValue(done)
            QApplication.processEvents()

        try:
            counts = unvotes.import_unvotes(self._state.store, votes, roll_calls, issues, progress=progress)
        except unvotes.ImportCancelled:
            self._state.post_message(translate("MapTab", "UN votes import cancelled; nothing was changed."), 6000)
            return False
        except AllyError as e:
            QMessageBox.warning(window, translate("MapTab", "Cannot import UN votes"), translate("MapTab", "{e}\n\nThe database was not changed.").format(e=e))
            return False
        finally:
            dialog.close()
            dialog.deleteLater()
        self._state.announce(Changes.of("unvotes", initiator="map"))  # the map reads again
        self._state.post_message(
            translate("MapTab", "Imported {v0:,} votes on {v1:,} roll calls.").format(v0=counts['UN votes'], v1=counts['UN roll calls']), 8000
        )
        return True


__all__ = ["MapTab", "MAP_TAB", "UN_TAB"]

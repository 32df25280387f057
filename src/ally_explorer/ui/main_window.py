"""The main window: country list, detail pane and timeline, linked through one selection.

The window is the mediator: widgets report what the user did (``country_clicked``...), the
window decides what is selected and tells every widget once. A widget never selects on its own,
so nothing ping-pongs.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QTabWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import vocab
from ..core.filters import Filters
from ..core.timeline import TimelineArrays, arrays_from_rows, lane_order, pack_tracks
from ..db import facets
from ..db.claims import all_claims, quality_issues
from ..core.errors import AllyError, NotFoundError
from ..db.opening import DatabaseOpenError
from ..db.store import Store
from .models.country_list import EVENTS, ID_ROLE, NAME, STANCE, CountryFilterProxy, CountryListModel
from .models.search_results import HIT_ROLE, SearchResultsModel
from .editing import EditingController, is_protected
from .widgets.delegates import HtmlDelegate, StanceBadgeDelegate
from .presentation import PresentationController
from .widgets.as_of import AsOfSlider
from .widgets.caption import CaptionCard
from .widgets.citations import CitationsView, QualityView
from .export import export_actions
from .map_tab import install as install_map_tab
from .widgets.detail_html import MORE_STEP
from .widgets.detail_pane import DetailPane
from .widgets.tours import ToursPanel
from .widgets.facet_panel import FacetPanel
from .widgets.timeline import TimelineWidget

SETTINGS_GROUP = "MainWindow"
#: The detail pane lists this many of a country's events at first (a big dataset has thousands).
EVENTS_SHOWN = 40
QUOTES_SHOWN = 15
#: The search box lists at most this many results.
SEARCH_SHOWN = 100
#: Datasets with more events than this paint the window first and draw the timeline just after.
TIMELINE_LATER_ABOVE = 5000


class MainWindow(QMainWindow):
    country_selected = Signal(str)
    event_selected = Signal(int)
    filters_changed = Signal(object)
    as_of_changed = Signal(str)
    _timeline_read = Signal(int)  # a background read finished (its generation)

    def __init__(self, store: Store, *, settings: QSettings | None = None, read_only: bool = False):
        super().__init__()
        self.store = store
        self.settings = settings if settings is not None else QSettings()
        self.read_only = read_only
        self._country: str | None = None
        self._event: int | None = None
        self.filters = Filters()
        self._event_limit = EVENTS_SHOWN
        self._statement_limit = QUOTES_SHOWN
        self.as_of = date.today().isoformat()
        self._names: dict[str, str] = {}
        self._totals: dict[str, int] | None = None  # store.counts() as of the last reload or edit
        self._passing: dict[str, int] | None = None  # claims and events passing the filters
        self.setObjectName("mainWindow")
        self.setMinimumSize(720, 520)

        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self.editing = EditingController(self)
        self.editing.install_menus(self.file_menu, self.edit_menu, self.view_menu, before=self.act_quit)
        self.presentation = PresentationController(self)
        self.presentation.install_menus(self.view_menu)
        self.tours = ToursPanel(self)
        self.tabs.addTab(self.tours, "Tours")
        self.tours.play_requested.connect(self.play_tour)
        self.map_tab = install_map_tab(self, refresh=False)  # reload() below reads it
        # The agreement-with-Russia line belongs under the country's details.
        self.country_tab.addWidget(self.map_tab.chart)
        self.country_tab.setStretchFactor(0, 5)
        self.country_tab.setStretchFactor(1, 1)
        self.map_tab.chart.set_plot_minimum_height(80)
        self.map_tab.chart.setMinimumHeight(150)
        self.country_tab.setSizes([660, 190])
        self.export_menu.addSeparator()
        self.export_actions = export_actions(self, self.export_menu)
        self._connect()
        self.presentation.set_theme(str(self.settings.value("theme", "system")), remember=False)
        self.presentation.set_zoom(self.settings.value("zoom", 1.0, type=float), remember=False)
        self.reload()
        self.restore_state()
        if read_only:
            self.editing.set_locked(True, permanent=True)
        else:
            self.editing.set_locked(self.settings.value("editingLocked", False, type=bool))

    # -- construction --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.country_filter = QLineEdit()
        self.country_filter.setObjectName("countryFilter")
        self.country_filter.setPlaceholderText("Filter countries (Ctrl+L)")
        self.country_filter.setClearButtonEnabled(True)
        self.country_filter.setAccessibleName("Filter countries")

        self.country_model = CountryListModel(self)
        self.country_proxy = CountryFilterProxy(self)
        self.country_proxy.setSourceModel(self.country_model)
        self.country_view = QTableView()
        self.country_view.setObjectName("countryList")
        self.country_view.setModel(self.country_proxy)
        self.country_view.setItemDelegateForColumn(STANCE, StanceBadgeDelegate(self.country_view))
        self.country_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.country_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.country_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.country_view.setSortingEnabled(True)
        self.country_view.sortByColumn(STANCE, Qt.SortOrder.AscendingOrder)
        self.country_view.verticalHeader().hide()
        self.country_view.setShowGrid(False)
        self.country_view.setAlternatingRowColors(True)
        self.country_view.setWordWrap(False)
        self.country_view.setTabKeyNavigation(False)
        header = self.country_view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Widths from what the columns can hold, not from measuring every row (200+ rows at start-up).
        header.setSectionResizeMode(STANCE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(EVENTS, QHeaderView.ResizeMode.Fixed)
        header.setHighlightSections(False)
        self.country_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.country_view.setAccessibleName("Countries")

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText("Search events, quotes, countries (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(260)
        self.search_box.setMaximumWidth(440)
        self.search_box.setAccessibleName("Search")
        self.search_model = SearchResultsModel(self)
        self.search_view = QListView()
        self.search_view.setObjectName("searchResults")
        self.search_view.setModel(self.search_model)
        self.search_view.setItemDelegate(HtmlDelegate(self.search_view))
        self.search_view.setWordWrap(True)
        self.search_view.setUniformItemSizes(False)
        self.search_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.search_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.search_view.setAccessibleName("Search results")
        self.search_label = QLabel()
        self.search_label.setObjectName("searchLabel")
        self.search_panel = QWidget()
        search_layout = QVBoxLayout(self.search_panel)
        search_layout.setContentsMargins(0, 4, 0, 0)
        search_layout.addWidget(self.search_label)
        search_layout.addWidget(self.search_view, 1)
        self.search_panel.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._timeline_timer = QTimer(self)
        self._timeline_timer.setSingleShot(True)
        self._timeline_timer.setInterval(0)
        self._timeline_timer.timeout.connect(lambda: self._load_timeline(keep_view=False))
        self._timeline_lanes: list[tuple[str, str]] = []
        self._load_after_paint = False
        self._timeline_pool: ThreadPoolExecutor | None = None
        self._timeline_generation = 0
        self._pending_timeline: tuple | None = None  # (generation, future, lanes, keep_view, filters)
        self._timeline_read.connect(self._on_timeline_read)  # queued: emitted on the worker thread
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(0)
        self._counts_timer.timeout.connect(self._update_facet_counts)

        countries_panel = QWidget()
        layout = QVBoxLayout(countries_panel)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.country_filter)
        layout.addWidget(self.country_view, 1)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(countries_panel)
        self.left_splitter.addWidget(self.search_panel)
        self.left_splitter.setChildrenCollapsible(False)

        self.detail = DetailPane()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        self.country_tab = QSplitter(Qt.Orientation.Vertical)
        self.country_tab.setObjectName("countryTab")
        self.country_tab.addWidget(self.detail)
        self.country_tab.setChildrenCollapsible(True)
        self.tabs.addTab(self.country_tab, "Country")
        self.citations = CitationsView()
        self.tabs.addTab(self.citations, "Sources")
        self.quality = QualityView()
        self.tabs.addTab(self.quality, "Data quality")
        self._stale_tabs: set[QWidget] = {self.citations, self.quality}
        self.timeline = TimelineWidget()
        self.as_of_bar = AsOfSlider()
        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.setSpacing(0)
        self.caption = CaptionCard()
        self.caption.hide()
        timeline_layout.addWidget(self.caption)
        timeline_layout.addWidget(self.as_of_bar)
        timeline_layout.addWidget(self.timeline, 1)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.setObjectName("topSplitter")
        self.top_splitter.addWidget(self.left_splitter)
        self.top_splitter.addWidget(self.tabs)
        self.facet_panel = FacetPanel()
        self.top_splitter.addWidget(self.facet_panel)
        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setCollapsible(1, False)
        self.top_splitter.setSizes([330, 960, 270])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.top_splitter)
        self.main_splitter.addWidget(timeline_box)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 2)
        self.main_splitter.setSizes([600, 350])
        self.setCentralWidget(self.main_splitter)

        self.filters_indicator = QToolButton()
        self.filters_indicator.setObjectName("filtersIndicator")
        self.filters_indicator.setStyleSheet(
            "QToolButton { background: #FDE0C5; color: #7F3B08; border: 1px solid #E08214; border-radius: 4px;"
            " font-weight: bold; }"
        )

        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)

        self.counts_label = QLabel()
        self.db_label = QLabel()
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.db_label)

    def _action(self, text: str, slot, shortcut=None, *, tip: str = "", checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_open = self._action("&Open Database…", self.choose_database, QKeySequence.StandardKey.Open,
                                     tip="Open another Ally Explorer database file")
        self.act_export_json = self._action("Export as &JSON…", lambda: self._export("json"),
                                            tip="The whole dataset as JSON (it round-trips exactly)")
        self.act_export_csv = self._action("Export as &CSV…", lambda: self._export("csv"), tip="One CSV file per table")
        self.act_export_tljs = self._action("Export as &TimelineJS…", lambda: self._export("timelinejs"),
                                            tip="A TimelineJS3 JSON file of the events")
        self.act_quit = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_copy = self._action("&Copy", self.detail.copy, QKeySequence.StandardKey.Copy,
                                     tip="Copy the selected text of the detail pane")
        self.act_find = self._action("&Find…", self.focus_search, QKeySequence.StandardKey.Find,
                                     tip="Search events, quotes and countries")
        self.act_filter = self._action("Filter &Countries", self.focus_filter, "Ctrl+L")
        self.act_fit = self._action("&Fit Timeline", self.timeline.fit_all, "Ctrl+T", tip="Show every event on the timeline")
        self.act_zoom_country = self._action("&Zoom Timeline to Country", lambda: self.timeline.zoom_to_country(self._country),
                                             "Ctrl+Shift+T", tip="Show the selected country's events")
        self.act_next_country = self._action("&Next Country", lambda: self._step_country(1), "Alt+Down")
        self.act_prev_country = self._action("&Previous Country", lambda: self._step_country(-1), "Alt+Up")
        self.act_excerpts = self._action("Show Source &Excerpts", self._on_excerpts_toggled, checkable=True,
                                         tip="Show the source's own words under each claim")
        self.act_excerpts.setChecked(False)  # the source's words on demand; the page stays short
        self.act_confirmed = self._action("&Confirmed Only", self._on_confirmed_toggled, "Ctrl+Shift+C", checkable=True,
                                          tip="Hide reported, claimed and disputed items everywhere")
        self.act_filters = self._action("&Filters Panel", self.facet_panel.setVisible, "Ctrl+Shift+L", checkable=True,
                                        tip="Show or hide the filters")
        self.act_filters.setChecked(True)
        self.act_clear_filters = self._action("C&lear Filters", self.clear_filters, "Ctrl+Shift+X")
        self.act_overview = self._action("&Overview and Legend", self.show_overview, QKeySequence.StandardKey.HelpContents,
                                         tip="What the stances, confidence levels and colours mean")
        self.act_about = self._action("&About Ally Explorer", self.show_about)
        self.act_about_qt = self._action("About &Qt", lambda: QMessageBox.aboutQt(self))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu("&File")
        file_menu.addAction(self.act_open)
        export = self.export_menu = file_menu.addMenu("&Export")
        for action in (self.act_export_json, self.act_export_csv, self.act_export_tljs):
            export.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu("&Edit")
        self.edit_menu.addAction(self.act_copy)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_find)
        self.edit_menu.addAction(self.act_filter)
        self.view_menu = bar.addMenu("&View")
        for action in (self.act_fit, self.act_zoom_country, None, self.act_next_country, self.act_prev_country,
                       None, self.act_confirmed, self.act_filters, self.act_clear_filters, None, self.act_excerpts):
            self.view_menu.addSeparator() if action is None else self.view_menu.addAction(action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.act_overview)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)
        help_menu.addAction(self.act_about_qt)

        self.toolbar.addWidget(self.search_box)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_fit)
        self.toolbar.addAction(self.act_zoom_country)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_confirmed)
        # Shown and hidden through its action: a widget hidden before it joins a toolbar stays disabled.
        self.filters_indicator_action = self.toolbar.addWidget(self.filters_indicator)
        self.filters_indicator_action.setVisible(False)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_overview)

    def _connect(self) -> None:
        self.country_filter.textChanged.connect(self._on_filter_changed)
        self.country_filter.returnPressed.connect(self._on_filter_return)
        self.country_view.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.timeline.event_clicked.connect(lambda event_id, country: self.select_event(event_id, country, center=False))
        self.timeline.lane_clicked.connect(self.select_country)
        self.detail.event_activated.connect(lambda event_id: self.select_event(event_id, self._country, center=True))
        self.detail.statement_activated.connect(self.select_statement)
        self.detail.country_activated.connect(self.select_country)
        self.search_box.textChanged.connect(lambda _: self._search_timer.start())
        self.search_box.returnPressed.connect(self._on_search_return)
        self._search_timer.timeout.connect(self.run_search)
        self.search_view.activated.connect(self._on_search_activated)
        self.search_view.clicked.connect(self._on_search_activated)
        self.search_box.installEventFilter(self)
        self.country_filter.installEventFilter(self)
        self.country_view.installEventFilter(self)
        self.country_view.viewport().installEventFilter(self)
        self.country_view.doubleClicked.connect(lambda index: self.editing.edit("country", index.data(ID_ROLE)))
        self.detail.edit_requested.connect(self.editing.edit)
        self.detail.menu_provider = self.editing.fill_detail_menu
        self.timeline.event_double_clicked.connect(lambda event_id: self.editing.edit("event", event_id))
        self.facet_panel.filters_changed.connect(self.set_filters)
        self.as_of_bar.date_changed.connect(self.set_as_of)
        self.filters_indicator.clicked.connect(self.clear_filters)
        self.timeline.brush_changed.connect(self._on_brush_changed)
        self.detail.filters_clear_requested.connect(self.clear_filters)
        self.detail.more_requested.connect(self.show_more)
        self.tabs.currentChanged.connect(lambda _: self._update_current_tab())
        self.citations.claim_activated.connect(self.select_claim)
        self.quality.entry_activated.connect(self.select_claim)
        self.citations.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.citations.tree.customContextMenuRequested.connect(self._on_citations_menu)

    # -- data ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read everything again from the store (after opening a file)."""
        self._update_views(keep_view=False, defer_counts=True)
        if hasattr(self, "map_tab"):
            self.map_tab.refresh()
        self.db_label.setText(str(self.store.path.name) if self.store.path else "in memory")
        self.db_label.setToolTip(str(self.store.path) if self.store.path else "")
        name = self.store.path.name if self.store.path else "in memory"
        note = " (read-only: edits are saved to a copy)" if self.store.readonly and not self.read_only else ""
        self.setWindowTitle(f"Ally Explorer — {name}{note}")

    def refresh(self) -> None:
        """After an edit: read again, keeping the selection, the timeline's view and the scroll."""
        self._update_views(keep_view=True)

    def set_filters(self, filters: Filters) -> None:
        """The one place facet filters change: every view then shows only what passes."""
        if filters == self.filters:
            return
        self.filters = filters
        self.facet_panel.set_filters(filters)
        with QSignalBlocker(self.act_confirmed):
            self.act_confirmed.setChecked(filters.confirmed_only)
        self._update_views(keep_view=True)
        if self.search_box.text().strip():
            self.run_search()
        self.filters_changed.emit(filters)

    @property
    def presenting(self) -> bool:
        return self.presentation.presenting

    def country_names(self) -> dict[str, str]:
        return dict(self._names)

    def set_as_of(self, iso: str) -> None:
        """Show every stance as it was on this day: list badges, detail pane, timeline chips."""
        if iso == self.as_of:
            return
        self.as_of = iso
        self.as_of_bar.set_date(iso)
        stances = self.store.stances_as_of(iso)
        self.country_model.update_stances(self.store.countries(as_of=iso, filters=self.filters))
        self.fit_country_columns()
        if self._country:
            self.detail.set_stance(stances.get(self._country), self._as_of_label())
        self.timeline.set_cursor(iso, {c: a.stance for c, a in stances.items()})
        self.as_of_changed.emit(iso)

    def _as_of_label(self) -> str | None:
        return None if self.as_of == date.today().isoformat() else self.as_of

    def clear_filters(self) -> None:
        self.set_filters(Filters())

    def show_more(self, what: str = "events") -> None:
        if self._country:
            if what == "statements":
                self._statement_limit += MORE_STEP
            else:
                self._event_limit += MORE_STEP
            self._show_detail(self._country)

    def is_loading(self) -> bool:
        """Whether work deferred past the first paint (timeline, facet counts) is still to run."""
        return (self._load_after_paint or self._timeline_timer.isActive() or self._counts_timer.isActive()
                or self._pending_timeline is not None)

    def finish_loading(self) -> None:
        """Do now what a big dataset defers or reads in the background (screenshots, scripts)."""
        deferred = self._load_after_paint
        if deferred or self._timeline_timer.isActive():
            self._load_after_paint = False
            self._timeline_timer.stop()
            self._load_timeline(keep_view=False)
        if self._pending_timeline is not None:
            generation, future, *_ = self._pending_timeline
            future.result()  # wait for the worker, then apply its result here
            self._on_timeline_read(generation)
        if deferred or self._counts_timer.isActive():
            self._counts_timer.stop()
            self._update_facet_counts()

    def _load_timeline(self, *, keep_view: bool = False) -> None:
        f = self.filters
        lanes = self._timeline_lanes
        if f.countries:
            lanes = [lane for lane in lanes if lane[0] in f.countries]
        lane_ids = [cid for cid, _ in lanes]
        if self.store.path is not None and (self._totals or {}).get("events", 0) > TIMELINE_LATER_ABOVE:
            # A big dataset: read it on a worker thread (its own connection) and keep the
            # window answering; the result comes back through _timeline_read (queued).
            self._timeline_generation += 1
            generation = self._timeline_generation
            if self._timeline_pool is None:
                self._timeline_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="timeline")
            future = self._timeline_pool.submit(read_timeline, self.store.path, f, lane_ids)
            self._pending_timeline = (generation, future, lanes, keep_view, f)
            self.timeline.set_loading(True)
            future.add_done_callback(lambda _future, g=generation: self._announce_timeline(g))
            return
        arrays = arrays_from_rows(self.store.timeline_rows(f), lane_ids)
        self._apply_timeline(lanes, arrays, None, keep_view=keep_view)

    def _announce_timeline(self, generation: int) -> None:
        """On the worker thread: hand the result to the GUI thread (a queued signal)."""
        try:
            self._timeline_read.emit(generation)
        except RuntimeError:  # the window is gone: nobody is waiting for it
            pass

    def _on_timeline_read(self, generation: int) -> None:
        pending = self._pending_timeline
        if pending is None or pending[0] != generation:
            return  # a newer read was asked for (the filters changed again), or already applied
        self._pending_timeline = None
        _, future, lanes, keep_view, filters = pending
        if filters != self.filters:  # changed while reading: read again
            self._load_timeline(keep_view=keep_view)
            return
        try:
            arrays, offsets = future.result()
        except Exception as e:  # the file went away, was locked...: read it here instead
            self.statusBar().showMessage(f"Reading the timeline in the background failed ({e}); read it directly.", 8000)
            arrays, offsets = arrays_from_rows(self.store.timeline_rows(filters), [c for c, _ in lanes]), None
        self._apply_timeline(lanes, arrays, offsets, keep_view=keep_view)

    def _apply_timeline(self, lanes, arrays, offsets, *, keep_view: bool) -> None:
        f = self.filters
        x_range, y_range = self.timeline.view.viewRange()
        bands = Filters(confirmed_only=f.confirmed_only)  # stance periods are context: only confidence hides them
        self.timeline.set_data(lanes, None, self.store.alignments(filters=bands), arrays=arrays, offsets=offsets,
                               titles=self.store.event_titles, event_of=self._event_or_none)
        if keep_view:
            self.timeline.view.setRange(xRange=x_range, yRange=y_range, padding=0)
        else:
            self.timeline.show_focus()
        self.timeline.set_brush(f.date_from, f.date_to)
        stances = self.store.stances_as_of(self.as_of)
        self.timeline.set_cursor(self.as_of, {c: a.stance for c, a in stances.items()})
        self.timeline.select_country(self._country)
        self.timeline.select_event(self._event, center=False)

    def _update_facet_counts(self) -> None:
        counts = facets.facet_counts(self.store, self.filters)
        self._passing = counts["total"]
        self.facet_panel.set_counts(counts)
        self._update_counts()

    def _event_or_none(self, event_id: int):
        try:
            return self.store.event(event_id)
        except NotFoundError:
            return None

    def fit_country_columns(self) -> None:
        """Size the stance and events columns for the longest stance label shown and the largest
        count (the widths the badge delegate and the view would ask for, without asking each cell)."""
        view, header = self.country_view, self.country_view.horizontalHeader()
        fm = view.fontMetrics()
        shown = self.country_model.countries()
        labels = {"—"} | {"Russia" if c.id == vocab.RUSSIA else vocab.STANCE_LABELS.get(c.stance or "", "—") for c in shown}
        badge = max(fm.horizontalAdvance(t) for t in labels) + fm.height() + 12  # as StanceBadgeDelegate.sizeHint
        header.resizeSection(STANCE, max(badge, header.sectionSizeHint(STANCE)))
        most = max((c.event_count for c in shown), default=0)
        digits = fm.horizontalAdvance(str(most)) + 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 10
        header.resizeSection(EVENTS, max(digits, header.sectionSizeHint(EVENTS)))

    def _update_views(self, *, keep_view: bool, defer_counts: bool = False) -> None:
        f = self.filters
        everything = self.store.countries(as_of=self.as_of)
        self._names = {c.id: c.name for c in everything}
        self._totals = self.store.counts()
        listed = self.store.countries(as_of=self.as_of, filters=f) if f.active else everything
        self.country_model.set_countries(listed)
        self.fit_country_columns()
        if self._country:
            self._select_in_list(self._country)
        self._timeline_lanes = lane_order(everything)
        big = defer_counts and self._totals.get("events", 0) > TIMELINE_LATER_ABOVE
        if big:
            # A big dataset: paint the window first; draw the timeline and count facets right after.
            self.timeline.show_loading()
            self._load_after_paint = True  # started by the window's first paint (eventFilter)
        else:
            self._timeline_timer.stop()
            self._load_timeline(keep_view=keep_view)
        self.as_of_bar.set_range(self._earliest_day(), date.today().isoformat())
        self.as_of_bar.set_source_horizon(self.store.newest_stance_report())
        if self._event is not None and not self._passes("event", self._event):
            self._event = None
        self._stale_tabs |= {self.citations, self.quality}
        if hasattr(self, "tours"):
            self.tours.reload()
        self._update_current_tab()
        self.facet_panel.set_country_names(self._names)
        if defer_counts:  # start-up: paint the window first, count afterwards
            self._passing = None
            if not big:
                self._counts_timer.start()
        else:
            self._counts_timer.stop()
            self._update_facet_counts()
        self.filters_indicator_action.setVisible(f.active)
        self.filters_indicator.setText(
            f"  {f.count_active()} filter{'s' if f.count_active() != 1 else ''} active — click to clear  "
        )
        self.filters_indicator.setToolTip(f"Showing only: {f.describe()}")
        self._update_counts()
        if self._country and self._country in self._names:
            highlight = self.detail.highlighted_item
            self._show_detail(self._country)
            if highlight is not None and self._passes(*highlight):
                self.detail.highlight(*highlight, scroll=False)
            else:
                self.detail.clear_highlight()
            self.timeline.select_country(self._country)
        else:
            self._country = None
            self.timeline.select_country(None)
            self.detail.show_welcome(self.store.counts())

    def _update_current_tab(self) -> None:
        """The Sources and Data quality tabs are rebuilt only when shown after a change."""
        tab = self.tabs.currentWidget()
        if tab not in self._stale_tabs:
            return
        self._stale_tabs.discard(tab)
        if tab is self.citations:
            self.citations.set_claims(self.store.sources(), all_claims(self.store, self.filters), self._names)
        elif tab is self.quality:
            self.quality.set_issues(quality_issues(self.store))

    def play_tour(self, items: list, name: str) -> None:
        """Present a tour: step through its events and quotes in its own order."""
        self.presentation.use_items([tuple(i) for i in items], name)
        self.presentation.index = 0
        if self.presentation.presenting:
            self.presentation._show_current(animate=True)
        else:
            self.presentation.enter()

    def show_view(self, name: str) -> bool:
        """Bring a tab to the front by name: country, sources, quality (map once installed)."""
        tabs = {"country": self.country_tab, "sources": self.citations, "quality": self.quality, "tours": self.tours,
                "map": self.map_tab.map, "votes": self.map_tab.un_panel}
        widget = tabs.get(name)
        if widget is None:
            return False
        self.tabs.setCurrentWidget(widget)
        return True

    def select_claim(self, kind: str, item_id) -> None:
        """Show any entry in the Country tab: the country it belongs to, the entry highlighted."""
        self.tabs.setCurrentWidget(self.country_tab)
        if kind == "country":
            self.select_country(str(item_id))
        elif kind == "event":
            self.select_event(int(item_id), center=True)
        elif kind == "statement":
            self.select_statement(int(item_id))
        elif kind in ("figure", "alignment"):
            try:
                record = self.store.get(kind, item_id)
            except NotFoundError:
                return
            self.select_country(record.country_id)
            self.detail.highlight(kind, int(item_id))

    def show_source_of(self, kind: str, item_id) -> None:
        """'Show source': the Sources tab with this claim selected under its source."""
        self.tabs.setCurrentWidget(self.citations)
        self._update_current_tab()
        if not self.citations.show_claim(kind, int(item_id)):
            self.statusBar().showMessage("That entry is hidden by the filters", 4000)

    def _on_citations_menu(self, pos) -> None:
        claim = self.citations.current_claim()
        if claim is None:
            return
        menu = QMenu(self)
        menu.addAction("Show in Country View", lambda: self.select_claim(*claim))
        menu.addAction("Copy with Citation", lambda: self.editing.copy_with_citation(*claim))
        menu.exec(self.citations.tree.viewport().mapToGlobal(pos))

    def _earliest_day(self) -> str:
        first = self.store._scalar("SELECT min(date_start) FROM alignments") or "2000-01-01"
        events = self.store._scalar("SELECT min(date_start) FROM events")
        return min(first, events) if events else first

    def _show_detail(self, country_id: str) -> None:
        """The country's page; only its first events for a big dataset (more on request)."""
        detail = self.store.country_detail(country_id, filters=self.filters, event_limit=self._event_limit,
                                           statement_limit=self._statement_limit)
        self.detail.filters_note = self.filters.describe() if self.filters.active else None
        self.detail.show_country(detail, self.store.stances_as_of(self.as_of).get(country_id), as_of=self._as_of_label())

    def _passes(self, kind: str, item_id) -> bool:
        """The entry exists and the filters let it through."""
        if kind not in ("event", "statement", "figure", "alignment"):
            return self._exists(kind, item_id)
        from ..db.facets import CLAIM_TABLES, claim_where

        table, alias = CLAIM_TABLES[kind]
        where, params = claim_where(self.filters, kind)
        return self.store.conn.execute(
            f"SELECT 1 FROM {table} {alias} WHERE {alias}.id = ? AND {where}", [item_id, *params]
        ).fetchone() is not None

    def _exists(self, kind: str, item_id) -> bool:
        try:
            self.store.get(kind, item_id)
        except NotFoundError:
            return False
        return True

    def _update_counts(self) -> None:
        """The status line. Runs on every filter keystroke, so it only reads counts that
        ``_update_views`` and ``_update_facet_counts`` already fetched."""
        n = self._totals or self.store.counts()
        shown = self.country_proxy.rowCount()
        countries = f"{shown} of {n['countries']} countries" if shown != n["countries"] else f"{n['countries']} countries"
        text = (f"{countries} · {n['events']} events · {n['statements']} quotes · "
                f"{n['alignments']} alignment periods · {n['figures']} key figures")
        if self.filters.active and self._passing is not None:
            passing = self._passing
            text = (f"{countries} · {passing['events']} of {n['events']} events · "
                    f"{passing['claims']} claims shown — filtered by {self.filters.describe()}")
        self.counts_label.setText(text)

    # -- selection (the one place it changes) ---------------------------------------------------

    @property
    def current_country(self) -> str | None:
        return self._country

    @property
    def current_event(self) -> int | None:
        return self._event

    def select_country(self, country_id: str | None) -> None:
        if not country_id or country_id == self._country:
            return
        if not self._exists("country", country_id):
            self.statusBar().showMessage(f"No country {country_id} in this database", 4000)
            return
        self._country = country_id
        self._event = None
        self._event_limit = EVENTS_SHOWN
        self._statement_limit = QUOTES_SHOWN
        self._select_in_list(country_id)
        self._show_detail(country_id)
        self.timeline.select_country(country_id)
        self.timeline.select_event(None)
        self.country_selected.emit(country_id)

    def select_event(self, event_id: int, country_id: str | None = None, *, center: bool = True) -> None:
        try:
            event = self.store.event(event_id)
        except NotFoundError:
            return
        if country_id not in event.countries:
            country_id = self._country if self._country in event.countries else event.countries[0]
        self.select_country(country_id)
        self._event = event_id
        if not any(e.id == event_id for e in self.detail.shown_events()):
            # Beyond the first events shown: load up to it, then highlight it.
            position = self.store.event_position(event_id, country_id=country_id, filters=self.filters)
            self._event_limit = max(self._event_limit, position + 50)
            self._show_detail(country_id)
        self.detail.highlight("event", event_id)
        self.timeline.select_event(event_id, center=center)
        self.event_selected.emit(event_id)

    def select_statement(self, statement_id: int) -> None:
        try:
            statement = self.store.statement(statement_id)
        except NotFoundError:
            return
        self.select_country(statement.country_id)
        self._event = None
        self.timeline.select_event(None)
        if not any(x.id == statement_id for x in self.detail.shown_statements()):
            before = self.store._scalar(
                "SELECT count(*) FROM statements WHERE country_id = ? AND (date_start, date_end, id) < (?, ?, ?)",
                [statement.country_id, statement.date_start, statement.date_end, statement.id],
            )
            self._statement_limit = max(self._statement_limit, before + 10)
            self._show_detail(statement.country_id)
        self.detail.highlight("statement", statement_id)

    def _select_in_list(self, country_id: str) -> None:
        row = self.country_model.row_of(country_id)
        if row < 0:
            return
        index = self.country_proxy.mapFromSource(self.country_model.index(row, NAME))
        selection = self.country_view.selectionModel()
        selection.blockSignals(True)
        try:
            if index.isValid():
                selection.setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.country_view.scrollTo(index)
            else:
                selection.clearSelection()
        finally:
            selection.blockSignals(False)
        self.country_view.viewport().update()

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.select_country(current.data(ID_ROLE))

    def _step_country(self, step: int) -> None:
        rows = self.country_proxy.rowCount()
        if not rows:
            return
        current = self.country_view.currentIndex()
        row = (current.row() + step) % rows if current.isValid() else 0
        self.select_country(self.country_proxy.index(row, NAME).data(ID_ROLE))

    # -- filter and search ---------------------------------------------------------------------

    def _on_filter_changed(self, text: str) -> None:
        self.country_proxy.set_filter_text(text)
        self._update_counts()
        if self._country:
            self._select_in_list(self._country)

    def _on_filter_return(self) -> None:
        """Enter in the filter opens the first match."""
        if self.country_proxy.rowCount():
            self.select_country(self.country_proxy.index(0, NAME).data(ID_ROLE))
            self.country_view.setFocus()

    def focus_filter(self) -> None:
        self.country_filter.setFocus()
        self.country_filter.selectAll()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        text = self.search_box.text()
        if not text.strip():
            self.search_model.set_hits("", [])
            self.search_panel.hide()
            return
        counts = self.store.search_counts(text)
        hits = self.store.search(text, limit=SEARCH_SHOWN, filters=self.filters, counts=counts)
        self.search_model.set_hits(text, hits)
        self.search_label.setText(search_summary(text, hits, counts, filtered=self.filters.active,
                                                 rank_max=self.store.RANK_MAX, shown=SEARCH_SHOWN))
        self.search_panel.show()
        if hits:
            self.search_view.setCurrentIndex(self.search_model.index(0))

    def _on_search_return(self) -> None:
        self._search_timer.stop()
        self.run_search()
        index = self.search_view.currentIndex()
        if index.isValid():
            self._on_search_activated(index)

    def _on_search_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        if hit.kind == "country":
            self.select_country(str(hit.id))
        elif hit.kind == "event":
            self.select_event(int(hit.id), hit.country_id, center=True)
        elif hit.kind == "statement":
            self.select_statement(int(hit.id))

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.country_view and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self.fit_country_columns)  # a zoom or theme changed the text's size
            return False
        if event.type() == QEvent.Type.Paint and watched is self.country_view.viewport():
            if self._load_after_paint:
                self._load_after_paint = False
                self._timeline_timer.start()
                self._counts_timer.start()
            return False
        if event.type() == QEvent.Type.KeyPress:
            if watched is self.search_box and event.key() == Qt.Key.Key_Down and self.search_model.rowCount():
                self.search_view.setFocus()
                return True
            if watched is self.country_filter and event.key() == Qt.Key.Key_Down:
                self.country_view.setFocus()
                if not self.country_view.currentIndex().isValid() and self.country_proxy.rowCount():
                    self.country_view.setCurrentIndex(self.country_proxy.index(0, NAME))
                return True
            if watched is self.country_view and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.current_country and not self.editing.locked:
                    self.editing.edit("country", self.current_country)
                    return True
            if event.key() == Qt.Key.Key_Escape and watched in (self.search_box, self.country_filter):
                watched.clear()
                return True
        return super().eventFilter(watched, event)

    # -- files ---------------------------------------------------------------------------------

    def choose_database(self) -> None:
        start = str(self.store.path.parent) if self.store.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open Database", start, "Ally Explorer databases (*.db);;All files (*)")
        if path:
            self.open_database(Path(path))

    def open_database(self, path: Path, *, remember: bool = True, force: bool = False) -> bool:
        """Switch to another file; the current selection carries over where it exists."""
        old = self.store
        same = old.path is not None and Path(path).resolve() == old.path.resolve()
        if same:
            # Reading the header of a file this process holds open would drop the open
            # connection's locks; close it first (and reopen it if the new open fails).
            _close_quietly(old)
        try:
            store = Store.open(path, readonly=self.read_only or is_protected(path))
        except DatabaseOpenError as e:
            show_open_error(self, e)
            if same:
                self.store = Store.open(old.path, readonly=old.readonly)
                self.editing.ops.set_store(self.store)
            return False
        self.store = store
        if not same:
            _close_quietly(old)
        self.editing.ops.set_store(store)
        if remember:
            self.settings.setValue("lastDatabase", str(path))
        self.reload()
        return True

    def _export(self, kind: str) -> None:
        from ..db import transfer

        stem = self.store.path.stem if self.store.path else "allies"
        try:
            if kind == "csv":
                folder = QFileDialog.getExistingDirectory(self, "Export CSV files to folder")
                if not folder:
                    return
                files = transfer.export_csv(self.store, folder)
                self.statusBar().showMessage(f"Wrote {len(files)} CSV files to {folder}", 6000)
                return
            suffix = "json" if kind == "json" else "timeline.json"
            path, _ = QFileDialog.getSaveFileName(self, "Export", f"{stem}.{suffix}", "JSON (*.json)")
            if not path:
                return
            if kind == "json":
                transfer.export_json(self.store, path)
            else:
                transfer.export_timelinejs(self.store, path)
            self.statusBar().showMessage(f"Wrote {path}", 6000)
        except OSError as e:
            QMessageBox.warning(self, "Export failed", f"Could not write the file: {e.strerror or e}.")

    # -- help ----------------------------------------------------------------------------------

    def show_overview(self) -> None:
        self._country = None
        self._event = None
        self.country_view.selectionModel().clearSelection()
        self.timeline.select_country(None)
        self.timeline.select_event(None)
        self.detail.show_welcome(self.store.counts())

    def show_about(self) -> None:
        sources = ", ".join(f"“{s.title}”" for s in self.store.sources()) or "none"
        QMessageBox.about(
            self,
            "About Ally Explorer",
            f"<h3>Ally Explorer {__version__}</h3>"
            "<p>Who stands with Russia in 2025, and how that changed, with every claim sourced "
            "and its certainty shown.</p>"
            f"<p><b>Sources in this database:</b> {_esc(sources)}.</p>"
            "<p><b>Licences:</b> application and dataset MIT; flags from <i>flag-icons</i> (MIT); "
            "map outlines from <i>world-atlas</i> (ISC), Natural Earth (public domain). "
            "Built with Qt for Python (LGPL), pyqtgraph (MIT) and sqlite-utils (Apache 2.0).</p>",
        )

    def _on_confirmed_toggled(self, checked: bool) -> None:
        self.set_filters(replace(self.filters, confirmed_only=checked))

    def _on_brush_changed(self, window) -> None:
        start, end = window if window else (None, None)
        self.set_filters(replace(self.filters, date_from=start, date_to=end))

    def _on_excerpts_toggled(self, checked: bool) -> None:
        self.detail.show_excerpts = checked
        self.detail.rerender()

    # -- window state --------------------------------------------------------------------------

    def restore_state(self) -> None:
        s = self.settings
        s.beginGroup(SETTINGS_GROUP)
        try:
            geometry = s.value("geometry")
            if isinstance(geometry, QByteArray) and not geometry.isEmpty():
                self.restoreGeometry(geometry)
            else:
                screen = QGuiApplication.primaryScreen()
                if screen is not None:
                    area = screen.availableGeometry()
                    self.resize(min(1500, area.width() - 40), min(950, area.height() - 40))
            state = s.value("windowState")
            if isinstance(state, QByteArray) and not state.isEmpty():
                self.restoreState(state)
            for splitter in (self.main_splitter, self.top_splitter, self.left_splitter, self.country_tab):
                sizes = s.value(splitter.objectName())
                if isinstance(sizes, QByteArray) and not sizes.isEmpty():
                    splitter.restoreState(sizes)
            if s.value("showFilters") is not None:
                shown = str(s.value("showFilters")).lower() in ("true", "1")
                self.act_filters.setChecked(shown)
                self.facet_panel.setVisible(shown)
            excerpts = s.value("showExcerpts")
            if excerpts is not None:
                self.act_excerpts.setChecked(str(excerpts).lower() in ("true", "1"))
                self.detail.show_excerpts = self.act_excerpts.isChecked()
            country = s.value("country")
        finally:
            s.endGroup()
        if country:
            self.select_country(str(country))

    def save_state(self) -> None:
        s = self.settings
        s.beginGroup(SETTINGS_GROUP)
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        for splitter in (self.main_splitter, self.top_splitter, self.left_splitter, self.country_tab):
            s.setValue(splitter.objectName(), splitter.saveState())
        s.setValue("showExcerpts", self.act_excerpts.isChecked())
        s.setValue("showFilters", self.act_filters.isChecked())
        s.setValue("country", self._country or "")
        s.endGroup()
        s.sync()

    def closeEvent(self, event) -> None:
        if self.presentation.presenting:
            self.presentation.leave()
        self.presentation.set_playing(False)
        self.save_state()
        self._search_timer.stop()
        self._counts_timer.stop()
        self._timeline_timer.stop()
        self._pending_timeline = None
        if self._timeline_pool is not None:
            self._timeline_pool.shutdown(wait=False, cancel_futures=True)
            self._timeline_pool = None
        self.timeline.stop_timers()
        super().closeEvent(event)


def _close_quietly(store: Store) -> None:
    try:
        store.close()
    except Exception:  # noqa: BLE001 - already closed
        pass


def _esc(text: str) -> str:
    import html

    return html.escape(text)


def show_open_error(parent: QWidget | None, error: DatabaseOpenError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Cannot open the database")
    box.setText(error.problem)
    box.setInformativeText(error.advice or "")
    box.exec()


def read_timeline(path: Path, filters: Filters, lane_ids: list[str]) -> tuple[TimelineArrays, object]:
    """The timeline's arrays and track offsets (a numpy array), read through a connection of its
    own (this runs on a worker thread) with the lookups the first zoom and labels need prepared here too."""
    with Store.open(path, readonly=True, trusted=True) as store:
        arrays = arrays_from_rows(store.timeline_rows(filters), lane_ids)
    offsets = pack_tracks(arrays)
    arrays.prepare()
    return arrays, offsets


def search_summary(text: str, hits: list, counts: dict[str, int], *, filtered: bool, rank_max: int,
                   shown: int) -> str:
    """The line above the search results: how many, of how many, and in what order."""
    quoted = f"“{_esc(text[:60])}”"
    if not hits:
        return f"No results for {quoted}" + (" with the filters on" if filtered and any(counts.values()) else "")
    total = sum(counts.values())
    if len(hits) < shown or total <= len(hits):
        return f"<b>{len(hits)} result{'s' if len(hits) != 1 else ''}</b> for {quoted}"
    note = " before the filters" if filtered else ""
    line = f"<b>{len(hits)} of {total:,} matches</b>{note} for {quoted}"
    if any(n > rank_max for n in counts.values()):
        line += "<br><span style='color:#5A5A5A;'>Too many to rank: the newest entries first. Add a word to narrow them.</span>"
    return line


def create_main_window(db_path: str | Path, *, read_only: bool = False, settings: QSettings | None = None,
                       open_read_only: bool = False, **_options) -> MainWindow:
    """Open the database and build the window (a QApplication must exist). Raises DatabaseOpenError.

    The bundled dataset and files that cannot be written are opened read-only; the first edit
    then moves to a copy in the user data folder (see ``editing.EditingController``)."""
    path = Path(db_path)
    store = Store.open(path, readonly=read_only or open_read_only or is_protected(path))  # a screenshot changes no byte
    try:
        return MainWindow(store, settings=settings, read_only=read_only)
    except AllyError:
        store.close()
        raise

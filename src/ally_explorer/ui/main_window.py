"""The main window: the composition root. It builds the state, the views and the controllers,
lays them out and wires each to the state; it is not the mediator of every update.

Every view follows the ``ExplorerState`` (country, event, filters, "as of" day, presenting,
theme, zoom, the open store) and changes it only through its setters; writes announce what
they changed (``state.data_changed``) and each view decides whether to read again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QToolBar, QToolButton

from ..core.errors import AllyError
from ..core.filters import Filters
from ..db.store import Store
from ..db.userfiles import title_for
from .about import show_about
from .claims_tabs import ClaimsTabs
from .reader_tab import ReaderTab
from .country_page import CountryPage
from .country_panel import CountryPanel
from .date_band_keys import DateBandKeys
from .events_table import EventsTable
from .editing import EditingController
from .export_menu import export_actions
from .files import DatabaseFiles, is_protected, show_open_error
from .filter_status import FilterStatus
from .focus_order import TabOrder
from .guide import Guide
from .layout import WindowLayout, column, splitter
from .map_tab import MapTab
from .tab_fit import TabFit
from .presentation import Appearance, PresentationController
from .quiz_menu import QuizController
from .scrolling import scrolling
from .search_panel import SearchPanel
from .side_by_side import side_by_side_action
from .shortcuts_help import shortcuts_action
from .state import Changes, ExplorerState
from .timelapse import TimeLapse
from .timeline_feed import TimelineFeed
from .widgets.as_of import AsOfSlider
from .widgets.caption import CaptionCard
from .widgets.citations import CitationsView, QualityView
from .widgets.detail_pane import DetailPane
from .widgets.facet_panel import FacetPanel
from .widgets.timeline import TimelineWidget
from .widgets.tours import ToursPanel
from .i18n import translate
from .language_menu import LanguageMenu

SETTINGS_GROUP = "MainWindow"


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, settings: QSettings | None = None, read_only: bool = False):
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.read_only = read_only
        self.setObjectName("mainWindow")
        self.setMinimumSize(720, 520)
        state = self.state = ExplorerState(store, self)
        self.appearance = Appearance(state, self)  # before the views: the font and palette come first
        self._build_views()
        self._build_actions()
        self._build_menus()
        self.files = DatabaseFiles(state, self.settings, self, read_only=read_only)
        self.editing = EditingController(state, self.files, self.settings, self, country_list=self.country_view,
                                         country_filter=self.country_filter, read_only=read_only)
        self.editing.install_menus(self.file_menu, self.edit_menu, self.view_menu, before=self.act_quit)
        self.layout_parts = WindowLayout(
            self, [self.main_splitter, self.top_splitter, self.left_splitter, self.country_tab],
            {"menubar": self.menuBar(), "statusbar": self.statusBar(), "toolbar": self.toolbar,
             "facets": self.facet_panel, "caption": self.caption, "countries": self.left_splitter, "details": self.tabs,
             "top": self.top_splitter}, self.timeline)
        self.presentation = PresentationController(state, self.layout_parts, self.caption, self.timeline,
                                                   self.settings, self)
        self.presentation.install_menus(self.view_menu)
        self.language_menu = LanguageMenu(state, self.settings, self.view_menu, self)
        self.tours = ToursPanel(state, self.editing.ops, self.editing.ensure_writable, self)
        self.tabs.addTab(self.tours, self.tr("Tours"))
        self.claims_tabs = ClaimsTabs(state, self.tabs, self.citations, self.quality, self.country_tab,
                                      self.editing.copy_with_citation, self)
        self.reader_tab = ReaderTab(state, self.tabs, editing=self.editing, parent=self)  # its reader: when first shown
        self.reader_tab.install_menu(self.file_menu, before=self.act_quit)
        self.filter_status = FilterStatus(state, self.facet_panel, self.filters_indicator, self.filters_indicator_action,
                                          self.act_confirmed, self.counts_label, self.country_panel.shown_count, self)
        self.map_tab = MapTab(state, self.tabs, ensure_writable=self.editing.ensure_writable)
        self.map_tab.install_menu(self.file_menu, before=self.act_quit)
        self.map_tab.place_chart_under(self.country_tab)  # the agreement line under the country's details
        self.tab_fit = TabFit(self.tabs, {self.quality: self.tr("Quality"), self.map_tab.un_panel: self.tr("UN")})  # 1024 wide
        self.export_menu.addSeparator()
        self.export_actions = export_actions(state, self, self.export_menu, self.settings)
        self.quiz = QuizController(state, self, self.view_menu, self.export_menu, self.settings)
        self.timelapse = TimeLapse(state, self.as_of_bar, None, self.timeline, self, self.settings)  # the map: once built
        self.timelapse.install_menu(self.export_menu)
        self.map_tab.built.connect(self.timelapse.attach_map)
        self.act_side_by_side, self.side_by_side = side_by_side_action(state, self, self.view_menu)
        self.files.install(self.file_menu, self, after=self.act_open)
        self.guide = Guide(self.help_menu, self)
        self._connect()
        self.presentation.set_theme(str(self.settings.value("theme", "system")), remember=False)
        self.presentation.set_zoom(self.settings.value("zoom", 1.0, type=float), remember=False)
        self._on_store_changed(store, first=True)
        self.restore_state()
        self.tab_order = TabOrder(self, [self.search_box, self.search_view, self.country_filter, self.country_view],
                                  self.tabs, [*self.facet_panel.tab_stops(), self.as_of_bar.slider,
                                              self.timeline.plot], again=self.map_tab.chart.plot_made, toolbar=self.toolbar)
        for built in (self.reader_tab.built, self.map_tab.built):
            built.connect(self.tab_order.apply)
        if read_only:
            self.editing.set_locked(True, permanent=True)
        else:
            self.editing.set_locked(self.settings.value("editingLocked", False, type=bool))

    # -- construction --------------------------------------------------------------------------

    def _build_views(self) -> None:
        state = self.state
        self.country_panel = CountryPanel(state)
        self.country_filter, self.country_view = self.country_panel.filter_box, self.country_panel.view
        self.country_model, self.country_proxy = self.country_panel.model, self.country_panel.proxy
        self.search_panel = SearchPanel(state)
        self.search_box, self.search_view = self.search_panel.box, self.search_panel.view
        self.search_model, self.search_label = self.search_panel.model, self.search_panel.label
        self._search_timer = self.search_panel.timer
        self.left_splitter = splitter(Qt.Orientation.Vertical, "leftSplitter", self.country_panel, self.search_panel)
        self.left_splitter.setChildrenCollapsible(False)

        self.detail = DetailPane()
        self.country_page = CountryPage(state, self.detail, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        self.country_tab = splitter(Qt.Orientation.Vertical, "countryTab", self.detail)
        self.country_tab.setChildrenCollapsible(True)
        self.tabs.addTab(self.country_tab, self.tr("Country"))
        self.events_table = EventsTable(state, self.tabs, self)  # the timeline's text twin (F6), a tab of its own
        self.citations = CitationsView()
        self.tabs.addTab(self.citations, self.tr("Sources"))
        self.quality = QualityView()
        self.tabs.addTab(self.quality, self.tr("Data quality"))
        self.timeline = TimelineWidget()
        self.timeline_feed = TimelineFeed(state, self.timeline, self)
        self.date_band_keys = DateBandKeys(state, self.timeline, self)  # the date band's keys: [ ] Backspace
        self.as_of_bar = AsOfSlider()
        self.caption = CaptionCard()
        self.caption.hide()
        timeline_box = column(self.caption, self.as_of_bar, self.timeline)  # the timeline takes what is left
        self.facet_panel = FacetPanel()
        self.top_splitter = splitter(Qt.Orientation.Horizontal, "topSplitter", self.left_splitter, self.tabs,
                                      scrolling(self.facet_panel, "filtersScroll"))  # large text scrolls
        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setCollapsible(1, False)
        self.top_splitter.setSizes([360, 930, 270])  # the list with its Events column at zoom 1
        self.main_splitter = splitter(Qt.Orientation.Vertical, "mainSplitter", self.top_splitter, timeline_box)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 2)
        self.main_splitter.setSizes([600, 350])
        self.setCentralWidget(self.main_splitter)

        self.filters_indicator = QToolButton()
        self.filters_indicator.setObjectName("filtersIndicator")
        # its colours follow the theme (FilterStatus)
        self.toolbar = QToolBar(self.tr("Main"))
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
        files = self._files_call
        self.act_open = self._action(self.tr("&Open Database…"), files("choose"), QKeySequence.StandardKey.Open,
                                     tip=self.tr("Open another Ally Explorer database file"))
        self.act_export_json = self._action(self.tr("Export as &JSON…"), files("export", "json"),
                                            tip=self.tr("The whole dataset as JSON (it round-trips exactly)"))
        self.act_export_csv = self._action(self.tr("Export as &CSV…"), files("export", "csv"), tip=self.tr("One CSV file per table"))
        self.act_export_tljs = self._action(self.tr("Export as &TimelineJS…"), files("export", "timelinejs"),
                                            tip=self.tr("A TimelineJS3 JSON file of the events"))
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_copy = self._action(self.tr("&Copy"), self.detail.copy, QKeySequence.StandardKey.Copy,
                                     tip=self.tr("Copy the selected text of the detail pane"))
        self.act_find = self._action(self.tr("&Find…"), self.search_panel.focus, QKeySequence.StandardKey.Find,
                                     tip=self.tr("Search events, quotes and countries"))
        self.act_filter = self._action(self.tr("Filter &Countries"), self.country_panel.focus_filter, "Ctrl+L")
        self.act_fit = self._action(self.tr("&Fit Timeline"), self.timeline.fit_all, "Ctrl+T", tip=self.tr("Show every event on the timeline"))
        self.act_zoom_country = self._action(self.tr("&Zoom Timeline to Country"), self.timeline_feed.zoom_to_country,
                                             "Ctrl+Shift+T", tip=self.tr("Show the selected country's events"))
        self.act_next_country = self._action(self.tr("&Next Country"), lambda: self.country_panel.step(1), "Alt+Down")
        self.act_prev_country = self._action(self.tr("&Previous Country"), lambda: self.country_panel.step(-1), "Alt+Up")
        self.act_excerpts = self._action(self.tr("Show Source &Excerpts"), self._on_excerpts_toggled, checkable=True,
                                         tip=self.tr("Show the source's own words under each claim"))
        self.act_excerpts.setChecked(False)  # the source's words on demand; the page stays short
        self.act_confirmed = self._action(self.tr("&Confirmed Only"), self._on_confirmed_toggled, "Ctrl+Shift+C", checkable=True,
                                          tip=self.tr("Hide reported, claimed and disputed items everywhere"))
        self.act_filters = self._action(self.tr("&Filters Panel"), self._on_filters_toggled, "Ctrl+Shift+L", checkable=True,
                                        tip=self.tr("Show or hide the filters"))
        self.act_filters.setChecked(True)
        self.act_clear_filters = self._action(self.tr("C&lear Filters"), lambda: self.state.set_filters(Filters()),
                                             "Ctrl+Shift+X")
        self.act_overview = self._action(self.tr("&Overview and Legend"), self.show_overview, QKeySequence.StandardKey.HelpContents,
                                         tip=self.tr("What the stances, confidence levels and colours mean"))
        self.act_about = self._action(self.tr("&About Ally Explorer"), self.show_about)
        self.act_about_qt = self._action(self.tr("About &Qt"), lambda: QMessageBox.aboutQt(self))

    def _files_call(self, name: str, *args):
        """A slot that calls ``self.files`` (built after the actions)."""
        return lambda: getattr(self.files, name)(*args)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_open)
        export = self.export_menu = file_menu.addMenu(self.tr("&Export"))
        for action in (self.act_export_json, self.act_export_csv, self.act_export_tljs):
            export.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (self.act_copy, None, self.act_find, self.act_filter):
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.act_fit, self.act_zoom_country, self.events_table.action, None, self.act_next_country, self.act_prev_country,
                       None, self.act_confirmed, self.act_filters, self.act_clear_filters, None, self.act_excerpts):
            self.view_menu.addSeparator() if action is None else self.view_menu.addAction(action)
        help_menu = self.help_menu = bar.addMenu(self.tr("&Help"))
        self.act_shortcuts = shortcuts_action(self)
        for action in (self.act_overview, self.act_shortcuts, None, self.act_about, self.act_about_qt):
            help_menu.addSeparator() if action is None else help_menu.addAction(action)
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
        state = self.state
        state.message_posted.connect(self.statusBar().showMessage)
        state.store_changed.connect(self._on_store_changed)
        state.data_changed.connect(self._on_data_changed)
        state.as_of_changed.connect(self.as_of_bar.set_date)
        state.zoom_changed.connect(self._on_zoom_changed)
        self.country_panel.shown_changed.connect(self.filter_status.update_line)
        self.country_panel.activated.connect(self._on_country_activated)
        self.country_panel.painted.connect(self._on_first_paint)
        for opened in (self.timeline.event_double_clicked, self.events_table.opened):
            opened.connect(self._on_timeline_double_clicked)
        self.detail.edit_requested.connect(self.editing.edit)
        self.detail.menu_provider = self.editing.fill_detail_menu
        self.editing.source_requested.connect(self.claims_tabs.show_source_of)
        self.as_of_bar.date_changed.connect(state.set_as_of)
        self.tours.play_requested.connect(self.presentation.play)
        self.tours.entry_opened.connect(self._on_tour_entry_opened)

    # -- what the window itself shows: its title, the "as of" range ---------------------------

    def _on_store_changed(self, store: Store, *, first: bool = False) -> None:
        """Another file (or the first): the window's own parts; the views follow the state themselves."""
        if first:  # the views read the state themselves from here on
            self.country_panel.reload()
            self.country_page.update()
            self.timeline_feed.reload(keep_view=False, defer=True)
        big = self.timeline_feed.is_big()
        if big:
            self.country_panel.notify_paint()  # the timeline and the counts come after the first paint
        self.filter_status.reload(defer=True)
        if not big:
            self.filter_status.timer.start()
        self._on_data_changed(Changes.all())
        name = store.path.name if store.path else translate("MainWindow", "in memory")
        self.db_label.setText(name)
        self.db_label.setToolTip(str(store.path) if store.path else "")
        self.setWindowTitle(f"Ally Explorer — {title_for(store.path, readonly=store.readonly)}")

    def _on_data_changed(self, _changes: Changes) -> None:
        store = self.state.store
        self.as_of_bar.set_range(store.earliest_day() or "2000-01-01", date.today().isoformat())
        self.as_of_bar.set_source_horizon(store.newest_stance_report())

    def _on_zoom_changed(self, factor: float) -> None:
        icon = round(16 * factor)
        self.toolbar.setIconSize(QSize(icon, icon))

    def _on_first_paint(self) -> None:
        self.timeline_feed.later.start()
        self.filter_status.timer.start()

    # -- user requests that span views ------------------------------------------------------------

    def _on_country_activated(self, country_id: str) -> None:
        if not self.editing.locked:
            self.editing.edit("country", country_id)

    def _on_timeline_double_clicked(self, event_id: int) -> None:
        self.editing.edit("event", event_id)

    def _on_tour_entry_opened(self) -> None:
        self.tabs.setCurrentWidget(self.country_tab)

    def _on_confirmed_toggled(self, checked: bool) -> None:
        self.state.set_filters(replace(self.state.filters, confirmed_only=checked))

    def _on_filters_toggled(self, *_checked) -> None:
        # triggered() may arrive without its argument (PySide picks the overload): read the action
        self.facet_panel.setVisible(self.act_filters.isChecked())

    def _on_excerpts_toggled(self, checked: bool) -> None:
        self.detail.show_excerpts = checked
        self.detail.rerender()

    def show_source_of(self, kind: str, item_id) -> None:
        self.claims_tabs.show_source_of(kind, item_id)

    def show_view(self, name: str) -> bool:
        """Bring a tab to the front by name: country, sources, reader, quality, tours, map, votes."""
        tabs = {"country": self.country_tab, "events": self.events_table, "sources": self.citations, "quality": self.quality, "tours": self.tours,
                "votes": self.map_tab.un_panel}
        built = {"reader": lambda: self.reader_tab.reader, "map": lambda: self.map_tab.map_view}  # built when wanted
        widget = built[name]() if name in built else tabs.get(name)
        if widget is None:
            return False
        self.tabs.setCurrentWidget(widget)
        return True

    def show_overview(self) -> None:
        self.state.set_selection(None)

    def show_about(self) -> None:
        show_about(self, self.state.store)

    # -- the state, for scripts and tests -----------------------------------------------------------

    @property
    def store(self) -> Store:
        return self.state.store

    @property
    def filters(self) -> Filters:
        return self.state.filters

    @property
    def as_of(self) -> str:
        return self.state.as_of

    @property
    def current_country(self) -> str | None:
        return self.state.country

    @property
    def current_event(self) -> int | None:
        return self.state.event

    @property
    def presenting(self) -> bool:
        return self.state.presenting

    @property
    def country_selected(self):
        return self.state.country_changed

    @property
    def event_selected(self):
        return self.state.event_changed

    @property
    def filters_changed(self):
        return self.state.filters_changed

    def select_country(self, country_id: str | None) -> None:
        self.state.select_country(country_id)

    def select_event(self, event_id: int, country_id: str | None = None, *, center: bool = True) -> None:
        self.state.select_event(event_id, country_id)

    def select_statement(self, statement_id: int) -> None:
        self.state.select_entry("statement", statement_id)

    def set_filters(self, filters: Filters) -> None:
        self.state.set_filters(filters)

    def set_as_of(self, iso: str) -> None:
        self.state.set_as_of(iso)

    def run_search(self) -> None:
        self.search_panel.run()

    def focus_search(self) -> None:
        self.search_panel.focus()

    def open_database(self, path: Path, *, remember: bool = True, force: bool = False) -> bool:
        return self.files.open(path, remember=remember, force=force)

    def reload(self) -> None:
        """Read everything again (the store was changed behind the app's back)."""
        self.state.announce(Changes.all(initiator="window"))

    refresh = reload

    def is_loading(self) -> bool:
        """Whether work deferred past the first paint (timeline, facet counts) is still to run."""
        return (self.country_panel.paint_pending or self.country_panel.is_busy() or self.timeline_feed.is_loading()
                or self.filter_status.is_busy())

    def finish_loading(self) -> None:
        """Do now what a big dataset defers or reads in the background (screenshots, scripts)."""
        deferred = self.country_panel.take_paint_wait()
        self.timeline_feed.finish(deferred=deferred)
        if deferred:
            self.filter_status.update_counts()
        self.filter_status.finish()
        self.country_panel.finish()

    # -- window state ------------------------------------------------------------------------------

    def restore_state(self) -> None:
        s = self.settings
        self.layout_parts.restore(s, SETTINGS_GROUP)
        s.beginGroup(SETTINGS_GROUP)
        try:
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
            self.state.select_country(str(country))

    def save_state(self) -> None:
        s = self.settings
        self.layout_parts.save(s, SETTINGS_GROUP)
        s.beginGroup(SETTINGS_GROUP)
        s.setValue("showExcerpts", self.act_excerpts.isChecked())
        s.setValue("showFilters", self.act_filters.isChecked())
        s.setValue("country", self.state.country or "")
        s.endGroup()
        s.sync()

    def closeEvent(self, event) -> None:
        if self.presentation.presenting:
            self.presentation.leave()
        self.presentation.set_playing(False)
        self.save_state()
        self._search_timer.stop()
        self.filter_status.shutdown()
        self.timeline_feed.shutdown()
        self.country_panel.shutdown()
        super().closeEvent(event)


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


__all__ = ["MainWindow", "create_main_window", "show_open_error"]

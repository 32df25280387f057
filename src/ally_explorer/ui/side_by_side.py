"""View ▸ Side by Side: two countries in parallel — their stance histories and events in two
lanes of a timeline, how often they vote alike at the UN year by year, and their alignment
periods, key figures and events in two columns.

``SideBySide`` depends on the state only: it reads the store the state holds, follows the
filters, the "as of" day, the theme and the zoom, and a click on an event selects it in the
state (the main window follows). It is a window of its own, so the two columns get the width
they need at 1280×720; hidden, it only notes that it must read again when shown.
"""

from __future__ import annotations

import html
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QSplitter, QTextBrowser, QToolButton, QVBoxLayout,
                               QWidget)

from ..core import vocab
from ..core.filters import Filters
from ..db import unvotes
from . import theme
from .dates import format_day
from .i18n import translate
from .state import Changes, ExplorerState
from .widgets.detail_html import category_chip, confidence_badge, figure_value, stance_badge, window_text
from .widgets.timeline import TimelineWidget

#: The pair shown first when nothing is chosen (the issue's example).
DEFAULT_PAIR = ("IND", "CHN")
SHORTCUT = "Ctrl+Shift+B"


def _esc(text: object) -> str:
    return html.escape(str(text))


class SideBySide(QWidget):
    """Two countries side by side; ``set_pair`` chooses them (the pickers do the same)."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("sideBySide")
        self.setWindowTitle(self.tr("Side by Side — Ally Explorer"))
        self._state = state
        self._stale = True
        self.pair: tuple[str, str] = DEFAULT_PAIR
        self.series: list[unvotes.YearAgreement] = []
        self.events: list = []

        self.pickers = (QComboBox(), QComboBox())
        for picker, name in zip(self.pickers, (self.tr("First country"), self.tr("Second country"))):
            picker.setObjectName("sideBySidePicker")
            picker.setAccessibleName(name)
            picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            picker.activated.connect(self._on_picker_activated)
        self.swap_button = QToolButton(text=self.tr("Swap"))
        self.swap_button.setToolTip(self.tr("Put the second country first"))
        self.swap_button.clicked.connect(lambda: self.set_pair(self.pair[1], self.pair[0]))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<b>Compare</b>")))
        bar.addWidget(self.pickers[0])
        bar.addWidget(QLabel(self.tr("and")))
        bar.addWidget(self.pickers[1])
        bar.addWidget(self.swap_button)
        bar.addStretch(1)

        self.timeline = TimelineWidget()
        self.timeline.setObjectName("sideBySideTimeline")
        self.timeline.setMinimumHeight(150)
        self.timeline.event_clicked.connect(self._on_event_clicked)

        self.agreement_title = QLabel()
        self.agreement_title.setObjectName("pairAgreementTitle")
        self.agreement_title.setWordWrap(True)
        self.agreement_plot = pg.PlotWidget()
        self.agreement_plot.setObjectName("pairAgreementPlot")
        self.agreement_plot.setBackground("w")
        self.agreement_plot.setMenuEnabled(False)
        self.agreement_plot.hideButtons()
        self.agreement_plot.setMouseEnabled(x=False, y=False)
        self.agreement_plot.setYRange(0, 100, padding=0.04)
        self.agreement_plot.setMinimumHeight(110)
        self.agreement_plot.getPlotItem().getAxis("left").setLabel(self.tr("% alike"))
        self.agreement_plot.setAccessibleName(self.tr("How often the two countries vote alike at the UN, by year"))
        self._note = (self.tr(
            "Of the UN General Assembly roll calls on which both voted, the share on which they cast the same "
            "vote (yes, no or abstain). Hollow points: fewer than %1 roll calls that year. Data: Erik Voeten (CC0)."
        ).replace("%1", str(unvotes.FULL_YEAR_ROLL_CALLS)))
        self.agreement_note = QLabel(self._note)
        self.agreement_note.setToolTip(f"{unvotes.USSR_NOTE}\n{unvotes.SOURCE_NOTE}")
        self.agreement_note.setWordWrap(True)
        self.agreement_note.setStyleSheet("font-size: small;")
        self.agreement_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text, live
        agreement_box = QWidget()
        agreement_layout = QVBoxLayout(agreement_box)
        agreement_layout.setContentsMargins(6, 4, 6, 4)
        agreement_layout.addWidget(self.agreement_title)
        agreement_layout.addWidget(self.agreement_plot, 1)
        agreement_layout.addWidget(self.agreement_note)

        self.columns = (QTextBrowser(), QTextBrowser())
        for column, name in zip(self.columns, (self.tr("First country's entries"), self.tr("Second country's entries"))):
            column.setObjectName("sideBySideColumn")
            column.setAccessibleName(name)
            column.setOpenLinks(False)
            column.anchorClicked.connect(self._on_anchor_clicked)
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setObjectName("sideBySideColumns")
        for column in self.columns:
            columns.addWidget(column)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("sideBySideSplitter")
        for widget in (self.timeline, agreement_box, columns):
            self.splitter.addWidget(widget)
            self.splitter.setCollapsible(self.splitter.count() - 1, False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._sized = False
        self.resize(1200, 800)

        state.store_changed.connect(self._on_state_store_changed)
        state.data_changed.connect(self._on_state_data_changed)
        state.filters_changed.connect(self._on_state_filters_changed)
        state.as_of_changed.connect(self._on_state_as_of_changed)
        state.theme_changed.connect(self._on_state_theme_changed)
        state.zoom_changed.connect(self._on_state_zoom_changed)
        self._on_state_theme_changed(state.theme)

    # -- choosing ------------------------------------------------------------------------------

    def set_pair(self, first: str, second: str) -> None:
        """Show these two countries (ids); the same country twice is refused with a message."""
        if first == second:
            self._state.post_message(self.tr("Choose two different countries to compare."), 4000)
            self._fill_pickers()
            return
        self.pair = (first, second)
        self.reload()

    def _on_picker_activated(self, _index: int) -> None:
        first, second = (picker.currentData() for picker in self.pickers)
        if first == second:  # one side chose the other's country: they change places
            first, second = self.pair[1], self.pair[0]
        self.set_pair(first, second)

    def _valid_pair(self) -> tuple[str, str]:
        ids = [c.id for c in self._state.store.all_countries()]
        first, second = self.pair
        if first not in ids:
            first = next((c for c in (self._state.country, *DEFAULT_PAIR, *ids) if c in ids and c != second), first)
        if second not in ids or second == first:
            second = next((c for c in (*DEFAULT_PAIR, *ids) if c in ids and c != first), second)
        return first, second

    def _fill_pickers(self) -> None:
        countries = self._state.store.all_countries()
        for picker, chosen in zip(self.pickers, self.pair):
            with QSignalBlocker(picker):
                picker.clear()
                for country in countries:
                    picker.addItem(country.name, country.id)
                picker.setCurrentIndex(max(0, picker.findData(chosen)))

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read both countries again (now if shown, else when next shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        store, f = self._state.store, self._state.filters
        if len(store.all_countries()) < 2:
            self.agreement_title.setText(self.tr("This database has fewer than two countries to compare."))
            self.events, self.series = [], []
            self.timeline.set_data([], [], [])
            self.agreement_plot.hide()
            for column in self.columns:
                column.clear()
            self._stale = True  # read again when it has two
            return
        self.pair = self._valid_pair()
        self._fill_pickers()
        names = self.names()
        lanes = [(cid, names[cid]) for cid in self.pair]
        events = {}
        for cid in self.pair:
            for event in store.events(country_id=cid, filters=f):
                events[event.id] = event
        bands = Filters(confirmed_only=f.confirmed_only)  # stance periods are context, as on the main timeline
        alignments = [a for a in store.alignments(filters=bands) if a.country_id in self.pair]
        self.events = sorted(events.values(), key=lambda e: (e.date_start, e.date_end, e.id))
        self.timeline.set_data(lanes, self.events, alignments)
        self.timeline.show_focus()  # where the events are ("Fit all" shows the decades-long windows)
        self._update_cursor()
        self._update_agreement()
        self._update_columns()
        self.setWindowTitle(self.tr("%1 and %2 side by side — Ally Explorer")
                            .replace("%1", names[self.pair[0]]).replace("%2", names[self.pair[1]]))

    def names(self) -> dict[str, str]:
        return {c.id: c.name for c in self._state.store.all_countries()}

    def _update_cursor(self) -> None:
        stances = self._state.store.stances_as_of(self._state.as_of)
        self.timeline.set_cursor(self._state.as_of, {c: a.stance for c, a in stances.items() if c in self.pair})

    def _update_agreement(self) -> None:
        names = self.names()
        first, second = (names[c] for c in self.pair)
        plot = self.agreement_plot
        plot.clear()
        self.series = unvotes.pair_agreement_series(self._state.store, *self.pair)
        if not self.series:
            self.agreement_title.setText(self.tr("<b>UN votes:</b> no UN General Assembly votes of both %1 and %2 "
                                                 "in this database.").replace("%1", _esc(first)).replace("%2", _esc(second)))
            plot.hide()
            return
        plot.show()
        full = [a for a in self.series if a.compared >= unvotes.FULL_YEAR_ROLL_CALLS]
        latest = full[-1] if full else self.series[-1]
        self.agreement_title.setText(self.tr(
            "<b>How often %1 and %2 vote alike at the UN:</b> %3 of %4 roll calls in %5 (the latest full year)"
        ).replace("%1", _esc(first)).replace("%2", _esc(second)).replace("%3", f"{latest.share:.0%}")
            .replace("%4", str(latest.compared)).replace("%5", str(latest.year)))
        color = theme.RUSSIA_COLOR if vocab.RUSSIA in self.pair else "#2166AC"
        pen = pg.mkPen(color, width=2)
        plot.plot([a.year for a in full], [100 * a.share for a in full], pen=pen)
        spots = [{"pos": (a.year, 100 * a.share), "data": self._point_text(a, first, second),
                  "brush": pg.mkBrush(color) if a.compared >= unvotes.FULL_YEAR_ROLL_CALLS
                  else pg.mkBrush(theme.current().plot_background)}
                 for a in self.series]
        scatter = pg.ScatterPlotItem(spots=spots, size=6, pen=pen, hoverable=True,
                                     tip=lambda x, y, data: data)
        plot.addItem(scatter)
        plot.setXRange(self.series[0].year - 0.5, self.series[-1].year + 0.5, padding=0)
        self.agreement_note.setText(self._note + (" " + self.tr("Before 1992, Russia's votes are the Soviet Union's "
                                                                 "(dashed line: December 1991).")
                                                  if vocab.RUSSIA in self.pair else ""))
        if vocab.RUSSIA in self.pair:
            plot.addItem(pg.InfiniteLine(1991.98, angle=90, pen=pg.mkPen("#777", style=Qt.PenStyle.DashLine)))

    def _point_text(self, a: unvotes.YearAgreement, first: str, second: str) -> str:
        return (self.tr("%1: %2 and %3 voted alike on %4 of %5 roll calls (%6)")
                .replace("%1", str(a.year)).replace("%2", first).replace("%3", second)
                .replace("%4", str(a.agreed)).replace("%5", str(a.compared)).replace("%6", f"{a.share:.0%}"))

    def _update_columns(self) -> None:
        store, f = self._state.store, self._state.filters
        stances = store.stances_as_of(self._state.as_of)
        for column, cid in zip(self.columns, self.pair):
            scroll = column.verticalScrollBar().value()
            country = store.country(cid)
            stance = stances.get(cid)
            when = self.tr("today") if self._state.as_of_is_today else format_day(self._state.as_of)
            as_of = self.tr("as of %1").replace("%1", when)
            heads = (self.tr("Alignment with Russia over time"), self.tr("Key figures"), self.tr("Events (%1)"))
            parts = [f"<h2 style='margin-bottom:2px'>{_esc(country.name)}</h2>",
                     f"<p>{stance_badge(stance.stance if stance else None, cid)} "
                     f"<span style='color:gray'>{_esc(as_of)}</span></p>"]
            if country.headline:
                parts.append(f"<p><i>{_esc(country.headline)}</i></p>")
            bands = Filters(confirmed_only=f.confirmed_only)
            periods = store.alignments(country_id=cid, filters=bands)
            if cid != vocab.RUSSIA:  # Russia is what the others align with
                parts.append(f"<h3>{_esc(heads[0])}</h3>")
                parts.append(self._list([self._period(a) for a in periods], self.tr("No alignment periods recorded.")))
            figures = store.figures(country_id=cid, filters=replace(f, countries=frozenset()))
            parts.append(f"<h3>{_esc(heads[1])}</h3>")
            parts.append(self._list([self._figure(x) for x in figures], self.tr("No key figures recorded.")))
            events = [e for e in self.events if cid in e.countries]
            parts.append(f"<h3>{_esc(heads[2].replace('%1', str(len(events))))}</h3>")
            parts.append(self._list([self._event(e) for e in events], self.tr("No events pass the filters.")))
            column.setHtml("".join(parts))
            column.verticalScrollBar().setValue(scroll)

    @staticmethod
    def _list(items: list[str], empty: str) -> str:
        if not items:
            return f"<p style='color:gray'>{_esc(empty)}</p>"
        return "<ul style='margin-left:-20px'>" + "".join(f"<li style='margin-bottom:4px'>{i}</li>" for i in items) + "</ul>"

    def _hedge(self, confidence: str, attribution: str | None) -> str:
        according = self.tr("according to %1")
        who = f" {_esc(according.replace('%1', attribution))}" if attribution else ""
        return f"{confidence_badge(confidence)}{who}"

    def _period(self, a) -> str:
        word = self.tr("ongoing")
        ongoing = f" ({_esc(word)})" if a.ongoing else ""
        return (f"{stance_badge(a.stance)} <b>{_esc(a.date_label)}</b>{ongoing} "
                f"<span style='color:gray'>· {_esc(window_text(a.date_start, a.date_end, a.date_label))}</span> "
                f"{self._hedge(a.confidence, a.attribution)}")

    def _figure(self, x) -> str:
        return (f"<b>{_esc(x.label)}</b>: {_esc(figure_value(x))} <span style='color:gray'>({_esc(x.date_label)})</span> "
                f"{self._hedge(x.confidence, x.attribution)}")

    def _event(self, e) -> str:
        return (f"<span style='color:gray'>{_esc(e.date_label)}</span> — <a href='event:{e.id}'>{_esc(e.title)}</a> "
                f"{category_chip(e.category)} {self._hedge(e.confidence, e.attribution)}")

    # -- the state -----------------------------------------------------------------------------

    def _on_state_store_changed(self, _store) -> None:
        self.reload()

    def _on_state_data_changed(self, changes: Changes) -> None:
        if changes.touches("country", "event", "alignment", "figure", "unvotes"):
            self.reload()

    def _on_state_filters_changed(self, _filters) -> None:
        self.reload()

    def _on_state_as_of_changed(self, _iso: str) -> None:
        if self.isVisible() and not self._stale:
            self._update_cursor()
            self._update_columns()

    def _on_state_theme_changed(self, name: str) -> None:
        t = theme.resolve_theme(name)
        self.timeline.apply_theme(t)
        plot = self.agreement_plot  # the plot's own colours: the window's follow the palette
        plot.setBackground(t.plot_background)
        for axis in ("left", "bottom"):
            plot.getPlotItem().getAxis(axis).setPen(pg.mkPen(t.plot_axis, width=t.line_scale))
            plot.getPlotItem().getAxis(axis).setTextPen(pg.mkPen(t.plot_text))
        if not self.isVisible():
            self._stale = True  # drawn in the new colours when next shown
        elif not self._stale:
            self._update_agreement()  # the hollow points are filled with the background
            self._update_columns()  # badges and category words in the theme's colours

    def _on_state_zoom_changed(self, factor: float) -> None:
        self.timeline.set_scale(factor)

    # -- the user ------------------------------------------------------------------------------

    def _on_event_clicked(self, event_id: int, country: str) -> None:
        self._state.select_event(event_id, country)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        kind, _, item = url.toString().partition(":")
        if kind == "event" and item.isdigit():
            self._state.select_event(int(item))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._share_height()
        if self._stale:
            self.reload()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self._share_height()

    def _share_height(self) -> None:
        """The lanes a third, the UN votes a fifth, the two columns the rest: they hold the most text."""
        total = max(self.splitter.height(), 300)
        self.splitter.setSizes([int(total * 0.34), int(total * 0.22), int(total * 0.44)])

    def open(self) -> None:
        """Show the window (the selected country first, if it is not already one of the pair)."""
        country = self._state.country
        if country and country not in self.pair:
            other = self.pair[1] if self.pair[1] != country else self.pair[0]
            self.pair = (country, other)
            self._stale = True
        self.show()
        self.raise_()
        self.activateWindow()
        if self._stale:
            self.reload()


class SideBySideOpener:
    """The Side by Side window, built the first time it is wanted: it holds a second timeline,
    which cost about 50 ms of every start-up when it was built with the main window."""

    def __init__(self, state: ExplorerState, parent: QWidget):
        self._state, self._parent = state, parent
        self._view: SideBySide | None = None

    @property
    def view(self) -> SideBySide:
        if self._view is None:
            self._view = SideBySide(self._state, self._parent)
        return self._view

    def open(self) -> None:
        self.view.open()


def side_by_side_action(state: ExplorerState, window: QWidget, view_menu) -> tuple[QAction, SideBySideOpener]:
    """View ▸ Side by Side (Ctrl+Shift+B), and what opens its window."""
    opener = SideBySideOpener(state, window)
    action = QAction(translate("SideBySide", "Side by &Side…"), window)
    action.setObjectName("actionSideBySide")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setStatusTip(translate("SideBySide", "Two countries in parallel: stances, events, key figures and how often "
                                                "they vote alike"))
    action.triggered.connect(opener.open)
    window.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(action)
    return action, opener


__all__ = ["DEFAULT_PAIR", "SHORTCUT", "SideBySide", "SideBySideOpener", "side_by_side_action"]

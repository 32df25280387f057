"""What the filters let through, told in three places: the Filters panel (with its live counts),
the "n filters active" button in the toolbar, and the status line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSignalBlocker, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolButton

from ..core.filters import Filters
from ..db import facets
from ..db.store import Store
from . import theme
from .background import BIG_JOB, LatestJob
from .state import Changes, ExplorerState
from .widgets.facet_panel import FacetPanel
from .i18n import translate

#: Datasets with more events than this count the facets on a worker thread (its own connection).
COUNT_IN_BACKGROUND_ABOVE = 5000


def count_facets(path: Path, filters: Filters) -> dict[str, dict[str, int]]:
    """The facet counts through a connection of its own (this runs on a worker thread)."""
    with BIG_JOB, Store.open(path, readonly=True, trusted=True) as store:  # one big job at a time (background.py)
        return facets.facet_counts(store, filters)


class FilterStatus(QObject):
    """Keeps the panel, the indicator, the Confirmed Only action and the status line in step with
    the state's filters; ``shown_count`` says how many countries the list shows. A big dataset's
    counts are made on a worker thread: the window repaints at once and the counts follow."""


    def __init__(self, state: ExplorerState, panel: FacetPanel, indicator: QToolButton, indicator_action: QAction,
                 confirmed: QAction, counts_label: QLabel, shown_count: Callable[[], int],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self.panel = panel
        self._indicator, self._indicator_action = indicator, indicator_action
        self._confirmed = confirmed
        self._label = counts_label
        self._shown_count = shown_count
        self._passing: dict[str, int] | None = None  # claims and events passing the filters
        self._last_counts: dict[str, dict[str, int]] | None = None
        self.timer = QTimer(self)  # counting deferred past the first paint
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.update_counts)
        self._job = LatestJob("facets", self._on_counted, self)
        panel.filters_changed.connect(state.set_filters)
        indicator.clicked.connect(self._on_indicator_clicked)
        state.filters_changed.connect(self._on_state_filters_changed)
        state.data_changed.connect(self._on_state_data_changed)
        state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_theme_changed(state.theme)

    def _on_state_theme_changed(self, _name: str) -> None:
        """The indicator and the panel's coloured entries in the theme's colours."""
        t = theme.current()
        self._indicator.setStyleSheet(
            f"QToolButton {{ background: {t.banner_background}; color: {t.banner_text}; border: 1px solid "
            f"{t.banner_border}; border-radius: 4px; font-weight: bold; }}"
            f" QToolButton:focus {{ border: 2px solid {t.focus}; }}")
        if self._passing is not None and self._last_counts is not None:
            self.panel.set_counts(self._last_counts)

    def _on_indicator_clicked(self) -> None:
        self._state.set_filters(Filters())

    def reload(self, *, defer: bool) -> None:
        """After another file or a write: the panel's country names, and the counts (now or soon)."""
        self.panel.set_country_names(self._state.country_names())
        if defer:  # start-up or another file: paint the window first, count afterwards
            self._passing = None
        else:
            self.update_counts()
        self.update_line()

    def _on_state_data_changed(self, changes: Changes) -> None:
        if (changes.entity == "event" and not changes.everything and not facets.counts_may_change(changes.columns)
                and self._passing is not None):
            self.update_line()  # e.g. an event's importance: every count is as it was
            return
        self.reload(defer=False)

    def _on_state_filters_changed(self, filters: Filters) -> None:
        self.panel.set_filters(filters)
        with QSignalBlocker(self._confirmed):
            self._confirmed.setChecked(filters.confirmed_only)
        self.update_counts()
        self._indicator_action.setVisible(filters.active)
        n = filters.count_active()
        self._indicator.setText("  " + translate("FilterStatus", "%n filter(s) active — click to clear", "", n) + "  ")
        self._indicator.setToolTip(translate("FilterStatus", "Showing only: {filters}").format(filters=filters.describe()))

    def update_counts(self) -> None:
        self.timer.stop()
        state = self._state
        path = state.store.path
        if path is None or state.counts().get("events", 0) <= COUNT_IN_BACKGROUND_ABOVE:
            self._job.pending = None
            self._show_counts(facets.facet_counts(state.store, state.filters))
            return
        self._job.submit(count_facets, path, state.filters, context=state.filters)

    def _on_counted(self, future, filters: Filters) -> None:
        if filters != self._state.filters:  # changed while counting: count again
            self.update_counts()
            return
        try:
            counts = future.result()
        except Exception:  # noqa: BLE001 - the file went away, was locked...: count here instead
            counts = facets.facet_counts(self._state.store, filters)
        self._show_counts(counts)

    @property
    def pending(self):
        """The count running in the background: (generation, future, filters), or None."""
        return self._job.pending

    @pending.setter
    def pending(self, value) -> None:
        self._job.pending = value

    def _show_counts(self, counts: dict[str, dict[str, int]]) -> None:
        self._passing = counts["total"]
        self._last_counts = counts
        self.panel.set_counts(counts)
        self.update_line()

    def is_busy(self) -> bool:
        return self.timer.isActive() or self.pending is not None

    def finish(self) -> None:
        """Count now what is deferred, and wait for a count running in the background."""
        if self.timer.isActive():
            self.update_counts()
        self._job.wait()

    def shutdown(self) -> None:
        self.timer.stop()
        self._job.shutdown()

    def update_line(self) -> None:
        """The status line, from counts already read (it runs on every filter keystroke)."""
        n, f = self._state.counts(), self._state.filters
        shown = self._shown_count()
        total, events, quotes = n["countries"], n["events"], n["statements"]
        periods, figures = n["alignments"], n["figures"]
        countries = (translate("FilterStatus", "{shown} of %n (country|countries)", "", total).format(shown=shown) if shown != total
                     else translate("FilterStatus", "%n (country|countries)", "", total))
        text = " · ".join((countries, translate("FilterStatus", "%n event(s)", "", events),
                           translate("FilterStatus", "%n quote(s)", "", quotes),
                           translate("FilterStatus", "%n alignment period(s)", "", periods),
                           translate("FilterStatus", "%n key figure(s)", "", figures)))
        if f.active and self._passing is not None:
            claims = self._passing["claims"]
            text = " · ".join((countries,
                               translate("FilterStatus", "{shown} of %n event(s)", "", events).format(shown=self._passing["events"]),
                               translate("FilterStatus", "%n claim(s) shown — filtered by {filters}", "", claims).format(filters=f.describe())))
        self._label.setText(text)


__all__ = ["FilterStatus"]

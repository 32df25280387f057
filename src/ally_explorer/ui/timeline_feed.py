"""Keeps the timeline widget showing the state: its events (read on a worker thread for a big
dataset), the selection, the "as of" cursor, the date brush, the theme and the zoom."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from ..core.errors import NotFoundError
from ..core.filters import Filters
from ..core.timeline import (TimelineArrays, arrays_from_rows, lane_order, pack_tracks, patch_event, refilter,
                             sorted_spans, span_order)
from ..db import timeline_cache
from . import theme
from .background import BIG_JOB, LatestJob
from .state import Changes, ExplorerState
from .widgets.timeline import TimelineWidget
from .i18n import translate

#: Datasets with more events than this paint the window first and draw the timeline just after.
TIMELINE_LATER_ABOVE = 5000
#: Timelines of more rows than this (unfiltered) leave a facet change's drawing lookups (``mid``,
#: the lane index's key) and date spans to the window, made once the ones shown are let go of:
#: at a million events 20-25 MB less at once, for 20-35 ms of the window's time. Smaller ones
#: have them made on the worker, where they cost the window nothing.
DRAWN_WHERE_SHOWN_ABOVE = 400_000


def read_timeline(path: Path, filters: Filters, lane_ids: list[str], *,
                  cache_file: Path | None = None) -> tuple[TimelineArrays, object]:
    """The timeline's arrays and track offsets, read through a connection of its own (this runs
    on a worker thread), from the cache when it is valid (``db/timeline_cache.read_arrays``)."""
    return timeline_cache.read_arrays(path, filters, lane_ids, cache_file=cache_file)


def refilter_timeline(base: TimelineArrays, base_offsets, base_lanes: list[str], path: Path, filters: Filters,
                      lane_ids: list[str], *, cache_file: Path | None = None,
                      lookups: bool = True) -> tuple[TimelineArrays, object]:
    """Another facet filter on a worker thread: the rows of the unfiltered arrays held that pass
    it (``core.timeline.refilter``), no read of the timeline and no second copy of every row;
    only the ids of the events "who says so" lets through are read (the arrays do not hold it).
    ``lookups`` False: the filtered arrays' ``mid`` and lane index are left to whoever shows them
    (``DRAWN_WHERE_SHOWN_ABOVE``)."""
    with BIG_JOB:  # not beside the facet and country counts (ui/background.py)
        attributed = timeline_cache.attributed_event_ids(path, filters.attributions) if filters.attributions else None
        arrays = refilter(base, base_lanes, filters, lane_ids, attributed=attributed)
        del attributed  # before the tracks are packed beside the arrays
        if arrays is base:
            base.prepare()  # what showing it needs, let go of while others were shown (release_view_lookups)
            return base, base_offsets
        if arrays is not None:
            if lookups:
                _ = arrays.mid, arrays.lane_index
            return arrays, pack_tracks(arrays)
    return read_timeline(path, filters, lane_ids, cache_file=cache_file)


def prepared(read, *args, known=None, gather=True, **kwargs) -> tuple[TimelineArrays, object, object, tuple | None]:
    """``read``'s arrays and track offsets (``read_timeline``, ``refilter_timeline``) with the
    order their date spans are drawn in and the spans in it (``core.timeline.span_order``,
    ``sorted_spans``), all on the worker thread. ``known``: (arrays, offsets, lanes, span
    order) held already; when ``read`` gives those arrays back (no filters again), their order
    is not sorted again. ``gather`` False: no spans (None), only their order: the timeline
    gathers them in it once it has let go of the spans it shows (a facet change at a million
    events: 10-25 MB less at once, for 10-20 ms of the window's time)."""
    arrays, offsets = read(*args, **kwargs)
    if known is not None and arrays is known[0] and offsets is known[1] and known[3] is not None:
        order = known[3]
        if not gather:
            return arrays, offsets, order, None
    elif timeline_cache.known_span_order(arrays, offsets) is not None:  # kept in the cache file
        order = timeline_cache.known_span_order(arrays, offsets)
        spans = timeline_cache.take_spans(arrays, offsets)  # gathered when the cache was checked
        if spans is not None:
            return arrays, offsets, order, spans
    else:
        if offsets is None or len(offsets) != len(arrays):
            offsets = pack_tracks(arrays)
        order = span_order(arrays, offsets)
    return arrays, offsets, order, sorted_spans(arrays, offsets, order) if gather else None


#: Only edits of these tables can be patched into the arrays (an event and its countries).
_PATCHABLE = frozenset({"events", "event_countries", "events_fts", "changes", "country_event_counts"})


class TimelineFeed(QObject):
    """The timeline's reader and listener; clicks on it go back to the state."""


    def __init__(self, state: ExplorerState, timeline: TimelineWidget, parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self.timeline = timeline
        self._lanes: list[tuple[str, str]] = []
        self.offsets = None  # the track offsets of the arrays shown (tl.arrays), for patching them
        #: The unfiltered arrays of a big dataset, their offsets, lanes and span order (or None):
        #: filter changes mask them.
        self._base: tuple[TimelineArrays, object, list[str], object] | None = None
        #: The stance periods read, by "confirmed only" (only confidence hides them): a filter
        #: change that toggles it and back reads them once (4,000 periods at 100k: 30-40 ms).
        self._bands: dict[bool, list] = {}
        self._stances: tuple[str, dict] | None = None  # (as-of day, the stances in force that day)
        self._job = LatestJob("timeline", self._on_read, self)
        self._from_click = False
        self._cursor_shown = None  # (as-of day, stances) the cursor's chips were last given
        self.later = QTimer(self)  # a big dataset's first read, started after the first paint
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self._on_later_timeout)
        timeline.event_clicked.connect(self._on_event_clicked)
        timeline.lane_clicked.connect(state.select_country)
        timeline.brush_changed.connect(self._on_brush_changed)
        state.store_changed.connect(self._on_state_store_changed)
        state.data_changed.connect(self._on_state_data_changed)
        state.filters_changed.connect(self._on_state_filters_changed)
        state.as_of_changed.connect(self._on_state_as_of_changed)
        state.country_changed.connect(self._on_state_country_changed)
        state.event_changed.connect(self._on_state_event_changed)
        state.theme_changed.connect(self._on_state_theme_changed)
        state.zoom_changed.connect(self._on_state_zoom_changed)
        self._on_state_theme_changed(state.theme)

    # -- reading -------------------------------------------------------------------------------

    def is_big(self) -> bool:
        return self._state.counts().get("events", 0) > TIMELINE_LATER_ABOVE

    def reload(self, *, keep_view: bool, defer: bool = False) -> None:
        """Read the lanes and events again. ``defer`` (a big dataset at start-up) only shows
        "loading" and leaves the read to ``later`` (started after the window's first paint)."""
        self._lanes = lane_order(self._state.countries())
        if defer and self.is_big():
            self.timeline.show_loading()
            return
        self.later.stop()
        self.load(keep_view=keep_view)

    def load(self, *, keep_view: bool = False) -> None:
        state = self._state
        f = state.filters
        lanes = self._lanes
        if f.countries:
            lanes = [lane for lane in lanes if lane[0] in f.countries]
        lane_ids = [cid for cid, _ in lanes]
        if state.store.path is not None and self.is_big():
            # A big dataset: read it on a worker thread (its own connection) and keep the
            # window answering; the result comes back through the job's queued signal.
            # Only the unfiltered timeline (what a start reads) is cached: a filtered read would
            # replace it, and the next start would read the whole database again.
            cache = None if f.active else timeline_cache.cache_file_for(state.store.path, readonly=state.store.readonly)
            base = self._base
            if base is None or self.offsets is not base[1]:
                # A filtered view's track offsets are only for patching it, which waits for
                # the read anyway: let them go now, not once the next view is built beside them.
                self.offsets = None
            if base is not None and base[2] == [cid for cid, _ in self._lanes]:
                # A big filtered view's spans are gathered where they are drawn, once the spans
                # shown are let go of (DRAWN_WHERE_SHOWN_ABOVE); the unfiltered ones (a million
                # spans, 20 ms more of the window's time) on the worker, as at start-up.
                small = len(base[0]) <= DRAWN_WHERE_SHOWN_ABOVE
                self._job.submit(prepared, refilter_timeline, *base[:3], state.store.path, f, lane_ids,
                                 cache_file=cache, known=base, gather=small or not f.active, lookups=small,
                                 context=(lanes, keep_view, f))
            else:
                self._job.submit(prepared, read_timeline, state.store.path, f, lane_ids, cache_file=cache,
                                 context=(lanes, keep_view, f))
            self.timeline.set_loading(True)
            return
        arrays = arrays_from_rows(state.store.timeline_rows(f), lane_ids)
        self._apply(lanes, arrays, None, keep_view=keep_view)

    def is_loading(self) -> bool:
        return self.later.isActive() or self.pending is not None

    def finish(self, *, deferred: bool = False) -> None:
        """Do now what is deferred or read in the background (screenshots, scripts)."""
        if deferred or self.later.isActive():
            self.later.stop()
            self.load(keep_view=False)
        self._job.wait()  # wait for the worker, then apply its result here

    def _on_later_timeout(self) -> None:
        self.load(keep_view=False)

    @property
    def pending(self):
        """The read running in the background: (generation, future, (lanes, keep_view, filters)), or None."""
        return self._job.pending

    def _on_read_done(self, generation: int) -> None:
        """What the worker's queued signal does: apply the read if it is still the newest."""
        self._job.deliver(generation)

    def _on_read(self, future, context) -> None:
        lanes, keep_view, filters = context
        if filters != self._state.filters:  # changed while reading: read again
            self.load(keep_view=keep_view)
            return
        try:
            arrays, offsets, order, spans = future.result()
        except Exception as e:  # the file went away, was locked...: read it here instead
            self._state.post_message(translate("TimelineFeed", "Reading the timeline in the background failed ({e}); read it directly.").format(e=e), 8000)
            arrays, offsets = arrays_from_rows(self._state.store.timeline_rows(filters), [c for c, _ in lanes]), None
            order = spans = None
        self._apply(lanes, arrays, offsets, keep_view=keep_view, order=order, spans=spans)

    def _apply(self, lanes, arrays, offsets, *, keep_view: bool, order=None, spans=None) -> None:
        state, tl = self._state, self.timeline
        if offsets is None or len(offsets) != len(arrays):
            offsets, order, spans = pack_tracks(arrays), None, None
        self.offsets = offsets
        f = state.filters
        if not f.active and self.is_big():
            self._base = (arrays, offsets, [cid for cid, _ in lanes], order)
        elif self._base is not None and self._base[0] is not arrays:
            # Not shown while a filter is on: kept smaller, and let go of before the filtered
            # arrays' own lookups for showing are made (core.timeline.refilter leaves them)
            self._base[0].release_view_lookups()
        x_range, y_range = tl.view.viewRange()
        bands = self._bands.get(f.confirmed_only)
        if bands is None:  # stance periods are context: only confidence hides them
            bands = self._bands[f.confirmed_only] = state.store.alignments(filters=Filters(confirmed_only=f.confirmed_only))
        tl.set_data(lanes, None, bands, arrays=arrays, offsets=offsets,
                    titles=state.store.event_titles, event_of=self._event_or_none, spans=spans, span_order=order,
                    focus=not keep_view)  # the default view, its markers thinned once
        if keep_view:
            tl.view.setRange(xRange=x_range, yRange=y_range, padding=0)
        tl.set_brush(f.date_from, f.date_to)
        self._update_cursor(unless_shown=True)
        tl.select_country(state.country)
        tl.select_event(state.event, center=False)

    def _event_or_none(self, event_id: int):
        try:
            return self._state.store.event(event_id)
        except NotFoundError:
            return None

    def shutdown(self) -> None:
        self.later.stop()
        self._job.shutdown()
        self.timeline.stop_timers()

    # -- from the state ------------------------------------------------------------------------

    def _on_state_store_changed(self, _store) -> None:
        self._base, self._stances = None, None
        self._bands.clear()
        self.reload(keep_view=False, defer=True)

    def _on_state_data_changed(self, changes: Changes) -> None:
        if changes.touches("country", "event", "alignment"):
            self._base = None  # perhaps no longer what the database holds: patched or read again below
        if changes.touches("alignment"):
            self._bands.clear()
        if changes.touches("country", "alignment"):
            self._stances = None
        if self._patch(changes):
            return
        if changes.touches("country", "event", "alignment"):
            self.reload(keep_view=True)

    def _patch(self, changes: Changes) -> bool:
        """One event created, edited or deleted: its rows replaced in the arrays shown, instead
        of reading the whole timeline again. False when that cannot be done."""
        tl = self.timeline
        if (changes.everything or changes.entity != "event" or changes.entity_id is None
                or not changes.tables <= _PATCHABLE or self.pending is not None or self.later.isActive()
                or self.offsets is None or len(self.offsets) != len(tl.arrays)):
            return False
        state = self._state
        lane_ids = list(tl.lanes)
        event_id = int(changes.entity_id)
        new = arrays_from_rows(state.store.timeline_rows(state.filters, event_ids=[event_id]), lane_ids)
        arrays, offsets = patch_event(tl.arrays, self.offsets, event_id, new)
        self.offsets = offsets
        if not state.filters.active and self.is_big():
            self._base = (arrays, offsets, list(tl.lanes), None)  # what a facet change masks next
        tl.patch(arrays, offsets, event_id)  # lanes, bands and the cursor are as they were
        tl.select_event(state.event, center=False)
        return True

    def _on_state_filters_changed(self, _filters) -> None:
        self.reload(keep_view=True)

    def _on_state_as_of_changed(self, _iso: str) -> None:
        self._update_cursor()

    def _update_cursor(self, *, unless_shown: bool = False) -> None:
        """The "as of" line and its chips. ``unless_shown``: right after ``set_data``, which
        places the chips again from the cursor it was last given: skip it when that is still
        what the state says (placing 200 chips is 10-40 ms of every edit and filter change)."""
        as_of = self._state.as_of
        if self._stances is None or self._stances[0] != as_of:  # read again after a write that may change them
            stances = self._state.store.stances_as_of(as_of)
            self._stances = (as_of, {c: a.stance for c, a in stances.items()})
        cursor = self._stances
        if unless_shown and cursor == self._cursor_shown:
            return
        self.timeline.set_cursor(*cursor)
        self._cursor_shown = cursor

    def _on_state_country_changed(self, country: str | None) -> None:
        self.timeline.select_country(country)

    def _on_state_event_changed(self, event_id: int | None) -> None:
        # A click on the timeline is in view already; presenting pans the timeline itself.
        center = not self._from_click and not self._state.presenting
        self.timeline.select_event(event_id, center=center and event_id is not None)

    def _on_state_theme_changed(self, name: str) -> None:
        self.timeline.apply_theme(theme.resolve_theme(name))

    def _on_state_zoom_changed(self, factor: float) -> None:
        self.timeline.set_scale(factor)

    # -- from the user -------------------------------------------------------------------------

    def zoom_to_country(self) -> None:
        self.timeline.zoom_to_country(self._state.country)

    def _on_event_clicked(self, event_id: int, country: str) -> None:
        self._from_click = True
        try:
            self._state.select_event(event_id, country)
        finally:
            self._from_click = False

    def _on_brush_changed(self, window) -> None:
        start, end = window if window else (None, None)
        self._state.set_filters(replace(self._state.filters, date_from=start, date_to=end))


__all__ = ["DRAWN_WHERE_SHOWN_ABOVE", "TimelineFeed", "prepared", "read_timeline", "refilter_timeline",
           "TIMELINE_LATER_ABOVE"]

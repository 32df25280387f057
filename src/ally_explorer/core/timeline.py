"""Timeline arrays: events as columns of numbers, ready to draw with few graphics items.

One row per (event, lane) pair, since an event involving two countries shows in both lanes.
Times are Unix seconds (float64); a window ``[start, end]`` of days covers ``start 00:00`` to
``end 24:00``, so an exact day is a one-day span whose middle is noon.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy as np

from . import vocab
from .records import Alignment, CountrySummary, Event

DAY = 86_400.0
#: Row numbers in the lookups (ranks, the lane index, the spans' order): half of int64's memory
#: at a million rows; a timeline of 2**31 rows does not fit in memory anyway.
ROW = np.int32
#: Lanes as small integers (one per country), event ids as int32 where they fit: at a million
#: rows 6 and 4 bytes a row less than float64 and int64, in every copy of the arrays.
LANE = np.int16
#: Rows per block where a whole-column temporary is worked out a block at a time.
BLOCK = 65_536


def lane_column(values: np.ndarray) -> np.ndarray:
    """Lane numbers as ``LANE`` (float64 for a timeline of more lanes than it holds)."""
    if len(values) and not (np.iinfo(LANE).min <= values.min() and values.max() <= np.iinfo(LANE).max):
        return values.astype(np.float64)
    return values.astype(LANE, copy=False)


def id_column(values: np.ndarray) -> np.ndarray:
    """Event ids as int32 when they all fit (SQLite's rowids may be 64-bit), else int64."""
    if len(values) and not (np.iinfo(np.int32).min <= values.min() and values.max() <= np.iinfo(np.int32).max):
        return values.astype(np.int64, copy=False)
    return values.astype(np.int32, copy=False)


#: The days (from 1970-01-01) whose midnights float32 holds exactly: d * 86,400 is d * 675 * 2**7,
#: and float32 holds every whole number up to 2**24 (1901-12-14 to 2038-01-19).
F32_DAYS = 2**24 // 675


def seconds_column(days: np.ndarray) -> np.ndarray:
    """Unix seconds of midnights, from days counted from 1970-01-01: float32 when it holds every
    one exactly (whole days from 1902 to 2037: 4 bytes a row less than float64 in ``start`` and
    ``end`` and in every copy of them, 10 MB at a million rows), else float64."""
    days = np.asarray(days)
    fits = not len(days) or (-F32_DAYS <= days.min() and days.max() <= F32_DAYS
                             and (days.dtype.kind in "iu" or bool(np.all(np.floor(days) == days))))
    seconds = days.astype(np.float32 if fits else np.float64)
    seconds *= np.float32(DAY) if fits else DAY
    return seconds


def day_seconds(iso: str | date) -> float:
    """Unix seconds at 00:00 UTC of a day (negative before 1970)."""
    d = date.fromisoformat(iso) if isinstance(iso, str) else iso
    return (d.toordinal() - 719_163) * DAY  # 719163 = date(1970, 1, 1).toordinal()


def iso_days_to_seconds(values: Sequence[str]) -> np.ndarray:
    if not values:
        return np.zeros(0, dtype=np.float64)
    return np.array(values, dtype="datetime64[D]").astype(np.int64).astype(np.float64) * DAY


@dataclass(frozen=True)
class TimelineArrays:
    event_id: np.ndarray  # int32 (int64 for ids beyond it), see id_column
    lane: np.ndarray  # lane index (0 = top): int16 (LANE) as read; any number type works
    start: np.ndarray  # seconds, window start: float32 where exact (seconds_column), else float64
    end: np.ndarray  # seconds, window end (exclusive: the day after date_end), as start
    category: np.ndarray  # int8 index into vocab.CATEGORIES
    confidence: np.ndarray  # int8 index into vocab.CONFIDENCES
    importance: np.ndarray  # int8, 1..3
    titles: tuple[str, ...] = ()  # may be empty: big datasets fetch titles only for labels

    def __len__(self) -> int:
        return len(self.event_id)

    @cached_property
    def mid(self) -> np.ndarray:
        mid = np.add(self.start, self.end, dtype=np.float64)
        mid /= 2
        return mid

    @cached_property
    def rank(self) -> np.ndarray:
        """Each row's place when ordered by importance (most first), then time."""
        order = np.lexsort((self.mid, -self.importance.astype(np.int8)))
        rank = np.empty(len(order), dtype=ROW)
        rank[order] = np.arange(len(order), dtype=ROW)
        return rank

    def prepare(self) -> "TimelineArrays":
        """Compute the lookups the view uses (ranks, the lane index) now, e.g. on
        the worker thread that read the arrays, rather than on the first zoom."""
        _ = self.mid, self.rank, self._lane_index
        if len(self):
            focus_range(self)  # the first view's (a quantile of every row: 30-90 ms at a million)
        return self

    @cached_property
    def _lane_index(self) -> tuple[np.ndarray, np.ndarray, float, float]:
        """Rows ordered by lane then time, with a sorted key ``lane * stride + (mid - origin)``."""
        return self._lane_index_from(self.__dict__.pop("_lane_order", None))  # kept by release_view_lookups

    def _lane_index_from(self, order: np.ndarray | None) -> tuple[np.ndarray, np.ndarray, float, float]:
        if not len(self):
            return np.zeros(0, dtype=ROW), np.zeros(0), 0.0, 1.0
        origin = float(self.mid.min())
        stride = float(self.mid.max()) - origin + 2 * DAY
        if order is None:
            key = self.lane * stride
            key += self.mid - origin
            order = np.argsort(key, kind="stable").astype(ROW)
            return order, key[order], origin, stride
        # gathered in the order given, then summed in place: one full-size temporary, not four
        order = order.astype(ROW, copy=False)
        key = self.mid[order]
        key -= origin
        key += self.lane[order] * stride  # the same sum as above (addition is commutative)
        return order, key, origin, stride

    @property
    def lane_index(self) -> tuple[np.ndarray, np.ndarray, float, float]:
        return self._lane_index

    def lane_rows(self) -> np.ndarray:
        """The lane index's row order (rows by lane, then time), without making its key."""
        known = self.__dict__
        if "_lane_index" not in known and "_lane_order" in known:
            return known["_lane_order"]
        return self._lane_index[0]

    def has_lookups(self) -> bool:
        """Whether the ranks and the lane index's row order are made (``prepare``)."""
        known = self.__dict__
        return "rank" in known and ("_lane_index" in known or "_lane_order" in known)

    def release_view_lookups(self) -> None:
        """Let go of what only showing these arrays uses, while others are shown (the unfiltered
        arrays under a facet filter): ``mid`` and the lane index's key, 16 bytes a row (21 MB at
        a million events). The ranks and the lane index's row order stay: ``prepare`` makes
        the rest again without sorting."""
        known = self.__dict__
        lane_index = known.pop("_lane_index", None)
        if lane_index is not None:
            known["_lane_order"] = lane_index[0]
        known.pop("mid", None)

    def adopt_lookups(self, *, rank: np.ndarray, lane_order: np.ndarray) -> "TimelineArrays":
        """Take ``rank`` and the lane index's row order as computed before (a cache of these
        arrays) instead of sorting again; they must be what ``prepare`` would compute."""
        self.__dict__["rank"] = rank
        self.__dict__["_lane_index"] = self._lane_index_from(lane_order)
        return self

    def rows_in(self, lo: float, hi: float, lane_lo: float, lane_hi: float) -> np.ndarray:
        """Rows with ``mid`` in [lo, hi] and ``lane`` in [lane_lo, lane_hi] (lane by lane, in
        time order), found by binary search: the cost follows the answer, not the dataset."""
        order, key, origin, stride = self._lane_index
        if not len(order):
            return order
        first = max(int(np.ceil(lane_lo)), 0)
        last = int(np.floor(lane_hi))
        if last < first:
            return order[:0]
        lanes = np.arange(first, last + 1, dtype=np.float64)
        lo_k = lanes * stride + (max(lo, origin - DAY) - origin)
        hi_k = lanes * stride + (min(hi, origin + stride - DAY) - origin)
        starts = np.searchsorted(key, lo_k, side="left")
        ends = np.searchsorted(key, hi_k, side="right")
        parts = [order[a:b] for a, b in zip(starts.tolist(), ends.tolist()) if b > a]
        return np.concatenate(parts) if parts else order[:0]

    def by_priority(self, rows: np.ndarray, limit: int | None = None) -> np.ndarray:
        """``rows`` ordered most important first, then earliest; only the first ``limit``."""
        rank = self.rank[rows]
        if limit is not None and len(rows) > limit:
            keep = np.argpartition(rank, limit)[:limit]
            rows, rank = rows[keep], rank[keep]
        return rows[np.argsort(rank, kind="stable")]

    @property
    def fuzzy(self) -> np.ndarray:
        """Rows whose window is longer than one day: drawn as spans."""
        return self.longer_than(DAY * 1.5)

    def longer_than(self, seconds: float) -> np.ndarray:
        """Rows whose window (end - start) is longer than ``seconds``, worked out a block at a
        time: no float64 temporary of every row (10 MB at a million rows)."""
        out = np.empty(len(self), dtype=bool)
        for i in range(0, len(self), BLOCK):
            part = slice(i, i + BLOCK)
            np.greater(self.end[part] - self.start[part], seconds, out=out[part])
        return out

    def rows_for_event(self, event_id: int) -> np.ndarray:
        return np.flatnonzero(self.event_id == event_id)

    def rows_in_lane(self, lane: int) -> np.ndarray:
        return np.flatnonzero(self.lane == lane)

    @classmethod
    def empty(cls) -> "TimelineArrays":
        z = np.zeros(0)
        return cls(z.astype(np.int32), z.astype(LANE), z, z, z.astype(np.int8), z.astype(np.int8), z.astype(np.int8), ())


def build_arrays(events: Iterable[Event], lanes: Sequence[str], *, hub: str | None = vocab.RUSSIA) -> TimelineArrays:
    """Arrays for every event in every lane it belongs to; events in no lane are left out.

    Nearly every event involves Russia, so the ``hub`` lane shows only the events that are
    Russia's own (listed first); otherwise its lane would repeat all the others.
    """
    lane_of = {country: i for i, country in enumerate(lanes)}
    cat_index = {c: i for i, c in enumerate(vocab.CATEGORIES)}
    conf_index = {c: i for i, c in enumerate(vocab.CONFIDENCES)}
    ids, lane, starts, ends, cats, confs, imps, titles = [], [], [], [], [], [], [], []
    for e in events:
        for position, country in enumerate(e.countries):
            if country not in lane_of or (country == hub and position > 0):
                continue
            ids.append(e.id)
            lane.append(lane_of[country])
            starts.append(e.date_start)
            ends.append(e.date_end)
            cats.append(cat_index.get(e.category, 0))
            confs.append(conf_index.get(e.confidence, 0))
            imps.append(e.importance)
            titles.append(e.title)
    return TimelineArrays(
        event_id=id_column(np.array(ids, dtype=np.int64)),
        lane=lane_column(np.array(lane, dtype=np.int64)),
        start=iso_days_to_seconds(starts),
        end=iso_days_to_seconds(ends) + DAY,
        category=np.array(cats, dtype=np.int8),
        confidence=np.array(confs, dtype=np.int8),
        importance=np.array(imps, dtype=np.int8),
        titles=tuple(titles),
    )


def arrays_from_rows(rows, lanes: Sequence[str], *, hub: str | None = vocab.RUSSIA) -> TimelineArrays:
    """Arrays from (event id, country, position, start day, end day, category index,
    confidence index, importance) rows, days counted from 1970-01-01 — the shape one SQL query
    returns, so a 100k-event timeline never builds a Python record per event."""
    rows = rows if isinstance(rows, list) else list(rows)
    if not rows:
        return TimelineArrays.empty()
    lane_of = {country: i for i, country in enumerate(lanes)}
    # Column by column at C speed: itemgetter over the rows, read straight into numpy.
    n = len(rows)

    def column(i: int, dtype=np.float64) -> np.ndarray:
        return np.fromiter(map(operator.itemgetter(i), rows), dtype=dtype, count=n)

    lane = np.fromiter(map(lane_of.get, map(operator.itemgetter(1), rows), itertools.repeat(-1)),
                       dtype=np.int64, count=n)
    keep = lane >= 0
    if hub is not None and hub in lane_of:  # the hub's lane shows only its own events
        keep &= ~((lane == lane_of[hub]) & (column(2, np.int64) > 0))
    if not keep.any():
        return TimelineArrays.empty()
    return TimelineArrays(
        event_id=id_column(column(0, np.int64)[keep]),
        lane=lane_column(lane[keep]),
        start=seconds_column(column(3)[keep]),
        end=seconds_column(column(4)[keep] + 1),
        category=column(5, np.int8)[keep],
        confidence=column(6, np.int8)[keep],
        importance=column(7, np.int8)[keep],
    )


def arrays_from_chunks(chunks: Iterable[list], lanes: Sequence[str], *, hub: str | None = vocab.RUSSIA) -> TimelineArrays:
    """``arrays_from_rows`` over rows that come a chunk at a time, so the rows as Python tuples
    never all exist at once (1.3 million of them are about 250 MB)."""
    parts = [a for a in (arrays_from_rows(chunk, lanes, hub=hub) for chunk in chunks) if len(a)]
    if not parts:
        return TimelineArrays.empty()
    if len(parts) == 1:
        return parts[0]
    return TimelineArrays(*(np.concatenate([getattr(p, name) for p in parts]) for name in _COLUMNS))


_COLUMNS = ("event_id", "lane", "start", "end", "category", "confidence", "importance")


def patch_event(arrays: TimelineArrays, offsets: np.ndarray, event_id: int,
                new: TimelineArrays) -> tuple[TimelineArrays, np.ndarray]:
    """The arrays with ``event_id``'s rows replaced by ``new`` (its rows as read now; none when
    it was deleted or no longer passes the filters), and the track offsets of the lanes it was
    or is in packed again: what a full re-read gives, in another row order.

    An edit that keeps the event's number of rows (its countries, its filters: most edits)
    writes the new rows where the old ones were, so every other row keeps its index and a view
    can redraw only what changed (``TimelineWidget.patch``)."""
    keep = arrays.event_id != event_id
    if keep.all() and not len(new):
        return arrays, offsets
    old_rows = np.flatnonzero(~keep)
    if len(old_rows) == len(new):
        # lane for lane (an event is in a lane once): a row whose lane stays keeps its place
        old_rows = old_rows[np.argsort(arrays.lane[old_rows], kind="stable")]
        by_lane = np.argsort(new.lane, kind="stable")
        new = TimelineArrays(*(getattr(new, name)[by_lane] for name in _COLUMNS))
        merged = TimelineArrays(*(_replaced(getattr(arrays, name), old_rows, getattr(new, name)) for name in _COLUMNS))
        if "mid" in arrays.__dict__:
            merged.__dict__["mid"] = _replaced(arrays.mid, old_rows, new.mid)
        _carry_lookups(arrays, keep, merged, old_rows)
        offsets = np.array(offsets)  # a copy, in the offsets' own type (track_offsets)
        if _same_long_windows(arrays, old_rows, new):
            return merged, offsets  # the tracks hold only long windows: packed as they were
    else:
        merged = TimelineArrays(*(np.concatenate([getattr(arrays, name)[keep], getattr(new, name)]) for name in _COLUMNS))
        first_new = int(keep.sum())
        _carry_lookups(arrays, keep, merged, np.arange(first_new, len(merged)))
        offsets = np.asarray(offsets)
        offsets = np.concatenate([offsets[keep], np.zeros(len(new), dtype=offsets.dtype)])
    lanes = np.union1d(arrays.lane[~keep], new.lane)
    rows = np.flatnonzero(np.isin(merged.lane, lanes))
    if len(rows):
        sub = TimelineArrays(*(getattr(merged, name)[rows] for name in _COLUMNS))
        offsets[rows] = pack_tracks(sub)
    return merged, offsets


def _same_long_windows(arrays: TimelineArrays, rows: np.ndarray, new: TimelineArrays, min_span_days: float = 45) -> bool:
    """Whether ``rows`` of ``arrays`` and ``new`` (lane for lane) have the same windows longer
    than ``pack_tracks`` packs (none, or the same lane, start and end): then no track moves."""
    def long(lane, start, end):
        is_long = (end - start) > min_span_days * DAY
        return lane[is_long].tolist(), start[is_long].tolist(), end[is_long].tolist()

    return long(arrays.lane[rows], arrays.start[rows], arrays.end[rows]) == long(new.lane, new.start, new.end)


def _replaced(column: np.ndarray, rows: np.ndarray, values: np.ndarray) -> np.ndarray:
    # a copy: whoever holds the arrays before the edit keeps them as they were (in a type that
    # holds the new values too: a new event id past int32)
    out = column.astype(np.result_type(column, values))
    out[rows] = values
    return out


def _merged_order(kept: np.ndarray, primary: np.ndarray, secondary: np.ndarray, added: np.ndarray) -> np.ndarray:
    """``kept`` (rows sorted by (primary, secondary, row)) with the rows ``added`` put in their
    places: what a stable sort of all rows on (primary, secondary) gives, in time proportional
    to the rows, not to a sort of them."""
    if not len(added):
        return kept
    added = added[np.lexsort((added, secondary[added], primary[added]))]
    p_sorted, s_sorted = primary[kept], secondary[kept]
    lo = np.searchsorted(p_sorted, primary[added], side="left")
    hi = np.searchsorted(p_sorted, primary[added], side="right")
    places = []
    for a, b, v, row in zip(lo.tolist(), hi.tolist(), secondary[added].tolist(), added.tolist()):
        ties = s_sorted[a:b]
        t0 = a + int(np.searchsorted(ties, v, side="left"))
        t1 = a + int(np.searchsorted(ties, v, side="right"))
        # Equal keys: a stable sort keeps them by row (the kept ones are in row order already).
        places.append(t0 + int(np.searchsorted(kept[t0:t1], row)))
    return np.insert(kept, places, added)


def _carry_lookups(arrays: TimelineArrays, keep: np.ndarray, merged: TimelineArrays, added: np.ndarray) -> None:
    """Give ``merged`` (``arrays``' rows where ``keep``, and the rows ``added``: appended, or
    written where the replaced rows were) the ranks and the lane index ``prepare`` would
    compute, from ``arrays``' own, without sorting every row again (at 100k rows the two sorts
    were a third of an edit's time)."""
    if not arrays.has_lookups() or not keep.any():
        return  # nothing computed to carry over: computed when first needed, as usual
    in_place = len(merged) == len(arrays)
    if in_place and np.array_equal(merged.mid[added], arrays.mid[added]):
        same_rank = np.array_equal(merged.importance[added], arrays.importance[added])
        if np.array_equal(merged.lane[added], arrays.lane[added]):  # e.g. the importance or the title
            merged.__dict__["_lane_index"] = arrays.lane_index  # lanes and times as they were
            if same_rank:
                merged.__dict__["rank"] = arrays.rank
                return
            by_rank = np.empty(len(arrays), dtype=ROW)
            by_rank[arrays.rank] = np.arange(len(arrays), dtype=ROW)
            by_rank = _merged_order(by_rank[keep[by_rank]], -merged.importance.astype(np.int64), merged.mid, added)
            rank = np.empty(len(merged), dtype=ROW)
            rank[by_rank] = np.arange(len(merged), dtype=ROW)
            merged.__dict__["rank"] = rank
            return
    # a kept row's index in ``merged``
    new_index = np.arange(len(arrays), dtype=ROW) if in_place else np.cumsum(keep, dtype=ROW) - 1
    by_rank = np.empty(len(arrays), dtype=ROW)
    by_rank[arrays.rank] = np.arange(len(arrays), dtype=ROW)
    by_rank = new_index[by_rank[keep[by_rank]]]
    by_rank = _merged_order(by_rank, -merged.importance.astype(np.int64), merged.mid, added)
    rank = np.empty(len(merged), dtype=ROW)
    rank[by_rank] = np.arange(len(merged), dtype=ROW)
    by_lane = arrays.lane_index[0]
    by_lane = _merged_order(new_index[by_lane[keep[by_lane]]], merged.lane, merged.mid, added)
    merged.adopt_lookups(rank=rank, lane_order=by_lane)


def refilter(base: TimelineArrays, base_lanes: Sequence[str], filters, lanes: Sequence[str], *,
             attributed: np.ndarray | None = None) -> TimelineArrays | None:
    """The rows of ``base`` (every event, in ``base_lanes``) that ``filters`` (a
    ``core.filters.Filters``) let through, in ``lanes`` (a subset of ``base_lanes``): the rows a
    read of the database with those filters gives (``Store.timeline_rows``), without reading it.
    The arrays do not hold who says so: with that facet set, ``attributed`` are the ids of the
    events it lets through. None when the arrays cannot tell: read the database then."""
    if (filters.attributions and attributed is None) or any(c not in vocab.CATEGORIES for c in filters.categories):
        return None
    lane_of = {c: i for i, c in enumerate(base_lanes)}
    if any(c not in lane_of for c in lanes):
        return None
    keep = np.ones(len(base), dtype=bool)
    if filters.attributions:
        keep &= _member(base.event_id, np.asarray(attributed))
    if filters.categories:
        keep &= np.isin(base.category, [vocab.CATEGORIES.index(c) for c in filters.categories])
    confidences = filters.effective_confidences()  # empty: no condition, as in facets.claim_where
    if confidences:
        if any(c not in vocab.CONFIDENCES for c in confidences):
            return None
        keep &= np.isin(base.confidence, [vocab.CONFIDENCES.index(c) for c in confidences])
    try:
        if filters.date_to:  # date_start <= date_to
            keep &= base.start <= day_seconds(filters.date_to)
        if filters.date_from:  # date_end >= date_from (``end`` is the day after date_end)
            keep &= base.end - DAY >= day_seconds(filters.date_from)
    except ValueError:
        return None
    same_lanes = list(lanes) == list(base_lanes)
    remap = np.full(len(base_lanes), -1, dtype=np.int16 if len(base_lanes) < 2**15 else np.int64)
    remap[[lane_of[c] for c in lanes]] = np.arange(len(lanes))
    if same_lanes or not len(base):  # every lane kept as it is: no remapped copy of the lanes
        lane = None
    else:
        # lanes index the remap as they are when they are integers (an intp copy was 10 MB at 1M rows)
        lane = remap[base.lane if base.lane.dtype.kind in "iu" else base.lane.astype(np.intp)]
        keep &= lane >= 0  # with a country filter, only the countries asked for have a lane
    if same_lanes and keep.all():
        return base
    # The lookups first, their temporaries (a count a row of ``base``) gone before the columns
    # are gathered: the peak of a facet change at a million events is this function's.
    lookups = {}
    if base.has_lookups() and keep.any():
        # The order among the rows kept is the same as among all: each kept row's rank is the
        # number of kept rows ranked before it. Counted over the ranks (a bool and a running
        # count a row), not through the inverse permutation and its arange (three int32s a row).
        ranks = base.rank[keep]
        taken = np.zeros(len(base), dtype=bool)
        taken[ranks] = True
        before = np.cumsum(taken, dtype=ROW)
        del taken
        before -= 1
        lookups["rank"] = before[ranks]
        del before, ranks
        if np.all(np.diff(remap[remap >= 0]) > 0):  # the lanes kept in the same order: so are their rows
            by_lane = base.lane_rows()
            by_lane = by_lane[keep[by_lane]]  # the kept rows in lane order, as rows of ``base``
            new_index = np.cumsum(keep, dtype=ROW)
            new_index -= 1
            # the row order only: ``mid`` and the lane index's key are made where they are first
            # used (on showing them), after whoever shows the arrays before has let go of theirs
            lookups["_lane_order"] = new_index[by_lane]
            del by_lane, new_index
    sub = TimelineArrays(*((lane[keep].astype(base.lane.dtype) if name == "lane" and lane is not None
                            else getattr(base, name)[keep]) for name in _COLUMNS))
    sub.__dict__.update(lookups)
    return sub


def _member(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """``np.isin(values, ids)`` for event ids: through a table of one bool per id up to the
    largest (1 MB for a million events) when the ids are not far sparser than that, instead of
    ``isin``'s sort of both arrays together (16 bytes a row and id: 37 MB at a million rows)."""
    if not len(ids) or not len(values):
        return np.zeros(len(values), dtype=bool)
    lo, hi = int(min(values.min(), ids.min())), int(max(values.max(), ids.max()))
    if lo < 0 or hi > 8 * (len(values) + len(ids)) + 1024:
        return np.isin(values, ids)
    table = np.zeros(hi + 1, dtype=bool)
    table[ids] = True
    return table[values]


@dataclass(frozen=True)
class Bands:
    """Alignment periods as lane-wide bands: one row per period."""

    lane: np.ndarray
    start: np.ndarray
    end: np.ndarray
    stance: tuple[str, ...]
    ongoing: np.ndarray  # bool
    #: Where the source's word ends (the day after ``date_end``): an ongoing band drawn on past
    #: it to ``ongoing_until`` covers time no source has spoken for.
    reported_end: np.ndarray | None = None

    @property
    def unsourced(self) -> np.ndarray:
        """Rows drawn on past their last report, from ``reported_end`` to ``end``."""
        if self.reported_end is None:
            return np.zeros(len(self.start), dtype=bool)
        return self.ongoing & (self.end > self.reported_end)


def build_bands(alignments: Iterable[Alignment], lanes: Sequence[str], *, ongoing_until: str) -> Bands:
    """Bands for each period; an ongoing one is drawn on to ``ongoing_until`` (e.g. today)."""
    lane_of = {country: i for i, country in enumerate(lanes)}
    rows = [a for a in alignments if a.country_id in lane_of]
    until = day_seconds(ongoing_until) + DAY
    reported = iso_days_to_seconds([a.date_end for a in rows]) + DAY
    ongoing = np.array([a.ongoing for a in rows], dtype=bool)
    end = np.where(ongoing, np.maximum(reported, until), reported) if len(rows) else reported
    return Bands(
        lane=np.array([lane_of[a.country_id] for a in rows], dtype=np.float64),
        start=iso_days_to_seconds([a.date_start for a in rows]),
        end=end,
        stance=tuple(a.stance for a in rows),
        ongoing=ongoing,
        reported_end=reported,
    )


TRACK_STEP = 0.17
_TRACK_ORDER = (1, -1, 2, -2)


def track_offsets(tracks) -> np.ndarray:
    """Vertical offsets of tracks (whole numbers: 1 is one ``TRACK_STEP`` above the lane's centre
    line), in float32 (half of float64's memory; a drawn height, lane plus offset, is float64 as
    before) and by one rule, so packing and a cache of the tracks give the very same numbers."""
    offsets = np.asarray(tracks).astype(np.float32)
    offsets *= np.float32(TRACK_STEP)
    return offsets


#: pack_tracks walks the long windows this many at a time (whole lanes): its Python lists of
#: a million floats were ~60 MB at once, and the peak of every facet change at a million events.
PACK_BLOCK = 32_768


def pack_tracks(arrays: TimelineArrays, *, min_span_days: float = 45) -> np.ndarray:
    """A vertical offset per row, so overlapping vague windows in a lane do not hide each other.

    Exact and short-window events sit on the lane's centre line; longer windows are packed
    into tracks just above and below it (first free track, by start time), at most four.
    """
    offsets = np.zeros(len(arrays), dtype=np.float32)  # see track_offsets
    long = np.flatnonzero(arrays.longer_than(min_span_days * DAY))
    if len(long) and len(arrays) <= np.iinfo(ROW).max:
        long = long.astype(ROW)  # row numbers: half of int64's memory in the sort below
    if not len(long):
        return offsets
    # By lane, then start, then event: the same tracks whatever order the rows came in.
    order = long[np.lexsort((arrays.event_id[long], arrays.start[long], arrays.lane[long]))]
    del long
    lane_of = arrays.lane[order]
    cuts = np.flatnonzero(lane_of[1:] != lane_of[:-1]) + 1  # where each lane's windows begin
    del lane_of
    steps = track_offsets(_TRACK_ORDER)
    begin = 0
    while begin < len(order):
        # whole lanes, about PACK_BLOCK windows: tracks never run from one lane into the next
        at = int(np.searchsorted(cuts, begin + PACK_BLOCK))
        end = int(cuts[at]) if at < len(cuts) else len(order)
        part = order[begin:end]
        offsets[part] = steps[_tracks(arrays.lane[part].tolist(), arrays.start[part].tolist(),
                                      arrays.end[part].tolist())]
        begin = end
    return offsets


def _tracks(lanes: list, starts: list, ends: list) -> list[int]:
    """Each window's track (an index into _TRACK_ORDER), for windows sorted by lane, then start."""
    tracks = [0] * len(starts)
    lane = None
    e0 = e1 = e2 = e3 = -np.inf  # where each track (in _TRACK_ORDER) is busy until
    for i, start in enumerate(starts):  # a plain loop with locals: 1.3M rows in about a second
        if lanes[i] != lane:
            lane, e0, e1, e2, e3 = lanes[i], -np.inf, -np.inf, -np.inf, -np.inf
        if e0 <= start:
            e0, tracks[i] = ends[i], 0
        elif e1 <= start:
            e1, tracks[i] = ends[i], 1
        elif e2 <= start:
            e2, tracks[i] = ends[i], 2
        elif e3 <= start:
            e3, tracks[i] = ends[i], 3
        else:  # all busy: the one free soonest (the first of equals)
            k = min(range(4), key=(e0, e1, e2, e3).__getitem__)
            if k == 0:
                e0 = ends[i]
            elif k == 1:
                e1 = ends[i]
            elif k == 2:
                e2 = ends[i]
            else:
                e3 = ends[i]
            tracks[i] = k
    return tracks


def span_order(arrays: TimelineArrays, offsets: np.ndarray) -> np.ndarray:
    """The order the timeline draws the date spans (the rows with a vague date) in: by drawn
    height (lane plus track offset), then start. Made on the worker thread that read or filtered
    the arrays: at a million rows this sort is over a second of the window's time otherwise."""
    fuzzy = arrays.fuzzy
    return np.lexsort((arrays.start[fuzzy], _heights(arrays, offsets, fuzzy))).astype(ROW)


def _heights(arrays: TimelineArrays, offsets, rows: np.ndarray) -> np.ndarray:
    """``arrays.lane[rows] + offsets[rows]`` (the drawn heights), summed in place: one temporary
    of the rows, not two."""
    offsets = np.asarray(offsets)
    height = offsets[rows].astype(np.result_type(offsets.dtype, arrays.lane.dtype, np.float64), copy=False)
    height += arrays.lane[rows]
    return height


def sorted_spans(arrays: TimelineArrays, offsets: np.ndarray, order: np.ndarray | None = None) -> tuple:
    """The date spans as the timeline draws them: (start, end, drawn height, category) of the
    rows with a vague date, in ``span_order`` (``order``, if made already)."""
    rows = np.flatnonzero(arrays.fuzzy)
    if len(arrays) <= np.iinfo(ROW).max:
        rows = rows.astype(ROW)
    rows = rows[span_order(arrays, offsets) if order is None else order]
    return arrays.start[rows], arrays.end[rows], _heights(arrays, offsets, rows), arrays.category[rows]


def focus_range(arrays: TimelineArrays, share: float = 0.9) -> tuple[float, float]:
    """The time span holding the middle ``share`` of events: a default view that is not
    stretched by one or two decades-long windows."""
    if not len(arrays):
        raise ValueError("no events")
    known = arrays.__dict__.setdefault("_focus_range", {})  # the arrays never change: kept
    if share not in known:
        lo, hi = np.quantile(arrays.mid, [(1 - share) / 2, 1 - (1 - share) / 2])
        known[share] = (float(lo), float(hi))
    return known[share]


def pick_labels(
    arrays: TimelineArrays,
    visible: np.ndarray,
    x_to_px: float,
    width_of: Callable[[int], float],
    *,
    max_labels: int = 40,
    gap_px: float = 8.0,
    max_tries: int = 2000,
    right_px: float | None = None,
) -> list[tuple[int, bool]]:
    """Which rows get a text label: most important first, never overlapping in a lane.

    ``visible`` holds candidate row indices, ``x_to_px`` pixels per second, ``width_of(row)`` a
    label's width in pixels. Greedy by (importance desc, time), trying at most ``max_tries`` rows,
    so the view never turns into a smear of text and a dense view costs no more than a sparse one.
    A label that would run past ``right_px`` goes on the marker's left instead. Returns
    (row, on_left) pairs.
    """
    if len(visible) == 0:
        return []
    order = arrays.by_priority(np.asarray(visible), max_tries)
    taken: dict[float, list[tuple[float, float]]] = {}
    chosen: list[tuple[int, bool]] = []
    for row in order:
        x = arrays.mid[row] * x_to_px
        width = width_of(int(row)) + gap_px
        on_left = right_px is not None and x + 8 + width > right_px
        left, right = (x - 8 - width, x - 8) if on_left else (x + 8, x + 8 + width)
        spans = taken.setdefault(float(arrays.lane[row]), [])
        if any(left < r and l < right for l, r in spans):
            continue
        spans.append((min(left, x - 14), max(right, x + 14)))  # keep the marker itself clear too
        chosen.append((int(row), bool(on_left)))
        if len(chosen) >= max_labels:
            break
    return chosen


def lane_order(countries: Iterable[CountrySummary], hub: str = vocab.RUSSIA) -> list[tuple[str, str]]:
    """Lanes top to bottom: Russia, then the profiled countries from closest to furthest, then
    the rest by name. Returns (country id, name) pairs."""
    countries = list(countries)
    hubs = [c for c in countries if c.id == hub]
    focus = sorted((c for c in countries if c.focus and c.id != hub), key=lambda c: (vocab.stance_rank(c.stance), c.name))
    rest = sorted((c for c in countries if not c.focus and c.id != hub), key=lambda c: c.name)
    return [(c.id, c.name) for c in (*hubs, *focus, *rest)]

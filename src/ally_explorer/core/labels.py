"""Where the timeline's text labels go: greedy interval packing per lane, most important first.

Pure Python on pixel positions, so the same placement serves the screen and the PNG/SVG/PDF
exports and can be tested without Qt. A label sits beside its marker, on the right or (when the
right is taken or runs off the view) on the left. It is whole when the free stretch of its lane
holds it; otherwise it is shortened to the widest free stretch beside its marker (the caller
elides the text to that width and keeps the whole title in the tooltip), or left out when even
``min_width`` does not fit. No two labels of a lane overlap, and no label covers a marker.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class PlacedLabel:
    """One label: its row, which side of the marker, where it starts and how wide it may be."""

    row: int
    on_left: bool
    left: float  # px
    width: float  # px it may take: the whole label, or less when it must be elided
    whole: bool  # False: the caller elides the text to ``width``

    @property
    def right(self) -> float:
        return self.left + self.width


class _Lane:
    """The occupied stretches of one lane: disjoint, sorted."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    @classmethod
    def of_markers(cls, xs: list[float], radius: float) -> "_Lane":
        """The stretches markers at ``xs`` cover, merged in one pass over them in order."""
        lane = cls()
        starts, ends = lane.starts, lane.ends
        for x in sorted(xs):
            if ends and x - radius <= ends[-1]:
                ends[-1] = max(ends[-1], x + radius)
            else:
                starts.append(x - radius)
                ends.append(x + radius)
        return lane

    @classmethod
    def copy_of(cls, other: "_Lane") -> "_Lane":
        lane = cls()
        lane.starts, lane.ends = list(other.starts), list(other.ends)
        return lane

    def add(self, lo: float, hi: float) -> None:
        i = bisect_left(self.ends, lo)  # the first interval ending at or after lo
        j = bisect_right(self.starts, hi)  # past the last interval starting at or before hi
        if i < j:
            lo, hi = min(lo, self.starts[i]), max(hi, self.ends[j - 1])
        self.starts[i:j] = [lo]
        self.ends[i:j] = [hi]

    def around(self, x: float) -> tuple[float, float]:
        """The taken stretch holding ``x`` (its marker and whatever touches it)."""
        i = bisect_right(self.starts, x) - 1
        if i >= 0 and self.ends[i] >= x:
            return self.starts[i], self.ends[i]
        return x, x

    def free_right(self, x: float, limit: float) -> float:
        """How far right of ``x`` is free (up to ``limit``); 0 when ``x`` is inside a taken stretch."""
        i = bisect_right(self.starts, x) - 1
        if i >= 0 and self.ends[i] > x:
            return 0.0
        nxt = self.starts[i + 1] if i + 1 < len(self.starts) else limit
        return max(0.0, min(nxt, limit) - x)

    def free_left(self, x: float, limit: float) -> float:
        """How far left of ``x`` is free (down to ``limit``)."""
        i = bisect_left(self.starts, x) - 1  # the last interval starting before x
        if i >= 0 and self.ends[i] > x:
            return 0.0
        prev = self.ends[i] if i >= 0 else limit
        return max(0.0, x - max(prev, limit))


def place_labels(
    candidates: Iterable[tuple[int, Hashable, float]],
    width_of: Callable[[int], float],
    *,
    markers: Sequence[tuple[Hashable, float]] = (),
    stretches: Mapping[Hashable, tuple[list[float], list[float]]] | None = None,
    marker_radius: float = 7.0,
    gap: float = 4.0,
    left_limit: float = float("-inf"),
    right_limit: float = float("inf"),
    min_width: float = 48.0,
    max_labels: int = 60,
) -> list[PlacedLabel]:
    """Place labels for ``candidates`` — (row, lane, marker x in px), most important first.

    ``width_of(row)`` is the whole label's width in px (positive; asked only of candidates with
    room beside their marker, so a caller may measure lazily); ``markers`` are (lane, x px) of every
    marker drawn, which labels keep clear of (a candidate's own marker is among them or not);
    or, already merged, ``stretches``: lane -> (starts, ends) of the px the markers cover,
    disjoint and in order (what a caller with numpy arrays makes faster; see ``merge_stretches``).
    """
    by_lane: dict[Hashable, list[float]] = {}
    for lane, x in markers:
        by_lane.setdefault(lane, []).append(x)
    dots = {lane: _Lane.of_markers(xs, marker_radius) for lane, xs in by_lane.items()}  # markers only
    for lane, (starts, ends) in (stretches or {}).items():
        if lane not in dots:
            dots[lane] = _Lane()
            dots[lane].starts, dots[lane].ends = list(starts), list(ends)
            continue
        for lo, hi in zip(starts, ends):
            dots[lane].add(lo, hi)
    lanes = {lane: _Lane.copy_of(d) for lane, d in dots.items()}  # markers, then labels too
    placed: list[PlacedLabel] = []
    # The loop is the hot path of a country switch (250 candidates): _Lane's lookups written out
    # here (``around``, ``free_right``, ``free_left``), a lane made only when it is missing.
    for row, lane, x in candidates:
        if len(placed) >= max_labels:
            break
        if not left_limit <= x <= right_limit:
            continue
        taken = lanes.get(lane)
        if taken is None:
            taken = lanes[lane] = _Lane()
        own = dots.get(lane)
        if own is None:
            own = dots[lane] = _Lane()
        # beside its marker and any ring or marker touching it (not other labels): own.around(x)
        o_starts, o_ends = own.starts, own.ends
        i = bisect_right(o_starts, x) - 1
        if i >= 0 and o_ends[i] >= x:
            lo, hi = o_starts[i], o_ends[i]
        else:  # its own marker was not among ``markers``
            for stretches in (taken, own):
                stretches.add(x - marker_radius, x + marker_radius)
            lo, hi = own.around(x)
        start_right = hi + gap
        start_left = lo - gap
        starts, ends = taken.starts, taken.ends
        # taken.free_right(start_right, right_limit)
        i = bisect_right(starts, start_right) - 1
        if i >= 0 and ends[i] > start_right:
            room_right = 0.0
        else:
            nxt = starts[i + 1] if i + 1 < len(starts) else right_limit
            room_right = max(0.0, max(0.0, min(nxt, right_limit) - start_right) - gap)
        # taken.free_left(start_left, left_limit)
        i = bisect_left(starts, start_left) - 1
        if i >= 0 and ends[i] > start_left:
            room_left = 0.0
        else:
            prev = ends[i] if i >= 0 else left_limit
            room_left = max(0.0, max(0.0, start_left - max(prev, left_limit)) - gap)
        if room_right <= 0.0 and room_left <= 0.0 and min_width > 0.0:
            continue  # no room on either side: not even a shortened label (its width not asked for)
        full = width_of(row)
        if room_right >= full:
            label = PlacedLabel(row, False, start_right, full, True)
        elif room_left >= full:
            label = PlacedLabel(row, True, start_left - full, full, True)
        else:
            room, on_left = max((room_right, False), (room_left, True))
            if room < min(min_width, full):
                continue
            label = PlacedLabel(row, on_left, start_left - room if on_left else start_right, room, False)
        taken.add(label.left - gap, label.right + gap)
        placed.append(label)
    return placed


def merge_stretches(lanes: np.ndarray, xs: np.ndarray, radius: float) -> dict[int, tuple[list[float], list[float]]]:
    """Markers at ``xs`` (px) in ``lanes`` -> per lane, the disjoint stretches they cover, in order."""
    if not len(xs):
        return {}
    lanes = np.asarray(lanes, dtype=np.int64)
    xs = np.asarray(xs, dtype=float)
    order = np.lexsort((xs, lanes))
    lanes, xs = lanes[order], xs[order]
    lo, hi = xs - radius, xs + radius
    new_lane = np.r_[True, lanes[1:] != lanes[:-1]]
    rank = np.cumsum(new_lane) - 1
    big = 4.0 * (float(np.abs(xs).max()) + radius + 1.0)
    reach = np.maximum.accumulate(hi + rank * big) - rank * big  # furthest end so far, per lane
    starts = np.flatnonzero(new_lane | np.r_[True, lo[1:] > reach[:-1]])
    s_lo, s_hi, s_lane = lo[starts], np.maximum.reduceat(hi, starts), lanes[starts]
    cuts = np.flatnonzero(np.r_[True, s_lane[1:] != s_lane[:-1]])
    out = {}
    for i, begin in enumerate(cuts.tolist()):
        end = int(cuts[i + 1]) if i + 1 < len(cuts) else len(s_lane)
        out[int(s_lane[begin])] = (s_lo[begin:end].tolist(), s_hi[begin:end].tolist())
    return out


__all__ = ["PlacedLabel", "merge_stretches", "place_labels"]

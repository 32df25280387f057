"""The timeline's arrays kept in a file next to the database, so a big dataset's timeline
comes from one file read instead of a million-row query.

A cache is used only when everything it was made from is as it was: the content stamp the
triggers keep (``db/stamp.py``: the database's random id and its write count), SQLite's schema
counter (any migration, any new table or index), the file's identity (device, inode, size,
modification time) and the query (the filters and the lanes). Any difference, any read error,
a missing stamp: it is not trusted, and the caller reads the database (and writes a new cache).
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from ..core.timeline import TRACK_STEP as TRACK_UNIT  # track offsets are stored as multiples of it
from ..core.timeline import (ROW, TimelineArrays, arrays_from_chunks, focus_range, id_column, lane_column, pack_tracks,
                             seconds_column, sorted_spans, span_order, track_offsets)
from ..core.filters import Filters
from . import facets
from .atomicfile import atomic_write
from .stamp import read_stamp
from .store import Store

#: Bumped whenever what the file holds changes shape (2: the spans' drawing order too; a file
#: without "focus", the first view's time span, computes it: no new format for it).
FORMAT = 2
FOCUS_SHARE = 0.9  # focus_range's default share: what the timeline's first view shows

_COLUMNS = ("event_id", "lane", "start", "end", "category", "confidence", "importance")


@dataclass(frozen=True)
class CacheKey:
    """What a cache was made from; equal keys, same content."""

    format: int
    database_id: str
    writes: int
    schema_version: int
    dev: int
    ino: int
    size: int
    mtime_ns: int
    query: str


def query_id(filters: object, lane_ids: list[str]) -> str:
    """The filters (a frozen dataclass: its repr spells every field) and the lanes, as a digest."""
    import hashlib  # here: loading OpenSSL's hashes is not part of the first frame

    return hashlib.sha256(repr((filters, tuple(lane_ids))).encode()).hexdigest()


def _file_identity(path: Path) -> tuple[int, int, int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def current_key(conn: sqlite3.Connection, path: Path, query: str) -> CacheKey | None:
    """The key of what ``conn`` reads now, or None when it cannot be told (no stamp): then no
    cache is ever trusted. Call inside the read transaction whose rows the cache would hold."""
    stamp = read_stamp(conn)
    if stamp is None:
        return None
    try:
        schema_version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
        dev, ino, size, mtime_ns = _file_identity(path)
    except (OSError, sqlite3.Error):
        return None
    return CacheKey(FORMAT, stamp[0], stamp[1], schema_version, dev, ino, size, mtime_ns, query)


def cache_file_for(db_path: Path, *, readonly: bool = False, cache_dir: Path | None = None) -> Path:
    """Next to the database (hidden), or in the user cache folder for a file we may not write
    beside (read-only, or in a folder we cannot write to)."""
    db_path = Path(db_path)
    folder = db_path.resolve().parent
    if not readonly and cache_dir is None and os.access(folder, os.W_OK):
        return folder / f".{db_path.name}.timeline.npz"
    if cache_dir is None:
        from .. import paths

        cache_dir = paths.user_cache_dir() / "timeline"
    import hashlib

    digest = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:20]
    return Path(cache_dir) / f"{digest}.timeline.npz"


def load(file: Path, key: CacheKey | None) -> tuple[TimelineArrays, np.ndarray] | None:
    """The arrays and track offsets kept for ``key``, or None (no file, another key, damaged).

    Each column is widened to its type in memory as it is read, and the file's narrow copy
    dropped before the next (at a million rows all of them at once, with the products'
    temporaries, were ~50 MB over what the arrays take)."""
    if key is None:
        return None
    try:
        with np.load(file, allow_pickle=False) as npz:
            meta = json.loads(bytes(npz["meta"]).decode("utf-8"))
            if meta != asdict(key):
                return None
            ids = npz["event_id"]
            n = len(ids)

            def column(name: str) -> np.ndarray:
                values = ids if name == "event_id" else npz[name]
                if values.ndim != 1 or len(values) != n:
                    raise ValueError(f"{name}: {len(values)} rows, not {n}")
                return values

            arrays = TimelineArrays(
                event_id=id_column(column("event_id")),
                lane=lane_column(column("lane")),
                start=_days_to_seconds(column("start")),
                end=_days_to_seconds(column("end")),
                category=column("category").astype(np.int8, copy=False),
                confidence=column("confidence").astype(np.int8, copy=False),
                importance=column("importance").astype(np.int8, copy=False),
            )
            arrays.adopt_lookups(rank=column("rank").astype(ROW, copy=False),
                                 lane_order=column("lane_order").astype(ROW, copy=False))
            offsets = track_offsets(column("offsets"))  # what pack_tracks gives, to the bit
            spans = npz["span_order"] if "span_order" in npz.files else None
            focus = npz["focus"] if "focus" in npz.files else None
            if focus is not None and focus.shape == (2,) and np.isfinite(focus).all() and n:
                arrays.__dict__["_focus_range"] = {FOCUS_SHARE: (float(focus[0]), float(focus[1]))}
    except Exception:  # noqa: BLE001 - damaged, truncated, another format: never trusted when in doubt
        return None
    if spans is not None:
        _adopt_span_order(arrays, offsets, spans.astype(ROW, copy=False))
    return arrays, offsets


def _days_to_seconds(days: np.ndarray) -> np.ndarray:
    return seconds_column(days)  # the type a read of the database gives (arrays_from_rows)


def _adopt_span_order(arrays: TimelineArrays, offsets: np.ndarray, order: np.ndarray) -> None:
    """Keep the spans' drawing order with the arrays (``TimelineFeed.prepared`` takes it instead of
    sorting again) if it is one: every span once, by drawn height, then start. The spans gathered
    in it to check that are kept too (``take_spans``): the timeline draws them as they are."""
    fuzzy = arrays.fuzzy
    n = int(np.count_nonzero(fuzzy))
    del fuzzy
    if len(order) != n or (n and (order.min() < 0 or order.max() >= n or np.bincount(order, minlength=n).max() != 1)):
        return
    spans = sorted_spans(arrays, offsets, order)
    x0, y = spans[0], spans[2]
    if np.all((y[1:] > y[:-1]) | ((y[1:] == y[:-1]) & (x0[1:] >= x0[:-1]))):
        arrays.__dict__["_span_order"] = (offsets, order, spans)


def known_span_order(arrays: TimelineArrays, offsets) -> np.ndarray | None:
    """The spans' order kept with ``arrays`` for these very ``offsets`` (from the cache), or None."""
    kept = arrays.__dict__.get("_span_order")
    return kept[1] if kept is not None and kept[0] is offsets else None


def take_spans(arrays: TimelineArrays, offsets) -> tuple | None:
    """The spans in the order ``known_span_order`` gives (``core.timeline.sorted_spans``), gathered
    when the cache was loaded; handed out once, so the arrays do not keep a copy of them."""
    kept = arrays.__dict__.get("_span_order")
    if kept is None or kept[0] is not offsets or len(kept) < 3:
        return None
    arrays.__dict__["_span_order"] = kept[:2]
    return kept[2]


def _narrow(values: np.ndarray) -> np.ndarray:
    """``values`` (whole numbers) in the smallest signed integer type that holds them exactly;
    not copied when they are in it already."""
    if not len(values):
        return values.astype(np.int8)
    lo, hi = int(values.min()), int(values.max())
    for dtype in (np.int8, np.int16, np.int32):
        info = np.iinfo(dtype)
        if info.min <= lo and hi <= info.max:
            return values.astype(dtype, copy=False)
    return values.astype(np.int64, copy=False)


def _counted(values: np.ndarray, unit: float, *, exact: bool = True) -> np.ndarray | None:
    """``values`` counted in ``unit`` in the narrowest integer type (``_narrow``), or None when
    they are not whole multiples of it (``exact``; else to rounding: the track offsets). One
    column at a time: its temporaries are gone before the next (a million rows of int64 and
    float64 copies of every column at once were the peak of a first start)."""
    values = np.asarray(values)
    counts = np.rint(values / unit)
    back = counts * unit
    whole = np.array_equal(back, values) if exact else np.allclose(back, values)
    del back
    return _narrow(counts) if whole else None


def save(file: Path, key: CacheKey | None, arrays: TimelineArrays, offsets: np.ndarray,
         spans: np.ndarray | None = None) -> bool:
    """Write the cache (``atomic_write``: a temporary file in the same folder, renamed over the old one).
    Returns whether it was written; a failure (full disk, read-only folder) only costs speed."""
    if key is None:
        return False
    days_start = _counted(arrays.start, 86_400.0)
    days_end = _counted(arrays.end, 86_400.0) if days_start is not None else None
    tracks = _counted(offsets, TRACK_UNIT, exact=False) if days_end is not None else None
    if tracks is None:
        return False  # not whole days or tracks: nothing this cache can hold exactly
    order = arrays.lane_index[0]
    cols = {
        "meta": np.frombuffer(json.dumps(asdict(key)).encode("utf-8"), dtype=np.uint8),
        "event_id": _narrow(arrays.event_id),
        "lane": _narrow(arrays.lane),
        "start": days_start,
        "end": days_end,
        "category": arrays.category,
        "confidence": arrays.confidence,
        "importance": arrays.importance,
        "offsets": tracks,
        "rank": _narrow(arrays.rank),
        "lane_order": _narrow(order),
        "span_order": _narrow(span_order(arrays, offsets) if spans is None else spans),
    }
    if len(arrays):  # the first view's time span (core.timeline.focus_range): a quantile of every row
        cols["focus"] = np.array(focus_range(arrays, FOCUS_SHARE), dtype=np.float64)
    file = Path(file)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(file, lambda f: np.savez(f, **cols))
        return True
    except OSError:  # OutputError is one too
        return False


def read_arrays(path: Path, filters: object, lane_ids: list[str], *,
                cache_file: Path | None = None) -> tuple[TimelineArrays, np.ndarray]:
    """The timeline's arrays and track offsets through a connection of its own (a worker thread
    calls this), with the lookups the first zoom and labels need prepared here too.

    With ``cache_file``: taken from it when its key matches what the database holds now;
    otherwise read from the database (in chunks) and the cache written again."""
    path = Path(path)
    query = query_id(filters, lane_ids)
    with Store.open(path, readonly=True, trusted=True) as store:
        conn = store.conn
        if cache_file is not None:
            cached = load(cache_file, current_key(conn, path, query))
            if cached is not None:
                return cached
        conn.execute("BEGIN")  # the key and the rows from one snapshot of the database
        try:
            key = current_key(conn, path, query) if cache_file is not None else None
            arrays = arrays_from_chunks(store.timeline_row_chunks(filters), lane_ids)
        finally:
            conn.execute("COMMIT")
        if key is not None and key != current_key(conn, path, query):
            key = None  # written to while we read: the next read reads it again
    offsets = pack_tracks(arrays)
    arrays.prepare()
    if cache_file is not None:
        if key is None:
            discard(cache_file)
        else:
            order = span_order(arrays, offsets)
            arrays.__dict__["_span_order"] = (offsets, order)
            save(cache_file, key, arrays, offsets, order)
    return arrays, offsets


def attributed_event_ids(path: Path, attributions: frozenset[str]) -> np.ndarray:
    """The ids of the events the "who says so" facet lets through (what the timeline's arrays
    do not hold), through a connection of its own; by the attribution index, no row tuples kept."""
    # What ``claim_where`` lets through, as its disjoint parts searched one after the other:
    # its "a OR b" made SQLite keep a set of every row id it had given (to give none twice),
    # 20-60 MB at a million events, and the peak of that facet change.
    queries = facets.claim_where_parts(Filters(attributions=frozenset(attributions)), "event")
    with Store.open(Path(path), readonly=True, trusted=True) as store:
        parts = [id_column(np.fromiter((row[0] for row in store.conn.execute(f"SELECT e.id FROM events e WHERE {where}",
                                                                              params)), dtype=np.int64))
                 for where, params in queries]  # int32 where they fit (id_column): half the memory
    if not parts:
        return np.zeros(0, dtype=np.int64)
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def discard(file: Path) -> None:
    try:
        os.unlink(file)
    except OSError:
        pass


__all__ = ["CacheKey", "FORMAT", "attributed_event_ids", "cache_file_for", "current_key", "discard", "known_span_order", "load",
           "query_id", "read_arrays", "save", "take_spans"]

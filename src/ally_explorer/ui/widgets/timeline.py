"""The timeline: one lane per country, events as markers, fuzzy dates as spans, stances as bands.

Everything is drawn with a handful of graphics items however many events there are: one
ScatterPlotItem for the markers, one SpansItem for the date windows, one for the stance bands,
and a small pool of text labels placed by importance and zoom (``core.timeline.pick_labels``).
"""

from __future__ import annotations

import copy
import html
from collections.abc import Callable
from datetime import date, datetime, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPicture, QTransform
from PySide6.QtWidgets import (QApplication, QGraphicsItem, QHBoxLayout, QLabel, QScrollBar, QToolButton, QVBoxLayout,
                               QWidget)

from ...core import palette, vocab
from ...core.fuzzydate import is_undated
from ...core.labels import merge_stretches, place_labels
from ...core.records import Alignment, Event
from ...core.timeline import (DAY, TRACK_STEP, Bands, TimelineArrays, build_arrays, build_bands, day_seconds, focus_range,
                              pack_tracks, sorted_spans)
from .. import theme
from ..announce import announce, name_changed
from .focus_frame import FocusFrame
from ..core_words import category_label, confidence_label
from ..dates import tick_text
from ..i18n import translate

SIZES = {1: 9.0, 2: 12.0, 3: 16.0}
SIZE_BY_IMPORTANCE = np.array([12.0, 9.0, 12.0, 16.0])  # index = importance (0 unused)
#: Above this many markers near the view, draw the most important one per few pixels.
MARKER_BUDGET = 6000
#: A lane is never shorter than this many lines of label text: fewer lanes show, the rest scroll.
MIN_LANE_LINES = 1.5
#: ... but the air above a line grows with the text only up to this many pixels: at zoom 2 half a
#: line of air per lane left room for one lane (issue 21). At least LANES_AT_LEAST lanes fit.
LANE_AIR_MAX = 8.0
LANES_AT_LEAST = 3
#: The markers' thinning works through this many rows at a time (its temporaries stay small).
THIN_BLOCK = 1 << 18
#: Marker positions labels keep clear of, at most (beyond, only the candidates' markers).
LABEL_MARKERS_MAX = 4000
#: Candidates the label placement tries, most important first.
LABEL_TRIES = 250
LABEL_SETTLE_MS = 120  # labels are placed again this long after the last pan or inward wheel step
#: Prepared drawings (merged spans, thinned markers) serve zoom changes up to this factor.
ZOOM_SLACK = 2.2
YEAR = 365.25 * DAY
#: A label's text item has this margin on every side (Qt's default is 4: too tall for a lane).
LABEL_MARGIN = 1.0
LABEL_PAD = 2 * LABEL_MARGIN + 2


class SpansItem(pg.GraphicsObject):
    """Many horizontal bars in one item: x0..x1 around y, coloured by group.

    The bars around the view (three view widths and three view heights) are prepared once, with
    bars closer than a couple of pixels merged (level of detail); they are prepared again only
    when the view leaves that part or the zoom changes by more than ``ZOOM_SLACK``. A paint draws
    only the prepared bars inside the exposed rectangle, so its cost follows what is on screen,
    not the dataset. A very dense exposed area (the whole century zoomed out) replays a QPicture
    of the prepared bars instead, recorded once.
    """

    GAP_PX = 2.0
    #: Above this many bars in the exposed area, replay one recorded picture of them all.
    DIRECT_MAX = 6000

    def __init__(self, height: float, *, outline: bool = False, hatch: bool = False, edges: bool = False):
        super().__init__()
        self.height = height
        self.outline = outline  # each bar outlined in its group's edge colour
        self.edges = edges  # a line along each bar's bottom edge, dashed per group
        self.hatch = hatch  # a second pass of diagonal lines: time no source speaks for
        self._picture: QPicture | None = None
        self._bounds = QRectF()
        self._window: tuple[float, ...] | None = None  # x from, x to, data units per pixel, y from, y to
        # No item cache: the timeline in device pixels is far wider than Qt's integer device
        # rectangles (which overflow), and a paint already costs only what is on screen.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # for exposedRect
        self.count = 0
        self.drawn = 0  # bars prepared around the view (after merging)
        self.painted = 0  # bars drawn by the last paint
        self._crowded = False  # lanes only a few pixels high: wider merging, no outlines
        self._palette: list[QColor] = []
        self._edge_colors: list[QColor] = []
        self._dashes: list[tuple[float, ...]] = []
        empty = np.zeros(0)
        self._x0 = self._x1 = self._y = empty
        self._g = empty.astype(int)
        self._merged = (empty, empty, empty, empty.astype(int))

    def set_data(self, x0: np.ndarray, x1: np.ndarray, y: np.ndarray, groups, palette: list,
                 edge_colors: list | None = None, dashes: list | None = None, *, presorted: bool = False) -> None:
        """``groups[i]`` indexes ``palette`` (QColors, or names Qt reads: '#RRGGBB', '#AARRGGBB');
        ``edge_colors`` (default: the palette) draw outlines or edges, ``dashes`` their pattern;
        ``presorted``: the bars come sorted by y, then x0 (on a worker thread:
        ``core.timeline.sorted_spans``), and are kept as they are."""
        self.prepareGeometryChange()
        self._edge_colors = [QColor(c) for c in (edge_colors or palette)]
        self._dashes = list(dashes or [()] * len(palette))
        if presorted:
            self._x0, self._x1, self._y, self._g = x0, x1, y, np.asarray(groups)
        else:
            order = np.lexsort((x0, y))
            self._x0, self._x1, self._y = x0[order], x1[order], y[order]
            self._g = np.asarray(groups, dtype=int)[order] if len(order) else np.zeros(0, dtype=int)
        # heights kept in float32, half of float64's memory: a lane and a track offset are
        # thousands of float32 steps apart, so no two rows' heights become one
        self._y = self._y.astype(np.float32, copy=False)
        self._palette = [QColor(c) for c in palette]
        self.count = len(x0)
        self._window = None
        if len(x0):
            self._bounds = QRectF(float(x0.min()), float(y.min() - self.height), float(x1.max()) - float(x0.min()),
                                  float(y.max() - y.min() + 2 * self.height))
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def clear(self) -> None:
        """Let go of the bars (before the next ``set_data``, so both are never held at once)."""
        empty = np.zeros(0)
        self._x0 = self._x1 = self._y = empty
        self._g = empty.astype(int)
        self._merged = (empty, empty, empty, empty.astype(int))
        self._picture = None
        self._window = None

    #: Bars merged a block of whole rows (one height) at a time: the merge's temporaries are
    #: 60 bytes a bar, 55 MB for a million date spans zoomed out, all at once otherwise.
    MERGE_BLOCK = 65_536

    def _record(self, lo: float, hi: float, per_px: float, y_lo: float = -np.inf, y_hi: float = np.inf) -> None:
        """Prepare the bars overlapping [lo, hi] x [y_lo, y_hi], merging those within GAP_PX."""
        gap = (3 if self._crowded else 1) * self.GAP_PX * per_px
        # The bars are sorted by y: those of the lanes in [y_lo, y_hi] are one slice, found by
        # binary search (a lane jump looked at every bar of the dataset four times over).
        sl = slice(int(np.searchsorted(self._y, y_lo, side="left")), int(np.searchsorted(self._y, y_hi, side="right")))
        x0s, x1s, ys, gs = self._x0[sl], self._x1[sl], self._y[sl], self._g[sl]  # views: no copies
        n = len(ys)
        cuts = np.flatnonzero(ys[1:] != ys[:-1]) + 1 if n else np.zeros(0, dtype=np.intp)  # where rows begin
        parts = []
        begin = 0
        while begin < n:  # whole rows at a time: a bar merges only with bars of its own row
            at = int(np.searchsorted(cuts, begin + self.MERGE_BLOCK))
            end = int(cuts[at]) if at < len(cuts) else n
            part = slice(begin, end)
            parts.append(self._merge(x0s[part], x1s[part], ys[part], gs[part], lo, hi, gap))
            begin = end
        if len(parts) == 1:
            merged = parts[0]
        elif parts:
            merged = tuple(np.concatenate(column) for column in zip(*parts))
        else:
            merged = (x0s[:0], x1s[:0], ys[:0], gs[:0])
        x0, x1, y, g = self._merged = merged
        self.drawn = len(x0)
        self._picture = None
        self._window = (lo, hi, per_px, y_lo, y_hi)

    @staticmethod
    def _merge(x0, x1, y, g, lo: float, hi: float, gap: float) -> tuple:
        """The bars of whole rows that overlap [lo, hi], those closer than ``gap`` in a row
        merged into one (sorted by y, then x0, as kept)."""
        keep = (x1 >= lo) & (x0 <= hi)
        x0, x1, y, g = x0[keep], x1[keep], y[keep], g[keep]
        if len(x0):
            new_row = np.r_[True, y[1:] != y[:-1]]
            row = np.cumsum(new_row) - 1
            big = 4.0 * (abs(float(x1.max())) + abs(float(x0.min())) + 1.0)
            reach = np.maximum.accumulate(x1 + row * big) - row * big  # furthest end so far, per row
            starts = np.flatnonzero(np.r_[True, new_row[1:] | (x0[1:] > reach[:-1] + gap)])
            x0, x1, y, g = x0[starts], np.maximum.reduceat(x1, starts), y[starts], g[starts]
        return x0, x1, y, g

    def _draw(self, painter: QPainter, x0: np.ndarray, x1: np.ndarray, y: np.ndarray, g: np.ndarray) -> None:
        top = (y - self.height / 2).tolist()
        left, width = x0.tolist(), np.subtract(x1, x0, dtype=np.float64).tolist()  # times may be float32
        for index, color in enumerate(self._palette):
            rows = np.flatnonzero(g == index)
            if not len(rows):
                continue
            edge = self._edge_colors[index] if index < len(self._edge_colors) else color
            if self.outline and not self._crowded:
                pen = QPen(edge)
                pen.setCosmetic(True)
                pen.setWidthF(1.0)
                painter.setPen(pen)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            # crowded outlined bars are a few pixels: drawn solid in the edge colour to stay visible
            painter.setBrush(QBrush(edge if self.outline and self._crowded else color))
            rects = [QRectF(left[i], top[i], width[i], self.height) for i in rows.tolist()]
            painter.drawRects(rects)
            if self.edges and not self._crowded:
                pen = QPen(edge)
                pen.setCosmetic(True)
                pen.setWidthF(2.0)
                dash = self._dashes[index] if index < len(self._dashes) else ()
                if dash:
                    pen.setDashPattern(list(dash))
                painter.setPen(pen)
                bottom = self.height * 0.96
                painter.drawLines([QLineF(left[i], top[i] + bottom, left[i] + width[i], top[i] + bottom)
                                   for i in rows.tolist()])
            if self.hatch:
                lines = QColor(color)
                lines.setAlpha(min(255, color.alpha() * 3))
                brush = QBrush(lines, Qt.BrushStyle.BDiagPattern)
                brush.setTransform(painter.worldTransform().inverted()[0])  # the same hatch at every zoom
                painter.setBrush(brush)
                painter.drawRects(rects)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self.count:
            return
        view = self.getViewBox()
        if view is None:
            return
        (vx0, vx1), (vy0, vy1) = view.viewRange()
        per_px = (vx1 - vx0) / max(view.width(), 1.0)
        crowded = view.height() / max(vy1 - vy0, 1e-9) < 10  # lanes a few pixels high: overview
        w = self._window
        stale = (
            w is None or vx0 < w[0] or vx1 > w[1] or not (w[2] / ZOOM_SLACK <= per_px <= w[2] * ZOOM_SLACK)
            or vy0 < w[3] or vy1 > w[4] or crowded != self._crowded
        )
        if stale:
            span, rows = vx1 - vx0, vy1 - vy0
            self._crowded = crowded
            self._record(vx0 - span, vx1 + span, per_px, vy0 - rows, vy1 + rows)
        x0, x1, y, g = self._merged
        exposed = QRectF(vx0, vy0, vx1 - vx0, vy1 - vy0)  # what the view shows ...
        if option is not None and option.exposedRect.isValid():
            exposed &= option.exposedRect  # ... and of it what needs painting
        pad = self.height / 2
        keep = ((x1 >= exposed.left()) & (x0 <= exposed.right())
                & (y + pad >= exposed.top()) & (y - pad <= exposed.bottom()))
        x0, x1, y, g = x0[keep], x1[keep], y[keep], g[keep]
        self.painted = len(x0)
        if len(x0) <= self.DIRECT_MAX:
            self._draw(painter, x0, x1, y, g)
            return
        if self._picture is None:  # dense: record every prepared bar once, replay for later paints
            self._picture = QPicture()
            recorder = QPainter(self._picture)
            self._draw(recorder, *self._merged)
            recorder.end()
        self._picture.play(painter)


class DayAxis(pg.DateAxisItem):
    """The time axis, in UTC calendar days (how the timeline stores dates).

    pyqtgraph's DateAxisItem converts every candidate tick to local time and back through
    QDateTime, even with ``utcOffset=0`` where that adds nothing; a zoom step then spends more
    on the axis than on the events. Here the zoom levels are copies that leave ticks in UTC.
    """

    def __init__(self, orientation: str = "bottom", **kwargs):
        super().__init__(orientation=orientation, utcOffset=0, **kwargs)
        levels = {}
        for spacing, level in self.zoomLevels.items():
            level = copy.copy(level)
            level.moveTicksToLocalTimeCoords = lambda ticks, spacing, skip: ticks
            level.extendTimeRangeForSpacing = lambda spacing, lo, hi: (lo, hi)
            levels[spacing] = level
        self.zoomLevels = type(self.zoomLevels)(levels)

    def tickStrings(self, values, scale, spacing):
        """Ticks finer than a year ("Mar", "12 Mar", "14:00") say the year on the first tick and
        where it changes, so a view zoomed to months still says which year it shows."""
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        epoch = datetime(1970, 1, 1)
        strings = []
        for value in values:
            try:
                text = tick_text(epoch + timedelta(seconds=float(value)), spec.format if spec else "%Y")
            except (OverflowError, ValueError):
                text = ""
            strings.append(text[:-3] if spec is not None and "%f" in spec.format else text)
        if spacing >= 300 * DAY:
            return strings
        shown, previous = [], None
        for value, text in zip(values, strings):
            year = (date(1970, 1, 1) + timedelta(days=int(value // DAY))).year
            if text and str(year) not in text and year != previous:
                text = f"{text} {year}"
            if text:
                previous = year
            shown.append(text)
        return shown


class MarkerScatter(pg.ScatterPlotItem):
    """Every event marker in one ScatterPlotItem, each point in one of a few looks (symbol, pen,
    brush: category shape by confidence fill) and a size.

    One item means one cull and one ``drawPixmapFragments`` per paint, whatever the number of
    looks (twenty items cost twenty times pyqtgraph's per-item work on every pan step). And
    pyqtgraph finds each new point's picture in its symbol atlas through a Python tuple per
    point; for ten thousand markers that costs more than drawing them. Here the few distinct
    (look, size, hovered) keys are looked up once and the atlas rectangles handed out with
    numpy. The per-point symbol, pen and brush columns are filled too (with numpy, no loop), so
    pyqtgraph's own paths -- exports drawing vector shapes, ``SpotItem.brush()``, an atlas
    rebuild -- see each point's look.
    """

    def __init__(self, *args, **kwargs):
        self._looks: list[tuple] = []  # (symbol, pen, brush) per look
        self._look = np.zeros(0, dtype=np.int64)  # the look of each point, in data order
        super().__init__(*args, **kwargs)

    def set_markers(self, x: np.ndarray, y: np.ndarray, size: np.ndarray, rows: np.ndarray,
                    look: np.ndarray, looks: list[tuple]) -> None:
        """Show points at (x, y) of ``size`` px, ``rows`` as their data, point i in ``looks[look[i]]``."""
        self._looks = list(looks)
        self._look = np.asarray(look, dtype=np.int64)
        # What ``setData(x=, y=, size=, data=)`` does (clear, then addPoints), but the records made
        # with np.zeros and None in their object fields: the np.empty pyqtgraph uses fills this
        # record type (objects beside a nested rectangle) field by field, 2.5 ms for 6,000 markers
        # at each country switch that scrolls the lanes; these are the same records in a tenth.
        records = np.zeros(len(x), dtype=self.data.dtype)
        # (the looks' columns are filled below when there are looks; ``data`` is given just after)
        for column in ("item",) if len(records) and looks else ("symbol", "pen", "brush", "item"):
            records[column] = None
        records["x"], records["y"], records["size"], records["visible"] = x, y, size, True
        records["data"] = rows
        self._maxSpotWidth = self._maxSpotPxWidth = 0
        self.data = records
        if len(records) and self._looks:
            for column, values in zip(("symbol", "pen", "brush"), zip(*self._looks)):
                table = np.empty(len(values), dtype=object)
                table[:] = list(values)
                records[column] = table[self._look]
        self.prepareGeometryChange()
        self.informViewBoundsChanged()
        self.bounds = [None, None]
        self.invalidate()
        self.updateSpots(records)
        self.sigPlotChanged.emit(self)

    def updateSpots(self, dataSet=None):
        data = self.data if dataSet is None else dataSet
        offset = len(self.data) - len(data)  # addPoints hands over the new tail of self.data
        if (not (self.opts["pxMode"] and self.opts["useCache"]) or not self._looks
                or len(self._look) != len(self.data) or offset < 0):
            return super().updateSpots(dataSet)
        mask = data["sourceRect"]["w"] == 0
        if mask.any():
            sizes = data["size"][mask]
            sizes = np.where(sizes == -1, self.opts["size"], sizes)
            unique_sizes, size_index = np.unique(sizes, return_inverse=True)
            hover_pen = self.opts["hoverPen"] if self.opts["hoverable"] else None
            hovered = (data["hovered"][mask].astype(np.int64) if hover_pen is not None
                       else np.zeros(len(sizes), dtype=np.int64))
            key = (self._look[offset:][mask] * len(unique_sizes) + size_index.ravel()) * 2 + hovered
            keys, inverse = np.unique(key, return_inverse=True)
            styles = []
            for k in keys.tolist():
                rest, is_hovered = divmod(k, 2)
                look, size = divmod(rest, len(unique_sizes))
                symbol, pen, brush = self._looks[look]
                styles.append((symbol, float(unique_sizes[size]), hover_pen if is_hovered else pen, brush))
            rects = np.zeros(len(keys), dtype=data["sourceRect"].dtype)
            rects[:] = self.fragmentAtlas[styles]
            data["sourceRect"][mask] = rects[inverse.ravel()]
            self._maybeRebuildAtlas()
        self._updateMaxSpotSizes(data=data)
        self.invalidate()


def _crossed(symbol: str) -> str:
    """A pyqtgraph symbol name for ``symbol`` with a cross through it (disputed), registered once."""
    name = f"{symbol}+x"
    if name not in pg.graphicsItems.ScatterPlotItem.Symbols:
        path = QPainterPath(pg.graphicsItems.ScatterPlotItem.Symbols[symbol])
        for (ax, ay), (bx, by) in (((-0.5, -0.5), (0.5, 0.5)), ((-0.5, 0.5), (0.5, -0.5))):
            path.moveTo(ax * 0.62, ay * 0.62)
            path.lineTo(bx * 0.62, by * 0.62)
        pg.graphicsItems.ScatterPlotItem.Symbols[name] = path
    return name


def marker_look(category: str, confidence: str, t: "theme.Theme", line: float = 1.0) -> tuple[str, QPen, QBrush]:
    """(symbol, pen, brush) of an event marker: shape by category, fill by confidence -- filled
    (confirmed), ring (reported), dashed ring (claimed), crossed ring (disputed). The timeline,
    its legend and the exports all draw with this."""
    color = t.category[category]
    symbol = palette.CATEGORY_SYMBOLS[category]
    fill = palette.CONFIDENCE_FILLS[confidence]
    if fill == "filled":
        return symbol, pg.mkPen(t.plot_background, width=1.5 * line), pg.mkBrush(color)
    pen = pg.mkPen(color, width=2.5 * line)
    if fill == "dashed":
        pen.setDashPattern([2.0, 1.6])
    if fill == "crossed":
        symbol = _crossed(symbol)
    return symbol, pen, pg.mkBrush(t.plot_background)


def _letter(letter: str) -> str:
    """A pyqtgraph symbol drawing one capital letter (the stance chips' text), registered once."""
    name = f"letter-{letter}"
    symbols = pg.graphicsItems.ScatterPlotItem.Symbols
    if name not in symbols:
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(20)
        path = QPainterPath()
        path.addText(0, 0, font, letter)
        box = path.boundingRect()
        scale = 0.68 / max(box.width(), box.height(), 1e-6)
        path.translate(-box.center())
        symbols[name] = QTransform.fromScale(scale, scale).map(path)
    return name


class MarkerLayer:
    """The event markers (one MarkerScatter), behind the list interface the timeline's callers use."""

    def __init__(self, items: list[pg.ScatterPlotItem]):
        self.items = items
        for item in items:
            item.setZValue(10)

    def points(self) -> list:
        return [p for item in self.items for p in item.points()]

    def set_hover_pen(self, pen) -> None:
        for item in self.items:
            item.opts["hoverPen"] = pen

    def pointsAt(self, pos) -> list:
        return [p for item in self.items if item.isVisible() for p in item.pointsAt(pos)]

    def __len__(self) -> int:
        return sum(len(item.data) for item in self.items)


class LaneViewBox(pg.ViewBox):
    """The wheel zooms time only; Shift+wheel scrolls lanes; dragging pans; Shift+drag brushes
    a date range (reported through ``brush_dragged``)."""

    brush_dragged = Signal(float, float, bool)  # x from, x to, finished
    in_wheel = False  # True while a wheel step changes the range (the timeline defers labels then)

    def mouseDragEvent(self, ev, axis=None):
        if ev.button() == Qt.MouseButton.LeftButton and ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            ev.accept()
            start = self.mapSceneToView(ev.buttonDownScenePos()).x()
            end = self.mapSceneToView(ev.scenePos()).x()
            self.brush_dragged.emit(min(start, end), max(start, end), bool(ev.isFinish()))
            return
        super().mouseDragEvent(ev, axis)

    def wheelEvent(self, ev, axis=None):
        if ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            steps = ev.delta() / 120 if hasattr(ev, "delta") else 0
            self.translateBy(y=-steps)
            ev.accept()
            return
        self.in_wheel = True
        try:
            super().wheelEvent(ev, axis=0)
        finally:
            self.in_wheel = False


def legend_entry(symbol_html: str, label: str = "") -> str:
    """One entry of the legend, which wraps between entries and never inside one: non-breaking
    spaces, and a word joiner after a "/" (a line may otherwise break after it)."""
    text = html.escape(label).replace(" ", "&nbsp;").replace("/", "/\u2060")
    return f"{symbol_html}&nbsp;{text}" if text else symbol_html


class TimelineWidget(QWidget):
    """Lanes of events over time; tells the window what was clicked, never selects by itself."""

    event_clicked = Signal(int, str)  # event id, the lane's country
    event_double_clicked = Signal(int)
    brush_changed = Signal(object)  # (start_iso, end_iso) or None: the date range dragged out
    lane_clicked = Signal(str)
    fit_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.lanes: list[str] = []
        self.lane_names: list[str] = []
        self.arrays = TimelineArrays.empty()
        self._titles: dict[int, str] = {}
        self._fetch_titles: Callable[[list[int]], dict[int, str]] = lambda ids: {}
        self._event_of: Callable[[int], Event | None] = lambda _id: None
        self.shown_markers = 0
        self._marker_window: tuple[float, ...] | None = None
        # True while the view jumps to the chosen country's lane: the markers are prepared for the
        # lanes in view only (not a view's height around it); the first vertical scroll prepares more
        self._lane_jump = False
        #: each row's track offset (``core.timeline.pack_tracks``), as given: a row is drawn at
        #: its lane plus it (``_heights``; no array of the sums: 8 bytes a row, 10 MB at 1M)
        self._offsets = np.zeros(0)
        self._selected_country: str | None = None
        self._selected_event: int | None = None
        self._label_font = QFont()
        self._label_font.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        self._metrics = QFontMetricsF(self._label_font)
        self._width_cache: dict[int, float] = {}
        self._scale = 1.0  # whole-interface zoom: marker sizes and fonts
        self._theme = theme.THEMES["light"]

        self.view = LaneViewBox(enableMenu=False)  # never shown (setMenuEnabled below): not built either
        self.view.invertY(True)
        self.view.setMouseEnabled(x=True, y=True)
        self.axis = DayAxis("bottom")
        self.lane_axis = pg.AxisItem("left")
        self.lane_axis.setWidth(128)
        self.lane_axis.setStyle(tickLength=0)
        self.plot = pg.PlotWidget(viewBox=self.view, axisItems={"bottom": self.axis, "left": self.lane_axis})
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getPlotItem().showAxis("top", False)
        for name in ("bottom", "left"):
            ax = self.plot.getAxis(name)
            ax.setPen(pg.mkPen("#888"))
            ax.setTextPen(pg.mkPen("#222"))

        self.stripes = SpansItem(1.0)
        self.stripes.setZValue(-30)
        self.bands = SpansItem(0.84, edges=True)  # edges in the stance colour, dashed per stance
        self.bands.setZValue(-20)
        self.unsourced = SpansItem(0.84, hatch=True)  # ongoing stances past their last report
        self.unsourced.setZValue(-20)
        self.source_line = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen("#8A8A8A", width=1, style=Qt.PenStyle.DotLine),
        )  # no label of its own: event labels crowd the newest weeks; the legend line says it
        self.source_line.setZValue(4)
        self.source_line.hide()
        self.spans = SpansItem(0.11, outline=True)
        self.spans.setZValue(-5)
        self.lane_highlight = pg.LinearRegionItem(
            orientation="horizontal", movable=False, brush=pg.mkBrush(255, 200, 0, 60), pen=pg.mkPen(None)
        )
        self.lane_highlight.setZValue(-25)
        self.lane_highlight.hide()
        self.markers = MarkerLayer([MarkerScatter(hoverable=True, tip=self._tip, hoverPen=pg.mkPen("#000", width=2))])
        self._looks_key: tuple | None = None
        self._looks: list[tuple] = []
        self.selection = pg.ScatterPlotItem(
            symbol="o", size=26, pen=pg.mkPen("#000000", width=3), brush=pg.mkBrush(0, 0, 0, 0)
        )
        self.selection.setZValue(20)
        self.brush = pg.LinearRegionItem(
            orientation="vertical", brush=pg.mkBrush(47, 111, 179, 40), hoverBrush=pg.mkBrush(47, 111, 179, 60),
            pen=pg.mkPen("#2F6FB3", width=2),
        )
        self.brush.setZValue(-8)
        self.brush.hide()
        self.brush.sigRegionChangeFinished.connect(self._on_brush_moved)
        self.view.brush_dragged.connect(self._on_brush_dragged)
        self.today_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#555", width=1.5, style=Qt.PenStyle.DashLine))
        self.today_line.setZValue(5)
        self.stance_chips = pg.ScatterPlotItem(symbol="s", size=13, pen=pg.mkPen("#FFFFFF", width=1.5))
        self.stance_chips.setZValue(6)
        self.stance_letters = pg.ScatterPlotItem(size=13, pen=pg.mkPen(None))  # the stance's letter on its chip
        self.stance_letters.setZValue(7)
        for item in (self.stripes, self.bands, self.unsourced, self.source_line, self.lane_highlight, self.brush, self.spans, *self.markers.items,
                     self.selection, self.today_line, self.stance_chips, self.stance_letters):
            self.view.addItem(item)
        self.today_line.setPos(day_seconds(date.today()))
        self.labels: list[pg.TextItem] = []
        self._labels_shown = 0  # the first this many of ``labels`` are shown, the rest hidden
        self.placed_labels: list = []

        for item in self.markers.items:
            item.sigClicked.connect(self._on_markers_clicked)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._label_timer = QTimer(self)
        self._label_timer.setSingleShot(True)
        self._label_timer.setInterval(0)
        self._label_timer.timeout.connect(self._update_labels)
        # While the view is dragged, panned by keys or wheeled inwards, the labels placed last
        # stay where they are (they move with the view, and neither a pan nor zooming in can make
        # them overlap); they are placed again once the gesture pauses, not on every step.
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(LABEL_SETTLE_MS)
        self._settle_timer.timeout.connect(self._update_labels)
        self._placed_view: tuple[float, float, float, float] | None = None  # x span, y0, y1, px wide
        self.view.sigRangeChanged.connect(self._on_range_changed)
        self.view.sigResized.connect(self._thin_lane_names)  # taller or shorter lanes: name more or fewer
        # A resize keeps the range but changes how many pixels it spans: place labels again.
        self.view.sigResized.connect(lambda *_: self._label_timer.start())
        self.view.sigResized.connect(lambda *_: self._update_marker_lod())  # taller lanes: markers may be bigger

        fit = QToolButton(text=translate("TimelineWidget", "Fit all"))
        fit.setToolTip(translate("TimelineWidget", "Show every event (Ctrl+T)"))
        fit.clicked.connect(self.fit_all)
        self.zoom_button = QToolButton(text=translate("TimelineWidget", "Zoom to country"))
        self.zoom_button.setToolTip(translate("TimelineWidget", "Show the selected country's events (Ctrl+Shift+T)"))
        self.zoom_button.clicked.connect(lambda: self.zoom_to_country(self._selected_country))
        self.brush_button = QToolButton(text=translate("TimelineWidget", "Date filter"))
        self.brush_button.setCheckable(True)
        self.brush_button.setToolTip(translate("TimelineWidget", "Filter by a date range: drag the shaded band's edges, or Shift+drag on the timeline"))
        self.brush_button.toggled.connect(self._on_brush_button)
        legend = self.legend = QLabel(self._legend_html(self._theme))
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)  # two lines on a narrow screen rather than cut
        legend.setToolTip(translate(
            "TimelineWidget", "Marker shape and colour = category; filled = confirmed, ring = reported, dashed ring = "
            "claimed, crossed = disputed; bar = the window of days a vague date allows; background band = stance "
            "(its edge line is dashed differently per stance; the chips on the as-of line give its first letter)"))
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 0)
        bar.addWidget(fit)
        bar.addWidget(self.zoom_button)
        bar.addWidget(self.brush_button)
        bar.addSpacing(12)
        bar.addWidget(legend, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        self.lane_scroll = QScrollBar(Qt.Orientation.Vertical)
        self.lane_scroll.setObjectName("laneScroll")
        self.lane_scroll.setAccessibleName(QCoreApplication.translate("TimelineWidget", "Scroll the lanes"))
        self.lane_scroll.hide()
        self.lane_scroll.valueChanged.connect(self._on_lane_scrolled)
        lanes_row = QHBoxLayout()
        lanes_row.setContentsMargins(0, 0, 0, 0)
        lanes_row.setSpacing(0)
        lanes_row.addWidget(self.plot, 1)
        lanes_row.addWidget(self.lane_scroll)
        layout.addLayout(lanes_row, 1)
        # The keyboard: the plot is one Tab stop (arrows walk the events, Shift+arrows pan, +/- zoom,
        # Home fits, Enter opens the selected event); its buttons have shortcuts of their own.
        for button in (fit, self.zoom_button, self.brush_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lane_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.setAccessibleName(QCoreApplication.translate("TimelineWidget", "Timeline"))
        self.plot.setAccessibleDescription(QCoreApplication.translate(
            "TimelineWidget", "Left and Right: the previous or next event; Up and Down: the lane above or below; "
            "Shift with the arrows pans; plus and minus zoom; Home shows everything; Enter opens the selected "
            "event; F6 lists every event as a table"))
        self.focus_frame = FocusFrame(self.plot)
        self.plot.installEventFilter(self)
        self.loading_label = QLabel(translate("TimelineWidget", "Drawing the timeline…"), self.plot)
        self.loading_label.setStyleSheet("background: rgba(255,255,255,220); padding: 6px; border-radius: 4px;")
        self.loading_label.move(140, 12)
        self.loading_label.hide()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.plot and event.type() == event.Type.KeyPress and self.handle_key(event.key(), event.modifiers()):
            return True
        return super().eventFilter(watched, event)

    def handle_key(self, key: int, modifiers=Qt.KeyboardModifier.NoModifier) -> bool:
        """The timeline's keys; True when the key was one of them. Left/Right: the previous or
        next event in date order in the lanes shown; Up/Down: the nearest event in the lane
        above or below; Shift+arrows pan; +/- zoom; Home fits; Enter opens the selected event
        (with none selected, selects the one in the middle)."""
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False  # the window's shortcuts (Ctrl+Plus zooms everything)
        (x0, x1), (y0, y1) = self.view.viewRange()
        width = x1 - x0
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if key in arrows and modifiers & Qt.KeyboardModifier.ShiftModifier:
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                step = width * (0.1 if key == Qt.Key.Key_Right else -0.1)
                self.view.setXRange(x0 + step, x1 + step, padding=0)
            else:
                step = 1 if key == Qt.Key.Key_Down else -1
                self.view.setYRange(y0 + step, y1 + step, padding=0)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return self._walk(self._step_in_time(1 if key == Qt.Key.Key_Right else -1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return self._walk(self._step_lane(1 if key == Qt.Key.Key_Down else -1))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            factor = 0.7 if key != Qt.Key.Key_Minus else 1 / 0.7
            mid = (x0 + x1) / 2
            self.view.setXRange(mid - width * factor / 2, mid + width * factor / 2, padding=0)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._current_row() is None:
                return self._walk(self._middle_row())
            self.event_double_clicked.emit(int(self._selected_event))  # as a double-click: open it
        else:
            return False
        return True

    # -- walking between events from the keyboard ------------------------------------------------

    def _current_row(self) -> int | None:
        """The selected event's row: in the selected country's lane where it has one."""
        if self._selected_event is None:
            return None
        rows = self.arrays.rows_for_event(self._selected_event)
        if not len(rows):
            return None
        for row in rows:
            if self._selected_country is not None and self.lanes[int(self.arrays.lane[row])] == self._selected_country:
                return int(row)
        return int(rows[0])

    def _middle_row(self) -> int | None:
        (x0, x1), (y0, y1) = self.view.viewRange()
        rows = self.arrays.rows_in(x0, x1, y0, y1) if len(self.arrays) else []
        if not len(rows):
            rows = self._lane_rows(y0, y1)
        if not len(rows):
            return None
        return int(rows[np.argmin(np.abs(self.arrays.mid[rows] - (x0 + x1) / 2))])

    def _lane_rows(self, y0: float, y1: float) -> np.ndarray:
        """Every row in the lanes shown (all time), in date order."""
        a = self.arrays
        if not len(a):
            return np.zeros(0, dtype=int)
        rows = a.rows_in(-np.inf, np.inf, max(y0, -0.5), min(y1, len(self.lanes) - 0.5))
        return rows[np.lexsort((a.event_id[rows], a.mid[rows]))]

    def _step_in_time(self, delta: int) -> int | None:
        current = self._current_row()
        if current is None:
            return self._middle_row()
        (_, _), (y0, y1) = self.view.viewRange()
        lane = float(self.arrays.lane[current])
        rows = self._lane_rows(min(y0, lane), max(y1, lane))
        a = self.arrays
        rows = rows[(a.event_id[rows] != self._selected_event)
                    | (rows == current)]  # an event in two lanes is one step, not two
        where = np.flatnonzero(rows == current)
        if not len(where):
            return None
        i = int(where[0]) + delta
        return int(rows[i]) if 0 <= i < len(rows) else None

    def _step_lane(self, delta: int) -> int | None:
        current = self._current_row()
        if current is None:
            return self._middle_row()
        a = self.arrays
        lane, mid = int(a.lane[current]), float(a.mid[current])
        lane += delta
        while 0 <= lane < len(self.lanes):
            rows = a.rows_in_lane(lane)
            if len(rows):
                return int(rows[np.argmin(np.abs(a.mid[rows] - mid))])
            lane += delta
        return None

    def _walk(self, row: int | None) -> bool:
        """Select the event of ``row`` (through ``event_clicked``, as a click) and keep it in view."""
        if row is None:
            return True  # the first or last event: the key is still the timeline's
        a = self.arrays
        self._ensure_row_visible(row)
        self.event_clicked.emit(int(a.event_id[row]), self.lanes[int(a.lane[row])])
        return True

    def _ensure_row_visible(self, row: int) -> None:
        a = self.arrays
        (x0, x1), (y0, y1) = self.view.viewRange()
        mid, lane = float(a.mid[row]), float(a.lane[row])
        width, margin = x1 - x0, (x1 - x0) * 0.08
        if not x0 + margin <= mid <= x1 - margin:
            self.view.setXRange(mid - width / 2, mid + width / 2, padding=0)
        if not y0 + 0.4 <= lane <= y1 - 0.4:
            h = y1 - y0
            top = min(max(lane - h / 2, -0.6), max(len(self.lanes) - h + 0.4, -0.6))
            self.view.setYRange(top, top + h, padding=0)

    def event_text(self, event_id: int) -> str:
        """What a screen reader says of an event: title, date, countries, category, how sure."""
        event = self._event_of(event_id)
        if event is None:
            return self.title_of(event_id)
        names = dict(zip(self.lanes, self.lane_names))
        how = vocab.CONFIDENCE_LABELS[event.confidence]
        if event.attribution:
            how += ", " + QCoreApplication.translate("TimelineWidget", "according to {who}").format(who=event.attribution)
        countries = ", ".join(names.get(c, c) for c in event.countries)
        return f"{event.title}, {event.date_label}, {countries}, {event.category.capitalize()}, {how}"

    def _update_accessible_name(self) -> None:
        """The plot's name says the selected event; with the focus here, a screen reader hears it."""
        base = QCoreApplication.translate("TimelineWidget", "Timeline")
        text = self.event_text(self._selected_event) if self._selected_event is not None else ""
        name = QCoreApplication.translate("TimelineWidget", "Timeline, selected: {event}").format(event=text) if text else base
        if name == self.plot.accessibleName():
            return
        self.plot.setAccessibleName(name)
        name_changed(self.plot)
        if text and self.plot.hasFocus():
            announce(self.plot, text)

    @staticmethod
    def _legend_html(t: "theme.Theme | None" = None) -> str:
        """Shape and colour per category, fill per confidence (the marker shapes as characters);
        the legend wraps between entries only."""
        t = t or theme.THEMES["light"]
        cats = [legend_entry(f"<span style='color:{t.category_text[c]}'>{palette.CATEGORY_GLYPHS[c]}</span>",
                             category_label(c)) for c in vocab.CATEGORIES]
        newer = translate("TimelineWidget", "no newer source")
        sure = [legend_entry("●", translate("TimelineWidget", "confirmed")),
                legend_entry("○", translate("TimelineWidget", "reported")),
                legend_entry("◌", translate("TimelineWidget", "claimed")),
                legend_entry("⊗", translate("TimelineWidget", "disputed"))]
        dates = [legend_entry("▭", translate("TimelineWidget", "vague date")), legend_entry("▨", newer)]
        groups = [cats, sure, dates]
        for group in groups[:-1]:
            group[-1] += "&nbsp;&nbsp;│"  # a group's bar ends its line rather than starting the next
        return "&nbsp; ".join(entry for group in groups for entry in group)  # lines break only here

    def apply_theme(self, t: "theme.Theme") -> None:
        """Colours for light, dark or high contrast; redraws with the current data."""
        self._theme = t
        self.plot.setBackground(t.plot_background)
        self.plot.setStyleSheet(theme.plot_focus_style_sheet(t))
        self.selection.setPen(pg.mkPen(t.selection_ring, width=3 * t.line_scale))
        self.stance_chips.setPen(pg.mkPen(t.plot_background, width=1.5))
        self.markers.set_hover_pen(pg.mkPen(t.text, width=2))
        self.legend.setText(self._legend_html(t))
        self.loading_label.setStyleSheet(f"background: {t.base}; color: {t.text}; padding: 6px; border-radius: 4px;")
        self._set_spans()
        alignments, until = getattr(self, "_alignment_args", ([], None))
        self.set_alignments(alignments, until=until)
        self._place_chips()
        for name in ("bottom", "left"):
            ax = self.plot.getAxis(name)
            ax.setPen(pg.mkPen(t.plot_axis, width=t.line_scale))
            ax.setTextPen(pg.mkPen(t.plot_text))
        self.today_line.setPen(pg.mkPen(t.plot_text, width=1.5 * t.line_scale, style=Qt.PenStyle.DashLine))
        for item in self.labels:
            item.setColor(t.text)
            item.fill = pg.mkBrush(_qcolor(t.label_fill))
        self._restyle()

    def set_scale(self, factor: float) -> None:
        """Whole-interface zoom: markers, labels, axis text and lane names grow with the fonts."""
        self._scale = factor
        base = QApplication.font()
        self._label_font = QFont(base)
        self._label_font.setPointSizeF(max(base.pointSizeF() - 1, 7))
        self._metrics = QFontMetricsF(self._label_font)
        self._width_cache.clear()
        for item in self.labels:
            item.setFont(self._label_font)
        for name in ("bottom", "left"):
            self.plot.getAxis(name).setStyle(tickFont=QFont(base))
        axis_height = int(QFontMetricsF(base).height() * 1.3 + 12)
        self.axis.setHeight(axis_height)  # the years whole at every zoom
        self.plot.setMinimumHeight(int(axis_height + LANES_AT_LEAST * self.min_lane_px() + 4))
        self._fit_lane_axis()
        self.stance_chips.setSize(13 * factor)  # noqa: SIM
        self.stance_letters.setSize(13 * factor)
        self.selection.setSize(26 * factor)
        self._thin_lane_names()  # larger names need taller lanes
        self._restyle()

    def _fit_lane_axis(self) -> None:
        """Room for the longest lane name in the axis' font (a 16 pt system font, the app's zoom),
        but never more than a quarter of the timeline."""
        font = self.lane_axis.style.get("tickFont") or QApplication.font()
        fm = QFontMetricsF(font)
        longest = max((fm.horizontalAdvance(n) for n in self.lane_names), default=0.0)
        need = int(np.ceil(longest)) + 16
        cap = max(int(128 * self._scale), self.width() // 4)
        self.lane_axis.setWidth(max(int(128 * self._scale), min(need, cap)))

    def _restyle(self) -> None:
        n = len(self.lanes)
        if n:
            lo, hi = self._time_extent()
            margin = 50 * YEAR
            count = n // 2 + n % 2
            self.stripes.set_data(np.full(count, lo - margin), np.full(count, hi + margin),
                                  np.arange(0, n, 2, dtype=float), np.zeros(count, dtype=int), [self._theme.stripe])
        self._set_markers()
        self._label_timer.start()

    def _on_range_changed(self, *_) -> None:
        w = self._marker_window
        if len(self.arrays) > MARKER_BUDGET or (w is not None and w[5] != max(4.0, self._lane_px() * 0.8)):
            self._update_marker_lod()  # before the repaint this range change causes (or taller lanes)
        self._thin_lane_names()
        if self._labels_still_fit():
            self._settle_timer.start()
        else:
            # Place the labels now, before the repaint this range change causes: from a timer they
            # would cost a second repaint of the whole plot per zoom step.
            self._label_timer.stop()
            self._settle_timer.stop()
            self._update_labels()
        # Apply the new view transform now, so the labels (pyqtgraph TextItems) take theirs
        # before the paint; they would otherwise adjust during it and ask for another.
        self.view.updateMatrix()

    def _labels_still_fit(self) -> bool:
        """True when the labels placed last cannot overlap anything new in this view: the same
        lanes and pixels, and time only moved (a pan) or spread out (a wheel step inwards)."""
        placed = self._placed_view
        if placed is None or not self.labels:
            return False
        (x0, x1), (y0, y1) = self.view.viewRange()
        span, p_y0, p_y1, p_px = placed
        if (y0, y1) != (p_y0, p_y1) or self.view.width() != p_px:
            return False
        if abs((x1 - x0) - span) <= span * 1e-9:
            return True  # a pan
        return bool(self.view.in_wheel) and (x1 - x0) < span  # zooming in: gaps only grow

    def _lane_px(self) -> float:
        (_, _), (y0, y1) = self.view.viewRange()
        return max(self.view.height(), 1.0) / max(y1 - y0, 1e-9)

    def min_lane_px(self) -> float:
        line = self._metrics.height()
        return line + min(line * (MIN_LANE_LINES - 1), LANE_AIR_MAX)

    def lanes_fitting(self) -> int:
        """How many lanes the view holds at the minimum lane height (at least one)."""
        return max(1, min(len(self.lanes), int(max(self.view.height(), 1.0) // self.min_lane_px())))

    def _thin_lane_names(self) -> None:
        """Every lane keeps its name: as many lanes show as fit at ``MIN_LANE_LINES`` lines
        each (all of them when they fit), and the rest scroll (Shift+wheel, drag, the scroll bar)."""
        if len(self.lanes) and self.view.height() > 1:
            (_, _), (y0, y1) = self.view.viewRange()
            fits = self.lanes_fitting()
            if abs((y1 - y0) - (fits + 0.2)) > 1e-6:
                top = min(max(y0, -0.6), len(self.lanes) - fits - 0.4)
                self.view.setYRange(top, top + fits + 0.2, padding=0)
        self._update_scrollbar()

    def _update_scrollbar(self) -> None:
        (_, _), (y0, y1) = self.view.viewRange()
        hidden = len(self.lanes) - (y1 - y0) + 0.2
        bar = getattr(self, "lane_scroll", None)
        if bar is None:  # still being built
            return
        with QSignalBlocker(bar):
            bar.setRange(0, max(0, int(np.ceil(hidden - 1e-6))))
            bar.setPageStep(max(1, int(y1 - y0)))
            bar.setValue(int(round(y0 + 0.6)))
        bar.setVisible(hidden > 0.5)

    def _on_lane_scrolled(self, value: int) -> None:
        (_, _), (y0, y1) = self.view.viewRange()
        self.view.setYRange(value - 0.6, value - 0.6 + (y1 - y0), padding=0)

    def shown_lane_names(self) -> list[str]:
        """The lane names in view (each lane once, whole)."""
        (_, _), (y0, y1) = self.view.viewRange()
        return [name for i, name in enumerate(self.lane_names) if y0 <= i <= y1]

    def stop_timers(self) -> None:
        self._label_timer.stop()
        self._settle_timer.stop()

    # -- data --------------------------------------------------------------------------------

    @property
    def y(self) -> np.ndarray:
        """Each row's drawn height (its lane plus its track offset), made on asking."""
        return self._heights(slice(None))

    def _heights(self, rows) -> np.ndarray:
        """The drawn heights of ``rows`` (row numbers, a mask or a slice): lane plus track offset."""
        return np.add(self.arrays.lane[rows], self._offsets[rows], dtype=np.float64)  # as core.timeline's

    def set_data(
        self,
        lanes: list[tuple[str, str]],
        events: list[Event] | None,
        alignments: list[Alignment],
        *,
        arrays: TimelineArrays | None = None,
        offsets: np.ndarray | None = None,
        titles: Callable[[list[int]], dict[int, str]] | None = None,
        event_of: Callable[[int], Event] | None = None,
        spans: tuple | None = None,
        span_order: np.ndarray | None = None,
        focus: bool = False,
    ) -> None:
        """lanes: (country id, display name), top to bottom. Either a list of events, or (for big
        datasets) ready-made ``arrays`` with ``titles(ids)`` and ``event_of(id)`` to look up the
        few titles the labels and tooltips need; ``offsets``, each row's track offset, and
        ``spans``, the date spans in the order they are drawn in, if already worked out
        (``core.timeline.pack_tracks`` and ``sorted_spans``, on the worker that read the arrays),
        or ``span_order``, that order (``span_order``): the spans are gathered here in it, once
        the spans shown before are let go of (never both at once: 25 bytes a span).
        ``focus``: then show where most events are (``show_focus``), the markers thinned once for
        that view (at a million rows, thinning them for the view before too was 0.1-0.2 s more)."""
        self.loading_label.hide()
        same_lanes = [cid for cid, _ in lanes] == self.lanes and bool(self.lanes)
        self.lanes = [cid for cid, _ in lanes]
        self.lane_names = [name for _, name in lanes]
        if arrays is None:
            events = list(events or [])
            by_id = {e.id: e for e in events}
            self.arrays = build_arrays(events, self.lanes)
            self._titles = {e.id: _label_title(e) for e in events}
            self._fetch_titles = lambda ids: {i: _label_title(by_id[i]) for i in ids if i in by_id}
            self._event_of = by_id.get
        else:
            self.arrays = arrays
            self._titles = {}
            self._fetch_titles = titles or (lambda ids: {})
            self._event_of = event_of or (lambda _id: None)
        self._width_cache.clear()
        self.lane_axis.setTicks([[(i, name) for i, name in enumerate(self.lane_names)]])
        self._fit_lane_axis()
        if not (same_lanes and getattr(self, "_alignment_args", None) == (alignments, None)):
            self.set_alignments(alignments)
        a = self.arrays
        self.__dict__.pop("_lod_key_cache", None)  # it names the arrays before: let them go now
        if offsets is None or len(offsets) != len(a):
            offsets, spans, span_order = pack_tracks(a), None, None
        self._offsets = np.asarray(offsets)  # the feed's own array: no copy, no array of the heights
        self._set_spans(spans, span_order)
        if focus:
            self._marker_window = None
            self.__dict__.setdefault("_markers_given", {}).clear()
        else:
            self._set_markers()
        if not same_lanes:  # the chips are the lanes' stances on the "as of" day: as they were
            self._place_chips()
        self._set_extent()
        self._apply_selection()
        self._placed_view = None  # other events: the next range change places labels at once
        self._label_timer.start()
        if focus:
            self.show_focus()  # its range change thins the markers for the view it shows
            if self._marker_window is None:  # no range change, or no thinning on one
                self._update_marker_lod()

    def patch(self, arrays: TimelineArrays, offsets: np.ndarray, event_id: int) -> None:
        """One event's rows replaced (``core.timeline.patch_event``; ``offsets``: every row's
        track offset after it): draw what that changes and nothing else. Lanes, stance bands and
        chips stay; the date spans are set again only when a vague date or a track moved, the
        marker items only where their points changed. The same drawing as ``set_data`` of the
        patched arrays."""
        old, old_offsets = self.arrays, self._offsets
        in_place = len(arrays) == len(old) and np.array_equal(arrays.event_id, old.event_id)
        self.arrays = arrays
        self.__dict__.pop("_lod_key_cache", None)  # made for the arrays before
        self._offsets = np.asarray(offsets)
        self._titles.pop(event_id, None)
        if in_place:
            for row in arrays.rows_for_event(event_id).tolist():
                self._width_cache.pop(row, None)
            # a row's height moved when its lane or its track did (a lane is whole, a track under one)
            moved = ((arrays.start != old.start) | (arrays.end != old.end) | (arrays.lane != old.lane)
                     | (np.asarray(offsets) != old_offsets)
                     | (arrays.category != old.category))
            spans = bool((moved & (arrays.fuzzy | old.fuzzy)).any())
        else:
            self._width_cache.clear()
            spans = True
        if spans:
            self._set_spans()
        if self._time_extent() != self._time_extent(old):
            self._set_extent()
        self._marker_window = None
        self._update_marker_lod(keep_unchanged=in_place)
        self._apply_selection()
        self._placed_view = None  # the next range change places labels at once
        self._label_timer.start()

    def _set_extent(self) -> None:
        """The lane stripes and the view's limits, from the lanes and the data's time extent."""
        n = len(self.lanes)
        lo, hi = self._time_extent()
        margin = 50 * YEAR
        self.stripes.set_data(
            np.full(n // 2 + n % 2, lo - margin), np.full(n // 2 + n % 2, hi + margin),
            np.arange(0, n, 2, dtype=float), np.zeros(n // 2 + n % 2, dtype=int), [self._theme.stripe],
        )
        # Zoomed out the view holds the data's extent plus a margin, never years of empty
        # future; panning may go half a view further, so the first and last events can be centred.
        pad = self._time_pad(lo, hi)
        widest = (hi - lo) + 2 * pad
        self.view.setLimits(
            xMin=lo - pad - widest / 2, xMax=hi + pad + widest / 2, yMin=-1.0, yMax=max(n, 1) + 0.0,
            minXRange=3 * DAY, maxXRange=widest, minYRange=1.2,
        )

    def set_loading(self, loading: bool) -> None:
        """Say the timeline is being read again (the old drawing stays until then)."""
        self.loading_label.setText(translate("TimelineWidget", "Drawing the timeline…") if not len(self.arrays) else translate("TimelineWidget", "Updating the timeline…"))
        self.loading_label.adjustSize()
        self.loading_label.setVisible(loading)
        if loading:
            self.loading_label.raise_()

    def show_loading(self) -> None:
        """An empty timeline that says it is coming (big datasets draw it after the first paint)."""
        self.set_data([], [], [])
        self.loading_label.show()

    def title_of(self, event_id: int) -> str:
        if event_id not in self._titles:
            self._titles.update(self._fetch_titles([event_id]))
        return self._titles.get(event_id, "")

    def event_of(self, event_id: int) -> Event | None:
        return self._event_of(event_id)

    def _set_spans(self, prepared: tuple | None = None, order: np.ndarray | None = None) -> None:
        """The windows of vague dates: a light fill, outlined in the category's colour (3:1).
        ``prepared``: ``core.timeline.sorted_spans`` of the arrays shown, made on a worker;
        ``order``: the order it gathers them in (``core.timeline.span_order``)."""
        a, t = self.arrays, self._theme
        edges = [t.category[c] for c in vocab.CATEGORIES]
        fills = [_alpha(c, t.span_alpha) for c in edges]
        if prepared is None and order is not None and len(order) == int(np.count_nonzero(a.fuzzy)):
            self.spans.clear()
            prepared = sorted_spans(a, self._offsets, order)
        if prepared is not None:
            self.spans.set_data(*prepared, fills, edges, presorted=True)
            return
        fuzzy = a.fuzzy
        self.spans.set_data(a.start[fuzzy], a.end[fuzzy], self._heights(fuzzy), a.category[fuzzy], fills, edges)

    def set_alignments(self, alignments: list[Alignment], *, until: str | None = None) -> None:
        self._alignment_args = (alignments, until)
        bands: Bands = build_bands(alignments, self.lanes, ongoing_until=until or date.today().isoformat())
        t = self._theme
        edges = [t.stance[s] for s in vocab.STANCES]
        dashes = [palette.STANCE_DASHES[s] for s in vocab.STANCES]
        groups = np.array([vocab.STANCES.index(s) if s in vocab.STANCES else 0 for s in bands.stance], dtype=int)
        past = bands.unsourced
        solid_end = np.where(past, bands.reported_end, bands.end) if len(bands.end) else bands.end
        self.bands.set_data(bands.start, solid_end, bands.lane, groups, [_alpha(c, t.band_alpha) for c in edges],
                            edges, dashes)
        self.unsourced.set_data(bands.reported_end[past], bands.end[past], bands.lane[past], groups[past],
                                [_alpha(c, t.band_alpha / 2) for c in edges])
        #: The newest day any stance is reported for; after it the bands say "no newer source".
        self.source_horizon = float(bands.reported_end[past].max()) if past.any() else None
        if self.source_horizon is not None:
            self.source_line.setPos(self.source_horizon)
        self.source_line.setVisible(self.source_horizon is not None)

    def _set_markers(self) -> None:
        """Markers must be redrawn from scratch (new data, theme or zoom factor)."""
        self._marker_window = None
        self._update_marker_lod()

    def _lod_keys(self, crowded: bool) -> np.ndarray:
        """Each row's marker row for thinning: its lane (overview) or, when lanes are tall
        enough to show tracks, lane * 5 + its track (-2..2) + 2, made once per dataset, in the
        narrowest integer type that holds it (two bytes a row for 6,553 lanes, not eight)."""
        if crowded:
            return self.arrays.lane
        cache = self.__dict__.setdefault("_lod_key_cache", {})
        if cache.get("arrays") is not self.arrays:
            cache.clear()
            cache["arrays"] = self.arrays
        if crowded not in cache:
            lane = self.arrays.lane
            top = int(lane.max()) * 5 + 4 if len(lane) else 0
            key = np.empty(len(lane), dtype=np.int16 if top < 2**15 else np.int32 if top < 2**31 else np.int64)
            for i in range(0, len(lane), THIN_BLOCK):  # a block at a time: no full-size temporaries
                part = slice(i, i + THIN_BLOCK)
                track = np.clip(np.rint(self._offsets[part] / TRACK_STEP), -2, 2).astype(np.int64)
                key[part] = lane[part].astype(np.int64) * 5 + track + 2
            cache[crowded] = key
        return cache[crowded]

    def _update_marker_lod(self, *, keep_unchanged: bool = False) -> None:
        """Give the scatter items the markers around the view; where more than MARKER_BUDGET
        would be drawn, keep the most important one per lane row and few pixels (level of
        detail). Recomputed only when the view leaves the prepared part or the zoom changes by
        more than a third, so most pan and zoom steps only repaint. ``keep_unchanged`` (an edit
        patched in place: the same rows, the same looks): markers that are what they show are
        not given again."""
        a = self.arrays
        given = self.__dict__.setdefault("_markers_given", {})
        if not keep_unchanged:
            given.clear()
        if not len(a):
            self.markers.items[0].set_markers(*(np.zeros(0),) * 5, [])
            self._marker_window = None
            return
        (vx0, vx1), (vy0, vy1) = self.view.viewRange()
        per_px = (vx1 - vx0) / max(self.view.width(), 1.0)
        w = self._marker_window
        cap = max(4.0, self._lane_px() * 0.8)  # a marker is never taller than its lane
        if (w is not None and w[0] <= vx0 and vx1 <= w[1] and w[2] / ZOOM_SLACK <= per_px <= w[2] * ZOOM_SLACK
                and w[3] <= vy0 and vy1 <= w[4] and w[5] == cap):
            return
        span, height = vx1 - vx0, vy1 - vy0
        lo, hi, y_lo, y_hi = vx0 - span, vx1 + span, vy0 - height, vy1 + height
        mid = a.mid
        if len(a) > MARKER_BUDGET:
            rows = a.rows_in(lo, hi, y_lo, y_hi)
        else:
            rows = np.arange(len(a))
        thin = len(rows) > MARKER_BUDGET
        if self._lane_jump and len(a) > MARKER_BUDGET:
            # A jump to another lane: only the lanes in view (and one either side) get markers.
            # Thinning keeps the best row of each lane row and column, whatever other lanes are
            # prepared, so the markers in view are the same; whether to thin is still decided
            # on the whole window, as a pan to here would. The window's rows come lane by lane,
            # so those lanes are one slice of them (rows_in's answer, not a second search).
            y_lo, y_hi = vy0 - 1.0, vy1 + 1.0
            if height >= 1.0:  # these lanes are inside the window's
                lanes = a.lane[rows]
                first, last = max(int(np.ceil(y_lo)), 0), int(np.floor(y_hi))
                rows = rows[np.searchsorted(lanes, first, side="left"):np.searchsorted(lanes, last, side="right")]
            else:
                rows = a.rows_in(lo, hi, y_lo, y_hi)
        if thin:
            # one marker per lane row and few-pixel column: the most important, then the earliest;
            # where lanes are only a few pixels high, per lane and a marker's width
            (_, _), (vy0, vy1) = self.view.viewRange()
            crowded = self.view.height() / max(vy1 - vy0, 1e-9) < 10
            inverse = 1.0 / ((8 if crowded else 5) * per_px)
            columns = int((hi - lo) * inverse) + 2
            per_lane = 1 if crowded else 5
            lane_lo, lane_hi = max(int(np.ceil(y_lo)), 0), int(np.floor(y_hi))
            # Each row's cell, in a type that holds every cell number (rows_in keeps each row
            # inside), worked out in int64 (the keys are narrow: their products would overflow).
            cells = (lane_hi - lane_lo + 1) * per_lane * columns
            keys = self._lod_keys(crowded)
            cell = np.empty(len(rows), dtype=np.int32 if cells < 2**31 else np.int64)
            for i in range(0, len(rows), THIN_BLOCK):  # a block at a time: no full-size temporaries
                part = rows[i:i + THIN_BLOCK]
                cell[i:i + THIN_BLOCK] = ((keys[part].astype(np.int64) - lane_lo * per_lane) * columns
                                          + ((mid[part] - lo) * inverse).astype(np.int64))
            rank = a.rank[rows]
            best = np.full(cells, np.iinfo(rank.dtype).max, dtype=rank.dtype)
            np.minimum.at(best, cell, rank)  # the best-ranked row per cell, without sorting
            rows = rows[rank == best[cell]]
        self.shown_markers = len(rows)
        sizes = SIZE_BY_IMPORTANCE[np.clip(a.importance[rows], 0, 3)] * self._scale
        sizes = np.where((a.end[rows] - a.start[rows]) > YEAR, sizes * 0.75, sizes)
        sizes = np.minimum(sizes, cap)
        n_conf = len(vocab.CONFIDENCES)
        look = a.category[rows].astype(np.int64) * n_conf + np.clip(a.confidence[rows].astype(np.int64), 0, n_conf - 1)
        points = (mid[rows], self._heights(rows), sizes, rows, look)
        if given.get("points") is not None and all(np.array_equal(p, q) for p, q in zip(points, given["points"])):
            self._marker_window = (lo, hi, per_px, y_lo, y_hi, cap)
            return  # an edit out of view: the markers are what they show
        given["points"] = points
        self.markers.items[0].set_markers(*points, self._marker_looks())
        self._marker_window = (lo, hi, per_px, y_lo, y_hi, cap)

    def _marker_looks(self) -> list[tuple]:
        """(symbol, pen, brush) of each category x confidence, made once per theme and scale: the
        symbol atlas knows pens and brushes by identity, so new ones would redraw every picture."""
        w_line = self._theme.line_scale * self._scale
        key = (self._theme, w_line)
        if self._looks_key is None or self._looks_key[0] is not self._theme or self._looks_key[1] != w_line:
            self._looks = [marker_look(category, confidence, self._theme, w_line)
                           for category in vocab.CATEGORIES for confidence in vocab.CONFIDENCES]
            self._looks_key = key
        return self._looks

    @staticmethod
    def _time_pad(lo: float, hi: float) -> float:
        """The margin around the data's extent: never years of empty past or future."""
        return max((hi - lo) * 0.04, 60 * DAY)

    def _time_extent(self, arrays: TimelineArrays | None = None) -> tuple[float, float]:
        a = self.arrays if arrays is None else arrays
        if len(a):
            return float(a.start.min()), float(a.end.max())
        today = day_seconds(date.today())
        return today - 5 * YEAR, today

    # -- selection and view ------------------------------------------------------------------

    def select_country(self, country_id: str | None) -> None:
        self._selected_country = country_id
        self._apply_selection()
        lane = self.lane_of(country_id) if country_id else -1
        if lane >= 0:  # many lanes: bring the chosen one into view
            (_, _), (y0, y1) = self.view.viewRange()
            if not y0 + 0.4 <= lane <= y1 - 0.4:
                h = y1 - y0
                self._lane_jump = True
                try:
                    self.view.setYRange(lane - h / 2, lane + h / 2, padding=0)
                finally:
                    self._lane_jump = False

    def select_event(self, event_id: int | None, *, center: bool = True) -> None:
        changed = event_id != self._selected_event
        self._selected_event = event_id
        self._apply_selection()
        if changed:
            self._label_timer.start()  # labels keep clear of the selection ring
            self._update_accessible_name()
        if center and event_id is not None:
            self.center_on_event(event_id)

    @property
    def selected_event(self) -> int | None:
        return self._selected_event

    def _apply_selection(self) -> None:
        if self._selected_country in self.lanes:
            lane = self.lanes.index(self._selected_country)
            self.lane_highlight.setRegion((lane - 0.5, lane + 0.5))
            self.lane_highlight.show()
        else:
            self.lane_highlight.hide()
        rows = self.arrays.rows_for_event(self._selected_event) if self._selected_event is not None else []
        if len(rows):
            self.selection.setData(x=self.arrays.mid[rows], y=self._heights(rows))
        elif len(self.selection.data):  # (no ring to take away: a switch without an event selected)
            self.selection.setData([], [])

    def lane_of(self, country_id: str) -> int:
        return self.lanes.index(country_id) if country_id in self.lanes else -1

    def center_on_event(self, event_id: int) -> None:
        rows = self.arrays.rows_for_event(event_id)
        if not len(rows):
            return
        (x0, x1), (y0, y1) = self.view.viewRange()
        width = x1 - x0
        start, end = float(self.arrays.start[rows].min()), float(self.arrays.end[rows].max())
        if end - start > width * 0.8:  # a long window: show it whole
            width = (end - start) * 1.4
        mid = (start + end) / 2
        self.view.setXRange(mid - width / 2, mid + width / 2, padding=0)
        lane = float(self.arrays.lane[rows[0]])
        if not y0 <= lane <= y1:
            h = y1 - y0
            self.view.setYRange(lane - h / 2, lane + h / 2, padding=0)

    def show_focus(self) -> None:
        """The default view: where most events are, not stretched by decades-long windows."""
        if not len(self.arrays):
            self.fit_all()
            return
        lo, hi = focus_range(self.arrays)
        pad = max((hi - lo) * 0.08, 60 * DAY)
        self._show_first_lanes((lo - pad, hi + pad))

    def fit_all(self) -> None:
        lo, hi = self._time_extent()
        pad = self._time_pad(lo, hi)
        self._show_first_lanes((lo - pad, hi + pad))

    def _show_first_lanes(self, x_range: tuple[float, float] | None = None) -> None:
        """All lanes, or as many as fit at the minimum lane height (LANES_SHOWN at most);
        Shift+wheel, drag or the scroll bar shows the others. With ``x_range``, that time too, in
        one range change (one thinning of the markers: two at a million rows were 0.1 s more)."""
        n = max(min(len(self.lanes), self.lanes_fitting()), 1)
        if x_range is None:
            self.view.setYRange(-0.6, n - 0.4, padding=0)
        else:
            self.view.setRange(xRange=x_range, yRange=(-0.6, n - 0.4), padding=0)
        self._update_scrollbar()

    def zoom_to_country(self, country_id: str | None) -> None:
        lane = self.lane_of(country_id) if country_id else -1
        if lane < 0:
            return
        rows = self.arrays.rows_in_lane(lane)
        if not len(rows):
            return
        lo, hi = float(self.arrays.start[rows].min()), float(self.arrays.end[rows].max())
        pad = max((hi - lo) * 0.08, 45 * DAY)
        self.view.setXRange(lo - pad, hi + pad, padding=0)

    def visible_time(self) -> tuple[float, float]:
        return tuple(self.view.viewRange()[0])  # type: ignore[return-value]

    # -- labels, tooltips, clicks ------------------------------------------------------------

    def _label_width(self, row: int) -> float:
        width = self._width_cache.get(row)
        if width is None:
            width = self._metrics.horizontalAdvance(self.title_of(int(self.arrays.event_id[row]))) + LABEL_PAD
            self._width_cache[row] = width
        return width

    def _prefetch_titles(self, order: np.ndarray) -> None:
        """One query for the titles the label picker may measure (``order``: its candidates)."""
        titles = self._titles
        missing = [i for i in self.arrays.event_id[order].astype(np.int64).tolist() if i not in titles]
        if missing:
            self._titles.update(self._fetch_titles(missing))

    def _update_labels(self) -> None:
        """Label the most important events in view, whole where their lane has room, elided
        (whole title in the tooltip) where it has only some, never over another label or a
        marker (``core.labels.place_labels``)."""
        a = self.arrays
        (x0, x1), (y0, y1) = self.view.viewRange()
        pixels = max(self.view.width(), 1.0)
        visible = a.rows_in(x0, x1, y0 - 0.5, y1 + 0.5) if len(a) else np.zeros(0, dtype=int)
        lane_px = self._lane_px()
        scale = pixels / max(x1 - x0, 1.0)
        readable = lane_px >= self._metrics.height() * 1.15  # labels of adjacent lanes must not touch
        chosen = []
        if readable and len(visible):
            order = a.by_priority(visible, LABEL_TRIES)  # most important first; 60 labels come from these
            self._prefetch_titles(order)
            blocking = visible if len(visible) <= LABEL_MARKERS_MAX else order
            radius = float(SIZE_BY_IMPORTANCE.max()) * self._scale / 2 + 1
            markers = []
            if self._selected_event is not None:  # the selection ring is wider than a marker
                ring = 13 * self._scale + 2 - radius
                for r in self.arrays.rows_for_event(self._selected_event):
                    markers += [(int(a.lane[r]), float(a.mid[r]) * scale + d) for d in (-ring, ring)]
            # the candidates as Python numbers in one go (indexing numpy a row at a time is slow)
            candidates = zip(order.tolist(), a.lane[order].astype(np.int64).tolist(), (a.mid[order] * scale).tolist())
            chosen = place_labels(
                candidates, self._label_width,
                markers=markers, stretches=merge_stretches(a.lane[blocking], a.mid[blocking] * scale, radius),
                marker_radius=radius, left_limit=x0 * scale, right_limit=x1 * scale,
                min_width=min(self._metrics.averageCharWidth() * 8 + LABEL_PAD, pixels / 3), max_labels=60,
            )
        while len(self.labels) < len(chosen):
            item = pg.TextItem(color=self._theme.text, anchor=(0, 0.5), fill=pg.mkBrush(_qcolor(self._theme.label_fill)))
            item.setFont(self._label_font)
            item.textItem.document().setDocumentMargin(LABEL_MARGIN)
            item.setZValue(15)
            # A label's place never sets the view's range (the timeline sets it itself): no
            # pyqtgraph bookkeeping of its bounds at each move and at each scale of the view
            # (an itemChange in Python per label and step, ~0.3 ms of a country switch).
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)
            self.view.addItem(item, ignoreBounds=True)
            self.labels.append(item)
        half = (self._metrics.height() / 2 + LABEL_MARGIN + 1) / max(lane_px, 1e-9)  # 1 px: rounding at 2x
        rows = [placed.row for placed in chosen]
        ids, lanes, ys = a.event_id[rows].astype(np.int64).tolist(), a.lane[rows].astype(float).tolist(), self._heights(rows).tolist()
        for item, placed, event_id, lane, y in zip(self.labels, chosen, ids, lanes, ys):
            title = self.title_of(event_id)
            text = title if placed.whole else self._metrics.elidedText(
                title, Qt.TextElideMode.ElideRight, placed.width - LABEL_PAD)
            item.setText(text)  # TextItem lays its text out again only when it changed
            if item.toolTip() != title:
                item.setToolTip(title)
            y = min(max(y - 0.2, lane - 0.5 + half), lane + 0.5 - half)  # inside its lane
            item.setPos(placed.left / scale, y)
            item.show()
        for item in self.labels[len(chosen):self._labels_shown]:  # the others are hidden already
            item.hide()
        self._labels_shown = len(chosen)
        self.placed_labels = chosen
        self._placed_view = (x1 - x0, y0, y1, self.view.width())

    def shown_labels(self) -> list[str]:
        return [item.toPlainText() for item in self.labels if item.isVisible()]

    def label_rects(self) -> list[QRectF]:
        """Where the shown labels are, in the plot's scene (for tests: none overlap), as they are
        painted (a label takes the view's current scale when it is painted)."""
        shown = [item for item in self.labels if item.isVisible()]
        for item in shown:
            item.updateTransform()
        return [item.mapRectToScene(item.boundingRect()) for item in shown]

    # -- the "as of" cursor ------------------------------------------------------------------

    def set_cursor(self, iso: str, stances: dict[str, str | None] | None = None) -> None:
        """Move the dashed "as of" line; chips on it show each lane's stance on that day."""
        x = day_seconds(iso) + DAY / 2
        self.today_line.setPos(x)
        self._cursor_stances = dict(stances or {})
        self._place_chips()

    def _place_chips(self) -> None:
        stances = getattr(self, "_cursor_stances", {})
        rows = [(i, stances[c]) for i, c in enumerate(self.lanes) if stances.get(c)]
        if not rows:
            self.stance_chips.setData([], [])
            self.stance_letters.setData([], [])
            return
        x = self.today_line.value()
        fills = [self._theme.stance.get(stance, self._theme.no_stance) for _, stance in rows]
        self.stance_letters.setData(
            x=[x] * len(rows), y=[float(i) for i, _ in rows],
            symbol=[_letter(palette.STANCE_LETTERS.get(stance, "?")) for _, stance in rows],
            brush=[pg.mkBrush(palette.text_on(fill)) for fill in fills],
        )
        self.stance_chips.setData(
            x=[x] * len(rows), y=[float(i) for i, _ in rows],
            brush=[pg.mkBrush(self._theme.stance[stance] if stance in self._theme.stance else self._theme.no_stance)
               for _, stance in rows],
            data=[stance for _, stance in rows],
        )

    def cursor_stances(self) -> dict[str, str]:
        """What the chips show: lane country -> stance."""
        return {self.lanes[int(p.pos().y())]: p.data() for p in self.stance_chips.points()}

    # -- the date brush ----------------------------------------------------------------------

    def brush_range(self) -> tuple[str, str] | None:
        if not self.brush.isVisible():
            return None
        lo, hi = self.brush.getRegion()
        return seconds_to_iso(lo), seconds_to_iso(max(hi - DAY, lo))

    def set_brush(self, start: str | None, end: str | None) -> None:
        """Show a date range (from the date facet) without reporting it back."""
        blocker = QSignalBlocker(self)
        try:
            if start is None and end is None:
                self.brush.hide()
                self.brush_button.setChecked(False)
                return
            x0, x1 = self.view.viewRange()[0]
            lo = day_seconds(start) if start else min(x0, day_seconds(end) - 365 * DAY)
            hi = day_seconds(end) + DAY if end else max(x1, lo + 365 * DAY)
            self.brush.blockSignals(True)
            self.brush.setRegion((lo, hi))
            self.brush.blockSignals(False)
            self.brush.show()
            self.brush_button.setChecked(True)
        finally:
            del blocker

    def _on_brush_button(self, checked: bool) -> None:
        if checked and not self.brush.isVisible():
            x0, x1 = self.view.viewRange()[0]
            third = (x1 - x0) / 3
            self.brush.blockSignals(True)
            self.brush.setRegion((x0 + third, x1 - third))
            self.brush.blockSignals(False)
            self.brush.show()
            self.brush_changed.emit(self.brush_range())
        elif not checked and self.brush.isVisible():
            self.brush.hide()
            self.brush_changed.emit(None)

    def _on_brush_dragged(self, lo: float, hi: float, finished: bool) -> None:
        self.brush.blockSignals(True)
        self.brush.setRegion((lo, max(hi, lo + DAY)))
        self.brush.blockSignals(False)
        self.brush.show()
        if finished:
            with QSignalBlocker(self.brush_button):
                self.brush_button.setChecked(True)
            self.brush_changed.emit(self.brush_range())

    def _on_brush_moved(self, *_):
        if self.brush.isVisible():
            self.brush_changed.emit(self.brush_range())

    def _tip(self, x: float, y: float, data) -> str:
        try:
            row = int(data)
            event = self._event_of(int(self.arrays.event_id[row]))
        except (TypeError, ValueError, KeyError, IndexError, LookupError):
            return ""
        if event is None:
            return ""
        how = confidence_label(event.confidence)
        if event.attribution:
            how += translate("TimelineWidget", ", according to {attribution}").format(attribution=event.attribution)
        return f"{event.title}\n{event.date_label} · {event.category} · {how}"

    def _on_markers_clicked(self, item, points, ev) -> None:
        if not len(points):
            return
        row = int(points[0].data())
        ev.accept()
        event_id = int(self.arrays.event_id[row])
        self.event_clicked.emit(event_id, self.lanes[int(self.arrays.lane[row])])
        if ev.double():
            self.event_double_clicked.emit(event_id)

    def _on_scene_clicked(self, ev) -> None:
        if ev.isAccepted() or ev.button() != Qt.MouseButton.LeftButton:
            return
        pos = self.view.mapSceneToView(ev.scenePos())
        if len(self.markers.pointsAt(pos)):
            return
        lane = int(round(pos.y()))
        if 0 <= lane < len(self.lanes) and self.view.sceneBoundingRect().contains(ev.scenePos()):
            self.lane_clicked.emit(self.lanes[lane])

    def marker_scene_pos(self, event_id: int, country_id: str | None = None) -> QPointF:
        """Where an event's marker is, in scene coordinates (for tests and tours)."""
        rows = self.arrays.rows_for_event(event_id)
        if country_id is not None:
            rows = [r for r in rows if self.lanes[int(self.arrays.lane[r])] == country_id]
        row = rows[0]
        return self.view.mapViewToScene(QPointF(float(self.arrays.mid[row]), float(self._heights(row))))


def _qcolor(hex_argb_or_rgb: str) -> QColor:
    """'#RRGGBBAA' (CSS order) or '#RRGGBB' -> QColor."""
    text = hex_argb_or_rgb.lstrip("#")
    if len(text) == 8:
        return QColor(int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16), int(text[6:8], 16))
    return QColor("#" + text)


def _alpha(color: str, alpha: float) -> str:
    c = QColor(color)
    c.setAlphaF(alpha)
    return c.name(QColor.NameFormat.HexArgb)


def _label_title(event: Event) -> str:
    """An undated event's marker sits at its source's date for want of a date: its label says so."""
    return translate("Timeline", "{title} (undated)").format(title=event.title) if is_undated(event.date_label) else event.title




def seconds_to_iso(seconds: float) -> str:
    """Unix seconds -> the ISO day they fall in (works before 1970)."""
    return (date(1970, 1, 1) + timedelta(days=int(seconds // DAY))).isoformat()

"""The world map: countries coloured by stance, or by how often they vote with Russia at the UN.

One ``QGraphicsPathItem`` per country (177 of them) in a ``QGraphicsView``: zoom with the wheel,
pan by dragging, click to select. Outlines come from the vendored Natural Earth TopoJSON, decoded
in ``core.topojson`` and drawn in the Robinson projection, which keeps Russia and Eurasia close to
their true shapes where an equirectangular map would stretch them.

The map never selects on its own: a click emits ``country_clicked`` and the window answers with
``set_selected``, which outlines the country without emitting anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...core import isocodes, palette, topojson, vocab
from .. import theme
from ..core_words import stance_label
from ..dates import format_day
from ..i18n import translate
from .flow_layout import FlowLayout
from .play_control import SliderPlayer

MODES = ("stance", "agreement")

#: The UN agreement ramp (ColorBrewer RdBu), the no-votes grey: core/palette.py, whose contrast
#: table checks them against every theme's ocean (their outline carries the contrast where the
#: fill is too pale).
AGREEMENT_STOPS = palette.AGREEMENT_STOPS
NO_VOTES_COLOR = palette.NO_VOTES
#: Every country's outline, in pixels (the theme's ``map_border``, 3:1 against the ocean): wide enough
#: that, antialiased, the line still shows its colour rather than a blend with the sea.
BORDER_WIDTH = 1.3

#: "Fit to Eurasia" shows these countries whole: Portugal to Chukotka, Norway's North Cape to India.
EURASIA = ("PRT", "IRL", "NOR", "RUS", "JPN", "IND", "SYR", "TUR")
WORLD = (-180.0, -57.0, 191.0, 84.0)  # (west, south, east, north) in degrees, without Antarctica
#: Soviet republics without a UN seat of their own before 1992 (Belarus and Ukraine had one).
SOVIET_REPUBLICS = frozenset({"ARM", "AZE", "EST", "GEO", "KAZ", "KGZ", "LTU", "LVA", "MDA", "TJK", "TKM", "UZB"})
HIDDEN = {"ATA"}  # Antarctica: a third of the map's height, and nobody's ally
#: The map file (Natural Earth, de facto borders) draws Crimea inside Russia's outline. The UN
#: General Assembly does not recognise its annexation (resolution 68/262, 2014), nor does the
#: dataset (Turkey's entries): it is drawn as Ukrainian territory under Russian occupation.
CRIMEA_BOX = (32.0, 44.0, 37.0, 46.5)  # (west, south, east, north) in degrees
#: Ukraine, invaded by Russia: a colour of its own, not the grey of countries with no stance.
UKRAINE_COLOR = palette.UKRAINE
OCCUPIED_HATCH = palette.OCCUPIED_HATCH  # Russia's colour, in the hatch over Crimea
MIN_ZOOM, MAX_ZOOM = 0.7, 40.0  # relative to the whole world fitting the view

# Robinson's table (every 5° of latitude): length of the parallel, and its distance from the equator.
_ROBINSON_LAT = np.arange(0, 91, 5, dtype=float)
_ROBINSON_X = np.array([1.0000, 0.9986, 0.9954, 0.9900, 0.9822, 0.9730, 0.9600, 0.9427, 0.9216, 0.8962,
                        0.8679, 0.8350, 0.7986, 0.7597, 0.7186, 0.6732, 0.6213, 0.5722, 0.5322])
_ROBINSON_Y = np.array([0.0000, 0.0620, 0.1240, 0.1860, 0.2480, 0.3100, 0.3720, 0.4340, 0.4958, 0.5571,
                        0.6176, 0.6769, 0.7346, 0.7903, 0.8435, 0.8936, 0.9394, 0.9761, 1.0000])
_R = 180 / np.pi  # scene units: the equator is about as long as in degrees


def robinson(lon: np.ndarray | float, lat: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
    """Robinson projection in scene units, y pointing down (north is up on screen)."""
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    a = np.abs(lat)
    x = 0.8487 * _R * np.interp(a, _ROBINSON_LAT, _ROBINSON_X) * np.radians(lon)
    y = 1.3523 * _R * np.interp(a, _ROBINSON_LAT, _ROBINSON_Y) * np.sign(lat)
    return x, -y


def _projected_rect(box: tuple[float, float, float, float]) -> QRectF:
    west, south, east, north = box
    lons, lats = np.meshgrid(np.linspace(west, east, 9), np.linspace(south, north, 9))
    x, y = robinson(lons.ravel(), lats.ravel())
    return QRectF(QPointF(x.min(), y.min()), QPointF(x.max(), y.max()))


def agreement_color(share: float) -> QColor:
    """The colour for a share of votes agreeing with Russia (0..1), interpolated in RdBu."""
    position = min(1.0, max(0.0, share)) * (len(AGREEMENT_STOPS) - 1)
    i = min(int(position), len(AGREEMENT_STOPS) - 2)
    a, b = QColor(AGREEMENT_STOPS[i]), QColor(AGREEMENT_STOPS[i + 1])
    t = position - i
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


@lru_cache(maxsize=1)
def _shape_names() -> dict[str, str]:
    return {iso3: name for iso3, name, _ in world_shapes()}


@lru_cache(maxsize=1)
def world_shapes() -> tuple[tuple[str, str, tuple[np.ndarray, ...]], ...]:
    """(alpha-3, name, projected rings) for every country drawn: decoded once per process."""
    out = []
    for shape in topojson.load(paths.resources_dir() / "geo" / "countries-110m.json"):
        code = isocodes.map_area_code(shape.id, shape.name)
        if code is None or code in HIDDEN:
            continue
        rings = []
        for polygon in shape.polygons:
            if code == "RUS" and _in_crimea(polygon[0]):
                continue  # drawn apart: crimea_rings()
            for ring in polygon:
                x, y = robinson(_unwrap(ring[:, 0]), ring[:, 1])
                rings.append(np.column_stack([x, y]))
        out.append((code, shape.name, tuple(rings)))
    return tuple(out)


def _in_crimea(ring: np.ndarray) -> bool:
    west, south, east, north = CRIMEA_BOX
    return bool(ring[:, 0].min() >= west and ring[:, 0].max() <= east
                and ring[:, 1].min() >= south and ring[:, 1].max() <= north)


@lru_cache(maxsize=1)
def crimea_rings() -> tuple[np.ndarray, ...]:
    """Crimea's projected outline, taken out of Russia's shape in the map file."""
    rings = []
    for shape in topojson.load(paths.resources_dir() / "geo" / "countries-110m.json"):
        if isocodes.map_area_code(shape.id, shape.name) != "RUS":
            continue
        for polygon in shape.polygons:
            if _in_crimea(polygon[0]):
                for ring in polygon:
                    x, y = robinson(ring[:, 0], ring[:, 1])
                    rings.append(np.column_stack([x, y]))
    return tuple(rings)


def _hatch(color: str, painter: QPainter) -> QBrush:
    """Diagonal lines the same few pixels apart at every zoom."""
    brush = QBrush(QColor(color), Qt.BrushStyle.BDiagPattern)
    brush.setTransform(painter.worldTransform().inverted()[0])
    return brush


def _unwrap(lon: np.ndarray) -> np.ndarray:
    """Longitudes without jumps of 360° (the file's rings cross 180°, e.g. Russia's Chukotka):
    such a ring runs on past 180 instead of drawing a line across the whole world. A ring lying
    wholly beyond 180° west (Chukotka's tip) moves east, next to the rest of Russia."""
    lon = np.unwrap(lon, period=360)
    lon = lon - 360 * np.round(lon.mean() / 360)
    if lon.max() < -168:
        lon = lon + 360
    return lon


def _path(rings: tuple[np.ndarray, ...]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)  # holes (Lesotho inside South Africa) stay open
    for ring in rings:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path


def _inside_point(path: QPainterPath) -> QPointF:
    """A point inside the largest part of the outline, near its middle: for labels and clicks."""
    parts = sorted(path.toSubpathPolygons(), key=lambda p: -p.boundingRect().width() * p.boundingRect().height())
    biggest = QPainterPath()
    biggest.addPolygon(parts[0])
    box = biggest.boundingRect()
    center = box.center()
    if biggest.contains(center):
        return center
    best, best_d = center, float("inf")
    for fx in np.linspace(0.05, 0.95, 19):
        for fy in np.linspace(0.05, 0.95, 19):
            p = QPointF(box.left() + fx * box.width(), box.top() + fy * box.height())
            d = (p.x() - center.x()) ** 2 + (p.y() - center.y()) ** 2
            if d < best_d and biggest.contains(p):
                best, best_d = p, d
    return best


def _pen(color: str, width: float) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setCosmetic(True)  # the same width in pixels at every zoom
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class CountryItem(QGraphicsPathItem):
    """One country's outline; hovering darkens its border."""

    def __init__(self, iso3: str, name: str, path: QPainterPath):
        super().__init__(path)
        self.iso3 = iso3
        self.name = name
        self.anchor = _inside_point(path)
        self.selected = False
        self.hovered = False
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles clicks and drags
        self._update_pen()

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.setZValue(2 if selected else 0)
        self._update_pen()

    def _update_pen(self) -> None:
        t = theme.current()
        if self.selected:
            self.setPen(_pen(t.map_selected, 3.0))
        elif self.hovered:
            self.setPen(_pen(t.plot_text, 1.4))
        else:
            self.setPen(_pen(t.map_border, BORDER_WIDTH))

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        if not self.selected:
            self.setZValue(1)
        self._update_pen()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        if not self.selected:
            self.setZValue(0)
        self._update_pen()
        super().hoverLeaveEvent(event)


class OccupiedItem(CountryItem):
    """Crimea: Ukraine's fill under a hatch; a click or hover is Ukraine's."""

    def __init__(self, path: QPainterPath):
        super().__init__("UKR", translate("OccupiedItem", "Crimea"), path)
        self.setZValue(0.5)
        self.setToolTip(translate("MapView", "<b>Crimea</b><br>Ukrainian territory under Russian occupation. The UN General "
                           "Assembly does not recognise its annexation (resolution 68/262, 2014)."))

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self._update_pen()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        super().paint(painter, option, widget)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_hatch(OCCUPIED_HATCH, painter))
        painter.drawPath(self.path())



class MapCanvas(QGraphicsView):
    """The graphics view: wheel zooms around the mouse, dragging pans, a click reports a country."""

    clicked = Signal(str)
    zoomed = Signal()
    resized = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def __init__(self, scene: QGraphicsScene, parent=None):
        super().__init__(scene, parent)
        self.setObjectName("mapCanvas")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor(theme.current().ocean))
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAccessibleName(translate("MapCanvas", "World map"))
        self._press: QPointF | None = None
        self.base_scale = 1.0  # the scale at which the whole world fits

    def zoom_level(self) -> float:
        return self.transform().m11() / self.base_scale

    def zoom_by(self, factor: float) -> None:
        level = self.zoom_level()
        factor = min(max(factor, MIN_ZOOM / level), MAX_ZOOM / level)
        self.scale(factor, factor)
        self.zoomed.emit()

    def fit(self, rect: QRectF) -> None:
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoomed.emit()

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.2**steps)
        event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self._press = event.position() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = event.position() - press
        if abs(moved.x()) + abs(moved.y()) > QApplication.startDragDistance():
            return  # that was a pan
        country = self.country_at(event.position().toPoint())
        if country is not None:
            self.clicked.emit(country.iso3)

    def country_at(self, pos) -> CountryItem | None:
        for item in self.items(pos):
            if isinstance(item, CountryItem):
                return item
        return None


#: A legend colour with this prefix is drawn with the occupation hatch over it.
HATCHED = "hatch:"


class Legend(QWidget):
    """What the colours mean, drawn over the map's lower-left corner (in two columns when the map
    is short)."""

    PAD = 9
    SWATCH = 12
    NOTE_WIDTH = 280

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.title = ""
        self.rows: list[tuple[str, str]] = []  # (colour, label)
        self.gradient = False
        self.note = ""
        self.columns = 1

    def set_content(self, title: str, rows: list[tuple[str, str]], *, gradient: bool = False, note: str = "") -> None:
        self.title, self.rows, self.gradient, self.note = title, rows, gradient, note
        self.resize(self.sizeHint())
        self.update()

    #: With large text the card's font shrinks towards this size (never below it, never above
    #: the interface's) until the card leaves most of the map in sight.
    SMALLEST_PT = 9.0

    def fit(self, width: int, height: int) -> None:
        """Two columns of swatches if one would cover more than half of ``height``; and where the
        card would still cover more than 60 % of the map's width or 75 % of its height (app zoom
        2 on a laptop), a smaller font, down to SMALLEST_PT. The map's list of countries (its text
        twin) keeps the interface's size."""
        base = QFont(self.parentWidget().font() if self.parentWidget() is not None else self.font())
        size = base.pointSizeF()
        while True:
            font = QFont(base)
            if size > 0:
                font.setPointSizeF(size)
            self.setFont(font)
            self.columns = 1
            if self.sizeHint().height() > height * 0.5 and len(self.rows) > 3:
                self.columns = 2
            hint = self.sizeHint()
            if (hint.width() <= width * 0.6 and hint.height() <= height * 0.75) or size <= self.SMALLEST_PT:
                break
            size = max(self.SMALLEST_PT, size * 0.9)
        self.resize(self.sizeHint())

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        return font

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height() + 2

    def _column_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        return max([0.0] + [self.SWATCH + 6 + metrics.horizontalAdvance(label) for _c, label in self.rows])

    def _rows_per_column(self) -> int:
        return -(-len(self.rows) // self.columns)

    def _note_height(self, width: float) -> float:
        if not self.note:
            return 0.0
        box = QFontMetricsF(self._small_font()).boundingRect(QRectF(0, 0, width, 1000), int(Qt.TextFlag.TextWordWrap), self.note)
        return box.height() + 4

    def _inner_width(self) -> float:
        title = QFontMetricsF(self._bold_font()).horizontalAdvance(self.title) + 2
        width = max(title, self.columns * self._column_width() + (self.columns - 1) * 14)
        if self.gradient or self.note:
            width = max(width, 220)
        # The note wraps to the usual width; the title is never cut (it grows with the zoom).
        return min(width, max(self.NOTE_WIDTH, title)) if self.note and self.columns == 1 else width

    def sizeHint(self) -> QSize:
        line = self._line()
        inner = self._inner_width()
        height = self.PAD + line + (14 + line + 2 if self.gradient else 0)
        height += line * self._rows_per_column() + self._note_height(inner)
        return QSize(int(inner + 2 * self.PAD + 1), int(height + self.PAD))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        t = theme.current()
        p.setPen(QPen(QColor(t.plot_axis)))
        p.setBrush(QColor(t.legend_background))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        line = self._line()
        inner = self.width() - 2 * self.PAD
        y = float(self.PAD)
        p.setPen(QColor(t.text))
        p.setFont(self._bold_font())
        p.drawText(QRectF(self.PAD, y, inner, line), Qt.AlignmentFlag.AlignVCenter, self.title)
        p.setFont(self.font())
        y += line
        if self.gradient:
            bar = QRectF(self.PAD, y + 2, inner, 12)
            gradient = QLinearGradient(bar.topLeft(), bar.topRight())
            for i, color in enumerate(AGREEMENT_STOPS):
                gradient.setColorAt(i / (len(AGREEMENT_STOPS) - 1), QColor(color))
            p.setPen(QPen(QColor(t.map_border)))  # as the countries are outlined
            p.setBrush(QBrush(gradient))
            p.drawRect(bar)
            y += 14
            p.setPen(QColor(t.text))
            for fraction, text, align in ((0, "0%", Qt.AlignmentFlag.AlignLeft), (0.5, "50%", Qt.AlignmentFlag.AlignHCenter),
                                          (1, "100%", Qt.AlignmentFlag.AlignRight)):
                x = self.PAD + fraction * inner
                p.drawLine(QPointF(x, y), QPointF(x, y + 3))
                w = 60
                left = x - (0 if fraction == 0 else w if fraction == 1 else w / 2)
                p.drawText(QRectF(left, y + 2, w, line), align | Qt.AlignmentFlag.AlignVCenter, text)
            y += line + 2
        per_column = self._rows_per_column()
        column_width = self._column_width() + 14
        for i, (color, label) in enumerate(self.rows):
            x = self.PAD + (i // per_column) * column_width
            row_y = y + (i % per_column) * line
            p.setPen(QPen(QColor(t.map_border)))
            swatch = QRectF(x, row_y + (line - self.SWATCH) / 2, self.SWATCH, self.SWATCH)
            hatched = color.startswith(HATCHED)
            p.setBrush(QColor(color.removeprefix(HATCHED)))
            p.drawRect(swatch)
            if hatched:
                p.setBrush(_hatch(OCCUPIED_HATCH, p))
                p.drawRect(swatch)
            p.setPen(QColor(t.text))
            p.drawText(QRectF(x + self.SWATCH + 6, row_y, column_width, line), Qt.AlignmentFlag.AlignVCenter, label)
        y += per_column * line
        if self.note:
            p.setFont(self._small_font())
            p.setPen(QColor(t.muted))
            p.drawText(QRectF(self.PAD, y + 4, inner, self._note_height(inner)), int(Qt.TextFlag.TextWordWrap), self.note)
        p.end()


class MapView(QWidget):
    """The map with its controls: colour mode, year, World / Eurasia, and a legend.

    ``country_clicked`` reports a click (not a drag) on a country; ``year_changed`` and
    ``mode_changed`` report every change, from the controls or from ``set_year``/``set_mode``.
    """

    country_clicked = Signal(str)
    year_changed = Signal(int)
    mode_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mapView")
        self.setMinimumSize(480, 200)  # small (the page is 290 px high at zoom 2 on 1366x768) and explicit, so showing or hiding the year controls never resizes the window
        self._stances: dict[str, str | None] = {}
        self._names: dict[str, str] = {}
        self._as_of: str | None = None
        self._mode = "stance"
        self._year: int | None = None
        self._agreement: dict[int, Mapping[str, object]] = {}
        self._source: Callable[[int], Mapping[str, object]] | None = None
        self._selected: str | None = None
        self.agreement_note = ""  # e.g. how the USSR is treated; shown under the legend
        self.empty_note = translate("MapView", "No UN votes in this database. Use File ▸ Import UN Votes… to add them.")

        self.scene = QGraphicsScene(self)
        # The country shapes are made when the map is first shown or asked about (``items``):
        # the window starts without paying for them.
        self._items: dict[str, CountryItem] | None = None
        self._eurasia_rect: QRectF | None = None
        self.world_rect = _projected_rect(WORLD)
        margin = self.world_rect.width() * 0.25
        self.scene.setSceneRect(self.world_rect.adjusted(-margin, -margin, margin, margin))
        self._labels: dict[str, QGraphicsSimpleTextItem] = {}
        self.crimea: OccupiedItem | None = None
        self.canvas = MapCanvas(self.scene)
        self.canvas.resized.connect(self._on_canvas_resized)  # the controls' rows change its height too
        self.canvas.clicked.connect(self.country_clicked)
        self.canvas.zoomed.connect(self._update_labels)
        self._build_controls()
        self.legend = Legend(self.canvas)
        self._view = "eurasia"
        self._recolor()

    # -- construction ----------------------------------------------------------------------------

    @property
    def items(self) -> dict[str, "CountryItem"]:
        """Every country drawn, by alpha-3 code (made on first use)."""
        if self._items is None:
            self._build_shapes()
        return self._items  # type: ignore[return-value]

    @property
    def eurasia_rect(self) -> QRectF:
        if self._eurasia_rect is None:
            rect = QRectF()
            for iso3 in EURASIA:
                rect |= self.items[iso3].boundingRect()
            pad = rect.width() * 0.02
            self._eurasia_rect = rect.adjusted(-pad, -pad, pad, pad)
        return self._eurasia_rect

    def _build_shapes(self) -> None:
        self._items = {}
        for iso3, name, rings in world_shapes():
            item = CountryItem(iso3, name, _path(rings))
            self.scene.addItem(item)
            self._items[iso3] = item
        self.crimea = OccupiedItem(_path(crimea_rings()))
        self.scene.addItem(self.crimea)
        selected, self._selected = self._selected, None
        self.set_selected(selected)
        self._rebuild_labels()
        self._recolor()  # after the labels: each takes the text colour of its country's fill

    def _build_controls(self) -> None:
        self.stance_button = QToolButton(text=translate("MapView", "Stance"))
        self.stance_button.setObjectName("mapStanceMode")
        self.stance_button.setToolTip(translate("MapView", "Colour countries by their stance towards Russia (from the article)"))
        self.agreement_button = QToolButton(text=translate("MapView", "UN votes with Russia"))
        self.agreement_button.setObjectName("mapAgreementMode")
        self.agreement_button.setToolTip(
            translate("MapView", "Colour countries by the share of UN General Assembly roll calls on which they voted as Russia did")
        )
        self.mode_group = QButtonGroup(self)
        for button in (self.stance_button, self.agreement_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(button)
        self.stance_button.setChecked(True)
        self.mode_group.buttonClicked.connect(
            lambda b: self.set_mode("agreement" if b is self.agreement_button else "stance")
        )

        self.year_label = QLabel(translate("MapView", "Year"))
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("mapYear")
        self.year_spin.setAccessibleName(translate("MapView", "Year of UN votes"))
        self.year_slider = QSlider(Qt.Orientation.Horizontal)
        self.year_slider.setObjectName("mapYearSlider")
        self.year_slider.setAccessibleName(translate("MapView", "Year of UN votes"))
        self.year_slider.setMinimumWidth(160)
        self.year_slider.setPageStep(5)
        for widget in (self.year_spin, self.year_slider):
            widget.setRange(1946, 2020)
        self.year_spin.valueChanged.connect(self._on_year_control_changed)
        self.year_slider.valueChanged.connect(self._on_year_control_changed)
        self.year_player = SliderPlayer(self.year_slider, step=lambda year: year + 1, speed=2,
                                        what=translate("MapView", "UN votes year by year"))
        self.year_player.setObjectName("mapYearPlayer")

        self.world_button = QToolButton(text=translate("MapView", "World"))
        self.world_button.setObjectName("mapFitWorld")
        self.world_button.setToolTip(translate("MapView", "Show the whole world"))
        self.world_button.clicked.connect(self.fit_world)
        self.eurasia_button = QToolButton(text=translate("MapView", "Fit to Eurasia"))
        self.eurasia_button.setObjectName("mapFitEurasia")
        self.eurasia_button.setToolTip(translate("MapView", "Zoom to Europe and Asia, where all nine allies are"))
        self.eurasia_button.clicked.connect(self.fit_eurasia)

        # The controls in groups that wrap onto a second row where the map is narrow (large
        # text, a small screen); where short names save a row, two buttons take them.
        def group(*widgets, stretch_last: bool = False) -> QWidget:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            for i, widget in enumerate(widgets):
                row.addWidget(widget, 1 if stretch_last and i == len(widgets) - 1 else 0)
            return box

        self.colour_label = QLabel(translate("MapView", "Colour by"))
        self.year_box = group(self.year_label, self.year_spin, self.year_player, self.year_slider, stretch_last=True)
        self.year_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._button_names = {self.agreement_button: (self.agreement_button.text(), translate("MapView", "UN votes")),
                              self.eurasia_button: (self.eurasia_button.text(), translate("MapView", "Eurasia"))}
        self._tips = {button: button.toolTip() for button in self._button_names}
        self._bar = bar = FlowLayout(spacing=14, row_spacing=4)
        bar.setContentsMargins(8, 6, 8, 6)
        bar.addWidget(group(self.colour_label, self.stance_button, self.agreement_button))
        bar.addWidget(self.year_box)
        bar.addWidget(group(self.world_button, self.eurasia_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._update_year_controls()

    # -- public API ------------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def year(self) -> int | None:
        return self._year

    @property
    def selected(self) -> str | None:
        return self._selected

    def set_stances(self, stances: Mapping[str, str | None], *, as_of: str | None = None) -> None:
        """alpha-3 -> stance (or None) for the dataset's countries; others are drawn neutral."""
        self._stances = dict(stances)
        self._as_of = as_of
        self._rebuild_labels()
        self._recolor()

    def set_names(self, names: Mapping[str, str]) -> None:
        """Names to show instead of the map file's ("Türkiye" rather than "Turkey")."""
        self._names = dict(names)
        self._rebuild_labels()
        self._recolor()

    def set_years(self, years: list[int]) -> None:
        """The years the agreement colours can show (the controls' range)."""
        if years:
            for widget in (self.year_spin, self.year_slider):
                with QSignalBlocker(widget):
                    widget.setRange(min(years), max(years))
        self._update_year_controls()

    def set_agreement_source(self, source: Callable[[int], Mapping[str, object]] | None) -> None:
        """A function year -> {alpha-3: share or YearAgreement}, asked once per year shown."""
        self._source = source
        self._agreement.clear()
        self._recolor()

    def set_agreement(self, year: int, values: Mapping[str, object]) -> None:
        """The agreement shares (0..1, or YearAgreement records) of one year."""
        self._agreement[year] = dict(values)
        if year == self._year:
            self._recolor()

    def clear_agreement(self) -> None:
        """Forget cached years (after an import), asking the source again."""
        self._agreement.clear()
        self._recolor()

    def set_year(self, year: int) -> None:
        if year == self._year:
            return
        self._year = year
        self._update_year_controls()
        self._recolor()
        self.year_changed.emit(year)

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        if mode == self._mode:
            return
        self._mode = mode
        with QSignalBlocker(self.mode_group):
            (self.agreement_button if mode == "agreement" else self.stance_button).setChecked(True)
        self._update_year_controls()
        self._recolor()
        self.mode_changed.emit(mode)

    def set_selected(self, iso3: str | None) -> None:
        """Outline a country (None clears); emits nothing."""
        if self._items is None:
            self._selected = iso3
            return
        if self._selected in self.items:
            self.items[self._selected].set_selected(False)
        self._selected = iso3 if iso3 in self.items else None
        if self._selected:
            self.items[self._selected].set_selected(True)

    def fit_world(self) -> None:
        self._view = "world"
        self.canvas.fit(self.world_rect)

    def fit_eurasia(self) -> None:
        self._view = "eurasia"
        self.canvas.fit(self.eurasia_rect)

    def fill_color(self, iso3: str) -> QColor:
        """The colour a country is drawn in now."""
        return self.items[iso3].brush().color()

    def scene_point(self, iso3: str) -> QPointF:
        """A point inside the country (its label's place), in scene coordinates."""
        return self.items[iso3].anchor

    def tooltip(self, iso3: str) -> str:
        return self.items[iso3].toolTip()

    # -- colouring -------------------------------------------------------------------------------

    def _values(self) -> Mapping[str, object]:
        if self._year is None:
            return {}
        if self._year not in self._agreement and self._source is not None:
            self._agreement[self._year] = dict(self._source(self._year))
        return self._agreement.get(self._year, {})

    def name_of(self, iso3: str) -> str:
        """The dataset's name for a country, else the map file's, else the code."""
        return self._names.get(iso3) or _shape_names().get(iso3, iso3)

    def _reference(self) -> str:
        return translate("MapView", "the USSR") if self._year is not None and self._year < 1992 else translate("MapView", "Russia")

    def apply_theme(self) -> None:
        """The current theme's ocean, outlines, stance colours and legend card."""
        self.canvas.setBackgroundBrush(QColor(theme.current().ocean))
        if self._items is not None:
            for item in self._items.values():
                item._update_pen()
        self._recolor()
        self.legend.update()

    def _recolor(self) -> None:
        if self._items is None:  # coloured when made
            self._update_legend()
            return
        values = self._values() if self._mode == "agreement" else {}
        for iso3, item in self.items.items():
            if iso3 == "RUS":
                color = QColor(theme.current().russia)
            elif self._mode == "agreement":
                value = values.get(iso3)
                color = agreement_color(_share(value)) if value is not None else QColor(NO_VOTES_COLOR)
            elif self._ukraine_own_color(iso3):
                color = QColor(UKRAINE_COLOR)
            else:
                color = QColor(theme.stance_color(self._stances.get(iso3), iso3))
            item.setBrush(QBrush(color))
            item.setToolTip(self._tooltip(iso3, values))
        if self.crimea is not None and "UKR" in self.items:
            self.crimea.setBrush(self.items["UKR"].brush())
        for iso3, label in self._labels.items():
            label.setBrush(QColor(theme.text_on(self.fill_color(iso3).name())))
        self._update_legend()

    def _ukraine_own_color(self, iso3: str) -> bool:
        """Ukraine, when it has no stance of its own: invaded, not merely absent from the data."""
        return iso3 == "UKR" and not self._stances.get("UKR")

    def _tooltip(self, iso3: str, values: Mapping[str, object]) -> str:
        lines = [f"<b>{_esc(self.name_of(iso3))}</b>"]
        if iso3 == "RUS":
            lines.append(translate("MapView", "Russia: the country every other is compared with"))
        elif self._ukraine_own_color(iso3) and self._mode == "stance":
            lines.append(translate("MapView", "Invaded by Russia; Crimea, hatched, is under Russian occupation"))
        elif iso3 in self._stances:
            stance = self._stances[iso3]
            lines.append(translate("MapView", "Stance: {v0}").format(v0=stance_label(stance)) if stance else translate("MapView", "Stance: none recorded"))
        else:
            lines.append(translate("MapView", "Not in this dataset"))
        if self._mode == "agreement" and iso3 != "RUS" and self._year is not None:
            value = values.get(iso3)
            if value is None:
                lines.append(translate("MapView", "No UN General Assembly votes recorded in {year}").format(year=self._year))
                if iso3 in SOVIET_REPUBLICS and self._year < 1992:
                    lines.append(translate("MapView", "(part of the Soviet Union until 1991)"))
            else:
                compared = getattr(value, "compared", None)
                of = translate("MapView", " of {compared} roll calls").format(compared=compared) if compared else ""
                lines.append(translate("MapView", "Voted as {v0} did on {value:.0%}{of} in {year}").format(v0=self._reference(), value=_share(value), of=of, year=self._year))
        return "<br>".join(lines)

    def _update_legend(self) -> None:
        if self._mode == "stance":
            when = translate("MapView", "on {as_of}").format(as_of=format_day(self._as_of)) if self._as_of else translate("MapView", "today")
            t = theme.current()
            rows = [(t.russia, "Russia")]
            rows += [(t.stance[s], stance_label(s)) for s in vocab.STANCES]
            if self._ukraine_own_color("UKR"):
                rows.append((UKRAINE_COLOR, translate("MapView", "Ukraine (invaded)")))
            rows.append((HATCHED + UKRAINE_COLOR if self._ukraine_own_color("UKR") else HATCHED + t.no_stance,
                         translate("MapView", "Crimea (Ukraine, occupied)")))
            rows.append((t.no_stance, translate("MapView", "Not in the dataset")))
            self.legend.set_content(translate("MapView", "Stance towards Russia {when}").format(when=when), rows, note=translate("MapView", "Crimea follows the UN General Assembly, which does not recognise its annexation "
                "(resolution 68/262, 2014)."))
        else:
            values = self._values()
            year = self._year if self._year is not None else "—"
            title = translate("MapView", "Votes cast as {v0} did, {year}").format(v0=self._reference(), year=year)
            rows = [(theme.current().russia, translate("MapView", "Russia (the reference)")), (NO_VOTES_COLOR, translate("MapView", "No votes that year"))]
            note = self.agreement_note if values else self.empty_note
            self.legend.set_content(title, rows, gradient=True, note=note)
        self._place_legend()

    # -- labels ----------------------------------------------------------------------------------

    def _rebuild_labels(self) -> None:
        if self._items is None:  # labelled when made
            return
        for label in self._labels.values():
            self.scene.removeItem(label)
        self._labels = {}
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() - 1))
        font.setBold(True)
        for iso3 in {"RUS", *self._stances}:
            if iso3 not in self.items:
                continue
            label = QGraphicsSimpleTextItem(self.name_of(iso3))
            label.setFont(font)
            label.setFlag(QGraphicsSimpleTextItem.GraphicsItemFlag.ItemIgnoresTransformations)
            label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            label.setAcceptHoverEvents(False)
            label.setZValue(5)
            label.setPos(self.items[iso3].anchor)
            self.scene.addItem(label)
            self._labels[iso3] = label
        self._update_labels()

    def _update_labels(self) -> None:
        """Show a label only where its country is wide enough on screen to hold it."""
        scale = self.canvas.transform().m11()
        for iso3, label in self._labels.items():
            box = label.boundingRect()
            label.setPos(self.items[iso3].anchor - QPointF(box.width() / 2 / scale, box.height() / 2 / scale))
            width = self.items[iso3].boundingRect().width() * scale
            label.setVisible(width >= box.width() + 10)

    # -- controls and layout ---------------------------------------------------------------------

    def _on_year_control_changed(self, value: int) -> None:
        self.set_year(int(value))

    def _update_year_controls(self) -> None:
        agreement = self._mode == "agreement"
        for widget in (self.year_label, self.year_spin, self.year_player, self.year_slider):
            widget.setVisible(agreement)
        self.year_box.setVisible(agreement)
        if self._year is not None:
            for widget in (self.year_spin, self.year_slider):
                with QSignalBlocker(widget):
                    widget.setValue(self._year)
        self._fit_bar()

    def _fit_bar(self) -> None:
        """The short names ("UN votes", "Eurasia"; the whole name in the tooltip) where they save
        the controls a row at the map's width."""
        if not hasattr(self, "_bar"):
            return
        room = self.width() - 16

        def rows(short: bool) -> tuple[int, bool]:
            """How many rows the controls take, and whether one group is wider than a row."""
            for button, (full, brief) in self._button_names.items():
                button.setText(brief if short else full)
            too_wide = any(self._bar.itemAt(i).sizeHint().width() > room for i in range(self._bar.count())
                           if not self._bar.itemAt(i).isEmpty())
            return self._bar.line_count(room), too_wide

        (short_rows, _), (full_rows, full_too_wide) = rows(True), rows(False)
        short = short_rows < full_rows or full_too_wide
        rows(short)
        for button, (full, _brief) in self._button_names.items():
            button.setToolTip(self._tips[button] if not short else f"{full}: {self._tips[button]}")

    def _on_canvas_resized(self) -> None:
        if hasattr(self, "legend"):
            self._refit()

    def _place_legend(self) -> None:
        self.legend.fit(self.canvas.width(), self.canvas.height())
        self.legend.move(10, max(0, self.canvas.height() - self.legend.height() - 10))
        self.legend.raise_()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_bar()
        self._refit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_bar()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refit()

    def _refit(self) -> None:
        if self._items is None and not self.isVisible():
            return  # a hidden map is fitted when shown
        world = self.world_rect
        view = self.canvas.viewport().size()
        if view.width() > 0 and view.height() > 0:
            self.canvas.base_scale = min(view.width() / world.width(), view.height() / world.height())
        (self.fit_world if self._view == "world" else self.fit_eurasia)()
        self._place_legend()

    def sizeHint(self) -> QSize:
        return QSize(900, 560)


def _share(value: object) -> float:
    return float(getattr(value, "share", value))  # a YearAgreement or a plain number


def _esc(text: str) -> str:
    import html

    return html.escape(text)


__all__ = ["MapView", "MapCanvas", "CountryItem", "Legend", "agreement_color", "robinson", "world_shapes"]

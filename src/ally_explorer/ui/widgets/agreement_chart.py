"""A country's agreement with Russia at the UN General Assembly, year by year (pyqtgraph).

Hovering shows the year's share and how many roll calls it rests on: a year with a handful of
roll calls (2020 has one) is drawn as a hollow point and left out of the line, so it cannot look
like a real swing. A dashed line marks December 1991, when Russia took over the Soviet seat.

The plot is a Tab stop with a focus frame: Left and Right move a year cursor through the years,
Home and End to the first and last; the year's figures show on the plot and a screen reader
hears them (the same figures are a table, ``text_twins.AgreementTable``, kept in step).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...db.unvotes import FULL_YEAR_ROLL_CALLS, SOURCE_NOTE, USSR_NOTE, YearAgreement
from .. import theme
from ..announce import announce, name_changed
from ..i18n import QT_TRANSLATE_NOOP, translate
from .focus_frame import FocusFrame

LINE_COLOR = "#B2182B"
HANDOVER = 1991.98  # the USSR's seat passed to Russia on 24 December 1991
Y_RANGE = (-3.0, 104.0)  # percent, with room for the points at 0 and 100
#: The y axis's tick steps, in percent, densest first: the densest whose labels are a line apart.
Y_STEPS = (25, 50, 100)


class AgreementChart(QWidget):
    """Share of roll calls on which a country voted as Russia (the USSR before 1992) did."""

    year_changed = Signal(object)  # the year the keys moved the cursor to (int), or None
    plot_made = Signal()  # the plot (a Tab stop) was made, with the first series: the Tab order takes it in

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("agreementChart")
        self.setMinimumWidth(360)  # and as tall as its text wrapped at its width (minimumSizeHint)
        self.name = ""
        self.points: list[YearAgreement] = []
        self.year: int | None = None  # the keyboard's year cursor

        self.title = QLabel()
        self.title.setObjectName("agreementTitle")
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)

        # The plot is made with the first series to show: a window that starts without a country
        # (or with one that has no UN votes) shows only the message above it.
        self._plot: pg.PlotWidget | None = None
        self._plot_minimum_height = 150

        self.note = QLabel(
            translate("AgreementChart", "Before 1992, “Russia” is the Soviet Union, whose seat Russia took over. Hollow points: fewer than {FULL_YEAR_ROLL_CALLS} roll calls that year. Data: Erik Voeten (CC0).").format(FULL_YEAR_ROLL_CALLS=FULL_YEAR_ROLL_CALLS)
        )
        self.note.setToolTip(f"{USSR_NOTE}\n{SOURCE_NOTE}")
        self.note.setObjectName("agreementNote")
        self.note.setWordWrap(True)
        self._theme = theme.current()
        self.note.setStyleSheet("font-size: small;")
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text, live

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)
        self._layout.addWidget(self.note)
        self.clear()

    @property
    def plot(self) -> pg.PlotWidget:
        if self._plot is None:
            self._build_plot()
        return self._plot  # type: ignore[return-value]

    def apply_theme(self, t: "theme.Theme") -> None:
        """Colours of light, dark or high contrast (the plot's background was always white)."""
        self._theme = t
        if self._plot is not None:
            self._apply_colors()

    def _apply_colors(self) -> None:
        t, plot = self._theme, self._plot
        plot.setBackground(t.plot_background)
        plot.setStyleSheet(theme.plot_focus_style_sheet(t))
        for name in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(t.plot_axis, width=t.line_scale))
            axis.setTextPen(pg.mkPen(t.plot_text))
        line = t.agreement_line
        self.line.setPen(pg.mkPen(line, width=2 * t.line_scale))
        self.full.setPen(pg.mkPen(line))
        self.full.setBrush(pg.mkBrush(line))
        self.thin.setPen(pg.mkPen(line, width=1.5 * t.line_scale))
        self.thin.setBrush(pg.mkBrush(t.plot_background))
        self.half.setPen(pg.mkPen(t.plot_axis, width=1, style=Qt.PenStyle.DotLine))
        self.handover.setPen(pg.mkPen(t.russia_text, width=1, style=Qt.PenStyle.DashLine))
        self.handover.label.setColor(t.russia_text)
        self.marker.setPen(pg.mkPen(t.selection_ring, width=1.5))
        self.hover_label.setColor(t.text)
        self.hover_label.fill = pg.mkBrush(t.base)
        self.hover_label.border = pg.mkPen(t.plot_axis)

    def set_plot_minimum_height(self, height: int) -> None:
        self._plot_minimum_height = height
        if self._plot is not None:
            self._plot.setMinimumHeight(height)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """Room for the title and the note wrapped at this width, and the plot's minimum: a
        splitter gives no less, so the note never lies over the plot (it did at 1024x768)."""
        return QSize(360, self.needed_height(self.width()))

    def needed_height(self, width: int) -> int:
        margins = self._layout.contentsMargins()
        inner = max(width - margins.left() - margins.right(), 1)
        parts = [label.heightForWidth(inner) for label in (self.title, self.note) if not label.isHidden()]
        if self._plot is not None and not self._plot.isHidden():
            parts.append(self._plot_minimum_height)
        spacing = max(self._layout.spacing(), 0) * max(len(parts) - 1, 0)
        return sum(parts) + spacing + margins.top() + margins.bottom()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width wraps the title and the note differently

    def _build_plot(self) -> None:
        plot = self._plot = pg.PlotWidget()
        plot.setBackground("w")
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.setMinimumHeight(self._plot_minimum_height)
        plot.setYRange(*Y_RANGE, padding=0)
        plot.showGrid(x=False, y=True, alpha=0.15)
        item = plot.getPlotItem()
        item.setLabel("left", "%")  # the whole title when the axis is tall enough (_fit_axis_title)
        item.getViewBox().sigResized.connect(self._fit_axis_title)
        item.getViewBox().sigResized.connect(self._fit_ticks)
        self._fit_ticks()
        plot.setAccessibleName(self._base_name())
        plot.setAccessibleDescription(translate(
            "AgreementChart", "Left and Right: the previous or next year; Home and End: the first or last year. "
            "The same figures are a table on the UN votes tab"))
        plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.focus_frame = FocusFrame(plot)
        plot.installEventFilter(self)

        self.line = pg.PlotDataItem(pen=pg.mkPen(LINE_COLOR, width=2), connect="finite")
        self.full = pg.ScatterPlotItem(size=6, pen=pg.mkPen(LINE_COLOR), brush=pg.mkBrush(LINE_COLOR))
        self.thin = pg.ScatterPlotItem(size=7, pen=pg.mkPen(LINE_COLOR, width=1.5), brush=pg.mkBrush("w"))
        self.half = pg.InfiniteLine(50, angle=0, pen=pg.mkPen("#9E9E9E", width=1, style=Qt.PenStyle.DotLine))
        self.handover = pg.InfiniteLine(
            HANDOVER, angle=90, pen=pg.mkPen(theme.RUSSIA_COLOR, width=1, style=Qt.PenStyle.DashLine),
            label=translate("AgreementChart", "USSR → Russia"), labelOpts={"position": 0.08, "color": theme.RUSSIA_COLOR, "anchors": [(1, 0), (1, 0)]},
        )
        self.marker = pg.ScatterPlotItem(size=11, pen=pg.mkPen("#111111", width=1.5), brush=pg.mkBrush(0, 0, 0, 0))
        self.hover_label = pg.TextItem(color="#1A1A1A", fill=pg.mkBrush(255, 255, 255, 235), border=pg.mkPen("#BBBBBB"))
        self.hover_label.setZValue(10)
        for thing in (self.half, self.handover, self.line, self.full, self.thin, self.marker, self.hover_label):
            plot.addItem(thing)
        self.marker.hide()
        self.hover_label.hide()
        plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._apply_colors()
        self._layout.insertWidget(1, plot, 1)
        stretch = self._layout.itemAt(2)  # the placeholder stretch goes: the plot takes the room
        if stretch is not None and stretch.spacerItem() is not None:
            self._layout.removeItem(stretch)
        self.plot_made.emit()

    def axis_titles(self) -> tuple[str, str]:
        """The y axis's title, and the short one for a plot too short for it."""
        return self.tr("% of votes as Russia's"), "%"

    def _fit_axis_title(self, *_) -> None:
        axis = self.plot.getPlotItem().getAxis("left")
        long, short = self.axis_titles()
        font = axis.label.font()
        room = axis.height() - 4
        title = long if QFontMetricsF(font).horizontalAdvance(long) <= room else short
        if axis.labelText != title:
            axis.setLabel(title)

    def _tick_font(self, name: str) -> QFont:
        axis = self.plot.getPlotItem().getAxis(name)
        return axis.style.get("tickFont") or axis.font()

    def y_ticks(self, height: float) -> list[int]:
        """The y axis's ticks for a plot area ``height`` px tall: every 25% where the labels
        stand apart, else every 50%, else every 100%; only those whose label lies wholly inside
        the plot (pyqtgraph leaves the others out). At zoom 2 the five were drawn over each other."""
        line = QFontMetricsF(self._tick_font("left")).height()
        label = 0.8 * line  # pyqtgraph's label box: 0.8 of the text's height
        gap = label + 0.05 * line  # labels that far apart leave a sliver between them

        def y(value: int) -> float:
            return (Y_RANGE[1] - value) / (Y_RANGE[1] - Y_RANGE[0]) * height

        for step in Y_STEPS:
            ticks = [v for v in range(0, 101, step) if label / 2 + 1 <= y(v) <= height - label / 2 - 1]
            if len(ticks) == 1 or ticks and step * height / (Y_RANGE[1] - Y_RANGE[0]) >= gap:
                return ticks
        return []

    def _fit_ticks(self, *_) -> None:
        item = self.plot.getPlotItem()
        ticks = self.y_ticks(item.getViewBox().height())
        axis = item.getAxis("left")
        if axis._tickLevels != [[(v, f"{v}") for v in ticks]]:
            axis.setTicks([[(v, f"{v}") for v in ticks]])
        # the years whole: the bottom axis as tall as its text (pyqtgraph's own estimate fell short)
        bottom = item.getAxis("bottom")
        height = int(QFontMetricsF(self._tick_font("bottom")).height() + max(0, bottom.style["tickLength"])
                     + bottom.style["tickTextOffset"][1] + 2)
        if bottom.fixedHeight != height:
            bottom.setHeight(height)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and self._plot is not None:
            self._fit_ticks()

    def set_series(self, name: str, points: Sequence[YearAgreement]) -> None:
        """Show one country's yearly agreement (``db.unvotes.agreement_series``)."""
        self.name = name
        self.points = sorted(points, key=lambda p: p.year)
        if not self.points:
            self.clear(translate("AgreementChart", "No UN General Assembly votes for {name} in this database.").format(name=name))
            return
        self.title.setText(translate("AgreementChart", "How often {name} votes as Russia does at the UN General Assembly").format(name=name))
        plot = self.plot  # made now, with the first series
        plot.show()
        self.note.show()
        self.updateGeometry()
        years = np.array([p.year for p in self.points], float)
        shares = np.array([100 * p.share for p in self.points])
        full = np.array([p.compared >= FULL_YEAR_ROLL_CALLS for p in self.points])
        # Gaps (years with no votes, thin years) break the line rather than bridging it.
        line_years = np.arange(years.min(), years.max() + 1)
        line_shares = np.full(len(line_years), np.nan)
        index = (years[full] - years.min()).astype(int)
        line_shares[index] = shares[full]
        self.line.setData(line_years, line_shares)
        self.full.setData(years[full], shares[full])
        self.thin.setData(years[~full], shares[~full])
        plot.setXRange(years.min() - 1, years.max() + 1, padding=0)
        self.handover.setVisible(bool(years.min() < HANDOVER < years.max()))
        self.year = None  # another country: the cursor starts again
        self._update_accessible_name()
        self._hide_hover()

    def clear(self, message: str = QT_TRANSLATE_NOOP("AgreementChart", "Choose a country to see how often it votes as Russia does at the UN.")) -> None:
        self.points = []
        self.year = None
        self.title.setText(translate("AgreementChart", message))
        self.note.hide()  # it explains the points: nothing to explain without them
        self.updateGeometry()
        if self._plot is None:
            return
        self._plot.hide()
        for item in (self.line, self.full, self.thin):
            item.setData([], [])
        self.handover.setVisible(False)
        self._hide_hover()

    def hover_text(self, year: int) -> str | None:
        """What hovering over a year shows (None for a year without votes)."""
        point = next((p for p in self.points if p.year == year), None)
        if point is None:
            return None
        whom = translate("AgreementChart", "the USSR") if year < 1992 else translate("AgreementChart", "Russia")
        thin = translate("AgreementChart", " (too few to read much into)") if point.compared < FULL_YEAR_ROLL_CALLS else ""
        return (
            translate("AgreementChart", "{year}: voted as {whom} did on {share:.0%}\n({agreed} of {compared} roll calls{thin})").format(year=year, whom=whom, share=point.share, agreed=point.agreed, compared=point.compared, thin=thin)
        )

    def show_year(self, year: int, *, hide: bool = True) -> bool:
        """Put the hover marker and label on a year; False if there is nothing there."""
        text = self.hover_text(year)
        point = next((p for p in self.points if p.year == year), None)
        if text is None or point is None:
            if hide:
                self._hide_hover()
            return False
        y = 100 * point.share
        self.marker.setData([year], [y])
        self.marker.show()
        self.hover_label.setText(text)
        (x0, x1), _ = self.plot.getViewBox().viewRange()
        right_half = year > (x0 + x1) / 2
        self.hover_label.setAnchor((1.05, 1.1) if right_half else (-0.05, 1.1))
        if y > 70:
            self.hover_label.setAnchor((1.05, -0.1) if right_half else (-0.05, -0.1))
        self.hover_label.setPos(year, y)
        self.hover_label.show()
        return True

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.points or not self.plot.sceneBoundingRect().contains(scene_pos):
            self._hide_hover()
            return
        x = self.plot.getViewBox().mapSceneToView(scene_pos).x()
        nearest = min(self.points, key=lambda p: abs(p.year - x))
        if abs(nearest.year - x) <= 1.5:
            self.show_year(nearest.year)
        else:
            self._hide_hover()

    def _hide_hover(self) -> None:
        """The mouse left: back to the keyboard's year, if there is one."""
        if self._plot is not None and not (self.year is not None and self.show_year(self.year, hide=False)):
            self.marker.hide()
            self.hover_label.hide()

    # -- the keyboard's year cursor -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._plot and event.type() == QEvent.Type.KeyPress
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            return self.handle_key(event.key())
        return super().eventFilter(watched, event)

    def handle_key(self, key: int) -> bool:
        """Left/Right: the previous or next year with votes; Home/End: the first or last. True
        when the key was one of them (at either end the key is still the chart's)."""
        years = [p.year for p in self.points]
        if not years or key not in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            return False
        if key == Qt.Key.Key_Home or (key == Qt.Key.Key_Right and self.year not in years):
            year = years[0]
        elif key == Qt.Key.Key_End or (key == Qt.Key.Key_Left and self.year not in years):
            year = years[-1]
        else:
            i = years.index(self.year) + (1 if key == Qt.Key.Key_Right else -1)
            year = years[min(max(i, 0), len(years) - 1)]
        if year != self.year:
            self.set_year(year)
            self.year_changed.emit(year)
        return True

    def set_year(self, year: int | None) -> None:
        """Put the cursor on ``year`` (None: no cursor): its figures on the plot and in the plot's
        name, said aloud while the plot has the focus. No ``year_changed``: that is for the keys."""
        if year is not None and year not in {p.year for p in self.points}:
            year = None
        self.year = year
        if year is None:
            self._hide_hover()
        else:
            self.show_year(year)
        self._update_accessible_name()

    def year_text(self, year: int) -> str:
        """The year's figures on one line, as a screen reader says them."""
        return " ".join((self.hover_text(year) or "").split())

    def _base_name(self) -> str:
        return translate("AgreementChart", "Agreement with Russia at the UN, by year")

    def _update_accessible_name(self) -> None:
        if self._plot is None:
            return
        text = self.year_text(self.year) if self.year is not None else ""
        name = translate("AgreementChart", "{chart}, {figures}").format(chart=self._base_name(), figures=text) \
            if text else self._base_name()
        if name == self._plot.accessibleName():
            return
        self._plot.setAccessibleName(name)
        name_changed(self._plot)
        if text and self._plot.hasFocus():
            announce(self._plot, text)

    @property
    def hovered_text(self) -> str | None:
        if self._plot is None:
            return None
        return self.hover_label.toPlainText() if self.hover_label.isVisible() else None


__all__ = ["AgreementChart"]

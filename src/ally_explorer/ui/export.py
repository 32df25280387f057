"""Handouts for the classroom: the timeline as a PNG or SVG picture, and a printable PDF.

Everything is painted as vectors (the real timeline widget, rendered offscreen into the target
device), so a 3000-pixel PNG is sharp rather than an enlarged screenshot, and the PDF's text and
timeline stay crisp at any zoom. Files are written by Python, so a bad path gives a plain
``OSError`` with a reason a user can act on.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRect, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from .. import __version__
from ..core import palette, vocab
from ..core.records import Country, CountryDetail, Source, Statement
from ..core.timeline import lane_order
from ..db.atomicfile import atomic_write, check_output
from ..db.store import Store
from . import theme
from .widgets.detail_html import (
    Citations,
    Style,
    alignment_strip,
    bound_html,
    figure_value,
    category_chip,
    confidence_badge,
    esc,
    provenance,
    stance_badge,
    when,
)
from .widgets.timeline import TimelineWidget, marker_look
from .core_words import category_label, confidence_label, confidence_meaning, stance_label, stance_meaning
from .dates import format_day, format_day_long, start_text
from .i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_SIZE = (1920, 1080)
#: Pictures are laid out at about this many logical pixels and scaled up to the requested size,
#: so a bigger picture is sharper, not smaller-printed.
BASE_SIZE = (1500, 850)
#: The PDF is laid out in CSS pixels (96 per inch), like the screen, so the detail pane's HTML
#: (cell widths and paddings in pixels) keeps its proportions on paper.
PDF_DPI = 96
MAIN_SOURCE = "article"
TITLE = QT_TRANSLATE_NOOP("Export", "Who stands with Russia in 2025")

INK = "#1A1A1A"
MUTED = "#5A5A5A"


# -- the timeline picture --------------------------------------------------------------------


def _main_source(store: Store) -> Source | None:
    sources = store.sources()
    return next((s for s in sources if s.id == MAIN_SOURCE), sources[0] if sources else None)


def _timeline_title(store: Store, country: Country | None) -> str:
    if country is None:
        return translate("Export", "{TITLE}: events over time").format(TITLE=translate("Export", TITLE))
    if country.id == vocab.RUSSIA:
        return translate("Export", "Russia: its own events over time")
    return translate("Export", "{name} and Russia: events over time").format(name=country.name)


class _OffscreenTimeline:
    """A real TimelineWidget, never shown on screen, sized and zoomed for one picture."""

    def __init__(self, store: Store, size: QSize, country_id: str | None):
        # A plain, constraint-free window holds the widget: shown off screen, it lays out and
        # resizes like a real one without any platform window hints.
        self.holder = QWidget()
        self.holder.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.holder.setFont(_font(10))  # the same picture whatever the window's zoom
        self.widget = TimelineWidget(self.holder)
        self.widget.set_data(lane_order(store.countries()), store.events(), store.alignments())
        self.widget.resize(size)
        self.widget.layout().activate()
        # The widget's own toolbar (Fit all, legend) is not part of the picture: grow the widget
        # by the toolbar's height so the plot itself gets exactly the requested size.
        bar = self.widget.plot.geometry().top()
        self.widget.resize(size.width(), size.height() + bar)
        self.holder.resize(self.widget.size())
        self.holder.show()
        self.widget.layout().activate()
        _settle()
        self.widget.fit_all()
        if country_id:
            self.widget.zoom_to_country(country_id)
            self.widget.select_country(country_id)
        else:
            self.widget.show_focus()
        _settle()

    @property
    def scene(self):
        return self.widget.plot.scene()

    def source_rect(self) -> QRectF:
        view = self.widget.plot
        return view.mapToScene(view.viewport().rect()).boundingRect()

    def close(self) -> None:
        self.widget.stop_timers()
        self.holder.hide()
        self.holder.deleteLater()


def _settle() -> None:
    """Let resizes, layouts and the timeline's label timer run."""
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()


def _set_export_mode(scene, on: bool, scale: float) -> None:
    """pyqtgraph draws markers from a pixmap atlas on screen; in export mode it draws them as
    vector shapes at ``scale`` times their size, which is what keeps big pictures sharp."""
    opts = {"antialias": True, "background": QColor("white"), "resolutionScale": scale}
    for item in scene.items():
        if hasattr(item, "setExportMode"):
            item.setExportMode(on, opts if on else None)


def _font(points: float, *, bold: bool = False) -> QFont:
    """The application's font at a size, without "ff"/"fi" ligature glyphs, so text copied or
    searched in a PDF or SVG reads as typed."""
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _legend_entries() -> list[tuple[str, str, str]]:
    """(kind, colour, text) for the picture's legend line."""
    light = theme.THEMES["light"]
    entries = [("label", MUTED, translate("Export", "Event:"))]
    entries += [(f"marker:{c}:confirmed", light.category[c], category_label(c)) for c in vocab.CATEGORIES]
    entries += [(f"marker:diplomatic:{c}", MUTED, confidence_label(c).lower()) for c in vocab.CONFIDENCES]
    entries += [("bar", MUTED, translate("Export", "window of a vague date")), ("label", MUTED, translate("Export", "Stance:"))]
    entries += [(f"band:{s}", light.stance[s], stance_label(s)) for s in vocab.STANCES]
    return entries


def _paint_marker(painter: QPainter, centre: QPointF, radius: float, category: str, confidence: str,
                  color: str) -> None:
    """A legend marker drawn as the timeline draws it: the category's shape, the confidence's fill
    (filled, ring, dashed ring, crossed ring), in ``color``."""
    import pyqtgraph as pg

    symbol, pen, _ = marker_look(category, confidence, theme.THEMES["light"])
    pen = QPen(pen)
    pen.setColor(QColor("white" if confidence == "confirmed" else color))
    pen.setCosmetic(True)  # its width in pixels, whatever the path's scale
    pen.setWidthF(0.6 if confidence == "confirmed" else 1.4)
    painter.save()
    painter.translate(centre)
    painter.scale(2 * radius, 2 * radius)
    painter.setPen(pen)
    painter.setBrush(QColor(color if confidence == "confirmed" else "white"))
    painter.drawPath(pg.graphicsItems.ScatterPlotItem.Symbols[symbol])
    painter.restore()


def _paint_header(painter: QPainter, width: float, title: str, note: str) -> float:
    """The title, the source note (beside the title when it fits, else under it) and a legend
    that wraps onto as many lines as it needs; returns the height used (logical pixels)."""
    title_font = _font(13, bold=True)
    small = _font(8.5)
    fm_title, fm_small = QFontMetricsF(title_font), QFontMetricsF(small)
    pad = 12.0
    inner = width - 2 * pad
    y = pad
    title_h = fm_title.height()
    painter.setFont(title_font)
    painter.setPen(QColor(INK))
    painter.drawText(QRectF(pad, y, inner, title_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     fm_title.elidedText(title, Qt.TextElideMode.ElideRight, inner))
    painter.setFont(small)
    painter.setPen(QColor(MUTED))
    line_h = fm_small.height()
    if fm_title.horizontalAdvance(title) + 24 + fm_small.horizontalAdvance(note) <= inner:
        painter.drawText(QRectF(pad, y, inner, title_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, note)
        y += title_h + 4
    else:
        y += title_h + 1
        painter.drawText(QRectF(pad, y, inner, line_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm_small.elidedText(note, Qt.TextElideMode.ElideRight, inner))
        y += line_h + 4
    r = line_h * 0.32
    x = pad
    for kind, color, text in _legend_entries():
        mark = 0.0 if kind == "label" else 3 * r + 5
        need = mark + fm_small.horizontalAdvance(text) + 12
        if x > pad and x + need > width - pad:  # wrap onto another legend line
            x, y = pad, y + line_h + 2
        cy = y + line_h / 2
        c = QColor(color)
        if kind.startswith("marker:"):
            _, category, confidence = kind.split(":")
            _paint_marker(painter, QPointF(x + 1.5 * r, cy), r * 1.15, category, confidence, color)
        elif kind == "bar":
            painter.setPen(QPen(c, 0.8))
            fill = QColor(c)
            fill.setAlphaF(0.35)
            painter.setBrush(fill)
            painter.drawRect(QRectF(x, cy - 2, 3 * r, 4))
        elif kind.startswith("band:"):  # as on the timeline: a light fill, its edge dashed per stance
            band = QColor(c)
            band.setAlphaF(theme.THEMES["light"].band_alpha)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            box = QRectF(x, cy - r * 1.2, 3 * r, 2.4 * r)
            painter.drawRect(box)
            edge = QPen(c, 1.4)
            dash = palette.STANCE_DASHES[kind.split(":")[1]]
            if dash:
                edge.setDashPattern(list(dash))
            painter.setPen(edge)
            painter.drawLine(box.bottomLeft(), box.bottomRight())
        painter.setPen(c if kind == "label" else QColor(INK))
        painter.drawText(QRectF(x + mark, y, need, line_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x += need
    painter.setBrush(Qt.BrushStyle.NoBrush)
    return y + line_h + 6


def paint_timeline(
    painter: QPainter,
    target: QRectF,
    store: Store,
    *,
    country_id: str | None = None,
    scale: float | None = None,
    clips: bool = True,
) -> None:
    """Paint the timeline, with its title and legend, into ``target`` (painter coordinates).

    The picture is laid out at ``target / scale`` logical pixels; by default the scale grows
    with the target so text stays in proportion on big pictures instead of shrinking. Pass
    ``clips=False`` for a device that ignores clipping (SVG): what spills out of the plot over
    the axes is then covered and the axes drawn again.
    """
    country = store.country(country_id) if country_id else None
    if scale is None:
        scale = max(1.0, min(target.width() / BASE_SIZE[0], target.height() / BASE_SIZE[1]))
    width, height = target.width() / scale, target.height() / scale
    source = _main_source(store)
    note = translate("Export", "made {day} with Ally Explorer").format(day=format_day(date.today()))
    if source is not None:
        note = translate("Export", "Source: “{title}”").format(title=source.title) + (f" ({source.published})" if source.published else "") + f" · {note}"

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(target.topLeft())
    painter.scale(scale, scale)
    painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    header = _paint_header(painter, width, _timeline_title(store, country), note)
    plot_size = QSize(max(round(width), 200), max(round(height - header), 120))
    timeline = _OffscreenTimeline(store, plot_size, country_id)
    try:
        total = painter.worldTransform().m11()
        _set_export_mode(timeline.scene, True, total)
        plot = QRectF(0, header, plot_size.width(), plot_size.height())
        source_rect = timeline.source_rect()
        timeline.scene.render(painter, plot, source_rect)
        if not clips:
            view = timeline.widget.view
            inner = view.sceneBoundingRect().translated(plot.left() - source_rect.left(), plot.top() - source_rect.top())
            for spill in (QRectF(0, header, inner.left(), height - header),  # the lane names
                          QRectF(inner.left(), inner.bottom(), width - inner.left(), height - inner.bottom()),  # dates
                          QRectF(inner.right(), header, width - inner.right(), inner.height())):
                painter.fillRect(spill, QColor("white"))
            view.setVisible(False)
            timeline.scene.render(painter, plot, source_rect)
            view.setVisible(True)
        _set_export_mode(timeline.scene, False, total)
    finally:
        timeline.close()
        painter.restore()


def timeline_image(store: Store, size: tuple[int, int] = DEFAULT_SIZE, *, country_id: str | None = None) -> QImage:
    """The timeline picture at exactly ``size`` pixels."""
    w, h = _checked_size(size)
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_timeline(painter, QRectF(0, 0, w, h), store, country_id=country_id)
    finally:
        painter.end()
    return image


def export_timeline_png(
    store: Store, path: str | Path, *, size: tuple[int, int] = DEFAULT_SIZE, country_id: str | None = None
) -> Path:
    """Write the timeline as a PNG of exactly ``size`` (width, height) pixels."""
    fmt = picture_format(path)  # refused before any drawing
    image = timeline_image(store, size, country_id=country_id)
    return save_image(image, path, fmt)


#: Picture formats written by the name's ending; a name without one gets a PNG.
PICTURE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".bmp": "BMP"}


def picture_format(path: str | Path) -> str:
    """The format a picture's file name asks for; other endings are refused (OutputError)."""
    from ..db.atomicfile import OutputError, check_output

    path = Path(path)
    check_output(path)
    suffix = path.suffix.lower()
    if not suffix:
        return "PNG"
    if suffix not in PICTURE_FORMATS:
        raise OutputError(
            translate("Export", "cannot write {path}: pictures are written as .png, .jpg or .bmp, not {suffix}.").format(path=path, suffix=path.suffix), "format"
        )
    return PICTURE_FORMATS[suffix]


def save_image(image: QImage, path: str | Path, fmt: str | None = None) -> Path:
    """A QImage to a file in the format its name asks for, all or nothing (``_write``)."""
    fmt = fmt or picture_format(path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, fmt)
    buffer.close()
    if not ok:
        from ..db.atomicfile import OutputError

        raise OutputError(translate("Export", "could not write {path}: the picture could not be encoded as {fmt}.").format(path=path, fmt=fmt), "format")
    return _write(path, bytes(data))


def export_timeline_svg(
    store: Store, path: str | Path, *, size: tuple[int, int] = DEFAULT_SIZE, country_id: str | None = None
) -> Path:
    """Write the timeline as an SVG whose width, height and viewBox are ``size`` pixels."""
    check_output(Path(path))
    w, h = _checked_size(size)
    country = store.country(country_id) if country_id else None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(w, h))
    generator.setViewBox(QRect(0, 0, w, h))
    generator.setResolution(PDF_DPI)
    generator.setTitle(_timeline_title(store, country))
    source = _main_source(store)
    generator.setDescription(translate("Export", "Made with Ally Explorer from “{title}”.").format(title=source.title) if source else translate("Export", "Made with Ally Explorer."))
    painter = QPainter(generator)
    try:
        paint_timeline(painter, QRectF(0, 0, w, h), store, country_id=country_id, clips=False)
    finally:
        painter.end()
    buffer.close()
    # QSvgGenerator states the size in millimetres; a picture asked for in pixels says pixels.
    text = bytes(data).decode("utf-8")
    text = re.sub(r'<svg width="[^"]*" height="[^"]*"', f'<svg width="{w}" height="{h}"', text, count=1)
    return _write(path, text.encode("utf-8"))


def _checked_size(size: tuple[int, int]) -> tuple[int, int]:
    w, h = (int(x) for x in size)
    if not (16 <= w <= 20000 and 16 <= h <= 20000):
        raise ValueError(translate("Export", "a picture must be between 16 and 20000 pixels wide and high, not {w}x{h}").format(w=w, h=h))
    return w, h


def _write(path: str | Path, data: bytes) -> Path:
    """All or nothing, never over the open database (``db.atomicfile``)."""
    return atomic_write(path, data)


# -- the PDF handout -------------------------------------------------------------------------


class _PrintCitations(Citations):
    """Plain [n] marks for paper (no links); numbering is shared by the whole handout."""

    def cite(self, source_id: str) -> str:
        if source_id not in self.order:
            self.order.append(source_id)
        return f"[{self.order.index(source_id) + 1}]"


def _handout_countries(store: Store, country_id: str | None) -> list[Country]:
    """The one country asked for, or the profiled ones in timeline order (closest to Russia
    first); a dataset without profiled countries gets every country."""
    if country_id:
        return [store.country(country_id)]
    summaries = store.countries()
    lanes = lane_order(summaries)
    focus = {c.id for c in summaries if c.focus}
    ids = [cid for cid, _ in lanes if cid in focus] or [cid for cid, _ in lanes]
    return [store.country(cid) for cid in ids]


def _long_date(d: date) -> str:
    return format_day_long(d)


def _source_entry(n: int, source: Source | None, source_id: str) -> str:
    if source is None:
        return f"<p>[{n}] {esc(source_id)}</p>"
    bits = [f"“{esc(source.title)}”"]
    bits += [esc(x) for x in (source.publisher, source.published) if x]
    if source.url:
        bits.append(esc(source.url))
    return f"<p style='margin-bottom:8px;'>[{n}] {', '.join(bits)}</p>"


def _title_page_html(
    store: Store, countries: list[Country], stances: dict, cites: _PrintCitations, made: date, *, one: bool
) -> str:
    source = _main_source(store)
    if one:
        c = countries[0]
        subtitle = translate("Export", "{name} and Russia: events, key figures and quotes, each with its source").format(name=esc(c.name))
    else:
        count = len(countries)
        subtitle = translate("Export", "%n countries and Russia: events, key figures and quotes, each with its source", "", count)
    rows = []
    for c in countries:
        current = stances.get(c.id)
        n_events = len(store.events(country_id=c.id))
        n_quotes = len(store.statements(country_id=c.id))
        rows.append(
            f"<tr><td valign='middle'><img src='flag:{esc(c.iso2 or '')}' width='32' height='24'></td>"
            f"<td valign='middle'><b>{esc(c.name)}</b></td>"
            f"<td valign='middle' nowrap>{stance_badge(current.stance if current else None, c.id)}</td>"
            f"<td valign='middle' style='color:{MUTED};'>{n_events} events · {n_quotes} quotes</td></tr>"
        )
    source_line = ""
    if source is not None:
        kind = translate("Export", "the article") if source.id == MAIN_SOURCE else translate("Export", "the source")
        named = f"{kind} “{esc(source.title)}”{(', ' + esc(source.published)) if source.published else ''}"
        others = len(store.sources()) - 1
        where = (translate("Export", "Every fact and quote comes from {named} {cite}.").format(named=named, cite=cites.cite(source.id)) if not others else
                 translate("Export", "Facts and quotes come from {named} {cite} and the other sources listed at the end.").format(named=named, cite=cites.cite(source.id)))
        source_line = (
            translate("Export", "<p><b>Source.</b> {where} Titles, descriptions and summaries are written in our own words; quotes are verbatim.</p>").format(where=where)
        )
    confidence = "".join(
        f"<tr><td valign='top' width='150' nowrap>{confidence_badge(k)}</td>"
        f"<td valign='top'>{esc(confidence_meaning(k))}</td></tr>"
        for k in vocab.CONFIDENCES
    )
    stance_rows = "".join(
        f"<tr><td valign='top' width='150' nowrap>{stance_badge(s)}</td>"
        f"<td valign='top'>{esc(stance_meaning(s))}</td></tr>"
        for s in vocab.STANCES
    )
    return (
        f"<p style='font-size:26pt; font-weight:700; margin-top:40px; margin-bottom:6px;'>{esc(translate('Export', TITLE))}</p>"
        f"<p style='font-size:14pt; color:{MUTED}; margin-top:0px;'>{subtitle}</p>"
        f"<p style='color:{MUTED};'>"
        + translate("Export", "Handout made on {day} with Ally Explorer {version} from {file}.").format(
            day=esc(_long_date(made)), version=esc(__version__),
            file=esc(store.path.name) if store.path else translate("Export", "an in-memory dataset")) + "</p>"
        "<p style='font-size:13pt; font-weight:700; margin-top:22px;'>"
        + (translate("Export", "The country") if one else translate("Export", "The countries")) + "</p>"
        f"<table cellspacing='0' cellpadding='4'>{''.join(rows)}</table>"
        f"<p style='color:{MUTED}; font-size:9pt;'>"
        + translate("Export", "Stance: the country's standing with Russia when the article was written.") + "</p>"
        f"<div style='margin-top:14px;'>{source_line}</div>"
        "<p style='font-size:13pt; font-weight:700; margin-top:22px;'>"
        + translate("Export", "How to read this handout") + "</p><p>"
        + translate("Export", "Every claim ends with how sure the source is, who says so, and a numbered citation such as "
                    "{cite}; the sources are listed on the last page.").format(cite=cites.cite(source.id) if source else "[1]")
        + f"</p><table cellspacing='0' cellpadding='3'>{confidence}</table>"
        "<p style='margin-top:10px;'>" + translate("Export", "Stances, from closest to Russia to furthest:") + "</p>"
        f"<table cellspacing='0' cellpadding='3'>{stance_rows}</table>"
    )


def _statement_html(s: Statement, cites: _PrintCitations, style: Style) -> str:
    speaker = esc(s.speaker_name) if s.speaker_name else translate("Export", "<i>speaker not named</i>")
    role = f", {esc(s.speaker_role)}" if s.speaker_role else ""
    context = f"<br><span style='color:{style.muted};'>{esc(s.context)}</span>" if s.context else ""
    return (
        "<table width='100%' cellspacing='0' cellpadding='6' style='margin-top:6px; margin-bottom:6px;'><tr>"
        "<td width='5' bgcolor='#9A9A9A'></td><td>"
        f"<span style='font-size:13pt; font-style:italic;'>“{esc(s.text)}”</span>"
        f"<br>— <b>{speaker}</b>{role} · {esc(s.date_label)}{context}"
        f"<br>{provenance(s.confidence, s.attribution, s.source_id, cites, style)}</td></tr></table>"
    )


def _country_html(detail: CountryDetail, current, cites: _PrintCitations, style: Style, today: str, *,
                  main_source: str | None, new_page: bool, names: dict[str, str]) -> str:
    """One country's section; each starts on a new page so a teacher can hand out one each."""
    c = detail.country
    parts: list[str] = []
    page_break = " style='page-break-before:always;'" if new_page else ""

    def section(title: str, count: int | None = None) -> None:
        n = f" <span style='color:{style.muted}; font-weight:normal;'>({count})</span>" if count is not None else ""
        parts.append(f"<h3 style='font-size:13pt; margin-top:16px; margin-bottom:4px;'>{esc(title)}{n}</h3>")

    since = ""
    if current is not None:
        since = translate("Export", " <span style='color:{muted};'>since {v1}").format(muted=style.muted, v1=esc(start_text(current.date_label, current.date_start)))
        since += translate("Export", " (still current when last reported)</span>") if current.ongoing else "</span>"
    parts.append(
        f"<table cellspacing='0' cellpadding='0'{page_break}><tr>"
        f"<td valign='middle'><img src='flag:{esc(c.iso2 or '')}' width='48' height='36'>&nbsp;&nbsp;</td>"
        f"<td valign='middle'><span style='font-size:20pt; font-weight:700;'>{esc(c.name)}</span>"
        f"<br>{stance_badge(current.stance if current else None, c.id)}{since}</td></tr></table>"
    )
    cite_main = f" {cites.cite(main_source)}" if main_source else ""
    if c.headline:
        parts.append(
            translate("Export", "<p style='margin-top:8px;'><i>“{headline}”</i> <span style='color:{muted};'>— the article's heading for {name}{cite_main}</span></p>").format(headline=esc(c.headline), muted=style.muted, name=esc(c.name), cite_main=cite_main)
        )
    if c.summary:
        section(translate("Export", "Summary"))
        parts.append(f"<p>{esc(c.summary)}{cite_main}</p>")

    if detail.alignments:
        section(translate("Export", "Alignment with Russia over time"))
        parts.append(alignment_strip(detail.alignments, today, style))
        rows = []
        for a in detail.alignments:
            span = esc(a.date_label) + (translate("Export", " <i>(still current when reported)</i>") if a.ongoing else "")
            rows.append(
                f"<tr><td valign='top' width='150' nowrap>{stance_badge(a.stance)}</td>"
                f"<td valign='top'>{span}<br>{esc(a.note or '')}<br>"
                f"{provenance(a.confidence, a.attribution, a.source_id, cites, style)}</td></tr>"
            )
        parts.extend(_one_row_tables(rows))

    if detail.figures:
        section(translate("Export", "Key figures"), len(detail.figures))
        rows = []
        for f in detail.figures:
            rows.append(
                f"<tr><td valign='top' width='34%'>{esc(f.label)}</td>"
                f"<td valign='top' width='22%' style='font-weight:700;'>{esc(figure_value(f))}</td>"
                f"<td valign='top' width='14%'>{esc(f.date_label)}</td>"
                f"<td valign='top' width='30%'>"
                f"{provenance(f.confidence, f.attribution, f.source_id, cites, style)}</td></tr>"
            )
        parts.append(
            translate("Export", "<table cellspacing='0' cellpadding='4' width='100%' border='0'><thead><tr style='color:{muted};'><td>What</td><td>Value</td><td>When</td><td>How sure · who says</td></tr></thead>").format(muted=style.muted)
            + "".join(rows) + "</table>"
        )

    events = sorted(detail.events, key=lambda e: (e.date_start, e.date_end, e.id))
    section(translate("Export", "Events, in date order"), len(events))
    if not events:
        parts.append(translate("Export", "<p style='color:{muted};'>No events recorded.</p>").format(muted=style.muted))
    rows = []
    for e in events:
        others = [x for x in e.countries if x != c.id]
        with_ = ", ".join(names.get(x, x) for x in others)
        also = translate("Export", " <span style='color:{muted};'>· with {with_}</span>").format(muted=style.muted, with_=esc(with_)) if others else ""
        rows.append(
            f"<tr><td valign='top' width='120'>{when(e.date_label, e.date_start, e.date_end, style)}</td>"
            f"<td valign='top'><b>{esc(e.title)}</b>&nbsp; {category_chip(e.category)}{also}"
            + (f"<br>{esc(e.description)}" if e.description else "")
            + f"<br>{provenance(e.confidence, e.attribution, e.source_id, cites, style)}</td></tr>"
        )
    parts.extend(_one_row_tables(rows))

    if detail.statements:
        section(translate("Export", "In their words"), len(detail.statements))
        for s in sorted(detail.statements, key=lambda s: (s.date_start, s.date_end, s.id)):
            parts.append(_statement_html(s, cites, style))
    return "".join(parts)


def _one_row_tables(rows: list[str]) -> list[str]:
    """Each row its own table, so ``_keep_together`` can move one whole entry to the next page."""
    return [f"<table cellspacing='0' cellpadding='4' width='100%'>{row}</table>" for row in rows]


def _sources_html(store: Store, cites: _PrintCitations) -> str:
    known = {s.id: s for s in store.sources()}
    entries = "".join(_source_entry(n, known.get(sid), sid) for n, sid in enumerate(cites.order, start=1))
    return (
        translate("Export", "<p style='font-size:16pt; font-weight:700; margin-top:28px;'>Sources</p><p style='color:{MUTED};'>The numbers in square brackets throughout this handout refer to these sources.</p>").format(MUTED=MUTED)
        + entries
    )


def _document(html: str, width: float, height: float, margins: QMarginsF) -> QTextDocument:
    """A paginated document whose pages are ``width`` x ``height`` CSS pixels."""
    doc = QTextDocument()
    doc.setDefaultFont(_font(10))
    doc.setDefaultStyleSheet(f"body {{ color: {INK}; }} p {{ margin-top: 4px; margin-bottom: 4px; }}")
    html = bound_html(html, show_all=None)  # the handout prints a long text's first part only
    _add_flags(doc, html)
    doc.setHtml(f"<body>{html}</body>")
    doc.setPageSize(QSizeF(width, height))
    frame = doc.rootFrame().frameFormat()
    frame.setLeftMargin(margins.left())
    frame.setRightMargin(margins.right())
    frame.setTopMargin(margins.top())
    frame.setBottomMargin(margins.bottom())
    doc.rootFrame().setFrameFormat(frame)
    _keep_together(doc, height)
    return doc


def _keep_together(doc: QTextDocument, page_height: float) -> None:
    """Move each short table (an event, a quote, a period) that a page break would cut in two
    onto the next page, taking a heading just above it along; long tables may still split."""
    layout = doc.documentLayout()
    before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    for _ in range(1000):  # each pass moves one table; the layout changes after each
        for table in doc.rootFrame().childFrames():
            rect = layout.frameBoundingRect(table)
            first_page, last_page = int(rect.top() // page_height), int((rect.bottom() - 1) // page_height)
            if rect.height() > page_height / 2 or first_page == last_page:
                continue
            heading = doc.findBlock(table.firstPosition() - 1)
            if heading.blockFormat().headingLevel():
                block_format = heading.blockFormat()
                block_format.setPageBreakPolicy(before)
                QTextCursor(heading).setBlockFormat(block_format)
            else:
                table_format = table.frameFormat()
                table_format.setPageBreakPolicy(before)
                table.setFrameFormat(table_format)
            break
        else:
            return


def _add_flags(doc: QTextDocument, html: str) -> None:
    for iso2 in set(re.findall(r"src='flag:([A-Za-z]*)'", html)):
        flag = theme.flag_pixmap(iso2 or None, 72).toImage()
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"flag:{iso2}"), flag)



def _pdf_writer(layout: QPageLayout, title: str) -> tuple[QByteArray, QBuffer, QPdfWriter]:
    """A PDF writer into memory (the caller writes the bytes through the atomic write path)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator(f"Ally Explorer {__version__}")
    return data, buffer, writer

def _paint_page(painter: QPainter, doc: QTextDocument, index: int, page: QRectF) -> None:
    painter.save()
    painter.translate(0, -index * page.height())
    ctx = QAbstractTextDocumentLayout.PaintContext()
    ctx.clip = QRectF(0, index * page.height(), page.width(), page.height())
    ctx.palette.setColor(ctx.palette.ColorRole.Text, QColor(INK))
    painter.setClipRect(ctx.clip)
    doc.documentLayout().draw(painter, ctx)
    painter.restore()


def _paint_footer(painter: QPainter, page: QRectF, margins: QMarginsF, number: int, total: int, left: str) -> None:
    painter.save()
    font = _font(8.5)
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    box = QRectF(margins.left(), page.height() - margins.bottom() + 14, page.width() - margins.left() - margins.right(), 20)
    painter.setPen(QPen(QColor("#C8C8C8"), 0.6))
    painter.drawLine(box.topLeft(), box.topRight())
    painter.setPen(QColor(MUTED))
    text_box = box.adjusted(0, 4, 0, 0)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, left)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, translate("Export", "Page {number} of {total}").format(number=number, total=total))
    painter.restore()


def _mm(value: float) -> float:
    return value / 25.4 * PDF_DPI


def export_pdf(store: Store, path: str | Path, *, country_id: str | None = None) -> int:
    """Write a printable A4 handout for one country or for all; returns its number of pages.

    Page 1 is the title page, page 2 the timeline (landscape), then one section per country and
    the source list. Every page carries "Page n of N".
    """
    check_output(Path(path))  # refused before any drawing (and again when written)
    countries = _handout_countries(store, country_id)
    one = country_id is not None
    made = date.today()
    today = made.isoformat()
    stances = store.stances_as_of(today)
    style = Style(highlight="#FFFFFF")
    cites = _PrintCitations({s.id: s for s in store.sources()})
    main = _main_source(store)
    names = {c.id: c.name for c in store.all_countries()}

    title_html = _title_page_html(store, countries, stances, cites, made, one=one)
    body = "".join(
        _country_html(store.country_detail(c.id), stances.get(c.id), cites, style, today,
                      main_source=main.id if main else None, new_page=i > 0, names=names)
        for i, c in enumerate(countries)
    )
    body += _sources_html(store, cites)

    portrait = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    landscape = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))
    page = QRectF(portrait.fullRectPixels(PDF_DPI))
    wide = QRectF(landscape.fullRectPixels(PDF_DPI))
    margins = QMarginsF(_mm(20), _mm(18), _mm(20), _mm(22))

    title_doc = _document(title_html, page.width(), page.height(), margins)
    body_doc = _document(body, page.width(), page.height(), margins)
    body_pages = range(body_doc.pageCount())
    total = title_doc.pageCount() + 1 + len(body_pages)
    subject = countries[0].name if one else translate("Export", "all countries")
    footer = translate("Export", "{title} · {subject} · made {day}").format(title=translate("Export", TITLE), subject=subject, day=format_day(made))

    data, buffer, writer = _pdf_writer(portrait, f"{translate('Export', TITLE)} — {subject}")
    painter = QPainter(writer)
    number = 0
    try:
        for i in range(title_doc.pageCount()):
            if number:
                writer.newPage()
            number += 1
            _paint_page(painter, title_doc, i, page)
            _paint_footer(painter, page, margins, number, total, footer)

        writer.setPageLayout(landscape)
        writer.newPage()
        number += 1
        _paint_timeline_page(painter, store, wide, margins, country_id if one else None, countries)
        _paint_footer(painter, wide, margins, number, total, footer)

        writer.setPageLayout(portrait)
        for i in body_pages:
            writer.newPage()
            number += 1
            _paint_page(painter, body_doc, i, page)
            _paint_footer(painter, page, margins, number, total, footer)
    finally:
        painter.end()
    buffer.close()
    _write(path, bytes(data))
    return number


def _paint_timeline_page(
    painter: QPainter, store: Store, wide: QRectF, margins: QMarginsF, country_id: str | None, countries: list[Country]
) -> None:
    """The landscape page: the timeline as large as the page allows, and how to read it."""
    area = QRectF(margins.left(), margins.top(), wide.width() - margins.left() - margins.right(),
                  wide.height() - margins.top() - margins.bottom())
    font = _font(9)
    caption = (
        translate("Export", "Each row is a country; Russia's own events are on the top row. A marker is an event: its colour is the category, filled when confirmed, hollow when only reported, claimed or disputed. A bar shows the window of days a vague date allows. The background band is the country's stance toward Russia.")
    )
    if country_id:
        caption += translate("Export", " The highlighted row is {name}.").format(name=countries[0].name)
    fm = QFontMetricsF(font)
    caption_rect = fm.boundingRect(QRectF(0, 0, area.width(), 1000), int(Qt.TextFlag.TextWordWrap), caption)
    picture = QRectF(area.left(), area.top(), area.width(), area.height() - caption_rect.height() - 10)
    painter.save()
    painter.setPen(QPen(QColor("#C8C8C8"), 0.8))
    painter.drawRect(picture)
    painter.restore()
    # Laid out a little larger than it prints, so eleven lanes and their labels fit.
    paint_timeline(painter, picture.adjusted(0.5, 0.5, -0.5, -0.5), store, country_id=country_id, scale=0.8)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    painter.drawText(QRectF(area.left(), picture.bottom() + 8, area.width(), caption_rect.height() + 2),
                     int(Qt.TextFlag.TextWordWrap), caption)
    painter.restore()


# -- menu actions ------------------------------------------------------------------------------


class SizeDialog(QDialog):
    """Width and height in pixels for a PNG picture."""

    def __init__(self, size: tuple[int, int] = DEFAULT_SIZE, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("SizeDialog", "Picture size"))
        self.width_box = QSpinBox(minimum=200, maximum=20000, singleStep=100, value=size[0], suffix=" px")
        self.height_box = QSpinBox(minimum=200, maximum=20000, singleStep=100, value=size[1], suffix=" px")
        self.width_box.setObjectName("exportWidth")
        self.height_box.setObjectName("exportHeight")
        form = QFormLayout(self)
        form.addRow(translate("SizeDialog", "&Width:"), self.width_box)
        form.addRow(translate("SizeDialog", "&Height:"), self.height_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[int, int]:
        return self.width_box.value(), self.height_box.value()

    @classmethod
    def ask(cls, parent: QWidget | None = None, size: tuple[int, int] = DEFAULT_SIZE) -> tuple[int, int] | None:
        dialog = cls(size, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- the command line --------------------------------------------------------------------------


def export_from_cli(
    store: Store,
    *,
    pdf: Path | None = None,
    png: Path | None = None,
    svg: Path | None = None,
    size: tuple[int, int] | None = None,
    country_id: str | None = None,
) -> str:
    """``ally-explorer export --pdf/--png/--svg``: starts Qt if needed; returns what was written."""
    from .application import make_app

    app = make_app()  # noqa: F841  (kept alive while painting)
    if pdf is not None:
        pages = export_pdf(store, pdf, country_id=country_id)
        return f"wrote {pdf} ({pages} pages)"
    if png is not None:
        export_timeline_png(store, png, size=size or DEFAULT_SIZE, country_id=country_id)
        return f"wrote {png} ({'x'.join(map(str, size or DEFAULT_SIZE))} pixels)"
    if svg is not None:
        export_timeline_svg(store, svg, size=size or DEFAULT_SIZE, country_id=country_id)
        return f"wrote {svg} ({'x'.join(map(str, size or DEFAULT_SIZE))} pixels)"
    raise ValueError("nothing to export: give --pdf, --png or --svg")

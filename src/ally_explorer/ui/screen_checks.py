"""What a screen size must not do to the window: cut names, overlap labels, clip text.

``layout_problems(window)`` returns one line per problem it sees (none: the layout holds). The
tests run it at every classroom screen size, in the window and presenting; ``make screens``
prints it next to each picture.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from .models.country_list import EVENTS, NAME, STANCE


#: The timeline shows at least this many lanes (when there are as many): one lane alone is no timeline.
LANES_AT_LEAST = 3


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _visible_width(view) -> int:
    """How much of a view's viewport shows on screen: a panel squeezed below its minimum width is
    clipped by its parent, and its viewport keeps the width it wanted."""
    return view.viewport().visibleRegion().boundingRect().right() + 1


def country_name_problems(window) -> list[str]:
    view = window.country_view
    if not _shown(view):
        return []
    fm = QFontMetricsF(view.font())
    room = view.columnWidth(NAME) - view.iconSize().width() - 8
    proxy = view.model()
    cut = [proxy.index(r, NAME).data() for r in range(proxy.rowCount())
           if fm.horizontalAdvance(str(proxy.index(r, NAME).data())) > room]
    return [f"country names cut in the list: {', '.join(cut)}"] if cut else []


def lane_problems(window) -> list[str]:
    tl = window.timeline
    if not _shown(tl.plot) or not tl.lanes:
        return []
    problems = []
    ticks = [name for level in (tl.lane_axis._tickLevels or []) for _, name in level]
    twice = sorted({n for n in ticks if ticks.count(n) > 1})
    missing = [n for n in tl.lane_names if n not in ticks]
    if missing:
        problems.append(f"lanes without a name: {', '.join(missing)}")
    if twice:
        problems.append(f"lanes named twice: {', '.join(twice)}")
    fm = QFontMetricsF(tl.lane_axis.style.get("tickFont") or tl.font())
    if tl._lane_px() < fm.height():
        problems.append(f"lane names overlap: lanes {tl._lane_px():.0f} px for {fm.height():.0f} px text")
    wide = [n for n in tl.shown_lane_names() if fm.horizontalAdvance(n) > tl.lane_axis.width() - 4]
    if wide:
        problems.append(f"lane names cut: {', '.join(wide)}")
    rects = tl.label_rects()
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            if a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b):
                both = a & b
                problems.append(f"timeline labels overlap ({both.width():.1f} x {both.height():.1f} px)")
                return problems
    return problems


def caption_problems(window) -> list[str]:
    caption = window.caption
    if not _shown(caption):
        return []
    return [] if caption.text_fits() else ["the caption's text is clipped"]


def axis_problems(window) -> list[str]:
    problems = []
    for plot in window.findChildren(pg.PlotWidget):
        if not _shown(plot):
            continue
        for name in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(name)
            if not axis.isVisible() or not axis.label.isVisible() or not axis.labelText:
                continue
            length = axis.label.boundingRect().width()
            room = axis.height() if name == "left" else axis.width()
            if length > room:
                problems.append(f"axis title cut: {axis.labelText!r} ({length:.0f} px in {room:.0f})")
    return problems


def wrapped_label_problems(window) -> list[str]:
    label: QLabel = window.timeline.legend
    if _shown(label) and label.wordWrap() and label.height() < label.heightForWidth(label.width()):
        return ["the timeline's legend is cut"]
    return []


def stance_column_problems(window) -> list[str]:
    """The country list's Stance column in view, its badges whole (large text once pushed it out)."""
    view = window.country_view
    if not _shown(view):
        return []
    if view.isColumnHidden(STANCE):
        return ["the Stance column is hidden"]
    left = view.columnViewportPosition(STANCE)
    if left < 0 or left + view.columnWidth(STANCE) > min(view.viewport().width(), _visible_width(view)) + 1:
        return ["the Stance column is out of view"]
    fm = QFontMetricsF(view.font())
    proxy = view.model()
    widest = max((fm.horizontalAdvance(str(proxy.index(r, STANCE).data() or "")) for r in range(proxy.rowCount())),
                 default=0.0)
    if widest + fm.height() > view.columnWidth(STANCE) + 1:
        return [f"stance badges cut: {widest + fm.height():.0f} px in {view.columnWidth(STANCE)} px"]
    return []


def events_column_problems(window) -> list[str]:
    """The country list's Events column whole on screen, or left out with each count still in the
    row's tooltip and accessible text (at zoom 2 it was cut to "Ev")."""
    view = window.country_view
    if not _shown(view):
        return []
    proxy = view.model()
    if view.isColumnHidden(EVENTS):
        for r in range(proxy.rowCount()):
            index = proxy.index(r, NAME)
            count = str(proxy.index(r, EVENTS).data())
            for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                if count not in str(index.data(role) or ""):
                    return [f"the Events column is left out and {index.data()}'s count is nowhere"]
        return []
    left, width = view.columnViewportPosition(EVENTS), view.columnWidth(EVENTS)
    shown = min(view.viewport().width(), _visible_width(view))
    if left < 0 or left + width > shown + 1:
        return [f"the Events column is cut: {max(0, shown - left)} of {width} px in view"]
    header = view.horizontalHeader()
    fm = QFontMetricsF(header.font())
    title = str(proxy.headerData(EVENTS, Qt.Orientation.Horizontal) or "")
    if fm.horizontalAdvance(title) > width:
        return [f"the Events column's title is cut: {fm.horizontalAdvance(title):.0f} px in {width} px"]
    return []


def lane_count_problems(window) -> list[str]:
    """At least three lanes of the timeline in view (at zoom 2 it showed one)."""
    tl = window.timeline
    if not _shown(tl.plot) or not tl.lanes:
        return []
    shown, wanted = len(tl.shown_lane_names()), min(LANES_AT_LEAST, len(tl.lanes))
    return [f"the timeline shows {shown} lane(s), not {wanted}"] if shown < wanted else []


def _drawn_tick_labels(axis, *, with_text: bool = False) -> list:
    """The boxes of the tick labels a pyqtgraph axis draws now, top to bottom (it leaves out
    those that would stick out of its bounds, and shrinks each box to 0.8 of the text's height);
    with ``with_text``, (box, text) pairs."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setFont(axis.style.get("tickFont") or axis.font())
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    labels = sorted(((rect, text) for rect, _flags, text in specs[2]), key=lambda rt: (rt[0].top(), rt[0].left())) if specs else []
    return labels if with_text else [rect for rect, _text in labels]


def tick_label_problems(window) -> list[str]:
    """Tick labels apart and whole on every plot: no two labels of the left axis over each other
    (the UN chart's "75", "50", "25" were, at zoom 2), and every bottom axis as tall as its text
    (the chart's years were cut in half)."""
    problems = []
    for plot in window.findChildren(pg.PlotWidget):
        if not _shown(plot):
            continue
        item = plot.getPlotItem()
        name = plot.accessibleName() or plot.objectName() or "a plot"
        left, bottom = item.getAxis("left"), item.getAxis("bottom")
        if left.isVisible() and left.style["showValues"]:
            rects = _drawn_tick_labels(left)
            for a, b in zip(rects, rects[1:]):
                if a.bottom() > b.top() + 0.5:
                    problems.append(f"{name}: y-axis labels overlap ({a.bottom() - b.top():.0f} px)")
                    break
        if bottom.isVisible() and bottom.style["showValues"]:
            fm = QFontMetricsF(bottom.style.get("tickFont") or bottom.font())
            if bottom.height() < fm.height():
                problems.append(f"{name}: x-axis labels cut ({bottom.height():.0f} px for {fm.height():.0f} px text)")
    return problems


def squeezed_panel_problems(window) -> list[str]:
    """A panel narrower than its content needs must scroll, not clip (the Filters panel)."""
    problems = []
    for area in window.findChildren(QScrollArea):
        inner = area.widget()
        if inner is None or not _shown(area) or area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        if inner.width() + 1 < inner.minimumSizeHint().width():
            problems.append(f"{inner.objectName() or type(inner).__name__} squeezed to {inner.width()} px "
                            f"(needs {inner.minimumSizeHint().width()})")
    panel = getattr(window, "facet_panel", None)
    if panel is not None and _shown(panel) and not isinstance(panel.parentWidget().parentWidget(), QScrollArea):
        if panel.width() + 1 < panel.minimumSizeHint().width():
            problems.append("the Filters panel is clipped")
    return problems


def facet_name_problems(window) -> list[str]:
    """Every value of the filters panel shows its whole name (wrapped, never elided)."""
    from .widgets.facet_panel import name_rect, wrapped_height

    tree = window.facet_panel.tree
    if not _shown(tree):
        return []
    cut = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            index = tree.indexFromItem(group.child(i), 0)
            rect, option = name_rect(tree, index)
            text = str(index.data() or "")
            fm = QFontMetricsF(option.font)
            widest = max((fm.horizontalAdvance(word) for word in text.split()), default=0)
            if widest > rect.width() or wrapped_height(text, option, rect.width()) > rect.height() + 1:
                cut.append(text)
    return [f"filter names cut: {', '.join(cut)}"] if cut else []


def chart_problems(window) -> list[str]:
    """The UN agreement chart's title and note show whole and lie over nothing."""
    from .widgets.agreement_chart import AgreementChart

    problems = []
    for chart in window.findChildren(AgreementChart):
        if not _shown(chart):
            continue
        parts = {"title": chart.title, "plot": chart._plot, "note": chart.note}
        shown = [(name, w) for name, w in parts.items() if w is not None and _shown(w)]
        for name, w in shown:
            if name != "plot" and w.height() < w.heightForWidth(w.width()):
                problems.append(f"the UN chart's {name} is cut")
        for i, (name_a, a) in enumerate(shown):
            for name_b, b in shown[i + 1:]:
                if a.geometry().intersects(b.geometry()):
                    problems.append(f"the UN chart's {name_a} overlaps its {name_b}")
    return problems


def tab_problems(window) -> list[str]:
    """Every main tab in sight with its whole name (a scrolled bar hid "UN votes" at 1024 wide)."""
    bar = window.tabs.tabBar()
    if not _shown(bar):
        return []
    fm = QFontMetricsF(bar.font())
    hidden = [bar.tabText(i) for i in range(bar.count())
              if bar.tabRect(i).left() < 0 or bar.tabRect(i).right() >= bar.width()
              or fm.horizontalAdvance(bar.tabText(i)) > bar.tabRect(i).width()]
    return [f"tabs out of sight or cut: {', '.join(hidden)}"] if hidden else []


def legend_problems(window) -> list[str]:
    """Every entry of the timeline's legend on one line (it wraps between entries only)."""
    label: QLabel = window.timeline.legend
    if not _shown(label):
        return []
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(label.font())
    doc.setHtml(label.text())
    doc.setTextWidth(label.contentsRect().width())
    doc.size()  # lays the text out
    text, broken, start = doc.toPlainText(), [], 0
    lines = doc.firstBlock().layout()
    for entry in text.split(" "):  # entries are joined by the only plain spaces
        last = start + len(entry.rstrip("\xa0")) - 1
        if entry.strip() and lines.lineForTextPosition(start).lineNumber() != lines.lineForTextPosition(last).lineNumber():
            broken.append(entry.replace("\xa0", " ").replace("\u2060", "").strip())
        start += len(entry) + 1
    return [f"legend entries broken across lines: {', '.join(broken)}"] if broken else []


def layout_problems(window) -> list[str]:
    return (country_name_problems(window) + lane_problems(window) + caption_problems(window)
            + axis_problems(window) + wrapped_label_problems(window) + legend_problems(window)
            + facet_name_problems(window) + chart_problems(window) + tab_problems(window)
            + stance_column_problems(window) + squeezed_panel_problems(window) + events_column_problems(window)
            + lane_count_problems(window) + tick_label_problems(window))


__all__ = ["layout_problems"]

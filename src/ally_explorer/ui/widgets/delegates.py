"""Item delegates: the stance badge in the country list and rich-text search results."""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .. import theme
from ..models.country_list import COLOR_ROLE
from ..models.search_results import HTML_ROLE


class StanceBadgeDelegate(QStyledItemDelegate):
    """Draws the stance as a rounded, coloured badge with readable text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        color = index.data(COLOR_ROLE) or theme.NO_STANCE_COLOR
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + metrics.height(), opt.rect.width() - 6)
        height = metrics.height() + 4
        rect = QRectF(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(theme.text_on(color)))
        font = opt.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 6)))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        metrics = option.fontMetrics
        text = index.data() or ""
        return QSize(metrics.horizontalAdvance(text) + metrics.height() + 12, max(size.height(), metrics.height() + 10))


class HtmlDelegate(QStyledItemDelegate):
    """Renders the model's HTML_ROLE (e.g. highlighted snippets) with word wrap.

    A list of 100 results asks every row's size at least once per layout, and lays out twice
    when its scroll bar comes or goes (or when selecting the first row lays it out again): each
    row's document is parsed once and kept, with its size per width. The documents are keyed
    by their HTML and font, so a row never shows a stale one, and are kept across model
    resets, the least recently used given over to new HTML: a new search parses into the
    documents of an earlier one instead of deleting them and making new ones (about half the
    cost of a new document), and a search run again (a filter change, an edit) finds its own."""

    #: Documents kept: one search's 100 rows and some (about 26 kB each, laid out); beyond it
    #: the least recently used is reused.
    CACHE_MAX = 120

    def __init__(self, parent=None):
        super().__init__(parent)
        # (html, font key) -> [document, {width: (size, widest line)}], least recently used first
        self._docs: OrderedDict[tuple[str, str], list] = OrderedDict()

    def clear_cache(self) -> None:
        self._docs.clear()

    def _entry(self, html: str, font, font_key: str) -> list:
        key = (html, font_key)
        entry = self._docs.get(key)
        if entry is not None:
            self._docs.move_to_end(key)
            return entry
        if len(self._docs) >= self.CACHE_MAX:
            _old_key, entry = self._docs.popitem(last=False)
            doc = entry[0]
            entry[1] = {}
        else:
            doc = QTextDocument()
            doc.setUndoRedoEnabled(False)
            doc.setDocumentMargin(4)
            entry = [doc, {}]
        doc.setDefaultFont(font)
        doc.setHtml(html)
        self._docs[key] = entry
        return entry

    @staticmethod
    def _laid_out(doc: QTextDocument, width: int) -> QTextDocument:
        width = max(width, 120)
        if doc.textWidth() != width:
            doc.setTextWidth(width)
        return doc

    def _document(self, html: str, font, font_key: str, width: int) -> QTextDocument:
        return self._laid_out(self._entry(html, font, font_key)[0], width)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        font = option.font
        doc = self._document(index.data(HTML_ROLE) or "", font, font.key(), option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(0, 0, opt.rect.width(), opt.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 260
        font = option.font
        doc, sizes = self._entry(index.data(HTML_ROLE) or "", font, font.key())
        known = sizes.get(width)
        if known is None:
            # Laid out at a wider width, every line fitting in ``fits`` (its widest line, rounded
            # up): at any width from ``fits`` up the lines break the same (the list asks again at
            # its contents' width, the rows' widest).
            known = next((k for wider, k in sizes.items() if k[1] <= width <= wider), None)
            if known is None:
                self._laid_out(doc, width)
                ideal = doc.idealWidth()
                known = (QSize(int(ideal), int(doc.size().height()) + 2), math.ceil(ideal))
            sizes[width] = known
        return QSize(known[0])

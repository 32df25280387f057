"""Item delegates: the stance badge in the country list and rich-text search results."""

from __future__ import annotations

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
    row's document is parsed once and kept, with its size per width, until the model resets.
    The documents are keyed by their HTML and font, so a row never shows a stale one."""

    #: More documents than this (a model that never resets) and the cache starts again.
    CACHE_MAX = 2000

    def __init__(self, parent=None):
        super().__init__(parent)
        self._docs: dict[tuple[str, str], QTextDocument] = {}
        self._sizes: dict[tuple[str, str, int], QSize] = {}
        self._model = None

    def clear_cache(self) -> None:
        self._docs.clear()
        self._sizes.clear()

    def _watch(self, model) -> None:
        if model is self._model or model is None:
            return
        if self._model is not None:
            self._model.modelReset.disconnect(self.clear_cache)
        self._model = model
        model.modelReset.connect(self.clear_cache)
        self.clear_cache()

    def _document(self, html: str, font, font_key: str, width: int) -> QTextDocument:
        doc = self._docs.get((html, font_key))
        if doc is None:
            if len(self._docs) >= self.CACHE_MAX:
                self.clear_cache()
            doc = self._docs[(html, font_key)] = QTextDocument()
            doc.setDefaultFont(font)
            doc.setDocumentMargin(4)
            doc.setHtml(html)
        width = max(width, 120)
        if doc.textWidth() != width:
            doc.setTextWidth(width)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        self._watch(index.model())
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
        self._watch(index.model())
        html, font = index.data(HTML_ROLE) or "", option.font
        key = (html, font.key(), width)
        size = self._sizes.get(key)
        if size is None:
            doc = self._document(html, font, key[1], width)
            size = self._sizes[key] = QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)
        return QSize(size)

"""The source reader: a source's text with every cited passage highlighted by confidence.

Plain data in, signals out: ``set_source(text, passages)`` shows a text; hovering a passage
shows its entries, clicking one emits ``entry_activated``; a selection offers "New ... from
Selection" (``new_entry_requested``); ``show_entry`` scrolls to and marks an entry's passage.
Highlights are the text edit's extra selections (painted only where visible), so a 1 MB text
with 1,000 passages opens without laying out formats character by character.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu, QPlainTextEdit,
    QProgressBar, QSplitter, QTextEdit, QToolTip, QVBoxLayout, QWidget,
)

from ...core import vocab
from ...core.anchors import Coverage, coverage
from ...core.records import Passage
from .. import theme
from ..core_words import confidence_label
from ..i18n import QT_TRANSLATE_NOOP, translate

#: What a selection can become, in the menu's order: (entity, menu text).
NEW_FROM_SELECTION = (
    ("event", QT_TRANSLATE_NOOP("SourceReader", "New Event from Selection")),
    ("statement", QT_TRANSLATE_NOOP("SourceReader", "New Quote from Selection")),
    ("figure", QT_TRANSLATE_NOOP("SourceReader", "New Key Figure from Selection")),
    ("alignment", QT_TRANSLATE_NOOP("SourceReader", "New Alignment from Selection")),
)
_KIND_LABELS = {"event": QT_TRANSLATE_NOOP("SourceReader", "Event"), "statement": QT_TRANSLATE_NOOP("SourceReader", "Quote"), "figure": QT_TRANSLATE_NOOP("SourceReader", "Key figure"), "alignment": QT_TRANSLATE_NOOP("SourceReader", "Alignment")}


def _tint(color: str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


class _TextView(QPlainTextEdit):
    """The text: read-only but selectable; hover and click report the character under the mouse."""

    hovered = Signal(int, QPoint)  # character position, global point
    clicked = Signal(int)
    menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.menu_requested)
        self._press: QPoint | None = None

    def _position(self, pos: QPoint) -> int:
        cursor = self.cursorForPosition(pos)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - pos.y()) > rect.height():
            return -1  # below the last line
        return cursor.position()

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if not event.buttons():
            point = event.position().toPoint()
            self.hovered.emit(self._position(point), self.viewport().mapToGlobal(point))

    def mousePressEvent(self, event) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if (event.button() == Qt.MouseButton.LeftButton and self._press is not None
                and (point - self._press).manhattanLength() < 4 and not self.textCursor().hasSelection()):
            where = self._position(point)
            if where >= 0:
                self.clicked.emit(where)
        self._press = None


class SourceReader(QWidget):
    """Depends on nothing but the data it is given (see the module docstring)."""

    source_chosen = Signal(str)  # the user picked another source in the list
    entry_activated = Signal(str, int)  # (kind, id) of a clicked passage
    new_entry_requested = Signal(str, str)  # (entity, selected text)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sourceReader")
        self.sources = QComboBox()
        self.sources.setObjectName("readerSources")
        self.sources.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sources.activated.connect(self._on_source_activated)
        self.coverage_label = QLabel()
        self.coverage_label.setObjectName("readerCoverageLabel")
        self.coverage_bar = QProgressBar()
        self.coverage_bar.setObjectName("readerCoverage")
        self.coverage_bar.setTextVisible(False)
        self.coverage_bar.setFixedWidth(120)
        self.coverage_bar.setMaximumHeight(12)
        self.unused_box = QCheckBox(self.tr("Not yet used"))
        self.unused_box.setToolTip(self.tr("List the sentences no entry cites"))
        self.unused_box.toggled.connect(self._on_unused_toggled)
        self.text = _TextView()
        self.text.setObjectName("readerText")
        self.text.setAccessibleName(self.tr("Source text"))
        self.text.hovered.connect(self._on_hovered)
        self.text.clicked.connect(self._on_clicked)
        self.text.menu_requested.connect(self._on_menu)
        self.unused = QListWidget()
        self.unused.setObjectName("readerUnused")
        self.unused.setWordWrap(True)
        self.unused.itemActivated.connect(self._on_unused_activated)
        self.unused.itemClicked.connect(self._on_unused_activated)
        self.unused.hide()
        self.legend = QLabel(" ".join(
            f"<span style='background:{_tint(theme.CONFIDENCE_COLORS[c], 70).name(QColor.NameFormat.HexArgb)};"
            f"'>&nbsp;{confidence_label(c)}&nbsp;</span>" for c in vocab.CONFIDENCES))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 4)
        top.addWidget(QLabel(self.tr("Source:")))
        top.addWidget(self.sources, 1)
        top.addWidget(self.unused_box)
        split = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.text)
        split.addWidget(self.unused)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(6, 2, 6, 4)
        bottom.addWidget(self.legend)
        bottom.addStretch(1)
        bottom.addWidget(self.coverage_label)
        bottom.addWidget(self.coverage_bar)
        layout.addLayout(bottom)
        self.hint = self.tr("Select text and right-click to make an entry from it")
        self.text.setStatusTip(self.hint)
        self._source_id: str | None = None
        self._text = ""
        self._astral: list[int] = []
        self._passages: list[Passage] = []
        self._starts: list[int] = []
        self._max_len = 0
        self._base: list[QTextEdit.ExtraSelection] = []
        self._marked: tuple[str, int] | None = None
        self.coverage: Coverage | None = None
        self._coverage_pending = False

    # -- data in -------------------------------------------------------------------------------

    def set_sources(self, sources: Sequence[tuple[str, str]], current: str | None) -> None:
        """The sources that hold a text, as (id, title); ``current`` is shown selected."""
        self.sources.blockSignals(True)
        self.sources.clear()
        for source_id, title in sources:
            self.sources.addItem(title, source_id)
        index = self.sources.findData(current)
        self.sources.setCurrentIndex(max(index, 0))
        self.sources.blockSignals(False)

    @property
    def source_id(self) -> str | None:
        return self._source_id

    def set_source(self, source_id: str | None, text: str, passages: Sequence[Passage]) -> None:
        """Show a text and highlight its cited passages (``passages`` in text order)."""
        same = source_id == self._source_id and text == self._text
        self._source_id = source_id
        if not same:
            self._text = text
            # Qt counts UTF-16 units, Python characters: note where they part (emoji and the like).
            self._astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF] if not text.isascii() else []
            self.text.setPlainText(text)
        self._passages = sorted(passages, key=lambda p: (p.start, p.end))
        self._starts = [p.start for p in self._passages]
        self._max_len = max((p.end - p.start for p in self._passages), default=0)
        self._base = [self._selection(p.start, p.end, theme.CONFIDENCE_COLORS.get(p.confidence, "#888888"), 60)
                      for p in self._passages]
        self._marked = None
        self.text.setExtraSelections(self._base)
        # Counting sentences takes longer than the paint (~50 ms for 1 MB): done right after it.
        self.coverage = None
        self.coverage_label.setText(self.tr("Counting sentences…"))
        self._coverage_pending = True
        QTimer.singleShot(0, self.update_coverage)

    def update_coverage(self) -> None:
        """Count the sentences that carry an entry (now, if still pending)."""
        if not self._coverage_pending:
            return
        self._coverage_pending = False
        self.coverage = coverage(self._text, [(p.start, p.end) for p in self._passages])
        self._update_coverage()
        if self.unused_box.isChecked():
            self._fill_unused()

    def qt_position(self, position: int) -> int:
        """A character offset of the text -> Qt's position (UTF-16 units)."""
        return position + bisect.bisect_left(self._astral, position) if self._astral else position

    def text_position(self, qt: int) -> int:
        """Qt's position -> the character offset of the text."""
        if not self._astral:
            return qt
        lo, hi = 0, len(self._text)
        while lo < hi:  # the first offset whose Qt position reaches qt
            mid = (lo + hi) // 2
            if self.qt_position(mid) < qt:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _cursor(self, start: int, end: int | None = None) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.qt_position(start))
        if end is not None:
            cursor.setPosition(self.qt_position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _selection(self, start: int, end: int, color: str, alpha: int, *, outline: bool = False) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = self._cursor(start, end)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(_tint(color, alpha))
        if outline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        sel.format = fmt
        return sel

    def _update_coverage(self) -> None:
        cov = self.coverage
        total, used = (cov.total, cov.used) if cov else (0, 0)
        self.coverage_bar.setRange(0, max(total, 1))
        self.coverage_bar.setValue(used)
        self.coverage_label.setText(self.tr("%1 of %2 sentences carry an entry").replace("%1", str(used)).replace("%2", str(total)))
        tip = self.tr("Sentences that at least one entry cites; tick “Not yet used” to list the others")
        self.coverage_label.setToolTip(tip)
        self.coverage_bar.setToolTip(tip)

    # -- lookups -------------------------------------------------------------------------------

    def passages_at(self, position: int) -> list[Passage]:
        """Every passage holding the character at ``position``."""
        if position < 0:
            return []
        i = bisect.bisect_right(self._starts, position)
        out = []
        j = i - 1
        while j >= 0 and self._starts[j] >= position - self._max_len:
            p = self._passages[j]
            if p.start <= position < p.end:
                out.append(p)
            j -= 1
        return sorted(out, key=lambda p: (p.start, p.kind, p.item_id))

    def passage_of(self, kind: str, item_id: int) -> Passage | None:
        return next((p for p in self._passages if p.kind == kind and p.item_id == item_id), None)

    # -- entries -------------------------------------------------------------------------------

    def show_entry(self, kind: str, item_id: int) -> bool:
        """Mark an entry's passage and scroll to it; False when this text holds none of it."""
        p = self.passage_of(kind, int(item_id))
        if p is None:
            if self._marked is not None:
                self._marked = None
                self.text.setExtraSelections(self._base)
            return False
        self._marked = (kind, int(item_id))
        mark = self._selection(p.start, p.end, theme.CONFIDENCE_COLORS.get(p.confidence, "#888888"), 150, outline=True)
        self.text.setExtraSelections([*self._base, mark])
        self.text.setTextCursor(self._cursor(p.end))
        self.text.setTextCursor(self._cursor(p.start))
        self.text.centerCursor()
        return True

    @property
    def marked(self) -> tuple[str, int] | None:
        return self._marked

    def _describe(self, p: Passage) -> str:
        how = confidence_label(p.confidence)
        return f"{translate('SourceReader', _KIND_LABELS.get(p.kind, p.kind))}: {p.title} ({how})"

    def _on_hovered(self, position: int, point: QPoint) -> None:
        found = self.passages_at(self.text_position(position) if position >= 0 else -1)
        if found:
            QToolTip.showText(point, "\n".join(self._describe(p) for p in found), self.text)
        else:
            QToolTip.hideText()

    def _on_clicked(self, position: int) -> None:
        found = self.passages_at(self.text_position(position))
        if found:
            self.entry_activated.emit(found[0].kind, found[0].item_id)

    def selected_text(self) -> str:
        # From the text itself: Qt's selectedText() writes line breaks as U+2029 and no-break
        # spaces as spaces, and an excerpt must be verbatim.
        cursor = self.text.textCursor()
        return self._text[self.text_position(cursor.selectionStart()):self.text_position(cursor.selectionEnd())]

    def select_range(self, start: int, end: int) -> None:
        self.text.setTextCursor(self._cursor(start, end))

    def _on_menu(self, pos: QPoint) -> None:
        menu = self.make_menu(self.text_position(self.text.cursorForPosition(pos).position()))
        menu.exec(self.text.viewport().mapToGlobal(pos))

    def make_menu(self, position: int) -> QMenu:
        menu = QMenu(self)
        selected = self.selected_text().strip()
        for entity, label in NEW_FROM_SELECTION:
            action = menu.addAction(self.tr(label))
            action.setEnabled(bool(selected))
            action.triggered.connect(lambda _=False, e=entity: self.new_entry_requested.emit(e, self.selected_text()))
        found = self.passages_at(position)
        if found:
            menu.addSeparator()
            for p in found:
                menu.addAction(self.tr("Show %1").replace("%1", self._describe(p)),
                               lambda p=p: self.entry_activated.emit(p.kind, p.item_id))
        return menu

    # -- not yet used --------------------------------------------------------------------------

    def _on_unused_toggled(self, on: bool) -> None:
        if on:
            self.update_coverage()
            self._fill_unused()
        self.unused.setVisible(on)

    def _fill_unused(self) -> None:
        self.unused.clear()
        if self.coverage is None:
            return
        text = self._text
        for start, end in self.coverage.unused():
            item = QListWidgetItem(text[start:end] if end - start <= 400 else text[start:start + 399] + "…")
            item.setData(Qt.ItemDataRole.UserRole, (start, end))
            self.unused.addItem(item)

    def _on_unused_activated(self, item: QListWidgetItem) -> None:
        start, end = item.data(Qt.ItemDataRole.UserRole)
        self.select_range(start, end)
        self.text.centerCursor()

    def _on_source_activated(self, index: int) -> None:
        source_id = self.sources.itemData(index)
        if source_id and source_id != self._source_id:
            self.source_chosen.emit(source_id)


__all__ = ["SourceReader", "NEW_FROM_SELECTION"]

"""The detail pane: one country's summary, alignment history, figures, events and quotes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit

from ...core.records import Alignment, CountryDetail
from .. import theme
from ..announce import announce, name_changed
from .detail_html import SHOW_ALL, TEXT_LIMIT, Style, bound_html, render_country, render_welcome


class DetailPane(QTextBrowser):
    """Rich, selectable text; links inside it ask the window to select things elsewhere."""

    event_activated = Signal(int)
    statement_activated = Signal(int)
    country_activated = Signal(str)
    source_activated = Signal(str)
    item_activated = Signal(str, int)  # figure or alignment clicked: (kind, id)
    edit_requested = Signal(str, object)  # double-click: (kind, id)
    filters_clear_requested = Signal()
    more_requested = Signal(str)  # show more of the country's "events" or "statements"

    ITEM_KINDS = ("event", "statement", "figure", "alignment")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Details"))
        self.setAccessibleDescription(self.tr("The selected country's summary, events and quotes; "
                                              "Left and Right walk the links, Enter follows one"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.document().setDocumentMargin(14)
        self._detail: CountryDetail | None = None
        self._current: Alignment | None = None
        self._as_of: str | None = None
        self._highlight: tuple[str, int] | None = None
        self.show_excerpts = False
        self.country_names: dict[str, str] = {}  # what a link to another country says ("Russia", not "RUS")
        self.style_colors = Style()
        #: Called with the context menu and the item under the mouse (or None) before it shows.
        self.menu_provider: Callable[[QMenu, tuple[str, int] | None], None] | None = None
        #: A description of the active facet filters, shown as a banner; None when there are none.
        self.filters_note: str | None = None
        #: Long texts are cut (``bound_html``) until "show all" is clicked, for this country.
        self._show_all = False
        self._shown_page: tuple | None = None  # the country page shown, its font and link colour

    def setHtml(self, text: str) -> None:  # noqa: N802 (Qt's name): every page is bounded
        self._shown_page = None
        super().setHtml(bound_html(text, limit=None if self._show_all else TEXT_LIMIT))

    def _set_page(self, text: str) -> bool:
        """Show a country's page, unless it is the page shown already (an edit of something the
        page does not show: no second layout of the same page, the scroll and selection kept).
        False when nothing had to change."""
        page = bound_html(text, limit=None if self._show_all else TEXT_LIMIT)
        # Qt gives links the application palette's colour as it reads the page: a theme that kept
        # every colour of the page but that one reads it again too.
        key = (page, self.document().defaultFont().key(), QGuiApplication.palette().color(QPalette.ColorRole.Link).rgba())
        if key == self._shown_page:
            return False
        super().setHtml(page)
        self._shown_page = key
        return True

    # The keyboard: one Tab stop; Left/Right go from link to link, Enter follows it, Up/Down scroll
    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab leave the pane (a country page has dozens of links to walk otherwise)."""
        return QTextEdit.focusNextPrevChild(self, next)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if QTextBrowser.focusNextPrevChild(self, key == Qt.Key.Key_Right):  # the next or previous link, scrolled into view
                event.accept()
                self._say_focused_link()
                return
        super().keyPressEvent(event)

    def focused_link_text(self) -> str:
        """What the link the arrows walked to opens: its title ("Source 1: …", "Russia"), else its text."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        probe = QTextCursor(self.document())
        probe.setPosition(cursor.selectionStart() + 1)
        title = probe.charFormat().toolTip()
        text = cursor.selectedText().replace("\u00a0", " ").strip()
        return title or text

    def _say_focused_link(self) -> None:
        """Qt exposes no links of a text browser: the pane's description says the focused one."""
        text = self.focused_link_text()
        if text:
            self.setAccessibleDescription(self.tr("Link: %1").replace("%1", text))
            name_changed(self)
            announce(self, text)

    # What the pane shows
    @property
    def country_id(self) -> str | None:
        return self._detail.country.id if self._detail else None

    @property
    def highlighted_item(self) -> tuple[str, int] | None:
        return self._highlight

    def show_welcome(self, counts: dict[str, int]) -> None:
        self._detail = None
        self._highlight = None
        self.setHtml(render_welcome(counts, self.style_colors))

    def show_country(self, detail: CountryDetail, current: Alignment | None, *, as_of: str | None = None) -> None:
        same = self._detail is not None and self._detail.country.id == detail.country.id
        self._detail, self._current, self._as_of = detail, current, as_of
        if not same:
            self._highlight = None
            self._show_all = False
        self._render(keep_scroll=same)
        if not same:
            self.verticalScrollBar().setValue(0)

    def set_stance(self, current: Alignment | None, as_of: str | None) -> None:
        if self._detail is not None:
            self._current, self._as_of = current, as_of
            self._render(keep_scroll=True)

    def highlight(self, kind: str, item_id: int, *, scroll: bool = True) -> None:
        """Mark an event or statement and bring it into view."""
        if self._detail is None:
            return
        self._highlight = (kind, item_id)
        self._render(keep_scroll=True)
        if scroll:
            self.scrollToAnchor(f"{kind}-{item_id}")

    def shown_statements(self):
        return self._detail.statements if self._detail is not None else ()

    def shown_events(self):
        return self._detail.events if self._detail is not None else ()

    def scroll_to_highlight(self) -> None:
        if self._highlight is not None:
            self.scrollToAnchor(f"{self._highlight[0]}-{self._highlight[1]}")

    def clear_highlight(self) -> None:
        if self._highlight is not None:
            self._highlight = None
            self._render(keep_scroll=True)

    def rerender(self) -> None:
        if self._detail is not None:
            self._render(keep_scroll=True)

    def _render(self, *, keep_scroll: bool) -> None:
        assert self._detail is not None
        bar = self.verticalScrollBar()
        position = bar.value()
        changed = self._set_page(
            render_country(
                self._detail, current=self._current, as_of=self._as_of, highlight=self._highlight,
                show_excerpts=self.show_excerpts, style=self.style_colors, filters_note=self.filters_note,
                names=self.country_names,
            )
        )
        if keep_scroll and changed:
            bar.setValue(position)

    def loadResource(self, kind: int, url: QUrl):
        """Flags come from the shipped SVGs: <img src='flag:BY'>."""
        if url.scheme() == "flag" or url.toString().startswith("flag:"):
            iso2 = url.toString().partition(":")[2]
            return theme.flag_pixmap(iso2, 72).toImage()
        return super().loadResource(kind, url)

    def item_at(self, pos: QPoint) -> tuple[str, int] | None:
        """The event, statement, figure or alignment whose link is under a viewport point."""
        kind, _, value = self.anchorAt(pos).partition(":")
        if kind in self.ITEM_KINDS and value.isdigit():
            return kind, int(value)
        return None

    def card_at(self, pos: QPoint) -> tuple[str, int] | None:
        """The event whose card (its whole paragraph, blank parts too) holds a viewport point."""
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        rect = self.document().documentLayout().blockBoundingRect(block)
        rect.translate(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        if not rect.contains(pos.toPointF()):
            return None
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                kind, _, value = name.partition("-")
                if kind == "event" and value.isdigit():
                    return kind, int(value)
            it += 1
        return None

    def mouseReleaseEvent(self, event) -> None:
        """A click anywhere on an event card selects that event (links keep their own meaning;
        a drag that selected text selects nothing)."""
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        pos = event.position().toPoint()
        if self.anchorAt(pos):
            return
        card = self.card_at(pos)
        if card is not None:
            self.event_activated.emit(card[1])

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.item_at(event.position().toPoint())
        if item is not None:
            self.edit_requested.emit(item[0], item[1])
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.menu_provider is not None:
            self.menu_provider(menu, self.item_at(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _on_anchor_clicked(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if url.toString() == SHOW_ALL:
            self._show_all = True
            if self._detail is not None:
                self._render(keep_scroll=True)
        elif kind == "filters" and value == "clear":
            self.filters_clear_requested.emit()
        elif kind == "more":
            self.more_requested.emit(value)
        elif kind in ("figure", "alignment") and value.isdigit():
            self.highlight(kind, int(value), scroll=False)
            self.item_activated.emit(kind, int(value))
        elif kind == "event" and value.isdigit():
            self.event_activated.emit(int(value))
        elif kind == "statement" and value.isdigit():
            self.statement_activated.emit(int(value))
        elif kind == "country" and value:
            self.country_activated.emit(value)
        elif kind == "source" and value:
            self.scrollToAnchor(f"source-{value}")
            self.source_activated.emit(value)

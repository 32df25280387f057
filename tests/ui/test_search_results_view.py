"""The search results list: each row as tall as its text, whatever was searched or shown before
(the delegate keeps each row's laid-out text until the results change)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from ally_explorer.ui import theme
from ally_explorer.ui.models.search_results import HTML_ROLE


def fresh_height(view, row: int) -> int:
    """The row's height from its HTML laid out anew at the list's width."""
    index = view.model().index(row, 0)
    doc = QTextDocument()
    doc.setDefaultFont(view.font())
    doc.setDocumentMargin(4)
    doc.setHtml(index.data(HTML_ROLE))
    doc.setTextWidth(max(view.viewport().width(), 120))
    return int(doc.size().height()) + 2


def search(window, qtbot, text: str) -> None:
    window.search_box.setText(text)
    window.run_search()
    qtbot.waitUntil(lambda: window.search_model.rowCount() > 0, timeout=2000)
    window.search_view.doItemsLayout()


def test_rows_are_as_tall_as_their_text_after_other_searches_a_narrower_list_and_a_theme(window, qtbot):
    view = window.search_view
    search(window, qtbot, "treaty")
    first = [window.search_model.hit(r) for r in range(window.search_model.rowCount())]
    search(window, qtbot, "sanctions")
    assert [window.search_model.hit(r) for r in range(window.search_model.rowCount())] != first
    rows = range(min(window.search_model.rowCount(), 8))
    for row in rows:
        assert view.visualRect(view.model().index(row, 0)).height() == fresh_height(view, row)

    wide = view.viewport().width()
    view.setFixedWidth(view.width() - 120)  # the list narrower: the rows wrap anew
    qtbot.waitUntil(lambda: view.viewport().width() < wide - 100, timeout=2000)
    view.doItemsLayout()
    for row in rows:
        assert view.visualRect(view.model().index(row, 0)).height() == fresh_height(view, row)

    window.presentation.set_theme("dark")
    marked = view.model().index(0, 0).data(HTML_ROLE)
    assert theme.current().mark in marked
    for row in rows:
        assert view.visualRect(view.model().index(row, 0)).height() == fresh_height(view, row)


def test_rows_are_as_tall_as_their_text_when_their_documents_held_other_results_before(window, qtbot):
    """A new search parses into the documents of earlier ones (the least recently used): nothing
    of an earlier result's text or height is left in a row."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = window.search_view
    delegate = view.itemDelegate()
    delegate.CACHE_MAX = 6  # fewer than the rows shown: every document is reused
    for text in ("treaty", "sanctions", "Belarus", "treaty"):
        search(window, qtbot, text)
        for row in range(min(window.search_model.rowCount(), 8)):
            option = QStyleOptionViewItem()
            option.font = view.font()
            option.rect.setWidth(view.viewport().width())
            assert delegate.sizeHint(option, view.model().index(row, 0)).height() == fresh_height(view, row)
    assert len(delegate._docs) <= 6


def test_after_a_search_without_results_the_list_scrolls_as_before_and_its_rows_fit_their_text(window, qtbot):
    """A long result list after an empty one shows the scroll bar before its rows are laid out
    (so they are laid out once); afterwards the bar comes and goes as needed, as ever."""
    from PySide6.QtCore import Qt

    view = window.search_view
    search(window, qtbot, "Russia")
    window.search_box.setText("zzqx-nothing")
    window.run_search()
    assert window.search_model.rowCount() == 0
    qtbot.waitUntil(lambda: not view.verticalScrollBar().isVisible(), timeout=2000)
    search(window, qtbot, "Russia")
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: view.viewport().height() > 100, timeout=2000)
    view.doItemsLayout()
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    for row in range(8):
        assert view.visualRect(view.model().index(row, 0)).height() == fresh_height(view, row)
    window.search_box.setText("zzqx-nothing")
    window.run_search()
    qtbot.waitUntil(lambda: not view.verticalScrollBar().isVisible(), timeout=2000)


def test_a_rows_size_at_any_width_is_its_text_laid_out_at_that_width(window, qtbot):
    """The delegate reuses a size for narrower widths its text still fits in: at each width the
    list may ask (wider to narrower, as when its scroll bar comes), the height is a fresh layout's."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = window.search_view
    search(window, qtbot, "Russia")
    delegate = view.itemDelegate()
    for row in range(min(window.search_model.rowCount(), 12)):
        index = view.model().index(row, 0)
        doc = QTextDocument()
        doc.setDefaultFont(view.font())
        doc.setDocumentMargin(4)
        doc.setHtml(index.data(HTML_ROLE))
        for width in range(520, 200, -3):
            option = QStyleOptionViewItem()
            option.font = view.font()
            option.rect.setWidth(width)
            doc.setTextWidth(width)
            assert delegate.sizeHint(option, index).height() == int(doc.size().height()) + 2, (row, width)

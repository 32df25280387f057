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

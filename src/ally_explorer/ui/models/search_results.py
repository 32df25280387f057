"""Search results: one row per hit, its snippet's matches marked for the delegate to highlight."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from ...core.records import SearchHit
from .. import theme
from ..i18n import QT_TRANSLATE_NOOP, translate

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2

KIND_LABELS = {"country": QT_TRANSLATE_NOOP("SearchResults", "Country"), "event": QT_TRANSLATE_NOOP("SearchResults", "Event"), "statement": QT_TRANSLATE_NOOP("SearchResults", "Quote")}


def snippet_html(snippet: str) -> str:
    """[[match]] -> <b>match</b>, everything else escaped."""
    out = []
    for i, part in enumerate(snippet.replace("]]", "[[").split("[[")):
        text = html.escape(part)
        out.append(f"<b style='background-color:{theme.current().mark}'>{text}</b>" if i % 2 else text)
    return "".join(out)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._marked: dict[tuple[int, str], str] = {}  # (row, mark colour) -> its snippet_html
        self.query = ""

    def set_hits(self, query: str, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.query = query
        self._hits = list(hits)
        self._marked.clear()
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        h = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            plain = h.snippet.replace("[[", "").replace("]]", "")
            return f"{translate('SearchResults', KIND_LABELS.get(h.kind, h.kind))}: {h.title} — {plain}"
        if role == HTML_ROLE:
            # asked at least once per row and layout (the delegate's size hints): the escaped and
            # marked snippet is kept per row for the theme's mark colour
            palette = theme.current()
            key = (index.row(), palette.mark)
            marked = self._marked.get(key)
            if marked is None:
                marked = self._marked[key] = snippet_html(h.snippet)
            when = f" · {html.escape(h.date_label)}" if h.date_label else ""
            return (
                f"<span style='color:{palette.muted}'>{translate('SearchResults', KIND_LABELS.get(h.kind, h.kind))}{when}</span><br>"
                f"<b>{html.escape(h.title)}</b><br>{marked}"
            )
        if role == HIT_ROLE:
            return h
        if role == Qt.ItemDataRole.ToolTipRole:
            return h.snippet.replace("[[", "").replace("]]", "")
        return None

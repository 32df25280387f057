"""A tab whose content is built the first time it is wanted.

Until then the tab holds an empty page; ``replace_page`` puts the content in the page's place,
the same tab at the same index with the same text and tooltip, and announces no tab change.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QTabWidget, QWidget


def replace_page(tabs: QTabWidget, page: QWidget, content: QWidget) -> None:
    """Put ``content`` in ``page``'s tab and release the page.

    The page is released at once (taken out of the tab widget and left to Python), not with
    ``deleteLater``: a deferred delete of a page that Python still refers to made PySide 6.11
    drop the wrappers of the map's layout items when it ran, and the next relayout crashed."""
    index = tabs.indexOf(page)
    if index >= 0:
        current = tabs.currentIndex() == index
        with QSignalBlocker(tabs):  # the same tab at the same place: no change to announce
            tabs.insertTab(index, content, tabs.tabText(index))
            tabs.setTabToolTip(index, tabs.tabToolTip(index + 1))
            tabs.removeTab(index + 1)
            if current:
                tabs.setCurrentIndex(index)
    page.setParent(None)  # Python's now: freed with the caller's last reference

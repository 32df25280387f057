"""The Tab order of the main window, as the screen reads: the search box, the country filter,
the list, the tabs and the page in front, the filters, the "as of" slider, the timeline, and
round again. Each page's own controls come straight after the tab bar (only the page in front
is reachable). Plots without keys of their own are no Tab stop (their figures have a text twin).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QTabWidget, QToolBar, QToolButton, QWidget


def _chain(window: QWidget) -> list[QWidget]:
    """The window's focus chain as it is now, from the window round to it again."""
    out, widget = [], window.nextInFocusChain()
    while widget is not None and widget is not window and len(out) < 10_000:
        out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def _stops_in(page: QWidget, chain: Sequence[QWidget]) -> list[QWidget]:
    """The Tab stops inside ``page``, in chain order; a compound widget once (not its inner editor)."""
    stops: list[QWidget] = []
    for widget in chain:
        if not page.isAncestorOf(widget) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or (parent is not None and parent.focusProxy() is widget):
            widget = parent  # a spin box's line edit: the spin box is the stop
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            continue
        if widget not in stops:
            stops.append(widget)
    return stops


class TabOrder:
    """``before`` (search, its results, filter, list), the tab bar and every page's stops, then
    ``after``, and round to the start. ``apply()`` again when a page makes a control later."""

    def __init__(self, window: QWidget, before: Sequence[QWidget], tabs: QTabWidget, after: Sequence[QWidget], *,
                 again=None, toolbar: QToolBar | None = None):
        """``again``: a signal after which to set the order again; ``toolbar``: its overflow button named."""
        self.window, self.before, self.tabs, self.after = window, list(before), tabs, list(after)
        if again is not None:
            again.connect(self.apply)
        if toolbar is not None:
            name_toolbar_overflow(toolbar)
        # The tab bar is the stop. The tab widget itself, the tab bar's proxy, would be a second
        # way in from wherever it sits in the chain (Tab from the timeline landed on the tabs).
        tabs.setFocusProxy(None)
        if not tabs.accessibleName():
            tabs.setAccessibleName(tabs.tr("Views"))
        tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.apply()

    def order(self) -> list[QWidget]:
        chain = _chain(self.window)
        order: list[QWidget] = [*self.before, self.tabs.tabBar()]
        for i in range(self.tabs.count()):
            order += [w for w in _stops_in(self.tabs.widget(i), chain) if w not in order and w not in self.after]
        return order + self.after

    def apply(self, *_args) -> None:
        order = self.order()
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)


def no_tab_stop(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)


def name_toolbar_overflow(toolbar: QToolBar) -> None:
    """The "»" button a toolbar shows when its buttons do not fit (at zoom 2): a name, and a Tab stop."""
    button = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if button is not None:
        button.setAccessibleName(toolbar.tr("More toolbar buttons"))
        button.setToolTip(toolbar.tr("More toolbar buttons"))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


__all__ = ["TabOrder", "name_toolbar_overflow", "no_tab_stop"]

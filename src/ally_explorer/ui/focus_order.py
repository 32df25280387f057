"""The Tab order of the main window, as the screen reads: the search box, the country filter,
the list, the tabs and the page in front, the filters, the "as of" slider, the timeline, and
round again. Each page's own controls come straight after the tab bar (only the page in front
is reachable). Plots without keys of their own are no Tab stop (their figures have a text twin).

A panel of many small controls (the filters) is one stop, a ``FocusGroup``: Tab enters it at the
control used last and leaves it at once; the arrow keys move between its controls, as they do
between Qt's radio buttons or a tree's rows. So every main area is a few presses from the start.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QAbstractSpinBox, QComboBox, QLineEdit, QTabWidget,
                               QToolBar, QToolButton, QTreeView, QWidget)


def _chain(window: QWidget) -> list[QWidget]:
    """The window's focus chain as it is now, from the window round to it again."""
    out, widget = [], window.nextInFocusChain()
    while widget is not None and widget is not window and len(out) < 10_000:
        out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def _shape(chain: Sequence[QWidget]) -> list[tuple[QWidget, Qt.FocusPolicy, QWidget | None]]:
    """What the order is made from: each widget of the chain, its focus policy and its parent."""
    return [(w, w.focusPolicy(), w.parentWidget()) for w in chain]


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
        self._applied: list | None = None  # the focus chain as the last apply() left it (``_shape``)
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
        # The arrows the tab bar shows when its tabs do not fit (zoom 2) are no stop of their own
        # (they were one, after the timeline): Left and Right on the tab bar bring every tab into view.
        for arrow in tabs.tabBar().findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.apply()

    def order(self, chain: Sequence[QWidget] | None = None) -> list[QWidget]:
        # Only widgets that take Tab can be stops: the pages are searched in that much shorter chain.
        chain = [w for w in (_chain(self.window) if chain is None else chain) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        order: list[QWidget] = [*self.before, self.tabs.tabBar()]
        for i in range(self.tabs.count()):
            order += [w for w in _stops_in(self.tabs.widget(i), chain) if w not in order and w not in self.after]
        return order + self.after

    def apply(self, *_args) -> None:
        """Set the order again, unless the focus chain is as this left it (no control was made,
        moved or removed since: a country switch that made none costs no reordering)."""
        chain = _chain(self.window)
        if self._applied is not None and _shape(chain) == self._applied:
            return
        order = self.order(chain)
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self._applied = _shape(_chain(self.window))


K = Qt.Key
_BACK, _ON = (K.Key_Up, K.Key_Left), (K.Key_Down, K.Key_Right)


class FocusGroup(QObject):
    """``members`` (in reading order) make one Tab stop: only the one focused last takes Tab
    (a "roving" stop), the others keep click focus. The arrows move on where the control has no
    use for them: Up/Left and Down/Right on a check box or button; Up on a tree's first row and
    Down on its last; Left at the start of a date or spin box's text and Right at its end (Up and
    Down change its value). Disabled or hidden members are passed over. A date box is entered
    from its check box: Tab in it walks its day, month and year before it leaves."""

    def __init__(self, members: Sequence[QWidget], *, entry: QWidget | None = None, parent: QObject | None = None):
        super().__init__(parent if parent is not None else members[0])
        self.members = list(members)
        self._policies = {id(w): w.focusPolicy() | Qt.FocusPolicy.TabFocus for m in self.members for w in self._parts(m)}
        self._entry = entry if entry is not None else self.members[0]
        for member in self.members:
            member.installEventFilter(self)
        self.current = self._entry
        self._rove(self._entry)

    @staticmethod
    def _parts(member: QWidget) -> list[QWidget]:
        """The member and, in a date or spin box, its line edit (a Tab stop of its own in the chain)."""
        edit = member.findChild(QLineEdit) if isinstance(member, QAbstractSpinBox) else None
        return [member] if edit is None else [member, edit]

    def _usable(self, widget: QWidget) -> bool:
        return widget.isEnabled() and not widget.isHidden()

    def _rove(self, member: QWidget) -> None:
        """Make ``member`` the group's Tab stop -- but never a date or spin box, whose Tab walks
        its sections (day, month, year): the control before it."""
        at = self.members.index(member)
        while at > 0 and isinstance(self.members[at], QAbstractSpinBox):
            at -= 1
        member = self.current = self.members[at]
        for m in self.members:
            for w in self._parts(m):
                policy = self._policies[id(w)]
                w.setFocusPolicy(policy if m is member else Qt.FocusPolicy(policy & ~Qt.FocusPolicy.TabFocus))

    def _keep_reachable(self) -> None:
        if not self._usable(self.current):
            usable = [m for m in self.members if self._usable(m)]
            if usable:
                self._rove(self._entry if self._entry in usable else usable[0])

    def move(self, member: QWidget, delta: int) -> bool:
        """Focus the next (``delta`` 1) or previous (-1) usable member; False at either end."""
        i = self.members.index(member) + delta
        while 0 <= i < len(self.members):
            target = self.members[i]
            if self._usable(target):
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            i += delta
        return False

    def _leaves(self, member: QWidget, key: int) -> int:
        """-1 or 1 where ``key`` moves out of ``member``, 0 where the member uses it."""
        back, on = key in _BACK, key in _ON
        if not (back or on):
            return 0
        if isinstance(member, QTreeView):
            if key in (K.Key_Left, K.Key_Right):
                return 0  # a tree's own: fold and unfold
            current = member.currentIndex()
            if not current.isValid():
                return 0  # the tree's own: the first row becomes the current one
            edge = member.indexAbove(current) if back else member.indexBelow(current)
            return 0 if edge.isValid() else (-1 if back else 1)
        if isinstance(member, QAbstractSpinBox):
            if key in (K.Key_Up, K.Key_Down):
                return 0  # a step of the value
            edit = member.findChild(QLineEdit)
            if edit is None:
                return 0
            if back and edit.cursorPosition() == 0 and not edit.hasSelectedText():
                return -1
            if on and edit.cursorPosition() == len(edit.text()) and not edit.hasSelectedText():
                return 1
            return 0
        if isinstance(member, QAbstractButton):
            return -1 if back else 1
        return 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and watched in self.members and watched is not self.current:
            self._rove(watched)  # a click or the arrows: the group is entered here next time
        elif kind in (QEvent.Type.EnabledChange, QEvent.Type.Hide, QEvent.Type.Show):
            self._keep_reachable()
        elif (kind == QEvent.Type.KeyPress and watched in self.members
              and not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier)):
            delta = self._leaves(watched, event.key())
            if delta and self.move(watched, delta):
                return True
        return False


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


__all__ = ["FocusGroup", "TabOrder", "name_toolbar_overflow", "no_tab_stop"]

"""Screen readers: every control the keyboard or a click reaches has a name (and none starts
with a glyph), walked through Qt's accessibility tree; the text twins of the plots."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

R = QAccessible.Role
#: Roles a user acts on, whatever their focus policy.
ACTIONABLE = {R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.SpinBox, R.Slider, R.PageTab, R.Link,
              R.ButtonMenu, R.ButtonDropDown, R.EditableText}
#: Parts of a view that take their names from the data (rows, cells, headers).
DATA_PARTS = {R.Row, R.Cell, R.ListItem, R.TreeItem, R.ColumnHeader, R.RowHeader, R.Column}


def _is_viewport(obj) -> bool:
    parent = obj.parent() if obj is not None else None
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is obj


def interactive_elements(root: QWidget):
    """(name, role, object) of every visible element the user can reach or act on."""
    out = []

    def walk(iface, depth: int) -> None:
        if iface is None or not iface.isValid() or depth > 40:
            return
        state, role, obj = iface.state(), iface.role(), iface.object()
        if state.invisible:
            return
        reachable = state.focusable or role in ACTIONABLE
        if reachable and not _is_viewport(obj):
            out.append((iface.text(QAccessible.Text.Name), role, obj))
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None and child.role() not in DATA_PARTS:
                walk(child, depth + 1)

    walk(QAccessible.queryAccessibleInterface(root), 0)
    return out


def offenders(root: QWidget) -> list[str]:
    bad = []
    for name, role, obj in interactive_elements(root):
        label = f"{role.name} {type(obj).__name__ if obj is not None else '?'} {getattr(obj, 'objectName', lambda: '')()!r}"
        name = (name or "").strip()
        if not name:
            bad.append(f"{label}: no name")
        elif not name[0].isalnum():
            bad.append(f"{label}: name starts with a symbol: {name!r}")
    return bad


def test_every_control_of_the_main_window_has_a_name_on_every_tab(window, qtbot):
    window.finish_loading()
    window.select_country("BLR")
    bad = set()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        bad.update(f"tab {window.tabs.tabText(i)}: {b}" for b in offenders(window))
    assert not bad, "\n".join(sorted(bad))

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


# -- the event form -----------------------------------------------------------------------------


def _event_form(qtbot, store):
    from ally_explorer.ui.forms import EntityDialog

    dialog = EntityDialog(store, "event", {"country_id": "PRK"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_every_control_of_the_event_form_has_a_name(qtbot, store):
    dialog = _event_form(qtbot, store)
    assert offenders(dialog) == []
    names = {obj.objectName(): name for name, _role, obj in interactive_elements(dialog) if obj is not None}
    assert names["formScroll"] == "Fields"
    assert names["field_title"].startswith("Title") and "required" in names["field_title"]  # not only bold
    assert "required" not in names["field_description"]
    assert names["refsPicker"].startswith("Countries")


def test_a_form_error_is_the_fields_description_while_it_shows_and_save_goes_to_it(qtbot, store):
    from PySide6.QtCore import Qt

    dialog = _event_form(qtbot, store)
    title = dialog.editors["title"]
    assert "required" not in title.accessibleDescription()
    dialog.ok_button.setEnabled(True)
    dialog.editors["description"].setFocus()
    dialog.accept()  # Save with the title empty
    qtbot.waitUntil(title.hasFocus)  # the first problem has the focus
    assert dialog.error_labels["title"].isVisibleTo(dialog)
    assert title.accessibleDescription() == "Error: Title is required"
    qtbot.keyClicks(title, "Shells shipped")
    assert "Error" not in title.accessibleDescription()  # fixed: the error is gone from it too
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert title.accessibleDescription().startswith("Error:")


# -- presenting ---------------------------------------------------------------------------------


def test_the_caption_card_has_names_and_each_step_is_announced(window, qtbot):
    from ally_explorer.ui.announce import announcer

    window.select_country("SVK")
    with qtbot.waitSignal(announcer().announced) as first:
        window.presentation.enter()
    assert offenders(window.caption) == []
    names = {name for name, _role, _obj in interactive_elements(window.caption)}
    assert {"Previous", "Next", "Autoplay"} <= names
    event = window.store.event(window.current_event)
    assert event.title in first.args[0] and "1 of" in first.args[0]
    with qtbot.waitSignal(announcer().announced) as second:
        window.presentation.next()
    assert window.store.event(window.current_event).title in second.args[0] and "2 of" in second.args[0]
    assert "■" not in second.args[0]
    assert window.caption.accessibleDescription() == second.args[0]
    window.presentation.leave()


# -- the detail pane's links --------------------------------------------------------------------


def _walk_links(pane, qtbot, presses: int = 80) -> list[str]:
    from PySide6.QtCore import Qt

    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    said = []
    for _ in range(presses):
        qtbot.keyClick(pane, Qt.Key.Key_Right)
        text = pane.focused_link_text()
        if not text:
            break  # past the last link
        said.append(text)
    return said


def test_detail_pane_links_say_what_they_open_as_the_arrows_walk_them(window, qtbot):
    window.select_country("BLR")
    pane = window.detail
    said = _walk_links(pane, qtbot)
    assert len(said) >= 10
    assert all(text[0].isalnum() for text in said), said
    assert not any(text.startswith("[") or text in ("RUS", "UKR") for text in said)
    article = window.store.source("article").title
    assert any(t.startswith(f"Source 1: {article[:30]}") for t in said)  # not "[1]"
    assert "Russia" in said  # the "also RUS" link
    assert any(t.startswith("Stance: ") for t in said)  # the stance badge, not a non-breaking space
    assert pane.accessibleDescription() == f"Link: {said[-1]}"


def test_a_quotes_link_says_who_said_it_not_an_opening_quotation_mark(window, qtbot):
    country = next(c.id for c in window.store.all_countries() if window.store.statements(country_id=c.id))
    window.select_country(country)
    said = _walk_links(window.detail, qtbot, 200)
    quotes = [t for t in said if t.startswith("Quote from ")]
    assert quotes and all(text[0].isalnum() for text in said), said


def test_at_zoom_two_the_toolbars_overflow_button_has_a_name_and_takes_focus(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    window.presentation.set_zoom(2.0, remember=False)
    window.resize(760, 600)
    button = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    qtbot.waitUntil(button.isVisible)  # the toolbar's buttons no longer fit
    assert button.accessibleName() == "More toolbar buttons"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert offenders(window.toolbar) == []
    row = window.events_table.view.verticalHeader().defaultSectionSize()
    assert row >= window.events_table.view.fontMetrics().height() + 4  # the Events rows grew with the zoom
    window.presentation.set_zoom(1.0, remember=False)

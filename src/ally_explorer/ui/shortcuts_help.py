"""Help ▸ Keyboard Shortcuts: every action of the window and its keys, read from the actions
themselves (so the list cannot go stale), plus the keys of the timeline and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget
from .i18n import translate



def widget_keys() -> list[tuple[str, str]]:
    """Keys that belong to a view rather than to an action."""
    return [
        (translate("ShortcutsHelp", "Timeline: previous or next event"), translate("ShortcutsHelp", "Left, Right")),
        (translate("ShortcutsHelp", "Timeline: the nearest event in the lane above or below"), translate("ShortcutsHelp", "Up, Down")),
        (translate("ShortcutsHelp", "Timeline: pan"), translate("ShortcutsHelp", "Shift+Left, Shift+Right (lanes: Shift+Up, Shift+Down)")),
        (translate("ShortcutsHelp", "Timeline: zoom time"), "+, −"),
        (translate("ShortcutsHelp", "Timeline: show everything"), "Home"),
        (translate("ShortcutsHelp", "Timeline: open the selected event (none selected: select the one in the middle)"), "Enter"),
        (translate("ShortcutsHelp", "Timeline: the date filter starts or ends at the selected event"), "[, ]"),
        (translate("ShortcutsHelp", "Timeline: no date filter"), translate("ShortcutsHelp", "Backspace")),
        (translate("ShortcutsHelp", "Agreement chart: previous or next year"), translate("ShortcutsHelp", "Left, Right (Home, End: the first, the last)")),
        (translate("ShortcutsHelp", "Filters panel (one Tab stop): move between its controls"),
         translate("ShortcutsHelp", "Up, Down (past the list's first and last row), Left, Right")),
        (translate("ShortcutsHelp", "Stances as of: the first day, today"), translate("ShortcutsHelp", "Home, End (on the slider)")),
        (translate("ShortcutsHelp", "Detail pane: next or previous link"), translate("ShortcutsHelp", "Right, Left (Enter follows it)")),
        (translate("ShortcutsHelp", "Leave the timeline or the detail pane"), "Tab, Shift+Tab"),
        (translate("ShortcutsHelp", "Quiz: choose an answer"), "A, B, C, D"),
        (translate("ShortcutsHelp", "Quiz: check the answer, then the next question"), "Enter"),
        (translate("ShortcutsHelp", "Quiz: previous or next question"), translate("ShortcutsHelp", "Left, Right, Page Up, Page Down")),
        (translate("ShortcutsHelp", "Quiz: move the selected event up or down"), "Alt+Up, Alt+Down"),
        (translate("ShortcutsHelp", "Time-lapse (Stances as of, the map's year): play or pause on the focused slider"), "Space, K"),
    ]


def action_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action of the window that has a shortcut, sorted by name."""
    rows = {}
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        if name:
            rows[(name, ", ".join(keys))] = None
    return sorted(rows, key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([translate("ShortcutsDialog", "Action"), translate("ShortcutsDialog", "Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for what, keys in action_rows(window) + widget_keys():
            QTreeWidgetItem(self.tree, [what, keys])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(self._whole_width(), 620)

    def _whole_width(self) -> int:
        """Wide enough for both columns whole (the keys were cut at 560), within the screen."""
        tree, metrics = self.tree, self.tree.fontMetrics()
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        # every row (the view's own size hint measures only the rows in sight), and the cells' margins
        columns = sum(max((metrics.horizontalAdvance(item.text(c)) for item in items), default=0) + 24 for c in (0, 1))
        width = columns + tree.verticalScrollBar().sizeHint().width() + 2 * tree.frameWidth() + 40
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().width() - 40 if screen is not None else width
        return max(560, min(width, room))

    def rows(self) -> list[tuple[str, str]]:
        return [(self.tree.topLevelItem(i).text(0), self.tree.topLevelItem(i).text(1))
                for i in range(self.tree.topLevelItemCount())]


def shortcuts_action(window: QWidget) -> QAction:
    """The Help menu's action: shows the dialog, built afresh from the actions each time."""
    action = QAction(translate("ShortcutsHelp", "&Keyboard Shortcuts"), window)
    action.setShortcut(QKeySequence("Ctrl+/"))
    action.setStatusTip(translate("ShortcutsHelp", "Every action and its keys"))

    def show() -> None:
        dialog = ShortcutsDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    action.triggered.connect(show)
    window.addAction(action)
    return action


__all__ = ["ShortcutsDialog", "action_rows", "shortcuts_action"]

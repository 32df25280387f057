"""One editor per kind of field, all with the same small interface the entity dialog relies on.

Every editor has ``changed`` (emitted on any edit), ``value()`` in the shape ``Store.create``
takes, ``set_value(v)`` for a stored value, and ``error()``: what the widget itself knows is wrong
(a country name that matches none, a number that is not one), beyond the shared validation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import vocab
from ...core.entities import Field
from ...core.validation import parse_number, split_list
from .look import HINT_TEXT, colored_label, set_invalid
from ..core_words import entity_word
from ..i18n import translate

#: Comfortable width for a one-line field, in average characters.
FIELD_CHARS = 56


def _blank_to_none(text: str) -> str | None:
    text = text.strip()
    return text or None


def field_width(widget: QWidget, chars: int = FIELD_CHARS) -> int:
    return widget.fontMetrics().averageCharWidth() * chars


# -- text ------------------------------------------------------------------------------------------


class TextEdit(QLineEdit):
    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(field.max_length)
        if field.max_length <= 8:  # a code: one width for all, so they line up
            self.setFixedWidth(self.fontMetrics().averageCharWidth() * 12)
        else:
            self.setMinimumWidth(field_width(self))
        self.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return _blank_to_none(self.text())

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)  # a long title shows its beginning

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        if self.hasSelectedText() and self.selectedText() == self.text():
            self.setSelection(len(self.text()), -len(self.text()))  # all, but scrolled to the start

    def error(self) -> str | None:
        return None

    def mark_invalid(self, invalid: bool) -> None:
        set_invalid(self, invalid)


class ListEdit(TextEdit):
    """Aliases: one line, names separated by semicolons."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.setPlaceholderText(translate("ListEdit", "separated by semicolons, e.g. Belorussia; Byelorussia"))

    def value(self) -> tuple[str, ...]:
        return split_list(self.text())

    def set_value(self, value: Any) -> None:
        self.setText("; ".join(split_list(value)))


class LongTextEdit(QPlainTextEdit):
    """Several lines to start with, growing with its text up to a limit, then scrolling."""

    changed = Signal()
    MIN_LINES = 3
    MAX_LINES = 12

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setMinimumWidth(field_width(self))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self.changed)
        self.textChanged.connect(self._fit_height)
        self._fit_height()

    def value(self) -> str | None:
        # toPlainText() would turn no-break spaces into plain ones; quotes keep them
        return _blank_to_none(self.document().toRawText().replace("\u2029", "\n"))

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))

    def error(self) -> str | None:
        return None

    def mark_invalid(self, invalid: bool) -> None:
        set_invalid(self, invalid)

    def _lines_needed(self) -> int:
        width = self.viewport().width() - 2 * int(self.document().documentMargin())
        if width < 50:  # not laid out yet
            width = self.minimumWidth() - 12
        text = self.toPlainText() or " "
        metrics = QFontMetrics(self.font())
        rect = metrics.boundingRect(0, 0, width, 1_000_000, Qt.TextFlag.TextWordWrap, text[:20_000])
        return math.ceil(rect.height() / max(1, metrics.lineSpacing()))

    def _fit_height(self) -> None:
        lines = min(self.MAX_LINES, max(self.MIN_LINES, self._lines_needed()))
        metrics = QFontMetrics(self.font())
        margins = self.contentsMargins()
        height = (
            lines * metrics.lineSpacing()
            + 2 * int(self.document().documentMargin())
            + margins.top() + margins.bottom() + 2
        )
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()


# -- choices ---------------------------------------------------------------------------------------


def enum_labels(field: Field) -> list[tuple[str, str, str]]:
    """(value, label, tooltip) for each choice of an enum field."""
    out = []
    for value in field.choices:
        if field.name == "stance":
            out.append((value, vocab.STANCE_LABELS[value], vocab.STANCE_MEANINGS[value]))
        elif field.name == "confidence":
            out.append((value, vocab.CONFIDENCE_LABELS[value], vocab.CONFIDENCE_MEANINGS[value]))
        elif value == "":
            out.append((value, translate("FieldEditors", "(none)"), ""))
        else:
            out.append((value, value[0].upper() + value[1:], ""))
    return out


class EnumCombo(QComboBox):
    """A fixed vocabulary with readable labels; required ones start empty, asking for a choice."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        for value, label, tip in enum_labels(field):
            self.addItem(label, value)
            if tip:
                self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.setPlaceholderText(translate("EnumCombo", "Choose…"))
        self.setCurrentIndex(-1 if field.required else 0)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 34)  # short words, short box
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(self.findData("" if value is None and self.findData("") >= 0 else value))

    def error(self) -> str | None:
        return None

    def mark_invalid(self, invalid: bool) -> None:
        set_invalid(self, invalid)


@dataclass(frozen=True)
class Choice:
    id: str
    name: str
    tip: str = ""


def _unique_names(choices: list[Choice]) -> list[Choice]:
    """Two people with one name are told apart by their key."""
    seen: dict[str, int] = {}
    for c in choices:
        seen[c.name.casefold()] = seen.get(c.name.casefold(), 0) + 1
    return [
        Choice(c.id, f"{c.name} ({c.id})", c.tip) if seen[c.name.casefold()] > 1 else c
        for c in choices
    ]


class RefCombo(QComboBox):
    """A reference shown by name: type part of a name (or its id) and pick from the matches."""

    changed = Signal()

    def __init__(self, choices: list[Choice], what: str, *, allow_empty: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.what = what  # "country", as a user reads it
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._choices = _unique_names(choices)
        self._by_name = {c.name.casefold(): c.id for c in self._choices}
        self._by_id = {c.id.casefold(): c.id for c in self._choices}
        self._names = {c.id: c.name for c in self._choices}
        if allow_empty:
            self.addItem("", None)
        for c in self._choices:
            self.addItem(c.name, c.id)
            if c.tip:
                self.setItemData(self.count() - 1, c.tip, Qt.ItemDataRole.ToolTipRole)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(translate("RefCombo", "Type or pick a {what}").format(what=what))
        longest = max((len(c.name) for c in self._choices), default=20)
        self.setMinimumContentsLength(min(max(longest, 24), FIELD_CHARS))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.editTextChanged.connect(self.changed)
        self.currentIndexChanged.connect(self.changed)

    def name_of(self, entity_id: str) -> str:
        return self._names.get(entity_id, entity_id)

    def resolve(self, text: str) -> str | None:
        """The id a typed name (or id) stands for, or None if it matches none."""
        key = text.strip().casefold()
        return self._by_name.get(key) or self._by_id.get(key)

    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        return self.resolve(text) or text

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value else -1
        if index < 0 and value is None and self.findData(None) >= 0:
            index = self.findData(None)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(str(value or ""))

    def matches(self, text: str) -> list[str]:
        """Names containing the text, as the completer lists them."""
        key = text.strip().casefold()
        return [c.name for c in self._choices if key and key in c.name.casefold()]

    def unknown(self, text: str) -> str:
        """Why typed text is not a choice, pointing at the likely one."""
        text = text.strip()
        found = self.matches(text)
        if len(found) == 1:
            return translate("RefCombo", "“{text}” is only part of a name: choose {v1} from the list").format(text=text, v1=found[0])
        if found:
            return translate("RefCombo", "“{text}” matches {found} names: choose one from the list").format(text=text, found=len(found))
        return translate("RefCombo", "no {what} called “{text}”: pick one from the list").format(what=self.what, text=text)

    def error(self) -> str | None:
        text = self.currentText().strip()
        if text and self.resolve(text) is None:
            return self.unknown(text)
        return None

    def mark_invalid(self, invalid: bool) -> None:
        set_invalid(self, invalid)


class _ListKeys(QObject):
    """Enter adds the typed or highlighted name; Delete removes; Ctrl+Up / Ctrl+Down reorder."""

    def __init__(self, owner: "RefListEdit"):
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress:
            return False
        key, mods = event.key(), event.modifiers()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        combo = self.owner.combo
        if enter and not mods & Qt.KeyboardModifier.ControlModifier:
            popup = combo.completer().popup()
            if watched is popup:  # runs before the completer's own handling of the popup
                if popup.currentIndex().isValid():
                    combo.setEditText(str(popup.currentIndex().data()))
                popup.hide()
                self.owner.add_typed()
                return True
            if watched is combo.lineEdit() and combo.currentText().strip():
                self.owner.add_typed()
                return True
            return False  # Enter on an empty picker: the dialog's default button
        if watched is self.owner.list:
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.owner.remove_selected()
                return True
            if mods & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.owner.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return False


class RefListEdit(QWidget):
    """An ordered list of references (an event's countries): the first is the main one.

    Type or pick a name and press Enter (or Add); Delete removes, Ctrl+Up/Down reorders.
    """

    changed = Signal()

    def __init__(self, choices: list[Choice], what: str, plural: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.what, self.plural = what, plural
        self.combo = RefCombo(choices, what, allow_empty=False)
        self.combo.setObjectName("refsPicker")
        self.combo.lineEdit().setPlaceholderText(translate("RefListEdit", "Type a {what} and press Enter").format(what=what))
        self.add_button = QPushButton(translate("RefListEdit", "Add"))
        self.add_button.setAutoDefault(False)
        self.list = QListWidget()
        self.list.setObjectName("refsList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(translate("RefListEdit", "Chosen {plural}, main first").format(plural=plural))
        self.list.setToolTip(translate("RefListEdit", "The first {what} is the main one. Delete removes; Ctrl+Up / Ctrl+Down reorder.").format(what=what))
        rows = 4
        self.list.setFixedHeight(self.list.fontMetrics().height() * rows + 4 * rows + 2 * self.list.frameWidth() + 4)
        self.up_button, self.down_button = QPushButton(translate("RefListEdit", "Up")), QPushButton(translate("RefListEdit", "Down"))
        self.remove_button = QPushButton(translate("RefListEdit", "Remove"))
        for b, tip in (
            (self.up_button, translate("RefListEdit", "Move earlier (Ctrl+Up); the first is the main one")),
            (self.down_button, translate("RefListEdit", "Move later (Ctrl+Down)")),
            (self.remove_button, translate("RefListEdit", "Remove from the list (Delete)")),
        ):
            b.setAutoDefault(False)
            b.setToolTip(tip)

        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.combo, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.list, 1, 0)
        layout.addLayout(buttons, 1, 1)
        layout.setColumnStretch(0, 1)
        self.setFocusProxy(self.combo)

        keys = _ListKeys(self)
        self.combo.lineEdit().installEventFilter(keys)
        self.combo.completer().popup().installEventFilter(keys)  # after the completer's own filter
        self.list.installEventFilter(keys)
        self.add_button.clicked.connect(self.add_typed)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.combo.changed.connect(self._on_picker_changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        self._ids: list[str] = []
        self._update_buttons()

    # the value
    def value(self) -> tuple[str, ...]:
        return tuple(self._ids)

    def set_value(self, value: Any) -> None:
        ids = [value] if isinstance(value, str) else list(value or ())
        self._ids = list(dict.fromkeys(i for i in ids if i))
        self._refill(select=0 if self._ids else -1)
        self.changed.emit()

    def error(self) -> str | None:
        text = self.combo.currentText().strip()
        if not text:
            return None
        found = self.combo.resolve(text)
        if found is None:
            return self.combo.unknown(text)
        if found not in self._ids:
            return translate("RefListEdit", "“{v0}” is typed but not added: press Enter or Add").format(v0=self.combo.name_of(found))
        return None

    def mark_invalid(self, invalid: bool) -> None:
        typed_wrong = bool(self.combo.currentText().strip())  # the problem is the typed name
        set_invalid(self.combo, invalid and typed_wrong)
        set_invalid(self.list, invalid and not typed_wrong)

    # editing
    def add_typed(self) -> None:
        found = self.combo.resolve(self.combo.currentText())
        if found is None:
            self.changed.emit()  # shows why
            return
        if found not in self._ids:
            self._ids.append(found)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")
        self.combo.blockSignals(False)
        self._refill(select=self._ids.index(found))
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._ids):
            del self._ids[row]
            self._refill(select=min(row, len(self._ids) - 1))
            self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self._ids) and 0 <= target < len(self._ids):
            self._ids[row], self._ids[target] = self._ids[target], self._ids[row]
            self._refill(select=target)
            self.changed.emit()

    def _refill(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, entity_id in enumerate(self._ids):
            text = self.combo.name_of(entity_id) + (translate("RefListEdit", "   — main") if i == 0 else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entity_id)
            self.list.addItem(item)
        self.list.setCurrentRow(select)
        self.list.blockSignals(False)
        self._update_buttons()

    def _on_picker_changed(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.add_button.setEnabled(self.combo.resolve(self.combo.currentText()) is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._ids) - 1)
        self.remove_button.setEnabled(0 <= row < len(self._ids))


# -- numbers and flags -----------------------------------------------------------------------------

IMPORTANCE_WORDS = {1: "minor", 2: "notable", 3: "headline"}


class IntEdit(QWidget):
    """A whole number; importance (1–3) says in words what its value means."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.spin = QSpinBox()
        self.importance = field.name == "importance"
        if self.importance:
            self.spin.setRange(1, 3)
            self.spin.setValue(2)
        else:
            self.spin.setRange(0, 2_000_000_000)
        self.words = colored_label(HINT_TEXT)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addWidget(self.words, 1)
        self.setFocusProxy(self.spin)
        self.spin.valueChanged.connect(self._on_value_changed)
        self._on_value_changed(self.spin.value(), emit=False)

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        if value is not None:
            self.spin.setValue(int(value))

    def error(self) -> str | None:
        return None

    def mark_invalid(self, invalid: bool) -> None:
        set_invalid(self.spin, invalid)

    def _on_value_changed(self, value: int, emit: bool = True) -> None:
        if self.importance:
            self.words.setText(IMPORTANCE_WORDS.get(value, ""))
        if emit:
            self.changed.emit()


def format_number(value: float | None) -> str:
    """12000000.0 -> '12,000,000'; 2.5 -> '2.5'."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


class NumberEdit(QLineEdit):
    """A number as people write it: '12,000,000', '2.1'."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("e.g. 12,000,000")
        self.setMaxLength(64)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textChanged.connect(self.changed)

    def value(self) -> float | str | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_number(text)
        except ValueError:
            return text  # the shared validation names the problem

    def set_value(self, value: Any) -> None:
        self.setText(format_number(value) if isinstance(value, (int, float)) else str(value or ""))

    def error(self) -> str | None:
        if not self.text().strip():
            return None
        try:
            parse_number(self.text())
        except ValueError as e:
            return str(e)
        return None

    def mark_invalid(self, invalid: bool) -> None:
        set_invalid(self, invalid)


class BoolCheck(QCheckBox):
    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(entity_word(field.help) if field.help else "", parent)
        self.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))

    def error(self) -> str | None:
        return None

    def mark_invalid(self, invalid: bool) -> None:
        pass

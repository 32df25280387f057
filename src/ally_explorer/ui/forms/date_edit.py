"""The fuzzy-date field: type a date as the source words it and see the days it stands for.

"early 2025" is stored with the window 1 Jan – 30 Apr 2025; showing that window as you type is
how an editor notices a misreading before it is saved. Labels the parser cannot read ("Soon after
[June 2024]") get a window set by hand, and then the label may be any text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.fuzzydate import DateWindow, FuzzyDateError, parse_fuzzy_date
from .. import dates
from .look import HINT_TEXT, colored_label, error_label, set_invalid, show_message
from ..i18n import QT_TRANSLATE_NOOP, translate

PLACEHOLDER = QT_TRANSLATE_NOOP("DateEdit", "e.g. early 2025, June 2024, 19 June 2024, 2022–2023")
END_PLACEHOLDER = "YYYY-MM-DD"


def _read_end(text: str, which: str) -> tuple[DateWindow | None, str | None]:
    """One end of a hand-set window: an ISO day, or any date the parser reads."""
    text = text.strip()
    if not text:
        return None, translate("DateEdit", "give the {which} of the window").format(which=which)
    try:
        return parse_fuzzy_date(text), None
    except FuzzyDateError as e:
        return None, translate("DateEdit", "the {which}: {e}").format(which=which, e=e)


class FuzzyDateEdit(QWidget):
    """A date label with its parsed window, and an optional window set by hand."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fuzzyDateEdit")
        self._marked = False
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("dateLabel")
        self.label_edit.setPlaceholderText(translate("DateEdit", PLACEHOLDER))
        self.label_edit.setMaxLength(200)
        self.label_edit.setAccessibleName(translate("FuzzyDateEdit", "Date as the source words it"))

        self.preview = colored_label(HINT_TEXT, "dateWindow")
        self.preview.setToolTip(translate("FuzzyDateEdit", "The days this date stands for, as stored"))
        self.preview.setAccessibleName(translate("FuzzyDateEdit", "Parsed window"))
        metrics = self.preview.fontMetrics()
        self.preview.setMinimumWidth(metrics.horizontalAdvance(f"= {dates.format_window(date(2025, 9, 30), date(2026, 12, 31))} "))

        self.error_label = error_label("dateError")

        self.explicit_box = QCheckBox(translate("FuzzyDateEdit", "Set the window by hand"))
        self.explicit_box.setObjectName("dateExplicit")
        self.explicit_box.setToolTip(
            translate("FuzzyDateEdit", "For labels the parser cannot read, e.g. “Soon after [June 2024]”: give the first and last possible day yourself; the label may then be any text.")
        )
        self.start_edit = QLineEdit()
        self.start_edit.setObjectName("dateStart")
        self.end_edit = QLineEdit()
        self.end_edit.setObjectName("dateEnd")
        for edit, which in ((self.start_edit, "first"), (self.end_edit, "last")):
            edit.setPlaceholderText(END_PLACEHOLDER)
            edit.setMaxLength(200)
            edit.setToolTip(
                translate("FuzzyDateEdit", "The {which} possible day: 2024-06-19, or a date such as “June 2024” (its {v1} day is used).").format(which=which, v1='first' if which == 'first' else 'last')
            )
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2024-06-19") + 24)
            edit.setAccessibleName(translate("FuzzyDateEdit", "{v0} day of the window").format(v0=which.capitalize()))

        self.window_row = QWidget()
        window_layout = QHBoxLayout(self.window_row)
        window_layout.setContentsMargins(0, 0, 0, 0)
        from_label, to_label = QLabel("from"), QLabel("to")
        from_label.setBuddy(self.start_edit)
        to_label.setBuddy(self.end_edit)
        window_layout.addWidget(from_label)
        window_layout.addWidget(self.start_edit, 1)
        window_layout.addWidget(to_label)
        window_layout.addWidget(self.end_edit, 1)
        self.window_row.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label_edit, 1)
        top.addWidget(self.preview)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.explicit_box)
        bottom.addWidget(self.window_row, 1)
        bottom.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addWidget(self.error_label)  # under both: the label and the window it may blame
        self.setFocusProxy(self.label_edit)

        self.label_edit.textChanged.connect(self._on_edited)
        self.start_edit.textChanged.connect(self._on_edited)
        self.end_edit.textChanged.connect(self._on_edited)
        self.explicit_box.toggled.connect(self._on_explicit_toggled)
        self._update()

    # -- the value -----------------------------------------------------------------------------

    def label(self) -> str:
        return self.label_edit.text().strip()

    def explicit(self) -> bool:
        return self.explicit_box.isChecked()

    def window(self) -> tuple[str, str] | None:
        """The first and last day (ISO) the date allows, or None while it cannot be read."""
        state = self._state()
        return state[0].iso() if state[0] is not None else None

    def error(self) -> str | None:
        """Why the date cannot be read, fit to show the user; None when fine or still empty."""
        return self._state()[1]

    def set_value(self, label: str | None, start: str | None = None, end: str | None = None) -> None:
        """Show a stored date; the hand-set window turns on when it differs from the label's."""
        explicit = False
        if start and end:
            try:
                explicit = parse_fuzzy_date(label or "").iso() != (start, end)
            except FuzzyDateError:
                explicit = True
        for edit in (self.label_edit, self.start_edit, self.end_edit, self.explicit_box):
            edit.blockSignals(True)
        try:
            self.label_edit.setText(label or "")
            self.start_edit.setText((start or "") if explicit else "")
            self.end_edit.setText((end or "") if explicit else "")
            self.explicit_box.setChecked(explicit)
        finally:
            for edit in (self.label_edit, self.start_edit, self.end_edit, self.explicit_box):
                edit.blockSignals(False)
        self.window_row.setVisible(explicit)
        self._update()
        self.changed.emit()

    def set_explicit(self, on: bool) -> None:
        self.explicit_box.setChecked(on)

    def mark_invalid(self, invalid: bool) -> None:
        """Marked from outside when a check this field cannot see fails (e.g. required)."""
        self._marked = invalid
        self._update()

    # -- reading -------------------------------------------------------------------------------

    def _state(self) -> tuple[DateWindow | None, str | None]:
        window, error, _bad = self._read()
        return window, error

    def _read(self) -> tuple[DateWindow | None, str | None, set[QLineEdit]]:
        """The window, why there is none, and which line edits are to blame."""
        if self.explicit():
            first, first_error = _read_end(self.start_edit.text(), translate("FuzzyDateEdit", "first day"))
            last, last_error = _read_end(self.end_edit.text(), translate("FuzzyDateEdit", "last day"))
            if first_error or last_error:
                bad = {e for e, err in ((self.start_edit, first_error), (self.end_edit, last_error)) if err}
                return None, "; ".join(e for e in (first_error, last_error) if e), bad
            assert first is not None and last is not None
            if first.start > last.end:
                return None, (
                    translate("FuzzyDateEdit", "the window ends ({v0}) before it starts ({v1})").format(v0=last.end.isoformat(), v1=first.start.isoformat())
                ), {self.end_edit}
            return DateWindow(first.start, last.end), None, set()
        text = self.label_edit.text()
        if not text.strip():
            return None, None, set()
        try:
            return parse_fuzzy_date(text), None, set()
        except FuzzyDateError as e:
            return None, translate("FuzzyDateEdit", "{e}. Or tick “Set the window by hand”.").format(e=e), {self.label_edit}

    def _on_edited(self) -> None:
        self._update()
        self.changed.emit()

    def _on_explicit_toggled(self, on: bool) -> None:
        if on and not self.start_edit.text().strip() and not self.end_edit.text().strip():
            try:
                start, end = parse_fuzzy_date(self.label_edit.text()).iso()
            except FuzzyDateError:
                start = end = ""
            for edit, text in ((self.start_edit, start), (self.end_edit, end)):
                edit.blockSignals(True)
                edit.setText(text)
                edit.blockSignals(False)
        self.window_row.setVisible(on)
        if on:
            self.start_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        window, error, bad = self._read()
        if window is not None:
            self.preview.setText(f"= {dates.format_window(window.start, window.end)}")
            self.preview.setToolTip(
                translate("FuzzyDateEdit", "Stored as {v0} to {v1}").format(v0=window.start.isoformat(), v1=window.end.isoformat())
                + (translate("FuzzyDateEdit", " (set by hand)") if self.explicit() else "")
            )
        else:
            self.preview.setText("")
            self.preview.setToolTip(translate("FuzzyDateEdit", "The days this date stands for, as stored"))
        show_message(self.error_label, error)
        set_invalid(self.label_edit, self.label_edit in bad or self._marked)
        set_invalid(self.start_edit, self.start_edit in bad)
        set_invalid(self.end_edit, self.end_edit in bad)

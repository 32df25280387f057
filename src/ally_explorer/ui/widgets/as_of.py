"""The "as of" control: drag through time and every stance shows as it was on that day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

EPOCH = date(1970, 1, 1)


def _days(iso: str) -> int:
    return (date.fromisoformat(iso) - EPOCH).days


def _iso(days: int) -> str:
    return (EPOCH + timedelta(days=int(days))).isoformat()


class AsOfSlider(QWidget):
    date_changed = Signal(str)  # ISO day

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("asOfBar")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("asOfSlider")
        self.slider.setAccessibleName("Stances as of")
        self.slider.setPageStep(91)
        self.slider.setSingleStep(7)
        self.slider.valueChanged.connect(self._on_value_changed)
        self.label = QLabel()
        self.label.setObjectName("asOfLabel")
        self.label.setMinimumWidth(self.fontMetrics().horizontalAdvance("28 Sep 2025 (today)") + 12)
        self.today_button = QToolButton(text="Today")
        self.today_button.setToolTip("Show the stances as of today")
        self.today_button.clicked.connect(lambda: self.set_date(date.today().isoformat(), emit=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        title = QLabel("<b>Stances as of</b>")
        title.setToolTip("Drag to see every country's stance on a given day: the list, the detail pane, "
                         "the map and the timeline's stance chips follow")
        layout.addWidget(title)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.today_button)
        self.set_range("1990-01-01", date.today().isoformat())
        self.set_date(date.today().isoformat())

    def set_range(self, start: str, end: str) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setRange(_days(start), max(_days(end), _days(start) + 1))
        self._show()

    def date(self) -> str:
        return _iso(self.slider.value())

    def set_date(self, iso: str, *, emit: bool = False) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(_days(iso))
        self._show()
        if emit:
            self.date_changed.emit(self.date())

    def _show(self) -> None:
        d = EPOCH + timedelta(days=self.slider.value())
        today = " (today)" if d == date.today() else ""
        self.label.setText(f"{d.day} {d.strftime('%b %Y')}{today}")

    def _on_value_changed(self, _value: int) -> None:
        self._show()
        self.date_changed.emit(self.date())

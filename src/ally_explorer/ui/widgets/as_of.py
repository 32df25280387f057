"""The "as of" control: drag through time and every stance shows as it was on that day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from ..dates import format_day
from ..i18n import translate
from .play_control import SliderPlayer

EPOCH = date(1970, 1, 1)
#: How far one step of the time-lapse moves the day, in months.
STEP_MONTHS = (1, 3, 12)
DEFAULT_STEP_MONTHS = 3


def _days(iso: str) -> int:
    return (date.fromisoformat(iso) - EPOCH).days


def _iso(days: int) -> str:
    return (EPOCH + timedelta(days=int(days))).isoformat()


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day where it is shorter: 31 Jan -> 28 Feb)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


class AsOfSlider(QWidget):
    date_changed = Signal(str)  # ISO day

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("asOfBar")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("asOfSlider")
        self.slider.setAccessibleName(translate("AsOfSlider", "Stances as of"))
        self.slider.setPageStep(91)
        self.slider.setSingleStep(7)
        self.slider.setAccessibleDescription(translate(
            "AsOfSlider", "Left and Right: a week; Page Up and Page Down: three months; Home: the first day; "
            "End: today; Space plays the time-lapse"))
        self.slider.valueChanged.connect(self._on_value_changed)
        self.label = QLabel()
        self.label.setObjectName("asOfLabel")
        self.label.setMinimumWidth(self.fontMetrics().horizontalAdvance(format_day(date(2025, 9, 28)) + translate("AsOfSlider", " (today)")) + 12)
        self.today_button = QToolButton(text=translate("AsOfSlider", "Today"))
        self.today_button.setToolTip(translate("AsOfSlider", "Show the stances as of today"))
        self.today_button.clicked.connect(lambda: self.set_date(date.today().isoformat(), emit=True))
        self.today_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # End on the slider is today: one stop fewer
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        title = QLabel(translate("AsOfSlider", "<b>Stances as of</b>"))
        title.setToolTip(translate("AsOfSlider", "Drag to see every country's stance on a given day: the list, the detail pane, the map and the timeline's stance chips follow"))
        layout.addWidget(title)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.horizon_label = QLabel()  # "no newer source", past the newest report of a stance
        self.horizon_label.setObjectName("asOfHorizon")
        italic = self.horizon_label.font()
        italic.setItalic(True)
        self.horizon_label.setFont(italic)
        self.horizon_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text
        self.horizon_label.hide()
        layout.addWidget(self.horizon_label)
        layout.addWidget(self.today_button)
        # The time-lapse: play steps the day on, so the list, map and timeline cursor move together.
        self.step_box = QComboBox()
        self.step_box.setObjectName("asOfStep")
        self.step_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # not a Tab stop before the search box
        for months, text in zip(STEP_MONTHS, (self.tr("1 month"), self.tr("3 months"), self.tr("1 year"))):
            self.step_box.addItem(text, months)
        self.step_box.setCurrentIndex(STEP_MONTHS.index(DEFAULT_STEP_MONTHS))
        self.step_box.setToolTip(self.tr("How far each step of the time-lapse moves the day"))
        self.step_box.setAccessibleName(self.tr("Time-lapse step"))
        self.player = SliderPlayer(self.slider, step=self._next_step, speed=4, what=self.tr("stances as of"))
        self.player.setObjectName("asOfPlayer")
        layout.insertWidget(1, self.player)  # before the slider, as on Our World in Data's map
        layout.insertWidget(2, self.step_box)
        self.source_horizon: str | None = None
        self.set_range("1990-01-01", date.today().isoformat())
        self.set_date(date.today().isoformat())

    def _next_step(self, value: int) -> int:
        months = int(self.step_box.currentData() or DEFAULT_STEP_MONTHS)
        return _days(add_months(EPOCH + timedelta(days=int(value)), months).isoformat())

    def set_range(self, start: str, end: str) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setRange(_days(start), max(_days(end), _days(start) + 1))
        self._show()

    def set_source_horizon(self, iso: str | None) -> None:
        """The last day a source reports the stances for: later days say "no newer source"."""
        self.source_horizon = iso
        self._show()

    def past_sources(self) -> bool:
        return self.source_horizon is not None and self.date() > self.source_horizon

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
        today = translate("AsOfSlider", " (today)") if d == date.today() else ""
        self.label.setText(f"{format_day(d)}{today}")
        if not hasattr(self, "horizon_label"):
            return  # still being built
        past = self.past_sources()
        self.horizon_label.setVisible(past)
        if past:
            newest = date.fromisoformat(self.source_horizon)
            self.horizon_label.setText(QCoreApplication.translate("AsOfSlider", "no newer source"))
            tip = translate(
                "AsOfSlider", "The newest source reports the stances up to {day}; after that day each "
                "country keeps the stance it was last reported with, as nothing newer says otherwise."
            ).format(day=format_day(newest))
            self.horizon_label.setToolTip(tip)
            self.label.setToolTip(tip)
        else:
            self.label.setToolTip("")

    def _on_value_changed(self, _value: int) -> None:
        self._show()
        self.date_changed.emit(self.date())

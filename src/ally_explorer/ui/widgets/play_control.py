"""The time-lapse controls: a play/pause button and a speed box that drive a slider, and the big
year drawn over a view while presenting.

``SliderPlayer`` moves its slider one step per tick of a ``QTimer`` (never a sleep); the
slider's own ``valueChanged`` then carries the change on (to the state's "as of" day, or the
map's year), so whoever listens to the slider follows the time-lapse without knowing of it.
It stops at the slider's end; Play at the end starts again from the beginning. Space or K
toggles it while the slider has the keyboard focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QSpinBox, QStyle, QToolButton, QWidget

#: Keys that play or pause while the slider has the focus (K as in video players).
TOGGLE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_K)


class SliderPlayer(QWidget):
    """Play/pause and steps per second for ``slider``; ``step(value)`` gives the next value."""

    playing_changed = Signal(bool)

    def __init__(self, slider: QSlider, *, step: Callable[[int], int] | None = None, speed: int = 2,
                 what: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.slider = slider
        self._step = step or (lambda value: value + slider.singleStep())
        style = self.style()
        self._icons = {"play": style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
                       "pause": style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)}
        self.button = QToolButton()
        self.button.setObjectName("playButton")
        self.button.setCheckable(True)
        self.button.setIcon(self._icons["play"])
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # Not a Tab stop of its own: the slider is (Space or K there plays); the window's Tab order starts elsewhere.
        self.button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.button.toggled.connect(self._on_button_toggled)
        self.speed = QSpinBox()
        self.speed.setObjectName("playSpeed")
        self.speed.setRange(1, 30)
        self.speed.setValue(speed)
        self.speed.setSuffix(self.tr(" /s"))
        self.speed.setToolTip(self.tr("Steps per second while playing"))
        self.speed.setAccessibleName(self.tr("Time-lapse speed, steps per second"))
        self.speed.valueChanged.connect(self._on_speed_changed)
        self.speed.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # as the button: the Tab order starts elsewhere
        self._what = what
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.step)
        self._on_speed_changed(speed)
        self._show_playing(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.button)
        layout.addWidget(self.speed)
        slider.installEventFilter(self)

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def set_playing(self, playing: bool) -> None:
        playing = bool(playing)
        if playing == self.playing:
            return
        if playing:
            if self.slider.value() >= self.slider.maximum():
                self.slider.setValue(self.slider.minimum())  # from the start again
            self.timer.start()
        else:
            self.timer.stop()
        self._show_playing(playing)
        self.playing_changed.emit(playing)

    def toggle(self) -> None:
        self.set_playing(not self.playing)

    def step(self) -> bool:
        """One step on (what each tick does); False, and stopped, once at the end."""
        slider = self.slider
        if slider.value() >= slider.maximum():
            self.set_playing(False)
            return False
        slider.setValue(min(slider.maximum(), max(self._step(slider.value()), slider.value() + 1)))
        if slider.value() >= slider.maximum():
            self.set_playing(False)
        return True

    def _on_speed_changed(self, per_second: int) -> None:
        self.timer.setInterval(max(1, round(1000 / max(1, per_second))))

    def _on_button_toggled(self, checked: bool) -> None:
        self.set_playing(checked)

    def _show_playing(self, playing: bool) -> None:
        with_what = f" ({self._what})" if self._what else ""
        text = (self.tr("Pause the time-lapse") if playing else self.tr("Play the time-lapse")) + with_what
        self.button.blockSignals(True)
        self.button.setChecked(playing)
        self.button.blockSignals(False)
        self.button.setIcon(self._icons["pause" if playing else "play"])
        self.button.setToolTip(text + self.tr(" (Space or K on the slider)"))
        self.button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))
        self.button.setAccessibleDescription(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.slider and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if event.key() in TOGGLE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # the slider's key, not the window's Space shortcut
                else:
                    self.toggle()
                return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.set_playing(False)  # a hidden time-lapse (another tab, a closed window) is not left running


class YearOverlay(QLabel):
    """A big year (or day) in a corner of a view, over it: for the back of a classroom."""

    def __init__(self, host: QWidget, *, corner: Qt.Corner = Qt.Corner.TopRightCorner):
        super().__init__(host)
        self.setObjectName("yearOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("#yearOverlay { background: rgba(255, 255, 255, 215); color: #111111;"
                           " border: 2px solid #111111; border-radius: 8px; padding: 2px 14px; }")
        self._corner = corner
        self._scale = 3.2
        host.installEventFilter(self)
        self.hide()

    def show_text(self, text: str | None) -> None:
        """Show ``text`` large (None hides it)."""
        if not text:
            self.hide()
            return
        font = QFont(self.parentWidget().font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 8.0) * self._scale)
        self.setFont(font)
        self.setText(text)
        self.setAccessibleName(text)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        host = self.parentWidget()
        margin = 12
        size: QSize = self.size()
        x = host.width() - size.width() - margin if self._corner in (
            Qt.Corner.TopRightCorner, Qt.Corner.BottomRightCorner) else margin
        y = host.height() - size.height() - margin if self._corner in (
            Qt.Corner.BottomLeftCorner, Qt.Corner.BottomRightCorner) else margin
        self.move(max(0, x), max(0, y))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


__all__ = ["SliderPlayer", "TOGGLE_KEYS", "YearOverlay"]

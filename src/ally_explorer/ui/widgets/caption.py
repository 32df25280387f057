"""The caption card shown while presenting: the current event, large, with how sure and the source."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QSpinBox, QToolButton, QVBoxLayout

from ...core import vocab
from ...core.records import Event, Source, Statement
from .. import theme
from .detail_html import confidence_badge, window_text


class CaptionCard(QFrame):
    previous_requested = Signal()
    next_requested = Signal()
    play_toggled = Signal(bool)
    interval_changed = Signal(int)  # seconds

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("captionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#captionCard { border: 2px solid palette(text); border-radius: 6px; }")
        self.when = QLabel()
        self.when.setObjectName("captionDate")
        self.title = QLabel()
        self.title.setObjectName("captionTitle")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("captionBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.provenance = QLabel()
        self.provenance.setObjectName("captionSource")
        self.provenance.setWordWrap(True)
        self.provenance.setTextFormat(Qt.TextFormat.RichText)
        self.position = QLabel()
        self.prev_button = QToolButton(text="◀ Previous")
        self.next_button = QToolButton(text="Next ▶")
        self.play_button = QToolButton(text="▶ Autoplay")
        self.play_button.setCheckable(True)
        self.interval = QSpinBox()
        self.interval.setRange(2, 120)
        self.interval.setValue(8)
        self.interval.setSuffix(" s")
        self.interval.setToolTip("Seconds per step when playing")
        self.prev_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.play_button.toggled.connect(self._on_play)
        self.interval.valueChanged.connect(self.interval_changed)
        controls = QHBoxLayout()
        for w in (self.prev_button, self.next_button, self.play_button, self.interval):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.position)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.when)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.provenance)
        layout.addLayout(controls)
        self.apply_fonts()

    def apply_fonts(self) -> None:
        """Sized from the application font (the whole-interface zoom); a style sheet on the
        card would otherwise keep the old size."""
        app_font = QApplication.font()
        self.setFont(app_font)
        for w in (self.prev_button, self.next_button, self.play_button, self.interval, self.position):
            w.setFont(app_font)
        base = app_font.pointSizeF()
        for label, scale, bold in ((self.when, 1.2, True), (self.title, 1.7, True), (self.body, 1.2, False),
                                   (self.provenance, 1.05, False)):
            f = QFont(app_font)
            f.setPointSizeF(base * scale)
            f.setBold(bold)
            label.setFont(f)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.apply_fonts()

    def _on_play(self, playing: bool) -> None:
        self.play_button.setText("⏸ Pause" if playing else "▶ Autoplay")
        self.play_toggled.emit(playing)

    def set_playing(self, playing: bool) -> None:
        self.play_button.blockSignals(True)
        self.play_button.setChecked(playing)
        self.play_button.setText("⏸ Pause" if playing else "▶ Autoplay")
        self.play_button.blockSignals(False)

    def show_event(self, event: Event, source: Source | None, position: tuple[int, int], country_names: dict[str, str]) -> None:
        window = window_text(event.date_start, event.date_end, event.date_label)
        extra = "" if window.casefold() == event.date_label.casefold() else f"  ({window})"
        where = ", ".join(country_names.get(c, c) for c in event.countries)
        color = theme.CATEGORY_COLORS.get(event.category, "#555")
        self.when.setText(f"{event.date_label}{extra}")
        self.title.setText(event.title)
        self.body.setText(
            f"<span style='color:{color}; font-weight:600'>■ {html.escape(event.category.capitalize())}</span> · "
            f"{html.escape(where)}<br>{html.escape(event.description or '')}"
        )
        self._provenance(event.confidence, event.attribution, source)
        self.position.setText(f"{position[0]} of {position[1]}")

    def show_statement(self, statement: Statement, source: Source | None, position: tuple[int, int]) -> None:
        self.when.setText(statement.date_label)
        speaker = statement.speaker_name or "Unattributed"
        self.title.setText(f"“{statement.text}”")
        role = f", {statement.speaker_role}" if statement.speaker_role else ""
        self.body.setText(f"— <b>{html.escape(speaker)}</b>{html.escape(role)}<br>{html.escape(statement.context or '')}")
        self._provenance(statement.confidence, statement.attribution, source)
        self.position.setText(f"{position[0]} of {position[1]}")

    def _provenance(self, confidence: str, attribution: str | None, source: Source | None) -> None:
        who = f" — according to {html.escape(attribution)}" if attribution else ""
        src = f" · Source: <i>{html.escape(source.title)}</i>" if source else ""
        self.provenance.setText(f"{confidence_badge(confidence)}{who}{src}")
        self.provenance.setToolTip(vocab.CONFIDENCE_MEANINGS.get(confidence, ""))

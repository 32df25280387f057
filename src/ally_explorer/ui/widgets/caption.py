"""The caption card shown while presenting: the current event, large, with how sure and the source."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QSpinBox, QStyle, QToolButton, QVBoxLayout

from ...core.records import Event, Source, Statement
from .. import theme
from .detail_html import confidence_badge, window_text
from ..core_words import category_label, confidence_meaning
from ..i18n import translate


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
        # Drawn icons, not font glyphs: "⏸" is a missing-glyph box where only DejaVu is installed.
        style = self.style()
        self._icons = {name: style.standardIcon(pixmap) for name, pixmap in (
            ("previous", QStyle.StandardPixmap.SP_MediaSeekBackward), ("next", QStyle.StandardPixmap.SP_MediaSeekForward),
            ("play", QStyle.StandardPixmap.SP_MediaPlay), ("pause", QStyle.StandardPixmap.SP_MediaPause))}
        self.prev_button = QToolButton(text=self.tr("Previous"))
        self.prev_button.setIcon(self._icons["previous"])
        self.next_button = QToolButton(text=self.tr("Next"))
        self.next_button.setIcon(self._icons["next"])
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the arrow after the word
        self.play_button = QToolButton(text=self.tr("Autoplay"))
        self.play_button.setIcon(self._icons["play"])
        self.play_button.setCheckable(True)
        for button in (self.prev_button, self.next_button, self.play_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.interval = QSpinBox()
        self.interval.setRange(2, 120)
        self.interval.setValue(8)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setToolTip(self.tr("Seconds per step when playing"))
        self.interval.setAccessibleName(self.tr("Seconds per step when playing"))
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
        self._shrink = 1.0  # the text's share of its full size, to fit the screen
        self._max_height: int | None = None
        self._scope = ""
        self.apply_fonts()

    def set_scope(self, text: str) -> None:
        """What the stepping walks through ("All events", "Belarus's events", a tour)."""
        self._scope = text

    def fit(self, max_height: int | None) -> None:
        """Wrap, then shrink the headline, description and source until the card is at most
        ``max_height`` tall; the card never gets less height than its text needs (None: no limit)."""
        self._max_height = max_height
        self._shrink = 1.0
        self.apply_fonts()
        if max_height is None:
            self.setMinimumHeight(0)
            return
        width = max(self.width(), 320)
        while self._shrink > 0.45 and self._needed_height(width) > max_height:
            self._shrink = round(self._shrink - 0.05, 2)
            self.apply_fonts()
        self.setMinimumHeight(min(self._needed_height(width), max(max_height, 0)))

    def _needed_height(self, width: int) -> int:
        layout = self.layout()
        layout.activate()
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()

    def text_fits(self) -> bool:
        """Whether every line of the headline, description and source shows whole."""
        return all(label.height() >= label.heightForWidth(label.width()) for label in
                   (self.when, self.title, self.body, self.provenance) if label.isVisible() and label.text())

    def apply_fonts(self) -> None:
        """Sized from the application font (the whole-interface zoom); a style sheet on the
        card would otherwise keep the old size."""
        app_font = QApplication.font()
        self.setFont(app_font)
        for w in (self.prev_button, self.next_button, self.play_button, self.interval, self.position):
            w.setFont(app_font)
        line = QFontMetricsF(app_font).height()
        icon = round(line)
        for button in (self.prev_button, self.next_button, self.play_button):
            button.setIconSize(QSize(icon, icon))
        # A spin box keeps the height its style gave it at the first font: size it from this one.
        self.interval.lineEdit().setFont(app_font)
        self.interval.setMinimumHeight(round(line * 1.6))
        self.interval.setMinimumWidth(round(QFontMetricsF(app_font).horizontalAdvance("120 s") + line * 2.5))
        base = app_font.pointSizeF() * getattr(self, "_shrink", 1.0)
        for label, scale, bold in ((self.when, 1.2, True), (self.title, 1.7, True), (self.body, 1.2, False),
                                   (self.provenance, 1.05, False)):
            f = QFont(app_font)
            f.setPointSizeF(base * scale)
            f.setBold(bold)
            label.setFont(f)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._max_height is not None and event.size().width() != event.oldSize().width():
            self.fit(self._max_height)  # another width wraps the text differently

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.apply_fonts()

    def _show_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Autoplay"))
        self.play_button.setIcon(self._icons["pause" if playing else "play"])

    def _on_play(self, playing: bool) -> None:
        self._show_playing(playing)
        self.play_toggled.emit(playing)

    def set_playing(self, playing: bool) -> None:
        self.play_button.blockSignals(True)
        self.play_button.setChecked(playing)
        self._show_playing(playing)
        self.play_button.blockSignals(False)

    def show_event(self, event: Event, source: Source | None, position: tuple[int, int], country_names: dict[str, str]) -> None:
        window = window_text(event.date_start, event.date_end, event.date_label)
        extra = "" if window.casefold() == event.date_label.casefold() else f" ({window})"
        where = ", ".join(country_names.get(c, c) for c in event.countries)
        color = theme.CATEGORY_COLORS.get(event.category, "#555")
        self.when.setText(f"{event.date_label}{extra}")
        self.title.setText(event.title)
        self.body.setText(
            f"<span style='color:{color}; font-weight:600'>■ {html.escape(category_label(event.category))}</span> · "
            f"{html.escape(where)}<br>{html.escape(event.description or '')}"
        )
        self._provenance(event.confidence, event.attribution, source)
        self._show_position(position)

    def _show_position(self, position: tuple[int, int]) -> None:
        counted = self.tr("%1 of %2").replace("%1", str(position[0])).replace("%2", str(position[1]))
        self.position.setText(f"{self._scope} · {counted}" if self._scope else counted)
        self.setAccessibleName(self.tr("Presentation step %1").replace("%1", counted))
        self.setAccessibleDescription(self.spoken_text())

    def spoken_text(self) -> str:
        """The step as a screen reader says it: where in the story, then the card's text, no glyphs."""
        parts = [self.position.text(), self.when.text(), self.title.text()]
        for label in (self.body, self.provenance):
            doc = QTextDocument()
            doc.setHtml(label.text())
            parts.append(doc.toPlainText().replace("■", "").replace("\n", ". ").strip())
        return ". ".join(p.strip(" ·") for p in parts if p and p.strip(" ·"))

    def show_statement(self, statement: Statement, source: Source | None, position: tuple[int, int]) -> None:
        self.when.setText(statement.date_label)
        speaker = statement.speaker_name or translate("CaptionCard", "Unattributed")
        self.title.setText(f"“{statement.text}”")
        role = f", {statement.speaker_role}" if statement.speaker_role else ""
        self.body.setText(f"— <b>{html.escape(speaker)}</b>{html.escape(role)}<br>{html.escape(statement.context or '')}")
        self._provenance(statement.confidence, statement.attribution, source)
        self._show_position(position)

    def _provenance(self, confidence: str, attribution: str | None, source: Source | None) -> None:
        who = translate("CaptionCard", " — according to {attribution}").format(attribution=html.escape(attribution)) if attribution else ""
        src = translate("CaptionCard", " · Source: <i>{title}</i>").format(title=html.escape(source.title)) if source else ""
        self.provenance.setText(f"{confidence_badge(confidence)}{who}{src}")
        self.provenance.setToolTip(confidence_meaning(confidence))

"""Colours and small visual helpers shared by every widget.

The colours themselves, per theme, and the contrast maths live in ``core.palette`` (pure Python,
checked by tests/core/test_palette.py); this module turns them into Qt palettes and style sheets.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QProxyStyle, QStyle

from .. import paths
from ..core import palette
from .i18n import QT_TRANSLATE_NOOP

#: The light theme's colours, for pictures the app exports (always on white).
CATEGORY_COLORS = dict(palette.THEMES["light"].category)
STANCE_COLORS = dict(palette.THEMES["light"].stance)
RUSSIA_COLOR = palette.THEMES["light"].russia
NO_STANCE_COLOR = palette.THEMES["light"].no_stance
CONFIDENCE_COLORS = dict(palette.THEMES["light"].confidence)

text_on = palette.text_on

_current: list[palette.Palette] = [palette.THEMES["light"]]


def current() -> palette.Palette:
    """The theme the window shows now (set by ``Appearance`` before any view hears of a change)."""
    return _current[0]


def set_current(t: palette.Palette) -> None:
    _current[0] = t


def stance_color(stance: str | None, country_id: str | None = None) -> str:
    """The stance's colour in the current theme."""
    return current().stance_color(stance, country_id)


#: The height the country list shows flags at; ``resources/flags-16.png`` holds every flag
#: rendered at it (``tools/render_flags.py``), since rendering the SVGs for the rows of the first
#: frame cost 15-30 ms of every start-up.
STRIP_HEIGHT = 16
STRIP_FILE = "flags-16.png"


@lru_cache(maxsize=512)
def flag_pixmap(iso2: str | None, height: int = 18) -> QPixmap:
    """The country's flag at a given height (4:3), with a hairline border; blank if unknown."""
    if height == STRIP_HEIGHT and iso2:
        cell = flag_strip().get(iso2.lower())
        if cell is not None:
            return cell
    return render_flag(iso2, height)


def render_flag(iso2: str | None, height: int) -> QPixmap:
    """The flag drawn from its SVG (what ``flag_pixmap`` shows where the strip has no cell)."""
    width = round(height * 4 / 3)
    pixmap = QPixmap(QSize(width, height))
    pixmap.fill(Qt.GlobalColor.transparent)
    path = paths.resources_dir() / "flags" / f"{(iso2 or '').lower()}.svg"
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if iso2 and path.exists():
        QIcon(str(path)).paint(painter, 0, 0, width, height)
    else:
        painter.fillRect(0, 0, width, height, QColor("#DDDDDD"))
    painter.setPen(QColor(0, 0, 0, 70))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.end()
    return pixmap


@lru_cache(maxsize=1)
def flag_strip() -> dict[str, QPixmap]:
    """Every flag of ``STRIP_FILE`` by its lower-case code (its "codes" text, in cell order);
    empty when the file is missing or unreadable (the flags are then drawn from the SVGs)."""
    image = QImage(str(paths.resources_dir() / STRIP_FILE))
    codes = image.text("codes").split() if not image.isNull() else []
    width = round(STRIP_HEIGHT * 4 / 3)
    if image.height() != STRIP_HEIGHT or image.width() != width * len(codes):
        return {}
    strip = QPixmap.fromImage(image)
    return {code: strip.copy(i * width, 0, width, STRIP_HEIGHT) for i, code in enumerate(codes)}


def flag_icon(iso2: str | None) -> QIcon:
    icon = QIcon()
    for h in (16, 24, 36, 48):
        icon.addPixmap(flag_pixmap(iso2, h))
    return icon


# -- whole-app themes ------------------------------------------------------------------------


#: Every colour that depends on light, dark or high contrast (core.palette, checked by a test).
Theme = palette.Palette
THEMES = palette.THEMES
THEME_LABELS = {"system": QT_TRANSLATE_NOOP("Theme", "Follow the System"), "light": QT_TRANSLATE_NOOP("Theme", "Light"), "dark": QT_TRANSLATE_NOOP("Theme", "Dark"), "contrast": QT_TRANSLATE_NOOP("Theme", "High Contrast")}


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", lambda: None)()
    return scheme is not None and scheme == Qt.ColorScheme.Dark


_hints: list = []


def accessibility_hints():
    """``styleHints().accessibility()`` (Qt 6.10+), or None. PySide6 6.11 deletes Qt's own object
    when the returned wrapper is collected (the next call then fails, "already deleted"), so the
    wrapper is given up at once and the object reached through a wrapper that does not own it."""
    if not _hints:
        getter = getattr(QGuiApplication.styleHints(), "accessibility", None)
        hints = getter() if getter is not None else None
        if hints is not None:
            import shiboken6

            pointer = shiboken6.getCppPointer(hints)[0]
            shiboken6.invalidate(hints)
            hints = shiboken6.wrapInstance(pointer, type(hints))
        _hints.append(hints)
    return _hints[0]


def system_wants_high_contrast() -> bool:
    """The desktop asks for high contrast (Qt 6.10+ reports it; False where it cannot)."""
    accessibility = accessibility_hints()
    preference = getattr(accessibility, "contrastPreference", None)
    high = getattr(getattr(Qt, "ContrastPreference", None), "HighContrast", None)
    return bool(preference is not None and high is not None and preference() == high)


def resolve_theme(name: str) -> Theme:
    """'system' follows the desktop's light/dark and high-contrast settings (read each time:
    they may change while the app runs)."""
    if name == "system":
        if system_wants_high_contrast():
            return THEMES["contrast"]
        return THEMES["dark" if system_is_dark() else "light"]
    return THEMES.get(name, THEMES["light"])


def palette_for(t: Theme) -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, t.window), (roles.Base, t.base), (roles.AlternateBase, t.alternate),
        (roles.Text, t.text), (roles.WindowText, t.text), (roles.ButtonText, t.text),
        (roles.Button, t.window), (roles.ToolTipBase, t.base), (roles.ToolTipText, t.text),
        (roles.Highlight, t.highlight), (roles.HighlightedText, t.highlighted_text), (roles.Link, t.link),
        (roles.PlaceholderText, t.muted), (roles.BrightText, "#FFFFFF"),
    ):
        p.setColor(role, QColor(color))
    p.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor(t.muted))
    p.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor(t.muted))
    p.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor(t.muted))
    return p


class FocusFrameStyle(QProxyStyle):
    """Fusion, with a focus frame you can see: 2 px in the theme's focus colour (>= 3:1 on the
    window and base, tests/core/test_palette.py) where Fusion draws a faint tint (1.04-1.14:1),
    for check boxes, radio buttons, tabs and the current item of a focused list. (A style sheet
    would do it too, but Qt does not propagate ``QApplication.setFont`` -- the app's zoom --
    through an application style sheet.)"""

    @staticmethod
    def _frame(painter, rect) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(current().focus))
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 2, 2)
        painter.restore()

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._frame(painter, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_TabBarTab and option.state & QStyle.StateFlag.State_HasFocus:
            self._frame(painter, option.rect.adjusted(2, 2, -2, -1))  # Fusion draws none on tabs


_style: list[QStyle] = []


def install_focus_style(app) -> None:
    """Make the application's style a ``FocusFrameStyle`` over Fusion (once)."""
    if not isinstance(app.style(), FocusFrameStyle):
        style = FocusFrameStyle("Fusion")
        _style[:] = [style]
        app.setStyle(style)


def plot_focus_style_sheet(t: Theme) -> str:
    """The frame a plot (a QGraphicsView) shows when it has the keyboard focus."""
    return ("QGraphicsView { border: 2px solid transparent; }"
            f" QGraphicsView:focus {{ border: 2px solid {t.focus}; }}")

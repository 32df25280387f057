"""Colours and small visual helpers shared by every widget.

Category colours are the Okabe–Ito palette (readable for the common forms of colour blindness);
stances use a red–blue diverging scale (ColorBrewer RdBu), red for closest to Russia.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from .. import paths
from .i18n import QT_TRANSLATE_NOOP, translate

CATEGORY_COLORS = {
    "military": "#D55E00",  # vermillion
    "economic": "#009E73",  # bluish green
    "energy": "#E69F00",  # orange
    "diplomatic": "#0072B2",  # blue
    "political": "#CC79A7",  # reddish purple
}

STANCE_COLORS = {
    "ally": "#B2182B",
    "partner": "#D6604D",
    "friendly": "#F4A582",
    "balancer": "#9E9E9E",
    "drifting": "#92C5DE",
    "opposed": "#2166AC",
}
RUSSIA_COLOR = "#67001F"
NO_STANCE_COLOR = "#E0E0E0"

CONFIDENCE_COLORS = {
    "confirmed": "#1B7837",
    "reported": "#B35806",
    "claimed": "#762A83",
    "disputed": "#B2182B",
}


def text_on(background: str) -> str:
    """Black or white, whichever reads better on the background."""
    c = QColor(background)
    luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
    return "#000000" if luminance > 0.5 else "#FFFFFF"


def stance_color(stance: str | None, country_id: str | None = None) -> str:
    if country_id == "RUS":
        return RUSSIA_COLOR
    return STANCE_COLORS.get(stance or "", NO_STANCE_COLOR)


@lru_cache(maxsize=512)
def flag_pixmap(iso2: str | None, height: int = 18) -> QPixmap:
    """The country's flag at a given height (4:3), with a hairline border; blank if unknown."""
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


def flag_icon(iso2: str | None) -> QIcon:
    icon = QIcon()
    for h in (16, 24, 36, 48):
        icon.addPixmap(flag_pixmap(iso2, h))
    return icon


# -- whole-app themes ------------------------------------------------------------------------


@dataclass(frozen=True)
class Theme:
    """Every colour that depends on light, dark or high contrast. Category and stance colours
    stay the same in all three (both palettes read on white and on near-black)."""

    name: str
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    highlight: str  # selection
    highlighted_text: str
    link: str
    mark: str  # the highlighted entry in the detail pane
    plot_background: str
    plot_text: str
    plot_axis: str
    stripe: str
    label_fill: str  # behind timeline labels
    line_scale: float = 1.0  # thicker outlines in high contrast


THEMES = {
    "light": Theme("light", "#F3F4F6", "#FFFFFF", "#F7F8FA", "#1A1A1A", "#5A5A5A", "#2F6FB3", "#FFFFFF",
                   "#0B5CAD", "#FFF1B8", "#FFFFFF", "#222222", "#888888", "#F4F6F8", "#FFFFFFC8"),
    "dark": Theme("dark", "#1E1F22", "#26282C", "#2C2E33", "#E8E8E8", "#A8A8A8", "#3D7BC7", "#FFFFFF",
                  "#7DB7FF", "#5A4A12", "#1B1C1F", "#E0E0E0", "#8A8A8A", "#24262A", "#1B1C1FD0"),
    "contrast": Theme("contrast", "#FFFFFF", "#FFFFFF", "#F0F0F0", "#000000", "#000000", "#000000", "#FFFFFF",
                      "#0000CC", "#FFE066", "#FFFFFF", "#000000", "#000000", "#EDEDED", "#FFFFFFF0", 1.8),
}
THEME_LABELS = {"system": QT_TRANSLATE_NOOP("Theme", "Follow the System"), "light": QT_TRANSLATE_NOOP("Theme", "Light"), "dark": QT_TRANSLATE_NOOP("Theme", "Dark"), "contrast": QT_TRANSLATE_NOOP("Theme", "High Contrast")}


def resolve_theme(name: str) -> Theme:
    """'system' follows the desktop's light or dark setting."""
    if name == "system":
        hints = QGuiApplication.styleHints()
        scheme = getattr(hints, "colorScheme", lambda: None)()
        dark = scheme is not None and scheme == Qt.ColorScheme.Dark
        return THEMES["dark" if dark else "light"]
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

"""Colours and small visual helpers shared by every widget.

Category colours are the Okabe–Ito palette (readable for the common forms of colour blindness);
stances use a red–blue diverging scale (ColorBrewer RdBu), red for closest to Russia.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from .. import paths

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

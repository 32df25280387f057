"""Render every flag at the country list's height into ``resources/flags-16.png``.

The country list shows a flag on each row; drawing the SVGs for the rows of the first frame cost
15-30 ms of every start-up, so they are drawn once here, by the app's own ``theme.render_flag``,
into one strip (cells in the order of the PNG's "codes" text). tests/ui/test_flag_strip.py fails
when a cell differs from what the SVG gives (a flag changed, or Qt draws it otherwise): run

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/render_flags.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def render_strip():
    """The strip as a QImage, its "codes" text set (a QApplication must exist)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from ally_explorer.ui import theme

    codes = sorted(p.stem for p in (ROOT / "resources" / "flags").glob("*.svg"))
    width = round(theme.STRIP_HEIGHT * 4 / 3)
    image = QImage(width * len(codes), theme.STRIP_HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    for i, code in enumerate(codes):
        painter.drawPixmap(i * width, 0, theme.render_flag(code, theme.STRIP_HEIGHT))
    painter.end()
    image.setText("codes", " ".join(codes))
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ally_explorer.ui import theme
    from ally_explorer.ui.export import save_image

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    target = save_image(render_strip(), ROOT / "resources" / theme.STRIP_FILE, "PNG")  # all or nothing
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The country list's flags come from one pre-rendered strip (resources/flags-16.png), not from
drawing an SVG per row at start-up; the strip must show exactly what the SVGs draw."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ally_explorer import paths
from ally_explorer.ui import theme

#: sh-ac.svg names paint servers Qt's SVG renderer lacks: it says so while drawing it
pytestmark = pytest.mark.qt_log_ignore("Could not resolve property")

TOOL = Path(__file__).resolve().parents[2] / "tools" / "render_flags.py"


def _pixels(pixmap) -> QImage:
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def test_the_strip_holds_every_flag_as_its_svg_draws_it(qapp):
    codes = sorted(p.stem for p in (paths.resources_dir() / "flags").glob("*.svg"))
    strip = theme.flag_strip()
    assert sorted(strip) == codes, "run tools/render_flags.py: the strip's flags are not the SVGs'"
    stale = [c for c in codes if _pixels(strip[c]) != _pixels(theme.render_flag(c, theme.STRIP_HEIGHT))]
    assert stale == [], f"run tools/render_flags.py: these flags differ from their SVGs: {stale}"


def test_the_tool_renders_the_strip_the_app_reads(qapp, tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("render_flags", TOOL)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    image = tool.render_strip()
    assert image.text("codes").split()[:3] == ["ad", "ae", "af"]
    image.save(str(tmp_path / theme.STRIP_FILE))
    drawn = _pixels(theme.render_flag("by", 16))
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    theme.flag_strip.cache_clear()
    try:
        by = theme.flag_strip()["by"]
        assert _pixels(by) == drawn
    finally:
        theme.flag_strip.cache_clear()


def test_without_the_strip_flags_are_drawn_from_the_svgs(qapp, tmp_path, monkeypatch):
    (tmp_path / "flags").symlink_to(paths.resources_dir() / "flags")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)  # no flags-16.png here
    theme.flag_strip.cache_clear()
    theme.flag_pixmap.cache_clear()
    try:
        assert theme.flag_strip() == {}
        assert _pixels(theme.flag_pixmap("by", 16)) == _pixels(theme.render_flag("by", 16))
        assert _pixels(theme.flag_pixmap("by", 16)) != _pixels(theme.flag_pixmap(None, 16))  # a flag, not the blank
    finally:
        theme.flag_strip.cache_clear()
        theme.flag_pixmap.cache_clear()

"""The app as a desktop citizen: its icon, its launcher and its AppStream data."""

from __future__ import annotations

import configparser
import os
import xml.etree.ElementTree as ET

from ally_explorer import __version__, desktop, paths
from ally_explorer.ui.cli import main


def test_the_application_icon_has_the_small_sizes_and_scales_up(qapp):
    from ally_explorer.ui.app import app_icon

    icon = app_icon()
    assert {16, 24, 32, 48} <= {s.width() for s in icon.availableSizes()}
    big = icon.pixmap(256, 256).toImage()
    assert big.width() == 256 and big.pixelColor(128, 60).alpha() == 255  # drawn from the SVG, not blank


def test_make_app_sets_names_before_the_application_exists(tmp_path):
    """A fresh process: the version and desktop name are set, and the window icon is ours."""
    import subprocess
    import sys

    code = (
        "from ally_explorer.ui.app import make_app\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = make_app()\n"
        "print(app.applicationVersion(), QGuiApplication.desktopFileName(), app.windowIcon().isNull())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [__version__, desktop.DESKTOP_ID, "False"]


def test_version_matches_the_package_metadata():
    from importlib.metadata import version

    assert version("ally-explorer") == __version__


def test_every_icon_size_is_a_square_png_of_that_size(qapp):
    from PySide6.QtGui import QImage

    for n in desktop.ICON_SIZES:
        image = QImage(str(desktop.icon_path(n)))
        assert (image.width(), image.height()) == (n, n)
    assert desktop.icon_path().read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_install_desktop_puts_launcher_icons_and_metainfo_in_the_xdg_folders(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["install-desktop"]) == 0
    assert "installed" in capsys.readouterr().out
    launcher = tmp_path / "applications" / "ally-explorer.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(launcher, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Name"] == "Ally Explorer" and d["Icon"] == desktop.DESKTOP_ID and d["Type"] == "Application"
    exe = d["Exec"].split()[0]
    assert os.path.isabs(exe) and os.access(exe, os.X_OK)  # starts this copy of the app, venv or not
    assert d["Exec"].endswith("-m ally_explorer %f")
    assert (tmp_path / "icons/hicolor/scalable/apps/ally-explorer.svg").is_file()
    assert (tmp_path / "icons/hicolor/48x48/apps/ally-explorer.png").read_bytes() == desktop.icon_path(48).read_bytes()
    meta = ET.parse(tmp_path / "metainfo" / f"{desktop.APPSTREAM_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == desktop.APPSTREAM_ID
    assert meta.findtext("launchable") == launcher.name
    assert meta.find("releases/release").get("version") == __version__
    assert not list(tmp_path.rglob(".*.tmp"))  # written through temporary files, none left

    assert main(["install-desktop", "--uninstall"]) == 0
    assert not launcher.exists() and not list(tmp_path.rglob("*.png"))


def test_install_desktop_into_a_folder_it_cannot_write_says_so_in_one_line(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["install-desktop"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("ally-explorer: could not install the launcher:") and "\n" not in err
    assert blocker.read_text() == "not a folder"


def test_the_bundled_launcher_template_is_shipped_with_the_resources():
    assert (paths.resources_dir() / "ally-explorer.desktop").is_file()

"""Putting Ally Explorer in the desktop's menus: launcher, icons and AppStream metadata.

``ally-explorer install-desktop`` copies them into the user's XDG data folder
(``$XDG_DATA_HOME``, normally ``~/.local/share``), so the app appears in the menu with its icon
and the window is matched to its launcher. The launcher's ``Exec`` line names the Python that
runs this copy of the app, so a launcher made from a virtual environment starts that one.
Nothing here imports Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import paths

DESKTOP_ID = "ally-explorer"  # the .desktop file's name, and QGuiApplication.desktopFileName
APPSTREAM_ID = "io.github.allyexplorer.AllyExplorer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"


def icon_path(size: int | None = None) -> Path:
    """The app icon: the SVG, or the PNG of one size."""
    folder = paths.resources_dir() / "icons"
    return folder / (f"{DESKTOP_ID}.svg" if size is None else f"{DESKTOP_ID}-{size}.png")


def launch_command() -> str:
    """How the launcher starts this copy of the app (the running Python, by absolute path)."""
    import shlex  # here: only writing the launcher needs it

    return f"{shlex.quote(sys.executable)} -m ally_explorer"


def desktop_entry() -> str:
    """The launcher's text, with an Exec line that starts this copy of the app."""
    text = (paths.resources_dir() / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={launch_command()} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={sys.executable}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _write(target: Path, data: bytes) -> None:
    """Through the app's one write path: a temporary file in the same folder, renamed over it."""
    from .db.atomicfile import atomic_write

    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data)


def planned_files(home: Path | None = None) -> dict[Path, bytes]:
    """Every file install() writes, and its bytes."""
    home = home or data_home()
    files = {home / "applications" / f"{DESKTOP_ID}.desktop": desktop_entry().encode("utf-8")}
    icons = home / "icons" / "hicolor"
    files[icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg"] = icon_path().read_bytes()
    for n in ICON_SIZES:
        files[icons / f"{n}x{n}" / "apps" / f"{DESKTOP_ID}.png"] = icon_path(n).read_bytes()
    metainfo = f"{APPSTREAM_ID}.metainfo.xml"
    files[home / "metainfo" / metainfo] = (paths.resources_dir() / metainfo).read_bytes()
    return files


def install(home: Path | None = None) -> list[Path]:
    written = []
    for target, data in planned_files(home).items():
        _write(target, data)
        written.append(target)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    removed = []
    for target in planned_files(home):
        if target.exists():
            target.unlink()
            removed.append(target)
    return removed


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    remove = "--uninstall" in args
    from .db.atomicfile import OutputError

    try:
        done = uninstall() if remove else install()
    except (OSError, OutputError) as e:
        print(f"ally-explorer: could not {'remove' if remove else 'install'} the launcher: {e}", file=sys.stderr)
        return 1
    verb = "removed" if remove else "installed"
    print(f"{verb} {len(done)} files under {data_home()}")
    if not remove:
        print("Ally Explorer is now in your desktop's application menu (log out and in if it does not show).")
    return 0


if __name__ == "__main__":
    sys.exit(main())

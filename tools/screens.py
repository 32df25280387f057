"""``make screens``: the window, presenting, the map, a form and the side-by-side view on the
screens classrooms have.

Each size runs in its own process on Qt's offscreen platform, with the screen set through the
platform's ``configfile`` JSON (and ``QT_SCALE_FACTOR`` for the 2x screen), so the window sees
the screen it would have there. Pictures go to ``build/screens/<size>/``.

    python tools/screens.py [--out build/screens] [--only 1280x720] [--db data/allies.db]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

#: (name, screen width, height in device pixels, scale factor)
SCREENS = (
    ("1024x768", 1024, 768, 1),
    ("1280x720", 1280, 720, 1),
    ("1366x768", 1366, 768, 1),
    ("1920x1080", 1920, 1080, 1),
    ("2560x1440@2x", 2560, 1440, 2),
)
ROOT = Path(__file__).resolve().parents[1]


def screen_env(width: int, height: int, scale: int, folder: Path) -> dict[str, str]:
    """The environment that gives a Qt process one offscreen screen of this size."""
    config = folder / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "s", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    if scale != 1:
        env["QT_SCALE_FACTOR"] = str(scale)
    else:
        env.pop("QT_SCALE_FACTOR", None)
    return env


def render(out: Path, db: Path) -> list[str]:
    """In this process (its screen already set): write window.png, presenting.png, map.png,
    form.png; return what ``layout_problems`` found in the window and presenting."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ally_explorer.ui.app import screenshot
    from ally_explorer.ui.application import make_app
    from ally_explorer.ui.forms.entity_dialog import EntityDialog, current_values
    from ally_explorer.ui.main_window import create_main_window
    from ally_explorer.ui.screen_checks import layout_problems

    app = make_app()
    out.mkdir(parents=True, exist_ok=True)
    area = app.primaryScreen().availableGeometry()
    size = (area.width(), area.height())
    settings_dir = tempfile.mkdtemp(prefix="ally-screens-")

    def fresh_window():
        settings = QSettings(str(Path(settings_dir) / f"s{len(os.listdir(settings_dir))}.ini"), QSettings.Format.IniFormat)
        return create_main_window(db, settings=settings)

    window = fresh_window()
    window.select_country("PRK")
    screenshot(window, out / "window.png", size)
    problems = [f"window: {p}" for p in layout_problems(window)]
    window.show_view("map")
    screenshot(window, out / "map.png", size)
    window.show_view("country")
    window.presentation.enter()
    window.presentation.next()
    window.presentation.finish_animation()
    window.showFullScreen()
    for _ in range(3):
        app.processEvents()
    window.presentation.relayout()
    app.processEvents()
    window.grab().save(str(out / "presenting.png"))
    problems += [f"presenting: {p}" for p in layout_problems(window)]
    window.presentation.leave()
    event_id = window.store.events(country_id="PRK")[0].id
    dialog = EntityDialog(window.store, "event", current_values(window.store, "event", event_id),
                          entity_id=event_id, parent=window)
    dialog.show()
    for _ in range(3):
        app.processEvents()
    dialog.grab().save(str(out / "form.png"))
    dialog.close()
    side = window.side_by_side.view  # View > Side by Side, as big as the screen
    side.open()
    side.setGeometry(area)
    for _ in range(3):
        app.processEvents()
    side.grab().save(str(out / "side-by-side.png"))
    side.close()
    window.close()
    window.store.close()
    QApplication.processEvents()
    return problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "build" / "screens")
    p.add_argument("--db", type=Path, default=ROOT / "data" / "allies.db")
    p.add_argument("--only", help="one size, e.g. 1280x720")
    p.add_argument("--strict", action="store_true", help="fail when a layout problem is found")
    p.add_argument("--render", type=Path, help=argparse.SUPPRESS)  # the child: render here, then exit
    args = p.parse_args(argv)
    if args.render is not None:
        problems = render(args.render, args.db)
        for line in problems:
            print(f"  problem: {line}")
        return 3 if problems and args.strict else 0
    with tempfile.TemporaryDirectory() as folder:
        for name, width, height, scale in SCREENS:
            if args.only and args.only != name:
                continue
            target = args.out / name
            result = subprocess.run(
                [sys.executable, __file__, "--render", str(target), "--db", str(args.db)]
                + (["--strict"] if args.strict else []),
                env=screen_env(width, height, scale, Path(folder)), capture_output=True, text=True, timeout=300,
            )
            print(f"{name}: {', '.join(sorted(p.name for p in target.glob('*.png')))} in {target}")
            if result.stdout:
                print(result.stdout.rstrip())
            if result.returncode:
                print(f"screens: {name} failed:\n{result.stderr}", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

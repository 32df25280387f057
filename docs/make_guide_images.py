"""Make the User Guide's pictures (docs/guide-*.png) with the app itself, headless.

    make guide-images        # or: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_guide_images.py docs

Runs on the bundled dataset with a throw-away user data folder (never your own copy): the
edits shown in the compare and backup pictures are made here, for the pictures only.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1280, 720)


def main(out: Path) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="ally-guide-"))
    os.environ["HOME"] = str(scratch)  # a private home: the pictures show ~/.local/share/ally-explorer
    os.environ["XDG_DATA_HOME"] = str(scratch / ".local" / "share")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ally_explorer import paths
    from ally_explorer.ui.app import make_app, open_window, screenshot

    app = make_app()
    QMessageBox.information = lambda *a, **k: QMessageBox.StandardButton.Ok  # the "your copy" note, once

    def settings() -> QSettings:
        return QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    # Browsing and presenting, on the bundled data.
    w = open_window(paths.bundled_db(), settings())
    w.select_country("PRK")
    screenshot(w, out / "guide-browse.png", SIZE)
    w.presentation.enter()
    w.presentation.next()
    w.presentation.finish_animation()
    screenshot(w, out / "guide-present.png", (1600, 900))  # a projector-sized window
    w.presentation.leave()

    # Two edits: the first makes your copy.
    assert w.editing.ensure_writable()
    w.editing.ops.edit("event", 15, {"importance": 2})
    hun = w.store.country("HUN")
    w.editing.ops.edit("country", "HUN", {"summary": hun.summary + " (Class note: compare with Slovakia.)"})
    w.close()
    w.store.close()

    # The next start on the bundled file opens your copy, and says so.
    w = open_window(paths.bundled_db(), settings())
    w.select_country("HUN")
    screenshot(w, out / "guide-your-copy.png", SIZE)
    w.editing.ops.edit("event", 16, {"importance": 2}) if w.editing.ensure_writable() else None  # a session backup
    dialog = w.editing.show_compare()
    dialog.resize(1100, 520)
    settle()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    settle()
    if not dialog.grab().save(str(out / "guide-compare.png")):
        raise OSError("could not write guide-compare.png")
    dialog.close()
    backups = w.editing.show_backups()
    backups.resize(760, 300)
    settle()
    if not backups.grab().save(str(out / "guide-backups.png")):
        raise OSError("could not write guide-backups.png")
    backups.close()
    w.close()
    w.store.close()
    QApplication.processEvents()
    print("wrote " + ", ".join(sorted(p.name for p in out.glob("guide-*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))

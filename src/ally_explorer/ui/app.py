"""Starting the application: the QApplication, its look, and the headless screenshot."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from .. import paths
from .application import APPLICATION, ORGANIZATION, app_icon, apply_look, make_app  # noqa: F401  (re-exported)

def startup_choice(asked: Path | None, settings: QSettings):
    """The one rule for which file opens (``userfiles.choose_database``), whatever the way of
    starting: ``make run`` and ``--db data/allies.db`` ask for the bundled file, a bare start
    asks for nothing and the last file used is considered."""
    from ..db.userfiles import choose_database

    last = settings.value("lastDatabase")
    return choose_database(Path(asked) if asked else None, Path(str(last)) if last else None)


def open_window(asked: Path | None, settings: QSettings, *, read_only: bool = False, window_settings=None,
                open_read_only: bool = False):
    """The main window on the file the rule chooses, remembered (unless only a screenshot is
    taken), and saying why when it is not the file asked for. Raises DatabaseOpenError."""
    from . import create_main_window  # the collector held back until its first frame

    choice = startup_choice(asked, settings)
    window = create_main_window(choice.path, read_only=read_only, open_read_only=open_read_only,
                                settings=settings if window_settings is None else window_settings)
    if not open_read_only:
        settings.setValue("lastDatabase", str(choice.path))
        window.files.remember_recent(choice.path)
    window.files.announce_choice(choice)
    return window


def screenshot(window, path: Path, size: tuple[int, int]) -> None:
    """Render the window offscreen at a size and write a PNG."""
    app = QApplication.instance()
    if window.isFullScreen():
        window.showNormal()  # offscreen "full screen" is the 800x800 virtual screen: use the size asked for
    window.resize(*size)
    window.show()
    for _ in range(3):
        app.processEvents()
    window.finish_loading()
    if window.presenting:
        window.presentation.relayout()
        app.processEvents()
    if window.timeline.selected_event is None:
        window.timeline.show_focus()
    if window.map_tab.is_built() and window.tabs.currentWidget() is window.map_tab.map_view:
        window.map_tab.show_map()
        window.map_tab.map.fit_eurasia()
    if window.current_country:
        window.timeline.select_country(window.current_country)
    app.processEvents()
    if window.detail.highlighted_item is not None:
        window.detail.scroll_to_highlight()
    elif window.current_country and window.tabs.currentWidget() is window.country_tab:
        window.detail.scrollToAnchor("events")  # a country's picture shows its events and quotes
    app.processEvents()
    from .export import save_image

    save_image(window.grab().toImage(), path)  # all or nothing, the format by the name's ending


def run(args: argparse.Namespace) -> int:
    app = make_app()  # first: the window's modules are imported with the collector held back
    from ..db.opening import DatabaseOpenError
    from . import create_main_window
    from .files import show_open_error
    settings = QSettings()
    from .i18n import choose_language, install

    install(choose_language(getattr(args, "lang", None), settings))  # before any widget is built
    headless = args.screenshot is not None
    from .excepthook import install as install_excepthook

    install_excepthook(APPLICATION, paths.user_data_dir() / "logs", dialogs=not headless)
    if headless:
        from ..db.atomicfile import OutputError
        from .export import picture_format

        try:
            picture_format(args.screenshot)  # a folder or an unknown ending: refused before any work
        except OutputError as e:
            print(f"ally-explorer: {e}", file=sys.stderr)
            return 1
    choice = startup_choice(args.db, settings)
    db_path = choice.path
    window_settings = QSettings() if not headless else _scratch_settings()
    missed: DatabaseOpenError | None = None
    try:
        window = open_window(args.db, settings, read_only=args.read_only, window_settings=window_settings,
                             open_read_only=headless)
    except DatabaseOpenError as e:
        bundled = paths.bundled_db()
        if (args.db is not None and not choice.redirected) or Path(db_path) == bundled:
            if headless:
                print(f"ally-explorer: {e.problem} {e.advice}".rstrip(), file=sys.stderr)
                return 2
            show_open_error(None, e)
            return 2
        # The remembered database is unusable: open the window anyway, on the bundled data, so
        # the advice can be followed (File ▸ Open, Restore), and say what happened.
        missed = DatabaseOpenError(
            e.kind,
            (QCoreApplication.translate("app", "Your copy of the bundled data, {path}, could not be opened: {problem}")
             if choice.kind == "copy" else
             QCoreApplication.translate("app", "The database you used last, {path}, could not be opened: {problem}")
             ).format(path=db_path, problem=e.problem),
            (e.advice + " " if e.advice else "") + QCoreApplication.translate(
                "app", "The bundled dataset is open instead; the other file was left as it was."),
        )
        db_path = bundled
        try:
            window = create_main_window(db_path, read_only=args.read_only, settings=window_settings,
                                    open_read_only=headless)
        except DatabaseOpenError as e2:
            if headless:
                print(f"ally-explorer: {e2.problem} {e2.advice}".rstrip(), file=sys.stderr)
                return 2
            show_open_error(None, e2)
            return 2
        if headless:
            print(f"ally-explorer: {missed.problem} {missed.advice}".rstrip(), file=sys.stderr)
    if args.country:
        if args.country.upper() not in {c.id for c in window.store.all_countries()}:
            print(f"ally-explorer: no country {args.country!r} in {db_path}", file=sys.stderr)
            return 2
        window.select_country(args.country.upper())
    if getattr(args, "confirmed_only", False):
        window.act_confirmed.trigger()
    if getattr(args, "theme", None):
        window.presentation.set_theme(args.theme, remember=not headless)
    if getattr(args, "as_of", None):
        try:
            window.set_as_of(date.fromisoformat(args.as_of).isoformat())
        except ValueError:
            print(f"ally-explorer: --as-of must be a date like 2023-01-01, not {args.as_of!r}", file=sys.stderr)
            return 2
    if not window.show_view(getattr(args, "view", "country")):
        print(f"ally-explorer: this database has no {args.view} view", file=sys.stderr)
        return 2
    quiz = window.quiz.open(getattr(args, "seed", None)) if getattr(args, "quiz", False) else None
    if headless:
        if getattr(args, "present", False):
            window.presentation.enter()
            window.presentation.next()
            window.presentation.finish_animation()
        try:
            if quiz is not None:
                from .quiz import screenshot_quiz

                screenshot_quiz(quiz, args.screenshot, args.size)
            else:
                screenshot(window, args.screenshot, args.size)
        except OSError as e:  # OutputError: one line naming the file and the reason
            print(f"ally-explorer: {e}", file=sys.stderr)
            return 1
        window.store.close()
        return 0
    window.show()
    if getattr(args, "present", False):
        window.presentation.enter()
    if quiz is not None:
        quiz.show_quiz()  # in front of the window, full screen when presenting
    if missed is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window, lambda: show_open_error(window, missed))
    return app.exec()


def _scratch_settings() -> QSettings:
    """Screenshots neither read nor write the user's saved window layout."""
    import tempfile

    folder = tempfile.mkdtemp(prefix="ally-explorer-shot-")
    return QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)


__all__ = ["make_app", "run", "screenshot", "Qt"]

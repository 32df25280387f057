"""An error nobody caught: written to the log, shown with a way to copy it, and the app goes on.

pytest-qt normally catches exceptions raised in Qt slots itself (and fails the test); these
tests carry ``qt_no_exception_capture`` so the exception really reaches the hook installed here.
"""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from ally_explorer.ui import excepthook

pytestmark = pytest.mark.qt_no_exception_capture


class Dialogs:
    """Stands in for the user: records each error box and presses one of its buttons."""

    def __init__(self, press: str = "continueButton"):
        self.press = press
        self.shown: list[dict] = []
        self.during = None  # called while the box is "open"

    def __call__(self, box: QMessageBox) -> None:
        buttons = {b.objectName(): b.text() for b in box.findChildren(QPushButton) if b.objectName()}
        self.shown.append({"text": box.text(), "info": box.informativeText(), "details": box.detailedText(),
                           "title": box.windowTitle(), "buttons": buttons})
        if self.during:
            self.during()
        box.findChild(QPushButton, self.press).click()


@pytest.fixture
def reporter(qapp, tmp_path, monkeypatch):
    dialogs = Dialogs()
    monkeypatch.setattr(excepthook, "_run_dialog", dialogs)
    before = (sys.excepthook, threading.excepthook)
    hook = excepthook.install("Ally Explorer", tmp_path / "logs")
    hook.dialogs_seen = dialogs
    yield hook
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def _raise_in_a_slot(message: str) -> None:
    def boom():
        raise ZeroDivisionError(message)

    QTimer.singleShot(0, boom)


def test_an_error_in_a_slot_is_logged_shown_copied_and_survived(qtbot, reporter):
    dialogs = reporter.dialogs_seen
    dialogs.press = "copyDetailsButton"
    QGuiApplication.clipboard().setText("")
    _raise_in_a_slot("the timeline lost its axis")
    qtbot.waitUntil(lambda: bool(dialogs.shown))

    (shown,) = dialogs.shown
    assert shown["text"] == "Something went wrong: ZeroDivisionError: the timeline lost its axis"
    assert str(reporter.log_dir) in shown["info"]
    assert shown["buttons"] == {"copyDetailsButton": "Copy Details", "showLogFolderButton": "Show Log Folder",
                                "continueButton": "Continue"}
    log = reporter.log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "in boom" in log
    assert "ZeroDivisionError: the timeline lost its axis" in log
    assert QGuiApplication.clipboard().text() == shown["details"]
    assert "in boom" in shown["details"]
    # The app is still running: events are processed, and the next error is reported too.
    ran = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran))
    _raise_in_a_slot("again")
    qtbot.waitUntil(lambda: len(dialogs.shown) == 2)
    assert log.count("---") == 1 and reporter.log_path.read_text(encoding="utf-8").count("--- ") == 2


def test_show_log_folder_opens_the_folder(qtbot, reporter, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    reporter.dialogs_seen.press = "showLogFolderButton"
    _raise_in_a_slot("x")
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].toLocalFile() == str(reporter.log_dir)


def test_an_error_in_a_thread_is_logged_and_shown_by_the_gui_thread(qtbot, reporter):
    def work():
        raise RuntimeError("the import thread failed")

    worker = threading.Thread(target=work, name="importer")
    worker.start()
    worker.join()
    assert "in thread importer" in reporter.log_path.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: bool(reporter.dialogs_seen.shown))
    assert "the import thread failed" in reporter.dialogs_seen.shown[0]["text"]


def test_errors_while_reporting_are_logged_once_and_never_recurse(qtbot, reporter, capfd):
    dialogs = reporter.dialogs_seen
    # An error while the box is open (its nested event loop runs slots): logged, no second box.
    dialogs.during = lambda: reporter.handle(ValueError, ValueError("second"), None)
    _raise_in_a_slot("first")
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    log = reporter.log_path.read_text(encoding="utf-8")
    assert "first" in log and "ValueError: second" in log and len(dialogs.shown) == 1

    # The dialog itself fails: the hook falls back to stderr, and the app carries on.
    def broken(box):
        raise RuntimeError("no display")

    excepthook._run_dialog = broken
    _raise_in_a_slot("third")
    ran = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran) and "third" in reporter.log_path.read_text(encoding="utf-8"))
    assert "reporting this error failed too" in capfd.readouterr().err
    assert not reporter._busy


def test_the_log_is_capped_by_rotating_once(qtbot, reporter, monkeypatch):
    monkeypatch.setattr(excepthook, "LOG_LIMIT", 2000)
    for n in range(40):
        reporter.handle(ValueError, ValueError(f"error {n} " + "x" * 200), None)
    rotated = reporter.log_path.with_name("errors.log.1")
    assert rotated.exists()
    assert reporter.log_path.stat().st_size <= 2000 + 1000
    assert "error 39" in reporter.log_path.read_text(encoding="utf-8")
    assert sorted(p.name for p in reporter.log_dir.iterdir()) == ["errors.log", "errors.log.1"]


def test_before_there_is_a_qapplication_the_hook_logs_and_prints(tmp_path):
    code = (
        "import sys; from pathlib import Path\n"
        "from ally_explorer.ui import excepthook\n"
        "excepthook.install('Ally Explorer', Path(sys.argv[1]))\n"
        "raise LookupError('failed before the window existed')\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1  # Python's own exit code for an uncaught error: no abort
    assert "LookupError: failed before the window existed" in result.stderr
    assert "LookupError: failed before the window existed" in (tmp_path / "errors.log").read_text(encoding="utf-8")

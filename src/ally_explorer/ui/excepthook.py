"""The last line of defence: an error nobody caught is written to a log, shown, and survived.

``install(app_name, log_dir)`` replaces ``sys.excepthook`` and ``threading.excepthook``. Each
uncaught error is appended to ``log_dir / "errors.log"`` (rotated to ``errors.log.1`` past
``LOG_LIMIT``, so two files at most) and shown in a message box: the error's message, a "Copy
Details" button that puts the traceback on the clipboard and a "Show Log Folder" button. Then
the app carries on: the hook never re-raises and never aborts.

Errors in other threads are logged at once and shown by the GUI thread. An error raised while
one is being reported (inside the hook, or while its dialog is open) is only logged; with no
QApplication yet (a crash during start-up) the hook logs and prints the traceback to stderr.
"""

from __future__ import annotations

import os
import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from .i18n import translate

LOG_NAME = "errors.log"
LOG_LIMIT = 512 * 1024  # bytes; the previous log is kept as errors.log.1
MESSAGE_LIMIT = 300  # characters of the error's message shown in the dialog


def _run_dialog(box: QMessageBox) -> None:
    """Show the box and wait (tests replace this to press a button instead)."""
    box.exec()


class ErrorReporter(QObject):
    """Writes uncaught errors to the log and shows them; see the module docstring."""

    #: (summary, details) of an error raised in another thread, shown by the GUI thread.
    thread_error_raised = Signal(str, str)
    #: (summary, details) after an error was logged (and shown, if it could be).
    error_reported = Signal(str, str)

    def __init__(self, app_name: str, log_dir: Path, *, dialogs: bool = True):
        super().__init__()
        self.app_name = app_name
        self.log_dir = Path(log_dir)
        self.log_path = self.log_dir / LOG_NAME
        self.dialogs = dialogs
        self._busy = False
        self._lock = threading.Lock()
        self._previous: tuple | None = None
        self.thread_error_raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- installing ----------------------------------------------------------------------------

    def install(self) -> "ErrorReporter":
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        return self

    def uninstall(self) -> None:
        """Put back the hooks that were there before (tests; a second install)."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    # -- the hooks -----------------------------------------------------------------------------

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *, where: str = ""
    ) -> None:
        """``sys.excepthook``: log, show, carry on. Never raises."""
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in the terminal: not an error
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            summary = self.summary(exc_type, exc)
        except BaseException:  # noqa: BLE001 - a broken __str__ must not break the hook
            details, summary = f"{exc_type.__name__} (its message could not be read)\n", exc_type.__name__
        if self._busy:  # raised while another error is being reported: log only, no second dialog
            self._log(details, where or "while another error was being reported")
            return
        self._busy = True
        try:
            self._log(details, where)
            self._show(summary, details)
        except BaseException:  # noqa: BLE001 - the last line of defence must not fall over
            self._print(details + "(and reporting this error failed too)\n")
        finally:
            self._busy = False

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: log now; the dialog is the GUI thread's job."""
        if args.exc_type is SystemExit:
            return
        thread = args.thread.name if args.thread is not None else "a thread"
        try:
            details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
            summary = self.summary(args.exc_type, args.exc_value)
        except BaseException:  # noqa: BLE001
            details, summary = f"{args.exc_type.__name__}\n", args.exc_type.__name__
        self._log(details, f"in thread {thread}")
        if QApplication.instance() is None or not self.dialogs:
            self._print(details)
        else:
            self.thread_error_raised.emit(summary, details)

    # -- what the user sees --------------------------------------------------------------------

    @staticmethod
    def summary(exc_type: type[BaseException], exc: BaseException | None) -> str:
        message = str(exc) if exc is not None else ""
        message = " ".join(message.split())
        if len(message) > MESSAGE_LIMIT:
            message = message[: MESSAGE_LIMIT - 1] + "…"
        return f"{exc_type.__name__}: {message}" if message else exc_type.__name__

    def _show(self, summary: str, details: str) -> None:
        app = QApplication.instance()
        if not self.dialogs or not isinstance(app, QApplication):
            self._print(details)
            self.error_reported.emit(summary, details)
            return
        if QThread.currentThread() is not app.thread():
            self.thread_error_raised.emit(summary, details)
            return
        if self._busy and self.sender() is self:  # a queued thread error while a dialog is open
            self.error_reported.emit(summary, details)
            return
        busy, self._busy = self._busy, True
        try:
            box = QMessageBox(QApplication.activeWindow())
            box.setObjectName("errorBox")
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(translate("ErrorReporter", "{app_name}: something went wrong").format(app_name=self.app_name))
            box.setText(translate("ErrorReporter", "Something went wrong: {summary}").format(summary=summary))
            box.setInformativeText(
                translate("ErrorReporter", "You can keep working. What was saved before is safe; the action you were doing may not have finished.\n\nThe details are in the log folder:\n{log_dir}").format(log_dir=self.log_dir)
            )
            box.setDetailedText(details)
            copy = box.addButton(translate("ErrorReporter", "Copy Details"), QMessageBox.ButtonRole.ActionRole)
            copy.setObjectName("copyDetailsButton")
            folder = box.addButton(translate("ErrorReporter", "Show Log Folder"), QMessageBox.ButtonRole.ActionRole)
            folder.setObjectName("showLogFolderButton")
            carry_on = box.addButton(translate("ErrorReporter", "Continue"), QMessageBox.ButtonRole.AcceptRole)
            carry_on.setObjectName("continueButton")
            box.setDefaultButton(carry_on)
            box.setEscapeButton(carry_on)
            _run_dialog(box)
            clicked = box.clickedButton()
            if clicked is copy:
                QGuiApplication.clipboard().setText(details)
            elif clicked is folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir)))
            box.deleteLater()
        finally:
            self._busy = busy
        self.error_reported.emit(summary, details)

    # -- the log -------------------------------------------------------------------------------

    def _log(self, details: str, where: str = "") -> None:
        header = (
            f"--- {datetime.now().isoformat(timespec='seconds')} {self.app_name} {__version__}"
            f" (Python {platform.python_version()}, PySide6 {PYSIDE_VERSION}, {platform.system()})"
            + (f" {where}" if where else "")
        )
        try:
            with self._lock:
                self.log_dir.mkdir(parents=True, exist_ok=True)
                if self.log_path.exists() and self.log_path.stat().st_size > LOG_LIMIT:
                    os.replace(self.log_path, self.log_path.with_name(LOG_NAME + ".1"))
                with open(self.log_path, "a", encoding="utf-8", errors="replace") as f:
                    f.write(f"{header}\n{details}\n")
        except OSError as e:
            self._print(f"(could not write {self.log_path}: {e.strerror or e})\n")

    @staticmethod
    def _print(text: str) -> None:
        stream = sys.__stderr__ or sys.stderr
        try:
            if stream is not None:
                stream.write(text)
                stream.flush()
        except (OSError, ValueError):
            pass


_installed: ErrorReporter | None = None


def install(app_name: str, log_dir: Path | None = None, *, dialogs: bool = True) -> ErrorReporter:
    """Report every uncaught error from now on (call it once the QApplication exists; it also
    works before). ``log_dir`` defaults to the ``logs`` folder in the user data folder;
    ``dialogs=False`` logs and prints only (headless runs)."""
    global _installed
    if log_dir is None:
        from ..paths import user_data_dir

        log_dir = user_data_dir() / "logs"
    if _installed is not None:
        _installed.uninstall()
    _installed = ErrorReporter(app_name, log_dir, dialogs=dialogs).install()
    return _installed


__all__ = ["ErrorReporter", "install", "LOG_NAME", "LOG_LIMIT"]

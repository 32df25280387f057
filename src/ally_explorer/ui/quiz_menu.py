"""View ▸ Quiz (Ctrl+Shift+Q) and File ▸ Export ▸ Quiz Worksheet: the menu entries only.

The quiz window (``quiz.py``) and the worksheet (``quiz_worksheet.py``), with the question maker
they use, are imported the first time they are asked for: no start-up pays for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.errors import AllyError
from .state import ExplorerState

if TYPE_CHECKING:
    from .quiz import QuizView


class QuizController(QObject):
    """View ▸ Quiz (Ctrl+Shift+Q) and File ▸ Export ▸ Quiz Worksheet; the view is made on first use."""

    def __init__(self, state: ExplorerState, window: QWidget, view_menu, export_menu, settings: QSettings | None = None):
        super().__init__(window)
        self._state = state
        self._window = window
        self._settings = settings
        self.view: "QuizView | None" = None
        self.act_quiz = QAction(self.tr("&Quiz"), window)
        self.act_quiz.setObjectName("actQuiz")
        self.act_quiz.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.act_quiz.setStatusTip(self.tr("Questions made from the data, for the classroom"))
        self.act_quiz.triggered.connect(lambda: self.open())
        window.addAction(self.act_quiz)
        view_menu.addSeparator()
        view_menu.addAction(self.act_quiz)
        self.act_worksheet = QAction(self.tr("Export Quiz &Worksheet (PDF)…"), window)
        self.act_worksheet.setObjectName("actExportWorksheet")
        self.act_worksheet.setStatusTip(self.tr("The quiz's questions and, on its own pages, the answer key with citations"))
        self.act_worksheet.triggered.connect(lambda: self.export_worksheet())
        export_menu.addAction(self.act_worksheet)

    def open(self, seed: int | None = None) -> "QuizView":
        if self.view is None:
            from .quiz import QuizView

            self.view = QuizView(self._state, self._window, seed=1 if seed is None else seed,
                                 worksheet=self.export_worksheet)
        elif seed is not None:
            self.view.new_quiz(seed)
        self.view.show_quiz()
        return self.view

    def export_worksheet(self, seed: int | None = None) -> None:
        if seed is None:
            seed = self.view.seed if self.view is not None else 1
        suggested = f"quiz-worksheet-seed-{seed}.pdf"
        if self._settings is not None:
            from .files import export_start

            suggested = export_start(self._settings, suggested)
        parent = self.view if self.view is not None and self.view.isVisible() else self._window
        path, _ = QFileDialog.getSaveFileName(parent, self.tr("Export quiz worksheet"), suggested,
                                              self.tr("PDF document (*.pdf)"))
        if not path:
            return
        if self._settings is not None:
            from .files import remember_export

            remember_export(self._settings, path)
        from .quiz_worksheet import export_worksheet

        try:
            pages = export_worksheet(self._state.store, Path(path), seed=seed, filters=self._state.filters)
        except (OSError, ValueError, AllyError) as e:
            QMessageBox.warning(parent, self.tr("Export failed"), str(e))
            return
        self._state.post_message(self.tr("Wrote {path} ({pages} pages)").format(path=path, pages=pages), 6000)


__all__ = ["QuizController"]

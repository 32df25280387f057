"""File ▸ Add Source…: a .txt, .md or .html file or pasted text, and its metadata.

The dialog only reads: ``source()`` gives the text read (db/sources.py decides what is
readable) and the metadata; the reader controller stores it through the undoable operations.
A file that cannot be read is said in one line under the fields, and the dialog stays open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from ..db.sources import SourceRefused, SourceText, pasted_text, read_source_file
from .forms.look import ERROR_TEXT, colored_label, set_invalid


class AddSourceDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Source"))
        self.setObjectName("addSourceDialog")
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("a .txt, .md or .html file"))
        self.file.editingFinished.connect(self._on_file_edited)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.pasted = QPlainTextEdit()
        self.pasted.setPlaceholderText(self.tr("…or paste the text here"))
        self.pasted.setMinimumHeight(120)
        self.title = QLineEdit()
        self.published = QLineEdit()
        self.published.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.url = QLineEdit()
        self.publisher = QLineEdit()
        self.author = QLineEdit()
        self.licence = QLineEdit()
        self.licence.setPlaceholderText(self.tr("who owns the text, on what terms it is kept"))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Text"), self.pasted)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Published"), self.published)
        form.addRow(self.tr("URL"), self.url)
        form.addRow(self.tr("Publisher"), self.publisher)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Licence note"), self.licence)
        form.addRow(self.tr("Editor's note"), self.note)
        self.error = colored_label(ERROR_TEXT, "addSourceError")  # the theme's error colour, live
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add Source"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self._read: SourceText | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a source"), "",
                                              self.tr("Texts (*.txt *.md *.markdown *.html *.htm)"))
        if path:
            self.file.setText(path)
            self._on_file_edited()

    def _on_file_edited(self) -> None:
        """Read the file at once: a refusal shows now, and its title fills an empty Title."""
        self._read = None
        path = self.file.text().strip()
        if not path:
            return
        try:
            self._read, title = read_source_file(Path(path))
        except SourceRefused as e:
            self.show_error(str(e))
            return
        self.show_error("")
        if title and not self.title.text().strip():
            self.title.setText(title)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        set_invalid(self.file, bool(message) and bool(self.file.text().strip()))

    def source(self) -> tuple[SourceText, dict[str, Any]]:
        """The text and the metadata, or SourceRefused saying what is missing."""
        if self.file.text().strip():
            text, _ = read_source_file(Path(self.file.text().strip()))
        elif self.pasted.toPlainText().strip():
            text = pasted_text(self.pasted.toPlainText())
        else:
            raise SourceRefused(self.tr("Choose a file or paste the text"))
        values = {"title": self.title.text(), "published": self.published.text(), "url": self.url.text(),
                  "publisher": self.publisher.text(), "author": self.author.text(),
                  "licence": self.licence.text(), "note": self.note.text()}
        if not values["title"].strip():
            raise SourceRefused(self.tr("Give the source a title"))
        return text, {k: (v.strip() or None) for k, v in values.items()}

    def _on_accept(self) -> None:
        try:
            self.source()
        except SourceRefused as e:
            self.show_error(str(e))
            return
        self.accept()


__all__ = ["AddSourceDialog"]

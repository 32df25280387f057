"""db/opening.py's refusals reach the user in dialogs and on the command line: in Ukrainian under
``--lang uk``, with the file's name (or path) filled in whole, and SQLite's own words kept."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from ally_explorer.db.opening import DatabaseOpenError, open_database
from ally_explorer.ui import i18n
from ally_explorer.ui.files import show_open_error

NAME = "клас 9-Б (копія).db"  # Cyrillic, spaces and brackets: all must come through the placeholder


@pytest.fixture
def ukrainian(qapp):
    assert i18n.install("uk") == "uk"
    yield
    i18n.remove()


def _damaged(folder):
    path = folder / NAME
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00\x01\x01" + b"\xff" * 4000)
    return path


def _refusal(path, **kw) -> DatabaseOpenError:
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path, **kw)
    return caught.value


def test_a_damaged_file_is_refused_in_ukrainian_in_the_dialog(ukrainian, tmp_path, monkeypatch):
    path = _damaged(tmp_path)
    before = path.read_bytes()
    error = _refusal(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text(), box.informativeText())))
    show_open_error(None, error)
    (title, text, advice), = shown
    assert title == "Не вдається відкрити базу даних"
    assert text.startswith(f"{NAME} пошкоджено (SQLite повідомляє: ") and text.endswith(").")
    assert "file is not a database" in text  # SQLite's own words stay as SQLite wrote them
    assert advice == "Відкрийте резервну копію або скористайтеся пунктом Файл ▸ Відновити вбудований набір даних."
    assert path.read_bytes() == before  # and the file is untouched


def _bad_file(folder, kind):
    path = folder / NAME
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "json":
        path.write_text("{}", encoding="utf-8")
    elif kind == "folder":
        path.mkdir()
    return path


@pytest.mark.parametrize("kind, expected", [
    ("missing", "Файлу {path} немає."),
    ("empty", "{name} порожній: це не база даних Ally Explorer."),
    ("json", "{name} не є базою даних SQLite."),
    ("folder", "{path} — це тека, а не файл бази даних."),
])
def test_every_kind_of_bad_file_is_named_in_ukrainian(ukrainian, tmp_path, kind, expected):
    path = _bad_file(tmp_path, kind)
    error = _refusal(path)
    assert error.problem == expected.format(name=NAME, path=path)
    assert error.advice and not error.advice.isascii()  # the advice line is Ukrainian too


def test_the_same_refusal_is_english_without_the_translator(qapp, tmp_path):
    i18n.remove()
    error = _refusal(_damaged(tmp_path))
    assert error.problem.startswith(f"{NAME} is damaged (SQLite says: ")
    assert error.advice == "Open a backup copy, or use File ▸ Restore the bundled dataset."


def test_the_command_line_says_it_in_ukrainian_with_lang_uk(tmp_path):
    path = _damaged(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-m", "ally_explorer", "--lang", "uk", "--db", str(path),
                             "--screenshot", str(tmp_path / "never.png")], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode != 0 and not (tmp_path / "never.png").exists()
    line, = result.stderr.strip().splitlines()
    assert line.startswith(f"ally-explorer: {NAME} пошкоджено (SQLite повідомляє: ")
    assert line.endswith("Відкрийте резервну копію або скористайтеся пунктом Файл ▸ Відновити вбудований набір даних.")

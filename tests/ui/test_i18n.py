"""The interface in Ukrainian: complete translations, in step with the code, and dates in one language."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from ally_explorer.ui import dates, i18n

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "ally_explorer"
TS_FILES = sorted((ROOT / "translations").glob("ally_explorer_*.ts"))
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def messages(ts: Path):
    """(context, source, numerus, [translations], type) of every message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield name, message.findtext("source") or "", message.get("numerus") == "yes", forms, translation.get("type")


def code_strings() -> set[tuple[str, str]]:
    """Every literal the code passes to translate(), QT_TRANSLATE_NOOP() or self.tr(), with its context
    (self.tr's is the class it is written in, as lupdate and PySide6 see it)."""
    found = set()

    def visit(node, cls):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                f, args = child.func, child.args
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]]
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and all(literal) \
                        and not (isinstance(f, ast.Attribute) and getattr(f.value, "id", "") == "painter"):
                    found.add((args[0].value, args[1].value))
                elif name == "tr" and isinstance(f, ast.Attribute) and getattr(f.value, "id", "") == "self" \
                        and args and literal[0]:
                    found.add((cls, args[0].value))
            visit(child, inner)

    for path in PACKAGE.rglob("*.py"):
        visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


@pytest.fixture
def ukrainian(qapp):
    """The Ukrainian translators for one test; English again afterwards."""
    assert i18n.install("uk") == "uk"
    yield
    i18n.remove()


# -- the .ts files --------------------------------------------------------------------------------------

def test_the_ukrainian_translation_is_shipped():
    assert [p.name for p in TS_FILES] == ["ally_explorer_uk.ts"]
    assert (i18n.QM_DIR / "ally_explorer_uk.qm").is_file()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_entry_is_finished_and_keeps_its_placeholders(ts):
    problems = []
    for context, source, numerus, forms, kind in messages(ts):
        where = f"{context}: {source!r}"
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {kind}")
        if any(not f.strip() for f in forms):
            problems.append(f"{where} has an empty translation")
        if numerus != ("%n" in source) or (numerus and len(forms) != 3):
            problems.append(f"{where}: plural forms {len(forms)} (Ukrainian has 3)")
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"{where}: placeholders differ in {form!r}")
    assert problems == []


def test_every_string_of_the_code_is_in_the_ts_file():
    have = {(c, s) for c, s, *_ in messages(TS_FILES[0])}
    missing = sorted(code_strings() - have)
    assert missing == [], "run `make translations` and translate the new entries"


def test_lupdate_finds_nothing_new(tmp_path):
    """The real extractor agrees: nothing it reads from the code is missing from the .ts."""
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(fresh), "-locations", "none", "-silent"],
                   check=True, cwd=ROOT)
    have = {(c, s) for c, s, *_ in messages(TS_FILES[0])}
    assert sorted({(c, s) for c, s, *_ in messages(fresh)} - have) == []


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    out = tmp_path / "uk.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS_FILES[0]), "-qm", str(out)], check=True)
    assert out.read_bytes() == (i18n.QM_DIR / "ally_explorer_uk.qm").read_bytes(), "run `make translations`"


def test_the_catalogue_of_core_words_is_current():
    from ally_explorer.ui import core_words

    text = Path(core_words.__file__).read_text(encoding="utf-8")
    block = text.split(core_words.BEGIN + "\n", 1)[1].split(core_words.END, 1)[0]
    assert block.splitlines() == core_words.generated(), "run `make translations`"


# -- choosing the language ------------------------------------------------------------------------------

def test_lang_option_and_remembered_choice(settings):
    from ally_explorer.ui.cli import _gui_parser

    assert _gui_parser().parse_args(["--lang", "uk"]).lang == "uk"
    assert i18n.choose_language("en", settings) == "en"
    settings.setValue(i18n.SETTING, "uk")
    assert i18n.choose_language(None, settings) == "uk"
    assert i18n.choose_language("en", settings) == "en"  # --lang wins


def _run(code: str, **env) -> str:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    environment.update(QT_QPA_PLATFORM="offscreen", **env)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment, check=True)
    return done.stdout.strip()


PROBE = """
from datetime import date
from ally_explorer.ui.application import make_app
from ally_explorer.ui import dates, i18n
app = make_app()
language = i18n.install(i18n.choose_language(None, None))
from PySide6.QtWidgets import QMessageBox
box = QMessageBox(); box.setStandardButtons(QMessageBox.StandardButton.Cancel)
print(language, '|', dates.format_day(date(2024, 12, 31)), '|', i18n.translate('MainWindow', '&File'), '|',
      box.button(QMessageBox.StandardButton.Cancel).text())
"""


def test_a_german_system_gets_english_with_english_dates():
    """No German translation: the interface is English, and so are its dates ("31 Dec 2024", not "31 Dez")."""
    assert _run(PROBE, LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8", LANGUAGE="de") == "en | 31 Dec 2024 | &File | Cancel"


def test_a_ukrainian_system_gets_the_ukrainian_interface():
    out = _run(PROBE, LANG="uk_UA.UTF-8", LC_ALL="uk_UA.UTF-8", LANGUAGE="uk")
    assert out == "uk | 31 груд. 2024 | &Файл | Скасувати"


# -- the window in Ukrainian ----------------------------------------------------------------------------

def test_the_window_in_ukrainian(ukrainian, qtbot, db_path, settings):
    from ally_explorer.ui import create_main_window

    w = create_main_window(db_path, settings=settings)
    qtbot.addWidget(w)
    try:
        w.resize(1280, 720)
        w.show()
        qtbot.waitExposed(w)
        menus = [a.text() for a in w.menuBar().actions()]
        assert menus[:4] == ["&Файл", "&Редагування", "&Вигляд", "&Довідка"]
        assert w.tabs.tabText(0) == "Країна"
        assert w.country_view.model().headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Країна"
        assert w.as_of_bar.today_button.text() == "Сьогодні"
        w.as_of_bar.set_date("2025-09-28")
        assert w.as_of_bar.label.text() == "28 вер. 2025"
        w.select_country("SVK")
        text = w.detail.toPlainText()
        assert "Позиція щодо Росії з часом" in text and "Підтримує Україну" in text
        assert "Slovakia" in text  # the dataset's own text stays as the source wrote it
        assert w.act_confirmed.text() == "&Лише підтверджене"
        assert "подій" in w.counts_label.text() or "події" in w.counts_label.text()
    finally:
        w.close()
        w.store.close()


def test_standard_dialog_buttons_come_from_qt_in_ukrainian(ukrainian):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Скасувати"
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Т&ак"


def test_plurals_have_three_ukrainian_forms_and_english_needs_no_file(qapp):
    words = lambda n: i18n.translate("Confirm", "%n event(s)", "", n)  # noqa: E731
    assert [words(n) for n in (1, 2)] == ["1 event", "2 events"]
    assert i18n.install("uk") == "uk"
    try:
        assert [words(n) for n in (1, 3, 5, 11, 21, 22)] == ["1 подія", "3 події", "5 подій", "11 подій", "21 подія", "22 події"]
    finally:
        i18n.remove()
    assert words(1) == "1 event"


def test_vocabulary_is_translated_at_display_time(ukrainian):
    from ally_explorer.ui.core_words import category_label, confidence_label, stance_label

    assert (confidence_label("confirmed"), confidence_label("reported")) == ("Підтверджено", "За повідомленнями")
    assert (stance_label("opposed"), category_label("political")) == ("Підтримує Україну", "Політична")


def test_core_messages_translate_through_the_hook(ukrainian):
    from ally_explorer.core import i18n as core_i18n

    assert core_i18n.translate("MainWindow", "&File") == "&Файл"
    i18n.remove()
    assert core_i18n.translate("MainWindow", "&File") == "&File"


# -- dates ----------------------------------------------------------------------------------------------

def test_dates_in_english(qapp):
    i18n.remove()
    assert dates.format_day(date(2025, 9, 28)) == "28 Sep 2025"
    assert dates.format_month("2024-06-01") == "Jun 2024"
    assert dates.window_words("2022-01-01", "2025-09-01") == "2022 – 1 Sep 2025"
    assert dates.window_words("2024-06-01", "2024-12-31") == "Jun – Dec 2024"
    assert dates.format_window("2025-01-01", "2025-04-30") == "1 Jan – 30 Apr 2025"
    assert dates.tick_text(datetime(2024, 3, 12), "%d %b") == "12 Mar"


def test_dates_in_ukrainian(ukrainian):
    assert dates.format_day(date(2025, 9, 28)) == "28 вер. 2025"
    assert dates.format_day_long(date(2025, 9, 28)) == "28 вересня 2025"
    assert dates.format_month_long("2025-09-01") == "вересень 2025"
    assert dates.window_words("2024-06-01", "2024-12-31") == "черв. – груд. 2024"
    assert dates.tick_text(datetime(2024, 3, 1), "%b") == "бер."


def test_english_month_names_are_read_whatever_the_language(ukrainian):
    from ally_explorer.core.fuzzydate import parse_fuzzy_date

    window = parse_fuzzy_date("June 2024")
    assert (window.start, window.end) == (date(2024, 6, 1), date(2024, 6, 30))


def test_the_app_picks_up_its_translators_before_the_window(qapp):
    """QApplication.translate answers at once after install: nothing waits for a widget."""
    assert QApplication.translate("MainWindow", "&View") == "&View"
    i18n.install("uk")
    try:
        assert QApplication.translate("MainWindow", "&View") == "&Вигляд"
    finally:
        i18n.remove()


def test_no_date_of_the_interface_is_named_by_the_c_locale():
    """Month and day names come from ui/dates.py (the interface's QLocale), never strftime's %b/%B/%a
    or the calendar module, which follow the system's locale whatever the interface's language."""
    named = re.compile(r"strftime\([^)]*%[bBaA]|calendar\.(month|day)_(abbr|name)|%b %Y|%d %b")
    offenders = [f"{p.relative_to(PACKAGE)}:{n}" for p in (PACKAGE / "ui").rglob("*.py")
                 if p.name not in ("dates.py", "i18n.py")  # they say so in their docstrings
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if named.search(line)]
    assert offenders == []

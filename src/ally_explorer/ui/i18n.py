"""The interface language: Qt's translators, installed before any widget is built.

The language is ``--lang`` if given, else the one chosen in View ▸ Language (remembered), else
the system's (``QLocale.system()``) when we ship it, else English. Only the interface is
translated; the dataset's titles, descriptions, quotes and names stay as the sources wrote them.

How to write a user-visible string in ui/ (one convention everywhere):

- ``self.tr("Delete")`` in a QObject subclass; elsewhere ``translate("Context", "Delete")``
  (this module's ``translate``, or ``QCoreApplication.translate``) with the context written out.
  Never a wrapper such as ``_tr(text)``: ``pyside6-lupdate`` would not see the string.
- Placeholders are named and filled after translation with ``str.format``:
  ``self.tr("Wrote {path}").format(path=p)``; never join translated pieces with ``+``.
- Plurals: ``translate("Context", "%n event(s)", "", n)`` (this module's, not ``self.tr``: it
  also makes the English "1 event" / "2 events" without an English .qm; "(a|b)" picks a word,
  "%n (country|countries)"). Qt fills ``%n`` and picks the language's form (Ukrainian has three).
- Words from core/ (vocabularies, entity and field names) are listed in ``ui/core_words.py``
  and shown through ``vocab()`` / ``word()``; db/ and core/ messages use ``core.i18n.translate``.
- Dates go through ``ui/dates.py``, never ``strftime`` or ``calendar.month_abbr``.

``make translations`` updates ``translations/*.ts`` from the code and compiles them into
``src/ally_explorer/translations/*.qm`` (committed, so a fresh clone needs no Qt tools).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..core import i18n as core_i18n
from ..core.i18n import QT_TRANSLATE_NOOP, english_plural  # noqa: F401  (re-exported for ui modules)

#: The interface languages shipped, by code, each named in its own language.
LANGUAGES = {"en": "English", "uk": "Українська"}
#: Where the compiled translations (.qm) live inside the package.
QM_DIR = Path(__file__).resolve().parent.parent / "translations"
#: QSettings key of the language chosen in View ▸ Language ("" or missing: the system's).
SETTING = "language"

_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under a short name that lupdate recognises. A plural
    (``n`` >= 0) with no translation gets its English form, so English needs no .qm file."""
    out = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and out == text.replace("%n", str(n)):
        out = english_plural(out, n)
    return out


def system_language() -> str:
    """The first of the system's interface languages that we ship, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def choose_language(asked: str | None, settings: QSettings | None = None) -> str:
    """``--lang`` first, then the remembered choice, then the system's language."""
    if asked:
        return asked if asked in LANGUAGES else "en"
    remembered = str(settings.value(SETTING, "") or "") if settings is not None else ""
    if remembered in LANGUAGES:
        return remembered
    return system_language()


def qt_translations_dir() -> Path:
    """Qt's own .qm files (qtbase_uk.qm: the standard dialogs' buttons and texts)."""
    found = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if found.is_dir():
        return found
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"


def locale_for(language: str) -> QLocale:
    """The locale dates are written in: Ukrainian for the Ukrainian interface, else English
    (US month abbreviations, "Sep", as the English interface always wrote them)."""
    if language == "uk":
        return QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install(language: str) -> str:
    """Install the translators of ``language`` (and the matching default QLocale); return the
    language in effect. English installs none. Safe to call again: earlier ones are removed."""
    app = QCoreApplication.instance()
    remove()
    if language not in LANGUAGES:
        language = "en"
    if language != "en" and app is not None:
        for name, folder in ((f"ally_explorer_{language}", QM_DIR), (f"qtbase_{language}", qt_translations_dir())):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                _installed.append(translator)
        if not _installed:
            language = "en"
    QLocale.setDefault(locale_for(language))
    core_i18n.set_hook(translate if language != "en" else None)
    return language


def remove() -> None:
    """Back to English (tests use this to leave the process as they found it)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    core_i18n.set_hook(None)
    QLocale.setDefault(locale_for("en"))


def current_language() -> str:
    return "uk" if QLocale().language() == QLocale.Language.Ukrainian else "en"


def vocab(text: str) -> str:
    """A vocabulary label or meaning from core/vocab.py in the interface's language."""
    return QCoreApplication.translate("vocab", text)


def word(text: str) -> str:
    """An entity's or a field's name or help from core/entities.py in the interface's language."""
    return QCoreApplication.translate("entities", text)


__all__ = ["LANGUAGES", "QM_DIR", "choose_language", "current_language", "install", "locale_for",
           "qt_translations_dir", "remove", "system_language", "translate", "vocab", "word"]

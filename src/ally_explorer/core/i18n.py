"""Marking the interface's words in the Qt-free layers, so that ``make translations`` finds them.

core/ and db/ never import Qt, yet some of their text reaches the screen: the vocabularies'
labels ("Confirmed", "Ally"), the one-line refusals shown in dialogs. Two markers, both
understood by ``pyside6-lupdate``:

- ``QT_TRANSLATE_NOOP("vocab", "Confirmed")`` returns the text unchanged; the interface
  translates it when it shows it (``ui.i18n.vocab``), so a constant made at import time works.
- ``translate("db", "Cannot read {path}").format(path=...)`` translates at once through the
  hook the interface installs (``ui.i18n.install``); without one (the command line, the tests of
  core and db) it returns the English text. Plurals: ``translate("db", "%n row(s)", "", n)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")
_hook: Callable[[str, str, str | None, int], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for translation in ``context``; returns it as it is."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language when one is installed, else as written (``%n`` filled)."""
    if _hook is not None:
        return _hook(context, text, disambiguation, n)
    return english_plural(text.replace("%n", str(n)), n) if n >= 0 else text


def english_plural(text: str, n: int) -> str:
    """The English form of a plural source text: "%n event(s)" -> "1 event" / "2 events",
    "%n (country|countries)" -> "1 country" / "2 countries"."""
    text = _CHOICE.sub(lambda m: m.group(1) if n == 1 else m.group(2), text)
    return text.replace("(s)", "" if n == 1 else "s")


def set_hook(hook: Callable[[str, str, str | None, int], str] | None) -> None:
    """Installed by the interface (ui/i18n.py); None takes it out again."""
    global _hook
    _hook = hook


__all__ = ["QT_TRANSLATE_NOOP", "english_plural", "set_hook", "translate"]

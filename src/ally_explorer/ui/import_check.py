"""PySide's check of every imported module, made cheap.

PySide 6 looks at each module imported after it (to know which modules may use its
``__feature__`` switches) by reading the module's whole source through ``inspect.getsource``
(tokenizer, line cache) and looking for the word "PySide6" in it. Over the ~550 modules a start
imports (the standard library's, numpy's, pyqtgraph's and ours) that cost about 110 million
instructions, 4 % of the start at 100k events. ``install`` puts in a check with the same answer
that reads the file's bytes instead; modules without a ``.py`` file still go to PySide's own.
Nothing changes where PySide is not loaded yet or its check is not where it was (another version).
"""

from __future__ import annotations

import sys

_MARK = "_ally_fast_check"


def _uses_pyside(original):
    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, True)
    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside


def install() -> bool:
    """Replace PySide's check if it is loaded and as expected; True if the cheap one is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or not callable(original):
        return False
    if not getattr(original, _MARK, False):
        feature._mod_uses_pyside = _uses_pyside(original)
    return True

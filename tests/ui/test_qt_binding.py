"""Guards against a Qt binding that would crash the app in use."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(str, object)


def test_emitting_signals_keeps_python_alive():
    """PySide6 6.12.0 dropped a reference to True on every emit(); after a few thousand
    signals Python aborted with 'bool_dealloc'. pyproject.toml excludes that release."""
    emitter = _Emitter()
    emitter.fired.connect(lambda *_: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit("event", 1)
    assert sys.getrefcount(True) >= before - 5

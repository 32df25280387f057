"""Bundle runtime hook: PySide6.QtOpenGL (9 MB) is left out of the bundle.

pyqtgraph imports it at start-up but uses it only to draw with OpenGL, which the app never turns
on. A placeholder module lets that import succeed; touching anything in it says why it is missing.
"""

import sys
import types


class _NoQtOpenGL(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(f"PySide6.QtOpenGL.{name}: OpenGL drawing is not part of this bundle")


sys.modules.setdefault("PySide6.QtOpenGL", _NoQtOpenGL("PySide6.QtOpenGL"))

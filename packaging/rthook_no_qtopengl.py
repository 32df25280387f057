"""Bundle runtime hook: PySide6.QtOpenGL and PySide6.QtOpenGLWidgets (with libQt6OpenGL*,
about 10 MB) are left out of the bundle.

pyqtgraph imports them at start-up but uses them only to draw with OpenGL, which the app never
turns on: it subclasses ``QOpenGLWidget`` (GraphicsViewGLWidget, never made) and asks
``isinstance(widget, QOpenGLWidget)`` while painting curves (never true). Placeholder modules let
those imports succeed; ``QOpenGLWidget`` is a plain QWidget subclass that refuses to be made, and
touching anything else in them says why it is missing.
"""

import sys
import types


class _NoQtOpenGL(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if name == "QOpenGLWidget" and self.__name__.endswith("QtOpenGLWidgets"):
            from PySide6.QtWidgets import QWidget

            class QOpenGLWidget(QWidget):
                def __init__(self, *args, **kwargs):
                    raise ImportError("QOpenGLWidget: OpenGL drawing is not part of this bundle")

            setattr(self, name, QOpenGLWidget)
            return QOpenGLWidget
        raise ImportError(f"{self.__name__}.{name}: OpenGL drawing is not part of this bundle")


for _name in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
    sys.modules.setdefault(_name, _NoQtOpenGL(_name))

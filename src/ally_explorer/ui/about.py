"""Help ▸ About: the version, the sources in the open database, the licences."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__
from ..db.store import Store
from .i18n import translate


def show_about(parent: QWidget, store: Store) -> None:
    sources = ", ".join(f"“{s.title}”" for s in store.sources()) or "none"
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About Ally Explorer"),
        translate("About", "<h3>Ally Explorer {version}</h3><p>Who stands with Russia in 2025, and how that changed, with every claim sourced and its certainty shown.</p><p><b>Sources in this database:</b> {sources}.</p><p><b>Licences:</b> application and dataset MIT; flags from <i>flag-icons</i> (MIT); map outlines from <i>world-atlas</i> (ISC), Natural Earth (public domain). Built with Qt for Python (LGPL), pyqtgraph (MIT) and sqlite-utils (Apache 2.0).</p>").format(version=__version__, sources=html.escape(sources)),
    )


__all__ = ["show_about"]

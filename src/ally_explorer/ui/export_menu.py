"""File ▸ Export's three entries (the timeline as PNG or SVG, the PDF handout): the actions only.

``export.py`` (the painting, the PDF writer, the size dialog) is imported the first time one is
triggered, not at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.errors import AllyError
from .i18n import translate


def export_actions(state, window: QWidget, menu=None, settings=None) -> list[QAction]:
    """Three actions for File ▸ Export: the timeline as PNG or SVG, and the PDF handout.

    Each exports the state's country, or all countries when none is selected (``state`` is the
    ``ExplorerState``; ``window`` the parent of the dialogs). Added to ``menu`` when one is given.
    """
    def run(kind: str) -> None:
        from . import export  # the painting and the size dialog: when an export is asked for

        country_id = state.country
        store = state.store
        what = "handout" if kind == "pdf" else "timeline"
        filters = {"png": translate("Export", "PNG image (*.png)"), "svg": translate("Export", "SVG image (*.svg)"), "pdf": translate("Export", "PDF document (*.pdf)")}
        size = export.DEFAULT_SIZE
        if kind == "png":
            chosen = export.SizeDialog.ask(window, export.DEFAULT_SIZE)
            if chosen is None:
                return
            size = chosen
        suggested = f"{(country_id or 'all').lower()}-{what}.{kind}"
        if settings is not None:  # start in the last folder used, or Documents
            from .files import export_start

            suggested = export_start(settings, suggested)
        path, _ = QFileDialog.getSaveFileName(window, translate("Export", "Export {what}").format(what=what), suggested, filters[kind])
        if not path:
            return
        if settings is not None:
            from .files import remember_export

            remember_export(settings, path)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                if kind == "png":
                    export.export_timeline_png(store, path, size=size, country_id=country_id)
                elif kind == "svg":
                    export.export_timeline_svg(store, path, size=size, country_id=country_id)
                else:
                    pages = export.export_pdf(store, path, country_id=country_id)
                    path = translate("Export", "{path} (%n page(s))", "", pages).format(path=path)
            finally:
                QGuiApplication.restoreOverrideCursor()
        except (OSError, ValueError, AllyError) as e:
            QMessageBox.warning(window, translate("Export", "Export failed"), str(e))
            return
        state.post_message(translate("Export", "Wrote {path}").format(path=path), 6000)

    actions = []
    for text, kind, tip in (
        (translate("Export", "Export Timeline as &PNG…"), "png", translate("Export", "The timeline as a picture, at a size you choose")),
        (translate("Export", "Export Timeline as &SVG…"), "svg", translate("Export", "The timeline as a scalable drawing")),
        (translate("Export", "Export &Handout (PDF)…"), "pdf", translate("Export", "A printable handout: the selected country, or all")),
    ):
        action = QAction(text, window)
        action.setObjectName(f"actExport{kind.capitalize()}")
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _=False, k=kind: run(k))
        actions.append(action)
        if menu is not None:
            menu.addAction(action)
    return actions


__all__ = ["export_actions"]

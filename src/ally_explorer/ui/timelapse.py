"""The time-lapse: the big year over the map and the timeline while presenting, and
File ▸ Export ▸ Time-lapse of the Map… (a numbered PNG series and an animated PNG).

The play buttons themselves live on their sliders (``widgets/as_of.py``, ``widgets/map_view.py``);
this controller only watches them and the state. It depends on the state, the "as of" bar,
the map and the timeline it draws the year over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QObject, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ..core.errors import AllyError
from ..db import unvotes
from ..db.atomicfile import atomic_write, check_output
from .dates import format_day
from .state import ExplorerState
from .widgets.as_of import AsOfSlider, add_months
from .widgets.play_control import YearOverlay

if TYPE_CHECKING:  # the map is built the first time it shows; frames are drawn on a map of their own
    from .widgets.map_view import MapView

#: The size of an exported frame: a 1280x720 projector's slide.
FRAME_SIZE = QSize(1280, 720)
#: How long each frame of the animated PNG shows, in milliseconds.
FRAME_MS = 500
FRAME_PREFIX = "time-lapse-"
ANIMATED_NAME = "time-lapse-animated.png"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimeLapse", text)


def _year(iso: str) -> str:
    return iso[:4]


class TimeLapse(QObject):
    """Shows the time-lapse's year large while presenting; exports the map's time-lapse."""

    def __init__(self, state: ExplorerState, as_of_bar: AsOfSlider, map_view: MapView | None, timeline: QWidget,
                 parent: QWidget, settings: QSettings | None = None):
        """``map_view`` may come later (``attach_map``): the map is built the first time it is shown."""
        super().__init__(parent)
        self._state = state
        self._window = parent
        self._settings = settings
        self.as_of_bar = as_of_bar
        self.map: MapView | None = None
        self.map_overlay: YearOverlay | None = None
        self.timeline = timeline
        self.timeline_overlay = YearOverlay(getattr(timeline, "plot", timeline))
        self.act_export = QAction(self.tr("Time-lapse of the &Map…"), parent)
        self.act_export.setObjectName("actionExportTimeLapse")
        self.act_export.setStatusTip(self.tr("The map year by year as numbered PNG pictures and one animated PNG, "
                                             "for slides"))
        self.act_export.triggered.connect(self._on_export_triggered)
        state.presenting_changed.connect(self._update_overlays)
        state.as_of_changed.connect(self._update_overlays)
        state.as_of_changed.connect(self._on_state_as_of_changed)
        as_of_bar.player.playing_changed.connect(self._update_overlays)
        if map_view is not None:
            self.attach_map(map_view)

    def attach_map(self, map_view: MapView) -> None:
        """Draw the year over this map too, and follow its year and mode."""
        self.map = map_view
        self.map_overlay = YearOverlay(map_view.canvas)
        map_view.year_changed.connect(self._update_overlays)
        map_view.mode_changed.connect(self._update_overlays)
        map_view.year_player.playing_changed.connect(self._update_overlays)
        self._update_overlays()

    def install_menu(self, export_menu) -> None:
        export_menu.addAction(self.act_export)

    # -- the big year while presenting ---------------------------------------------------------

    def map_text(self) -> str | None:
        """What the map's overlay shows now (None: nothing)."""
        if not self._state.presenting:
            return None
        if self.map is not None and self.map.mode == "agreement":
            return str(self.map.year) if self.map.year is not None else None
        if self.as_of_bar.player.playing or not self._state.as_of_is_today:
            return _year(self._state.as_of)
        return None

    def timeline_text(self) -> str | None:
        if not self._state.presenting:
            return None
        if self.as_of_bar.player.playing or not self._state.as_of_is_today:
            day = date.fromisoformat(self._state.as_of)
            return format_day(day) if self.as_of_bar.step_box.currentData() != 12 else str(day.year)
        return None

    def _on_state_as_of_changed(self, _iso: str) -> None:
        """While the day plays, the timeline pans to keep its cursor in sight (a quarter from the right)."""
        tl = self.timeline
        if not self.as_of_bar.player.playing or not hasattr(tl, "today_line"):
            return
        x = tl.today_line.value()
        lo, hi = tl.view.viewRange()[0]
        if not lo <= x <= hi:
            width = hi - lo
            tl.view.setXRange(x - width * 0.75, x + width * 0.25, padding=0)

    def _update_overlays(self, *_args) -> None:
        if self.map_overlay is not None:
            self.map_overlay.show_text(self.map_text())
        self.timeline_overlay.show_text(self.timeline_text())

    # -- export --------------------------------------------------------------------------------

    def _on_export_triggered(self) -> None:
        from .files import export_start, remember_export

        start = export_start(self._settings) if self._settings is not None else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Export the map's time-lapse into a folder"),
                                                  start)
        if not folder:
            return
        if self._settings is not None:
            remember_export(self._settings, folder)
        mode = self.map.mode if self.map is not None else "stance"  # a map never shown is in its first mode
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = export_timelapse(self._state, Path(folder), mode=mode, step_months=12)
        except AllyError as e:
            QMessageBox.warning(self._window, self.tr("Cannot export the time-lapse"), str(e))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._state.post_message(
            self.tr("Exported %1 frames and %2 into %3").replace("%1", str(len(written) - 1))
            .replace("%2", ANIMATED_NAME).replace("%3", folder), 8000)


def timelapse_steps(state: ExplorerState, mode: str, *, step_months: int = 12) -> list[tuple[str, object]]:
    """The frames to draw: (label, year) for the UN votes, (label, ISO day) for stances."""
    store = state.store
    if mode == "agreement":
        return [(str(y), y) for y in unvotes.years(store, min_roll_calls=unvotes.FULL_YEAR_ROLL_CALLS)]
    first = date.fromisoformat(store.earliest_day() or date.today().isoformat())
    today = date.today()
    steps, day = [], first
    while day < today:
        steps.append((str(day.year) if step_months == 12 else day.isoformat(), day.isoformat()))
        day = add_months(day, step_months)
    steps.append((str(today.year), today.isoformat()))
    return steps


def render_frames(state: ExplorerState, mode: str, *, size: QSize = FRAME_SIZE,
                  step_months: int = 12) -> list[tuple[str, bytes]]:
    """Each frame of the map's time-lapse as PNG bytes, drawn on a map of its own (the window's
    map is left as it is): the colours, the legend and the year large in the corner."""
    from .widgets.map_view import MapView

    store = state.store
    view = MapView()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.agreement_note = unvotes.USSR_NOTE
    countries = store.all_countries()
    view.set_names({c.id: c.name for c in countries})
    view.set_years(unvotes.years(store))
    view.set_agreement_source(lambda year: unvotes.agreement_by_country(store, year))
    view.set_mode(mode)
    bar = view.layout().itemAt(0).layout()  # a slide shows no buttons, only the map, its legend and the year
    controls = [bar.itemAt(i).widget() for i in range(bar.count())] if bar is not None else []
    overlay = YearOverlay(view.canvas)
    view.setFixedSize(size)  # the slide's size, even below the window's minimum for the map
    view.show()
    view.fit_eurasia() if mode == "stance" else view.fit_world()
    frames = []
    try:
        for label, value in timelapse_steps(state, mode, step_months=step_months):
            if mode == "agreement":
                view.set_year(int(value))
            else:
                stances = store.stances_as_of(str(value))
                view.set_stances({c.id: (stances[c.id].stance if c.id in stances else None) for c in countries},
                                 as_of=None if value == date.today().isoformat() else str(value))
            overlay.show_text(label)
            for widget in controls:
                if widget is not None:
                    widget.hide()  # set_year shows the year's controls again
            QApplication.sendPostedEvents()
            image: QImage = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            frames.append((label, bytes(buffer.data())))
    finally:
        view.close()
        view.deleteLater()
    return frames


def export_timelapse(state: ExplorerState, folder: Path, *, mode: str = "agreement", size: QSize | None = None,
                     step_months: int = 12, frame_ms: int = FRAME_MS) -> list[Path]:
    """Write ``time-lapse-001.png``… and ``time-lapse-animated.png`` into ``folder`` (made if
    needed), each file through the atomic write path. Returns the paths, the animation last."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise AllyError(_tr("%1 is a file, not a folder: choose a folder for the time-lapse pictures.")
                        .replace("%1", str(folder)))
    frames = render_frames(state, mode, size=size or FRAME_SIZE, step_months=step_months)
    if not frames:
        raise AllyError(_tr("There is nothing to animate: this database has no UN votes.") if mode == "agreement"
                        else _tr("There is nothing to animate: this database has no stances."))
    width = len(str(len(frames)))
    names = [f"{FRAME_PREFIX}{i:0{max(3, width)}d}.png" for i in range(1, len(frames) + 1)]
    targets = [folder / name for name in names] + [folder / ANIMATED_NAME]
    for target in targets:
        check_output(target)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise AllyError(_tr("Cannot make the folder %1: %2.").replace("%1", str(folder))
                        .replace("%2", str(e.strerror or e))) from None
    written = [atomic_write(target, png) for target, (_label, png) in zip(targets, frames)]
    from ..db.apng import assemble_apng

    written.append(atomic_write(targets[-1], assemble_apng([png for _label, png in frames], frame_ms=frame_ms)))
    return written


__all__ = ["ANIMATED_NAME", "FRAME_SIZE", "TimeLapse", "export_timelapse", "render_frames", "timelapse_steps"]

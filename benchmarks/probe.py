"""The measuring end of the benchmark: runs inside a fresh process, offscreen, and prints JSON.

    python benchmarks/probe.py startup --db BIG.db            # the app's first painted window
    python benchmarks/probe.py startup --baseline             # PySide6 + pyqtgraph, empty window
    python benchmarks/probe.py interact --db BIG.db --section switch|filter|search|timeline|facets|edit

``run.py`` starts one process per measurement so a slow or crashing step cannot spoil the others,
and so start-up is always cold. Every figure is in milliseconds; the last line on stdout is the
JSON result.

"Until repainted" means: do what the user did, then ``QApplication.processEvents()`` twice
(posted events, zero-delay timers such as the timeline's label pass, and the paint they cause),
then, for each widget that must show the result and has not received a paint event yet, a
synchronous ``repaint()``. The clock stops after that. Paint events are counted by an event
filter on those widgets only, so nothing else is slowed down.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WINDOW_SIZE = (1400, 900)

SEARCH_TERMS = (
    "treaty", "sanctions", "Belarus", "pantsir", "gazp", "oil imports", "Lukashenko",
    "drones", "Kim Jong", "zzqx",
)
FILTER_WORDS = ("republic", "ia", "kor", "ukr")


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB.

    On Linux this is ``VmHWM`` from /proc/self/status: the high-water mark of this program's
    own address space. ``ru_maxrss`` is not used there because Linux carries it over from the
    parent through fork and exec, so a probe started by a runner holding a large dataset would
    report the runner's size (it did: 534 MB for a 200 MB app)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def emit(result: dict) -> None:
    print(json.dumps(result), flush=True)


# -- start-up ------------------------------------------------------------------------------------

def startup(db: Path | None, *, baseline: bool) -> None:
    """Build the window, show it, stop at the end of its first paint, print when that was."""
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

    phases: dict[str, float] = {}
    began = time.monotonic()
    if baseline:
        import pyqtgraph  # noqa: F401  (the baseline pays for the same imports)
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([sys.argv[0]])
        phases["imports+app"] = time.monotonic() - began
        window = QMainWindow()
    else:
        from ally_explorer.ui import create_main_window
        from ally_explorer.ui.app import make_app

        app = make_app()
        phases["imports+app"] = time.monotonic() - began
        settings = QSettings(str(Path(tempfile.mkdtemp(prefix="ally-bench-")) / "s.ini"), QSettings.Format.IniFormat)
        window = create_main_window(db, settings=settings)
        phases["create_window"] = time.monotonic() - began - phases["imports+app"]
    window.resize(*WINDOW_SIZE)

    result: dict = {}

    def done() -> None:
        result["painted_at"] = time.monotonic()
        result["rss_mb"] = peak_rss_mb()
        result["phases"] = phases
        if baseline:
            app.quit()
        else:
            QTimer.singleShot(0, ready)

    def ready() -> None:
        """After the first frame: until the work it deferred (the timeline, the facet counts)
        has run and been painted, i.e. the window answers input with everything shown."""
        if window.is_loading():  # poll gently: the timeline may be read on a worker thread
            QTimer.singleShot(5, ready)
            return
        window.repaint()
        result["ready_at"] = time.monotonic()
        result["rss_mb"] = peak_rss_mb()
        app.quit()

    class FirstPaint(QObject):
        """The first paint event anywhere in the window starts its first frame; a zero-delay
        timer fires once that whole frame (every child widget) has been painted."""

        seen = False

        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, done)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    shown = time.monotonic()
    window.show()
    app.exec()
    result["phases"]["show_to_painted"] = result["painted_at"] - shown
    emit(result)


# -- interactions --------------------------------------------------------------------------------

class Painted:
    """Counts paint events on the widgets a step must repaint, and settles a step."""

    def __init__(self, app, widgets):
        from PySide6.QtCore import QEvent, QObject

        counts = self.counts = {id(w): 0 for w in widgets}
        self.app = app
        self.widgets = list(widgets)

        class Counter(QObject):
            def eventFilter(self, watched, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    counts[id(watched)] = counts.get(id(watched), 0) + 1
                return False

        self._counter = Counter()
        for w in self.widgets:
            w.installEventFilter(self._counter)

    def snapshot(self) -> dict[int, int]:
        return dict(self.counts)

    def settle(self, before: dict[int, int], widgets=None) -> None:
        self.app.processEvents()
        self.app.processEvents()
        for w in widgets or self.widgets:
            if self.counts[id(w)] == before[id(w)] and w.isVisible():
                w.repaint()


def timed(painted: Painted, action, widgets=None) -> float:
    """Milliseconds from the action to the end of the repaint it causes."""
    before = painted.snapshot()
    started = time.perf_counter()
    action()
    painted.settle(before, widgets)
    return (time.perf_counter() - started) * 1000


def open_window(db: Path):
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from ally_explorer.ui import create_main_window
    from ally_explorer.ui.app import make_app

    app = make_app()
    settings = QSettings(str(Path(tempfile.mkdtemp(prefix="ally-bench-")) / "s.ini"), QSettings.Format.IniFormat)
    window = create_main_window(db, settings=settings)
    window.resize(*WINDOW_SIZE)
    window.show()
    QTest.qWaitForWindowExposed(window)
    for _ in range(3):
        app.processEvents()
    # Interactions are measured on a window that has finished loading: big datasets read the
    # timeline on a worker thread after the first paint (timed by the start-up probe instead).
    deadline = time.perf_counter() + 600
    while window.is_loading() and time.perf_counter() < deadline:
        QTest.qWait(5)
    window.finish_loading()
    for _ in range(3):
        app.processEvents()
    return app, window


def switch_targets(window, count: int, only: str | None) -> list[str]:
    """Countries to click through: spread over the whole range of event counts, in a fixed
    shuffled order so each step selects a different country. Russia, the hub of ~3/4 of all
    events, is measured on its own (``only="RUS"``)."""
    import random

    if only:
        return [only]
    countries = sorted(
        (c for c in window.store.countries() if c.id != "RUS"), key=lambda c: -c.event_count
    )
    if len(countries) <= count:
        picks = countries
    else:
        step = (len(countries) - 1) / (count - 1)
        picks = [countries[round(i * step)] for i in range(count)]
    ids = [c.id for c in picks]
    random.Random(7).shuffle(ids)
    return ids


def section_switch(app, window, args) -> dict:
    from ally_explorer.ui.models.country_list import NAME

    targets = switch_targets(window, args.samples, args.only)
    painted = Painted(app, [window.detail.viewport(), window.timeline.plot.viewport(), window.country_view.viewport()])
    samples, events = [], []
    deadline = time.perf_counter() + args.budget

    def click(country_id: str):
        row = window.country_model.row_of(country_id)
        index = window.country_proxy.mapFromSource(window.country_model.index(row, NAME))
        return lambda: window.country_view.setCurrentIndex(index)

    for country_id in targets:
        if window.current_country == country_id:
            continue
        samples.append(timed(painted, click(country_id)))
        events.append(next(c.event_count for c in window.store.countries() if c.id == country_id))
        if window.current_country != country_id:
            raise RuntimeError(f"clicking {country_id} in the list did not select it")
        if time.perf_counter() > deadline and len(samples) >= 3:
            break
    key = "switch_country_hub" if args.only else "switch_country"
    return {key: samples, f"{key}_events": events}


def section_filter(app, window, args) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    box = window.country_filter
    box.setFocus()
    painted = Painted(app, [window.country_view.viewport()])
    samples = []
    rounds = max(1, args.samples // 10)
    for _ in range(rounds):
        for word in FILTER_WORDS:
            for ch in word:
                samples.append(timed(painted, lambda ch=ch: QTest.keyClick(box, ch)))
            for _ in word:
                samples.append(timed(painted, lambda: QTest.keyClick(box, Qt.Key.Key_Backspace)))
    if box.text():
        raise RuntimeError("the filter box did not end empty")
    return {"filter_keystroke": samples}


def section_search(app, window, args) -> dict:
    store_samples, ui_samples, hits = [], [], {}
    rounds = max(1, args.samples // len(SEARCH_TERMS))
    for _ in range(rounds):
        for term in SEARCH_TERMS:
            started = time.perf_counter()
            found = window.store.search(term, limit=100)
            store_samples.append((time.perf_counter() - started) * 1000)
            hits[term] = len(found)
    painted = Painted(app, [window.search_view.viewport()])
    for _ in range(rounds):
        for term in SEARCH_TERMS:
            window.search_box.setText(term)
            window._search_timer.stop()  # the 120 ms typing pause is by design; measured: the search and its repaint
            ui_samples.append(timed(painted, window.run_search))
    return {"search_store": store_samples, "search_ui": ui_samples, "search_hits": hits}


def _wheel(widget, steps: int) -> None:
    """One mouse-wheel notch (120 units) over the middle of a graphics view."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    local = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        local, QPointF(widget.mapToGlobal(local.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(widget, event)


def _steps(app, plot_widget, view, rounds: int, budget: float) -> tuple[list[float], list[float]]:
    """Zoom in and back out one wheel notch at a time, then pan right and back one tenth of the
    view at a time (what one mouse move of a drag does: ``ViewBox.translateBy``). Stops early,
    with at least three of each, once ``budget`` seconds have passed."""
    viewport = plot_widget.viewport()
    painted = Painted(app, [viewport])
    zoom, pan = [], []
    deadline = time.perf_counter() + budget / 2
    for _ in range(rounds):
        for direction in (1, -1):
            for _ in range(5):
                zoom.append(timed(painted, lambda d=direction: _wheel(viewport, d)))
                if len(zoom) >= 3 and time.perf_counter() > deadline:
                    break
        if time.perf_counter() > deadline:
            break
    deadline = time.perf_counter() + budget / 2
    for _ in range(rounds):
        for direction in (1, -1):
            for _ in range(6):
                width = view.viewRange()[0][1] - view.viewRange()[0][0]
                pan.append(timed(painted, lambda d=direction, w=width: view.translateBy(x=d * w / 10)))
                if len(pan) >= 3 and time.perf_counter() > deadline:
                    break
        if time.perf_counter() > deadline:
            break
    return zoom, pan


def section_timeline(app, window, args) -> dict:
    import numpy as np
    import pyqtgraph as pg

    timeline = window.timeline
    if not len(timeline.arrays):
        raise RuntimeError("the timeline holds no events: there would be nothing to measure")
    timeline.show_focus()
    for _ in range(3):
        app.processEvents()
    start_range = timeline.view.viewRange()
    rounds = max(1, args.samples // 10)
    first = timeline.view.viewRange()[0]
    _wheel(timeline.plot.viewport(), 1)
    app.processEvents()
    if timeline.view.viewRange()[0] == first:
        raise RuntimeError("a wheel event did not zoom the timeline")
    timeline.show_focus()
    app.processEvents()
    zoom, pan = _steps(app, timeline.plot, timeline.view, rounds, args.budget)
    # The label pass a gesture defers until it pauses (120 ms after its last step), timed on its
    # own: placing the labels of the view and the repaint that shows them.
    painted = Painted(app, [timeline.plot.viewport()])
    labels = []
    for i in range(max(3, args.samples)):
        timeline.view.translateBy(x=(1 if i % 2 == 0 else -1) * (timeline.visible_time()[1] - timeline.visible_time()[0]) / 10)
        timeline.stop_timers()
        app.processEvents()
        labels.append(timed(painted, timeline._update_labels))
    rss = peak_rss_mb()
    points = len(timeline.arrays)
    size = timeline.plot.size()
    x = np.array(timeline.arrays.mid)
    y = np.array(timeline.y)
    window.hide()

    # The baseline: a bare PlotWidget with one ScatterPlotItem of the same points, same size.
    plot = pg.PlotWidget()
    plot.addItem(pg.ScatterPlotItem(x=x, y=y))
    plot.resize(size)
    plot.show()
    from PySide6.QtTest import QTest

    QTest.qWaitForWindowExposed(plot)
    view = plot.getPlotItem().getViewBox()
    view.setMouseEnabled(x=True, y=False)  # the wheel zooms time only, as on the timeline
    view.setRange(xRange=start_range[0], yRange=start_range[1], padding=0)
    for _ in range(3):
        app.processEvents()
    base_zoom, base_pan = _steps(app, plot, view, rounds, args.budget)
    plot.close()
    window.show()
    return {
        "timeline_zoom": zoom, "timeline_pan": pan, "baseline_zoom": base_zoom, "baseline_pan": base_pan,
        "timeline_labels": labels,
        "timeline_points": points, "rss_mb_before_baseline": rss,
    }


#: Facet filters to step through, each different from the one before (a click in the Filters panel).
FACET_STEPS = (
    {"categories": ("military",)}, {}, {"confirmed_only": True}, {}, {"attributions": ("",)},
    {"categories": ("economic", "diplomatic")}, {"confidences": ("reported", "claimed")}, {},
)


def _facet_filters():
    from ally_explorer.core.filters import Filters

    return [Filters(**{k: (frozenset(v) if isinstance(v, tuple) else v) for k, v in step.items()})
            for step in FACET_STEPS]


def _until_loaded(app, window, limit: float = 600.0) -> None:
    """Let the work a step started in the background (the timeline's read) finish and paint."""
    from PySide6.QtTest import QTest

    deadline = time.perf_counter() + limit
    while window.is_loading() and time.perf_counter() < deadline:
        QTest.qWait(1)
    app.processEvents()


def section_facets(app, window, args) -> dict:
    """A facet filter changed (what one click in the Filters panel does): until the window has
    repainted (the list, the panel's counts, the status line: the window is blocked that long),
    and, for information, until the timeline read in the background has been drawn too."""
    steps = _facet_filters()
    painted = Painted(app, [window.country_view.viewport(), window.timeline.plot.viewport()])
    blocked, drawn = [], []
    deadline = time.perf_counter() + args.budget
    rounds = max(1, -(-args.samples // len(steps)))
    for _ in range(rounds):
        for filters in steps:
            started = time.perf_counter()
            blocked.append(timed(painted, lambda f=filters: window.state.set_filters(f)))
            _until_loaded(app, window)
            painted.settle(painted.snapshot())
            drawn.append((time.perf_counter() - started) * 1000)
            if time.perf_counter() > deadline and len(blocked) >= 3:
                break
    return {"facet_change": blocked, "facet_change_drawn": drawn}


def section_edit(app, window, args) -> dict:
    """One edit of an event (its importance, through the undo stack as the form does) until every
    view shows it: the timeline, the detail pane, the list and the counts. Runs on a scratch copy."""
    country = next(c for c in window.store.countries() if c.focus and c.id != "RUS")
    window.state.select_country(country.id)
    _until_loaded(app, window)
    events = window.store.events(country_id=country.id, limit=args.samples)
    painted = Painted(app, [window.detail.viewport(), window.timeline.plot.viewport(), window.country_view.viewport()])
    ops = window.editing.ops
    samples = []
    for i in range(args.samples):
        event = events[i % len(events)]
        importance = 1 + (event.importance % 3)  # always another value

        def edit(event=event, importance=importance):
            ops.edit("event", event.id, {"importance": importance})
            _until_loaded(app, window)

        samples.append(timed(painted, edit))
        if window.store.event(event.id).importance != importance:
            raise RuntimeError("the edit did not reach the database")
        shown = window.timeline.arrays.importance[window.timeline.arrays.event_id == event.id]
        if not len(shown) or int(shown[0]) != importance:
            raise RuntimeError("the timeline does not show the edit")
    return {"edit_event": samples}


REFERENCE_PAGE = "".join(
    f"<h3>Section {i}</h3><p>{'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ' * 6}</p>" for i in range(60)
)


def reference_page(app, samples: int = 15) -> list[float]:
    """The yardstick the interactions are measured against, in the same process and run: one
    ``setHtml`` of a fixed page into a text browser the size of the detail pane, and its repaint.
    Like the interactions it is Python, Qt layout and raster painting, so a slower or busier
    machine slows both alike."""
    from PySide6.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    browser.resize(560, 800)
    browser.show()
    app.processEvents()
    painted = Painted(app, [browser.viewport()])
    out = []
    for i in range(samples + 2):
        page = REFERENCE_PAGE.replace("Section 0<", f"Section {i % 2}<")  # never the same as before
        ms = timed(painted, lambda page=page: browser.setHtml(page))
        if i >= 2:  # the first two warm up the fonts
            out.append(ms)
    browser.close()
    return out


SECTIONS = {"switch": section_switch, "filter": section_filter, "search": section_search, "timeline": section_timeline,
            "facets": section_facets, "edit": section_edit}


def interact(args) -> None:
    began = time.perf_counter()
    app, window = open_window(args.db)
    opened = (time.perf_counter() - began) * 1000
    result = SECTIONS[args.section](app, window, args)
    result.setdefault("rss_mb", peak_rss_mb())
    result["reference_page"] = reference_page(app)
    result["open_ms"] = opened
    window.close()
    window.store.close()
    emit(result)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="mode", required=True)
    s = sub.add_parser("startup")
    s.add_argument("--db", type=Path)
    s.add_argument("--baseline", action="store_true")
    i = sub.add_parser("interact")
    i.add_argument("--db", type=Path, required=True)
    i.add_argument("--section", choices=sorted(SECTIONS), required=True)
    i.add_argument("--samples", type=int, default=20)
    i.add_argument("--budget", type=float, default=120.0, help="seconds after which a slow section stops sampling")
    i.add_argument("--only", help="switch: measure selecting this one country")
    args = p.parse_args(argv)
    if args.mode == "startup":
        if not args.baseline and not args.db:
            p.error("startup needs --db (or --baseline)")
        startup(args.db, baseline=args.baseline)
    else:
        interact(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

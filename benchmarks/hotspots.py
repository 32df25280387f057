"""Profile the slow paths the benchmark finds, one report per path, for whoever makes them fast.

    pip install pyinstrument            # optional; cProfile is used without it
    python benchmarks/hotspots.py --db benchmarks/out/bench-....db [--only startup,switch]

Writes ``benchmarks/out/profiles/<path>.txt`` and prints each path's wall time. Not part of the
test suite and not a dependency of the app.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


@contextlib.contextmanager
def profiled(name: str, out: Path):
    """Time the block and write a call-tree (pyinstrument) or flat (cProfile) report."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        Profiler = None
    started = time.perf_counter()
    if Profiler is not None:
        profiler = Profiler(interval=0.0005)
        profiler.start()
        try:
            yield
        finally:
            profiler.stop()
            text = profiler.output_text(unicode=True, color=False, show_all=False)
    else:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        try:
            yield
        finally:
            profiler.disable()
            buffer = io.StringIO()
            pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(40)
            text = buffer.getvalue()
    seconds = time.perf_counter() - started
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.txt").write_text(f"{name}: {seconds * 1000:.0f} ms wall\n\n{text}", encoding="utf-8")
    print(f"{name:32s} {seconds * 1000:9.0f} ms", flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--out", type=Path, default=HERE / "out" / "profiles")
    p.add_argument("--only", default="", help="comma-separated: startup,switch,render,search,timeline,import")
    p.add_argument("--country", default=None, help="the country to switch to (default: the one with most events but Russia)")
    args = p.parse_args(argv)
    only = {s for s in args.only.split(",") if s}

    def wanted(name: str) -> bool:
        return not only or name in only

    from PySide6.QtCore import QSettings

    from ally_explorer.ui.app import make_app

    app = make_app()
    settings = QSettings(str(Path(tempfile.mkdtemp(prefix="ally-prof-")) / "s.ini"), QSettings.Format.IniFormat)
    from ally_explorer.ui import create_main_window

    with profiled("startup_create_window", args.out):
        window = create_main_window(args.db, settings=settings)
    window.resize(1400, 900)
    with profiled("startup_first_paint", args.out):
        window.show()
        app.processEvents()
    store = window.store
    countries = sorted(store.countries(), key=lambda c: -c.event_count)
    big = args.country or next(c.id for c in countries if c.id != "RUS")
    small = countries[len(countries) // 2].id

    if wanted("startup"):
        with profiled("store_countries", args.out):
            store.countries()
        with profiled("store_events_all", args.out):
            events = store.events()
        from ally_explorer.core.timeline import build_arrays, lane_order

        lanes = [cid for cid, _ in lane_order(countries)]
        with profiled("build_arrays", args.out):
            build_arrays(events, lanes)
        with profiled("timeline_set_data", args.out):
            window.timeline.set_data(lane_order(countries), events, store.alignments())
        del events

    if wanted("switch"):
        for name, country in (("switch_small", small), ("switch_big", big)):
            with profiled(f"{name}_{country}", args.out):
                window.select_country(country)
                app.processEvents()
                window.detail.viewport().repaint()
                window.timeline.plot.viewport().repaint()
        with profiled(f"store_country_detail_{big}", args.out):
            detail = store.country_detail(big)
        with profiled("timeline_repaint_only", args.out):
            window.timeline.plot.viewport().repaint()
        with profiled("detail_repaint_only", args.out):
            window.detail.viewport().repaint()

    if wanted("render"):
        from ally_explorer.ui.widgets.detail_html import render_country

        detail = store.country_detail(big)
        with profiled(f"render_country_html_{big}", args.out):
            html = render_country(detail, current=None)
        print(f"  {big}: {len(detail.events)} events -> {len(html) / 1e6:.1f} MB of HTML")
        with profiled(f"detail_setHtml_{big}", args.out):
            window.detail.setHtml(html)
        with profiled("store_country_detail_RUS", args.out):
            hub = store.country_detail("RUS")
        with profiled("render_country_html_RUS", args.out):
            html = render_country(hub, current=None)
        print(f"  RUS: {len(hub.events)} events -> {len(html) / 1e6:.1f} MB of HTML")
        del hub, html

    if wanted("search"):
        for term in ("treaty", "sanctions", "drones", "oil imports"):
            with profiled(f"search_{term.replace(' ', '_')}", args.out):
                store.search(term, limit=100)
        with profiled("search_plain_fts_count_treaty", args.out):
            store.conn.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'treaty*'").fetchone()

    if wanted("timeline"):
        from probe import _wheel

        timeline = window.timeline
        timeline.show_focus()
        app.processEvents()
        with profiled("timeline_zoom_step", args.out):
            _wheel(timeline.plot.viewport(), 1)
            app.processEvents()
            timeline.plot.viewport().repaint()
        with profiled("timeline_pan_step", args.out):
            (x0, x1), _ = timeline.view.viewRange()
            timeline.view.translateBy(x=(x1 - x0) / 10)
            app.processEvents()
            timeline.plot.viewport().repaint()
        with profiled("timeline_paint_only", args.out):
            timeline.plot.viewport().repaint()
        with profiled("timeline_update_labels", args.out):
            timeline._update_labels()

    total_events = store.counts()["events"]
    window.close()
    store.close()

    if wanted("import"):
        import generate
        from ally_explorer.db.store import Store
        from ally_explorer.db.transfer import _check, import_data

        data = generate.generate(events=max(1000, min(total_events, 100_000)))
        scratch = args.out / "import-scratch.db"
        scratch.unlink(missing_ok=True)
        with Store.open(scratch, create=True) as fresh:
            with profiled("import_check_only", args.out):
                _check(fresh, data, replace=True)
        scratch.unlink(missing_ok=True)
        with Store.open(scratch, create=True) as fresh:
            with profiled("import_data", args.out):
                import_data(fresh, data, replace=True)
        scratch.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""CPU time of the timeline's pan and zoom steps, two source trees side by side.

    python benchmarks/ab_steps.py OLD_TREE:OLD_DB NEW_TREE:NEW_DB [--rounds 4] [--steps pan,zoom,search,facet]
    python benchmarks/ab_steps.py OLD_TREE:OLD_DB NEW_TREE:NEW_DB [BASE_TREE:BASE_DB] --steps switch,edit

Each round starts one process per tree (alternating, so both see the same load) that opens the
window on its database, shows the whole timeline, and times 120 pan steps (a tenth of the view)
and 100 wheel notches, each until the plot has painted, in CPU time of the GUI thread
(``time.thread_time``). Wall-clock steps on a shared 2-core machine swing by 2-3x with the load;
the GUI thread's CPU time does the same work whatever else runs, so it is what an A/B of drawing
code should compare. Each tree is run with its own ``src`` first on the path and its own
``benchmarks/probe.py``; each database must have been made for its tree (``run.py --out``).

``--steps search`` times the search box instead (probe.py's search terms, each put in the box and
searched until the results list has painted, as ``probe.py interact --section search``), and
``--steps facet`` a facet filter change until the window has repainted (probe.py's facet steps,
through the state's ``set_filters`` or the window's for trees before the state), reported per
filter step too (``facet.1`` is the second step: back to no filters), since a slow step is what
makes the p95; ``facet_drawn`` adds the GUI thread's share of drawing the timeline read in the
background afterwards.

``--steps switch,edit`` times instead selecting another country in the list (as probe.py's switch
section: 40 countries spread over the event counts, until the detail pane, the timeline and the
list have painted) and one edit of an event's importance through the undo stack (as probe.py's
edit section, on a scratch copy of the database, until the timeline has it and every view has
painted). Both the GUI thread's CPU time and the process's (workers included) are given.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1] + "/benchmarks")
import probe
from pathlib import Path
app, window = probe.open_window(Path(sys.argv[2]))
tl = window.timeline
tl.show_focus()
for _ in range(3):
    app.processEvents()
painted = probe.Painted(app, [tl.plot.viewport()])
def pan(i):
    d = 1 if (i // 6) % 2 == 0 else -1
    lo, hi = tl.view.viewRange()[0]
    tl.view.translateBy(x=d * (hi - lo) / 10)
def zoom(i):
    probe._wheel(tl.plot.viewport(), 1 if (i // 5) % 2 == 0 else -1)
out = {}
for name, step, n in (("pan", pan, 120), ("zoom", zoom, 100)):
    for i in range(12):
        probe.timed(painted, lambda: step(i))
    t0 = time.thread_time()
    for i in range(n):
        probe.timed(painted, lambda: step(i))
    out[name] = (time.thread_time() - t0) * 1000 / n
print(json.dumps(out))
"""

SEARCH_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1] + "/benchmarks")
import probe
from pathlib import Path
app, window = probe.open_window(Path(sys.argv[2]))
painted = probe.Painted(app, [window.search_view.viewport()])
def search(term):
    window.search_box.setText(term)
    window._search_timer.stop()
    return probe.timed(painted, window.run_search)
for term in probe.SEARCH_TERMS:
    search(term)
rounds = 5
t0, p0 = time.thread_time(), time.process_time()
wall = [search(term) for _ in range(rounds) for term in probe.SEARCH_TERMS]
print(json.dumps({"search": (time.thread_time() - t0) * 1000 / len(wall),
                  "search_process": (time.process_time() - p0) * 1000 / len(wall),
                  "search_wall": sorted(wall)[len(wall) // 2]}))
"""

FACET_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1] + "/benchmarks")
import probe
from pathlib import Path
app, window = probe.open_window(Path(sys.argv[2]))
if not hasattr(probe, "_facet_filters"):  # a tree from before the facet section: this tree's steps
    import importlib.util
    spec = importlib.util.spec_from_file_location("probe_steps", sys.argv[3] + "/probe.py")
    probe_steps = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe_steps)
    probe._facet_filters = probe_steps._facet_filters
steps = probe._facet_filters()
state = getattr(window, "state", None)
set_filters = state.set_filters if state is not None else window.set_filters
painted = probe.Painted(app, [window.country_view.viewport(), window.timeline.plot.viewport()])
def change(f):
    t0 = time.thread_time()
    probe.timed(painted, lambda: set_filters(f))
    cpu = (time.thread_time() - t0) * 1000
    while window.is_loading():  # the timeline read in the background, drawn (not timed)
        app.processEvents()
        time.sleep(0.001)
    painted.settle(painted.snapshot())
    return cpu, (time.thread_time() - t0) * 1000
for f in steps:
    change(f)
rounds = 4
per, drawn = [[] for _ in steps], []
for _ in range(rounds):
    for i, f in enumerate(steps):
        blocked, total = change(f)
        per[i].append(blocked)
        drawn.append(total)
out = {"facet": sum(map(sum, per)) / (rounds * len(steps)), "facet_drawn": sum(drawn) / len(drawn)}
for i, ms in enumerate(per):
    out[f"facet.{i}"] = min(ms)
print(json.dumps(out))
"""

# The country switch and one edit (h13c): each tree's own probe.open_window/Painted/timed.
CHILD_INTERACT = r"""
import json, shutil, sys, tempfile, time
sys.path.insert(0, sys.argv[1] + "/benchmarks")
import probe
from pathlib import Path
from ally_explorer.ui.models.country_list import NAME
steps = sys.argv[3].split(",")
db = Path(sys.argv[2])
if "edit" in steps:  # never write into the A/B's database
    scratch = Path(tempfile.mkdtemp(prefix="ab-edit-")) / db.name
    shutil.copyfile(db, scratch)
    db = scratch
app, window = probe.open_window(db)
widgets = [window.detail.viewport(), window.timeline.plot.viewport(), window.country_view.viewport()]
painted = probe.Painted(app, widgets)
def until_loaded():
    while window.is_loading():
        app.processEvents()
        time.sleep(0.0005)
    app.processEvents()
def clock():
    return time.thread_time(), time.process_time()
out = {}
if "switch" in steps:
    targets = probe.switch_targets(window, 40, None)
    def click(country_id):
        row = window.country_model.row_of(country_id)
        index = window.country_proxy.mapFromSource(window.country_model.index(row, NAME))
        return lambda: window.country_view.setCurrentIndex(index)
    for c in targets[:6]:  # warm up: fonts, flags, caches
        probe.timed(painted, click(c))
    thread, process = [], []
    for c in targets + targets[:1]:
        if window.current_country == c:
            continue
        t0, p0 = clock()
        probe.timed(painted, click(c))
        t1, p1 = clock()
        thread.append((t1 - t0) * 1000)
        process.append((p1 - p0) * 1000)
        assert window.current_country == c
    out["switch"], out["switch_process"] = thread, process
if "edit" in steps:
    country = next(c for c in window.store.countries() if c.focus and c.id != "RUS")
    window.state.select_country(country.id) if hasattr(window, "state") else window.select_country(country.id)
    until_loaded()
    events = window.store.events(country_id=country.id, limit=20)
    ops = window.editing.ops
    thread, process = [], []
    for i in range(24):
        event = events[i % len(events)]
        importance = 1 + (window.store.event(event.id).importance % 3)  # always another value
        def edit(event=event, importance=importance):
            ops.edit("event", event.id, {"importance": importance})
            until_loaded()
        t0, p0 = clock()
        probe.timed(painted, edit)
        t1, p1 = clock()
        if i >= 4:  # the first edits warm up
            thread.append((t1 - t0) * 1000)
            process.append((p1 - p0) * 1000)
        assert window.store.event(event.id).importance == importance
    out["edit"], out["edit_process"] = thread, process
print(json.dumps(out))
"""


CHILDREN = {"pan": CHILD, "zoom": CHILD, "search": SEARCH_CHILD, "facet": FACET_CHILD}


def run(tree: str, db: str, child: str = CHILD) -> dict:
    env = dict(os.environ, PYTHONPATH=str(Path(tree) / "src"), QT_QPA_PLATFORM="offscreen")
    here = str(Path(__file__).resolve().parent)
    done = subprocess.run([sys.executable, "-c", child, tree, db, here], env=env, capture_output=True, text=True,
                          timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_interact(tree: str, db: str, steps: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(Path(tree) / "src"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD_INTERACT, tree, db, steps], env=env, capture_output=True,
                          text=True, timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def interact_main(args) -> int:
    """The switch and edit steps: per tree and round, each step's median (and p95) CPU ms."""
    steps = args.steps
    sides = {"old": args.old.split(":", 1), "new": args.new.split(":", 1)}
    if args.base:
        sides["base"] = args.base.split(":", 1)
    names = [n for s in steps.split(",") for n in (s, f"{s}_process")]
    results = {side: {n: [] for n in names} for side in sides}
    p95 = {side: {n: [] for n in names} for side in sides}
    for _ in range(args.rounds):
        for side, (tree, db) in sides.items():
            for name, samples in run_interact(tree, db, steps).items():
                results[side][name].append(statistics.median(samples))
                p95[side][name].append(sorted(samples)[max(0, round(0.95 * len(samples)) - 1)])
    print(f"load average {os.getloadavg()[0]:.1f}; CPU ms per step: median over {args.rounds} runs of each run's "
          "median (p95 in brackets)")
    cols = list(sides)
    print("| step | " + " | ".join(cols) + " | new ÷ old |" + (" new ÷ base |" if "base" in sides else ""))
    print("|---|" + "---|" * (len(cols) + 1 + ("base" in sides)))
    for name in names:
        med = {s: statistics.median(results[s][name]) for s in cols}
        hi = {s: statistics.median(p95[s][name]) for s in cols}
        row = " | ".join(f"{med[s]:.1f} ({hi[s]:.1f})" for s in cols)
        ratio = f" {med['new'] / med['old']:.2f} |" + (f" {med['new'] / med['base']:.2f} |" if "base" in sides else "")
        print(f"| {name} | {row} |{ratio}")
    print(json.dumps({"median": results, "p95": p95}))
    return 0



def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("base", nargs="?", help="with --steps switch,edit: a third tree, e.g. main before the change")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--steps", default="pan,zoom", help="comma-separated: pan, zoom, search, facet; or switch, edit")
    args = parser.parse_args(argv)
    if set(args.steps.split(",")) <= {"switch", "edit"}:
        return interact_main(args)
    sides = {"old": args.old.split(":", 1), "new": args.new.split(":", 1)}
    wanted = [s for s in args.steps.split(",") if s]
    if unknown := set(wanted) - set(CHILDREN):
        parser.error(f"unknown steps: {', '.join(sorted(unknown))}")
    children = list(dict.fromkeys(CHILDREN[s] for s in wanted))
    results: dict[str, dict[str, list[float]]] = {side: {} for side in sides}
    for _ in range(args.rounds):
        for child in children:
            for side, (tree, db) in sides.items():
                for name, ms in run(tree, db, child).items():
                    results[side].setdefault(name, []).append(ms)
    print(f"load average {os.getloadavg()[0]:.1f}; CPU ms per step, median of {args.rounds} runs (each run's mean)")
    print("| step | old | new | new ÷ old |")
    print("|---|---|---|---|")
    names = [n for n in results["new"] if n in results["old"] and n.split(".")[0].split("_")[0] in wanted]
    for name in names:
        old, new = (statistics.median(results[s][name]) for s in ("old", "new"))
        print(f"| {name} | {old:.2f} ms | {new:.2f} ms | {new / old:.2f} |")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

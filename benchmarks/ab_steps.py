"""CPU time of the timeline's pan and zoom steps, two source trees side by side.

    python benchmarks/ab_steps.py OLD_TREE:OLD_DB NEW_TREE:NEW_DB [--rounds 4] [--steps pan,zoom,search,facet]

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

CHILDREN = {"pan": CHILD, "zoom": CHILD, "search": SEARCH_CHILD, "facet": FACET_CHILD}


def run(tree: str, db: str, child: str = CHILD) -> dict:
    env = dict(os.environ, PYTHONPATH=str(Path(tree) / "src"), QT_QPA_PLATFORM="offscreen")
    here = str(Path(__file__).resolve().parent)
    done = subprocess.run([sys.executable, "-c", child, tree, db, here], env=env, capture_output=True, text=True,
                          timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--steps", default="pan,zoom", help="comma-separated: pan, zoom, search, facet")
    args = parser.parse_args(argv)
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

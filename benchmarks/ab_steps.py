"""CPU time of the timeline's pan and zoom steps, two source trees side by side.

    python benchmarks/ab_steps.py OLD_TREE:OLD_DB NEW_TREE:NEW_DB [--rounds 4]

Each round starts one process per tree (alternating, so both see the same load) that opens the
window on its database, shows the whole timeline, and times 120 pan steps (a tenth of the view)
and 100 wheel notches, each until the plot has painted, in CPU time of the GUI thread
(``time.thread_time``). Wall-clock steps on a shared 2-core machine swing by 2-3x with the load;
the GUI thread's CPU time does the same work whatever else runs, so it is what an A/B of drawing
code should compare. Each tree is run with its own ``src`` first on the path and its own
``benchmarks/probe.py``; each database must have been made for its tree (``run.py --out``).
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


def run(tree: str, db: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(Path(tree) / "src"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, tree, db], env=env, capture_output=True, text=True,
                          timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args(argv)
    sides = {"old": args.old.split(":", 1), "new": args.new.split(":", 1)}
    results = {side: {"pan": [], "zoom": []} for side in sides}
    for _ in range(args.rounds):
        for side, (tree, db) in sides.items():
            for name, ms in run(tree, db).items():
                results[side][name].append(ms)
    print(f"load average {os.getloadavg()[0]:.1f}; CPU ms per step, median of {args.rounds} runs (each run's mean)")
    print("| step | old | new | new ÷ old |")
    print("|---|---|---|---|")
    for name in ("pan", "zoom"):
        old, new = (statistics.median(results[s][name]) for s in ("old", "new"))
        print(f"| {name} | {old:.2f} ms | {new:.2f} ms | {new / old:.2f} |")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

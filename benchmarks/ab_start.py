"""CPU time (or instructions) of a cold start to the first painted frame, trees side by side.

    python benchmarks/ab_start.py OLD_TREE:OLD_DB NEW_TREE:NEW_DB [...] [--rounds 7] [--callgrind]

Each round starts, for every tree and for the empty PySide6 + pyqtgraph window (``probe.py
startup --baseline``), one fresh process running that tree's ``benchmarks/probe.py startup`` with
its own ``src`` first on the path, alternating the order from round to round so every side sees
the same load. The process is stopped where the probe's clock stops (the end of the window's
first frame: the probe's first ``peak_rss_mb`` call) and reports its CPU time (user + system,
every thread, from ``getrusage``) and its GUI thread's (``time.thread_time``). On a shared
2-core machine wall-clock starts swing by 2-3x with the load; the CPU time of the same work does
not, so it is what an A/B of start-up code should compare (minimum and median are given).

``--callgrind`` runs each side once under ``valgrind --tool=callgrind`` instead and gives the
instructions executed to the first frame (deterministic to a few parts in a thousand).
Each database must have been made for its tree (``run.py --out``); copy it first, since opening
it writes a WAL and a timeline cache next to it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: Run in the child: the tree's probe, stopped at the end of the first frame.
CHILD = r"""
import importlib.util, json, os, resource, sys, time
tree = sys.argv[1]
spec = importlib.util.spec_from_file_location("probe", tree + "/benchmarks/probe.py")
probe = importlib.util.module_from_spec(spec)
sys.argv = [tree + "/benchmarks/probe.py", *sys.argv[2:]]
spec.loader.exec_module(probe)

def stop():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"cpu": usage.ru_utime + usage.ru_stime, "thread": time.thread_time(),
                      "at": time.monotonic()}), flush=True)
    os._exit(0)

probe.peak_rss_mb = stop  # the probe's first call of it ends the first frame
probe.main()
"""


def sides(specs: list[str]) -> dict[str, tuple[str, list[str]]]:
    out: dict[str, tuple[str, list[str]]] = {}
    for spec in specs:
        tree, _, db = spec.partition(":")
        out[Path(tree).name or tree] = (tree, ["startup", "--db", db])
    first_tree = next(iter(out.values()))[0]
    out["empty window"] = (first_tree, ["startup", "--baseline"])
    return out


def run(tree: str, args: list[str], child: Path, *, callgrind: bool = False) -> dict:
    env = dict(os.environ, PYTHONPATH=str(Path(tree) / "src"), QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, str(child), tree, *args]
    if callgrind:
        with tempfile.TemporaryDirectory() as folder:
            out = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/cg.out", *cmd],
                                 env=env, capture_output=True, text=True)
        found = re.search(r"Collected : (\d+)", out.stderr)
        return {"instructions": int(found.group(1)) if found else None}
    started = time.monotonic()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["wall"] = result.pop("at") - started
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("trees", nargs="+", help="TREE:DB, the tree's database")
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--callgrind", action="store_true", help="instructions to the first frame, one run each")
    args = p.parse_args(argv)
    every = sides(args.trees)
    with tempfile.TemporaryDirectory() as folder:
        child = Path(folder) / "first_frame.py"
        child.write_text(CHILD, encoding="utf-8")
        if args.callgrind:
            counts = {name: run(tree, a, child, callgrind=True)["instructions"] for name, (tree, a) in every.items()}
            empty = counts["empty window"]
            for name, n in counts.items():
                print(f"{name:14s} {n / 1e6:8.0f} M instructions  {n / empty:5.2f}x the empty window")
            return 0
        results: dict[str, list[dict]] = {name: [] for name in every}
        for i in range(args.rounds):
            order = list(every) if i % 2 == 0 else list(reversed(every))
            for name in order:
                tree, a = every[name]
                results[name].append(run(tree, a, child))
    print(f"load average {os.getloadavg()[0]:.1f}, {args.rounds} rounds")
    empty = min(r["cpu"] for r in results["empty window"])
    for name, rows in results.items():
        cpu = [r["cpu"] for r in rows]
        thread = [r["thread"] for r in rows]
        wall = [r["wall"] for r in rows]
        print(f"{name:14s} cpu min {min(cpu):.3f} s median {statistics.median(cpu):.3f} s ({min(cpu) / empty:.2f}x empty)"
              f" | GUI thread min {min(thread):.3f} median {statistics.median(thread):.3f}"
              f" | wall min {min(wall):.3f} median {statistics.median(wall):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

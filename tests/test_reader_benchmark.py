"""benchmarks/reader.py runs end to end on a small source (no timing asserted: machines here
are noisy); it prints every figure with its target."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def test_the_reader_benchmark_reports_its_figures():
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "reader.py"), "--chars", "20000", "--passages", "50", "--runs", "1"],
        capture_output=True, text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ},
    )
    assert done.returncode == 0, done.stderr
    assert "50 passages" in done.stdout
    assert "set_source + first paint:" in done.stdout and "target < 100 ms" in done.stdout
    assert "coverage count" in done.stdout

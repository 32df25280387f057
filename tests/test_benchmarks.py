"""The benchmark's generator and runner work end to end on a tiny size.

No timings are asserted: machines here are noisy. What a user of ``make bench`` would notice is
checked instead: the generated data goes in through the data layer and reads back, every date
label is one the app can read, and the runner prints and writes every figure with its target.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from ally_explorer.core import vocab
from ally_explorer.core.fuzzydate import parse_fuzzy_date
from ally_explorer.db.store import Store

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
TINY = {"countries": 12, "events": 200, "statements": 50}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module


@pytest.fixture(scope="module")
def generate():
    return _load("generate")


@pytest.fixture(scope="module")
def tiny(generate):
    return generate.generate(seed=3, **TINY)


def test_generator_is_deterministic_for_a_seed(generate, tiny):
    assert generate.generate(seed=3, **TINY) == tiny
    assert generate.generate(seed=4, **TINY)["events"] != tiny["events"]


def test_tiny_dataset_has_the_sizes_asked_for_and_the_real_countries(generate, tiny):
    assert len(tiny["events"]) == 200
    assert len(tiny["statements"]) == 50
    assert {c["id"] for c in tiny["countries"]} == set(generate.REAL_COUNTRIES)
    assert tiny["alignments"] and tiny["figures"] and tiny["people"] and len(tiny["sources"]) > 1


def test_default_country_count_adds_generated_countries(generate):
    data = generate.generate(countries=40, events=300, statements=20, seed=1)
    ids = [c["id"] for c in data["countries"]]
    assert len(ids) == len(set(ids)) == 40
    assert set(generate.REAL_COUNTRIES) <= set(ids)


def test_every_date_label_is_readable_and_mixes_exact_and_fuzzy(generate):
    data = generate.generate(countries=30, events=2000, statements=100, seed=5)
    windows = [
        parse_fuzzy_date(e["date_label"])
        for section in ("events", "statements", "figures")
        for e in data[section]
        if "date_start" not in e
    ]
    exact = sum(w.exact for w in windows)
    assert 0.2 * len(windows) < exact < 0.5 * len(windows)
    assert any(w.days > 365 for w in windows)  # multi-year ranges
    synthetic = [w for w in windows if w.start.year >= 1945]
    assert min(w.start.year for w in synthetic) < 1970
    assert max(w.end.year for w in windows) <= 2025


def test_every_category_and_confidence_occurs_with_attributions_where_needed(generate):
    data = generate.generate(countries=30, events=1000, statements=100, seed=2)
    events = data["events"]
    assert set(Counter(e["category"] for e in events)) == set(vocab.CATEGORIES)
    assert set(Counter(e["confidence"] for e in events)) == set(vocab.CONFIDENCES)
    for e in events + data["statements"]:
        if e["confidence"] in vocab.NEEDS_ATTRIBUTION:
            assert e["attribution"]
    assert any(len(e["countries"]) >= 3 for e in events)


def test_write_db_goes_through_the_store_and_reads_back(generate, tiny, tmp_path):
    path = tmp_path / "tiny.db"
    seconds = generate.write_db(tiny, path)
    assert seconds > 0
    with Store.open(path, readonly=True) as store:
        counts = store.counts()
        assert counts["events"] == 200 and counts["statements"] == 50 and counts["countries"] == 12
        assert store.search("Russia")
        assert store.country_detail("BLR").events


def test_json_file_imports_into_the_same_counts(generate, tiny, tmp_path):
    from ally_explorer.db.transfer import import_json

    generate.write_json(tiny, tmp_path / "tiny.json")
    with Store.open(tmp_path / "from-json.db", create=True) as store:
        counts = import_json(store, tmp_path / "tiny.json", replace=True)
    assert counts["events"] == 200 and counts["statements"] == 50


def test_generator_command_line_writes_db_and_json(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / "generate.py"), "--countries", "12", "--events", "150",
         "--statements", "20", "--db", str(tmp_path / "g.db"), "--json", str(tmp_path / "g.json")],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["events"][149]
    with Store.open(tmp_path / "g.db", readonly=True) as store:
        assert store.counts()["events"] == 150


def test_runner_prints_and_writes_every_metric_with_its_target(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--sizes", "200", "--countries", "12",
         "--statements", "50", "--repeats", "1", "--build-repeats", "1", "--samples", "2",
         "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=600, env=env,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    run = _load("run")
    report = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert report["machine"]["cores"] >= 1 and report["machine"]["cpu"] is not None
    (size,) = report["sizes"]
    assert size["errors"] == {}
    for metric in run.METRICS:
        stats = size["stats"][metric.key]
        assert stats["n"] >= 1 and stats["p95"] >= stats["median"] >= 0, metric.key
    rows = {row["key"]: row for row in report["table"]}
    assert set(rows) == {m.key for m in run.METRICS}
    for key, target in run.targets_for(200).items():
        assert rows[key]["target"] == target.text
        assert rows[key]["met"] in ("yes", "no")
    printed = proc.stdout
    for metric in run.METRICS:
        assert metric.label.strip() in printed
    assert "met?" in printed and "p95" in printed
    assert (tmp_path / "results.md").read_text(encoding="utf-8").count("|") > 50


def test_percentile_interpolates_between_ranks():
    run = _load("run")
    assert run.percentile([1.0], 95) == 1.0
    assert run.percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert run.percentile(list(map(float, range(1, 101))), 95) == pytest.approx(95.05)

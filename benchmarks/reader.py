"""Opening the source reader on a 1 MB source with 1,000 cited passages; target: painted < 100 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/reader.py [--chars 1000000] [--passages 1000]

Measured, each the median of five runs: reading the text and its passages from the store,
and ``set_source`` plus the first paint of the reader (``grab()`` renders the widget as a screen
would); then the sentence count of the coverage bar, which the reader runs just after its
first paint. The database is built through the data layer (import_data), so the anchors are
the ones the app makes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 100.0


def make_text(chars: int) -> tuple[str, list[str]]:
    """A text of about ``chars`` characters made of distinct numbered sentences."""
    sentences, total, n = [], 0, 0
    while total < chars:
        n += 1
        s = (f"Sentence {n} of the long sample says that the delegation from Minsk met officials in Moscow "
             f"on day {n % 28 + 1} and reportedly agreed on item {n}.")
        sentences.append(s)
        total += len(s) + 1
    return "\n".join(sentences), sentences


def build(path: Path, chars: int, passages: int) -> None:
    from ally_explorer.db.store import Store
    from ally_explorer.db.transfer import import_data

    text, sentences = make_text(chars)
    step = max(1, len(sentences) // passages)
    cited = sentences[::step][:passages]
    data = {
        "sources": [{"id": "long", "title": "A long sample source (benchmark)", "text": text, "note": "Sample"}],
        "countries": [{"id": "BLR", "name": "Belarus"}],
        "events": [
            {"id": i + 1, "title": f"Item {i + 1}", "date_label": "2024", "category": "diplomatic",
             "confidence": ("confirmed", "reported", "claimed", "disputed")[i % 4],
             "attribution": None if i % 4 == 0 else "Unnamed reports", "countries": ["BLR"],
             "source_id": "long", "excerpt": s}
            for i, s in enumerate(cited)
        ],
    }
    with Store.open(path, create=True) as store:
        import_data(store, data, replace=True)


def measure(path: Path, runs: int = 5) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from ally_explorer.db.store import Store
    from ally_explorer.ui.widgets.source_reader import SourceReader

    app = QApplication.instance() or QApplication(sys.argv[:1])
    reads, paints, counts = [], [], []
    with Store.open(path, readonly=True) as store:
        for _ in range(runs):
            t0 = time.perf_counter()
            source = store.source("long")
            passages = store.source_passages("long")
            t1 = time.perf_counter()
            reader = SourceReader()
            reader.resize(1200, 800)
            reader.show()
            app.processEvents()
            t2 = time.perf_counter()
            reader.set_sources([("long", source.title)], "long")
            reader.set_source("long", source.text or "", passages)
            reader.grab()  # the first paint
            t3 = time.perf_counter()
            reader.update_coverage()  # counted right after the paint (a zero-time timer)
            t4 = time.perf_counter()
            reads.append((t1 - t0) * 1000)
            paints.append((t3 - t2) * 1000)
            counts.append((t4 - t3) * 1000)
            assert len(reader.text.extraSelections()) == len(passages)
            reader.close()
            reader.deleteLater()
            app.processEvents()
    return {"read_ms": statistics.median(reads), "open_and_paint_ms": statistics.median(paints),
            "coverage_ms": statistics.median(counts),
            "passages": float(len(passages)), "chars": float(len(source.text or ""))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--passages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reader.db"
        t0 = time.perf_counter()
        build(path, args.chars, args.passages)
        built = time.perf_counter() - t0
        result = measure(path, args.runs)
    print(f"reader: {result['chars']:,.0f} characters, {result['passages']:,.0f} passages (built in {built:.1f} s)")
    print(f"  read text and passages: {result['read_ms']:.1f} ms")
    ok = "ok" if result["open_and_paint_ms"] < TARGET_MS else "OVER TARGET"
    print(f"  set_source + first paint: {result['open_and_paint_ms']:.1f} ms (target < {TARGET_MS:.0f} ms: {ok})")
    print(f"  then the coverage count (after the paint): {result['coverage_ms']:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

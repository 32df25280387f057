"""`make bundle-check`: start the bundled program headless and make a screenshot, a PDF and a JSON export.

Fails (exit 1) when any of them fails or is empty, or when the folder outgrows BUNDLE_MAX_MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "build" / "bundle" / "ally-explorer"
BINARY = FOLDER / ("ally-explorer.exe" if os.name == "nt" else "ally-explorer")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    if not BINARY.exists():
        print(f"bundle-check: no bundle at {FOLDER}; run `make bundle` first", file=sys.stderr)
        return 1
    limit = float(os.environ.get("BUNDLE_MAX_MB", "150"))
    with tempfile.TemporaryDirectory(prefix="ally-bundle-check-") as tmp:
        out = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_DATA_HOME=str(out / "data"),
                   XDG_CONFIG_HOME=str(out / "config"), XDG_RUNTIME_DIR=tmp)
        runs = {
            "screenshot": ([str(BINARY), "--size", "1280x720", "--screenshot", str(out / "window.png")], out / "window.png"),
            "PDF handout": ([str(BINARY), "export", "--pdf", str(out / "handout.pdf"), "--country", "PRK"], out / "handout.pdf"),
            "JSON export": ([str(BINARY), "export", "--json", str(out / "data.json")], out / "data.json"),
        }
        failed = 0
        for name, (cmd, made) in runs.items():
            result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
            ok = result.returncode == 0 and made.is_file() and made.stat().st_size > 0
            print(f"{'ok  ' if ok else 'FAIL'} {name}: {made.name} ({made.stat().st_size if made.exists() else 0:,} bytes)")
            if not ok:
                failed += 1
                print(result.stderr.strip()[-2000:], file=sys.stderr)
        handout = out / "handout.pdf"
        if handout.exists() and not handout.read_bytes().startswith(b"%PDF"):
            print("FAIL the handout is not a PDF", file=sys.stderr)
            failed += 1
    size = folder_size(FOLDER) / 1e6
    print(f"bundle folder: {size:.0f} MB = {size * 1e6 / 2**20:.0f} MiB ({FOLDER.relative_to(ROOT)}), limit {limit:.0f} MB")
    if size > limit:
        print(f"FAIL the bundle is larger than {limit:.0f} MB", file=sys.stderr)
        failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

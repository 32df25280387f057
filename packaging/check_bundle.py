"""`make bundle-check`: run the bundled program headless through everything the spec's exclusions
could break, and check the folder's size.

- the window (English, Ukrainian, the map, the dark theme) as screenshots; the Ukrainian one must
  differ from the English one (the interface's and Qt's translations are in the bundle);
- the exports: PDF handout, quiz worksheet, SVG and JPEG pictures (Qt's SVG and JPEG plug-ins),
  JSON; a damaged database refused in one line naming the file (in English, and in Ukrainian
  under ``--lang uk``: db/opening.py's messages are translated); ``serve`` (Datasette, left out)
  refused in one line, never a traceback;
- every library of the folder finds the libraries it links (``ldd``), and the libraries call no
  ICU service whose data ``icu_trim.py`` removed.

Fails (exit 1) when any of them fails, or when the folder outgrows BUNDLE_MAX_MB. BUNDLE_CHECK_KEEP=DIR
keeps the pictures there to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "build" / "bundle" / "ally-explorer"
BINARY = FOLDER / ("ally-explorer.exe" if os.name == "nt" else "ally-explorer")
sys.path.insert(0, str(Path(__file__).resolve().parent))
import icu_trim  # noqa: E402


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _elf_files(folder: Path) -> list[Path]:
    out = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def unresolved_libraries(folder: Path) -> list[str]:
    """``ldd`` over every ELF file, with the library path the bundle's program sets up."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    internal = folder / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal if internal.is_dir() else folder))
    problems = []
    for path in _elf_files(folder):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            if "not found" in line:
                problems.append(f"{path.relative_to(folder)}: {line.strip()}")
    return problems


def main() -> int:
    if not BINARY.exists():
        print(f"bundle-check: no bundle at {FOLDER}; run `make bundle` first", file=sys.stderr)
        return 1
    limit = float(os.environ.get("BUNDLE_MAX_MB", "150"))
    failed = 0

    def report(ok: bool, what: str, detail: str = "") -> None:
        nonlocal failed
        print(f"{'ok  ' if ok else 'FAIL'} {what}" + (f": {detail}" if detail else ""))
        failed += 0 if ok else 1

    with tempfile.TemporaryDirectory(prefix="ally-bundle-check-") as tmp:
        out = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_DATA_HOME=str(out / "data"),
                   XDG_CONFIG_HOME=str(out / "config"), XDG_RUNTIME_DIR=tmp, LANG="C.UTF-8")
        env.pop("LANGUAGE", None)
        env.pop("LC_ALL", None)
        shot = [str(BINARY), "--size", "1280x720", "--lang", "en", "--screenshot"]
        runs = {
            "screenshot": (shot + [str(out / "window.png")], out / "window.png"),
            "screenshot in Ukrainian": ([str(BINARY), "--size", "1280x720", "--lang", "uk", "--screenshot",
                                         str(out / "window-uk.png")], out / "window-uk.png"),
            "screenshot of the map": (shot + [str(out / "map.png"), "--view", "map"], out / "map.png"),
            "screenshot, dark theme": (shot + [str(out / "dark.png"), "--theme", "dark"], out / "dark.png"),
            "PDF handout": ([str(BINARY), "export", "--pdf", str(out / "handout.pdf"), "--country", "PRK"], out / "handout.pdf"),
            "PDF worksheet": ([str(BINARY), "export", "--worksheet", str(out / "quiz.pdf"), "--seed", "3"], out / "quiz.pdf"),
            "SVG timeline": ([str(BINARY), "export", "--svg", str(out / "timeline.svg"), "--size", "1200x700"], out / "timeline.svg"),
            "JPEG timeline": ([str(BINARY), "export", "--png", str(out / "timeline.jpg"), "--size", "1200x700"], out / "timeline.jpg"),
            "JSON export": ([str(BINARY), "export", "--json", str(out / "data.json")], out / "data.json"),
        }
        for name, (cmd, made) in runs.items():
            result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
            ok = result.returncode == 0 and made.is_file() and made.stat().st_size > 0
            report(ok, name, f"{made.name} ({made.stat().st_size if made.exists() else 0:,} bytes)")
            if not ok:
                print(result.stderr.strip()[-2000:], file=sys.stderr)
        for made, magic in (("handout.pdf", b"%PDF"), ("quiz.pdf", b"%PDF"), ("timeline.jpg", b"\xff\xd8\xff"),
                            ("window.png", b"\x89PNG"), ("timeline.svg", b"<?xml")):
            if (out / made).exists():
                report((out / made).read_bytes().startswith(magic), f"{made} is what its name says")
        en, uk = out / "window.png", out / "window-uk.png"
        if en.exists() and uk.exists():
            report(en.read_bytes() != uk.read_bytes(), "the Ukrainian window differs from the English one")

        damaged = out / "damaged.db"
        damaged.write_bytes(b"SQLite format 3\x00" + b"\x10\x00\x01\x01" + b"\xff" * 4000)
        result = subprocess.run([str(BINARY), "--db", str(damaged), "--screenshot", str(out / "no.png"), "--lang", "en"],
                                capture_output=True, text=True, env=env, timeout=300)
        err = result.stderr.strip()
        report(result.returncode != 0 and damaged.name in err and "Traceback" not in err and len(err.splitlines()) == 1,
               "a damaged database is refused in one line", err[:160])
        result = subprocess.run([str(BINARY), "--db", str(damaged), "--screenshot", str(out / "no.png"), "--lang", "uk"],
                                capture_output=True, text=True, env=env, timeout=300)
        err = result.stderr.strip()
        report(result.returncode != 0 and f"{damaged.name} пошкоджено" in err and "Файл ▸" in err,
               "... and in Ukrainian with --lang uk", err[:160])
        keep = os.environ.get("BUNDLE_CHECK_KEEP")  # a folder to copy the pictures to, to look at them
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            for made in ("window.png", "window-uk.png", "map.png", "dark.png", "timeline.jpg", "timeline.svg"):
                if (out / made).exists():
                    shutil.copyfile(out / made, Path(keep) / made)
        result = subprocess.run([str(BINARY), "serve", "--port", "0"], capture_output=True, text=True, env=env, timeout=120)
        err = result.stderr.strip()
        report(result.returncode != 0 and "Datasette" in err and "Traceback" not in err,
               "serve (not in the bundle) is refused in one line", err[:160])

    missing = unresolved_libraries(FOLDER)
    report(not missing, "every library finds the libraries it links", "; ".join(missing[:5]))
    unexpected = icu_trim.unexpected_icu_calls(FOLDER)
    report(not unexpected, "no library calls an ICU service whose data was trimmed",
           ", ".join(f"{k} ({', '.join(sorted(v))})" for k, v in sorted(unexpected.items())[:5]))

    size = folder_size(FOLDER) / 1e6
    print(f"bundle folder: {size:.1f} MB = {size * 1e6 / 2**20:.1f} MiB ({FOLDER.relative_to(ROOT)}), limit {limit:.0f} MB")
    report(size <= limit, f"the bundle is at most {limit:.0f} MB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

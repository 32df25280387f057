"""``make translations``: the interface's strings into translations/*.ts, compiled into the package.

1. ui/core_words.py's catalogue of core/'s labels is regenerated;
2. ``pyside6-lupdate`` reads every module of the package and updates each .ts (new strings
   come in unfinished, vanished ones go: ``-no-obsolete``; no line numbers, so an edit
   elsewhere in a file does not touch the .ts);
3. ``pyside6-lrelease`` compiles each .ts into src/ally_explorer/translations/*.qm, which is
   committed (a fresh clone runs without Qt's tools; tests/ui/test_i18n.py fails when a .qm
   is older than its .ts or a string of the code is missing from a .ts).

To add a language: ``python tools/translations.py --new de``, translate translations/ally_explorer_de.ts
(Qt Linguist: ``pyside6-linguist``), add "de" to ui/i18n.py's LANGUAGES, run ``make translations``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "ally_explorer"
TS_DIR = ROOT / "translations"
QM_DIR = PACKAGE / "translations"
#: How many plural forms each language has (Qt's rules: Ukrainian one / few / many).
PLURAL_FORMS = {"uk": 3, "en": 2}


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    if found.exists():
        return str(found)
    return shutil.which(name) or name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    """Update ``ts`` from the code, keeping every translation made so far.

    lupdate marks as plural only ``self.tr(text, "", n)``; our ``translate(context, text, "", n)``
    comes in as a plain message (and lupdate would drop its plural forms). So every message whose
    source has ``%n`` is made plural here, and its forms are put back from before."""
    before = _translations(ts) if ts.exists() else {}
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", "-locations", "none",
                    "-target-language", language, "-silent"], cwd=ROOT, check=True)
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            old = before.get((name, source))
            translation = message.find("translation")
            if "%n" in source:
                message.set("numerus", "yes")
            lost = not (translation.text or "").strip() and not len(translation)
            if old is not None and (lost or ("%n" in source and len(old))):
                message.remove(translation)
                message.append(old)
            translation = message.find("translation")
            if "%n" in source and not len(translation):
                text = translation.text or ""
                translation.text = None
                for _ in range(PLURAL_FORMS.get(language, 2)):
                    ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> its <translation> element, for the messages translated so far."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and ((translation.text or "").strip() or len(translation)):
                out[(name, message.findtext("source") or "")] = translation
    return out


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new", metavar="LANG", help="start translations/ally_explorer_LANG.ts")
    args = parser.parse_args(argv)
    subprocess.run([sys.executable, "-m", "ally_explorer.ui.core_words"], cwd=ROOT, check=True)
    TS_DIR.mkdir(exist_ok=True)
    QM_DIR.mkdir(exist_ok=True)
    if args.new:
        lupdate(TS_DIR / f"ally_explorer_{args.new}.ts", args.new)
    for ts in sorted(TS_DIR.glob("ally_explorer_*.ts")):
        language = ts.stem.removeprefix("ally_explorer_")
        lupdate(ts, language)
        lrelease(ts, QM_DIR / f"ally_explorer_{language}.qm")
        print(f"{ts.relative_to(ROOT)} -> {(QM_DIR / ts.with_suffix('.qm').name).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Write the dataset as the TOML files of ``data/``, so a class or a newsroom shares edits in git.

    ally-explorer export --toml DIR     # then: ally-explorer build-db --data DIR --out new.db

The layout and keys are the ones data/README.md documents and ``db/build.py`` reads:
``sources.toml``, ``people.toml``, ``countries/<ISO3>.toml`` and ``framing.toml``. Output is
stable (same data, same bytes; keys in a fixed order, one entry per table, empty values left
out), so one edit is a small diff. Entries go in id order into the file of their country;
an event goes to ``framing.toml`` (with its full country list) only when its country's file
comes earlier than an entry already written, which keeps the build's numbering: building the
folder gives back the same ids whenever they follow the files' order, as a build makes them.
Tours and the change history belong to the app, not to the dataset, and are not written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..core.fuzzydate import FuzzyDateError, parse_fuzzy_date
from .build import COUNTRY_FILE_ORDER
from .csv_tables import write_atomically
from .store import Store
from .transfer import export_data

DEFAULT_SOURCE = "article"

_COUNTRY_KEYS = ("id", "iso2", "iso_numeric", "name", "aliases", "region", "focus", "headline", "summary")
_PERSON_KEYS = ("id", "name", "role", "country", "note")
_SOURCE_KEYS = ("id", "title", "author", "publisher", "published", "url", "licence", "note", "text_file")
_DATE_KEYS = ("date", "date_start", "date_end")
_TAIL = ("confidence", "attribution")
_KEYS = {
    "alignments": ("stance", *_DATE_KEYS, "ongoing", *_TAIL, "note", "excerpt", "source"),
    "figures": ("label", "value", "value_high", "qualifier", "unit", *_DATE_KEYS, *_TAIL, "excerpt", "note", "source"),
    "events": ("title", *_DATE_KEYS, "category", *_TAIL, "importance", "countries", "description", "excerpt", "note", "source"),
    "statements": ("text", "speaker", "country", *_DATE_KEYS, "context", *_TAIL, "excerpt", "note", "source"),
}
#: Verbatim text, written as TOML literal strings ('''...''') so it reads exactly as quoted.
_VERBATIM = {"excerpt"}
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _basic(text: str) -> str:
    out = []
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _literal_ok(text: str) -> bool:
    """A ''' literal holds it verbatim: no ''' inside, no control characters but newlines and
    tabs, and no leading newline or trailing quote (TOML trims or merges those)."""
    return ("'''" not in text and not text.startswith(("\n", "\r")) and not text.endswith("'")
            and not any((ord(c) < 0x20 and c not in "\n\t") or ord(c) == 0x7F for c in text))


def _value(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 2**53:
            return str(int(value))  # the build stores it as REAL again
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(key, v) for v in value) + "]"
    text = str(value)
    if key in _VERBATIM and _literal_ok(text):
        return f"'''{text}'''"
    return _basic(text)


def _table(header: str, entry: dict[str, Any], keys: Iterable[str]) -> str:
    lines = [header]
    for key in keys:
        value = entry.get(key)
        if value is None or value == "" or value == []:
            continue
        name = key if _BARE_KEY.match(key) else _basic(key)
        lines.append(f"{name} = {_value(key, value)}")
    return "\n".join(lines) + "\n"


def _dated(entry: dict[str, Any]) -> dict[str, Any]:
    """Column names -> TOML's short names; the window only where the words do not give it."""
    out = dict(entry)
    label = out.pop("date_label")
    out["date"] = label
    try:
        implied = parse_fuzzy_date(label).iso()
    except FuzzyDateError:
        implied = None
    if implied == (out["date_start"], out["date_end"]):
        del out["date_start"], out["date_end"]
    source = out.pop("source_id", None)
    if source != DEFAULT_SOURCE:
        out["source"] = source
    return out


def _file_order(countries: Iterable[str]) -> list[str]:
    ids = set(countries)
    return [c for c in COUNTRY_FILE_ORDER if c in ids] + sorted(ids - set(COUNTRY_FILE_ORDER))


def _place(entries: list[dict[str, Any]], home: str, order: list[str]) -> tuple[dict[str, list], list]:
    """Each entry into its country's file while the files' order allows, else into framing."""
    rank = {c: i for i, c in enumerate(order)}
    files: dict[str, list] = {c: [] for c in order}
    framing: list = []
    at = 0
    for entry in entries:
        country = entry.get(home)
        if framing or country not in rank or rank[country] < at:
            framing.append(entry)
        else:
            at = rank[country]
            files[country].append(entry)
    return files, framing


def text_file_name(source_id: str) -> str:
    """Where the TOML layout keeps a source's text: ``source-article.txt`` for ``article``."""
    return f"source-{source_id}.txt"


def toml_files(store: Store) -> dict[str, str]:
    """Relative path -> file text, for the whole dataset."""
    data = export_data(store)
    order = _file_order(c["id"] for c in data["countries"])
    out: dict[str, str] = {}
    sources = []
    for s in data["sources"]:  # a text goes beside, verbatim, in a file of its own
        if s.get("text") is not None:
            s = dict(s, text_file=text_file_name(s["id"]))
            out[s["text_file"]] = data_text = s["text"]
            assert data_text is not None
        sources.append(s)
    out["sources.toml"] = "# Where the dataset's claims come from (written by ally-explorer export --toml).\n" + "".join(
        "\n" + _table("[[sources]]", s, _SOURCE_KEYS) for s in sources)
    people = [dict(p, country=p.get("country_id")) for p in data["people"]]
    out["people.toml"] = "# Everyone who speaks or acts in the dataset.\n" + "".join(
        "\n" + _table("[[people]]", p, _PERSON_KEYS) for p in people)

    events = [_dated(e) for e in data["events"]]
    for e in events:
        e["home"] = e["countries"][0] if e["countries"] else None
    statements = [_dated(s) | {"speaker": s.get("person_id"), "home": s.get("country_id")} for s in data["statements"]]
    event_files, framing_events = _place(events, "home", order)
    statement_files, framing_statements = _place(statements, "home", order)
    by_country: dict[str, dict[str, list]] = {c: {"alignments": [], "figures": []} for c in order}
    for section in ("alignments", "figures"):
        for entry in data[section]:
            by_country[entry["country_id"]][section].append(_dated(entry))

    for country in data["countries"]:
        cid = country["id"]
        parts = [_table("[country]", country, _COUNTRY_KEYS)]
        for section in ("alignments", "figures"):
            parts += [_table(f"[[{section}]]", e, _KEYS[section]) for e in by_country[cid][section]]
        parts += [
            _table("[[events]]", e | {"countries": e["countries"][1:]}, _KEYS["events"]) for e in event_files[cid]
        ]
        parts += [
            _table("[[statements]]", s | {"country": None}, _KEYS["statements"]) for s in statement_files[cid]
        ]
        out[f"countries/{cid}.toml"] = "\n".join(parts)
    framing = [_table("[[events]]", e, _KEYS["events"]) for e in framing_events]
    framing += [_table("[[statements]]", s | {"country": s["home"]}, _KEYS["statements"]) for s in framing_statements]
    out["framing.toml"] = "# Entries listing every country they concern.\n" + "".join("\n" + t for t in framing)
    return out


def export_toml(store: Store, folder: str | Path) -> list[Path]:
    """Write the files under ``folder`` (each through a temporary file renamed over it);
    country files of countries no longer in the dataset are removed."""
    folder = Path(folder)
    (folder / "countries").mkdir(parents=True, exist_ok=True)
    files = toml_files(store)
    written = []
    for rel, text in sorted(files.items()):
        path = folder / rel
        write_atomically(path, [text])
        written.append(path)
    for stale in (folder / "countries").glob("*.toml"):
        if f"countries/{stale.name}" not in files:
            stale.unlink()
    return written

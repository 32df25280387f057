"""CSV export and import of whole tables, typed, with NULL kept apart from empty text.

The folder holds one ``<table>.csv`` per table (header row first) and ``types.json``, which
names each column's SQLite type. The rules, so any tool can read the files back exactly:

- text is always in double quotes, so ``"008"`` stays text and ``""`` is an empty text;
- an unquoted empty field is NULL (the PostgreSQL ``COPY ... CSV`` convention);
- numbers are unquoted; a column that ``types.json`` calls TEXT is read as text even when a
  spreadsheet saved it without quotes.

``excel=True`` starts every file with a UTF-8 byte-order mark, which Excel on Windows needs
to read anything beyond ASCII. Import reads the files back into the JSON export's shape and
goes through the same checks as a JSON import (all or nothing).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..core.entities import ENTITIES
from .atomicfile import atomic_files, atomic_write
from .store import PRIMARY_KEYS, TABLE_COLUMNS, TABLE_ORDER, Store

#: The dataset and the app's own tables (country_event_counts is a cache and left out).
USER_TABLES: tuple[str, ...] = (*TABLE_ORDER[:-1], "tours", "tour_items", "anchors", "changes")
#: The UN General Assembly tables (870k votes: ``un=True`` only).
UN_TABLES: tuple[str, ...] = (
    "un_countries", "un_roll_calls", "un_roll_call_issues", "un_vote_kinds", "un_votes", "un_agreement",
)
TYPES_FILE = "types.json"
_EXTRA_KEYS = {"tours": ("id",), "changes": ("id",)}


class CsvError(ValueError):
    """A CSV file that cannot be read back; the message names the file and line."""


def _field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, bytes):
        value = value.hex()
    return '"' + str(value).replace('"', '""') + '"'


def csv_line(values: Iterable[Any]) -> str:
    return ",".join(map(_field, values)) + "\r\n"


def parse_csv(text: str, name: str = "file") -> Iterator[tuple[int, list[tuple[str, bool]]]]:
    """RFC 4180 records as (first line number, [(text, was_quoted), ...]): the csv module
    cannot tell ``""`` from an empty field, and that difference is NULL versus empty text here."""
    i, n, line = 0, len(text), 1
    if text.startswith("\ufeff"):
        i = 1
    while i < n:
        record: list[tuple[str, bool]] = []
        first = line
        while True:
            if i < n and text[i] == '"':
                i += 1
                parts = []
                while True:
                    j = text.find('"', i)
                    if j < 0:
                        raise CsvError(f"{name} line {line}: a quoted field never ends")
                    parts.append(text[i:j])
                    if text.startswith('""', j):
                        parts.append('"')
                        i = j + 2
                        continue
                    i = j + 1
                    break
                value = "".join(parts)
                line += value.count("\n")
                record.append((value, True))
            else:
                j = i
                while j < n and text[j] not in ',\r\n':
                    j += 1
                if '"' in text[i:j]:
                    raise CsvError(f"{name} line {line}: a quote inside an unquoted field")
                record.append((text[i:j], False))
                i = j
            if i < n and text[i] == ",":
                i += 1
                continue
            if i < n and text[i] not in "\r\n":
                raise CsvError(f"{name} line {line}: text after a closing quote")
            if text.startswith("\r\n", i):
                i += 2
            elif i < n:
                i += 1
            line += 1
            break
        yield first, record


def _types(store: Store, table: str) -> dict[str, str]:
    return {row[1]: (row[2] or "").upper() for row in store.conn.execute(f"PRAGMA table_info([{table}])")}


def _columns(store: Store, table: str) -> tuple[str, ...]:
    return TABLE_COLUMNS.get(table) or tuple(_types(store, table))


def _order(store: Store, table: str) -> str:
    keys = PRIMARY_KEYS.get(table) or _EXTRA_KEYS.get(table)
    if not keys:
        keys = tuple(row[1] for row in sorted(
            (r for r in store.conn.execute(f"PRAGMA table_info([{table}])") if r[5]), key=lambda r: r[5]))
    return ", ".join(keys)


def write_atomically(path: Path, chunks: Iterable[str], *, bom: bool = False) -> None:
    """One text file, all or nothing, through the app's one write path (db/atomicfile.py)."""
    atomic_write(path, ("\ufeff" if bom else "") + "".join(chunks))


def export_tables_csv(store: Store, folder: str | Path, *, un: bool = False, excel: bool = False) -> list[Path]:
    """Every user table (and with ``un`` the UN tables) as ``<table>.csv``, plus ``types.json``.

    The set is written as one (``atomic_files``): every file goes to a temporary file first and
    only when all were written are they renamed into place, so a failure leaves the earlier set
    as it was, and a folder that holds the open database under a table's name is refused first."""
    folder = Path(folder)
    tables = USER_TABLES + (UN_TABLES if un else ())
    files: dict[str, bytes] = {}
    types: dict[str, dict[str, str]] = {}
    bom = "\ufeff" if excel else ""
    for table in tables:
        cols = _columns(store, table)
        declared = _types(store, table)
        types[table] = {c: declared[c] for c in cols}
        rows = store.conn.execute(f"SELECT {', '.join(cols)} FROM [{table}] ORDER BY {_order(store, table)}")
        files[f"{table}.csv"] = (bom + "".join(_lines(cols, rows))).encode("utf-8")
    doc = {
        "format": "ally-explorer-csv",
        "version": 1,
        "null": "an unquoted empty field; \"\" is an empty text",
        "text": "always quoted; a TEXT column is text even when unquoted",
        "tables": types,
    }
    files[TYPES_FILE] = (json.dumps(doc, indent=2) + "\n").encode("utf-8")
    return atomic_files(folder, files)


def _lines(cols: tuple[str, ...], rows: Iterable[tuple]) -> Iterator[str]:
    yield csv_line(cols)
    for row in rows:
        yield csv_line(row)


def _value(text: str, quoted: bool, kind: str, where: str) -> Any:
    if quoted or "CHAR" in kind or "TEXT" in kind or "CLOB" in kind:
        return text if (quoted or text) else None
    if text == "":
        return None
    try:
        if "INT" in kind:
            return int(text)
        return float(text) if kind in ("REAL", "FLOAT", "DOUBLE", "NUMERIC") or not text.lstrip("-").isdigit() else int(text)
    except ValueError:
        raise CsvError(f"{where}: {text!r} is not a number") from None


def read_table(folder: Path, table: str, types: dict[str, str]) -> list[dict[str, Any]]:
    """The rows of ``<table>.csv`` as dicts with typed values; [] when the file is absent."""
    path = folder / f"{table}.csv"
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise CsvError(f"{path.name}: not UTF-8 text (byte {e.start})") from None
    records = parse_csv(text, path.name)
    header = [name for name, _ in next(records, (1, []))[1]]
    rows = []
    for number, record in records:
        if record == [("", False)] and len(header) > 1:
            continue  # a blank line
        if len(record) != len(header):
            raise CsvError(f"{path.name} line {number}: {len(record)} fields, the header has {len(header)}")
        rows.append({
            col: _value(text, quoted, types.get(col, ""), f"{path.name} line {number} column {col}")
            for col, (text, quoted) in zip(header, record)
        })
    return rows


def read_csv_dataset(folder: str | Path) -> dict[str, Any]:
    """A CSV export as a dataset in the JSON export's shape (for ``import_data``)."""
    from .transfer import SECTIONS, _entry_from_row

    folder = Path(folder)
    types_path = folder / TYPES_FILE
    if not folder.is_dir():
        raise CsvError(f"{folder}: not a folder")
    declared: dict[str, dict[str, str]] = {}
    if types_path.exists():
        try:
            declared = json.loads(types_path.read_text(encoding="utf-8"))["tables"]
        except (ValueError, KeyError, TypeError):
            raise CsvError(f"{TYPES_FILE}: not a types file written by Ally Explorer") from None
    defaults = {t: _default_types(t) for t in USER_TABLES}

    def rows(table: str) -> list[dict[str, Any]]:
        return read_table(folder, table, declared.get(table) or defaults.get(table, {}))

    links: dict[Any, list[str]] = {}
    for link in sorted(rows("event_countries"), key=lambda r: (r.get("event_id"), r.get("position") or 0)):
        links.setdefault(link.get("event_id"), []).append(link.get("country_id"))
    data: dict[str, Any] = {"format": "ally-explorer", "version": 1}
    for section, name in SECTIONS:
        entity = ENTITIES[name]
        data[section] = []
        for row in rows(entity.table):
            missing = [c for c in TABLE_COLUMNS[entity.table] if c not in row]
            if missing:
                raise CsvError(f"{entity.table}.csv: no column {missing[0]!r}")
            try:
                entry = _entry_from_row(entity, row, links.get(row["id"], []) if name == "event" else None)
            except ValueError:
                raise CsvError(f"{entity.table}.csv: aliases must be a JSON list (id {row['id']!r})") from None
            data[section].append(entry)
    steps: dict[Any, list[list[Any]]] = {}
    for item in sorted(rows("tour_items"), key=lambda r: (r.get("tour_id"), r.get("position"))):
        steps.setdefault(item.get("tour_id"), []).append([item.get("kind"), item.get("item_id")])
    data["tours"] = [
        {"id": t.get("id"), "name": t.get("name"), "note": t.get("note"), "items": steps.get(t.get("id"), [])}
        for t in rows("tours")
    ]
    data["anchors"] = rows("anchors")
    return data


def _default_types(table: str) -> dict[str, str]:
    from .schema_doc import migrated_schema

    conn = migrated_schema()
    return {row[1]: (row[2] or "").upper() for row in conn.execute(f"PRAGMA table_info([{table}])")}


def read_csv_import(folder: str | Path) -> dict[str, Any]:
    """A CSV export read for importing, or ImportRefused naming the file and line."""
    from .transfer import ImportRefused, Problem

    try:
        return read_csv_dataset(folder)
    except CsvError as e:
        where, _, message = str(e).partition(": ")
        raise ImportRefused([Problem(where, "", message)]) from None
    except OSError as e:
        raise ImportRefused([Problem(str(folder), "", e.strerror or str(e))]) from None


def import_tables_csv(store: Store, folder: str | Path, *, replace: bool = False, progress=None) -> dict[str, int]:
    """Import a CSV export, all or nothing (the checks of a JSON import). UN tables and the
    change history are not imported: ``import-unvotes`` loads the UN data."""
    from .transfer import import_data

    return import_data(store, read_csv_import(folder), replace=replace, progress=progress)


#: The names the rest of the app uses.
export_csv = export_tables_csv
import_csv = import_tables_csv

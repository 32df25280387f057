"""Build ``data/allies.db`` from the readable TOML files in ``data/``, deterministically.

    python -m ally_explorer.db.build [--data DIR] [--out FILE]

The same files always give the same rows and ids: entries are numbered in file order, countries
in ``COUNTRY_FILE_ORDER`` (then any others, by code), then ``framing.toml``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from ..core.errors import AllyError
from .store import Store
from .transfer import ImportRefused, Problem, import_data
from . import unvotes

#: The article's order: the nine allies, then the context countries.
COUNTRY_FILE_ORDER = ("BLR", "IRN", "PRK", "CHN", "IND", "SYR", "HUN", "SVK", "TUR", "RUS", "UKR", "USA")


class BuildError(AllyError):
    pass


def _load(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise BuildError(f"{path}: {e}") from None


def _read_text(data_dir: Path, name: Any) -> str:
    path = data_dir / str(name)
    if not isinstance(name, str) or Path(name).is_absolute() or ".." in Path(name).parts:
        raise BuildError(f"sources.toml: text_file {name!r} must be a file name inside {data_dir}")
    from .sources import normalise  # the rule every stored text follows (line breaks, ends)

    try:
        return normalise(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise BuildError(f"{path}: cannot read the source text ({e})") from None


def _dated(entry: dict[str, Any]) -> dict[str, Any]:
    """TOML's short names -> the dataset's column names."""
    out = dict(entry)
    if "date" in out:
        out["date_label"] = out.pop("date")
    out["source_id"] = out.pop("source", "article")
    return out


def _country_files(data_dir: Path) -> list[Path]:
    folder = data_dir / "countries"
    files = {p.stem.upper(): p for p in folder.glob("*.toml")}
    order = [c for c in COUNTRY_FILE_ORDER if c in files] + sorted(set(files) - set(COUNTRY_FILE_ORDER))
    return [files[c] for c in order]


def read_dataset(data_dir: str | Path) -> dict[str, Any]:
    """The TOML files as one dataset in the JSON export's shape, with ids assigned."""
    return _read(Path(data_dir))[0]


def _read(data_dir: Path) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The dataset, and for each entry the file and table it came from (for error messages)."""
    data: dict[str, Any] = {
        "sources": [], "countries": [], "people": [],
        "events": [], "statements": [], "alignments": [], "figures": [],
    }
    origins: dict[str, list[str]] = {section: [] for section in data}
    numbers: dict[tuple[str, str], int] = {}

    def add(section: str, entry: dict[str, Any], where: str) -> None:
        n = numbers[where, section] = numbers.get((where, section), 0) + 1
        origins[section].append(f"{where} [[{section}]] #{n}")
        data[section].append(entry)

    for source in _load(data_dir / "sources.toml").get("sources", []):
        source = dict(source)
        if "text_file" in source:  # the text, verbatim, in a file beside (data/source-article.txt)
            source["text"] = _read_text(data_dir, source.pop("text_file"))
        add("sources", source, "sources.toml")
    for person in _load(data_dir / "people.toml").get("people", []):
        person = dict(person)
        if "country" in person:
            person["country_id"] = person.pop("country")
        add("people", person, "people.toml")

    def add_event(event: dict[str, Any], file_country: str | None, where: str) -> None:
        event = _dated(event)
        others = list(event.pop("countries", []))
        event["countries"] = ([file_country] if file_country else []) + [c for c in others if c != file_country]
        add("events", event, where)

    def add_statement(statement: dict[str, Any], file_country: str | None, where: str) -> None:
        statement = _dated(statement)
        if "speaker" in statement:
            statement["person_id"] = statement.pop("speaker")
        statement["country_id"] = statement.pop("country", file_country)
        add("statements", statement, where)

    for path in _country_files(data_dir):
        doc = _load(path)
        country = dict(doc.get("country", {}))
        cid = country.get("id")
        if cid != path.stem.upper():
            raise BuildError(f"{path}: [country] id {cid!r} does not match the file name")
        where = f"countries/{path.name}"
        add("countries", country, where)
        for alignment in doc.get("alignments", []):
            add("alignments", _dated(alignment) | {"country_id": cid}, where)
        for figure in doc.get("figures", []):
            add("figures", _dated(figure) | {"country_id": cid}, where)
        for event in doc.get("events", []):
            add_event(event, cid, where)
        for statement in doc.get("statements", []):
            add_statement(statement, cid, where)
        unknown = set(doc) - {"country", "alignments", "figures", "events", "statements"}
        if unknown:
            raise BuildError(f"{path}: unknown tables {sorted(unknown)}")
    framing = data_dir / "framing.toml"
    if framing.exists():
        doc = _load(framing)
        for event in doc.get("events", []):
            add_event(event, None, framing.name)
        for statement in doc.get("statements", []):
            add_statement(statement, None, framing.name)
    for section in ("events", "statements", "alignments", "figures"):
        for i, entry in enumerate(data[section], start=1):
            entry["id"] = i
    return data, origins


def build(data_dir: str | Path, out: str | Path) -> dict[str, int]:
    """Write a fresh database at ``out`` (replacing it only once the build has succeeded)."""
    data, origins = _read(Path(data_dir))
    out = Path(out)
    fd, tmp_name = tempfile.mkstemp(prefix=".allies-", suffix=".db", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        with Store.open(tmp, create=True) as store:
            try:
                counts = import_data(store, data, replace=True)
            except ImportRefused as e:
                raise ImportRefused([_locate(p, origins) for p in e.problems]) from None
            un_files = unvotes.bundled_files(Path(data_dir) / "unga")
            if un_files:  # the UN General Assembly votes, vendored in data/unga
                counts |= unvotes.import_unvotes(store, *un_files)
            # A random stamp id would make every build differ: one made from what was built.
            digest = hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:32]
            store.conn.execute("UPDATE content_stamp SET database_id = ?", [f"build-{digest}"])
            store.conn.commit()
            store.conn.execute("PRAGMA optimize")
            store.conn.execute("VACUUM")  # pack the votes' pages: ~1.5 MB less in git
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return counts


def _locate(problem: Problem, origins: dict[str, list[str]]) -> Problem:
    """'events[3]' -> 'countries/PRK.toml [[events]] #2', which a person can find."""
    section, _, rest = problem.position.partition("[")
    try:
        where = origins[section][int(rest.rstrip("]"))]
    except (KeyError, ValueError, IndexError):
        return problem
    return Problem(where, problem.field, problem.message)


def default_paths() -> tuple[Path, Path]:
    """The repository's data folder, when run from a checkout."""
    root = Path(__file__).resolve().parents[3]
    return root / "data", root / "data" / "allies.db"


def main(argv: list[str] | None = None) -> int:
    data_dir, out = default_paths()
    parser = argparse.ArgumentParser(prog="ally-explorer build-db", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=data_dir, help="folder with the TOML files")
    parser.add_argument("--out", type=Path, default=out, help="database file to write")
    args = parser.parse_args(argv)
    try:
        counts = build(args.data, args.out)
    except ImportRefused as e:
        for problem in e.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    except (AllyError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

__all__ = ["build", "read_dataset", "main", "Problem", "COUNTRY_FILE_ORDER"]

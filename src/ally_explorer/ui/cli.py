"""The ``ally-explorer`` command: the window, a headless screenshot, and scripting subcommands.

    ally-explorer [--db PATH] [--read-only] [--screenshot PNG [--size WxH] [--country ISO]]
    ally-explorer build-db [--data DIR] [--out FILE]
    ally-explorer export (--json FILE | --csv DIR [--un] [--excel] | --toml DIR | --timelinejs FILE) [--db PATH] [--country ISO]
    ally-explorer export (--pdf FILE | --png FILE | --svg FILE) [--country ISO] [--size WxH] [--db PATH]
    ally-explorer import FILE|CSVDIR --db PATH [--replace] [--report FILE]
    ally-explorer serve [--db PATH] [--host HOST] [--port PORT]   (needs the 'web' extra)
    ally-explorer import-unvotes VOTES ROLLCALLS [ISSUES] --db PATH
    ally-explorer add-source FILE|- --title TITLE [--date YYYY[-MM[-DD]]] [--url URL] [--db PATH] [...]
    ally-explorer install-desktop [--uninstall]

Subcommands that only touch data never start Qt; the PDF, PNG and SVG exports start it
offscreen. Every refusal is one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import __version__, paths
from ..core.errors import AllyError

SUBCOMMANDS = ("build-db", "export", "import", "import-unvotes", "serve", "add-source")


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1600x1000, not {text!r}") from None
    if not (200 <= w <= 20000 and 200 <= h <= 20000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 20000 pixels")
    return w, h


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ally-explorer",
        description="Explore who stands with Russia in 2025, with every claim sourced.",
        epilog="Subcommands: add-source, build-db, export, import, import-unvotes, install-desktop, serve (see 'ally-explorer SUBCOMMAND --help').",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--db", type=Path, help="database file to open (default: the last one, or the bundled dataset)")
    p.add_argument("--read-only", action="store_true", help="hide every editing action (classroom use)")
    p.add_argument("--screenshot", type=Path, metavar="PNG", help="render the window to a PNG and exit (no display needed)")
    p.add_argument("--size", type=_size, default=(1600, 1000), metavar="WxH", help="window size for --screenshot")
    p.add_argument("--country", metavar="ISO", help="select this country (ISO alpha-3, e.g. PRK)")
    p.add_argument("--present", action="store_true", help="start presenting: full screen, large, high contrast")
    p.add_argument("--confirmed-only", action="store_true", help="hide reported, claimed and disputed items")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="show every stance as it was on this day")
    p.add_argument("--view", choices=("country", "events", "sources", "reader", "quality", "tours", "map", "votes"), default="country",
                   help="which tab to show (with --screenshot)")
    p.add_argument("--lang", choices=("en", "uk"), default=None,
                   help="interface language (default: the one chosen in View > Language, else the system's)")
    return p


def _sub_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ally-explorer")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build-db", help="build the database from the TOML files in data/")
    data_dir, out = paths.bundled_db().parent, paths.bundled_db()
    b.add_argument("--data", type=Path, default=data_dir)
    b.add_argument("--out", type=Path, default=out)
    e = sub.add_parser("export", help="export the dataset")
    what = e.add_mutually_exclusive_group(required=True)
    what.add_argument("--json", type=Path, metavar="FILE", help="whole dataset as JSON (round-trips exactly)")
    what.add_argument("--csv", type=Path, metavar="DIR", help="one CSV file per table")
    what.add_argument("--timelinejs", type=Path, metavar="FILE", help="TimelineJS3 JSON")
    what.add_argument("--pdf", type=Path, metavar="FILE", help="printable A4 handout: one country (--country) or all")
    what.add_argument("--png", type=Path, metavar="FILE", help="the timeline as a PNG picture (--size, default 1920x1080)")
    what.add_argument("--svg", type=Path, metavar="FILE", help="the timeline as an SVG drawing (--size, default 1920x1080)")
    what.add_argument("--toml", type=Path, metavar="DIR", help="the TOML files of data/, for review in git (build-db reads them)")
    e.add_argument("--un", action="store_true", help="with --csv: the UN General Assembly tables too (870k votes)")
    e.add_argument("--excel", action="store_true", help="with --csv: start each file with a byte-order mark for Excel")
    e.add_argument("--size", type=_size, default=None, metavar="WxH", help="picture size for --png and --svg")
    e.add_argument("--db", type=Path, default=None)
    e.add_argument("--country", metavar="ISO")
    i = sub.add_parser("import", help="import a JSON export (or a CSV export's folder), all or nothing")
    i.add_argument("file", type=Path, help="a JSON file, or a folder written by export --csv")
    i.add_argument("--db", type=Path, required=True, help="database to import into (created if missing)")
    i.add_argument("--replace", action="store_true", help="replace the database's contents instead of adding")
    i.add_argument("--report", type=Path, metavar="FILE", help="write every problem of a refused import to FILE")
    u = sub.add_parser("import-unvotes", help="import UN General Assembly votes (replaces an earlier UN import)")
    u.add_argument("votes", type=Path, metavar="VOTES", help="un_votes.csv.gz (or .csv)")
    u.add_argument("roll_calls", type=Path, metavar="ROLLCALLS", help="un_roll_calls.csv")
    u.add_argument("issues", type=Path, metavar="ISSUES", nargs="?", help="un_roll_call_issues.csv (optional)")
    u.add_argument("--db", type=Path, default=None,
                   help="database to import into (created if missing; the bundled dataset is never changed)")
    a = sub.add_parser("add-source", help="add a source with its text from a .txt, .md or .html file ('-': standard input)")
    a.add_argument("file", metavar="FILE", help="the text: .txt, .md or .html (UTF-8 or cp1251), or - to read it from standard input")
    a.add_argument("--title", help="its title (default: the page's <title> or the first # heading)")
    a.add_argument("--date", dest="published", help="when it was published: YYYY, YYYY-MM or YYYY-MM-DD")
    a.add_argument("--url", help="its address")
    a.add_argument("--publisher", help="who published it")
    a.add_argument("--author", help="who wrote it")
    a.add_argument("--licence", help="who owns the text and on what terms it is kept")
    a.add_argument("--note", help="how it was found, or that it is a sample")
    a.add_argument("--id", help="a short key (default: made from the title)")
    a.add_argument("--db", type=Path, default=None,
                   help="database to add it to (default: your copy; the bundled dataset is never changed in place)")
    w = sub.add_parser("serve", help="share the database read-only in the browser with Datasette (the 'web' extra)")
    w.add_argument("--db", type=Path, default=None, help="database to serve (default: the bundled dataset)")
    w.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0: every network interface)")
    w.add_argument("--port", type=int, default=8001)
    return p


def _fail(message: str, code: int = 1) -> int:
    print(f"ally-explorer: {message}", file=sys.stderr)
    return code


#: A refused import prints this many problems, then how many more (all of them with --report).
SHOWN_PROBLEMS = 20


def _refused(problems: list, report: Path | None) -> int:
    """The first problems, a count of the rest, and the whole list in ``report`` if asked."""
    lines = [str(p) for p in problems]
    for line in lines[:SHOWN_PROBLEMS]:
        print(f"ally-explorer: {line}", file=sys.stderr)
    if report is not None:
        from ..db.atomicfile import OutputError, atomic_write

        try:
            atomic_write(report, "".join(line + "\n" for line in lines))
        except OutputError as e:
            return _fail(str(e))
        print(f"ally-explorer: nothing was imported; all {len(lines):,} problems are in {report}", file=sys.stderr)
    elif len(lines) > SHOWN_PROBLEMS:
        print(f"ally-explorer: … and {len(lines) - SHOWN_PROBLEMS:,} more problems; nothing was imported"
              " (give --report FILE to write them all)", file=sys.stderr)
    return 1


@contextmanager
def _target_store(db: Path, command: str) -> Iterator:
    """The database an import writes to. The bundled dataset is refused (the one protected-file
    rule); a new database is made under a temporary name and named only once the import
    succeeded, so a refused or interrupted import leaves nothing behind."""
    from ..db.atomicfile import SIDECARS, publish_new, temporary_name
    from ..db.opening import check_file, refuse_protected
    from ..db.store import Store

    refuse_protected(db, command)
    if not check_file(db, create=True):
        with Store.open(db, create=True) as store:
            yield store
        return
    tmp = temporary_name(db)
    try:
        with Store.open(tmp, create=True) as store:
            yield store
        publish_new(tmp, db)
    finally:
        for side in ("", *SIDECARS):
            leftover = Path(f"{tmp}{side}")
            if leftover.exists():
                leftover.unlink()


def _run_subcommand(argv: list[str]) -> int:
    args = _sub_parser().parse_args(argv)
    from ..db.store import Store
    from ..db.csv_tables import export_csv
    from ..db.transfer import ImportRefused, export_json, export_timelinejs

    try:
        if args.command == "build-db":
            from ..db.build import main as build_main

            return build_main(["--data", str(args.data), "--out", str(args.out)])
        if args.command == "export":
            with Store.open(args.db or paths.bundled_db(), readonly=True) as store:
                if args.country:
                    args.country = args.country.upper()
                    store.country(args.country)  # refuse an unknown code clearly
                if args.json:
                    export_json(store, args.json)
                    print(f"wrote {args.json}")
                elif args.csv:
                    files = export_csv(store, args.csv, un=args.un, excel=args.excel)
                    print(f"wrote {len(files)} files to {args.csv}")
                elif args.toml:
                    from ..db.toml_export import export_toml

                    files = export_toml(store, args.toml)
                    print(f"wrote {len(files)} TOML files to {args.toml}")
                elif args.timelinejs:
                    export_timelinejs(store, args.timelinejs, country_id=args.country)
                    print(f"wrote {args.timelinejs}")
                else:  # --pdf, --png or --svg: these draw, so they need Qt, never a screen
                    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
                    from .export import export_from_cli

                    print(export_from_cli(store, pdf=args.pdf, png=args.png, svg=args.svg, size=args.size, country_id=args.country))
            return 0
        if args.command == "import":
            from ..db.csv_tables import read_csv_import
            from ..db.opening import check_file, refuse_protected
            from ..db.transfer import check_import, import_data, read_json

            refuse_protected(args.db, "import")
            # a file (or folder) that is not an export is refused before any database opens
            data = read_csv_import(args.file) if args.file.is_dir() else read_json(args.file)
            if not check_file(args.db, create=True):  # read-only first: a refused import changes no byte
                with Store.open(args.db, readonly=True) as store:
                    check_import(store, data, replace=args.replace)
            with _target_store(args.db, "import") as store:
                if args.replace and any(store.counts().values()):
                    # Nothing overwritten without a backup (in the user data folder's backups).
                    from ..db.backups import BackupError, make_backup
                    from ..db.userfiles import backups_dir

                    try:
                        made = make_backup(store.conn, backups_dir(), reason="import", stem=Path(args.db).stem)
                    except BackupError as e:
                        return _fail(f"{e}; nothing was imported")
                    print(f"backed up {args.db} to {made}", file=sys.stderr)
                counts = import_data(
                    store, data, replace=args.replace,
                    progress=lambda done, total: print(f"\rimporting {done}/{total}", end="", file=sys.stderr),
                )
            print("", file=sys.stderr)
            print("imported " + ", ".join(f"{n} {k}" for k, n in counts.items()))
            return 0
        if args.command == "import-unvotes":
            return _import_unvotes(args)
        if args.command == "add-source":
            return _add_source(args)
        if args.command == "serve":
            from ..db.serve import serve

            serve(args.db or paths.bundled_db(), host=args.host, port=args.port)
            return 0
    except ImportRefused as e:
        return _refused(e.problems, getattr(args, "report", None))
    except KeyboardInterrupt:
        print("\r", end="", file=sys.stderr)  # over the progress line, if one was showing
        if args.command in ("import", "import-unvotes"):
            return _fail("interrupted: nothing was imported (the database was left as it was).", 130)
        return _fail("interrupted: nothing was written.", 130)
    except (AllyError, OSError) as e:
        return _fail(str(e))
    except (sqlite3.Error, UnicodeEncodeError) as e:  # the file or disk refused (locked, full, read-only)
        from ..db.opening import explain_read_error, explain_write_error

        db = getattr(args, "db", None) or paths.bundled_db()
        if args.command == "export" and isinstance(e, sqlite3.Error):
            return _fail(str(explain_read_error(db, e)))
        return _fail(str(explain_write_error(db, e)))
    return _fail(f"unknown command {args.command}", 2)


def _writable_target(asked: Path | None) -> Path:
    """Where a command that writes goes: the file asked for, except that the bundled dataset
    is never changed in place (your copy is used, made first if needed, as the window does)."""
    from ..db.userfiles import choose_database, is_bundled, user_copy

    target = choose_database(asked, None).path
    if not is_bundled(target):
        return target
    copy = user_copy()
    copy.parent.mkdir(parents=True, exist_ok=True)
    part = copy.with_name(copy.name + ".part")
    src = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(part)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    part.replace(copy)
    print(f"the bundled dataset stays unchanged: writing to your copy, {copy}", file=sys.stderr)
    return copy


def _add_source(args: argparse.Namespace) -> int:
    from ..db.sources import add_source, pasted_text, read_source_file
    from ..db.store import Store

    if args.file == "-":
        text, title = pasted_text(sys.stdin.read()), ""
    else:
        text, title = read_source_file(Path(args.file))
    title = args.title or title
    if not title:
        return _fail("add-source: give the source a --title (the file suggests none)")
    if args.db is None:  # your copy, made from the bundled dataset if need be
        target = _writable_target(None)
        opened = Store.open(target, create=True)
    else:  # a file named on the command line: the one protected-file rule refuses the bundled one
        target = args.db
        opened = _target_store(target, "add-source")
    with opened as store:
        change = add_source(store, text, title=title, published=args.published, url=args.url,
                            publisher=args.publisher, author=args.author, licence=args.licence,
                            note=args.note, id=args.id)
    print(f"added source {change.entity_id!r} ({len(text.text):,} characters, read as {text.encoding}) to {target}")
    return 0


def _import_unvotes(args: argparse.Namespace) -> int:
    from ..db.unvotes import import_unvotes

    def progress(done: int, total: int) -> None:
        print(f"\rimporting UN votes: {100 * done // total:3d}%", end="", file=sys.stderr, flush=True)

    if args.db is None:
        return _fail(f"the bundled dataset ({paths.bundled_db()}) is never changed in place; "
                     "give --db FILE to import the UN votes into a database of your own.")
    with _target_store(args.db, "import the UN votes") as store:
        try:
            counts = import_unvotes(store, args.votes, args.roll_calls, args.issues, progress=progress)
        finally:
            print("", file=sys.stderr)
    print("imported " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        return _run_subcommand(argv)
    if argv and argv[0] == "install-desktop":  # launcher, icons and AppStream data in the XDG folders
        from ..desktop import main as desktop_main

        return desktop_main(argv[1:])
    args = _gui_parser().parse_args(argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import run

    return run(args)

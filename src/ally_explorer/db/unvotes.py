"""UN General Assembly votes: import Voeten's roll-call data and measure agreement with Russia.

The importer reads ``un_votes.csv.gz``, ``un_roll_calls.csv`` and (optionally)
``un_roll_call_issues.csv`` completely and checks every line before it writes anything; then it
replaces any earlier UN import and computes ``un_agreement`` in one transaction. A file that is cut
short or malformed is refused with its name and line number, and the database is left as it was.

Agreement is per country and calendar year: of the roll calls on which both the country and Russia
cast a vote (yes, no or abstain), the share on which they cast the same one. The data record the
Soviet Union's seat under "Russia" (code RU) from 1946: the Russian Federation took that seat over
in December 1991, so before 1992 "Russia" means the USSR.
"""

from __future__ import annotations

import io
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import IO, NamedTuple

import numpy as np

from ..core import isocodes
from ..core.errors import AllyError
from .opening import is_protected
from .store import Store

#: Votes are stored as small integers; ``un_vote_kinds`` in the database names them.
VOTE_CODES = {"yes": 1, "abstain": 2, "no": 3}
VOTE_NAMES = {code: name for name, code in VOTE_CODES.items()}

RUSSIA_CODE = "RU"

#: The sentence every view of the agreement data shows, so nobody mistakes 1970 "Russia" for today's.
USSR_NOTE = (
    "Before 1992, Russia's votes are those of the Soviet Union: the Russian Federation took over the "
    "USSR's seat in December 1991, and the data record both under Russia."
)
SOURCE_NOTE = "UN General Assembly roll calls 1946–2019, Erik Voeten's data (CC0) via the R package unvotes."

#: Seats drawn on today's map as another country: Yugoslavia's seat is Serbia's since 2006.
SEAT_SUCCESSORS = {"YU": "SRB"}
#: Seats the data give no code: West Germany and North Yemen continue as Germany and Yemen
#: (ISO gave them DE and YE first); Zanzibar voted twice in 1963 and has no outline of its own.
SEATS_WITHOUT_CODE = {"Federal Republic of Germany": "DEU", "Yemen Arab Republic": "YEM", "Zanzibar": None}

#: Curated roll calls where Russia's position was at stake: (rcid, short title in our words).
KEY_VOTES: tuple[tuple[int, str], ...] = (
    (9025, "Hungary: calls on the USSR to withdraw its forces"),
    (2096, "The situation in Afghanistan: withdrawal of foreign troops"),
    (5047, "Georgia: return of people displaced from Abkhazia and South Ossetia"),
    (5180, "The situation in the Syrian Arab Republic"),
    (5309, "Territorial integrity of Ukraine"),
    (5495, "Syria: mechanism to investigate the most serious crimes"),
    (5489, "Human rights in Crimea and Sevastopol (Ukraine)"),
    (6125, "Militarization of Crimea, the Black Sea and the Sea of Azov"),
    (6088, "Implementing the Chemical Weapons Convention"),
    (9111, "Human rights in Crimea and Sevastopol (Ukraine), 2019"),
)

#: The key vote shown first: 68/262, "Territorial integrity of Ukraine" (27 March 2014).
FEATURED_KEY_VOTE = 5309

VOTE_COLUMNS = ("rcid", "country", "country_code", "vote")
ROLL_CALL_COLUMNS = ("rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr")
ISSUE_COLUMNS = ("rcid", "short_name", "issue")

#: ``progress(done, PROGRESS_TOTAL)``: reading takes the first 60%, writing to 95%, then agreement.
PROGRESS_TOTAL = 1000
_READ_RC, _READ_VOTES, _WRITE, _AGREE = 50, 600, 950, 1000
_REPORT_EVERY = 20_000

#: A year with fewer roll calls than this is drawn as uncertain (2020 has one).
FULL_YEAR_ROLL_CALLS = 10

Progress = Callable[[int, int], None]


class UnVotesRefused(AllyError):
    """The files were not imported; the message names the file and line a user must fix."""

    def __init__(self, file: str, line: int | None, problem: str):
        self.file = file
        self.line = line
        self.problem = problem
        where = f"{file} line {line}" if line else file
        super().__init__(f"{where}: {problem}")


class ImportCancelled(AllyError):
    """Raised by a progress callback to stop the import; nothing is written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; the database was not changed.")


# -- records ------------------------------------------------------------------------------------


class YearAgreement(NamedTuple):
    """One country's agreement with Russia in one year."""

    year: int
    share: float  # agreed / compared, 0..1
    compared: int  # roll calls on which both voted
    agreed: int  # ... and voted the same way


@dataclass(frozen=True)
class RollCall:
    rcid: int
    session: int
    date: str
    resolution: str  # "68/262", from the data's unres ("R/68/262", "A/RES/71/205")
    short: str
    descr: str
    important: bool
    issues: tuple[str, ...]


@dataclass(frozen=True)
class KeyVote:
    """A curated roll call with its tally and Russia's vote."""

    rcid: int
    date: str
    resolution: str
    title: str
    yes: int
    no: int
    abstain: int
    russia: str | None


@dataclass(frozen=True)
class SeatVote:
    """How one seat voted on one roll call; ``name`` is the seat's name at the time."""

    iso3: str | None
    code: str
    name: str
    vote: str


# -- seats --------------------------------------------------------------------------------------


def seat_alpha3(code: str, name: str) -> str | None:
    """The country drawn for a UN seat on today's map (RU -> RUS, YU -> SRB, CS -> CSK)."""
    if not code:
        return SEATS_WITHOUT_CODE.get(name)
    if code in SEAT_SUCCESSORS:
        return SEAT_SUCCESSORS[code]
    return isocodes.alpha3_from_alpha2(code) or isocodes.former_alpha3(code)


def seat_name(code: str, name: str, day: str) -> str:
    """The seat's name on a day: the data call the Soviet seat "Russia" even in 1956."""
    if code == "RU" and day < "1991-12-24":
        return "Soviet Union (USSR)"
    if code == "BY" and day < "1991-09-19":
        return "Byelorussian SSR"
    if code == "UA" and day < "1991-08-24":
        return "Ukrainian SSR"
    if code == "YU":
        if day >= "2006-06-03":
            return "Serbia"
        if day >= "2003-02-04":
            return "Serbia and Montenegro"
    return name


def resolution_label(unres: str | None) -> str:
    """The data's ``unres`` without its prefix: "R/68/262" and "A/RES/68/262" -> "68/262"."""
    text = (unres or "").strip()
    for prefix in ("A/RES/", "R/"):
        if text.startswith(prefix):
            return text[len(prefix):]
    return text


# -- reading the files --------------------------------------------------------------------------


class _Source:
    """A CSV file (gzip or plain, sniffed) read row by row, knowing how far through it is."""

    def __init__(self, path: Path, columns: tuple[str, ...]):
        self.path = path
        self.name = path.name
        try:
            self.raw: IO[bytes] = open(path, "rb")
        except OSError as e:
            raise UnVotesRefused(str(path), None, f"cannot be read: {e.strerror or e}") from None
        try:
            self._start(path, columns)
        except BaseException:
            self.raw.close()
            raise

    def _start(self, path: Path, columns: tuple[str, ...]) -> None:
        import csv  # here, not at start-up: only an import reads CSV
        import gzip

        self._damaged = (EOFError, zlib.error, gzip.BadGzipFile)  # what _next reports as a cut file
        self._bad_csv = csv.Error
        self.size = max(1, path.stat().st_size)
        binary: IO[bytes] = self.raw
        if self.raw.read(2) == b"\x1f\x8b":
            binary = gzip.GzipFile(fileobj=self.raw, mode="rb")  # type: ignore[assignment]
        self.raw.seek(0)
        self.text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        self.reader = csv.reader(self.text, strict=True)
        self.line = 0
        header = self._next()
        if header is None:
            raise UnVotesRefused(self.name, None, "is empty")
        header = [h.strip() for h in header]
        missing = [c for c in columns if c not in header]
        if missing:
            raise UnVotesRefused(
                self.name, 1,
                f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                f"(the header has: {', '.join(header) or 'nothing'}); is this the right file?",
            )
        self.width = len(header)
        self.index = {c: header.index(c) for c in columns}

    def fraction(self) -> float:
        try:
            return min(1.0, self.raw.tell() / self.size)
        except (OSError, ValueError):
            return 1.0

    def _next(self) -> list[str] | None:
        try:
            row = next(self.reader)
        except StopIteration:
            return None
        except self._damaged:
            raise UnVotesRefused(
                self.name, self.reader.line_num + 1,
                "the compressed file ends unexpectedly or is damaged (was the download cut short?)",
            ) from None
        except UnicodeDecodeError:
            raise UnVotesRefused(self.name, self.reader.line_num + 1, "is not UTF-8 text") from None
        except self._bad_csv as e:
            raise UnVotesRefused(self.name, self.reader.line_num, f"is not valid CSV ({e})") from None
        self.line = self.reader.line_num
        return row

    def rows(self) -> Iterator[list[str]]:
        while (row := self._next()) is not None:
            if not row:
                continue  # a blank line
            if len(row) != self.width:
                cut = " (the file may be cut short)" if len(row) < self.width else ""
                raise self.refuse(f"expected {self.width} fields, found {len(row)}{cut}")
            yield row

    def refuse(self, problem: str) -> UnVotesRefused:
        return UnVotesRefused(self.name, self.line, problem)

    def close(self) -> None:
        self.text.close()
        self.raw.close()


def _whole(text: str, what: str, source: _Source, *, blank: bool = False) -> int | None:
    text = text.strip()
    if blank and text in ("", "NA"):
        return None
    try:
        value = int(text)
    except ValueError:
        raise source.refuse(f"{what} must be a whole number, not {text[:40]!r}") from None
    if not -MAX_WHOLE <= value <= MAX_WHOLE:  # the votes are kept in 32-bit arrays
        raise source.refuse(f"{what} must be a whole number of at most {MAX_WHOLE:,}, not {text[:40]}")
    return value


#: The largest number a UN file may hold (roll call ids, sessions, ...): numbers are kept in
#: 32-bit arrays while importing. docs/robustness.md lists the bounds.
MAX_WHOLE = 2**31 - 1


def _flag(text: str, what: str, source: _Source) -> int | None:
    value = _whole(text, what, source, blank=True)
    if value not in (None, 0, 1):
        raise source.refuse(f"{what} must be 0, 1 or empty, not {text!r}")
    return value


@dataclass
class UnData:
    """The three files, checked and ready to write."""

    roll_calls: list[tuple]
    issues: list[tuple]
    seats: list[tuple[int, str, str, str | None]]  # id, code, name, iso3
    rcid: np.ndarray
    seat: np.ndarray
    vote: np.ndarray

    def counts(self) -> dict[str, int]:
        return {
            "UN roll calls": len(self.roll_calls),
            "UN votes": len(self.vote),
            "UN issue tags": len(self.issues),
            "UN member seats": len(self.seats),
        }


def _read_roll_calls(path: Path) -> list[tuple]:
    source = _Source(path, ROLL_CALL_COLUMNS)
    i = source.index
    out, seen = [], {}
    try:
        for row in source.rows():
            rcid = _whole(row[i["rcid"]], "rcid", source)
            if rcid is None or rcid < 1:
                raise source.refuse(f"rcid must be a positive whole number, not {row[i['rcid']]!r}")
            if rcid in seen:
                raise source.refuse(f"roll call {rcid} appears twice (first on line {seen[rcid]})")
            seen[rcid] = source.line
            day = row[i["date"]].strip()
            try:
                _date.fromisoformat(day)
            except ValueError:
                raise source.refuse(f"date must look like 2014-03-27, not {day!r}") from None
            session = _whole(row[i["session"]], "session", source)
            out.append((
                rcid, session, day, row[i["unres"]].strip() or None,
                _flag(row[i["importantvote"]], "importantvote", source),
                _flag(row[i["amend"]], "amend", source), _flag(row[i["para"]], "para", source),
                row[i["short"]].strip() or None, row[i["descr"]].strip() or None,
            ))
    finally:
        source.close()
    if not out:
        raise UnVotesRefused(source.name, None, "has a header but no roll calls")
    return out


def _read_issues(path: Path, rcids: set[int]) -> list[tuple]:
    source = _Source(path, ISSUE_COLUMNS)
    i = source.index
    out, seen = [], {}
    try:
        for row in source.rows():
            rcid = _whole(row[i["rcid"]], "rcid", source)
            if rcid not in rcids:
                raise source.refuse(f"roll call {rcid} is not in the roll calls file")
            short, issue = row[i["short_name"]].strip(), row[i["issue"]].strip()
            if not short or not issue:
                raise source.refuse("short_name and issue must not be empty")
            if (rcid, short) in seen:
                raise source.refuse(f"roll call {rcid} has issue {short!r} twice (first on line {seen[rcid, short]})")
            seen[rcid, short] = source.line
            out.append((rcid, short, issue))
    finally:
        source.close()
    return out


def _read_votes(path: Path, rcids: set[int], report: Callable[[float], None]) -> tuple:
    source = _Source(path, VOTE_COLUMNS)
    i_rcid, i_name, i_code, i_vote = (source.index[c] for c in VOTE_COLUMNS)
    seats: dict[str, int] = {}
    seat_info: list[tuple[str, str]] = []
    rcid_col, seat_col, vote_col, line_col = array("i"), array("i"), array("b"), array("i")
    vote_codes = VOTE_CODES
    try:
        for row in source.rows():
            try:
                rcid = int(row[i_rcid])
            except ValueError:
                raise source.refuse(f"rcid must be a whole number, not {row[i_rcid][:40]!r}") from None
            if rcid not in rcids:
                raise source.refuse(f"roll call {rcid} is not in the roll calls file")
            vote = vote_codes.get(row[i_vote])
            if vote is None:
                vote = vote_codes.get(row[i_vote].strip().lower())
                if vote is None:
                    raise source.refuse(f"vote must be yes, no or abstain, not {row[i_vote]!r}")
            code = row[i_code]
            key = code or row[i_name]
            seat = seats.get(key)
            if seat is None:
                code, name = code.strip().upper(), row[i_name].strip()
                if not name:
                    raise source.refuse("the country name is empty")
                if code and (len(code) != 2 or not code.isalpha()):
                    raise source.refuse(f"country_code must be two letters (ISO alpha-2) or empty, not {code!r}")
                seat = seats[key] = len(seat_info)
                seat_info.append((code, name))
            rcid_col.append(rcid)
            seat_col.append(seat)
            vote_col.append(vote)
            line_col.append(source.line)
            if len(vote_col) % _REPORT_EVERY == 0:
                report(source.fraction())
    finally:
        source.close()
    if not vote_col:
        raise UnVotesRefused(source.name, None, "has a header but no votes")
    return source.name, seat_info, np.frombuffer(rcid_col, np.int32), np.frombuffer(seat_col, np.int32), \
        np.frombuffer(vote_col, np.int8), np.frombuffer(line_col, np.int32)


def read_unvotes(
    votes: str | Path, roll_calls: str | Path, issues: str | Path | None = None, *, progress: Progress | None = None
) -> UnData:
    """Read and check the three files (nothing is written). Raises UnVotesRefused."""

    def step(done: float) -> None:
        if progress:
            progress(int(done), PROGRESS_TOTAL)

    step(0)
    calls = _read_roll_calls(Path(roll_calls))
    rcids = {row[0] for row in calls}
    tags = _read_issues(Path(issues), rcids) if issues else []
    step(_READ_RC)
    name, seat_info, rcid, seat, vote, lines = _read_votes(
        Path(votes), rcids, lambda f: step(_READ_RC + f * (_READ_VOTES - _READ_RC))
    )
    # One vote per seat and roll call: sort by (rcid, seat), look for neighbours that are equal.
    order = np.lexsort((seat, rcid))
    rcid, seat, vote, lines = rcid[order], seat[order], vote[order], lines[order]
    same = np.flatnonzero((rcid[1:] == rcid[:-1]) & (seat[1:] == seat[:-1]))
    if len(same):
        first, second = sorted((int(lines[same[0]]), int(lines[same[0] + 1])))
        code, country = seat_info[seat[same[0]]]
        raise UnVotesRefused(
            name, second, f"{country} votes twice on roll call {int(rcid[same[0]])} (first on line {first})"
        )
    # Seat ids in name order, so they do not depend on the order of the file's rows.
    by_name = sorted(range(len(seat_info)), key=lambda s: (seat_info[s][1].casefold(), seat_info[s][0]))
    renumber = np.empty(len(seat_info), np.int32)
    renumber[by_name] = np.arange(1, len(seat_info) + 1, dtype=np.int32)
    seats = [
        (int(renumber[s]), seat_info[s][0], seat_info[s][1], seat_alpha3(*seat_info[s])) for s in by_name
    ]
    seat = renumber[seat]
    order = np.lexsort((seat, rcid))
    step(_READ_VOTES)
    return UnData(calls, tags, seats, rcid[order], seat[order], vote[order])


# -- writing ------------------------------------------------------------------------------------

def _check_writable(store: Store) -> None:
    if store.path is not None and is_protected(store.path) and not store.readonly:
        store.readonly = True  # the one protected-file rule (db.opening.is_protected)
    if store.readonly:
        raise UnVotesRefused(
            store.path.name if store.path else "the database", None,
            "is open read-only; open it for editing (or import into a copy) to add UN votes",
        )


_UN_TABLES = ("un_agreement", "un_votes", "un_roll_call_issues", "un_roll_calls", "un_countries")


def write_unvotes(store: Store, data: UnData, *, progress: Progress | None = None) -> dict[str, int]:
    """Replace any earlier UN import with ``data`` and recompute agreement, in one transaction."""
    _check_writable(store)

    def step(done: float) -> None:
        if progress:
            progress(int(done), PROGRESS_TOTAL)

    conn = store.conn
    with store.db.atomic():
        for table in _UN_TABLES:
            conn.execute(f"DELETE FROM {table}")
        conn.executemany("INSERT INTO un_countries (id, code, name, iso3) VALUES (?, ?, ?, ?)", data.seats)
        conn.executemany(
            "INSERT INTO un_roll_calls (rcid, session, date, unres, importantvote, amend, para, short, descr)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            data.roll_calls,
        )
        conn.executemany("INSERT INTO un_roll_call_issues (rcid, short_name, issue) VALUES (?, ?, ?)", data.issues)
        total = len(data.vote)
        chunk = 50_000
        for start in range(0, total, chunk):
            stop = min(total, start + chunk)
            conn.executemany(
                "INSERT INTO un_votes (rcid, country_id, vote) VALUES (?, ?, ?)",
                zip(data.rcid[start:stop].tolist(), data.seat[start:stop].tolist(), data.vote[start:stop].tolist()),
            )
            step(_READ_VOTES + (_WRITE - _READ_VOTES) * stop / total)
        agreement_rows = compute_agreement(store)
        step(_AGREE)
    return data.counts() | {"agreement rows": agreement_rows}


def compute_agreement(store: Store) -> int:
    """Fill ``un_agreement`` from ``un_votes`` (inside the caller's transaction); returns its rows."""
    conn = store.conn
    conn.execute("DELETE FROM un_agreement")
    russia = conn.execute("SELECT id FROM un_countries WHERE code = ?", [RUSSIA_CODE]).fetchone()
    if russia is None:
        return 0
    conn.execute(
        """
        INSERT INTO un_agreement (country_id, year, agreed, compared, share)
        SELECT v.country_id, CAST(substr(r.date, 1, 4) AS INTEGER) AS year,
               sum(v.vote = ru.vote), count(*), CAST(sum(v.vote = ru.vote) AS REAL) / count(*)
        FROM un_votes ru
        JOIN un_votes v ON v.rcid = ru.rcid AND v.country_id <> ru.country_id
        JOIN un_roll_calls r ON r.rcid = ru.rcid
        WHERE ru.country_id = ?
        GROUP BY v.country_id, year
        """,
        [russia[0]],
    )
    return conn.execute("SELECT count(*) FROM un_agreement").fetchone()[0]


def import_unvotes(
    store: Store,
    votes: str | Path,
    roll_calls: str | Path,
    issues: str | Path | None = None,
    *,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Read, check and import the three files; all or nothing. Returns counts of what went in.

    Importing replaces an earlier UN import, so importing the same files twice changes nothing.
    ``progress(done, total)`` is called often; raising ``ImportCancelled`` from it stops cleanly.
    """
    _check_writable(store)  # before spending seconds reading
    data = read_unvotes(votes, roll_calls, issues, progress=progress)
    return write_unvotes(store, data, progress=progress)


def classify_files(files: list[str | Path]) -> tuple[Path, Path, Path | None]:
    """Which of the chosen files is which, by their header rows (names vary: ``votes (2).csv``).
    Returns (votes, roll calls, issues or None); refuses a set without votes or roll calls."""
    found: dict[str, Path] = {}
    for file in map(Path, files):
        kind = None
        for name, columns in (("votes", VOTE_COLUMNS), ("roll calls", ROLL_CALL_COLUMNS), ("issues", ISSUE_COLUMNS)):
            try:
                source = _Source(file, columns)
            except UnVotesRefused:
                continue
            source.close()
            kind = name
            break
        if kind is None:
            raise UnVotesRefused(file.name, 1, "is not one of the UN votes files (its columns do not match)")
        if kind in found:
            raise UnVotesRefused(file.name, None, f"is a second {kind} file (the first is {found[kind].name})")
        found[kind] = file
    for needed, example in (("votes", "un_votes.csv.gz"), ("roll calls", "un_roll_calls.csv")):
        if needed not in found:
            raise UnVotesRefused(example, None, f"is missing: choose the {needed} file too")
    return found["votes"], found["roll calls"], found.get("issues")


def bundled_files(folder: str | Path) -> tuple[Path, Path, Path | None] | None:
    """The three files in a folder (``data/unga``), or None when the votes are not there."""
    folder = Path(folder)
    votes, calls, issues = folder / "un_votes.csv.gz", folder / "un_roll_calls.csv", folder / "un_roll_call_issues.csv"
    if not (votes.exists() and calls.exists()):
        return None
    return votes, calls, issues if issues.exists() else None


# -- reads --------------------------------------------------------------------------------------


def has_votes(store: Store) -> bool:
    return store.conn.execute("SELECT EXISTS (SELECT 1 FROM un_agreement)").fetchone()[0] == 1


def years(store: Store, *, min_roll_calls: int = 1) -> list[int]:
    """The years with agreement figures, ascending; ``min_roll_calls`` leaves out thin years
    (the data end with a single roll call in January 2020)."""
    rows = store.conn.execute(
        "SELECT year FROM un_agreement GROUP BY year HAVING max(compared) >= ? ORDER BY year", [min_roll_calls]
    )
    return [y for (y,) in rows]


def latest_year(store: Store) -> int | None:
    """The most recent year with a full session of votes: the map's default year."""
    full = years(store, min_roll_calls=FULL_YEAR_ROLL_CALLS)
    return full[-1] if full else None


def agreement_series(store: Store, country_id: str) -> list[YearAgreement]:
    """A country's (alpha-3) agreement with Russia, year by year; empty for Russia itself."""
    rows = store.conn.execute(
        "SELECT a.year, sum(a.agreed), sum(a.compared) FROM un_agreement a"
        " JOIN un_countries c ON c.id = a.country_id WHERE c.iso3 = ? GROUP BY a.year ORDER BY a.year",
        [country_id],
    )
    return [YearAgreement(year, agreed / compared, compared, agreed) for year, agreed, compared in rows]


def pair_agreement_series(store: Store, first: str, second: str) -> list[YearAgreement]:
    """How often two countries (alpha-3) voted alike, year by year: of the roll calls on which
    both cast a vote, the share on which they cast the same one. The "with Russia" figure is
    the pair (country, "RUS"): ``agreement_series(store, c) == pair_agreement_series(store, c, "RUS")``.

    A country with two seats in the data (West Germany and Germany) counts every seat, as
    ``agreement_series`` does; a country compared with itself, or without votes, has no series."""
    if first == second:
        return []
    seats = {
        iso3: [seat for (seat,) in store.conn.execute("SELECT id FROM un_countries WHERE iso3 = ?", [iso3])]
        for iso3 in (first, second)
    }
    if not seats[first] or not seats[second]:
        return []
    a = ", ".join("?" * len(seats[first]))
    b = ", ".join("?" * len(seats[second]))
    rows = store.conn.execute(
        f"""
        SELECT CAST(substr(r.date, 1, 4) AS INTEGER) AS year, sum(va.vote = vb.vote), count(*)
        FROM un_votes vb
        JOIN un_votes va ON va.rcid = vb.rcid AND va.country_id IN ({a}) AND va.country_id <> vb.country_id
        JOIN un_roll_calls r ON r.rcid = vb.rcid
        WHERE vb.country_id IN ({b})
        GROUP BY year ORDER BY year
        """,
        [*seats[first], *seats[second]],
    )
    return [YearAgreement(year, agreed / compared, compared, agreed) for year, agreed, compared in rows]


def agreement_by_country(store: Store, year: int) -> dict[str, YearAgreement]:
    """Every country's (alpha-3) agreement with Russia in one year."""
    rows = store.conn.execute(
        "SELECT c.iso3, sum(a.agreed), sum(a.compared) FROM un_agreement a"
        " JOIN un_countries c ON c.id = a.country_id WHERE a.year = ? AND c.iso3 IS NOT NULL GROUP BY c.iso3",
        [year],
    )
    return {iso3: YearAgreement(year, agreed / compared, compared, agreed) for iso3, agreed, compared in rows}


def roll_call(store: Store, rcid: int) -> RollCall | None:
    row = store.conn.execute(
        "SELECT rcid, session, date, unres, short, descr, importantvote FROM un_roll_calls WHERE rcid = ?", [rcid]
    ).fetchone()
    if row is None:
        return None
    issues = tuple(
        i for (i,) in store.conn.execute("SELECT issue FROM un_roll_call_issues WHERE rcid = ? ORDER BY issue", [rcid])
    )
    return RollCall(row[0], row[1], row[2], resolution_label(row[3]), row[4] or "", row[5] or "", bool(row[6]), issues)


def roll_call_votes(store: Store, rcid: int) -> list[SeatVote]:
    """How every seat voted on a roll call, by name (as the seat was called on that day)."""
    day = store.conn.execute("SELECT date FROM un_roll_calls WHERE rcid = ?", [rcid]).fetchone()
    if day is None:
        return []
    rows = store.conn.execute(
        "SELECT c.iso3, c.code, c.name, v.vote FROM un_votes v JOIN un_countries c ON c.id = v.country_id"
        " WHERE v.rcid = ?",
        [rcid],
    )
    out = [SeatVote(iso3, code, seat_name(code, name, day[0]), VOTE_NAMES.get(vote, "unknown")) for iso3, code, name, vote in rows]
    return sorted(out, key=lambda s: s.name.casefold())


def votes_on(store: Store, rcid: int) -> dict[str, str]:
    """alpha-3 -> "yes" / "no" / "abstain" for one roll call (seats with no map country left out)."""
    return {s.iso3: s.vote for s in roll_call_votes(store, rcid) if s.iso3}


def key_votes(store: Store) -> list[KeyVote]:
    """The curated roll calls present in the database, oldest first, with tallies."""
    out = []
    for rcid, title in KEY_VOTES:
        call = roll_call(store, rcid)
        if call is None:
            continue
        tally = dict(store.conn.execute("SELECT vote, count(*) FROM un_votes WHERE rcid = ? GROUP BY vote", [rcid]))
        russia = store.conn.execute(
            "SELECT v.vote FROM un_votes v JOIN un_countries c ON c.id = v.country_id WHERE v.rcid = ? AND c.code = ?",
            [rcid, RUSSIA_CODE],
        ).fetchone()
        out.append(KeyVote(
            rcid, call.date, call.resolution, title, tally.get(1, 0), tally.get(3, 0), tally.get(2, 0),
            VOTE_NAMES.get(russia[0], "unknown") if russia else None,
        ))
    return sorted(out, key=lambda k: (k.date, k.rcid))


__all__ = [
    "ImportCancelled", "KeyVote", "RollCall", "SeatVote", "UnData", "UnVotesRefused", "YearAgreement",
    "FEATURED_KEY_VOTE", "KEY_VOTES", "PROGRESS_TOTAL", "SOURCE_NOTE", "USSR_NOTE", "VOTE_CODES",
    "agreement_by_country", "agreement_series", "bundled_files", "classify_files", "compute_agreement", "has_votes",
    "import_unvotes", "key_votes", "latest_year", "pair_agreement_series", "FULL_YEAR_ROLL_CALLS", "read_unvotes", "roll_call", "roll_call_votes", "seat_alpha3",
    "seat_name", "votes_on", "write_unvotes", "years",
]

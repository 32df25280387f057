"""Fuzzy dates: the words a source uses ("early 2025", "In June 2024") and the days they allow.

A label is never made more precise than it is: "2024" is the whole year, "mid-2025" is May to
August. The window is inclusive on both ends; an exact day has ``start == end``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

__all__ = ["DateWindow", "FuzzyDateError", "parse_fuzzy_date", "format_window", "is_undated", "UNDATED", "start_text", "window_words", "MONTHS"]


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """The number of days in the month (``calendar.monthrange(year, month)[1]``, without
    importing the calendar module at start-up)."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]


#: The label of a claim the source does not date at all. Its window is the one day the source
#: vouches for (its own date: "true by then"), so the views show the word, not the window.
UNDATED = "undated"


def is_undated(label: str | None) -> bool:
    """"undated" exactly; "undated [since 2022]" is dated by its context and is not."""
    return isinstance(label, str) and label.strip().lower() == UNDATED


class FuzzyDateError(ValueError):
    """The label cannot be read as a date window; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class DateWindow:
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def exact(self) -> bool:
        return self.start == self.end

    def iso(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


#: English month names, fixed: the dataset's labels are English whatever the system's locale
#: (Qt sets the C library's locale from the system, so calendar.month_name would follow it).
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
MONTH_ABBR = tuple(name[:3] for name in MONTH_NAMES)

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(MONTH_NAMES, start=1):
    MONTHS[_name.lower()] = _number
    MONTHS[_name[:3].lower()] = _number
MONTHS["sept"] = 9

_SEASONS = {  # northern hemisphere, meteorological
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
}
_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_HALVES = {"first": (1, 6), "second": (7, 12)}
_PREFIXES = re.compile(r"^(?:in|on|by|as of|around|circa|c\.|from|during)\s+", re.IGNORECASE)
_RANGE_SPLIT = re.compile(r"\s*(?:–|—|\bto\b|\buntil\b|\bthrough\b)\s*|(?<=\d)-(?=\d{4}\b)|\s+-\s+")

_MIN_YEAR, _MAX_YEAR = 1, 9999


@lru_cache(maxsize=4096)
def _month_span(year: int, first: int, last: int) -> DateWindow:
    return DateWindow(date(year, first, 1), date(year, last, _days_in(year, last)))


def _year(text: str) -> int:
    year = int(text)
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise FuzzyDateError(f"year {year} is out of range")
    return year


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _day(year: int, month: int, day: int) -> DateWindow:
    try:
        d = date(year, month, day)
    except ValueError:
        raise FuzzyDateError(
            f"{MONTH_NAMES[month - 1]} {year} has no day {day}"
        ) from None
    return DateWindow(d, d)


_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$", re.I)
_MONTH_DAY_YEAR = re.compile(r"^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$", re.I)
_MONTH_YEAR = re.compile(r"^([a-z]+\.?),?\s+(\d{4})$", re.I)
_THIRD_YEAR = re.compile(r"^(early|mid|late)(?:\s*-\s*|\s+)(\d{4})$", re.I)
_SEASON_YEAR = re.compile(r"^(spring|summer|autumn|fall)\s+(?:of\s+)?(\d{4})$", re.I)
_HALF_YEAR = re.compile(r"^(first|second)\s+half\s+(?:of\s+)?(\d{4})$", re.I)
_H_YEAR = re.compile(r"^h([12])\s+(\d{4})$", re.I)
_QUARTER_YEAR = re.compile(r"^q([1-4])\s+(\d{4})$", re.I)
_START_END = re.compile(r"^(?:the\s+)?(start|beginning|end)\s+of\s+(\d{4})$", re.I)


def _parse_single(text: str) -> DateWindow:
    """One date expression, no range."""
    t = text.strip().rstrip(",").strip()
    if m := _ISO_DAY.match(t):
        year, month, day = (int(g) for g in m.groups())
        if not 1 <= month <= 12:
            raise FuzzyDateError(f"there is no month {month}")
        return _day(_year(m[1]), month, day)
    if m := _ISO_MONTH.match(t):
        month = int(m[2])
        if not 1 <= month <= 12:
            raise FuzzyDateError(f"there is no month {month}")
        return _month_span(_year(m[1]), month, month)
    if m := _YEAR.match(t):
        return _month_span(_year(m[1]), 1, 12)
    if m := _DAY_MONTH_YEAR.match(t):
        month = _month(m[2])
        if month is None:
            raise FuzzyDateError(f"“{m[2]}” is not a month")
        return _day(_year(m[3]), month, int(m[1]))
    if m := _MONTH_DAY_YEAR.match(t):
        month = _month(m[1])
        if month is None:
            raise FuzzyDateError(f"“{m[1]}” is not a month")
        return _day(_year(m[3]), month, int(m[2]))
    if m := _THIRD_YEAR.match(t):
        first, last = _THIRDS[m[1].lower()]
        return _month_span(_year(m[2]), first, last)
    if m := _SEASON_YEAR.match(t):
        first, last = _SEASONS[m[1].lower()]
        return _month_span(_year(m[2]), first, last)
    if m := _HALF_YEAR.match(t):
        first, last = _HALVES[m[1].lower()]
        return _month_span(_year(m[2]), first, last)
    if m := _H_YEAR.match(t):
        first, last = _HALVES["first" if m[1] == "1" else "second"]
        return _month_span(_year(m[2]), first, last)
    if m := _QUARTER_YEAR.match(t):
        q = int(m[1])
        return _month_span(_year(m[2]), 3 * q - 2, 3 * q)
    if m := _START_END.match(t):
        year = _year(m[2])
        return _month_span(year, 1, 2) if m[1].lower() != "end" else _month_span(year, 11, 12)
    if m := _MONTH_YEAR.match(t):
        month = _month(m[1])
        if month is None:
            raise FuzzyDateError(f"“{m[1]}” is not a month")
        return _month_span(_year(m[2]), month, month)
    if re.search(r"\d{4}", t) is None:
        raise FuzzyDateError(f"“{t}” has no year (write e.g. “April 2025”, or the year in [brackets])")
    raise FuzzyDateError(
        f"cannot read “{t}”; try “2024-06-19”, “19 June 2024”, “June 2024”, “early 2025” or “2022–2023”"
    )


def _borrow_year(left: str, right: str) -> str:
    """'June–July 2025' and 'early–mid 2025': the left side takes the right side's year."""
    if re.search(r"\d{4}", left):
        return left
    year = re.search(r"(\d{4})\s*$", right)
    if not year:
        return left
    if left.lower().rstrip(".") in MONTHS or left.lower() in _THIRDS or left.lower() in _SEASONS:
        return f"{left} {year[1]}"
    if (m := re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?\s+([a-z]+\.?)", left, re.I)) and _month(m[1]):
        return f"{left} {year[1]}"  # '1 Jan – 30 Apr 2025', as format_window writes it
    if re.fullmatch(r"\d{1,2}", left) and (m := re.match(r"^(\d{1,2})\s+([a-z]+\.?)", right, re.I)):
        return f"{left} {m[2]} {year[1]}"  # '19–21 June 2024'
    if (m := re.fullmatch(r"([a-z]+\.?)\s+(\d{1,2})", left, re.I)) and _month(m[1]):
        return f"{left}, {year[1]}"  # 'June 19 – July 2, 2024'
    return left


_BRACKETS = re.compile(r"\[([^\]]*)\]")
_SPACES = re.compile(r"\s+")


def _clean(label: str) -> str:
    text = label.replace("\u00a0", " ").strip()
    text = _BRACKETS.sub(lambda m: m[1], text)  # editorial insertions read as written
    text = _SPACES.sub(" ", text).strip().rstrip(".").strip()
    while (stripped := _PREFIXES.sub("", text)) != text:
        text = stripped
    return text


def parse_fuzzy_date(label: str) -> DateWindow:
    """Read a date label into the inclusive window of days it allows.

    Raises FuzzyDateError, with a message fit to show the user, when the label cannot be read.
    """
    if not isinstance(label, str):
        raise FuzzyDateError("a date must be text")
    return _parse_cached(label)


@lru_cache(maxsize=65_536)
def _parse_cached(label: str) -> DateWindow:
    """Imports repeat the same few labels thousands of times; refusals are not cached."""
    if "\x00" in label:
        raise FuzzyDateError("the date contains a NUL character")
    if len(label) > 200:
        raise FuzzyDateError("the date is too long (at most 200 characters)")
    text = _clean(label)
    if not text:
        raise FuzzyDateError("the date is empty")
    parts = [p for p in _RANGE_SPLIT.split(text) if p is not None]
    if len(parts) == 1:
        return _parse_single(parts[0])
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        raise FuzzyDateError(f"cannot read “{text}” as a range of two dates")
    left, right = parts[0].strip(), parts[1].strip()
    first = _parse_single(_borrow_year(left, right))
    second = _parse_single(right)
    if first.start > second.end:
        raise FuzzyDateError(
            f"the range runs backwards: {format_window(first)} is after {format_window(second)}"
        )
    return DateWindow(first.start, max(first.end, second.end))


def _fmt_day(d: date, with_year: bool = True) -> str:
    text = f"{d.day} {MONTH_ABBR[d.month - 1]}"
    return f"{text} {d.year}" if with_year else text


@dataclass(frozen=True)
class DateWords:
    """How ``format_window`` and ``window_words`` name a day ("28 Sep 2025", and without its
    year "28 Sep") and a month ("Sep"). English by default, which is what reads back; the
    interface passes its own language's (ui/dates.py)."""

    day: Callable[..., str]  # (day, with_year=True) -> text
    month_abbr: Callable[[int], str]

    def month(self, d: date) -> str:
        return f"{self.month_abbr(d.month)} {d.year}"


ENGLISH = DateWords(day=_fmt_day, month_abbr=lambda month: MONTH_ABBR[month - 1])


def format_window(window: DateWindow | tuple[date, date], words: DateWords = ENGLISH) -> str:
    """Short human form: '19 Jun 2024', 'Jun 2024', '2024', '1 Jan – 30 Apr 2025'."""
    start, end = (window.start, window.end) if isinstance(window, DateWindow) else window
    if start == end:
        return words.day(start)
    whole_months = start.day == 1 and end.day == _days_in(end.year, end.month)
    if whole_months and start.month == 1 and end.month == 12:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if whole_months and (start.year, start.month) == (end.year, end.month):
        return words.month(start)
    if start.year == end.year:
        return f"{words.day(start, with_year=False)} – {words.day(end)}"
    return f"{words.day(start)} – {words.day(end)}"


_SINCE = re.compile(r"^(?:since|after)\s+", re.IGNORECASE)


def start_text(label: str, start: str | date) -> str:
    """When a window begins, at the precision its label gives: "June 2024", "late 2023", "2022".

    The label's own words when they name the start ("June 2024 – Sept. 1, 2025" -> "June 2024");
    otherwise the start day at the coarsest precision it allows, since a window the article did
    not date more finely starts on the 1st of its month or year ("Since 2022" -> "2022", never
    "Jan 2022").
    """
    day = date.fromisoformat(start) if isinstance(start, str) else start
    if isinstance(label, str) and label.strip():
        parts = _RANGE_SPLIT.split(_clean(label))
        left = _SINCE.sub("", (parts[0] or "").strip()).strip()
        try:
            if left and _parse_single(left).start == day:
                return left
        except FuzzyDateError:
            pass
    if (day.month, day.day) == (1, 1):
        return str(day.year)
    if day.day == 1:
        return f"{MONTH_ABBR[day.month - 1]} {day.year}"
    return _fmt_day(day)


def window_words(window: DateWindow | tuple[date, date], words: DateWords = ENGLISH) -> str:
    """A window at the precision of its ends: a window that starts on 1 January shows its year,
    one that starts on the 1st its month ("2022 – 1 Sep 2025", "Jun – Dec 2024"), since that is
    how the dataset writes a start the source gives only by year or month. Reads back exactly
    (in English, the default ``words``)."""
    start, end = (window.start, window.end) if isinstance(window, DateWindow) else window
    if start == end:
        return words.day(start)
    s_month = start.day == 1
    e_month = end.day == _days_in(end.year, end.month)
    s_year, e_year = s_month and start.month == 1, e_month and end.month == 12
    if s_year and e_year:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if s_month and e_month:
        if (start.year, start.month) == (end.year, end.month):
            return words.month(start)
        if start.year == end.year:
            return f"{words.month_abbr(start.month)} – {words.month(end)}"
        return f"{words.month(start)} – {words.month(end)}"
    left = str(start.year) if s_year else words.month(start) if s_month else words.day(start)
    right = str(end.year) if e_year else words.month(end) if e_month else words.day(end)
    return f"{left} – {right}"

"""Every date the interface shows, in the interface's language.

One formatter, on the default QLocale that ``ui.i18n.install`` sets (Ukrainian with the
Ukrainian interface, English otherwise), never the C locale: ``strftime`` and
``calendar.month_abbr`` follow whatever locale the system has (``LANG=de_DE`` gave "31 Dez
2024" in the English interface). Parsing is not here: core/fuzzydate.py reads English dates
whatever the interface's language.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from ally_explorer.core import fuzzydate

_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat


def _locale() -> QLocale:
    return QLocale()


def _as_date(day: date | str) -> date:
    return date.fromisoformat(day) if isinstance(day, str) else day


def month_abbr(month: int) -> str:
    """"Sep", "вер." (the name on its own, as in "Sep 2025")."""
    return _locale().standaloneMonthName(month, _SHORT)


def month_name(month: int) -> str:
    """"September", "вересень"."""
    return _locale().standaloneMonthName(month, _LONG)


def weekday_abbr(day: date) -> str:
    return _locale().dayName(day.isoweekday(), _SHORT)


def format_day(day: date | str, *, with_year: bool = True) -> str:
    """"28 Sep 2025", "28 вер. 2025" (the month in the form a day takes)."""
    d = _as_date(day)
    text = f"{d.day} {_locale().monthName(d.month, _SHORT)}"
    return f"{text} {d.year}" if with_year else text


def format_day_long(day: date | str) -> str:
    """"28 September 2025", "28 вересня 2025"."""
    d = _as_date(day)
    return f"{d.day} {_locale().monthName(d.month, _LONG)} {d.year}"


def format_month(day: date | str) -> str:
    """"Sep 2025", "вер. 2025"."""
    d = _as_date(day)
    return f"{month_abbr(d.month)} {d.year}"


def format_month_long(day: date | str) -> str:
    """"September 2025", "вересень 2025"."""
    d = _as_date(day)
    return f"{month_name(d.month)} {d.year}"


def format_datetime(moment: datetime) -> str:
    """A backup's or a change's time: "28 Sep 2025, 14:05"."""
    return f"{format_day(moment.date())}, {moment:%H:%M}"


def format_window(start: date | str, end: date | str) -> str:
    """A window of days at the precision it has: "19 Jun 2024", "Jun 2024", "2024",
    "1 Jan – 30 Apr 2025", "2022–2023" (core.fuzzydate.format_window in this language)."""
    return fuzzydate.format_window((_as_date(start), _as_date(end)), _WORDS)


def window_words(start: date | str, end: date | str) -> str:
    """A window at the precision of its ends (core.fuzzydate.window_words in this language):
    a start on 1 January shows its year, on the 1st its month ("2022 – 1 Sep 2025")."""
    return fuzzydate.window_words((_as_date(start), _as_date(end)), _WORDS)


_WORDS = fuzzydate.DateWords(day=format_day, month_abbr=month_abbr)


def start_words(day: date | str) -> str:
    """When a window begins, at the coarsest precision its first day allows ("2022", "Jun 2024")."""
    d = _as_date(day)
    if (d.month, d.day) == (1, 1):
        return str(d.year)
    if d.day == 1:
        return format_month(d)
    return format_day(d)


def tick_text(moment: datetime, fmt: str) -> str:
    """A time axis tick in pyqtgraph's strftime formats ("%Y", "%b", "%d", "%a %d", "%H:%M"),
    with the names from the interface's locale."""
    out = fmt.replace("%Y", str(moment.year)).replace("%b", month_abbr(moment.month))
    out = out.replace("%a", weekday_abbr(moment.date())).replace("%d", f"{moment.day:02d}")
    out = out.replace("%H", f"{moment.hour:02d}").replace("%M", f"{moment.minute:02d}")
    return out.replace("%S", f"{moment.second:02d}").replace("%f", f"{moment.microsecond:06d}")


__all__ = ["format_datetime", "format_day", "format_day_long", "format_month", "format_month_long",
           "format_window", "month_abbr", "month_name", "start_words", "tick_text", "weekday_abbr",
           "window_words"]


def start_text(label: str, start: date | str) -> str:
    """core.fuzzydate.start_text in the interface's language: the label's own words when they
    name the start (the dataset's text stays as written), else the start day in our words."""
    from ..core.fuzzydate import start_text as words_of

    d = _as_date(start)
    own = words_of(label, d)
    return own if own != words_of("", d) else start_words(d)

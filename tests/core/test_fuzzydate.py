from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ally_explorer.core.fuzzydate import DateWindow, FuzzyDateError, format_window, parse_fuzzy_date


def w(a: str, b: str) -> DateWindow:
    return DateWindow(date.fromisoformat(a), date.fromisoformat(b))


@pytest.mark.parametrize(
    "label, expected",
    [
        ("2024-06-19", w("2024-06-19", "2024-06-19")),
        ("2024-06", w("2024-06-01", "2024-06-30")),
        ("2024", w("2024-01-01", "2024-12-31")),
        ("2024-02", w("2024-02-01", "2024-02-29")),
        ("19 June 2024", w("2024-06-19", "2024-06-19")),
        ("June 19, 2024", w("2024-06-19", "2024-06-19")),
        ("Sept. 1, 2025", w("2025-09-01", "2025-09-01")),
        ("Aug. 31, 2025", w("2025-08-31", "2025-08-31")),
        ("on August 4, 2025", w("2025-08-04", "2025-08-04")),
        ("June 2024", w("2024-06-01", "2024-06-30")),
        ("In June 2024", w("2024-06-01", "2024-06-30")),
        ("early 2025", w("2025-01-01", "2025-04-30")),
        ("In early 2022", w("2022-01-01", "2022-04-30")),
        ("mid-2025", w("2025-05-01", "2025-08-31")),
        ("By mid-2025", w("2025-05-01", "2025-08-31")),
        ("late 2023", w("2023-09-01", "2023-12-31")),
        ("As of mid-2025", w("2025-05-01", "2025-08-31")),
        ("spring 2025", w("2025-03-01", "2025-05-31")),
        ("first half of 2025", w("2025-01-01", "2025-06-30")),
        ("Q3 2025", w("2025-07-01", "2025-09-30")),
        ("end of 2025", w("2025-11-01", "2025-12-31")),
        ("2022–2023", w("2022-01-01", "2023-12-31")),
        ("2022-2023", w("2022-01-01", "2023-12-31")),
        ("2024–2025", w("2024-01-01", "2025-12-31")),
        ("In 2024–2025", w("2024-01-01", "2025-12-31")),
        ("June–July 2025", w("2025-06-01", "2025-07-31")),
        ("late 2023 – mid-2025", w("2023-09-01", "2025-08-31")),
        ("19–21 June 2024", w("2024-06-19", "2024-06-21")),
        ("April [2025]", w("2025-04-01", "2025-04-30")),
        ("In [early] 2025", w("2025-01-01", "2025-04-30")),
        ("  june   2024 ", w("2024-06-01", "2024-06-30")),
    ],
)
def test_reads_the_labels_the_article_uses(label, expected):
    assert parse_fuzzy_date(label) == expected


@pytest.mark.parametrize(
    "label, reason",
    [
        ("", "empty"),
        ("   ", "empty"),
        ("In April", "no year"),
        ("soon after the treaty", "no year"),
        ("Smarch 2024", "not a month"),
        ("2024-13-01", "no month 13"),
        ("2023-02-29", "has no day 29"),
        ("31 April 2025", "has no day 31"),
        ("2025–2022", "runs backwards"),
        ("sometime in 2024ish", "cannot read"),
        ("2024 – 2025 – 2026", "range of two"),
        ("x" * 300, "too long"),
        ("2024\x00", "NUL"),
    ],
)
def test_refuses_what_it_cannot_read_with_a_reason(label, reason):
    with pytest.raises(FuzzyDateError, match=reason):
        parse_fuzzy_date(label)


def test_non_text_is_refused():
    with pytest.raises(FuzzyDateError):
        parse_fuzzy_date(2024)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "label, shown",
    [
        ("early 2025", "1 Jan – 30 Apr 2025"),
        ("June 2024", "Jun 2024"),
        ("19 June 2024", "19 Jun 2024"),
        ("2024", "2024"),
        ("2022–2023", "2022–2023"),
        ("late 2023 – mid-2025", "1 Sep 2023 – 31 Aug 2025"),
    ],
)
def test_format_window_is_short_and_exact(label, shown):
    assert format_window(parse_fuzzy_date(label)) == shown


@settings(max_examples=2000)
@given(st.text(max_size=60))
def test_any_text_is_read_or_refused_never_crashes(text):
    try:
        window = parse_fuzzy_date(text)
    except FuzzyDateError as e:
        assert str(e)
    else:
        assert window.start <= window.end


@settings(max_examples=500)
@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_iso_days_round_trip(day):
    label = day.isoformat() if day.year >= 1000 else None
    if label:
        assert parse_fuzzy_date(label) == DateWindow(day, day)
        assert parse_fuzzy_date(format_window(DateWindow(day, day))) == DateWindow(day, day)


def test_english_month_names_whatever_the_c_locale(monkeypatch):
    """Qt sets the C library's locale from the system; labels and parsing stay English."""
    import calendar

    from ally_explorer.core import fuzzydate

    german = ["", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"]
    monkeypatch.setattr(calendar, "month_name", german)  # what setlocale(LC_ALL, "de_DE") gives
    monkeypatch.setattr(calendar, "month_abbr", [m[:3] for m in german])
    assert fuzzydate.format_window(parse_fuzzy_date("December 2024")) == "Dec 2024"
    assert fuzzydate.format_window(parse_fuzzy_date("31 March 2025")) == "31 Mar 2025"
    assert parse_fuzzy_date("Mar 2025").start.month == 3


def test_only_the_bare_word_marks_an_entry_undated():
    from ally_explorer.core.fuzzydate import is_undated

    assert is_undated("undated") and is_undated(" Undated ")
    assert not is_undated("undated [since 2022]") and not is_undated("2024") and not is_undated(None)


@pytest.mark.parametrize("label, start, shown", [
    ("Since 2022", "2022-01-01", "2022"),
    ("June 2024 – Sept. 1, 2025", "2024-06-01", "June 2024"),
    ("late 2023 – Sept. 1, 2025", "2023-09-01", "late 2023"),
    ("from 2025 [after Assad’s fall in 2024]", "2025-01-01", "2025"),
    ("from the full-scale invasion until the June 2024 treaty", "2022-01-01", "2022"),
    ("Soon after [June 2024]", "2024-06-01", "Jun 2024"),
    ("19 June 2024", "2024-06-19", "19 June 2024"),
])
def test_a_start_is_shown_no_more_precisely_than_its_label(label, start, shown):
    from ally_explorer.core.fuzzydate import start_text

    assert start_text(label, start) == shown


@pytest.mark.parametrize("start, end, shown", [
    ("2022-01-01", "2025-09-01", "2022 – 1 Sep 2025"),
    ("2024-06-01", "2024-12-31", "Jun – Dec 2024"),
    ("2025-07-01", "2025-09-01", "Jul 2025 – 1 Sep 2025"),
    ("2022-01-01", "2023-12-31", "2022–2023"),
    ("2025-01-01", "2025-04-30", "Jan – Apr 2025"),
    ("2024-06-19", "2024-06-19", "19 Jun 2024"),
])
def test_window_words_keep_each_end_at_its_precision_and_read_back(start, end, shown):
    from datetime import date as d

    from ally_explorer.core.fuzzydate import window_words

    window = DateWindow(d.fromisoformat(start), d.fromisoformat(end))
    assert window_words(window) == shown
    assert parse_fuzzy_date(shown) == window

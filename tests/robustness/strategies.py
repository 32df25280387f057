"""Hypothesis strategies and hostile strings shared by the input tests."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from hypothesis import strategies as st

from ally_explorer.core import vocab
from ally_explorer.core.entities import ENTITIES, Entity, Field

ESSAY = " ".join(["Belarus", "treaty", "sanctions", "“quoted”", "oil"] * 10_000)  # 50,000 words

#: Strings that have broken search boxes and SQL before: injection, FTS5 syntax, odd Unicode.
HOSTILE: tuple[str, ...] = (
    "'; DROP TABLE events; --",
    "Robert'); DROP TABLE countries;--",
    '" OR 1=1 --',
    "1; SELECT * FROM sqlite_master",
    '"', '""', '"unbalanced', "unbalanced'", "'", "''",
    "NEAR(", "NEAR(treaty russia, 2)", "NEAR/3", "treaty*", "*", "**", "-", "--", "- treaty",
    "-treaty", "treaty -russia", "treaty NOT oil", "AND", "OR", "NOT", "^treaty", "+treaty",
    ":", "title:treaty", "{title description}: treaty", "events_fts", "(", ")", "()", "((((",
    "[", "]", "[[", "]]", "%", "_", "%_%", "\\", "\\\\'", "?", ":q", "@q", "$1",
    "\x00", "a\x00b", "\x00DROP", "\t\n\r\x0b\x0c", "\x1b[31mred\x1b[0m", "\u0085", "\u2028\u2029",
    "مرحبا بالعالم", "שלום עולם", "\u202eevil.exe\u202c", "\u200f\u200e\u200b\u2060", "\ufeffBOM",
    "😀", "🇷🇺🇺🇦", "👨‍👩‍👧‍👦", "e\u0301\u0301\u0301", "Z̷̢̛̛a̸l̷g̶o̵", "ǅ İstanbul ß ﬁ", "𝕿𝖊𝖝𝖙", "\U0010ffff",
    "%s %d {0} {}", "<script>alert(1)</script>", "<b>bold</b>&amp;&lt;", "…", "—", "‘’“”",
    " leading and trailing ", "x" * 300, "x" * 301, ESSAY,
)

#: Unencodable text: Python can hold it, UTF-8 (and so SQLite) cannot.
SURROGATES = ("\ud800", "a\udfffb")

texts = st.one_of(
    st.text(max_size=80),
    st.sampled_from(HOSTILE),
    st.sampled_from(SURROGATES),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20),
)

#: Any JSON-like value, and a few that JSON cannot hold but a form or a script might pass.
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True), texts,
)
json_like = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4), max_leaves=12
)

#: A valid entry of each kind for the test database (tests.conftest.minimal).
VALID: dict[str, dict[str, Any]] = {
    "country": dict(name="Testland"),
    "person": dict(name="Pat Test", country_id="AAA"),
    "source": dict(title="A source"),
    "event": dict(title="An event", date_label="2025", category="military", confidence="reported",
                  attribution="Someone", countries=["AAA"], source_id="src"),
    "statement": dict(text="We will", country_id="AAA", date_label="2025", confidence="reported",
                      attribution="Someone", source_id="src"),
    "alignment": dict(country_id="AAA", stance="ally", date_label="2025", confidence="reported",
                      attribution="Someone", source_id="src"),
    "figure": dict(country_id="AAA", label="Troops", value=10, unit="troops", date_label="2025",
                   confidence="reported", attribution="Someone", source_id="src"),
}


def with_surrogate(entity: Entity) -> dict[str, Any]:
    """A valid entry but for a lone surrogate in its first free-text field."""
    field = next(f.name for f in entity.fields if f.kind in ("text", "longtext") and f.name not in ("id", "iso2", "iso_numeric"))
    key = {"id": "surrogate-key"} if entity.name in ("person", "source") else {"id": "QQQ"} if entity.name == "country" else {}
    return VALID[entity.name] | key | {field: "text with a lone surrogate \ud800"}


#: Ids the test database holds (tests.conftest.minimal), and (last, rarer) one it does not.
REFS = {"source": ("src", "nope"), "country": ("AAA", "BBB", "ZZZ"), "person": ("pat", "nobody")}


def _ref(entity: str) -> st.SearchStrategy[str]:
    *known, missing = REFS[entity]
    return st.sampled_from(known * 8 + [missing])

MONTH_NAMES = ("January", "Feb", "Sept.", "march", "DECEMBER", "Jun")


@st.composite
def date_labels(draw) -> str:
    """Labels in the forms the article and the data README use."""
    year = draw(st.integers(1000, 9999))
    form = draw(st.integers(0, 11))
    month = draw(st.sampled_from(MONTH_NAMES))
    if form == 0:
        return str(year)
    if form == 1:
        return f"{month} {year}"
    if form == 2:
        return f"{draw(st.sampled_from(['early', 'mid', 'late', 'Mid']))}{draw(st.sampled_from(['-', ' ']))}{year}"
    if form == 3:
        return f"{draw(st.sampled_from(['spring', 'summer', 'autumn', 'fall']))} {year}"
    if form == 4:
        return f"Q{draw(st.integers(1, 4))} {year}"
    if form == 5:
        return f"{draw(st.sampled_from(['first', 'second']))} half of {year}"
    if form == 6:
        day = draw(st.dates(date(year, 1, 1), date(year, 12, 31)))
        return day.isoformat()
    if form == 7:
        return f"{year}-{draw(st.integers(1, 12)):02d}"
    if form == 8:
        day = draw(st.dates(date(year, 1, 1), date(year, 12, 31)))
        return f"{day.day} {day.strftime('%B')} {year}"
    if form == 9:
        return f"{draw(st.sampled_from(['In', 'By', 'As of', 'around']))} {month} {year}"
    if form == 10:
        return f"{year}–{year + draw(st.integers(0, 3))}" if year < 9996 else str(year)
    first, last = sorted(draw(st.lists(st.integers(1, 12), min_size=2, max_size=2)))
    return f"{date(2000, first, 1):%B}–{date(2000, last, 1):%b} {year}"


def _valid_value(f: Field, entity: Entity) -> st.SearchStrategy[Any]:
    if f.name == "id" and entity.name == "country":
        return st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3)
    if f.name == "id":
        return st.from_regex(r"\A[a-z0-9][a-z0-9_-]{0,20}\Z")
    if f.name == "iso2":
        return st.from_regex(r"\A[A-Z]{2}\Z")
    if f.name == "iso_numeric":
        return st.from_regex(r"\A[0-9]{3}\Z")
    if f.kind == "enum":
        return st.sampled_from(f.choices)
    if f.kind in ("ref",):
        return _ref(f.ref)
    if f.kind == "refs":
        return st.lists(_ref(f.ref), min_size=1, max_size=3)
    if f.kind == "date":
        return date_labels()
    if f.kind == "int":
        return st.integers(1, 3) | st.sampled_from(["2", " 3 "])
    if f.kind == "float":
        return st.floats(-1e12, 1e12, allow_nan=False) | st.sampled_from(["12,000,000", "2.5", "1_000"])
    if f.kind == "bool":
        return st.booleans()
    if f.kind == "list":
        return st.lists(st.text(max_size=20), max_size=4) | st.text(max_size=40)
    return st.text(min_size=1, max_size=f.max_length) | st.sampled_from(HOSTILE)


def _weighted(**weights: float) -> st.SearchStrategy[str]:
    """One of the names, about as often as its weight says (the first is where shrinking goes)."""
    total = sum(weights.values())
    pool = [name for name, w in weights.items() for _ in range(max(1, round(100 * w / total)))]
    return st.sampled_from(pool)


@st.composite
def entries(draw, entity: Entity, *, junk: float = 0.04) -> dict[str, Any]:
    """Mostly plausible values for one entry, with junk and gaps mixed in."""
    values: dict[str, Any] = {}
    for f in entity.fields:
        choice = draw(_weighted(valid=1 - junk - (0.03 if f.required else 0.3), junk=junk, skip=0.03 if f.required else 0.3))
        if choice == "junk":
            values[f.name] = draw(json_like)
        elif choice == "valid":
            values[f.name] = draw(_valid_value(f, entity))
    if isinstance(values.get("confidence"), str) and values["confidence"] in vocab.NEEDS_ATTRIBUTION:
        if draw(_weighted(yes=0.8, no=0.2)) == "yes":
            values["attribution"] = draw(texts)
    low, high = values.get("value"), values.get("value_high")
    if isinstance(low, float) and isinstance(high, float) and high < low and draw(_weighted(yes=0.8, no=0.2)) == "yes":
        values["value"], values["value_high"] = high, low
    if entity.dated and draw(_weighted(no=0.8, yes=0.2)) == "yes":
        values["date_start"] = draw(st.dates().map(date.isoformat) | json_like)
        values["date_end"] = draw(st.dates().map(date.isoformat) | json_like)
    return values


def same_value(expected: Any, actual: Any) -> bool:
    """A validated value against what the Store read back."""
    if isinstance(expected, float):
        return isinstance(actual, float) and (actual == expected or (math.isnan(actual) and math.isnan(expected)))
    if isinstance(expected, (list, tuple)):
        return tuple(expected) == tuple(actual)
    if expected in ("", None) and actual in ("", None):
        return True
    return expected == actual and type(expected) is type(actual)


ALL_ENTITIES = tuple(ENTITIES.values())

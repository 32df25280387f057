"""Field checks shared by the data layer and the forms, so no path writes bad data.

``validate(entity, values)`` returns the values normalised for storage (dates resolved into a
window, numbers as numbers, lists as tuples) or raises ``ValidationError`` naming every bad field.
References to other rows are checked by the store, which can see them.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from functools import lru_cache
from typing import Any

from . import vocab
from .entities import ENTITIES, Entity, Field
from .errors import ValidationError
from .fuzzydate import FuzzyDateError, parse_fuzzy_date
from .i18n import translate

_ISO3 = re.compile(r"^[A-Z]{3}$")
_ISO2 = re.compile(r"^[A-Z]{2}$")
_ISO_NUMERIC = re.compile(r"^[0-9]{3}$")
#: A person's or source's key: letters (any script, lower case), digits, - and _; made by slugify.
_KEY = re.compile(r"^[^\W_][\w-]{0,63}$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

LONGTEXT_LIMIT = 1_000_000


def _limit(f: Field) -> int:
    return max(LONGTEXT_LIMIT, f.max_length) if f.kind == "longtext" else f.max_length


def _is_blank(value: Any) -> bool:
    if value is None:
        return True
    if type(value) is str:  # the common case first: imports check millions of fields
        return not value or value.isspace()
    return isinstance(value, (str, list, tuple)) and not (value.strip() if isinstance(value, str) else value)


def parse_number(value: Any) -> float:
    """A number from a form or a file: 12000000, '12,000,000', '2.1'. Raises ValueError."""
    if isinstance(value, bool):
        raise ValueError("must be a number")
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:  # an int beyond any float, e.g. from a JSON file
            raise ValueError("is too large") from None
    elif isinstance(value, str):
        cleaned = value.strip().replace(",", "").replace("_", "").replace("\u00a0", "")
        if not cleaned:
            raise ValueError("must be a number")
        try:
            number = float(cleaned)
        except ValueError:
            raise ValueError(f"“{value}” is not a number") from None
    else:
        raise ValueError("must be a number")
    if not math.isfinite(number):
        raise ValueError("must be a finite number")
    return number


def _encodable(text: str) -> bool:
    """SQLite stores UTF-8: a lone surrogate (possible in Python, JSON and pasted text) is not."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


UNENCODABLE = "contains a character that cannot be saved (an unpaired surrogate); retype it"


def split_list(value: Any) -> tuple[str, ...]:
    """Aliases and similar: a list, or text separated by semicolons."""
    if value is None:
        return ()
    if isinstance(value, str):
        items = value.split(";")
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        raise ValueError("must be a list of names")
    out: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise ValueError("every name must be text")
        if not _encodable(item):
            raise ValueError(UNENCODABLE)
        item = item.strip()
        if item and item not in out:
            out.append(item)
    return tuple(out)


#: Latin letters that Unicode does not decompose into a base letter and a mark.
_LATIN_EXTRA = str.maketrans({"ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                              "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t"})


def slugify(text: str) -> str:
    """A key from a name, keeping its letters: 'Recep Tayyip Erdoğan' -> 'recep-tayyip-erdogan'.

    Latin letters lose their accents (NFKD, marks dropped); letters of other scripts are kept as
    they are ('Володимир Зеленський' -> 'володимир-зеленський'), since dropping them leaves nothing.
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text.lower()).translate(_LATIN_EXTRA):
        base = unicodedata.normalize("NFKD", ch)
        if base[:1].isascii() and base[:1].isalnum():
            out.append("".join(c for c in base if c.isascii() and c.isalnum()))
        elif ch.isalnum():
            out.append(ch)
        else:
            out.append("-")
    slug = re.sub(r"-+", "-", "".join(out)).strip("-")
    return slug[:60].rstrip("-") or "entry"


_TEXT_KINDS = frozenset({"text", "longtext", "date", "ref"})


def _check_field(f: Field, value: Any) -> tuple[Any, str | None]:
    """Normalise one value; return (value, error or None)."""
    if _is_blank(value):
        if f.required:
            return None, translate("validation", "is required")
        if f.kind == "bool":
            return False, None
        if f.kind in ("list", "refs"):
            return (), None
        return None, None
    if f.kind in _TEXT_KINDS:
        if not isinstance(value, str):
            return None, translate("validation", "must be text")
        if len(value) > _limit(f):
            return None, translate("validation", "is too long ({length:,} characters; at most {limit:,})").format(length=len(value), limit=_limit(f))
        if not _encodable(value):
            return None, UNENCODABLE
        return value, None
    if f.kind == "enum":
        if value not in f.choices:
            return None, translate("validation", "must be one of: {choices}").format(choices=", ".join(c for c in f.choices if c))
        return value, None
    if f.kind == "int":
        try:
            number = parse_number(value)
        except ValueError as e:
            return None, str(e)
        if number != int(number):
            return None, translate("validation", "must be a whole number")
        return int(number), None
    if f.kind == "float":
        try:
            return parse_number(value), None
        except ValueError as e:
            return None, str(e)
    if f.kind == "bool":
        if isinstance(value, bool) or value in (0, 1):
            return bool(value), None
        return None, translate("validation", "must be yes or no")
    if f.kind == "list":
        try:
            items = split_list(value)
        except ValueError as e:
            return None, str(e)
        if sum(len(i) for i in items) > f.max_length:
            return None, translate("validation", "is too long (at most {limit:,} characters in all)").format(limit=f.max_length)
        return items, None
    if f.kind == "refs":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            return None, translate("validation", "must be a list of ids")
        if not all(_encodable(v) for v in value):
            return None, UNENCODABLE
        ordered = tuple(dict.fromkeys(v for v in value if v))
        if f.required and not ordered:
            return None, translate("validation", "needs at least one")
        return ordered, None
    raise AssertionError(f"unknown field kind {f.kind}")  # pragma: no cover


_EXACT_INT = 2**53  # beyond this a float cannot hold every whole number


def _checker(f: Field):
    """``_check_field`` for one field, with the common well-formed value decided first: an
    import of 100,000 events checks millions of fields, nearly all of them plain."""
    if not f.required and f.kind not in ("bool", "list", "refs"):  # an absent optional value is None
        inner = _checker_present(f)

        def optional(value: Any) -> tuple[Any, str | None]:
            return (None, None) if value is None else inner(value)
        return optional
    return _checker_present(f)


def _checker_present(f: Field):
    slow = lambda value: _check_field(f, value)  # noqa: E731
    if f.kind == "refs":
        def check(value: Any) -> tuple[Any, str | None]:
            if type(value) is list:
                try:
                    joined = "".join(value)  # TypeError unless every item is text
                except TypeError:
                    return _check_field(f, value)
                if joined.isascii():
                    ordered = tuple(dict.fromkeys(v for v in value if v))
                    if ordered or not f.required:
                        return ordered, None
            return _check_field(f, value)
        return check
    if f.kind in _TEXT_KINDS:
        limit = _limit(f)

        def check(value: Any) -> tuple[Any, str | None]:
            if type(value) is str and value and len(value) <= limit and value.isascii() and not value.isspace():
                return value, None
            return _check_field(f, value)
        return check
    if f.kind == "enum":
        choices = frozenset(c for c in f.choices if c and not c.isspace())

        def check(value: Any) -> tuple[Any, str | None]:
            if type(value) is str and value in choices:
                return value, None
            return _check_field(f, value)
        return check
    if f.kind == "int":
        def check(value: Any) -> tuple[Any, str | None]:
            if type(value) is int and -_EXACT_INT < value < _EXACT_INT:
                return value, None
            return _check_field(f, value)
        return check
    if f.kind == "float":
        def check(value: Any) -> tuple[Any, str | None]:
            if (type(value) is float and math.isfinite(value)) or (type(value) is int and -_EXACT_INT < value < _EXACT_INT):
                return float(value), None
            return _check_field(f, value)
        return check
    return slow


_CHECKERS: dict[int, tuple[tuple[str, Any], ...]] = {}


def _checkers(entity: Entity) -> tuple[tuple[str, Any], ...]:
    key = id(entity)
    found = _CHECKERS.get(key)
    if found is None or len(found) != len(entity.fields):
        found = _CHECKERS[key] = tuple((f.name, _checker(f)) for f in entity.fields)
    return found


def _iso_day(value: Any) -> date | None:
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


@lru_cache(maxsize=65_536)
def _label_window(label: str) -> tuple[str, str]:
    """The ISO days a label allows (imports repeat the same labels thousands of times)."""
    return parse_fuzzy_date(label).iso()


def _check_dates(values: dict[str, Any], out: dict[str, Any], errors: dict[str, str]) -> None:
    """Resolve the window: explicit date_start/date_end win; otherwise parse the label."""
    start, end = values.get("date_start"), values.get("date_end")
    label = out.get("date_label")
    if _is_blank(start) and _is_blank(end):
        if label is None:
            return  # already reported as required
        try:
            out["date_start"], out["date_end"] = _label_window(label)
        except FuzzyDateError as e:
            errors["date_label"] = translate("validation", "{problem} (or give the window explicitly)").format(problem=e)
        return
    if _is_blank(start) or _is_blank(end):
        errors["date_start" if _is_blank(start) else "date_end"] = (
            translate("validation", "give both ends of the window, or neither")
        )
        return
    first, last = _iso_day(start), _iso_day(end)
    if first is None:
        errors["date_start"] = translate("validation", "“{text}” is not a date (YYYY-MM-DD)").format(text=start)
    if last is None:
        errors["date_end"] = translate("validation", "“{text}” is not a date (YYYY-MM-DD)").format(text=end)
    if first and last:
        if first > last:
            errors["date_end"] = translate("validation", "ends ({end}) before it starts ({start})").format(end=end, start=start)
        else:
            out["date_start"], out["date_end"] = start, end


def validate(entity: Entity | str, values: dict[str, Any]) -> dict[str, Any]:
    """Check every field of one entry; return it normalised, or raise ValidationError."""
    if isinstance(entity, str):
        entity = ENTITIES[entity]
    if not isinstance(values, dict):
        raise ValidationError({"": "an entry must be a set of named fields"}, entity=entity.label)
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    get = values.get
    for name, check in _checkers(entity):
        value, error = check(get(name))
        if error:
            errors[name] = error
        else:
            out[name] = value

    if entity.dated and "date_label" not in errors:
        _check_dates(values, out, errors)

    if entity.name == "country":
        for name, pattern, what in (
            ("id", _ISO3, translate("validation", "must be three capital letters (ISO 3166-1 alpha-3), e.g. BLR")),
            ("iso2", _ISO2, translate("validation", "must be two capital letters, e.g. BY")),
            ("iso_numeric", _ISO_NUMERIC, translate("validation", "must be three digits, e.g. 112")),
        ):
            if out.get(name) is not None and not pattern.match(out[name]):
                errors[name] = what
    if entity.name in ("person", "source") and out.get("id") is not None:
        if not _KEY.match(out["id"]) or out["id"] != out["id"].lower():
            errors["id"] = translate("validation", "must be lower-case letters, digits, - or _ (at most 64)")

    if "confidence" in out and out.get("confidence") in vocab.NEEDS_ATTRIBUTION:
        if _is_blank(out.get("attribution")):
            errors["attribution"] = (
                translate("validation", "say who asserts it: a “{confidence}” claim needs an attribution").format(
                    confidence=translate("vocab", vocab.CONFIDENCE_LABELS.get(out["confidence"], out["confidence"])).lower())
            )
    if "importance" in out:
        if out["importance"] is None:
            out["importance"] = 2
        elif not 1 <= out["importance"] <= 3:
            errors["importance"] = translate("validation", "must be 1, 2 or 3")
    if entity.name == "figure":
        if out.get("qualifier") is None:
            out["qualifier"] = ""
        high, low = out.get("value_high"), out.get("value")
        if high is not None and low is not None and high < low:
            errors["value_high"] = translate("validation", "the upper end ({high:g}) is below the value ({low:g})").format(high=high, low=low)
    if errors:
        raise ValidationError(errors, entity=entity.label)
    return out


def check(entity: Entity | str, values: dict[str, Any]) -> dict[str, str]:
    """Like validate, but returns the errors (empty when fine): handy for live form feedback."""
    try:
        validate(entity, values)
    except ValidationError as e:
        return e.errors
    return {}

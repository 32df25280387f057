"""What a selected passage suggests for a new entry: its date, and the hedge rule of
data/README.md (how sure the source is, and who says so). Suggestions only: the form shows
them and the editor decides."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fuzzydate import FuzzyDateError, parse_fuzzy_date

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)")
#: Most precise first: a day beats a month, a month beats a year.
_DATES = (
    rf"\b\d{{1,2}} {_MONTH} \d{{4}}\b",
    rf"\b{_MONTH} \d{{1,2}}, \d{{4}}\b",
    rf"\b(?:(?:early|mid-|late) ?)?{_MONTH} \d{{4}}\b",
    r"\b(?:early|mid-|late) ?\d{4}\b",
    r"\b\d{4}[–-]\d{4}\b",
    r"(?<=\b[Ii]n )\d{4}\b",
    r"(?<=\b[Ss]ince )\d{4}\b",
    r"\b(?:19|20)\d{2}\b",
)


def suggest_date(passage: str) -> str | None:
    """A date label read from the passage ("In June 2024" -> "June 2024"), or None."""
    for pattern in _DATES:
        for m in re.finditer(pattern, passage):
            label = m.group(0)
            if re.match(r"(?:early|mid-|late) ", label) is None and label.startswith(("early", "late")):
                label = label.replace("early", "early ", 1).replace("late", "late ", 1)
            try:
                parse_fuzzy_date(label)
            except FuzzyDateError:
                continue
            return label
    return None


@dataclass(frozen=True, slots=True)
class Hedge:
    confidence: str
    attribution: str
    why: str  # the words that decided it, for the form's hint ("" when none)


def _who(text: str) -> str:
    """The named party after "according to": up to the first comma, full stop or clause word."""
    text = re.split(r"[,.;:()]| that | who | which | as ", text, maxsplit=1)[0]
    return " ".join(text.split()[:8]).strip()


def suggest_hedge(passage: str) -> Hedge:
    """The hedge rule: "reportedly" -> reported by "Unnamed reports"; "according to Ukraine's
    intelligence" -> reported, attributed to it; "X claimed" -> claimed by X; "is expected to"
    -> reported, "Expected, no source named"; otherwise confirmed."""
    low = passage.lower()
    m = re.search(r"\baccording to (.+)", passage, re.IGNORECASE | re.DOTALL)
    if m:
        who = _who(m.group(1))
        return Hedge("reported", who[:1].upper() + who[1:] if who else "Unnamed reports", "according to")
    m = re.search(r"\b(?:has\s+|have\s+|had\s+)?claimed\b", passage)
    if m:  # who claims: the words before "claimed" in its clause ("Norland's foreign minister")
        clause = re.split(r"[.,;:!?()\n]", passage[:m.start()])[-1].split()[-5:]
        while clause and clause[0].lower() in ("the", "and", "but", "as", "while", "a", "an"):
            clause = clause[1:]
        who = " ".join(clause)
        if clause and clause[0].lower() not in ("it", "he", "she", "they", "this", "that", "was", "is", "been"):
            return Hedge("claimed", who[:1].upper() + who[1:], "claimed")
    if "claimed" in low or "allegedly" in low:
        return Hedge("claimed" if "claimed" in low else "reported", "Unnamed reports",
                     "claimed" if "claimed" in low else "allegedly")
    for words in ("reportedly", "reports emerged", "appears to"):
        if words in low:
            return Hedge("reported", "Unnamed reports", words)
    m = re.search(r"\b([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})\s+reported\b", passage)
    if m:
        return Hedge("reported", m.group(1), "reported")
    if "expected to" in low:
        return Hedge("reported", "Expected, no source named", "expected to")
    return Hedge("confirmed", "", "")


__all__ = ["Hedge", "suggest_date", "suggest_hedge"]

"""Where a cited passage sits in its source's text, and finding it again after the text changes.

An anchor follows the W3C Web Annotation selectors: a TextQuoteSelector (the exact quote and a
little text before and after it) and a TextPositionSelector (character offsets, ``end``
exclusive, counted in Python characters). Re-finding tries, in order: the offsets still hold
the quote ("exact"); the quote found elsewhere, chosen by its context and then by nearness
("moved"); a passage between the old prefix and suffix close enough to the quote ("fuzzy",
limited so a long text is never scanned quadratically); otherwise the anchor is "lost" and
reported, never dropped.

Sentences and coverage: how many of a source's sentences an entry cites, and which none does.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

#: Characters of context kept on each side of a quote (Hypothesis keeps 32).
CONTEXT = 32
#: Fuzzy matching: quotes up to this long, at least this similar to the old quote.
FUZZY_MAX_QUOTE = 2000
FUZZY_MIN_RATIO = 0.8

Status = Literal["exact", "moved", "fuzzy", "lost"]


@dataclass(frozen=True, slots=True)
class Anchor:
    """One cited passage: the TextQuoteSelector (quote, prefix, suffix) and the
    TextPositionSelector (start, end) of the W3C Web Annotation model."""

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Found:
    anchor: Anchor  # the old anchor when lost
    status: Status


def _context(text: str, start: int, end: int, quote: str) -> Anchor:
    return Anchor(quote, text[max(0, start - CONTEXT):start], text[end:end + CONTEXT], start, end)


def _occurrences(text: str, quote: str) -> Iterable[int]:
    i = text.find(quote)
    while i >= 0:
        yield i
        i = text.find(quote, i + 1)


def make_anchor(text: str, quote: str, *, near: int | None = None) -> Anchor | None:
    """The anchor of ``quote`` in ``text`` (the occurrence nearest ``near`` when it occurs more
    than once, else the first); None when the text does not hold it verbatim."""
    if not quote:
        return None
    if near is None:
        start = text.find(quote)
    else:
        start = min(_occurrences(text, quote), key=lambda i: abs(i - near), default=-1)
    if start < 0:
        return None
    return _context(text, start, start + len(quote), quote)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def refind(anchor: Anchor, text: str) -> Found:
    """Find ``anchor`` in an edited ``text``; status says how (see the module docstring)."""
    quote = anchor.quote
    if text[anchor.start:anchor.end] == quote:
        return Found(_context(text, anchor.start, anchor.end, quote), "exact")
    starts = list(_occurrences(text, quote)) if quote else []
    if starts:
        def score(i: int) -> tuple[int, int]:
            context = (_common_suffix(text[max(0, i - CONTEXT):i], anchor.prefix)
                       + _common_prefix(text[i + len(quote):i + len(quote) + CONTEXT], anchor.suffix))
            return (-context, abs(i - anchor.start))
        start = min(starts, key=score)
        return Found(_context(text, start, start + len(quote), quote), "moved")
    fuzzy = _fuzzy(anchor, text)
    if fuzzy is not None:
        return Found(fuzzy, "fuzzy")
    return Found(anchor, "lost")


def _fuzzy(anchor: Anchor, text: str) -> Anchor | None:
    """The passage between the old prefix and suffix (each found once), when it is close to the
    old quote: a word changed inside a quote keeps its anchor, a deleted passage does not."""
    quote = anchor.quote
    if not quote or len(quote) > FUZZY_MAX_QUOTE or len(anchor.prefix) < 8 or len(anchor.suffix) < 8:
        return None
    candidates = []
    for p in _occurrences(text, anchor.prefix):
        start = p + len(anchor.prefix)
        window = text[start:start + 2 * len(quote) + len(anchor.suffix)]
        s = window.find(anchor.suffix)
        if s >= 0:
            candidates.append((start, start + s))
        if len(candidates) > 20:
            return None  # a context this common says nothing
    best: tuple[float, int, int] | None = None
    for start, end in candidates:
        ratio = difflib.SequenceMatcher(None, quote, text[start:end], autojunk=False).ratio()
        if ratio >= FUZZY_MIN_RATIO and (best is None or ratio > best[0]):
            best = (ratio, start, end)
    if best is None:
        return None
    _, start, end = best
    return _context(text, start, end, text[start:end])


# -- sentences ----------------------------------------------------------------------------------

#: Words whose full stop does not end a sentence ("Aug. 31", "U.S. President", "Mr. Xi").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt rep sen gov pres no vs etc inc ltd co corp dept "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.s.s.r e.g i.e approx".split()
)
_LAST_WORD = re.compile(r"([\w.]+)$")
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """The spans (start, end) of the text's sentences, without surrounding white space. A line
    break always ends one; a full stop does unless it ends an abbreviation or an initial."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _END.finditer(text):
        end = m.start()
        if text[end] == ".":
            word = _LAST_WORD.search(text, max(begin, end - 12), end)  # the word before the stop
            token = word.group(1).lower() if word else ""
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            following = text[m.end():m.end() + 3].lstrip()
            if following[:1].islower():
                continue
        _add(spans, text, begin, m.end() if text[end] != "\n" else end)
        begin = m.end()
    _add(spans, text, begin, len(text))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


@dataclass(frozen=True, slots=True)
class Coverage:
    sentences: tuple[tuple[int, int], ...]
    cited: tuple[bool, ...]  # per sentence: does any passage overlap it

    @property
    def total(self) -> int:
        return len(self.sentences)

    @property
    def used(self) -> int:
        return sum(self.cited)

    def unused(self) -> list[tuple[int, int]]:
        return [s for s, c in zip(self.sentences, self.cited) if not c]


def coverage(text: str, passages: Sequence[tuple[int, int]]) -> Coverage:
    """Which sentences of ``text`` overlap at least one cited passage (start, end)."""
    spans = sentences(text)
    ordered = sorted(passages)
    cited = []
    j = 0
    reach = -1  # the furthest end of the passages starting before this sentence ends
    # Sweep: sentences and passages both in text order; a sentence is cited when a passage
    # starting before its end reaches past its start.
    for start, end in spans:
        while j < len(ordered) and ordered[j][0] < end:
            reach = max(reach, ordered[j][1])
            j += 1
        cited.append(reach > start)
    return Coverage(tuple(spans), tuple(cited))


def shifted(anchor: Anchor, by: int) -> Anchor:
    return replace(anchor, start=anchor.start + by, end=anchor.end + by)

"""A classroom quiz made from the dataset: every question and every answer comes from a record,
never from a made-up fact, and a question is only asked when exactly one answer is right.

Four kinds (``KINDS``): who said a quote, which country an event (names masked) belongs to, the
order of four to six dated events, and how sure the source is of a claim. The same seed, the
same data and the same filters give the same quiz (``random.Random(seed)``; nothing depends on
set or dict order), so a teacher can give one quiz to two classes.

The texts shown around a question ("Who said this?") belong to the interface, which translates
them; this module hands over only the data's own words and the masks.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from . import vocab
from .fuzzydate import is_undated
from .records import Country, Event, Person, Statement

SPEAKER, ORDER, COUNTRY, CONFIDENCE = "speaker", "order", "country", "confidence"
KINDS: tuple[str, ...] = (SPEAKER, ORDER, COUNTRY, CONFIDENCE)

#: What a masked country name, alias or demonym becomes; a masked person's name.
COUNTRY_MASK = "[country]"
PERSON_MASK = "[person]"

LETTERS = "ABCDEFGH"
CHOICES = 4
#: How many questions a quiz has (fewer when the filtered data has no more).
QUIZ_LENGTH = 8
ORDER_SIZES = (4, 5, 6)

#: Demonyms of the countries the dataset covers (the data has names and aliases, not these):
#: they are masked too, since "North Korean troops" gives the country away.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "BLR": ("Belarusian", "Belarusians"),
    "CHN": ("Chinese",),
    "HUN": ("Hungarian", "Hungarians"),
    "IND": ("Indian", "Indians", "Indian-made"),
    "IRN": ("Iranian", "Iranians"),
    "PRK": ("North Korean", "North Koreans"),
    "RUS": ("Russian", "Russians"),
    "SVK": ("Slovak", "Slovakian", "Slovaks"),
    "SYR": ("Syrian", "Syrians"),
    "TUR": ("Turkish", "Turk", "Turks"),
    "UKR": ("Ukrainian", "Ukrainians"),
    "USA": ("American", "Americans"),
}


@dataclass(frozen=True, slots=True)
class QuizData:
    """What the questions are made from: the records passing the user's filters (events and
    quotes), and every person and country (the distractors and the masks)."""

    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    people: tuple[Person, ...] = ()
    countries: tuple[Country, ...] = ()


@dataclass(frozen=True, slots=True)
class Choice:
    key: str  # a person or country id, a confidence level, or an event id (as text)
    label: str


@dataclass(frozen=True, slots=True)
class Question:
    """One question. ``choices`` are shown in this order, lettered A, B, ...; for a choice
    question ``answer`` holds the one right index, for an ordering question the indices in
    date order. ``entries`` are the records the answer shows, as (kind, id)."""

    kind: str
    text: str  # the quote, the masked event, the claim ("" for an ordering question)
    choices: tuple[Choice, ...]
    answer: tuple[int, ...]
    entries: tuple[tuple[str, int], ...]
    hint: str = ""  # the quote's context with the names masked; the masked event's description
    windows: tuple[tuple[str, str], ...] = field(default=())  # ordering: each choice's (start, end)

    @property
    def right_letters(self) -> str:
        return "".join(LETTERS[i] for i in self.answer)

    def is_right(self, response: int | tuple[int, ...] | list[int]) -> bool:
        """A choice index, or (ordering) the choice indices in the order given. Fuzzy dates
        count as in order whenever their windows allow it: each event may start no later than
        every later one ends."""
        if self.kind != ORDER:
            return isinstance(response, int) and (response,) == self.answer
        order = tuple(response)
        if sorted(order) != list(range(len(self.choices))):
            return False
        return all(self.windows[a][0] <= self.windows[b][1] for a, b in combinations(order, 2))


# -- masking ------------------------------------------------------------------------------


def _pattern(words) -> re.Pattern | None:
    return _compiled(tuple(sorted({w for w in words if w and len(w) > 1}, key=lambda w: (-len(w), w))))


@lru_cache(maxsize=512)
def _compiled(words: tuple[str, ...]) -> re.Pattern | None:
    """Longest first, whole words only ("Russia" is not masked inside "Russian")."""
    if not words:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])")


def country_words(country: Country) -> tuple[str, ...]:
    """Every word that names a country: its name, aliases (capitals too) and demonyms."""
    return (country.name, *country.aliases, *DEMONYMS.get(country.id, ()))


def person_words(person: Person) -> tuple[str, ...]:
    """A person's full name and each part of it long enough to name them (Lukashenko, al-Assad, Assad)."""
    parts = [person.name]
    for token in person.name.split():
        if len(token) > 2:
            parts.append(token)
            if "-" in token:
                parts.append(token.split("-", 1)[1])
    return tuple(parts)


def mask(text: str, country: Country, people: tuple[Person, ...] = ()) -> str:
    """The text with the country's names (and its people's names) masked."""
    out = text or ""
    people_pattern = _pattern(w for p in people if p.country_id == country.id for w in person_words(p))
    country_pattern = _pattern(country_words(country))
    if people_pattern is not None:
        out = people_pattern.sub(PERSON_MASK, out)
    if country_pattern is not None:
        out = country_pattern.sub(COUNTRY_MASK, out)
    return out


def mentions(text: str, words) -> bool:
    pattern = _pattern(words)
    return bool(pattern and pattern.search(text or ""))


# -- the kinds ------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join((text or "").casefold().replace("“", '"').replace("”", '"').split())


_ROLE_WORDS = ("prime minister", "president", "leader", "minister", "king", "chancellor")


def _role_word(role: str | None) -> str | None:
    low = (role or "").casefold()
    return next((w for w in _ROLE_WORDS if w in low), None)


def speaker_questions(data: QuizData, rng: random.Random) -> list[Question]:
    people = {p.id: p for p in data.people}
    speakers: dict[str, set[str | None]] = {}
    for s in data.statements:
        speakers.setdefault(_norm(s.text), set()).add(s.person_id)
    out = []
    seen: set[str] = set()
    for s in data.statements:
        key = _norm(s.text)
        # A quote said by several people (or by somebody unnamed as well) has no one answer.
        if s.person_id not in people or len(speakers[key]) != 1 or key in seen:
            continue
        seen.add(key)
        speaker = people[s.person_id]
        role = _role_word(speaker.role)
        ranked = []
        for p in sorted(data.people, key=lambda p: p.id):
            if p.id == speaker.id or _norm(p.name) == _norm(speaker.name):
                continue
            rank = 0 if p.country_id and p.country_id == speaker.country_id else 1 if role and _role_word(p.role) == role else 2
            ranked.append((rank, rng.random(), p))
        ranked.sort(key=lambda t: (t[0], t[1]))
        distractors = [p for _, _, p in ranked[: CHOICES - 1]]
        if len(distractors) < CHOICES - 1:
            continue
        options = [speaker, *distractors]
        rng.shuffle(options)
        hint = s.context or ""
        pattern = _pattern(w for p in data.people for w in person_words(p))
        if pattern is not None:
            hint = pattern.sub(PERSON_MASK, hint)
        out.append(Question(
            SPEAKER, s.text, tuple(Choice(p.id, p.name) for p in options), (options.index(speaker),),
            (("statement", s.id),), hint=hint,
        ))
    return out


def dated(event: Event) -> bool:
    return not is_undated(event.date_label) and bool(event.date_start and event.date_end)


def overlap(a: Event, b: Event) -> bool:
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def order_questions(data: QuizData, rng: random.Random, *, count: int = 3) -> list[Question]:
    """Sets of 4-6 dated events, no two of whose windows overlap: one order only."""
    pool = [e for e in data.events if dated(e)]
    out = []
    used: set[frozenset[int]] = set()
    for _ in range(count * 4):
        if len(out) >= count:
            break
        size = rng.choice(ORDER_SIZES)
        candidates = pool[:]
        rng.shuffle(candidates)
        picked: list[Event] = []
        for e in candidates:
            if all(not overlap(e, p) and _norm(e.title) != _norm(p.title) for p in picked):
                picked.append(e)
                if len(picked) == size:
                    break
        if len(picked) < ORDER_SIZES[0] or frozenset(e.id for e in picked) in used:
            continue
        used.add(frozenset(e.id for e in picked))
        def in_order() -> list[int]:
            return sorted(range(len(picked)), key=lambda i: (picked[i].date_start, picked[i].date_end))

        rng.shuffle(picked)
        while in_order() == list(range(len(picked))):  # never shown already in order
            rng.shuffle(picked)
        out.append(Question(
            ORDER, "", tuple(Choice(str(e.id), e.title) for e in picked), tuple(in_order()),
            tuple(("event", e.id) for e in picked),
            windows=tuple((e.date_start, e.date_end) for e in picked),
        ))
    return out


def country_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """An event's own country (its first), its names masked; the other choices are neither in
    the event nor named in what is shown, so exactly one is right."""
    countries = {c.id: c for c in data.countries}
    out = []
    for e in data.events:
        if not e.countries or e.countries[0] not in countries:
            continue
        answer = countries[e.countries[0]]
        text, hint = mask(e.title, answer, data.people), mask(e.description or "", answer, data.people)
        if mentions(text + " " + hint, country_words(answer)):
            continue  # a name the mask missed would give it away
        if not any(m in text + hint for m in (COUNTRY_MASK, PERSON_MASK)):
            continue  # nothing of the country in it: a guess, not a question
        others = [c for c in sorted(data.countries, key=lambda c: c.id)
                  if c.id not in e.countries and not mentions(text + " " + hint, country_words(c))
                  and _norm(c.name) != _norm(answer.name)]
        if len(others) < CHOICES - 1:
            continue
        # Distractors from the countries the dataset is about first (Belarus, Iran, ...).
        others.sort(key=lambda c: (not c.focus, rng.random()))
        options = [answer, *others[: CHOICES - 1]]
        rng.shuffle(options)
        out.append(Question(
            COUNTRY, text, tuple(Choice(c.id, c.name) for c in options), (options.index(answer),),
            (("event", e.id),), hint=hint,
        ))
    return out


def confidence_levels(data: QuizData) -> tuple[str, ...]:
    """Confirmed, reported, claimed; disputed too when the data has it."""
    present = {e.confidence for e in data.events}
    return tuple(c for c in vocab.CONFIDENCES if c != "disputed" or "disputed" in present)


def confidence_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Claims (events), taken level by level in turn so the answer is not always "confirmed".
    Only the title is shown: the description, in our words, may carry the hedge."""
    levels = confidence_levels(data)
    by_level: dict[str, list[Event]] = {c: [] for c in levels}
    for e in data.events:
        if e.confidence in by_level:
            by_level[e.confidence].append(e)
    for events in by_level.values():
        rng.shuffle(events)
    turns = list(levels)
    rng.shuffle(turns)
    out = []
    while any(by_level.values()):
        for level in turns:
            if by_level[level]:
                e = by_level[level].pop()
                out.append(Question(
                    CONFIDENCE, e.title, tuple(Choice(c, vocab.CONFIDENCE_LABELS.get(c, c)) for c in levels),
                    (levels.index(level),), (("event", e.id),),
                ))
    return out


# -- a quiz ---------------------------------------------------------------------------------


def make_quiz(data: QuizData, *, seed: int, count: int = QUIZ_LENGTH, kinds: tuple[str, ...] = KINDS) -> list[Question]:
    """Up to ``count`` questions, the kinds taking turns (in an order the seed picks), no entry
    asked about twice; fewer when the filtered data has no more."""
    rng = random.Random(seed)
    makers = {SPEAKER: speaker_questions, ORDER: order_questions, COUNTRY: country_questions,
              CONFIDENCE: confidence_questions}
    pools = {}
    for kind in KINDS:
        if kind in kinds:
            pool = makers[kind](data, random.Random(rng.random()))
            if kind != CONFIDENCE:  # confidence questions keep their levels' turns
                rng.shuffle(pool)
            pools[kind] = pool
    turn = [k for k in KINDS if k in pools]
    rng.shuffle(turn)
    out: list[Question] = []
    asked: set[tuple[str, int]] = set()
    while len(out) < count and any(pools.values()):
        for kind in turn:
            pool = pools[kind]
            while pool:
                q = pool.pop(0)
                if kind == ORDER or not (set(q.entries) & asked):
                    asked.update(q.entries if kind != ORDER else ())
                    out.append(q)
                    break
            if len(out) >= count:
                break
    return out


def quoted(passage: str) -> str:
    """A passage in quotation marks, unless it opens with its own (a quote begins it)."""
    return passage if passage[:1] in "\"“‘'" else f"“{passage}”"


def score(questions: list[Question], responses: dict[int, object]) -> int:
    """How many of the answered questions are right (``responses`` by question number)."""
    return sum(1 for i, q in enumerate(questions) if i in responses and q.is_right(responses[i]))


__all__ = ["quoted", "QUIZ_LENGTH", "KINDS", "SPEAKER", "ORDER", "COUNTRY", "CONFIDENCE", "LETTERS", "QuizData", "Choice", "Question",
           "make_quiz", "mask", "score", "speaker_questions", "order_questions", "country_questions",
           "confidence_questions", "confidence_levels", "overlap", "dated"]

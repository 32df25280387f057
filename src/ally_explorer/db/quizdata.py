"""The reads a quiz needs: the records passing the filters (``core.quiz.QuizData``) and, for an
answer, the entry's cited passage in its source's text (the anchors of ``db.anchoring``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..core.errors import NotFoundError
from ..core.filters import NO_FILTERS, Filters
from ..core.quiz import QUIZ_LENGTH, Question, QuizData, make_quiz
from ..core.records import Source
from .store import Store


def quiz_data(store: Store, filters: Filters = NO_FILTERS) -> QuizData:
    """Events and quotes passing ``filters`` (one country, confirmed only...), every person and country."""
    return QuizData(
        events=tuple(store.events(filters=filters)),
        statements=tuple(store.statements(filters=filters)),
        people=tuple(store.people()),
        countries=tuple(store.all_countries()),
    )


def make_questions(store: Store, filters: Filters, seed: int, count: int = QUIZ_LENGTH) -> list[Question]:
    """The quiz a seed gives on the store under the filters (the quiz view and the worksheet agree)."""
    return make_quiz(quiz_data(store, filters), seed=seed, count=count)


@dataclass(frozen=True, slots=True)
class Citation:
    """What an answer shows of its entry: the source and the passage it cites, verbatim."""

    kind: str
    item_id: int
    title: str
    date_label: str
    confidence: str
    attribution: str | None
    source: Source | None
    passage: str  # the cited words, as they stand in the source's text (or the entry's excerpt)
    speaker: str | None = None  # a quote's speaker


def citation(store: Store, kind: str, item_id: Any) -> Citation:
    entry = store.get(kind, item_id)
    title = getattr(entry, "title", None) or getattr(entry, "text", "")
    try:
        source = store.source(entry.source_id)
    except NotFoundError:  # a source deleted behind the app's back: the entry's own excerpt still shows
        source = None
    passage = entry.excerpt or ""
    if source is not None and source.text:
        for p in store.source_passages(source.id):
            if p.kind == kind and p.item_id == int(item_id):
                passage = source.text[p.start:p.end]
                break
    return Citation(kind, int(item_id), title, entry.date_label, entry.confidence, entry.attribution, source,
                    " ".join(passage.split()), getattr(entry, "speaker_name", None))


__all__ = ["make_questions", "quiz_data", "citation", "Citation"]

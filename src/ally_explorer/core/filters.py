"""Facet filters: which claims the user wants to see, by category, confidence, who says so,
country and date.

An empty set means "any". Category applies to events only (quotes, figures and stance periods
have none); the other facets apply to every kind of claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from . import vocab

#: The value standing for "no attribution: the source's own voice".
OWN_VOICE = ""

FACETS = ("category", "confidence", "attribution", "country")


@dataclass(frozen=True)
class Filters:
    categories: frozenset[str] = field(default_factory=frozenset)
    confidences: frozenset[str] = field(default_factory=frozenset)
    attributions: frozenset[str] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)
    date_from: str | None = None  # ISO day, inclusive
    date_to: str | None = None
    confirmed_only: bool = False

    @property
    def active(self) -> bool:
        return bool(
            self.categories or self.confidences or self.attributions or self.countries
            or self.date_from or self.date_to or self.confirmed_only
        )

    def count_active(self) -> int:
        """How many facets narrow the view (for the "filters active" badge)."""
        return sum(
            bool(x) for x in (self.categories, self.confidences, self.attributions, self.countries,
                              self.date_from or self.date_to, self.confirmed_only)
        )

    def effective_confidences(self) -> frozenset[str]:
        if not self.confirmed_only:
            return self.confidences
        if self.confidences:
            return self.confidences & {"confirmed"}
        return frozenset({"confirmed"})

    def without(self, facet: str) -> "Filters":
        """The same filters with one facet cleared: its counts are computed this way."""
        if facet == "category":
            return replace(self, categories=frozenset())
        if facet == "confidence":
            return replace(self, confidences=frozenset())
        if facet == "attribution":
            return replace(self, attributions=frozenset())
        if facet == "country":
            return replace(self, countries=frozenset())
        if facet == "date":
            return replace(self, date_from=None, date_to=None)
        raise KeyError(facet)

    def with_values(self, facet: str, values) -> "Filters":
        values = frozenset(values)
        return {
            "category": lambda: replace(self, categories=values),
            "confidence": lambda: replace(self, confidences=values),
            "attribution": lambda: replace(self, attributions=values),
            "country": lambda: replace(self, countries=values),
        }[facet]()

    def values(self, facet: str) -> frozenset[str]:
        return {
            "category": self.categories,
            "confidence": self.confidences,
            "attribution": self.attributions,
            "country": self.countries,
        }[facet]

    def describe(self) -> str:
        """One line for the status bar and handouts."""
        parts = []
        if self.categories:
            parts.append("category: " + ", ".join(sorted(self.categories)))
        confidences = self.effective_confidences()
        if confidences:
            parts.append("confidence: " + ", ".join(c for c in vocab.CONFIDENCES if c in confidences))
        if self.attributions:
            parts.append("said by: " + ", ".join(sorted(a or "the source itself" for a in self.attributions)))
        if self.countries:
            parts.append("countries: " + ", ".join(sorted(self.countries)))
        if self.date_from or self.date_to:
            parts.append(f"dates: {self.date_from or '…'} to {self.date_to or '…'}")
        return "; ".join(parts) if parts else "no filters"


NO_FILTERS = Filters()

"""The fixed vocabularies: event categories, confidence levels and the stance scale.

These are part of the public schema (CHECK constraints) and the data README; change all three
together.
"""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = ("military", "economic", "energy", "diplomatic", "political")

CONFIDENCES: tuple[str, ...] = ("confirmed", "reported", "claimed", "disputed")
#: Confidence levels that only make sense with somebody named as asserting them.
NEEDS_ATTRIBUTION = frozenset({"reported", "claimed", "disputed"})

#: From closest to Russia to furthest; the order is the sort order of the country list.
STANCES: tuple[str, ...] = ("ally", "partner", "friendly", "balancer", "drifting", "opposed")

STANCE_LABELS = {
    "ally": "Ally",
    "partner": "Partner",
    "friendly": "Russia-friendly",
    "balancer": "Balancer",
    "drifting": "Drifting away",
    "opposed": "Supports Ukraine",
}

STANCE_MEANINGS = {
    "ally": "Mutual-defence pact or union with Russia, its own troops or territory in Russia's war, or a client regime.",
    "partner": "Strategic partner: substantial material, military or economic support, without a pact, troops or territory.",
    "friendly": "Politically sympathetic: shields Russia inside Western institutions.",
    "balancer": "Keeps working ties with both sides; trades with Russia but does not back the war.",
    "drifting": "A former close partner now moving away from Moscow.",
    "opposed": "Supports Ukraine or acts against Russia's war.",
}

CONFIDENCE_LABELS = {
    "confirmed": "Confirmed",
    "reported": "Reported",
    "claimed": "Claimed",
    "disputed": "Disputed",
}

CONFIDENCE_MEANINGS = {
    "confirmed": "Stated as fact by the source, or a public act on the record.",
    "reported": "The source says 'reportedly' or 'according to ...', or gives an expectation with nobody named.",
    "claimed": "One party's own claim.",
    "disputed": "Sides disagree.",
}

QUALIFIERS: tuple[str, ...] = ("", "over", "more than", "at least", "up to", "nearly", "around")

#: Russia's own id: the centre every stance is measured against.
RUSSIA = "RUS"


def stance_rank(stance: str | None) -> int:
    """Sort key: allies first, countries with no stance last."""
    try:
        return STANCES.index(stance) if stance else len(STANCES)
    except ValueError:
        return len(STANCES) + 1

"""The country list under facet filters, counted on a worker thread for a big dataset: at a
million events the per-country counts of the passing events are a second of SQL, and the window
keeps answering meanwhile (as the timeline's read and the facet counts do)."""

from __future__ import annotations

from pathlib import Path

from ..core.filters import Filters
from ..core.records import CountrySummary
from ..db.store import Store
from .background import BIG_JOB

#: Datasets with more events than this list the filtered countries on a worker thread.
COUNT_IN_BACKGROUND_ABOVE = 5000


def list_countries(path: Path, as_of: str, filters: Filters) -> list[CountrySummary]:
    """``Store.countries`` through a connection of its own (this runs on a worker thread)."""
    with BIG_JOB, Store.open(path, readonly=True, trusted=True) as store:  # not beside the timeline's refilter
        return store.countries(as_of=as_of, filters=filters)


__all__ = ["COUNT_IN_BACKGROUND_ABOVE", "list_countries"]

"""What the user is looking at, in one place: the open store, the selection, the filters, the
"as of" day, presenting or not, the theme and the zoom.

Views and controllers receive the ``ExplorerState``, change it only through its setters and hear
of changes only from its signals. Every setter compares before it stores and stores the whole
change before anyone hears of it, so a view that applies the state to its own widgets and gets
that widget's signal back ends the round trip at the equality check (no ping-pong).
Writes announce what they changed as ``Changes`` (as Anki's ``OpChanges``); each view decides
whether it must read again.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.errors import NotFoundError
from ..core.filters import Filters
from ..db.facets import CLAIM_TABLES, changed_columns, counts_may_change
from ..db.store import ChangeSet, Store
from .i18n import translate

#: The tables each kind of entry is kept in (what a view checks a ``Changes`` against).
KIND_TABLES = {
    "country": ("countries",),
    "event": ("events", "event_countries"),
    "statement": ("statements",),
    "figure": ("figures",),
    "alignment": ("alignments",),
    "person": ("people",),
    "source": ("sources",),
    "tour": ("tours", "tour_items"),
    "unvotes": ("un_votes", "un_roll_calls", "un_agreement"),
}


@dataclass(frozen=True)
class Changes:
    """What one write changed: the tables it touched (``everything`` after an import that may
    touch any), and the entry it was about, if one. ``initiator`` names who asked for it."""

    tables: frozenset[str] = frozenset()
    everything: bool = False
    entity: str | None = None
    entity_id: Any = None
    initiator: str | None = None
    #: ``table.column`` of each value changed (``db.facets.changed_columns``); None: not known.
    columns: frozenset[str] | None = None

    @classmethod
    def of(cls, *kinds: str, entity_id: Any = None, initiator: str | None = None) -> "Changes":
        tables = frozenset(t for kind in kinds for t in KIND_TABLES.get(kind, (kind,)))
        return cls(tables, entity=kinds[0] if len(kinds) == 1 else None, entity_id=entity_id, initiator=initiator)

    @classmethod
    def from_changeset(cls, change: ChangeSet, *, initiator: str | None = None) -> "Changes":
        tables = set(change.before) | set(change.after) | set(KIND_TABLES.get(change.entity, ()))
        return cls(frozenset(tables), entity=change.entity, entity_id=change.entity_id, initiator=initiator,
                   columns=changed_columns(change.before, change.after))

    @classmethod
    def all(cls, *, initiator: str | None = None) -> "Changes":
        return cls(everything=True, initiator=initiator)

    def touches(self, *kinds: str) -> bool:
        """Whether any of these kinds of entry (or tables) may have changed."""
        if self.everything:
            return True
        return any(t in self.tables for kind in kinds for t in KIND_TABLES.get(kind, (kind,)))


#: Tables whose writes never change the country list (its names, stances and event counts).
_NOT_LISTED = frozenset({"people", "sources", "tours", "tour_items", "un_votes", "un_roll_calls", "un_agreement"})
#: Tables whose writes change the list only through a counted column (``counts_may_change``).
_COUNTED = frozenset({"events", "event_countries", "country_event_counts", "statements", "figures"})


def may_change_countries(changes: Changes) -> bool:
    """Whether a write can change ``Store.countries`` or ``Store.stances_as_of`` (an edit of an
    event's importance or title cannot: the list and the stances read before stay valid)."""
    if changes.everything:
        return True
    tables = changes.tables
    if not tables <= _NOT_LISTED | _COUNTED:
        return True  # the countries, the alignments, or a table not known here
    return bool(tables & _COUNTED) and counts_may_change(changes.columns)


def _today() -> str:
    return date.today().isoformat()


def _after_announcing(method):
    """A setter called by a listener while the state is announcing a change runs once that
    announcement is over: the listeners still to hear of the first change never see a second
    one halfway (napari's ComparisonDelayer does the same)."""

    @functools.wraps(method)
    def setter(self: "ExplorerState", *args, **kwargs):
        if self._emitting:
            QTimer.singleShot(0, self, functools.partial(method, self, *args, **kwargs))
            return None
        return method(self, *args, **kwargs)

    return setter


class ExplorerState(QObject):
    """The explorer's state; each signal is past tense and fires only on a real change."""

    store_changed = Signal(object)  # Store: another file is open (everything else may have changed too)
    country_changed = Signal(object)  # str | None
    event_changed = Signal(object)  # int | None
    item_changed = Signal(object)  # (kind, id) | None: the entry highlighted on the country's page
    filters_changed = Signal(object)  # Filters
    as_of_changed = Signal(str)  # ISO day
    presenting_changed = Signal(bool)
    theme_changed = Signal(str)
    zoom_changed = Signal(float)
    data_changed = Signal(object)  # Changes
    message_posted = Signal(str, int)  # a line for the status bar, and for how many ms

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._country: str | None = None
        self._event: int | None = None
        self._item: tuple[str, Any] | None = None
        self._filters = Filters()
        self._as_of = _today()
        self._presenting = False
        self._theme = "system"
        self._zoom = 1.0
        self._generation = 0  # counts writes and store switches: what cached reads depend on
        self._list_generation = 0  # counts the writes that may change the country list, and store switches
        self._countries_cache: tuple | None = None
        self._stances_cache: tuple | None = None
        self._counts_cache: tuple | None = None
        self._emitting = 0  # how deep in announcing a change (a listener may set something meanwhile)

    # -- reading -------------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self._store

    @property
    def country(self) -> str | None:
        return self._country

    @property
    def event(self) -> int | None:
        return self._event

    @property
    def item(self) -> tuple[str, Any] | None:
        return self._item

    @property
    def filters(self) -> Filters:
        return self._filters

    @property
    def as_of(self) -> str:
        return self._as_of

    @property
    def as_of_is_today(self) -> bool:
        return self._as_of == _today()

    def countries(self) -> list:
        """Every country with its stance as of the state's day (read once per change, shared by views)."""
        key = (id(self._store), self._list_generation, self._as_of)
        if self._countries_cache is None or self._countries_cache[0] != key:
            self._countries_cache = (key, self._store.countries(as_of=self._as_of))
        return self._countries_cache[1]

    def stances(self) -> dict:
        """``store.stances_as_of`` the state's day, read once per change that may change it
        (shared: callers must not change the dict)."""
        key = (id(self._store), self._list_generation, self._as_of)
        if self._stances_cache is None or self._stances_cache[0] != key:
            self._stances_cache = (key, self._store.stances_as_of(self._as_of))
        return self._stances_cache[1]

    def counts(self) -> dict[str, int]:
        """``store.counts()``, read once per change."""
        key = (id(self._store), self._generation)
        if self._counts_cache is None or self._counts_cache[0] != key:
            self._counts_cache = (key, self._store.counts())
        return dict(self._counts_cache[1])

    def country_names(self) -> dict[str, str]:
        return {c.id: c.name for c in self.countries()}

    @property
    def presenting(self) -> bool:
        return self._presenting

    @property
    def theme(self) -> str:
        return self._theme

    @property
    def zoom(self) -> float:
        return self._zoom

    # -- changing ------------------------------------------------------------------------------

    @_after_announcing
    def set_store(self, store: Store) -> None:
        """Another file: the selection carries over where it exists there."""
        if store is self._store:
            return
        self._store = store
        self._generation += 1
        self._list_generation += 1
        old = (self._country, self._event, self._item)
        self._keep_valid_selection()
        self._emit(self.store_changed, store)
        self._announce_selection(old)

    @_after_announcing
    def set_selection(self, country: str | None, event: int | None = None,
                      item: tuple[str, Any] | None = None) -> None:
        """Country, event and highlighted entry change together; an event is its own item."""
        if event is not None and item is None:
            item = ("event", event)
        old = (self._country, self._event, self._item)
        if (country, event, item) == old:
            return
        self._country, self._event, self._item = country, event, item  # whole before anyone hears
        self._announce_selection(old)

    def set_country(self, country: str | None) -> None:
        """Another country: its page opens with nothing highlighted."""
        if country != self._country:
            self.set_selection(country)

    def set_item(self, item: tuple[str, Any] | None) -> None:
        """Highlight an entry of the current country's page (an event also becomes the event)."""
        event = item[1] if item is not None and item[0] == "event" else None
        self.set_selection(self._country, event, item)

    def select_country(self, country: str | None) -> bool:
        """Select a country by id (nothing for an empty id); says so when there is no such country."""
        if not country or country == self._country:
            return False
        if not self._exists("country", country):
            self.post_message(translate("ExplorerState", "No country {country} in this database").format(country=country), 4000)
            return False
        self.set_selection(country)
        return True

    def select_event(self, event_id: int, country: str | None = None) -> bool:
        """An event, under ``country`` if it is one of the event's (else the current one, else its first)."""
        try:
            event = self._store.event(event_id)
        except NotFoundError:
            return False
        if country not in event.countries:
            country = self._country if self._country in event.countries else event.countries[0]
        self.set_selection(country, event_id)
        return True

    def select_entry(self, kind: str, item_id: Any) -> bool:
        """Any entry: the country it belongs to, the entry highlighted on its page."""
        if kind == "country":
            return self.select_country(str(item_id))
        if kind == "event":
            return self.select_event(int(item_id))
        try:
            record = self._store.get(kind, item_id)
        except NotFoundError:
            return False
        self.set_selection(record.country_id, None, (kind, int(item_id)))
        return True

    @_after_announcing
    def set_filters(self, filters: Filters) -> None:
        """The one place facet filters change; an event or entry they hide is no longer selected."""
        if filters == self._filters:
            return
        self._filters = filters
        old = (self._country, self._event, self._item)
        self._keep_valid_selection()
        self._emit(self.filters_changed, filters)
        self._announce_selection(old)

    @_after_announcing
    def set_as_of(self, iso: str) -> None:
        if iso == self._as_of:
            return
        self._as_of = iso
        self._emit(self.as_of_changed, iso)

    @_after_announcing
    def set_presenting(self, presenting: bool) -> None:
        presenting = bool(presenting)
        if presenting == self._presenting:
            return
        self._presenting = presenting
        self._emit(self.presenting_changed, presenting)

    @_after_announcing
    def set_theme(self, name: str) -> None:
        if name == self._theme:
            return
        self._theme = name
        self._emit(self.theme_changed, name)

    @_after_announcing
    def refresh_theme(self) -> None:
        """The desktop switched light/dark: a "system" theme now means other colours."""
        self._emit(self.theme_changed, self._theme)

    @_after_announcing
    def set_zoom(self, factor: float) -> None:
        factor = float(factor)
        if abs(factor - self._zoom) < 1e-9:
            return
        self._zoom = factor
        self._emit(self.zoom_changed, factor)

    # -- announcing ----------------------------------------------------------------------------

    @_after_announcing
    def announce(self, changes: Changes) -> None:
        """A write happened: every view that shows those kinds of entry reads again (a selection
        the write removed is dropped first, so they read a state that holds together)."""
        self._generation += 1
        if may_change_countries(changes):
            self._list_generation += 1
        old = (self._country, self._event, self._item)
        self._keep_valid_selection()
        self._emit(self.data_changed, changes)
        self._announce_selection(old)

    def _emit(self, signal, *args) -> None:
        self._emitting += 1
        try:
            signal.emit(*args)
        finally:
            self._emitting -= 1

    # -- keeping the selection valid -------------------------------------------------------------

    def _keep_valid_selection(self) -> None:
        if self._country is not None and not self._exists("country", self._country):
            self._country, self._event, self._item = None, None, None
        if self._event is not None and not self.passes("event", self._event):
            self._event = None
            if self._item is not None and self._item[0] == "event":
                self._item = None
        if self._item is not None and not self.passes(*self._item):
            self._item = None

    def _announce_selection(self, old: tuple) -> None:
        if self._country != old[0]:
            self._emit(self.country_changed, self._country)
        if self._event != old[1]:
            self._emit(self.event_changed, self._event)
        if self._item != old[2]:
            self._emit(self.item_changed, self._item)

    def _exists(self, kind: str, item_id: Any) -> bool:
        try:
            self._store.get(kind, item_id)
        except NotFoundError:
            return False
        return True

    def passes(self, kind: str, item_id: Any) -> bool:
        """The entry exists and the filters let it through."""
        if kind not in CLAIM_TABLES:
            return self._exists(kind, item_id)
        return self._store.passes(kind, item_id, self._filters)

    def post_message(self, text: str, msecs: int = 4000) -> None:
        self.message_posted.emit(text, msecs)


__all__ = ["Changes", "ExplorerState", "KIND_TABLES"]

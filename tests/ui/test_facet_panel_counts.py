"""The Filters panel's counts after many changes show what a panel built afresh shows (the rows
are updated in place when only their counts change)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ally_explorer.core.filters import Filters
from ally_explorer.db import facets
from ally_explorer.ui.widgets.facet_panel import VALUE_ROLE, FacetPanel


def rows(panel: FacetPanel) -> dict[str, list[tuple]]:
    """Each group's rows as a user sees them: name, count, tick and text colours."""
    def colour(item, column):
        brush = item.data(column, Qt.ItemDataRole.ForegroundRole)
        return None if brush is None else brush.color().name()

    out = {}
    for facet, group in panel._groups.items():
        out[facet] = [(item.data(0, VALUE_ROLE), item.text(0), item.text(1), item.checkState(0), colour(item, 0),
                       colour(item, 1), group.isExpanded())
                      for item in (group.child(i) for i in range(group.childCount()))]
    return out


def fresh(store, filters: Filters, counts) -> dict[str, list[tuple]]:
    panel = FacetPanel()
    panel.set_country_names({c.id: c.name for c in store.countries()})
    panel.set_filters(filters)
    panel.set_counts(counts)
    return rows(panel)


def test_counts_after_a_run_of_filter_changes_are_those_of_a_new_panel(qtbot, store):
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.set_country_names({c.id: c.name for c in store.countries()})
    steps = [Filters(), Filters(categories=frozenset({"military"})), Filters(),
             Filters(confidences=frozenset({"reported"})), Filters(confirmed_only=True),
             Filters(attributions=frozenset({""})), Filters()]
    for filters in steps:
        counts = facets.facet_counts(store, filters)
        panel.set_filters(filters)
        panel.set_counts(counts)
        assert rows(panel) == fresh(store, filters, counts)
    # a chosen value at zero stays listed, muted; back at its count it is drawn as before
    filters = Filters(categories=frozenset({"military"}))
    counts = facets.facet_counts(store, filters)
    zeroed = {**counts, "category": {k: (0 if k == "military" else v) for k, v in counts["category"].items()},
              "confidence": {k: 0 for k in counts["confidence"]}}
    panel.set_filters(filters)
    panel.set_counts(zeroed)
    assert rows(panel) == fresh(store, filters, zeroed)
    assert panel.count_of("category", "military") == 0
    panel.set_counts(counts)
    assert rows(panel) == fresh(store, filters, counts)
    assert panel.count_of("category", "military") == counts["category"]["military"]


def test_values_that_change_order_come_or_go_are_listed_as_in_a_new_panel(qtbot, store):
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.set_country_names({c.id: c.name for c in store.countries()})
    counts = facets.facet_counts(store, Filters())
    by_count = counts["attribution"]
    assert len(by_count) >= 3
    flipped = {v: n for v, n in zip(by_count, sorted(by_count.values()))}  # the order of "who says so" turned
    fewer = dict(list(by_count.items())[:2])
    for attribution in (by_count, flipped, fewer, by_count):
        step = {**counts, "attribution": attribution, "country": dict(list(counts["country"].items())[:len(attribution)])}
        panel.set_counts(step)
        assert rows(panel) == fresh(store, Filters(), step)

"""Provenance first: facets, confirmed only, date brushing, citations and data quality."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from ally_explorer.core.filters import Filters
from ally_explorer.core.timeline import day_seconds
from ally_explorer.ui.models.country_list import ID_ROLE


def listed(window) -> list[str]:
    p = window.country_proxy
    return [p.index(r, 0).data(ID_ROLE) for r in range(p.rowCount())]


def timeline_confidences(window) -> set[int]:
    return set(window.timeline.arrays.confidence.tolist())


def test_choosing_reported_hides_confirmed_from_list_detail_and_timeline(window, qtbot):
    panel = window.facet_panel
    assert panel.objectName() == "facetPanel"
    qtbot.waitUntil(lambda: panel.count_of("category", "military") is not None)  # counted after the first paint
    before_military = panel.count_of("category", "military")
    confirmed_events_before = window.store.events(country_id="TUR", filters=Filters(confidences=frozenset({"confirmed"})))
    with qtbot.waitSignal(window.filters_changed):
        panel.check_value("confidence", "reported")
    assert window.filters.confidences == {"reported"}
    # timeline: only reported markers remain (index 1 in vocab.CONFIDENCES)
    assert timeline_confidences(window) == {1}
    # list: countries without a reported claim are gone (Turkey's claims are all confirmed)
    assert confirmed_events_before and "TUR" not in listed(window)
    assert "PRK" in listed(window)
    # detail pane: the confirmed treaty is hidden, the reported troop deployment shows
    window.select_country("PRK")
    text = window.detail.toPlainText()
    assert "Mutual defence treaty signed" not in text
    assert "12,000 troops" in text
    assert "Filters are hiding some entries" in text
    # the other facets' counts follow
    assert panel.count_of("category", "military") < before_military
    # and the indicator offers one-click clearing
    qtbot.waitUntil(window.filters_indicator.isVisible)
    assert "1 filter active" in window.filters_indicator.text()
    window.filters_indicator.click()
    assert not window.filters.active
    assert "TUR" in listed(window)
    assert timeline_confidences(window) >= {0, 1}


def test_confirmed_only_removes_north_koreas_reported_troop_deployment(window, qtbot):
    window.select_country("PRK")
    assert "Reports of up to 12,000 troops sent to Kursk" in window.detail.toPlainText()
    window.act_confirmed.trigger()
    assert window.filters.confirmed_only
    assert window.facet_panel.confirmed_only.isChecked()
    assert "Reports of up to 12,000 troops sent to Kursk" not in window.detail.toPlainText()
    assert "Mutual defence treaty signed" in window.detail.toPlainText()
    assert timeline_confidences(window) == {0}
    window.act_confirmed.trigger()
    assert "Reports of up to 12,000 troops sent to Kursk" in window.detail.toPlainText()


def test_reported_items_are_drawn_hollow_on_the_timeline(window):
    markers = window.timeline.markers
    spots = markers.points()
    reported = [s for s in spots if window.timeline.arrays.confidence[int(s.data())] != 0]
    confirmed = [s for s in spots if window.timeline.arrays.confidence[int(s.data())] == 0]
    assert reported and confirmed
    assert reported[0].brush().color().name() == "#ffffff"
    assert confirmed[0].brush().color().name() != "#ffffff"


def test_date_facet_moves_the_brush_and_the_brush_sets_the_date_facet(window, qtbot):
    panel = window.facet_panel
    # facet -> brush
    panel.from_check.setChecked(True)
    panel.from_date.setDate(panel.from_date.date().fromString("2024-01-01", Qt.DateFormat.ISODate))
    panel.to_check.setChecked(True)
    panel.to_date.setDate(panel.to_date.date().fromString("2024-12-31", Qt.DateFormat.ISODate))
    assert (window.filters.date_from, window.filters.date_to) == ("2024-01-01", "2024-12-31")
    assert window.timeline.brush.isVisible()
    lo, hi = window.timeline.brush.getRegion()
    assert abs(lo - day_seconds("2024-01-01")) < 1 and abs(hi - day_seconds("2025-01-01")) < 1
    assert all(e.date_start <= "2024-12-31" and e.date_end >= "2024-01-01" for e in window.store.events(filters=window.filters))
    # brush -> facet: drag the region as a user would, then it reports when finished
    with qtbot.waitSignal(window.filters_changed):
        window.timeline.brush.setRegion((day_seconds("2023-03-01"), day_seconds("2023-07-01")))
        window.timeline.brush.sigRegionChangeFinished.emit(window.timeline.brush)
    assert (window.filters.date_from, window.filters.date_to) == ("2023-03-01", "2023-06-30")
    assert panel.from_date.date().toString(Qt.DateFormat.ISODate) == "2023-03-01"
    assert panel.to_date.date().toString(Qt.DateFormat.ISODate) == "2023-06-30"
    # turning the brush off clears the date facet
    window.timeline.brush_button.setChecked(False)
    assert window.filters.date_from is None and not panel.from_check.isChecked()


def test_shift_drag_on_the_timeline_brushes_a_date_range(window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    tl = window.timeline
    tl.fit_all()
    qtbot.wait(1)
    view = tl.plot
    lane = float(tl.lane_of("CHN"))
    a = view.mapFromScene(tl.view.mapViewToScene(QPointF(day_seconds("2023-01-01"), lane)))
    b = view.mapFromScene(tl.view.mapViewToScene(QPointF(day_seconds("2024-01-01"), lane)))
    viewport = view.viewport()
    shift = Qt.KeyboardModifier.ShiftModifier
    left = Qt.MouseButton.LeftButton
    events = [(QEvent.Type.MouseButtonPress, a, left, left)]
    steps = 6
    for i in range(1, steps + 1):
        p = a + (b - a) * i / steps
        events.append((QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, left))
    events.append((QEvent.Type.MouseButtonRelease, b, left, Qt.MouseButton.NoButton))
    with qtbot.waitSignal(window.filters_changed, timeout=2000):
        for kind, pos, button, buttons in events:
            QApplication.sendEvent(viewport, QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, shift))
    assert window.filters.date_from is not None
    assert "2022-12-01" <= window.filters.date_from <= "2023-02-01"
    assert "2023-12-01" <= window.filters.date_to <= "2024-02-01"


def test_citations_view_lists_the_article_with_every_claim_citing_it(window):
    window.tabs.setCurrentWidget(window.citations)
    counts = window.store.counts()
    total = counts["events"] + counts["statements"] + counts["figures"] + counts["alignments"]
    assert window.citations.claim_count("article") == total
    assert len(window.citations.listed_claims()) == total
    top = window.citations.tree.topLevelItem(0)
    groups = [top.child(i).text(0) for i in range(top.childCount())]
    assert groups[0].startswith("The source itself")
    assert any("Foreign Intelligence Service" in g for g in groups)


def test_show_source_from_a_claim_and_back(window, qtbot):
    treaty = next(e for e in window.store.events(country_id="PRK") if "treaty" in e.title.lower())
    window.show_source_of("event", treaty.id)
    assert window.tabs.currentWidget() is window.citations
    assert window.citations.current_claim() == ("event", treaty.id)
    window.citations.claim_activated.emit("event", treaty.id)
    assert window.tabs.currentWidget() is window.country_tab
    assert window.detail.highlighted_item == ("event", treaty.id)


def test_copy_a_claim_with_its_citation(window, qtbot):
    from PySide6.QtWidgets import QApplication

    troops = next(e for e in window.store.events(country_id="PRK") if "12,000 troops" in e.title)
    text = window.editing.copy_with_citation("event", troops.id)
    assert QApplication.clipboard().text() == text
    assert "reported, according to Unnamed reports" in text
    assert "As Putin shakes hands with Modi, Xi" in text


def test_data_quality_panel_is_clean_or_explained(window):
    window.tabs.setCurrentWidget(window.quality)
    issues = window.quality.issues
    assert issues  # year-only dates and an unnamed speaker exist...
    assert all(i.explained for i in issues), [i for i in issues if not i.explained]  # ...each explained by a note


def test_data_quality_flags_new_problems_and_opens_the_entry(window, qtbot):
    window.editing.ops.add("statement", dict(text="No speaker here", country_id="IRN", date_label="2025",
                                             confidence="confirmed", source_id="article"))
    window.tabs.setCurrentWidget(window.quality)
    waiting = [i for i in window.quality.issues if not i.explained]
    assert {i.check for i in waiting} >= {"no_speaker", "vague_date"}
    target = next(i for i in waiting if i.check == "no_speaker")
    window.quality.entry_activated.emit(target.kind, target.id)
    assert window.current_country == "IRN"
    assert window.detail.highlighted_item == ("statement", target.id)


def test_search_results_show_only_what_passes(window, qtbot):
    window.search_box.setText("troops")
    window.run_search()
    everything = window.search_model.rowCount()
    window.act_confirmed.trigger()
    hits = [window.search_model.hit(r) for r in range(window.search_model.rowCount())]
    assert len(hits) < everything
    assert all(window.store.event(h.id).confidence == "confirmed" for h in hits if h.kind == "event")

"""The explorer state: its signals fire once per real change, and every view follows it.

These drive ``window.state`` (or a bare ``ExplorerState``) directly and look at what the views
show; none of them goes through the window's own methods.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ally_explorer.core.filters import Filters
from ally_explorer.ui.models.country_list import ID_ROLE
from ally_explorer.ui.state import Changes, ExplorerState


@pytest.fixture
def state(qtbot, store):
    return ExplorerState(store)


def _listed(window) -> list[str]:
    proxy = window.country_proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


# -- the state on its own ---------------------------------------------------------------------------


def test_a_setter_announces_only_a_real_change(qtbot, state):
    with qtbot.waitSignal(state.country_changed) as blocker:
        state.set_country("PRK")
    assert blocker.args == ["PRK"]
    with qtbot.assertNotEmitted(state.country_changed), qtbot.assertNotEmitted(state.event_changed):
        state.set_country("PRK")
        state.set_selection("PRK")
    with qtbot.assertNotEmitted(state.filters_changed):
        state.set_filters(Filters())  # equal to the filters it has
    with qtbot.assertNotEmitted(state.zoom_changed), qtbot.assertNotEmitted(state.theme_changed):
        state.set_zoom(1.0)
        state.set_theme("system")
    with qtbot.assertNotEmitted(state.as_of_changed):
        state.set_as_of(state.as_of)


def test_selecting_an_event_is_whole_before_anyone_hears_of_it(qtbot, state, store):
    event = next(e for e in store.events(country_id="IRN") if "IRN" in e.countries)
    seen = []
    state.country_changed.connect(lambda c: seen.append(("country", c, state.event, state.item)))
    state.event_changed.connect(lambda e: seen.append(("event", e, state.country, state.item)))
    assert state.select_event(event.id)
    # Both listeners already see the whole change: the country, the event and its highlight.
    assert seen == [("country", "IRN", event.id, ("event", event.id)),
                    ("event", event.id, "IRN", ("event", event.id))]


def test_filters_that_hide_the_selected_event_unselect_it_in_the_same_change(qtbot, state, store):
    reported = next(e for e in store.events() if e.confidence != "confirmed")
    state.select_event(reported.id)
    heard = []
    state.filters_changed.connect(lambda f: heard.append(("filters", state.event)))
    state.event_changed.connect(lambda e: heard.append(("event", e)))
    state.set_filters(Filters(confirmed_only=True))
    assert heard == [("filters", None), ("event", None)]


def test_a_write_that_removes_the_selected_country_drops_it(qtbot, state, store):
    state.set_country("SVK")
    store.delete("country", "SVK")
    with qtbot.waitSignal(state.country_changed) as blocker:
        state.announce(Changes.of("country", entity_id="SVK"))
    assert blocker.args == [None] and state.country is None


def test_a_listener_that_sets_the_state_mid_announcement_waits_for_the_announcement_to_end(qtbot, state):
    heard = []
    state.country_changed.connect(lambda c: c == "PRK" and state.set_country("IRN"))  # the first listener
    state.country_changed.connect(lambda c: heard.append((c, state.country)))  # never sees a second change halfway
    state.set_country("PRK")
    assert heard == [("PRK", "PRK")]
    qtbot.waitUntil(lambda: state.country == "IRN")
    assert heard == [("PRK", "PRK"), ("IRN", "IRN")]


def test_changes_say_which_kinds_of_entry_they_touch():
    assert Changes.of("event").touches("event") and not Changes.of("event").touches("tour")
    assert Changes.of("tour").touches("tour") and not Changes.of("tour").touches("country", "event")
    assert Changes.all().touches("anything")


# -- the views follow the state -----------------------------------------------------------------------


def test_setting_the_country_in_the_state_selects_it_in_every_view(window):
    window.state.set_country("PRK")
    assert window.country_view.currentIndex().data(ID_ROLE) == "PRK"
    assert "North Korea" in window.detail.toPlainText()
    lane = window.timeline.lane_of("PRK")
    assert window.timeline.lane_highlight.getRegion() == (lane - 0.5, lane + 0.5)
    assert window.map_tab.map.selected == "PRK"
    window.state.set_selection(None)
    assert not window.country_view.selectionModel().hasSelection()
    assert "North Korea" not in window.detail.toPlainText()
    assert window.map_tab.map.selected is None


def test_changing_the_filters_in_the_state_filters_every_view(window, qtbot):
    window.state.set_filters(Filters(countries=frozenset({"HUN"})))
    listed = _listed(window)
    assert "HUN" in listed and len(listed) < 12  # Hungary and the countries its events name
    assert window.facet_panel.filters == Filters(countries=frozenset({"HUN"}))
    assert window.filters_indicator_action.isVisible()
    assert set(window.timeline.lanes) == {"HUN"}
    assert "filtered by" in window.counts_label.text()
    window.state.set_filters(Filters(confirmed_only=True))
    assert window.act_confirmed.isChecked()
    shown = set(window.timeline.arrays.event_id.tolist())
    assert shown == {e.id for e in window.store.events(filters=Filters(confirmed_only=True))}
    window.state.set_filters(Filters())
    assert len(_listed(window)) == 12 and not window.filters_indicator_action.isVisible()


def test_the_as_of_day_in_the_state_moves_the_slider_and_the_badges(window):
    window.state.set_as_of("2015-06-01")
    assert window.as_of_bar.date() == "2015-06-01"
    assert window.timeline.cursor_stances()  # the stance chips at the cursor


def test_another_store_in_the_state_is_followed_by_every_view(window, qtbot, tmp_path, built_db):
    import shutil

    from ally_explorer.db.store import Store

    window.state.set_country("HUN")
    other = tmp_path / "other.db"
    shutil.copy(built_db, other)
    with Store.open(other) as s:
        s.update_country("HUN", name="Magyarország")
    store = Store.open(other)
    old = window.state.store
    with qtbot.waitSignal(window.state.store_changed):
        window.state.set_store(store)
    old.close()
    assert window.state.country == "HUN"  # the selection carries over where it exists
    names = [window.country_proxy.index(r, 0).data() for r in range(window.country_proxy.rowCount())]
    assert "Magyarország" in names
    assert "Magyarország" in window.detail.toPlainText()
    assert window.editing.ops.store is store and window.map_tab.map.selected == "HUN"


def test_the_search_results_follow_the_state_s_filters(window):
    window.search_box.setText("treaty")
    window.run_search()
    before = window.search_model.rowCount()
    assert before > 0
    window.state.set_filters(Filters(countries=frozenset({"TUR"})))
    assert window.search_model.rowCount() < before


def test_entering_and_leaving_presenting_in_the_state_locks_editing_and_gives_it_back(window):
    assert not window.editing.locked
    window.presentation.enter()
    assert window.state.presenting and window.editing.locked
    assert not window.editing.act_delete.isVisible()
    window.presentation.leave()
    assert not window.state.presenting and not window.editing.locked
    assert window.editing.act_delete.isVisible()


def test_an_edit_announces_what_changed_and_the_list_shows_it(window, qtbot):
    with qtbot.waitSignal(window.state.data_changed) as blocker:
        window.editing.ops.edit("country", "HUN", {"name": "Hungaria"})
    assert blocker.args[0].touches("country")
    names = [window.country_proxy.index(r, 0).data() for r in range(window.country_proxy.rowCount())]
    assert "Hungaria" in names


def test_a_tour_write_is_announced_and_leaves_the_country_list_alone(window, qtbot):
    first = window.store.events()[0]
    with qtbot.waitSignal(window.state.data_changed) as blocker, qtbot.assertNotEmitted(window.country_model.modelReset):
        tour_id = window.tours.new_tour(name="A walk", items=[("event", first.id)])
    assert tour_id is not None
    assert blocker.args[0].touches("tour") and not blocker.args[0].touches("country", "event")
    assert window.tours.current_items() == [("event", first.id)]


def test_a_closed_list_dialog_stops_following_the_writes(window, qtbot):
    dialog = window.editing.manage("person")
    qtbot.addWidget(dialog)
    count = dialog.list.count()
    dialog.accept()
    person = window.store.people()[0]
    window.editing.ops.edit("person", person.id, {"name": "Renamed Person"})
    assert dialog.list.count() == count
    assert all(dialog.list.item(i).text() != "Renamed Person" for i in range(count))


# -- presenting gives the window back ---------------------------------------------------------------------


def test_presenting_at_1280x720_gives_back_the_time_range_lane_labels_and_splitters(window, qtbot):
    window.showNormal()
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.size().width() == 1280 and window.size().height() == 720)
    window.state.set_country("PRK")
    window.timeline.zoom_to_country("PRK")
    QApplication.processEvents()
    splitters = (window.main_splitter, window.top_splitter, window.left_splitter, window.country_tab)
    before = (window.timeline.view.viewRange(), window.timeline.shown_lane_names(), [s.sizes() for s in splitters])

    window.presentation.enter()
    QApplication.processEvents()
    window.presentation.next()
    window.presentation.finish_animation()
    QApplication.processEvents()
    presenting = window.timeline.view.viewRange()
    window.presentation.leave()
    QApplication.processEvents()

    after = (window.timeline.view.viewRange(), window.timeline.shown_lane_names(), [s.sizes() for s in splitters])
    assert presenting != before[0]  # presenting did move the timeline
    assert after[0][0] == pytest.approx(before[0][0]) and after[0][1] == pytest.approx(before[0][1])
    assert after[1] == before[1]  # the lanes named as before (not as thinned for the larger font)
    assert after[2] == before[2]
    assert window.size().width() == 1280 and window.size().height() == 720

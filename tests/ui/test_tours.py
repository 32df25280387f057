"""Tours: made from the selection or by hand, reordered by drag and drop, played in order."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from ally_explorer.db.tours import get_tour, list_tours


def test_a_tour_saved_reordered_and_reloaded_keeps_its_order(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr("ally_explorer.paths.user_data_dir", lambda: tmp_path / "user")
    panel = window.tours
    window.select_country("PRK")
    monkeypatch.setattr(panel, "_ask_name", lambda *a, **k: "North Korea")
    tour_id = panel.new_from_shown()
    assert tour_id is not None
    expected = [("event", e.id) for e in window.store.events(country_id="PRK")]
    assert panel.current_items() == expected
    # drag the last step to the top, as a drop does (QListWidget moves the row in its model)
    model = panel.items.model()
    assert model.moveRow(QModelIndex(), len(expected) - 1, QModelIndex(), 0)
    reordered = [expected[-1], *expected[:-1]]
    assert panel.current_items() == reordered
    # saved at once, and a fresh panel reads it back in that order
    assert list(get_tour(window.store, tour_id).items) == reordered
    panel.reload()
    assert panel.current_items() == reordered
    # move up / down buttons
    panel.items.setCurrentRow(1)
    panel.down_button.click()
    assert panel.current_items()[2] == reordered[1]


def test_adding_the_selected_quote_and_playing_the_tour(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr("ally_explorer.paths.user_data_dir", lambda: tmp_path / "user")
    panel = window.tours
    monkeypatch.setattr(panel, "_ask_name", lambda *a, **k: "Quotes")
    panel.new_tour()
    quote = window.store.statements(country_id="TUR")[0]
    window.select_statement(quote.id)
    panel.add_selected()
    treaty = next(e for e in window.store.events(country_id="PRK") if "treaty" in e.title.lower())
    window.select_event(treaty.id)
    panel.add_selected()
    assert panel.current_items() == [("statement", quote.id), ("event", treaty.id)]
    panel.play_button.click()
    assert window.presenting
    assert window.presentation.tour_name == "Quotes"
    assert window.caption.title.text() == f"“{quote.text}”"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.current_event == treaty.id
    qtbot.keyClick(window, Qt.Key.Key_Right)  # wraps to the first step
    assert window.detail.highlighted_item == ("statement", quote.id)
    window.presentation.leave()
    assert [t.name for t in list_tours(window.store)] == ["Quotes"]

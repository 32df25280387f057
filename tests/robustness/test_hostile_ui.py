"""Hostile strings through the window's search box, filter box and a real form, shown exactly."""

from __future__ import annotations

import pytest
from ally_explorer.ui.forms.entity_dialog import EntityDialog
from tests.ui.conftest import settings, window  # noqa: F401 (fixtures)

HOSTILE = [
    "Robert'); DROP TABLE events;--",
    '"', '""', "NEAR(", "NEAR(a b", "*", "-", "- treaty", "a OR b", "AND", "(", ")",
    "unbalanced \"quote", "title:treaty", "^x", "\x00", "a\x00b",
    "שלום עולם — ‏right to left‏", "مرحبا بالعالم", "🚀🇺🇦👨‍👩‍👧", "\u202eevil\u202c", "x" * 20_000,
    "<b>not bold</b> &amp; <script>alert(1)</script>",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_search_and_filter_boxes_take_anything(window, qtbot, text):
    window.search_box.setText(text)
    window.run_search()
    assert window.search_model.rowCount() >= 0
    window.country_filter.setText(text)
    assert window.country_proxy.rowCount() >= 0
    window.country_filter.clear()
    assert window.country_proxy.rowCount() == 12


@pytest.mark.parametrize("text", [t for t in HOSTILE if "\x00" not in t and len(t) < 300], ids=lambda t: repr(t)[:20])
def test_hostile_text_typed_into_a_form_is_stored_and_shown_exactly(window, qtbot, monkeypatch, text, tmp_path):
    monkeypatch.setattr("ally_explorer.paths.user_data_dir", lambda: tmp_path / "user")
    window.select_country("IRN")
    dialog = EntityDialog(window.store, "event", {"countries": ["IRN"]})
    qtbot.addWidget(dialog)
    title = dialog.findChild(object, "field_title")
    title.setText(text)
    values = dialog.values()
    assert values["title"] == text
    values.update(date_label="2025", category="political", confidence="confirmed", source_id="article",
                  countries=["IRN"])
    change = window.editing.ops.add("event", values)
    assert window.store.event(change.entity_id).title == text
    window.refresh()
    window.select_event(change.entity_id)
    assert text.replace("\u2028", "\n") in window.detail.toPlainText()

"""The Reader tab: highlights by confidence, hover and click, an entry selected elsewhere
scrolled to, coverage and 'not yet used', a passage made into an entry, File ▸ Add Source…."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from ally_explorer.db.sources import add_source
from ally_explorer.ui import theme
from ally_explorer.ui.add_source_dialog import AddSourceDialog
from ally_explorer.ui.reader_tab import prefill
from tests.ui.test_editing import no_dialogs  # noqa: F401 (a fixture)
from tests.ui.test_forms import fill, run_modal, type_text

SAMPLE = (
    "Sample text written for the tests.\n"
    "In June 2024 the two governments reportedly signed a grain deal. "
    "The ministers met again in Baku. Nothing else was agreed."
)


def open_reader(window):
    window.show_view("reader")
    return window.reader_tab.reader


def _point(reader, position: int) -> QPoint:
    return reader.text.cursorRect(reader._cursor(position)).center()


def test_every_cited_passage_is_highlighted_in_its_confidence_colour(window, qtbot):
    reader = open_reader(window)
    qtbot.waitUntil(lambda: reader.coverage is not None)  # counted just after the first paint
    passages = window.store.source_passages("article")
    selections = reader.text.extraSelections()
    assert len(selections) == len(passages) > 50
    reported = next(i for i, p in enumerate(reader._passages) if p.confidence == "reported")
    colour = selections[reported].format.background().color()
    assert colour.rgb() == QColor(theme.CONFIDENCE_COLORS["reported"]).rgb() and colour.alpha() < 255
    cov = reader.coverage
    assert 0 < cov.used < cov.total
    assert reader.coverage_label.text() == f"{cov.used} of {cov.total} sentences carry an entry"


def test_clicking_a_passage_selects_its_entry_and_the_detail_pane_follows(window, qtbot):
    reader = open_reader(window)
    def first_here(e):  # a character where this event's passage is the one a click picks
        p = reader.passage_of("event", e.id)
        return next((q for q in range(p.start, p.end)
                     if [(x.kind, x.item_id) for x in reader.passages_at(q)][:1] == [("event", e.id)]), None)

    event, at = next((e, first_here(e)) for e in window.store.events()
                     if reader.passage_of("event", e.id) and first_here(e) is not None)
    reader.text.setTextCursor(reader._cursor(at))
    reader.text.centerCursor()
    QTest.mouseClick(reader.text.viewport(), Qt.MouseButton.LeftButton, pos=_point(reader, at + 1))
    qtbot.waitUntil(lambda: window.state.item == ("event", event.id))
    assert window.state.event == event.id  # the timeline and the detail pane follow the state
    assert event.title in window.detail.toPlainText()


def test_hovering_a_passage_names_its_entries(window, qtbot):
    reader = open_reader(window)
    statement = next(s for s in window.store.statements() if reader.passage_of("statement", s.id))
    p = reader.passage_of("statement", statement.id)
    reader._on_hovered(reader.qt_position(p.start + 1), reader.text.viewport().mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert statement.text[:30] in QToolTip.text()


def test_selecting_an_entry_anywhere_scrolls_to_its_passage(window, qtbot):
    reader = open_reader(window)
    last = max(reader._passages, key=lambda p: p.start)
    reader.text.verticalScrollBar().setValue(0)
    window.state.select_entry(last.kind, last.item_id)
    assert reader.marked == (last.kind, last.item_id)
    assert reader.text.textCursor().position() == reader.qt_position(last.start)
    assert reader.text.verticalScrollBar().value() > 0
    assert len(reader.text.extraSelections()) == len(reader._passages) + 1


def test_not_yet_used_lists_the_sentences_no_entry_cites(window, qtbot):
    reader = open_reader(window)
    reader.unused_box.setChecked(True)
    assert reader.unused.isVisible()
    assert reader.unused.count() == reader.coverage.total - reader.coverage.used
    item = reader.unused.item(0)
    reader.unused.itemClicked.emit(item)
    start, end = item.data(Qt.ItemDataRole.UserRole)
    assert reader.selected_text() == window.store.source("article").text[start:end]


def test_a_passage_becomes_an_event_prefilled_saved_highlighted_and_found(window, qtbot, monkeypatch):
    store = window.store
    add_source(store, SAMPLE, title="A sample (written for the tests)", note="Sample", id="sample")
    window.state.announce(_all())
    window.select_country("BLR")
    window.reader_tab.show_source("sample")
    reader = open_reader(window)
    assert reader.source_id == "sample"
    passage = "In June 2024 the two governments reportedly signed a grain deal."
    start = SAMPLE.index(passage)
    reader.select_range(start, start + len(passage))
    assert reader.selected_text() == passage
    seen = {}

    def interact(dialog):
        shown = dialog.values()
        seen.update(excerpt=shown["excerpt"], date=shown["date_label"], confidence=shown["confidence"],
                    attribution=shown["attribution"], source=shown["source_id"])
        fill(qtbot, dialog, "title", "Reported grain deal")
        dialog.editors["category"].set_value("economic")
        dialog.accept()

    new_id = run_modal(qtbot, lambda: window.reader_tab.new_entry("event", reader.selected_text()), interact)
    assert seen == {"excerpt": passage, "date": "June 2024", "confidence": "reported",
                    "attribution": "Unnamed reports", "source": "sample"}
    event = store.event(new_id)
    assert (event.excerpt, event.source_id, event.date_start) == (passage, "sample", "2024-06-01")
    qtbot.waitUntil(lambda: reader.passage_of("event", new_id) is not None)
    assert reader.marked == ("event", new_id)  # saved, selected, highlighted
    assert any(h.kind == "event" and h.id == new_id for h in store.search("grain deal"))


def _all():
    from ally_explorer.ui.state import Changes

    return Changes.all()


def test_prefill_reads_the_date_and_the_hedge():
    values = prefill("event", " according to Ukraine's intelligence, in early 2025 troops moved. ", "article")
    assert values == {"excerpt": "according to Ukraine's intelligence, in early 2025 troops moved.",
                      "source_id": "article", "date_label": "early 2025", "confidence": "reported",
                      "attribution": "Ukraine's intelligence"}
    assert prefill("statement", "“We stand together,” Lukashenko said.", "s")["confidence"] == "confirmed"


def test_an_excerpt_not_in_the_source_is_refused_by_the_form_write(window, monkeypatch, no_dialogs):
    from ally_explorer.ui.forms.entity_dialog import EntityDialog

    monkeypatch.setattr(EntityDialog, "add", staticmethod(
        lambda store, entity, parent=None, defaults=None: dict(
            defaults, excerpt="Words nobody wrote.", title="Invented", category="political", countries=["BLR"],
            date_label="2025")))
    reader = open_reader(window)
    reader.select_range(0, 10)
    assert window.reader_tab.new_entry("event", reader.selected_text()) is None
    assert any("word for word" in text for _title, text in no_dialogs)


def test_file_add_source_stores_a_file_and_shows_it(window, qtbot, tmp_path, monkeypatch):
    page = tmp_path / "brief.html"
    page.write_text("<title>A briefing</title><style>b{}</style><p>Minsk signed in June 2024.</p>", encoding="utf-8")
    dialog = AddSourceDialog(window)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(page))
    dialog._on_file_edited()
    assert dialog.title.text() == "A briefing"
    type_text(qtbot, dialog.licence, "Sample")
    source_id = window.reader_tab.store_source(dialog)
    assert window.store.source(source_id).text == "A briefing\nMinsk signed in June 2024."
    reader = window.reader_tab.reader
    assert window.tabs.currentWidget() is reader and reader.source_id == source_id
    window.editing.ops.stack.undo()
    assert source_id not in {s.id for s in window.store.sources()}


def test_add_source_says_why_a_binary_file_cannot_be_read(qtbot, tmp_path):
    blob = tmp_path / "scan.txt"
    blob.write_bytes(b"%PDF-1.4\x00\x00")
    dialog = AddSourceDialog()
    qtbot.addWidget(dialog)
    dialog.file.setText(str(blob))
    dialog._on_file_edited()
    assert "binary" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    dialog._on_accept()
    assert dialog.result() == 0  # still open, nothing stored


def test_the_hedge_rule_names_who_claims_and_who_reports():
    from ally_explorer.core.passages import suggest_hedge

    assert suggest_hedge("Norland's foreign minister claimed that the deal was commercial.").attribution == "Norland's foreign minister"
    assert suggest_hedge("Italy claimed the prize.").attribution == "Italy"
    assert (suggest_hedge("It was claimed that x.").confidence, suggest_hedge("It was claimed that x.").attribution) == ("claimed", "Unnamed reports")
    assert suggest_hedge("Moscow reportedly sent advisers.").attribution == "Unnamed reports"
    assert suggest_hedge("Moscow is expected to deploy them.").attribution == "Expected, no source named"
    assert suggest_hedge("Minsk signed the treaty.").confidence == "confirmed"

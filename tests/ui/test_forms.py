"""The editing dialogs, driven through their real widgets by keyboard and mouse.

The dialogs only return values; each test writes them with the Store itself to prove they are
exactly what ``Store.create`` / ``Store.update`` accept.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget

from ally_explorer.core.entities import ENTITIES
from ally_explorer.core.records import as_dict
from ally_explorer.ui.forms import EntityDialog, FuzzyDateEdit, confirm_delete, current_values, delete_question
from ally_explorer.ui.forms.field_editors import (
    BoolCheck,
    EnumCombo,
    IntEdit,
    LongTextEdit,
    RefCombo,
    RefListEdit,
)

# The completer's popup is a window of its own; the headless platform cannot raise it or give it
# the keyboard, and says so. Nothing else may warn.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support raise\(\)$", r"^This plugin does not support grabbing the keyboard$"
)

# -- driving the widgets ---------------------------------------------------------------------------


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a keyboard (and an input method, for what no key produces)."""
    for ch in text:
        if ch.isascii() and ch.isprintable():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def select_all(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


class Pick(str):
    """Type part of a name, then choose the first suggestion with Down and Enter."""


def pick_completion(qtbot, combo: RefCombo, typed: str) -> None:
    type_text(qtbot, combo.lineEdit(), typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def fill(qtbot, dialog: EntityDialog, name: str, text: str) -> None:
    """Put ``text`` into one field the way a user would for that kind of field."""
    editor = dialog.editors[name]
    if isinstance(text, Pick):
        combo = editor.combo if isinstance(editor, RefListEdit) else editor
        select_all(qtbot, combo.lineEdit())
        pick_completion(qtbot, combo, text)
        return
    if isinstance(editor, FuzzyDateEdit):
        target = editor.label_edit
    elif isinstance(editor, RefListEdit):
        for item in text.split("|"):
            type_text(qtbot, editor.combo.lineEdit(), item)
            qtbot.keyClick(editor.combo.lineEdit(), Qt.Key.Key_Return)
        return
    elif isinstance(editor, RefCombo):
        target = editor.lineEdit()
    elif isinstance(editor, EnumCombo):
        qtbot.keyClicks(editor, text)  # the combo's keyboard search
        return
    elif isinstance(editor, IntEdit):
        target = editor.spin.lineEdit()
    elif isinstance(editor, BoolCheck):
        if editor.isChecked() != (text == "yes"):
            qtbot.keyClick(editor, Qt.Key.Key_Space)
        return
    else:
        target = editor
    select_all(qtbot, target)
    if text:
        type_text(qtbot, target, text)
    else:
        qtbot.keyClick(target, Qt.Key.Key_Delete)


def open_dialog(qtbot, store, name, values=None, *, entity_id=None) -> EntityDialog:
    dialog = EntityDialog(store, name, values, entity_id=entity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def run_modal(qtbot, opener, interact):
    """Call a blocking classmethod (``EntityDialog.add``...) while ``interact`` drives its dialog."""
    seen: list[QDialog] = []

    def drive():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not open yet
            QTimer.singleShot(10, drive)
            return
        seen.append(dialog)
        try:
            qtbot.waitUntil(dialog.isActiveWindow)  # as when a person looks at it
            interact(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, drive)
    result = opener()
    assert seen, "the dialog never opened"
    return result


def shown_error(dialog: EntityDialog, name: str) -> str:
    label = dialog.error_labels[name]
    return label.text() if label.isVisibleTo(dialog) else ""


# -- adding each kind of entry ---------------------------------------------------------------------

ADDS = {
    "country": (
        {"id": "MDA", "name": "Moldova", "iso2": "MD", "iso_numeric": "498", "region": "Eastern Europe",
         "aliases": "Moldavia; Republic of Moldova", "summary": "Between the EU and Russia.", "focus": "yes"},
        {"id": "MDA", "name": "Moldova", "iso2": "MD", "aliases": ("Moldavia", "Republic of Moldova"), "focus": True},
    ),
    "person": (
        {"name": "Maia Sandu", "role": "President of Moldova", "country_id": "ukr"},  # an id works too
        {"id": "maia-sandu", "name": "Maia Sandu", "country_id": "UKR"},
    ),
    "source": (
        {"id": "tass", "title": "TASS report", "publisher": "TASS", "url": "https://example.org/?a=1&b=2"},
        {"id": "tass", "title": "TASS report", "url": "https://example.org/?a=1&b=2"},
    ),
    "event": (
        {"title": "Joint exercise", "date_label": "early 2025", "category": "Military",
         "countries": "North Korea|Russia", "importance": "3"},
        {"title": "Joint exercise", "date_start": "2025-01-01", "date_end": "2025-04-30",
         "category": "military", "countries": ("PRK", "RUS"), "importance": 3, "source_id": "article"},
    ),
    "statement": (
        {"text": "We stand together.", "person_id": "Putin", "country_id": "Belarus", "date_label": "19 June 2024"},
        {"text": "We stand together.", "person_id": "putin", "country_id": "BLR", "date_start": "2024-06-19",
         "date_end": "2024-06-19"},
    ),
    "alignment": (
        {"country_id": "Hungary", "stance": "Russia-friendly", "date_label": "2022–2023", "ongoing": "yes"},
        {"country_id": "HUN", "stance": "friendly", "date_start": "2022-01-01", "date_end": "2023-12-31",
         "ongoing": True},
    ),
    "figure": (
        {"country_id": Pick("kor"), "label": "Troops sent", "value": "12,000", "value_high": "15,000",
         "unit": "troops", "date_label": "late 2024"},
        {"country_id": "PRK", "label": "Troops sent", "value": 12000.0, "value_high": 15000.0, "unit": "troops",
         "date_start": "2024-09-01", "date_end": "2024-12-31"},
    ),
}


@pytest.mark.parametrize("name", list(ADDS))
def test_adding_each_kind_through_the_form_gives_values_the_store_accepts(qtbot, store, name):
    typed, expected = ADDS[name]
    dialog = open_dialog(qtbot, store, name)
    assert dialog.windowTitle() == f"Add {ENTITIES[name].label}"
    assert dialog.ok_button.text() == f"Add {ENTITIES[name].label}"
    assert not dialog.ok_button.isEnabled()  # nothing typed yet
    fields = list(typed)
    for field in fields[:-1]:
        fill(qtbot, dialog, field, typed[field])
    if ENTITIES[name].field(fields[-1]).required:
        assert not dialog.ok_button.isEnabled(), dialog.errors()
    fill(qtbot, dialog, fields[-1], typed[fields[-1]])
    assert dialog.ok_button.isEnabled(), dialog.errors()
    assert dialog.summary.isHidden()

    before = store.conn.total_changes
    values = dialog.values()
    assert store.conn.total_changes == before  # the dialog only reads
    change = store.create(name, **values)
    stored = as_dict(store.get(name, change.entity_id))
    for key, value in expected.items():
        assert stored[key] == value, key
    if "confidence" in stored:
        assert stored["confidence"] == "confirmed"  # the default


def test_new_entries_start_from_the_context_and_sensible_defaults(qtbot, store):
    dialog = open_dialog(qtbot, store, "event", {"country_id": "PRK"})
    assert dialog.editors["countries"].value() == ("PRK",)
    assert dialog.editors["countries"].list.item(0).text().startswith("North Korea")
    assert dialog.editors["confidence"].currentText() == "Confirmed"
    assert dialog.editors["importance"].value() == 2
    assert dialog.editors["source_id"].currentText().startswith("As Putin shakes hands")
    assert dialog.editors["category"].value() is None  # a real choice, not a silent default
    assert dialog.editors["category"].placeholderText() == "Choose…"


def test_the_add_classmethod_returns_the_values_or_none(qtbot, store):
    def add_quote(dialog):
        fill(qtbot, dialog, "text", "Brothers in arms")
        fill(qtbot, dialog, "date_label", "June 2024")
        qtbot.keyClick(dialog.editors["text"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    values = run_modal(qtbot, lambda: EntityDialog.add(store, "statement", defaults={"country_id": "IRN"}), add_quote)
    assert values["text"] == "Brothers in arms"
    assert values["country_id"] == "IRN"
    assert store.create("statement", **values).action == "create"

    def press_escape(dialog):
        fill(qtbot, dialog, "title", "Never mind")
        qtbot.keyClick(dialog.editors["title"], Qt.Key.Key_Escape)

    assert run_modal(qtbot, lambda: EntityDialog.add(store, "event"), press_escape) is None


# -- editing each kind of entry --------------------------------------------------------------------

EDITS = {
    "country": ("BLR", "headline", "Russia's closest ally", "Russia's closest ally"),
    "person": ("putin", "role", "President of the Russian Federation", "President of the Russian Federation"),
    "source": ("article", "publisher", "Euronews", "Euronews"),
    "event": (1, "title", "Union State treaty", "Union State treaty"),
    "statement": (4, "context", "Orban, on Ukraine's EU bid.", "Orban, on Ukraine's EU bid."),
    "alignment": (1, "stance", "Partner", "partner"),
    "figure": (3, "value", "65", 65.0),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_editing_each_kind_changes_that_field_and_nothing_else(qtbot, store, name):
    entity_id, field, typed, expected = EDITS[name]
    before = as_dict(store.get(name, entity_id))

    def change_one_field(dialog):
        assert dialog.windowTitle().startswith(f"Edit {ENTITIES[name].label} ‘")
        assert dialog.ok_button.text() == "Save changes"
        assert dialog.ok_button.isEnabled(), dialog.errors()  # stored data is valid as it is
        fill(qtbot, dialog, field, typed)
        assert dialog.ok_button.isEnabled(), dialog.errors()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    values = run_modal(qtbot, lambda: EntityDialog.edit(store, name, entity_id), change_one_field)
    assert values is not None
    store.update(name, entity_id, **values)
    after = as_dict(store.get(name, entity_id))
    assert after[field] == expected
    assert {k: v for k, v in after.items() if k != field} == {k: v for k, v in before.items() if k != field}


def test_a_new_persons_key_is_made_from_the_name_unless_given(qtbot, store):
    dialog = open_dialog(qtbot, store, "person")
    assert dialog.focusWidget() is dialog.editors["name"]
    fill(qtbot, dialog, "name", "Kim Jong Un")
    assert dialog.editors["id"].placeholderText() == "kim-jong-un (made from the name)"
    assert "id" not in dialog.values()
    assert store.create("person", **dialog.values()).entity_id == "kim-jong-un"
    fill(qtbot, dialog, "id", "Kim!")
    assert "lower-case letters" in shown_error(dialog, "id")
    fill(qtbot, dialog, "id", "putin")
    assert shown_error(dialog, "id") == "“putin” is already taken (by Vladimir Putin)"


def test_the_key_of_an_existing_entry_is_read_only_and_a_new_key_must_be_free(qtbot, store):
    editing = open_dialog(qtbot, store, "country", current_values(store, "country", "BLR"), entity_id="BLR")
    assert editing.editors["id"].isReadOnly()
    assert editing.values()["id"] == "BLR"

    adding = open_dialog(qtbot, store, "country")
    assert not adding.editors["id"].isReadOnly()
    fill(qtbot, adding, "id", "BLR")
    fill(qtbot, adding, "name", "Belarus again")
    assert "already taken" in shown_error(adding, "id")
    assert not adding.ok_button.isEnabled()
    fill(qtbot, adding, "id", "blr")
    assert "three capital letters" in shown_error(adding, "id")


def test_editing_every_stored_entry_opens_valid_and_returns_it_unchanged(qtbot, store):
    """Every row of the dataset survives a round trip through its form untouched."""
    lists = {
        "country": store.all_countries(), "person": store.people(), "source": store.sources(),
        "event": store.events(), "statement": store.statements(), "alignment": store.alignments(),
        "figure": store.figures(),
    }
    for name, records in lists.items():
        for record in records:
            dialog = EntityDialog(store, name, current_values(store, name, record.id), entity_id=record.id)
            assert dialog.errors() == {}, (name, record.id, dialog.errors())
            change = store.update(name, record.id, **dialog.values())
            assert change.before == change.after, (name, record.id)
            dialog.deleteLater()


# -- the fuzzy date field --------------------------------------------------------------------------


@pytest.fixture
def date_edit(qtbot):
    holder = QWidget()
    holder.setMinimumSize(640, 160)  # a window whose size the field's messages do not change
    edit = FuzzyDateEdit(holder)
    edit.resize(600, 120)
    qtbot.addWidget(holder)
    holder.show()
    yield edit


@pytest.mark.parametrize(
    "label, shown, window",
    [
        ("early 2025", "1 Jan – 30 Apr 2025", ("2025-01-01", "2025-04-30")),
        ("June 2024", "Jun 2024", ("2024-06-01", "2024-06-30")),
        ("19 June 2024", "19 Jun 2024", ("2024-06-19", "2024-06-19")),
        ("2024-06-19", "19 Jun 2024", ("2024-06-19", "2024-06-19")),
        ("2022–2023", "2022–2023", ("2022-01-01", "2023-12-31")),
    ],
)
def test_the_date_field_shows_the_parsed_window_as_you_type(qtbot, date_edit, label, shown, window):
    with qtbot.waitSignal(date_edit.changed):
        type_text(qtbot, date_edit.label_edit, label)
    assert date_edit.preview.text() == f"= {shown}"
    assert date_edit.window() == window
    assert date_edit.error() is None
    assert date_edit.error_label.isHidden()


def test_the_preview_follows_each_keystroke(qtbot, date_edit):
    type_text(qtbot, date_edit.label_edit, "2025")
    assert date_edit.preview.text() == "= 2025"
    type_text(qtbot, date_edit.label_edit, "-0")
    assert date_edit.preview.text() == ""  # "2025-0" is no date
    type_text(qtbot, date_edit.label_edit, "3")
    assert date_edit.preview.text() == "= Mar 2025"


@pytest.mark.parametrize(
    "label, reason",
    [("In April", "no year"), ("2025–2022", "backwards"), ("31 February 2024", "has no day 31"), ("soonish", "has no year")],
)
def test_an_unreadable_date_says_why_and_blocks_ok(qtbot, store, label, reason):
    dialog = open_dialog(qtbot, store, "event", {"country_id": "BLR"})
    fill(qtbot, dialog, "title", "Something")
    fill(qtbot, dialog, "category", "Political")
    fill(qtbot, dialog, "date_label", "2025")
    assert dialog.ok_button.isEnabled(), dialog.errors()
    date = dialog.editors["date_label"]
    fill(qtbot, dialog, "date_label", label)
    assert reason in date.error()
    assert date.error_label.isVisibleTo(dialog)
    assert reason in date.error_label.text()
    assert date.preview.text() == ""
    assert date.label_edit.property("invalid")
    assert dialog.row_labels["date_label"].property("invalid")
    assert not dialog.ok_button.isEnabled()
    assert "Date" in dialog.summary.text()
    qtbot.keyClick(dialog.editors["title"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # Ctrl+Enter does nothing while something is wrong


def test_a_window_set_by_hand_allows_a_free_label(qtbot, store):
    dialog = open_dialog(qtbot, store, "event", {"country_id": "BLR"})
    fill(qtbot, dialog, "title", "Talks resume")
    fill(qtbot, dialog, "category", "Diplomatic")
    date = dialog.editors["date_label"]
    fill(qtbot, dialog, "date_label", "Soon after [June 2024]")
    assert "cannot read" in date.error()
    assert not dialog.ok_button.isEnabled()

    assert date.window_row.isHidden()
    qtbot.keyClick(date.explicit_box, Qt.Key.Key_Space)
    assert date.explicit() and date.window_row.isVisibleTo(dialog)
    type_text(qtbot, date.start_edit, "2024-06-01")
    type_text(qtbot, date.end_edit, "2024-05-01")
    assert "before it starts" in date.error()
    assert not dialog.ok_button.isEnabled()
    select_all(qtbot, date.end_edit)
    type_text(qtbot, date.end_edit, "2024-12-31")
    assert date.error() is None
    assert date.preview.text() == "= 1 Jun – 31 Dec 2024"
    assert dialog.ok_button.isEnabled(), dialog.errors()

    values = dialog.values()
    assert (values["date_label"], values["date_start"], values["date_end"]) == (
        "Soon after [June 2024]", "2024-06-01", "2024-12-31",
    )
    event = store.get("event", store.create("event", **values).entity_id)
    assert (event.date_label, event.date_start, event.date_end) == ("Soon after [June 2024]", "2024-06-01", "2024-12-31")


def test_ticking_the_box_starts_from_the_labels_window_and_unticking_reads_the_label_again(qtbot, date_edit):
    type_text(qtbot, date_edit.label_edit, "mid-2025")
    qtbot.keyClick(date_edit.explicit_box, Qt.Key.Key_Space)
    assert (date_edit.start_edit.text(), date_edit.end_edit.text()) == ("2025-05-01", "2025-08-31")
    select_all(qtbot, date_edit.end_edit)
    type_text(qtbot, date_edit.end_edit, "September 2025")  # a month: its last day
    assert date_edit.window() == ("2025-05-01", "2025-09-30")
    qtbot.keyClick(date_edit.explicit_box, Qt.Key.Key_Space)
    assert date_edit.window() == ("2025-05-01", "2025-08-31")


def test_a_stored_window_turns_the_hand_set_window_on_only_when_it_differs(date_edit):
    date_edit.set_value("June 2024", "2024-06-01", "2024-06-30")
    assert not date_edit.explicit()
    date_edit.set_value("Since 1999", "1999-01-01", "2025-09-01")
    assert date_edit.explicit()
    assert date_edit.window() == ("1999-01-01", "2025-09-01")
    assert date_edit.label() == "Since 1999"
    date_edit.set_value("2024", "2024-03-01", "2024-12-31")  # readable, but narrowed by hand
    assert date_edit.explicit()


def test_editing_the_label_of_a_hand_set_window_keeps_that_window(qtbot, store):
    alignment = store.get("alignment", 1)  # "Since 1999", set by hand up to the article's date
    dialog = open_dialog(qtbot, store, "alignment", current_values(store, "alignment", 1), entity_id=1)
    assert dialog.editors["date_label"].explicit()
    fill(qtbot, dialog, "date_label", "Since [early] 1999")
    store.update("alignment", 1, **dialog.values())
    updated = store.get("alignment", 1)
    assert updated.date_label == "Since [early] 1999"
    assert (updated.date_start, updated.date_end) == (alignment.date_start, alignment.date_end)


def test_turning_the_hand_set_window_off_reads_the_window_from_the_label(qtbot, store):
    dialog = open_dialog(qtbot, store, "alignment", current_values(store, "alignment", 1), entity_id=1)
    fill(qtbot, dialog, "date_label", "2022")
    qtbot.keyClick(dialog.editors["date_label"].explicit_box, Qt.Key.Key_Space)
    values = dialog.values()
    assert values["date_start"] is None and values["date_end"] is None
    store.update("alignment", 1, **values)
    assert (store.get("alignment", 1).date_start, store.get("alignment", 1).date_end) == ("2022-01-01", "2022-12-31")


# -- checks across fields --------------------------------------------------------------------------


def new_figure(qtbot, store) -> EntityDialog:
    dialog = open_dialog(qtbot, store, "figure", {"country_id": "PRK"})
    fill(qtbot, dialog, "label", "Troops sent")
    fill(qtbot, dialog, "date_label", "2024")
    return dialog


def test_a_figure_needs_both_its_value_and_its_unit(qtbot, store):
    dialog = new_figure(qtbot, store)
    fill(qtbot, dialog, "value", "12,000,000")
    assert not dialog.ok_button.isEnabled()
    assert dialog.summary.text() == "Still needed: Unit."
    fill(qtbot, dialog, "unit", "troops")
    assert dialog.ok_button.isEnabled()
    assert dialog.values()["value"] == 12_000_000.0
    fill(qtbot, dialog, "value", "")
    assert not dialog.ok_button.isEnabled()
    assert shown_error(dialog, "value") == "is required"  # touched, so said where it belongs
    fill(qtbot, dialog, "value", "twelve")
    assert "is not a number" in shown_error(dialog, "value")
    assert dialog.editors["value"].property("invalid")


def test_the_upper_end_of_a_range_cannot_be_below_its_value(qtbot, store):
    dialog = new_figure(qtbot, store)
    fill(qtbot, dialog, "unit", "troops")
    fill(qtbot, dialog, "value", "30,000")
    fill(qtbot, dialog, "value_high", "25,000")
    assert "below the value" in shown_error(dialog, "value_high")
    assert not dialog.ok_button.isEnabled()
    fill(qtbot, dialog, "value_high", "35,000")
    assert shown_error(dialog, "value_high") == ""
    assert dialog.ok_button.isEnabled()
    store.create("figure", **dialog.values())


def test_a_reported_claim_without_attribution_says_why_at_the_attribution(qtbot, store):
    dialog = open_dialog(qtbot, store, "event", {"country_id": "PRK"})
    fill(qtbot, dialog, "title", "Shells shipped")
    fill(qtbot, dialog, "category", "Military")
    fill(qtbot, dialog, "date_label", "2023")
    assert dialog.ok_button.isEnabled()
    fill(qtbot, dialog, "confidence", "Reported")
    assert dialog.editors["confidence"].value() == "reported"
    assert not dialog.ok_button.isEnabled()
    assert "needs an attribution" in shown_error(dialog, "attribution")  # untouched, still said
    assert dialog.row_labels["attribution"].property("invalid")
    fill(qtbot, dialog, "attribution", "Ukrainian intelligence")
    assert shown_error(dialog, "attribution") == ""
    assert dialog.ok_button.isEnabled()


def test_an_unknown_country_typed_into_a_reference_is_an_error(qtbot, store):
    dialog = open_dialog(qtbot, store, "alignment")
    fill(qtbot, dialog, "stance", "Ally")
    fill(qtbot, dialog, "date_label", "2024")
    fill(qtbot, dialog, "country_id", "Narnia")
    assert shown_error(dialog, "country_id") == "no country called “Narnia”: pick one from the list"
    assert not dialog.ok_button.isEnabled()
    fill(qtbot, dialog, "country_id", "nort")  # part of a name is not a choice yet
    assert shown_error(dialog, "country_id") == "“nort” is only part of a name: choose North Korea from the list"
    assert not dialog.ok_button.isEnabled()
    fill(qtbot, dialog, "country_id", "north korea")
    assert dialog.values()["country_id"] == "PRK"
    assert dialog.ok_button.isEnabled()


def test_the_completer_finds_names_by_any_part(qtbot, store):
    dialog = open_dialog(qtbot, store, "statement")
    combo = dialog.editors["country_id"]
    completer = combo.completer()
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    completer.setCompletionPrefix("kor")
    assert completer.currentCompletion() == "North Korea"


def test_an_optional_reference_can_be_emptied(qtbot, store):
    values = current_values(store, "statement", 4)
    dialog = open_dialog(qtbot, store, "statement", values, entity_id=4)
    assert dialog.editors["person_id"].currentText() == "Viktor Orban"
    fill(qtbot, dialog, "person_id", "")
    assert dialog.ok_button.isEnabled()
    store.update("statement", 4, **dialog.values())
    assert store.get("statement", 4).person_id is None


def test_event_countries_are_ordered_by_keyboard(qtbot, store):
    dialog = open_dialog(qtbot, store, "event")
    countries = dialog.editors["countries"]
    fill(qtbot, dialog, "countries", "Iran|rus|Belarus")
    assert countries.value() == ("IRN", "RUS", "BLR")
    assert countries.list.item(0).text().endswith("main")
    fill(qtbot, dialog, "countries", "Narnia")
    assert "no country called “Narnia”" in shown_error(dialog, "countries")
    assert countries.value() == ("IRN", "RUS", "BLR")
    countries.combo.setEditText("")
    countries.list.setFocus()
    countries.list.setCurrentRow(2)
    qtbot.keyClick(countries.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(countries.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert countries.value() == ("BLR", "IRN", "RUS")
    assert countries.list.item(0).text().startswith("Belarus")
    qtbot.keyClick(countries.list, Qt.Key.Key_Delete)
    assert countries.value() == ("IRN", "RUS")
    qtbot.mouseClick(countries.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(countries.remove_button, Qt.MouseButton.LeftButton)
    assert countries.value() == ()
    fill(qtbot, dialog, "title", "x")
    fill(qtbot, dialog, "category", "Energy")
    fill(qtbot, dialog, "date_label", "2024")
    assert shown_error(dialog, "countries") == "is required"
    assert not dialog.ok_button.isEnabled()


def test_enter_in_the_suggestions_adds_the_country(qtbot, store):
    dialog = open_dialog(qtbot, store, "event")
    countries = dialog.editors["countries"]
    popup = countries.combo.completer().popup()
    type_text(qtbot, countries.combo.lineEdit(), "kor")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # while suggestions show, the keyboard is theirs
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert countries.value() == ("PRK",)
    assert countries.combo.currentText() == ""
    type_text(qtbot, countries.combo.lineEdit(), "Iran")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the whole name typed, nothing highlighted
    assert countries.value() == ("PRK", "IRN")
    assert not popup.isVisible()
    assert dialog.isVisible()  # Enter added a country; it did not close the dialog


def test_a_country_typed_but_not_added_is_not_silently_dropped(qtbot, store):
    dialog = open_dialog(qtbot, store, "event", {"country_id": "BLR"})
    fill(qtbot, dialog, "title", "x")
    fill(qtbot, dialog, "category", "Energy")
    fill(qtbot, dialog, "date_label", "2024")
    assert dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.editors["countries"].combo.lineEdit(), "China")
    assert "press Enter or Add" in shown_error(dialog, "countries")
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.editors["countries"].add_button, Qt.MouseButton.LeftButton)
    assert dialog.values()["countries"] == ("BLR", "CHN")
    assert dialog.ok_button.isEnabled()


# -- hostile text ----------------------------------------------------------------------------------

HOSTILE = [
    "'); DROP TABLE events; --",
    'He said "no" \\ and left',
    "NEAR(treaty alliance) OR * AND \"unclosed",
    "Emoji 🇷🇺🤝🇰🇵 and a ZWJ family 👨‍👩‍👧",
    "עברית ומספרים 123 و العربية",
    "\u202eevil override\u202c and a\u00a0no-break space",
    "<b>not bold</b> &amp; %s {0} $(rm -rf ~)",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_comes_back_exactly(qtbot, store, text):
    dialog = open_dialog(qtbot, store, "event", {"country_id": "BLR"})
    for field in ("title", "attribution", "description", "note"):
        fill(qtbot, dialog, field, text)
    fill(qtbot, dialog, "category", "Political")
    fill(qtbot, dialog, "date_label", "2024")
    fill(qtbot, dialog, "confidence", "Claimed")
    values = dialog.values()
    for field in ("title", "attribution", "description", "note"):
        assert values[field] == text, field
    assert dialog.ok_button.isEnabled(), dialog.errors()
    event = store.get("event", store.create("event", **values).entity_id)
    assert (event.title, event.attribution, event.description, event.note) == (text,) * 4


def test_very_long_text_is_pasted_whole_and_titles_stop_at_their_limit(qtbot, store):
    dialog = open_dialog(qtbot, store, "event", {"country_id": "BLR"})
    long_text = ("A paragraph of evidence, " * 1000).strip()  # 24,999 characters
    QGuiApplication.clipboard().setText(long_text)
    dialog.editors["description"].setFocus()
    qtbot.keyClick(dialog.editors["description"], Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.values()["description"] == long_text
    description = dialog.editors["description"]
    assert description.height() <= description.fontMetrics().lineSpacing() * (LongTextEdit.MAX_LINES + 3)

    QGuiApplication.clipboard().setText("T" * 400)
    dialog.editors["title"].setFocus()
    qtbot.keyClick(dialog.editors["title"], Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.values()["title"] == "T" * ENTITIES["event"].field("title").max_length


def test_long_texts_grow_with_their_content(qtbot, store):
    dialog = open_dialog(qtbot, store, "event")
    description = dialog.editors["description"]
    empty = description.height()
    for _ in range(6):
        type_text(qtbot, description, "line")
        qtbot.keyClick(description, Qt.Key.Key_Return)
    assert description.height() > empty
    assert description.toPlainText().count("\n") == 6


# -- keyboard and size -----------------------------------------------------------------------------


def focus_order(dialog: EntityDialog) -> list[str]:
    """The fields in the order Tab visits them."""
    owners = {}
    for name, editor in dialog.editors.items():
        owners[editor] = name
        for child in editor.findChildren(QWidget):
            owners[child] = name
    order: list[str] = []
    widget = dialog.editors[next(iter(dialog.editors))]
    start = widget.focusProxy() or widget
    widget = start
    for _ in range(500):
        name = owners.get(widget)
        if name and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and (not order or order[-1] != name):
            order.append(name)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return order


@pytest.mark.parametrize("name", list(ENTITIES))
def test_tab_follows_the_fields_top_to_bottom(qtbot, store, name):
    dialog = open_dialog(qtbot, store, name)
    assert focus_order(dialog) == list(dialog.editors)


@pytest.mark.parametrize("name, entity_id", [("country", "BLR"), ("event", 1), ("statement", 4), ("figure", 3)])
def test_dialogs_fit_a_small_laptop_screen(qtbot, store, name, entity_id):
    for values, eid in ((None, None), (current_values(store, name, entity_id), entity_id)):
        dialog = open_dialog(qtbot, store, name, values, entity_id=eid)
        assert dialog.height() <= 680 and dialog.width() <= 1000
        assert dialog.width() >= dialog.form_widget.minimumSizeHint().width()
        labels = [dialog.row_labels[f] for f in dialog.editors]
        assert all(label.alignment() & Qt.AlignmentFlag.AlignRight for label in labels)


def test_the_first_field_has_focus_and_enter_in_a_line_accepts_when_valid(qtbot, store):
    dialog = open_dialog(qtbot, store, "source")
    assert dialog.focusWidget() is dialog.editors["title"]  # the key is made from it
    type_text(qtbot, dialog.editors["title"], "Reuters wire")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.editors["title"], Qt.Key.Key_Return)
    assert dialog.values() == {"title": "Reuters wire", "publisher": None, "published": None, "url": None, "note": None,
                               "author": None, "licence": None, "text": None}


# -- asking before a delete ------------------------------------------------------------------------


def test_the_delete_question_names_what_goes_with_a_country(store):
    plan = store.plan_delete("country", "BLR")
    question, details = delete_question(plan)
    assert question == "Delete country ‘Belarus’?"
    assert details == (
        "This also deletes 3 key figures and 1 alignment period."
        " Belarus is removed from 9 events shared with other countries; those events stay."
        " 1 person stays, without a country."
    )
    assert len(plan.before["figures"]) == 3 and len(plan.before["event_countries"]) == 9

    store.create("event", title="Only Belarus", date_label="2024", category="political",
                 confidence="confirmed", countries=["BLR"], source_id="article")
    question, details = delete_question(store.plan_delete("country", "BLR"))
    assert details.startswith("This also deletes 1 event, 3 key figures and 1 alignment period.")

    question, details = delete_question("country ‘North Korea’", store.plan_delete("country", "PRK").counts("before"))
    assert question == "Delete country ‘North Korea’?"
    assert details == "This also deletes 6 key figures, 2 alignment periods and 2 statements."

    plan = store.plan_delete("country", "SYR")  # bare counts and the plan's own label
    question, details = delete_question(plan.counts("before"), plan.label, entity="country")
    assert question == "Delete country ‘Syria’?"
    assert details == "This also deletes 3 key figures and 2 alignment periods. 2 people stay, without a country."


def test_deleting_a_lone_entry_says_nothing_else_is_affected(store):
    question, details = delete_question(store.plan_delete("figure", 3))
    assert question == "Delete key figure ‘Russia's share of Belarus' trade’?"
    assert details == "Nothing else is affected."


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")  # QMessageBox, headless
def test_confirm_delete_defaults_to_cancel(qtbot, store):
    plan = store.plan_delete("person", "orban")

    def press(key):
        def act():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            assert box.defaultButton().text() == "Cancel"
            assert "stay, without a speaker" in box.informativeText() or "stays, without a speaker" in box.informativeText()
            qtbot.keyClick(box, key)
        QTimer.singleShot(0, act)

    press(Qt.Key.Key_Return)
    assert confirm_delete(None, plan) is False
    press(Qt.Key.Key_Escape)
    assert confirm_delete(None, plan) is False

    def click_delete():
        box = QApplication.activeModalWidget()
        qtbot.mouseClick(box.findChild(QWidget, "deleteButton"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_delete)
    assert confirm_delete(None, plan) is True


def test_line_edits_never_truncate_stored_values(store):
    """Every stored text fits its field's max length, so opening a form never cuts a value."""
    for name in ENTITIES:
        for f in ENTITIES[name].fields:
            if f.kind == "text":
                dialog = EntityDialog(store, name)
                assert isinstance(dialog.editors[f.name], QLineEdit)
                assert dialog.editors[f.name].maxLength() == f.max_length
                dialog.deleteLater()

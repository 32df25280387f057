"""Comparing your copy with the bundled data, and reverting entries to it (undoably)."""

from __future__ import annotations

import pytest

from ally_explorer.db.compare import apply_all, compare, revert, undo_all
from ally_explorer.db.store import Store


@pytest.fixture
def pair(db_path, built_db):
    with Store.open(db_path) as copy, Store.open(built_db, readonly=True) as original:
        yield copy, original


def _event_values(store: Store, event_id: int) -> dict:
    e = store.event(event_id)
    return dict(title=e.title, description=e.description, category=e.category, importance=e.importance,
                date_label=e.date_label, confidence=e.confidence, attribution=e.attribution,
                source_id=e.source_id, excerpt=e.excerpt, note=e.note, countries=list(e.countries))


def test_an_untouched_copy_has_no_differences(pair):
    copy, original = pair
    assert compare(copy, original) == []


def test_each_kind_of_difference_is_listed_with_its_fields(pair):
    copy, original = pair
    old_title = copy.event(1).title
    copy.update_event(1, title="A changed title")
    new = copy.create_event(**dict(_event_values(copy, 2), title="An added event")).entity_id
    gone_title = copy.event(3).title
    copy.delete_event(3)

    diffs = {d.key: d for d in compare(copy, original)}
    assert set(diffs) == {("event", 1), ("event", new), ("event", 3)}
    changed = diffs["event", 1]
    assert changed.status == "changed" and changed.title == "A changed title"
    assert [(f.field, f.label, f.copy, f.original) for f in changed.fields] == [
        ("title", "Title", "A changed title", old_title)
    ]
    assert diffs["event", new].status == "added"
    assert {f.field for f in diffs["event", new].fields} >= {"title", "countries"}
    deleted = diffs["event", 3]
    assert deleted.status == "deleted" and deleted.title == gone_title
    assert all(f.copy is None for f in deleted.fields)


def test_reverting_one_entry_and_undoing_and_redoing_it(pair):
    copy, original = pair
    copy.update_event(1, title="A changed title", importance=1)
    copy.update_event(2, title="Another change")
    [first] = [d for d in compare(copy, original) if d.key == ("event", 1)]

    applied = revert(copy, original, [first])
    assert copy.event(1).title == original.event(1).title
    assert [d.key for d in compare(copy, original)] == [("event", 2)]  # the other edit stays
    assert copy.changes()[0].label.startswith("Revert event")  # in the entry's history

    undo_all(copy, applied)
    assert copy.event(1).title == "A changed title" and copy.event(1).importance == 1
    apply_all(copy, applied)  # redo
    assert copy.event(1).title == original.event(1).title


def test_reverting_everything_gives_back_the_bundled_data_and_undo_gives_back_the_edits(pair):
    copy, original = pair
    copy.update_country("BLR", summary="My own summary")
    copy.create_person(id="new-person", name="New Person", role="Analyst", country_id="BLR")
    said = copy.create_statement(
        text="Words", person_id="new-person", country_id="BLR", date_label="2025",
        confidence="confirmed", source_id=copy.event(1).source_id,
    ).entity_id
    copy.delete_event(5)
    edited = compare(copy, original)
    assert {d.status for d in edited} == {"added", "changed", "deleted"}

    applied = revert(copy, original, edited)
    assert compare(copy, original) == []
    assert copy.conn.execute("PRAGMA foreign_key_check").fetchall() == []

    undo_all(copy, applied)
    assert compare(copy, original) == edited
    assert copy.statement(said).person_id == "new-person"


def test_a_revert_that_cannot_be_written_changes_nothing(pair):
    copy, original = pair
    copy.update_event(1, title="Mine")
    applied = revert(copy, original, compare(copy, original))
    copy.update_event(1, title="Mine again")
    broken = [c.undone() for c in applied] + [applied[0].__class__("event", 1, "create", "bad", {}, {"events": ({"id": 1},)})]
    with pytest.raises(Exception):
        apply_all(copy, broken)  # the second one clashes with a row that exists: nothing is written
    assert copy.event(1).title == "Mine again"

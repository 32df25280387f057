"""Undo and redo restore the database exactly, table by table."""

from __future__ import annotations

import random

import pytest

from ally_explorer.core.errors import ValidationError
from ally_explorer.db.store import PRIMARY_KEYS
from ally_explorer.ui.operations import Operations


def dump(store) -> dict:
    return {t: store._rows(f"SELECT * FROM {t} ORDER BY {', '.join(pk)}") for t, pk in PRIMARY_KEYS.items()}


def random_edit(ops, rng: random.Random, n: int) -> None:
    store = ops.store
    kind = rng.choice(["add_event", "edit_event", "delete_event", "add_statement", "edit_country",
                       "delete_country", "add_figure", "edit_alignment", "delete_person", "add_person"])
    countries = [c.id for c in store.all_countries()]
    events = [e.id for e in store.events()]
    if kind == "add_event" or (not events and kind in ("edit_event", "delete_event")):
        ops.add("event", dict(
            title=f"Random event {n}", date_label=rng.choice(["2024", "early 2025", "19 June 2024", "2022–2023"]),
            category=rng.choice(["military", "economic", "energy"]), confidence="confirmed",
            countries=rng.sample(countries, k=min(2, len(countries))), source_id="article",
        ))
    elif kind == "edit_event":
        ops.edit("event", rng.choice(events), {"title": f"Edited {n}", "countries": rng.sample(countries, k=1)})
    elif kind == "delete_event":
        ops.delete("event", rng.choice(events))
    elif kind == "add_statement":
        ops.add("statement", dict(text=f"Quote {n}", country_id=rng.choice(countries), date_label="2025",
                                  confidence="reported", attribution="Someone", source_id="article"))
    elif kind == "edit_country":
        ops.edit("country", rng.choice(countries), {"summary": f"Summary {n}", "aliases": [f"Alias {n}"]})
    elif kind == "delete_country" and len(countries) > 3:
        ops.delete("country", rng.choice(countries))
    elif kind == "add_figure":
        ops.add("figure", dict(country_id=rng.choice(countries), label=f"Figure {n}", value=n, unit="troops",
                               date_label="2024", confidence="confirmed", source_id="article"))
    elif kind == "edit_alignment":
        alignments = store.alignments()
        if alignments:
            ops.edit("alignment", rng.choice(alignments).id, {"stance": rng.choice(["ally", "drifting"])})
    elif kind == "delete_person":
        people = store.people()
        if people:
            ops.delete("person", rng.choice(people).id)
    elif kind == "add_person":
        ops.add("person", dict(name=f"Person {n}", role="Analyst"))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edits_undo_to_the_start_and_redo_to_the_end(qtbot, store, seed):
    ops = Operations(store)
    rng = random.Random(seed)
    start = dump(store)
    for n in range(40):
        random_edit(ops, rng, n)
    end = dump(store)
    assert end != start
    assert ops.stack.count() >= 30
    while ops.stack.canUndo():
        ops.stack.undo()
    assert dump(store) == start
    while ops.stack.canRedo():
        ops.stack.redo()
    assert dump(store) == end


def test_commands_have_readable_labels_and_announce_changes(qtbot, store):
    ops = Operations(store)
    treaty = next(e for e in store.events(country_id="PRK") if "treaty" in e.title.lower())
    with qtbot.waitSignal(ops.changed) as blocker:
        ops.edit("event", treaty.id, {"title": "Mutual defence treaty"})
    assert blocker.args == ["event", treaty.id]
    assert ops.stack.undoText() == "Edit event ‘Mutual defence treaty’"
    with qtbot.waitSignal(ops.changed):
        ops.stack.undo()
    assert store.event(treaty.id).title == treaty.title


def test_undo_of_a_country_delete_brings_back_everything_it_took(qtbot, store):
    ops = Operations(store)
    before = dump(store)
    ops.delete("country", "PRK")
    assert "PRK" not in {c.id for c in store.all_countries()}
    ops.stack.undo()
    assert dump(store) == before


def test_invalid_writes_push_nothing(qtbot, store):
    ops = Operations(store)
    with pytest.raises(ValidationError):
        ops.add("event", {"title": "", "category": "x"})
    assert ops.stack.count() == 0


def test_a_failed_undo_reports_and_clears_history(qtbot, store, monkeypatch):
    ops = Operations(store)
    ops.add("person", {"name": "Ada"})
    messages = []
    ops.failed.connect(messages.append)

    def refuse(*a, **k):
        raise PermissionError("read-only")

    monkeypatch.setattr(store, "apply", refuse)
    ops.stack.undo()
    assert messages and "failed" in messages[0]
    qtbot.waitUntil(lambda: ops.stack.count() == 0)

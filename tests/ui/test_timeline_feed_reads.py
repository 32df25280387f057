"""What the timeline keeps between filter changes (the stance periods for "confirmed only" and
not, the stances at the cursor) is what the database holds, also after a write."""

from __future__ import annotations

from ally_explorer.core.filters import Filters


def test_stance_bands_follow_confirmed_only_on_off_and_on_again(window):
    store = window.store
    for confirmed in (True, False, True, False):
        window.state.set_filters(Filters(confirmed_only=confirmed))
        assert window.timeline._alignment_args[0] == store.alignments(filters=Filters(confirmed_only=confirmed))


def test_the_cursor_shows_a_stance_edited_after_it_was_read(window):
    window.as_of_bar.set_date("2025-01-01", emit=True)
    assert window.timeline.cursor_stances()["SVK"] == "friendly"
    window.state.set_filters(Filters(confirmed_only=True))
    window.state.set_filters(Filters())
    in_force = window.store.stances_as_of("2025-01-01")["SVK"]
    window.editing.ops.edit("alignment", in_force.id, {"stance": "ally"})
    assert window.timeline.cursor_stances()["SVK"] == "ally"
    window.state.set_filters(Filters(categories=frozenset({"military"})))
    assert window.timeline.cursor_stances()["SVK"] == "ally"
    assert window.timeline._alignment_args[0] == window.store.alignments()  # the edited band drawn
    window.editing.ops.stack.undo()
    assert window.timeline.cursor_stances()["SVK"] == "friendly"

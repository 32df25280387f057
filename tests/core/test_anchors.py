"""Anchors into a source's text: made, found again after an edit, or reported lost; sentences
and coverage against a hand count."""

from __future__ import annotations

from ally_explorer.core.anchors import Anchor, coverage, make_anchor, refind, sentences

TEXT = (
    "Minsk signed the treaty in June 2024. Moscow reportedly sent advisers.\n"
    "U.S. President Donald Trump met Putin on Aug. 15 in Alaska. Nothing followed."
)


def test_an_anchor_keeps_the_quote_its_context_and_offsets():
    a = make_anchor(TEXT, "Moscow reportedly sent advisers.")
    assert TEXT[a.start:a.end] == a.quote == "Moscow reportedly sent advisers."
    assert a.prefix == "Minsk signed the treaty in June 2024. "[-32:]
    assert a.suffix.startswith("\nU.S. President")
    assert make_anchor(TEXT, "not in the text") is None


def test_text_inserted_before_a_passage_moves_its_anchor():
    a = make_anchor(TEXT, "Moscow reportedly sent advisers.")
    edited = "A new first sentence. " + TEXT
    found = refind(a, edited)
    assert found.status == "moved"
    assert found.anchor.start == a.start + len("A new first sentence. ")
    assert edited[found.anchor.start:found.anchor.end] == a.quote


def test_unchanged_offsets_are_exact():
    a = make_anchor(TEXT, "Nothing followed.")
    assert refind(a, TEXT + " More.").status == "exact"


def test_a_repeated_quote_is_found_again_by_its_context():
    text = "In Minsk: yes. Then in Baku: yes. Later in Minsk: yes."
    a = make_anchor(text, "yes", near=text.index("Baku"))
    assert a.prefix.endswith("Then in Baku: ")
    edited = "Preface. " + text
    found = refind(a, edited)
    assert found.anchor.start == edited.index("Baku: yes") + len("Baku: ")


def test_a_word_changed_inside_a_passage_is_found_fuzzily():
    a = make_anchor(TEXT, "Moscow reportedly sent advisers.")
    edited = TEXT.replace("sent advisers", "sent military advisers")
    found = refind(a, edited)
    assert found.status == "fuzzy"
    assert edited[found.anchor.start:found.anchor.end] == "Moscow reportedly sent military advisers."


def test_a_deleted_passage_is_reported_lost_with_its_last_place():
    a = make_anchor(TEXT, "Moscow reportedly sent advisers.")
    found = refind(a, TEXT.replace("Moscow reportedly sent advisers.", ""))
    assert found.status == "lost"
    assert found.anchor == a


def test_sentences_do_not_break_at_abbreviations_or_initials():
    spans = [TEXT[s:e] for s, e in sentences(TEXT)]
    assert spans == [
        "Minsk signed the treaty in June 2024.",
        "Moscow reportedly sent advisers.",
        "U.S. President Donald Trump met Putin on Aug. 15 in Alaska.",
        "Nothing followed.",
    ]


def test_coverage_counts_what_a_person_counts():
    # By hand: four sentences; one passage inside the second, one spanning the third and fourth.
    first = make_anchor(TEXT, "reportedly sent")
    second = make_anchor(TEXT, "in Alaska. Nothing")
    cov = coverage(TEXT, [(first.start, first.end), (second.start, second.end)])
    assert (cov.used, cov.total) == (3, 4)
    assert [TEXT[s:e] for s, e in cov.unused()] == ["Minsk signed the treaty in June 2024."]
    assert coverage(TEXT, []).used == 0


def test_an_anchor_is_plain_data():
    assert Anchor("q", "p", "s", 1, 2) == Anchor("q", "p", "s", 1, 2)

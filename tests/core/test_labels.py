"""Timeline label placement: whole titles where there is room, never overlapping, elided last."""

from __future__ import annotations

from ally_explorer.core.labels import place_labels


def _overlap(a, b) -> bool:
    return a.left < b.right and b.left < a.right


def test_a_label_with_room_is_whole_on_the_right_of_its_marker():
    [label] = place_labels([(0, 0, 100.0)], lambda row: 300.0, right_limit=1000)
    assert label.whole and not label.on_left
    assert label.width == 300.0 and label.left > 100.0


def test_a_label_that_would_run_off_the_view_goes_left():
    [label] = place_labels([(0, 0, 900.0)], lambda row: 300.0, left_limit=0, right_limit=1000)
    assert label.whole and label.on_left and label.right < 900.0


def test_labels_of_one_lane_never_overlap_each_other_or_a_marker():
    xs = [100.0, 180.0, 260.0, 600.0, 640.0, 900.0]
    markers = [(0, x) for x in xs] + [(0, 400.0)]
    placed = place_labels([(i, 0, x) for i, x in enumerate(xs)], lambda row: 150.0, markers=markers,
                          marker_radius=6, left_limit=0, right_limit=1200, min_width=40)
    assert placed
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            assert not _overlap(a, b)
        for _, x in markers:
            assert a.right <= x - 6 or a.left >= x + 6


def test_the_most_important_label_comes_first_and_others_shorten_to_the_gap():
    # candidate 0 (most important) takes the right of x=100 whole; candidate 1 only has 100..200
    placed = place_labels([(0, 0, 300.0), (1, 0, 100.0)], lambda row: 250.0, marker_radius=5, gap=4,
                          left_limit=60, right_limit=1000, min_width=40)
    first, second = placed
    assert first.row == 0 and first.whole
    assert second.row == 1 and not second.whole
    assert second.width < 250.0 and not _overlap(first, second)


def test_a_label_without_room_for_its_minimum_width_is_left_out():
    placed = place_labels([(0, 0, 100.0)], lambda row: 250.0, markers=[(0, 120.0), (0, 80.0)],
                          marker_radius=5, min_width=48)
    assert placed == []


def test_lanes_are_packed_separately():
    placed = place_labels([(0, "a", 100.0), (1, "b", 100.0)], lambda row: 200.0, right_limit=1000)
    assert [p.whole for p in placed] == [True, True]
    assert placed[0].left == placed[1].left


def test_max_labels_caps_the_count():
    placed = place_labels([(i, i, 10.0) for i in range(50)], lambda row: 50.0, right_limit=1000, max_labels=7)
    assert len(placed) == 7


def test_a_label_stays_beside_its_own_marker_when_a_neighbour_label_touches_it():
    # a label placed right of x=100 ends where the next marker (x=300) begins its gap:
    # the second label must go beside x=300 (or be left out), never beyond the first label
    placed = place_labels([(0, 0, 100.0), (1, 0, 300.0)], lambda row: 185.0 if row == 0 else 120.0,
                          markers=[(0, 100.0), (0, 300.0)], marker_radius=5, gap=4,
                          left_limit=0, right_limit=400, min_width=40)
    by_row = {p.row: p for p in placed}
    assert by_row[0].left == 109.0
    second = by_row[1]
    assert second.left == 309.0 and not second.whole  # shortened beside its marker, not far off to the left


def test_merged_stretches_are_what_the_markers_cover_per_lane():
    import numpy as np

    from ally_explorer.core.labels import merge_stretches

    stretches = merge_stretches(np.array([1, 0, 0, 0, 1]), np.array([50.0, 10.0, 14.0, 40.0, 500.0]), 3.0)
    assert stretches == {0: ([7.0, 37.0], [17.0, 43.0]), 1: ([47.0, 497.0], [53.0, 503.0])}
    a = place_labels([(0, 0, 10.0)], lambda row: 100.0, stretches=stretches, marker_radius=3, gap=4, min_width=10)
    b = place_labels([(0, 0, 10.0)], lambda row: 100.0, markers=[(0, 10.0), (0, 14.0), (0, 40.0)],
                     marker_radius=3, gap=4, min_width=10)
    assert a == b


def test_a_marker_hemmed_in_on_both_sides_gets_no_label_and_its_title_is_not_measured():
    measured = []

    def width(row):
        measured.append(row)
        return 150.0

    # row 1's marker at 200 touches its neighbours from 100 to 300, and the view ends on both
    # sides of them: no free pixel beside it, whatever its title; row 0 in another lane has room
    markers = [(0, float(x)) for x in range(100, 301, 10)]
    placed = place_labels([(1, 0, 200.0), (0, 1, 200.0)], width, markers=markers, marker_radius=6,
                          left_limit=90, right_limit=310, min_width=40)
    assert [p.row for p in placed] == [0]
    assert measured == [0]

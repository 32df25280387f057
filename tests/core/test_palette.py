"""The contrast test: every theme's text at 4.5:1 and graphics at 3:1 against what they sit on
(WCAG 2.2 1.4.3 and 1.4.11), colour never the only cue, and the published ratio table current."""

from pathlib import Path

import pytest

from ally_explorer.core import palette, vocab

DOC = Path(__file__).resolve().parents[2] / "docs" / "accessibility.md"
THEMES = list(palette.THEMES)


def test_the_wcag_formula_gives_the_known_ratios():
    assert palette.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert palette.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    # the issue's measurements of the old colours, reproduced by the same formula
    assert palette.contrast("#FFFFFF", "#D6604D") == pytest.approx(3.72, abs=0.01)
    assert palette.contrast("#000000", "#D6604D") == pytest.approx(5.64, abs=0.01)
    assert palette.contrast("#E69F00", "#FFFFFF") == pytest.approx(2.25, abs=0.01)
    assert palette.contrast("#999999", "#FFFFFF") == pytest.approx(2.85, abs=0.01)


def test_badge_text_is_chosen_by_contrast():
    assert palette.text_on("#D6604D") == "#000000"  # the old "Partner" badge: black, 5.64:1
    assert palette.text_on("#1D3F8F") == "#FFFFFF"


@pytest.mark.parametrize("name", THEMES)
def test_every_pair_of_the_theme_passes(name):
    failing = [(p.what, p.foreground, p.background, round(p.ratio, 2))
               for p in palette.pairs(palette.THEMES[name]) if not p.passes]
    assert failing == []


@pytest.mark.parametrize("name", THEMES)
def test_the_issues_failing_pairs_are_among_those_checked(name):
    whats = " | ".join(p.what for p in palette.pairs(palette.THEMES[name]))
    for needed in ("partner badge and map label text", "energy as text", "political as text", "economic as text",
                   "muted text (zero-count facets", "filters banner text", "reported as text", "ally band edge",
                   "vague-date bar edge", "partner on the map's ocean", "selected-event ring"):
        assert needed in whats


@pytest.mark.parametrize("name", THEMES)
def test_graphics_are_checked_against_every_background_they_sit_on(name):
    t = palette.THEMES[name]
    for c in vocab.CATEGORIES:  # a marker may sit on any stance band's tint, on a stripe or the plot
        assert min(palette.contrast(t.category[c], b) for b in t.plot_backgrounds) >= 3.0
    assert len(t.plot_backgrounds) == 2 + 2 * len(vocab.STANCES)


def test_graphic_colours_keep_the_okabe_ito_hue_where_it_passes():
    light, dark = palette.THEMES["light"], palette.THEMES["dark"]
    assert light.category["diplomatic"] == palette.CATEGORY_HUES["diplomatic"]  # #0072B2 passes as it is
    assert dark.category["energy"] == palette.CATEGORY_HUES["energy"]  # orange reads on near-black
    assert light.category["energy"] != palette.CATEGORY_HUES["energy"]  # 2.25:1 on white: darkened


@pytest.mark.parametrize("name", THEMES)
def test_shapes_and_fills_tell_categories_and_confidences_apart_without_colour(name):
    assert len(set(palette.CATEGORY_SYMBOLS.values())) == len(vocab.CATEGORIES)
    assert len(set(palette.CONFIDENCE_FILLS.values())) == len(vocab.CONFIDENCES)
    assert len(set(palette.STANCE_DASHES.values())) == len(vocab.STANCES)
    assert len(set(palette.STANCE_LETTERS.values())) == len(vocab.STANCES)
    t = palette.THEMES[name]
    assert t.stance["ally"] != t.confidence["disputed"]  # they shared #B2182B


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("vision", [None, "deuteranopia", "protanopia"])
def test_stances_stay_distinguishable_with_colour_blindness(name, vision):
    distances = palette.stance_distances(palette.THEMES[name], vision)
    closest = min(distances, key=distances.get)
    assert distances[closest] >= 8.0, closest


def test_the_simulation_merges_what_colour_blind_people_confuse():
    red, green = "#D62728", "#2CA02C"
    assert palette.delta_e(red, green) > 60
    assert palette.delta_e(palette.simulate(red, "deuteranopia"), palette.simulate(green, "deuteranopia")) < 30


def test_the_published_table_is_current():
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index("<!-- ratios -->\n") + len("<!-- ratios -->\n"), text.index("<!-- /ratios -->")
    assert text[start:end] == palette.ratio_table(), "run: python -m ally_explorer.core.palette docs/accessibility.md"

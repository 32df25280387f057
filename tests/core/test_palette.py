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
                   "vague-date bar edge", "partner on the map's ocean", "selected-event ring",
                   "Ukraine (invaded) on the map's ocean", "UN agreement 50% on the map's ocean",
                   "UN agreement 100% on the map's ocean", "no UN votes on the map's ocean",
                   "map country outline on the ocean", "map legend swatch outline"):
        assert needed in whats


@pytest.mark.parametrize("name", THEMES)
def test_graphics_are_checked_against_every_background_they_sit_on(name):
    t = palette.THEMES[name]
    for c in vocab.CATEGORIES:  # a marker may sit on any stance band's tint, on a stripe or the plot
        assert min(palette.contrast(t.category[c], b) for b in t.plot_backgrounds) >= 3.0
    assert len(t.plot_backgrounds) == 2 + 2 * len(vocab.STANCES)


@pytest.mark.parametrize("name", THEMES)
def test_every_map_fill_stands_out_from_the_ocean_by_itself_or_by_its_outline(name):
    t = palette.THEMES[name]
    assert palette.contrast(t.map_border, t.ocean) >= 3.0
    fills = {**palette.map_fills(t), **t.stance, "Russia": t.russia}
    for what, fill in fills.items():
        pair = palette.map_fill_pair(t, what, fill)
        assert pair.passes, what
        assert pair.foreground in (fill, t.map_border)
        assert max(palette.contrast(fill, t.ocean), palette.contrast(t.map_border, t.ocean)) >= 3.0


def test_the_pale_map_fills_the_issue_measured_are_carried_by_the_outline():
    light = palette.THEMES["light"]
    for fill in (palette.UKRAINE, palette.AGREEMENT_STOPS[4]):  # Ukraine's yellow, the ramp's pale middle
        assert palette.contrast(fill, light.ocean) < 3.0  # no ocean can fix them and the ramp's dark ends
        pair = palette.map_fill_pair(light, "x", fill)
        assert pair.foreground == light.map_border and "by its outline" in pair.what and pair.passes


@pytest.mark.parametrize("vision", [None, "deuteranopia", "protanopia"])
def test_the_agreement_ramp_stays_ordered_and_colour_blind_safe(vision):
    stops = [palette.simulate(c, vision) if vision else c for c in palette.AGREEMENT_STOPS]
    lightness = [palette.lab(c)[0] for c in stops]
    middle = len(stops) // 2
    assert lightness[:middle + 1] == sorted(lightness[:middle + 1])  # dark blue up to the pale middle
    assert lightness[middle:] == sorted(lightness[middle:], reverse=True)  # and down again to dark red
    assert min(palette.delta_e(a, b) for a, b in zip(stops, stops[1:], strict=False)) >= 8.0
    # the same distance from the middle on either side (25% and 75%) never looks the same
    assert min(palette.delta_e(stops[i], stops[-1 - i]) for i in range(middle)) >= 15.0


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

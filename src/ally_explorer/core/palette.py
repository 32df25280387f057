"""Every colour the app draws text or graphics with, per theme, and the WCAG maths that checks them.

Pure Python (no Qt): the contrast test and docs/accessibility.md read the same tables the widgets
paint with. Colours are '#RRGGBB'. Category hues are Okabe–Ito; where a hue does not reach 3:1
(graphics) or 4.5:1 (text) against a theme's backgrounds it is darkened (light themes) or
lightened (dark theme) just enough, so the hue stays recognisable. Contrast is the WCAG 2.x
ratio of relative luminances, (L1 + 0.05) / (L2 + 0.05).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

from . import vocab

BLACK, WHITE = "#000000", "#FFFFFF"

#: Okabe–Ito hues of the five categories (graphics and text variants derive from these).
CATEGORY_HUES = {
    "military": "#D55E00",  # vermillion
    "economic": "#009E73",  # bluish green
    "energy": "#E69F00",  # orange
    "diplomatic": "#0072B2",  # blue
    "political": "#CC79A7",  # reddish purple
}
#: Marker shape per category (pyqtgraph symbol names): colour is never the only cue.
CATEGORY_SYMBOLS = {"military": "t1", "economic": "s", "energy": "d", "diplomatic": "o", "political": "star"}
#: The same shapes as characters, for legends written as text.
CATEGORY_GLYPHS = {"military": "▲", "economic": "■", "energy": "◆", "diplomatic": "●", "political": "★"}

#: How each confidence level is drawn: filled, ring, dashed ring, crossed ring.
CONFIDENCE_FILLS = {"confirmed": "filled", "reported": "ring", "claimed": "dashed", "disputed": "crossed"}
#: Confidence hues (text and badges); Disputed is magenta so it never shares a colour with Ally.
CONFIDENCE_HUES = {"confirmed": "#1B7837", "reported": "#8C510A", "claimed": "#762A83", "disputed": "#C51B7D"}

#: Pen dash patterns (in pen widths) along stance bands' edges: a pattern besides the colour.
STANCE_DASHES: dict[str, tuple[float, ...]] = {
    "ally": (), "partner": (6.0, 2.0), "friendly": (2.0, 2.0), "balancer": (6.0, 2.0, 2.0, 2.0),
    "drifting": (1.0, 4.0), "opposed": (10.0, 3.0, 2.0, 3.0, 2.0, 3.0),
}
#: One letter per stance, drawn in the "as of" chips.
STANCE_LETTERS = {"ally": "A", "partner": "P", "friendly": "F", "balancer": "B", "drifting": "D", "opposed": "O"}

#: The UN key votes table's cell tints (light in every theme, so their text is always dark).
VOTE_TINTS = {"yes": "#DCEBF7", "no": "#F9D9CC", "abstain": "#ECECEC"}
VOTE_TEXT = "#1A1A1A"

#: The map's UN agreement ramp: ColorBrewer RdBu (9 classes, colour-blind safe), blue for rarely
#: voting with Russia, red for mostly. Its pale middle (half the votes) cannot reach 3:1 against
#: any ocean that its dark ends also reach 3:1 against, so every country carries an outline of
#: 3:1 or more against the ocean (``Palette.map_border``): the outline is the shape's boundary.
AGREEMENT_STOPS = ("#2166AC", "#4393C3", "#92C5DE", "#D1E5F0", "#F7F7F7", "#FDDBC7", "#F4A582", "#D6604D", "#B2182B")
NO_VOTES = "#C9C9C9"  # a country with no UN votes in the year shown
UKRAINE = "#F5DC7A"  # Ukraine, invaded by Russia: a colour of its own, not the no-stance grey
OCCUPIED_HATCH = "#67001F"  # Russia's colour, in the hatch over Crimea

TEXT_MIN = 4.5
GRAPHIC_MIN = 3.0


# -- WCAG maths ---------------------------------------------------------------------------------


def rgb(color: str) -> tuple[int, int, int]:
    text = color.lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def hex_of(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{max(0, min(255, round(v))):02X}" for v in (r, g, b))


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


@cache
def luminance(color: str) -> float:
    """WCAG relative luminance (sRGB, D65). Cached: the themes ask for the same few colours
    thousands of times while their derived tables are computed (at start-up)."""
    r, g, b = (_linear(c) for c in rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    return _ratio(luminance(a), luminance(b))


def _ratio(la: float, lb: float) -> float:
    if la < lb:
        la, lb = lb, la
    return (la + 0.05) / (lb + 0.05)


def blend(color: str, alpha: float, background: str) -> str:
    """``color`` at opacity ``alpha`` painted over ``background`` (what Qt composes)."""
    return hex_of(*(alpha * c + (1 - alpha) * b for c, b in zip(rgb(color), rgb(background), strict=True)))


def mix(color: str, other: str, t: float) -> str:
    return blend(other, t, color)


def text_on(background: str) -> str:
    """Black or white, whichever has the higher contrast on ``background``."""
    return BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE


def ensure_contrast(color: str, backgrounds: tuple[str, ...], ratio: float) -> str:
    """``color`` mixed towards black (light backgrounds) or white (dark ones) in small steps until
    it reaches ``ratio`` against every background; unchanged if it already does."""
    lums = [luminance(b) for b in backgrounds]
    dark_backgrounds = sum(lums) / len(lums) < 0.18
    target = WHITE if dark_backgrounds else BLACK
    for step in range(0, 101):
        candidate = mix(color, target, step / 100)
        lc = luminance(candidate)
        if min(_ratio(lc, lb) for lb in lums) >= ratio:
            return candidate
    return target


# -- colour-blindness simulation (Machado, Oliveira & Fernandes 2009, severity 1.0) -------------

_CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
}


def simulate(color: str, kind: str) -> str:
    """How ``color`` looks with protanopia or deuteranopia (matrix applied to linear RGB)."""
    lin = [_linear(c) for c in rgb(color)]
    out = []
    for row in _CVD[kind]:
        v = max(0.0, min(1.0, sum(m * c for m, c in zip(row, lin, strict=True))))
        out.append(255 * (12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055))
    return hex_of(*out)


def lab(color: str) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in rgb(color))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(a: str, b: str) -> float:
    """CIE76 colour difference (about 2.3 is just noticeable; 10+ is plainly different)."""
    return math.dist(lab(a), lab(b))


# -- the themes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Palette:
    """Every colour that depends on light, dark or high contrast."""

    name: str
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    highlight: str  # selection
    highlighted_text: str
    link: str
    mark: str  # the highlighted entry in the detail pane
    plot_background: str
    plot_text: str
    plot_axis: str
    stripe: str
    label_fill: str  # behind timeline labels ('#RRGGBBAA')
    line_scale: float = 1.0  # thicker outlines in high contrast
    stance: dict[str, str] = field(default_factory=dict)  # stance fills: map, chips, badges, band edges
    russia: str = "#67001F"
    no_stance: str = "#E0E0E0"
    ocean: str = "#EEF3F8"
    map_border: str = "#5F6773"  # every country's outline: 3:1 on the ocean and the legend card
    map_selected: str = "#111111"
    selection_ring: str = "#000000"
    focus: str = "#1F5FAF"
    banner_background: str = "#FDE0C5"
    banner_text: str = "#5A2A04"
    banner_border: str = "#B35806"
    error: str = "#B3261E"
    band_alpha: float = 0.16  # stance band fill (its edges carry the contrast)
    span_alpha: float = 0.35  # vague-date bar fill (its outline carries the contrast)
    agreement_line: str = "#B2182B"
    russia_text: str = "#67001F"  # "USSR -> Russia" on the agreement chart
    legend_background: str = "#FFFFFF"  # the map's legend card
    invalid_base: str = "#FDECEA"  # a form field whose value cannot be saved

    # derived colours (computed once per theme)
    @property
    def text_backgrounds(self) -> tuple[str, ...]:
        return (self.base, self.window, self.alternate)

    @property
    def plot_backgrounds(self) -> tuple[str, ...]:
        """What a marker, a bar or the selection ring can sit on: the plot, a lane stripe, and
        every stance band's tint over either."""
        plain = (self.plot_background, self.stripe)
        tints = tuple(blend(self.stance[s], self.band_alpha, b) for s in vocab.STANCES for b in plain)
        return plain + tints

    @property
    def category(self) -> dict[str, str]:
        """Category colours for graphics (markers, bars): >= 3:1 on every plot background."""
        return _derived(self, "category")

    @property
    def category_text(self) -> dict[str, str]:
        """Category colours for text (chips, the Filters panel): >= 4.5:1 on the text backgrounds."""
        return _derived(self, "category_text")

    @property
    def confidence(self) -> dict[str, str]:
        """Confidence colours for text and badge fills: >= 4.5:1 on the text backgrounds."""
        return _derived(self, "confidence")

    def stance_color(self, stance: str | None, country_id: str | None = None) -> str:
        if country_id == vocab.RUSSIA:
            return self.russia
        return self.stance.get(stance or "", self.no_stance)


@cache
def _derived_tables(name: str) -> dict[str, dict[str, str]]:
    p = THEMES[name]
    return {
        "category": {c: ensure_contrast(h, p.plot_backgrounds, GRAPHIC_MIN) for c, h in CATEGORY_HUES.items()},
        "category_text": {c: ensure_contrast(h, p.text_backgrounds, TEXT_MIN) for c, h in CATEGORY_HUES.items()},
        "confidence": {c: ensure_contrast(h, p.text_backgrounds, TEXT_MIN) for c, h in CONFIDENCE_HUES.items()},
    }


def _derived(p: Palette, table: str) -> dict[str, str]:
    return _derived_tables(p.name)[table]


#: Light theme stances: a red-to-blue scale dark enough for 3:1 on the pale ocean and the white
#: plot, each with black or white text at 4.5:1; lightness and hue both change along the scale.
LIGHT_STANCES = {
    "ally": "#A50F15", "partner": "#D0452F", "friendly": "#B07800",
    "balancer": "#6E6E6E", "drifting": "#2E86C1", "opposed": "#1D3F8F",
}
#: Dark theme stances: the same order of hues, light enough for 3:1 on the dark ocean and plot.
DARK_STANCES = {
    "ally": "#FF6F6F", "partner": "#F29A6B", "friendly": "#E3C15A",
    "balancer": "#B4B4B4", "drifting": "#7CC4EE", "opposed": "#8FA8FF",
}

THEMES: dict[str, Palette] = {
    "light": Palette(
        "light", "#F3F4F6", "#FFFFFF", "#F7F8FA", "#1A1A1A", "#5A5A5A", "#2F6FB3", "#FFFFFF",
        "#0B5CAD", "#FFF1B8", "#FFFFFF", "#222222", "#767676", "#F4F6F8", "#FFFFFFC8",
        stance=LIGHT_STANCES,
    ),
    "dark": Palette(
        "dark", "#1E1F22", "#26282C", "#2C2E33", "#E8E8E8", "#A8A8A8", "#2F6FB3", "#FFFFFF",
        "#7DB7FF", "#5A4A12", "#1B1C1F", "#E0E0E0", "#8A8A8A", "#24262A", "#1B1C1FD0",
        stance=DARK_STANCES, russia="#C2185B", no_stance="#3A3D42", ocean="#121519", map_border="#9097A0",
        map_selected="#FFFFFF", selection_ring="#FFFFFF", focus="#8AB8FF", banner_background="#4A2E12",
        banner_text="#FFE2C4", banner_border="#F0A35E", error="#FF8A80", band_alpha=0.20, span_alpha=0.40,
        agreement_line="#FF7B7B", russia_text="#FF8FB5", legend_background="#26282C", invalid_base="#4A1F22",
    ),
    "contrast": Palette(
        "contrast", "#FFFFFF", "#FFFFFF", "#F0F0F0", "#000000", "#000000", "#000000", "#FFFFFF",
        "#0000CC", "#FFE066", "#FFFFFF", "#000000", "#000000", "#EDEDED", "#FFFFFFF0", 1.8,
        stance=LIGHT_STANCES, ocean="#FFFFFF", map_border="#000000", focus="#000000",
        banner_background="#FFE066", banner_text="#000000", banner_border="#000000", error="#A00000",
        band_alpha=0.14, agreement_line="#A50F15",
    ),
}


# -- the pairs the contrast test and docs/accessibility.md list --------------------------------


@dataclass(frozen=True)
class Pair:
    theme: str
    what: str
    foreground: str
    background: str
    minimum: float

    @property
    def ratio(self) -> float:
        return contrast(self.foreground, self.background)

    @property
    def passes(self) -> bool:
        return self.ratio >= self.minimum - 1e-9


def _worst(p: Palette, what: str, fg: str, backgrounds: tuple[str, ...], names: tuple[str, ...], minimum: float) -> Pair:
    ratios = [contrast(fg, b) for b in backgrounds]
    i = min(range(len(ratios)), key=ratios.__getitem__)
    return Pair(p.name, f"{what} on {names[i]}", fg, backgrounds[i], minimum)


def pairs(p: Palette) -> list[Pair]:
    """Every text/background (4.5:1) and graphic/background (3:1) pair of one theme, each
    graphic against the worst of the backgrounds it really sits on."""
    text_bg = p.text_backgrounds
    text_names = ("base", "window", "alternate rows")
    plot_bg = p.plot_backgrounds
    plot_names = ("plot", "lane stripe") + tuple(f"{s} band over {b}" for s in vocab.STANCES for b in ("plot", "stripe"))
    out = [
        _worst(p, "body text", p.text, text_bg, text_names, TEXT_MIN),
        _worst(p, "muted text (zero-count facets, notes)", p.muted, text_bg, text_names, TEXT_MIN),
        _worst(p, "link", p.link, text_bg, text_names, TEXT_MIN),
        _worst(p, "error text", p.error, text_bg, text_names, TEXT_MIN),
        Pair(p.name, "text in a field marked invalid", p.text, p.invalid_base, TEXT_MIN),
        Pair(p.name, "selected text on the selection", p.highlighted_text, p.highlight, TEXT_MIN),
        Pair(p.name, "text on the detail pane's mark", p.text, p.mark, TEXT_MIN),
        Pair(p.name, "filters banner text", p.banner_text, p.banner_background, TEXT_MIN),
        Pair(p.name, "filters banner edge on the window", p.banner_border, p.window, GRAPHIC_MIN),
        _worst(p, "focus frame", p.focus, text_bg, text_names, GRAPHIC_MIN),
        Pair(p.name, "timeline axis text", p.plot_text, p.plot_background, TEXT_MIN),
        Pair(p.name, "timeline label text", p.text, blend(p.label_fill[:7], int(p.label_fill[7:9], 16) / 255, p.plot_background) if len(p.label_fill) == 9 else p.label_fill, TEXT_MIN),
        _worst(p, "selected-event ring", p.selection_ring, plot_bg, plot_names, GRAPHIC_MIN),
        Pair(p.name, "agreement chart line", p.agreement_line, p.plot_background, GRAPHIC_MIN),
        Pair(p.name, "agreement chart's USSR -> Russia label", p.russia_text, p.plot_background, TEXT_MIN),
        Pair(p.name, "map legend text", p.text, p.legend_background, TEXT_MIN),
        Pair(p.name, "map's selected-country outline on the ocean", p.map_selected, p.ocean, GRAPHIC_MIN),
    ]
    for c in vocab.CATEGORIES:
        out.append(_worst(p, f"{c} marker and vague-date bar edge", p.category[c], plot_bg, plot_names, GRAPHIC_MIN))
        out.append(_worst(p, f"{c} as text", p.category_text[c], text_bg, text_names, TEXT_MIN))
    for c in vocab.CONFIDENCES:
        out.append(_worst(p, f"{c} as text", p.confidence[c], text_bg, text_names, TEXT_MIN))
        out.append(Pair(p.name, f"{c} badge text", text_on(p.confidence[c]), p.confidence[c], TEXT_MIN))
    for s in vocab.STANCES:
        fill = p.stance[s]
        out.append(map_fill_pair(p, s, fill))
        out.append(_worst(p, f"{s} band edge and chip", fill, (p.plot_background, p.stripe), ("plot", "lane stripe"), GRAPHIC_MIN))
        out.append(Pair(p.name, f"{s} badge and map label text", text_on(fill), fill, TEXT_MIN))
    out.append(map_fill_pair(p, "Russia", p.russia))
    for what, fill in map_fills(p).items():
        out.append(map_fill_pair(p, what, fill))
    out.append(Pair(p.name, "map country outline on the ocean", p.map_border, p.ocean, GRAPHIC_MIN))
    out.append(Pair(p.name, "map legend swatch outline on the legend card", p.map_border, p.legend_background, GRAPHIC_MIN))
    out.append(Pair(p.name, "Russia badge and map label text", text_on(p.russia), p.russia, TEXT_MIN))
    out.append(Pair(p.name, "no-stance badge and map label text", text_on(p.no_stance), p.no_stance, TEXT_MIN))
    for vote, tint in VOTE_TINTS.items():
        out.append(Pair(p.name, f"UN key votes: '{vote}' cell text", VOTE_TEXT, tint, TEXT_MIN))
    return out


def map_fills(p: Palette) -> dict[str, str]:
    """The map's fills besides the stances and Russia: no stance, Ukraine, no votes, the ramp's stops."""
    fills = {"no stance (not in the dataset)": p.no_stance, "Ukraine (invaded)": UKRAINE, "no UN votes": NO_VOTES}
    last = len(AGREEMENT_STOPS) - 1
    fills.update({f"UN agreement {100 * i / last:g}%": stop for i, stop in enumerate(AGREEMENT_STOPS)})
    return fills


def map_fill_pair(p: Palette, what: str, fill: str) -> Pair:
    """A country's fill on the ocean; where the fill is too close to the ocean, its outline is
    what sets the shape apart (WCAG 1.4.11 counts a boundary of 3:1 as the graphic's edge)."""
    if contrast(fill, p.ocean) >= GRAPHIC_MIN:
        return Pair(p.name, f"{what} on the map's ocean", fill, p.ocean, GRAPHIC_MIN)
    return Pair(p.name, f"{what} on the map's ocean (fill {fill}: by its outline)", p.map_border, p.ocean, GRAPHIC_MIN)


def all_pairs() -> list[Pair]:
    return [pair for p in THEMES.values() for pair in pairs(p)]


def stance_distances(p: Palette, kind: str | None = None) -> dict[tuple[str, str], float]:
    """CIE76 difference between every two stance colours, as seen with ``kind`` of colour blindness."""
    seen = {s: simulate(c, kind) if kind else c for s, c in p.stance.items()}
    names = list(vocab.STANCES)
    return {(a, b): delta_e(seen[a], seen[b]) for i, a in enumerate(names) for b in names[i + 1:]}


def ratio_table() -> str:
    """The Markdown table in docs/accessibility.md (a test keeps the two equal)."""
    lines = ["| Theme | What | Colour | On | Ratio | Needs |", "|---|---|---|---|---:|---:|"]
    for pair in all_pairs():
        lines.append(f"| {pair.theme} | {pair.what} | `{pair.foreground}` | `{pair.background}` | "
                     f"{pair.ratio:.2f} | {pair.minimum:g} |")
    lines += ["", "| Theme | Vision | Closest two stances | ΔE (CIE76) |", "|---|---|---|---:|"]
    for p in THEMES.values():
        for kind in (None, "deuteranopia", "protanopia"):
            (a, b), d = min(stance_distances(p, kind).items(), key=lambda kv: kv[1])
            lines.append(f"| {p.name} | {kind or 'typical'} | {a} / {b} | {d:.1f} |")
    return "\n".join(lines) + "\n"


def write_table(path: str) -> None:
    """Put ``ratio_table()`` between the markers in ``path`` (docs/accessibility.md)."""
    from pathlib import Path

    doc = Path(path)
    text = doc.read_text(encoding="utf-8")
    start, end = text.index("<!-- ratios -->\n") + len("<!-- ratios -->\n"), text.index("<!-- /ratios -->")
    doc.write_text(text[:start] + ratio_table() + text[end:], encoding="utf-8")


if __name__ == "__main__":
    import sys

    write_table(sys.argv[1] if len(sys.argv) > 1 else "docs/accessibility.md")

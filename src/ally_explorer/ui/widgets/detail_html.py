"""The detail pane's page for one country, as Qt rich text (HTML 4 subset).

Pure string building, so it is easy to test: every claim is followed by how sure it is, who
says so and a numbered source.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field
from datetime import date


from ...core import palette, vocab
from ...core.fuzzydate import is_undated
from ...core.isocodes import name_of
from ...core.records import Alignment, CountryDetail, Figure, Source, Statement
from .. import theme
from ..core_words import confidence_label, confidence_meaning, stance_label, stance_meaning
from ..dates import start_text, window_words
from ..i18n import translate

GREY = "#5A5A5A"
MORE_STEP = 200
HIGHLIGHT = "#FFF1B8"


def esc(text: object) -> str:
    return html.escape(str(text) if text is not None else "", quote=True)


def attr(text: object) -> str:
    """A double-quoted attribute's value (Qt's HTML reader decodes &quot; but not &#x27;)."""
    return html.escape(str(text) if text is not None else "", quote=False).replace('"', "&quot;")


#: One text of a page (a description, a quote, a note) shows at most this many characters
#: until "show all" is asked for; longer runs without a space get a break opportunity every
#: BREAK_EVERY characters. Without both, Qt took 73 s to lay out one 1,000,000-character word.
TEXT_LIMIT = 5_000
BREAK_EVERY = 40
_TAG = re.compile(r"(<[^>]*>)")
#: BREAK_EVERY characters (an entity such as &amp; counts as one) followed by another
#: non-space: a zero-width space goes between them.
_RUN = re.compile(r"((?:&#?\w+;|[^\s&<>]){%d})(?=&#?\w+;|[^\s&<>])" % BREAK_EVERY)
SHOW_ALL = "showall:text"



#: A text of the page longer than BREAK_EVERY: the run of characters after a tag's ">" up to the
#: next tag (a page's texts are escaped: no "<" or ">" of their own), or at the page's start.
_LONG_TEXT = re.compile(r">([^<>]{%d,})" % (BREAK_EVERY + 1))
_LONG_START = re.compile(r"[^<>]{%d,}" % (BREAK_EVERY + 1))
_LONG_WORD = re.compile(r"\S{%d}" % (BREAK_EVERY + 1))


def bound_html(page: str, *, limit: int | None = TEXT_LIMIT, show_all: str | None = SHOW_ALL) -> str:
    """Bound what a page asks Qt to lay out: unbreakable runs get break opportunities, and a
    text longer than ``limit`` characters is cut, with a link (``show_all``) to the whole.

    Only the page's long texts are looked at, found with one search (a country page has a few
    hundred tags and a hundred texts longer than a line: splitting it at every tag and joining
    it again was ~1 ms of each country switch)."""

    def bound(text: str) -> str:
        cut = ""
        if limit is not None and len(text) > limit:
            visible = text[:limit]
            amp = visible.rfind("&")
            if amp >= limit - 12 and ";" not in visible[amp:]:  # never cut an entity in two
                visible = visible[:amp]
            hidden = len(html.unescape(text[len(visible):]))
            text = visible
            link = f" <a href='{show_all}'>" + translate("DetailHtml", "show all") + "</a>" if show_all else ""
            cut = "… <i>(" + translate("DetailHtml", "{n} more characters not shown").format(n=f"{hidden:,}") + f"{link})</i>"
        # A run of BREAK_EVERY + 1 units is a word at least that long: most texts have none.
        if _LONG_WORD.search(text):
            text = _RUN.sub("\\1&#8203;", text)
        return text + cut

    page = _LONG_TEXT.sub(lambda m: ">" + bound(m.group(1)), page)
    start = _LONG_START.match(page)
    return bound(start.group(0)) + page[start.end():] if start else page


@dataclass
class Style:
    """Colours that depend on the theme (light or dark)."""

    text: str = "#1A1A1A"
    muted: str = GREY
    highlight: str = HIGHLIGHT
    rule: str = "#D0D0D0"
    link: str = "#0B5CAD"
    #: the theme's other colours (badges, chips, banners); the light theme by default (exports)
    palette: palette.Palette = field(default_factory=lambda: palette.THEMES["light"])


@functools.lru_cache(maxsize=512)
def badge(text: str, color: str) -> str:
    """A word on a coloured background (hundreds per page, a few distinct: made once each)."""
    return (
        f"<span style='background-color:{color}; color:{theme.text_on(color)}; font-weight:600;'>"
        f"&nbsp;{esc(text)}&nbsp;</span>"
    )


def _palette(p: palette.Palette | None) -> palette.Palette:
    return p if p is not None else palette.THEMES["light"]


def confidence_badge(confidence: str, p: palette.Palette | None = None) -> str:
    """The level on a badge of its colour, with black or white text, whichever contrasts more."""
    return badge(confidence_label(confidence), _palette(p).confidence.get(confidence, GREY))


def category_chip(category: str, p: palette.Palette | None = None) -> str:
    """The category in its text colour (4.5:1), after the shape its markers have on the timeline."""
    color = _palette(p).category_text.get(category, GREY)
    glyph = palette.CATEGORY_GLYPHS.get(category, "■")
    return f"<span style='color:{color}; font-weight:600;'>{glyph}&nbsp;{esc(category.capitalize())}</span>"


def stance_badge(stance: str | None, country_id: str | None = None, p: palette.Palette | None = None) -> str:
    p = _palette(p)
    if country_id == vocab.RUSSIA:
        return badge("Russia", p.russia)
    if not stance:
        return badge(translate("DetailHtml", "No stance recorded"), p.no_stance)
    return badge(stance_label(stance), p.stance_color(stance))


def quote_words(s: Statement) -> str:
    """What a screen reader says of a quote's link: who said it, then the words (no opening mark)."""
    words = s.text if len(s.text) <= 80 else s.text[:79].rstrip() + "…"
    who = s.speaker_name or translate("DetailHtml", "an unnamed speaker")
    return translate("DetailHtml", "Quote from {who}: {words}").format(who=who, words=words)


def stance_words(a: Alignment) -> str:
    """What a screen reader says of a stance badge link: the stance and when."""
    return translate("DetailHtml", "Stance: {stance}, {when}").format(stance=stance_label(a.stance), when=a.date_label)


def window_text(start: str, end: str, label: str | None = None) -> str:
    """The window at the precision its ends allow; an undated entry says so instead."""
    if is_undated(label):
        return translate("DetailHtml", "no date in the source; true by {day}").format(day=window_words(end, end))
    return window_words(start, end)



def when(label: str, start: str, end: str, style: Style) -> str:
    """The source's words, with the window they allow when that adds anything."""
    window = window_text(start, end, label)
    extra = "" if window.casefold() == label.casefold() else f"<br><span style='color:{style.muted}; font-size:small;'>{esc(window)}</span>"
    return f"<b>{esc(label)}</b>{extra}"


def when_inline(label: str, start: str, end: str, style: Style) -> str:
    """``when`` on one line: the source's words, then the window they allow if that differs."""
    window = window_text(start, end, label)
    extra = "" if window.casefold() == label.casefold() else (
        f" <span style='color:{style.muted}; font-size:small;'>· {esc(window)}</span>")
    return f"<span style='color:{style.muted};'>▸</span> <b>{esc(label)}</b>{extra}"


class Citations:
    """Numbers sources in order of first use: [1], [2]..."""

    def __init__(self, sources: dict[str, Source]):
        self.sources = sources
        self.order: list[str] = []

    def cite(self, source_id: str) -> str:
        if source_id not in self.order:
            self.order.append(source_id)
        n = self.order.index(source_id) + 1
        # The title is what a screen reader says of the link (Qt keeps it as the link's tooltip).
        return f"<a href='source:{esc(source_id)}' title=\"{attr(self.spoken(source_id))}\">[{n}]</a>"

    def spoken(self, source_id: str) -> str:
        """"Source 1: As Putin shakes hands…": what the link "[1]" opens."""
        n = self.order.index(source_id) + 1 if source_id in self.order else 0
        source = self.sources.get(source_id)
        title = source.title if source is not None else source_id
        if len(title) > 60:
            title = title[:59].rstrip() + "…"
        return translate("DetailHtml", "Source {n}: {title}").format(n=n, title=title)


def provenance(confidence: str, attribution: str | None, source_id: str, cites: Citations, style: Style) -> str:
    who = translate("DetailHtml", " according to {attribution}").format(attribution=esc(attribution)) if attribution else ""
    return (
        translate("DetailHtml", "<span style='color:{muted}; font-size:small;'>{confidence}{who} · source {v3}</span>").format(muted=style.muted, confidence=confidence_badge(confidence, style.palette), who=who, v3=cites.cite(source_id))
    )


def excerpt_line(excerpt: str | None, style: Style) -> str:
    if not excerpt:
        return ""
    return (
        translate("DetailHtml", "<br><span style='color:{muted}; font-size:small;'><i>Source text: “{excerpt}”</i></span>").format(muted=style.muted, excerpt=esc(excerpt))
    )


def alignment_strip(alignments: tuple[Alignment, ...], today: str, style: Style) -> str:
    """A row of coloured cells, one per period, widths proportional to their length."""
    if not alignments:
        return ""
    periods = sorted(alignments, key=lambda a: a.date_start)
    first = date.fromisoformat(periods[0].date_start)
    last = max(date.fromisoformat(today if a.ongoing else a.date_end) for a in periods)
    total = max((last - first).days, 1)
    cells = []
    cursor = first
    for a in periods:
        start = max(date.fromisoformat(a.date_start), cursor)
        end = date.fromisoformat(today if a.ongoing else a.date_end)
        if end <= start:
            continue
        reported = date.fromisoformat(a.date_end)
        unsourced = a.ongoing and start < reported < end and round(100 * (end - reported).days / total) >= 4
        if unsourced:  # after the newest source: drawn apart, lighter, and said so
            tail_start, tail_end, end = reported, end, reported
        if start > cursor:  # a gap nobody describes
            gap = round(100 * (start - cursor).days / total)
            if gap:
                cells.append(f"<td width='{gap}%' bgcolor='{style.palette.stripe}'>&nbsp;</td>")
        share = max(round(100 * (end - start).days / total), 4)
        color = style.palette.stance_color(a.stance)
        label = stance_label(a.stance)
        cells.append(
            f"<td width='{share}%' bgcolor='{color}' style='color:{theme.text_on(color)}; font-size:small;'>"
            f"&nbsp;{esc(label)}</td>"
        )
        cursor = end
        if unsourced:
            share = round(100 * (tail_end - tail_start).days / total)
            light = _lighter(color)
            cells.append(
                f"<td width='{share}%' bgcolor='{light}' style='color:{theme.text_on(light)}; font-size:small;'"
                " title='" + esc(translate("DetailHtml", "No newer source: the stance is the last one reported")) + "'>"
                "&nbsp;<i>" + esc(translate("DetailHtml", "no newer source")) + "</i></td>"
            )
            cursor = tail_end
    ends = (
        f"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td style='color:{style.muted}; font-size:small;'>{first.year}</td>"
        f"<td align='right' style='color:{style.muted}; font-size:small;'>today</td></tr></table>"
    )
    return (
        "<table width='100%' cellspacing='1' cellpadding='3' style='margin-top:4px;'><tr>"
        + "".join(cells)
        + "</tr></table>"
        + ends
    )


def _lighter(color: str) -> str:
    """A stance colour washed out towards white: time no source speaks for."""
    c = color.lstrip("#")
    r, g, b = (int(c[i:i + 2], 16) for i in (0, 2, 4))
    return "#%02X%02X%02X" % tuple(round(v + (255 - v) * 0.78) for v in (r, g, b))


def figure_value(f: Figure) -> str:
    def num(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"

    value = num(f.value) + (f"–{num(f.value_high)}" if f.value_high is not None else "")
    unit = f.unit
    if unit == "%":
        text = f"{value}%"
    elif unit.startswith("USD"):
        text = f"${value} {unit[3:].strip()}".strip()
    else:
        text = f"{value} {unit}"
    return f"{f.qualifier} {text}" if f.qualifier else text


#: ``table.column`` values the country page neither shows nor orders or filters its entries by
#: (an event's importance sizes its timeline marker and ranks its label, nothing here): an edit
#: of only these leaves the page as it is (tests/ui/test_country_page_edits.py renders both).
UNSHOWN_COLUMNS = frozenset({"events.importance"})


def render_country(
    detail: CountryDetail,
    *,
    current: Alignment | None,
    as_of: str | None = None,
    highlight: tuple[str, int] | None = None,
    show_excerpts: bool = True,
    style: Style | None = None,
    today: str | None = None,
    filters_note: str | None = None,
    names: dict[str, str] | None = None,
) -> str:
    """The whole page for one country. ``highlight`` is (kind, id): an event, statement,
    figure or alignment to mark."""
    style = style or Style()
    today = today or date.today().isoformat()
    c = detail.country
    cites = Citations(detail.sources)
    parts: list[str] = []

    def section(title: str, count: int | None = None) -> None:
        n = f" <span style='color:{style.muted}; font-weight:normal;'>({count})</span>" if count is not None else ""
        parts.append(f"<h3 style='margin-top:18px; margin-bottom:6px;'>{esc(title)}{n}</h3>")

    if filters_note:
        parts.append(
            translate("DetailHtml", "<table width='100%' cellpadding='6' cellspacing='0' bgcolor='#FDE0C5'><tr><td><b>Filters are hiding some entries</b> ({filters_note}). <a href='filters:clear'>Show everything</a></td></tr></table>").format(filters_note=esc(filters_note))
            .replace("#FDE0C5", style.palette.banner_background)  # the theme's banner, 4.5:1 text
            .replace("<tr><td>", f"<tr><td style='color:{style.palette.banner_text};'>", 1)
            .replace("<a href='filters:clear'>", f"<a href='filters:clear' style='color:{style.palette.banner_text};'>", 1)
        )
    # Header
    since = ""
    if current is not None:
        since = translate("DetailHtml", " <span style='color:{muted};'>since {v1}").format(muted=style.muted, v1=esc(start_text(current.date_label, current.date_start)))
        since += translate("DetailHtml", " (still current when last reported)</span>") if current.ongoing else "</span>"
        if as_of:
            since += translate("DetailHtml", " <span style='color:{muted};'>· as of {as_of}</span>").format(muted=style.muted, as_of=esc(as_of))
    parts.append(
        "<table cellspacing='0' cellpadding='0'><tr>"
        f"<td valign='middle'><img src='flag:{esc(c.iso2 or '')}' width='48' height='36'>&nbsp;&nbsp;</td>"
        f"<td valign='middle'><span style='font-size:x-large; font-weight:700;'>{esc(c.name)}</span>"
        f"<br>{stance_badge(current.stance if current else None, c.id, style.palette)}{since}</td></tr></table>"
    )
    meta = [x for x in (c.region, c.id) if x]
    if c.headline:
        parts.append(
            translate("DetailHtml", "<p style='margin-top:8px;'><i>“{headline}”</i> <span style='color:{muted}; font-size:small;'>— the article's heading · {v2}</span></p>").format(headline=esc(c.headline), muted=style.muted, v2=esc(' · '.join(meta)))
        )
    elif meta:
        parts.append(f"<p style='color:{style.muted};'>{esc(' · '.join(meta))}</p>")
    if c.summary:
        parts.append(f"<p>{esc(c.summary)}</p>")

    # Alignment history
    if detail.alignments:
        section(translate("DetailHtml", "Alignment with Russia over time"))
        parts.append(alignment_strip(detail.alignments, today, style))
        rows = []
        for a in detail.alignments:
            span = esc(a.date_label) + (translate("DetailHtml", " <i>(still current when reported)</i>") if a.ongoing else "")
            bg = f" bgcolor='{style.highlight}'" if highlight == ("alignment", a.id) else ""
            rows.append(
                f"<tr{bg}><td valign='top' width='150'><a name='alignment-{a.id}'></a>"
                f"<a href='alignment:{a.id}' title=\"{attr(stance_words(a))}\" style='text-decoration:none;'>"
                f"{stance_badge(a.stance, None, style.palette)}</a></td>"
                f"<td valign='top'>{span}<br><span style='font-size:small;'>{esc(a.note or '')}</span>"
                f"{excerpt_line(a.excerpt if show_excerpts else None, style)}<br>"
                f"{provenance(a.confidence, a.attribution, a.source_id, cites, style)}</td></tr>"
            )
        parts.append("<table cellspacing='0' cellpadding='4' width='100%'>" + "".join(rows) + "</table>")

    # Key figures
    if detail.figures:
        section(translate("DetailHtml", "Key figures"), len(detail.figures))
        rows = []
        for f in detail.figures:
            bg = f" bgcolor='{style.highlight}'" if highlight == ("figure", f.id) else ""
            rows.append(
                f"<tr{bg}><td valign='top'><a name='figure-{f.id}'></a>"
                f"<a href='figure:{f.id}' title=\"{attr(f.label)}\" style='text-decoration:none; color:{style.text};'>"
                f"{esc(f.label)}</a></td>"
                f"<td valign='top' style='font-weight:700;' nowrap>{esc(figure_value(f))}</td>"
                f"<td valign='top' nowrap>{esc(f.date_label)}</td>"
                f"<td valign='top'>{provenance(f.confidence, f.attribution, f.source_id, cites, style)}</td></tr>"
            )
        parts.append(
            translate("DetailHtml", "<table cellspacing='0' cellpadding='4' width='100%'><tr style='color:{muted};'><td>What</td><td>Value</td><td>When</td><td>How sure · who says</td></tr>").format(muted=style.muted)
            + "".join(rows) + "</table>"
        )

    # Events
    parts.append("<a name='events'></a>")
    section(translate("DetailHtml", "Events"), detail.event_total if not detail.events_shown_all else len(detail.events))
    if not detail.events:
        parts.append(translate("DetailHtml", "<p style='color:{muted};'>No events recorded.</p>").format(muted=style.muted))
    # One paragraph per event, the date on its own line: Qt lays out paragraphs several times
    # faster than table rows, and a long list of events is what the pane shows most.
    for e in detail.events:
        chosen = highlight == ("event", e.id)
        bg = f" background-color:{style.highlight};" if chosen else ""
        others = [x for x in e.countries if x != c.id]
        also = ""
        if others:
            links = ", ".join(f"<a href='country:{esc(x)}' title=\"{attr((names or {}).get(x) or name_of(x) or x)}\">{esc(x)}</a>" for x in others)
            also = translate("DetailHtml", " <span style='color:{muted}; font-size:small;'>· also {links}</span>").format(muted=style.muted, links=links)
        parts.append(
            f"<p style='margin-top:12px; margin-bottom:0px;{bg}'><a name='event-{e.id}'></a>"
            f"{when_inline(e.date_label, e.date_start, e.date_end, style)}<br>"
            f"<a href='event:{e.id}' style='text-decoration:none; color:{style.text};'>"
            f"<b>{esc(e.title)}</b></a>&nbsp; {category_chip(e.category, style.palette)}{also}"
            + (f"<br>{esc(e.description)}" if e.description else "")
            + excerpt_line(e.excerpt if show_excerpts else None, style)
            + f"<br>{provenance(e.confidence, e.attribution, e.source_id, cites, style)}</p>"
        )
    if not detail.events_shown_all:
        parts.append(
            translate("DetailHtml", "<p style='color:{muted};'>Showing the first {events:,} of {event_total:,} events. <a href='more:events'>Show {MORE_STEP:,} more</a> · or narrow them with the filters or the timeline's date filter.</p>").format(muted=style.muted, events=len(detail.events), event_total=detail.event_total, MORE_STEP=min(MORE_STEP, detail.event_total - len(detail.events)))
        )

    # Statements
    if detail.statements:
        section(translate("DetailHtml", "In their words"), len(detail.statements) if detail.statements_shown_all else detail.statement_total)
        for s in detail.statements:
            parts.append(_statement(s, highlight == ("statement", s.id), cites, style))
        if not detail.statements_shown_all:
            parts.append(
                translate("DetailHtml", "<p style='color:{muted};'>Showing the first {statements:,} of {statement_total:,} quotes. <a href='more:statements'>Show more</a></p>").format(muted=style.muted, statements=len(detail.statements), statement_total=detail.statement_total)
            )

    # Sources
    if cites.order:
        section(translate("DetailHtml", "Sources"))
        items = []
        for n, source_id in enumerate(cites.order, start=1):
            s = cites.sources.get(source_id)
            if s is None:
                items.append(f"<p><a name='source-{esc(source_id)}'></a>[{n}] {esc(source_id)}</p>")
                continue
            bits = [f"<i>{esc(s.title)}</i>"]
            bits += [esc(x) for x in (s.publisher, s.published) if x]
            if s.url:
                bits.append(f"<a href='{esc(s.url)}'>{esc(s.url)}</a>")
            note = f"<br><span style='color:{style.muted}; font-size:small;'>{esc(s.note)}</span>" if s.note else ""
            items.append(f"<p><a name='source-{esc(source_id)}'></a>[{n}] {', '.join(bits)}{note}</p>")
        parts.extend(items)
    return "".join(parts)


def _statement(s: Statement, chosen: bool, cites: Citations, style: Style) -> str:
    speaker = esc(s.speaker_name) if s.speaker_name else translate("DetailHtml", "<i>speaker not named</i>")
    role = f", {esc(s.speaker_role)}" if s.speaker_role else ""
    bg = f" bgcolor='{style.highlight}'" if chosen else ""
    context = f"<br><span style='color:{style.muted};'>{esc(s.context)}</span>" if s.context else ""
    return (
        f"<a name='statement-{s.id}'></a>"
        f"<table width='100%' cellspacing='0' cellpadding='8'{bg}><tr>"
        f"<td width='6' bgcolor='{style.muted}'></td><td>"
        f"<a href='statement:{s.id}' title=\"{attr(quote_words(s))}\" style='text-decoration:none; color:{style.text};'>"
        f"<span style='font-size:large; font-style:italic;'>“{esc(s.text)}”</span></a>"
        f"<br>— <b>{speaker}</b>{role} · {esc(s.date_label)}{context}"
        f"<br>{provenance(s.confidence, s.attribution, s.source_id, cites, style)}</td></tr></table>"
    )


def render_welcome(counts: dict[str, int], style: Style | None = None) -> str:
    """Shown before a country is chosen: what the app is and how to read it."""
    style = style or Style()
    legend = "".join(
        f"<tr><td>{stance_badge(s, None, style.palette)}</td><td>{esc(stance_meaning(s))}</td></tr>" for s in vocab.STANCES
    )
    confidence = "".join(
        f"<tr><td>{confidence_badge(c, style.palette)}</td><td>{esc(confidence_meaning(c))}</td></tr>"
        for c in vocab.CONFIDENCES
    )
    categories = " &nbsp; ".join(category_chip(c, style.palette) for c in vocab.CATEGORIES)
    return (
        translate("DetailHtml", "<h2>Who stands with Russia in 2025?</h2><p>{countries:,} countries, {events:,} dated events and {quotes:,} quotes, each with its source and how sure it is. Choose a country on the left, click an event on the timeline, or search (Ctrl+F).</p><h3>Stances</h3><table cellpadding='3'>").format(countries=counts.get('countries', 0), events=counts.get('events', 0), quotes=counts.get('statements', 0)) + legend + translate("DetailHtml", "</table><h3>How sure</h3><table cellpadding='3'>") + confidence + translate("DetailHtml", "</table><h3>Event categories</h3><p>{categories}</p>").format(categories=categories)
    )

"""The TimelineJS export, checked against the JSON format TimelineJS3 documents
(timeline.knightlab.com/docs/json-format.html): title, events (slides), eras."""

from __future__ import annotations

import html
import json

import jsonschema
import pytest

from ally_explorer.db.transfer import export_timelinejs, timelinejs_data

_DATE = {
    "type": "object",
    "properties": {
        "year": {"type": ["string", "integer"], "pattern": "^-?[0-9]+$"},
        "month": {"type": ["string", "integer"], "pattern": "^([1-9]|1[0-2])$"},
        "day": {"type": ["string", "integer"], "pattern": "^([1-9]|[12][0-9]|3[01])$"},
        "hour": {}, "minute": {}, "second": {}, "millisecond": {},
        "display_date": {"type": "string"},
        "format": {"type": "string"},
    },
    "required": ["year"],
    "additionalProperties": False,
}
_TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "additionalProperties": False,
}
_SLIDE = {
    "type": "object",
    "properties": {
        "start_date": _DATE, "end_date": _DATE, "text": _TEXT, "media": {"type": "object"},
        "group": {"type": "string"}, "display_date": {"type": "string"}, "background": {"type": "object"},
        "autolink": {"type": "boolean"}, "unique_id": {"type": "string"},
    },
    "additionalProperties": False,
}
#: TimelineJS3's JSON format, as its documentation lists it.
TIMELINEJS3 = {
    "type": "object",
    "properties": {
        "events": {"type": "array", "items": _SLIDE | {"required": ["start_date"]}},
        "title": _SLIDE,
        "eras": {"type": "array", "items": {
            "type": "object",
            "properties": {"start_date": _DATE, "end_date": _DATE, "text": _TEXT},
            "required": ["start_date", "end_date"],
            "additionalProperties": False,
        }},
        "scale": {"enum": ["human", "cosmological"]},
    },
    "required": ["events"],
    "additionalProperties": False,
}


def _check(doc):
    errors = list(jsonschema.Draft202012Validator(TIMELINEJS3).iter_errors(doc))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:3]]


def test_the_whole_export_follows_timelinejs3s_format(store):
    doc = timelinejs_data(store)
    _check(doc)
    assert len(doc["events"]) == store.counts()["events"]
    assert len({s["unique_id"] for s in doc["events"]}) == len(doc["events"])
    assert "eras" not in doc  # stances of many countries would overlap


def test_a_slide_shows_the_articles_date_not_the_computed_window(store):
    slides = {s["unique_id"]: s for s in timelinejs_data(store)["events"]}
    treaty = next(e for e in store.events() if "treaty" in e.title.lower() and e.date_start != e.date_end)
    slide = slides[f"event-{treaty.id}"]
    assert slide["display_date"] == treaty.date_label
    assert slide["start_date"]["year"] == treaty.date_start[:4] and "end_date" in slide
    vague = next(e for e in store.events() if e.date_label == "1999" or e.date_label.endswith("1999"))
    assert slides[f"event-{vague.id}"]["display_date"] == vague.date_label  # not "1999 — December 31, 1999"


def test_text_is_escaped_html_and_cites_the_source(store):
    event = store.events()[0]
    store.update_event(event.id, title="<b>Bold</b> & more", description="Tanks <script>alert(1)</script>")
    slide = next(s for s in timelinejs_data(store)["events"] if s["unique_id"] == f"event-{event.id}")
    assert slide["text"]["headline"] == "&lt;b&gt;Bold&lt;/b&gt; &amp; more"
    assert "<script>" not in slide["text"]["text"] and "&lt;script&gt;" in slide["text"]["text"]
    source = store.source(event.source_id)
    assert f"Source: {html.escape(source.title, quote=False)}" in slide["text"]["text"]


def test_hedges_stay_in_every_slide(store):
    for e, slide in zip(store.events(), timelinejs_data(store)["events"]):
        if e.attribution:
            assert html.escape(f"according to {e.attribution}", quote=False) in slide["text"]["text"]


def test_an_event_of_several_countries_is_grouped_under_a_focus_country_and_names_the_others(store):
    names = {c.id: c.name for c in store.all_countries()}
    focus = {c.id for c in store.all_countries() if c.focus}
    shared = next(e for e in store.events() if len(e.countries) > 1 and e.countries[0] not in focus
                  and any(c in focus for c in e.countries))
    slide = next(s for s in timelinejs_data(store)["events"] if s["unique_id"] == f"event-{shared.id}")
    first_focus = next(c for c in shared.countries if c in focus)
    assert slide["group"] == names[first_focus]
    for other in shared.countries:
        if other != first_focus:
            assert html.escape(names[other], quote=False) in slide["text"]["text"]


@pytest.mark.parametrize("country", ["PRK", "HUN"])
def test_one_country_gets_its_own_group_and_its_stances_as_eras(store, country):
    doc = timelinejs_data(store, country_id=country)
    _check(doc)
    name = store.country(country).name
    assert doc["events"] and all(s["group"] == name for s in doc["events"])
    alignments = store.alignments(country_id=country)
    assert len(doc["eras"]) == len(alignments) > 0
    from ally_explorer.core.vocab import STANCE_LABELS

    assert [e["text"]["headline"] for e in doc["eras"]] == [STANCE_LABELS[a.stance] for a in alignments]
    assert [e["start_date"]["year"] for e in doc["eras"]] == [str(int(a.date_start[:4])) for a in alignments]


def test_the_file_is_utf8_json(store, tmp_path):
    path = tmp_path / "tl.json"
    export_timelinejs(store, path, country_id="TUR")
    assert json.loads(path.read_text(encoding="utf-8"))["title"]["text"]["headline"].endswith("Turkey")

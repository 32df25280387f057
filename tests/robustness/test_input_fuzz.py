"""Any input is either accepted and round-trips, or refused with a message naming what is wrong;
nothing else is ever raised. Thousands of generated cases (hypothesis); the counts are in
docs/robustness.md."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from functools import cache

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ally_explorer.core.entities import ENTITIES
from ally_explorer.core.errors import ValidationError
from ally_explorer.core.fuzzydate import DateWindow, FuzzyDateError, format_window, parse_fuzzy_date
from ally_explorer.core.validation import validate
from ally_explorer.db.store import Store
from ally_explorer.db.transfer import FORMAT, SECTIONS, ImportRefused, export_data, import_data
from tests.conftest import minimal

from .strategies import ALL_ENTITIES, VALID, date_labels, entries, json_like, same_value, texts, with_surrogate

DATE_EXAMPLES = 1000  # per date property below (4 of them)
VALIDATOR_EXAMPLES = 300  # per entity (7 of them)
IMPORT_EXAMPLES = 400  # per import property below (2 of them)

FAST = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# -- the date parser ------------------------------------------------------------------------------

@settings(max_examples=DATE_EXAMPLES, **FAST)
@given(date_labels())
def test_every_date_shown_reads_back_as_the_same_window(label):
    """What the app shows for a date (format_window) can be typed back into a date field."""
    window = parse_fuzzy_date(label)
    assert parse_fuzzy_date(format_window(window)) == window


@settings(max_examples=DATE_EXAMPLES, **FAST)
@given(st.dates(date(1000, 1, 1), date(9999, 12, 31)), st.integers(0, 4000), st.sampled_from([" – ", "–", " to ", " until "]))
def test_any_window_written_as_two_iso_days_reads_back_exactly(start, days, dash):
    end = date.fromordinal(min(start.toordinal() + days, date(9999, 12, 31).toordinal()))
    assert parse_fuzzy_date(f"{start.isoformat()}{dash}{end.isoformat()}") == DateWindow(start, end)
    assert parse_fuzzy_date(f"{end.isoformat()}{dash}{end.isoformat()}") == DateWindow(end, end)


@settings(max_examples=DATE_EXAMPLES, **FAST)
@given(date_labels(), st.sampled_from(["", " ", "  ", "\u00a0"]), st.sampled_from(["", ".", " ", " ."]))
def test_a_label_means_the_same_in_any_case_and_spacing(label, before, after):
    window = parse_fuzzy_date(label)
    assert window.start <= window.end
    assert parse_fuzzy_date(before + label.upper() + after) == window
    assert parse_fuzzy_date(f"[{label}]") == window


@settings(max_examples=DATE_EXAMPLES, **FAST)
@given(texts | date_labels().map(lambda s: s + "ish") | st.builds("{} – {}".format, date_labels(), date_labels()))
def test_any_text_is_a_window_or_a_reason(label):
    try:
        window = parse_fuzzy_date(label)
    except FuzzyDateError as e:
        assert str(e) and "\n" not in str(e)
    else:
        assert date(1, 1, 1) <= window.start <= window.end <= date(9999, 12, 31)


# -- every validator, and the Store behind it -----------------------------------------------------

@cache
def shared_store() -> Store:
    """One small database for all examples; each example runs in a transaction rolled back after."""
    return minimal(Store.memory())


@contextmanager
def rolled_back(store: Store):
    store.conn.execute("BEGIN")
    try:
        yield store
    finally:
        store.conn.execute("ROLLBACK")


def _allowed_error_names(entity) -> set[str]:
    return set(entity.field_names) | {"date_start", "date_end", ""}


def check_validator(entity_name: str, values) -> str:
    """validate() and Store.create() on one input; returns what happened."""
    entity = ENTITIES[entity_name]
    try:
        clean = validate(entity, values)
    except ValidationError as e:
        assert e.errors and set(e.errors) <= _allowed_error_names(entity), e.errors
        assert all(isinstance(m, str) and m for m in e.errors.values())
        return "refused"
    with rolled_back(shared_store()) as store:
        try:
            change = store.create(entity.name, **{str(k): v for k, v in values.items()})
        except ValidationError as e:  # a reference to a row that is not there, a key taken, a field it lacks
            unknown = {str(k)[:60] for k in values if str(k) not in _allowed_error_names(entity) | {"id"}}
            assert e.errors and set(e.errors) <= _allowed_error_names(entity) | unknown, e.errors
            assert not unknown or set(e.errors) == unknown  # unknown fields are refused, never dropped
            return "refused by the store"
        record = store.get(entity.name, change.entity_id)
        for name, expected in clean.items():
            if name == "id" and entity.id_kind == "int":
                continue
            assert same_value(expected, getattr(record, name)), (name, expected, getattr(record, name))
    return "stored"


@pytest.mark.parametrize("entity", [e.name for e in ALL_ENTITIES])
def test_every_validator_accepts_and_stores_exactly_or_names_the_fields(entity):
    outcomes: dict[str, int] = {}

    @settings(max_examples=VALIDATOR_EXAMPLES, **FAST)
    @given(st.one_of(
        entries(ENTITIES[entity]), entries(ENTITIES[entity], junk=0.0),
        entries(ENTITIES[entity], junk=0.3), st.dictionaries(texts, json_like, max_size=6),
    ))
    @example(with_surrogate(ENTITIES[entity]))
    @example(VALID[entity] | {"value": 10**400, "importance": 10**400, "value_high": -(10**400)})
    def run(values):
        result = check_validator(entity, values)
        outcomes[result] = outcomes.get(result, 0) + 1

    run()
    assert outcomes.get("stored", 0) > VALIDATOR_EXAMPLES // 20, outcomes  # the strategy reaches the store


# -- the JSON importer ----------------------------------------------------------------------------

@st.composite
def datasets(draw, junk: float):
    """An export-shaped document: plausible sections, with junk in places when ``junk``."""
    data = {}
    if draw(st.booleans()):
        data["format"] = draw(st.sampled_from([FORMAT] * 10 + (["something-else", None] if junk else [])))
    if draw(st.booleans()):
        data["version"] = draw(st.sampled_from([1] * 10 + ([2, "1", -1, None] if junk else [])))
    for section, name in SECTIONS:
        if draw(st.booleans()):
            data[section] = draw(st.lists(entries(ENTITIES[name], junk=junk), max_size=2))
    if junk and draw(st.sampled_from([False] * 9 + [True])):
        data[draw(texts)] = draw(json_like)
    return data


def _dump(store: Store) -> dict:
    return {t: store._rows(f"SELECT * FROM {t} ORDER BY 1") for t in
            ("sources", "countries", "people", "events", "event_countries", "statements", "alignments", "figures")}


def check_import(data) -> str:
    store = shared_store()
    with rolled_back(store):
        before = _dump(store)
        try:
            counts = import_data(store, data)
        except ImportRefused as e:
            assert e.problems and all(str(p) for p in e.problems)
            assert _dump(store) == before
            return "refused"
        exported = export_data(store)
        for section, _ in SECTIONS:
            assert len(exported[section]) == len(before[section]) + counts[section]
        # The export reads back into an empty database as exactly itself.
        with rolled_back(mirror_store()) as mirror:
            import_data(mirror, exported, replace=True)
            assert export_data(mirror) == exported
    return "imported"


@cache
def mirror_store() -> Store:
    return Store.memory()


def test_the_importer_imports_and_round_trips_or_refuses_and_changes_nothing():
    outcomes: dict[str, int] = {}

    @settings(max_examples=IMPORT_EXAMPLES, **FAST)
    @given(datasets(junk=0.0) | datasets(junk=0.03))
    @example({"sources": [{"id": "lone", "title": "\ud800"}]})
    @example({"figures": [{"country_id": "AAA", "label": "x", "value": 10**400, "unit": "u", "date_label": "2025",
                           "confidence": "confirmed", "source_id": "src"}]})
    def run(data):
        result = check_import(data)
        outcomes[result] = outcomes.get(result, 0) + 1

    run()
    assert outcomes.get("imported", 0) > IMPORT_EXAMPLES // 20, outcomes


@settings(max_examples=IMPORT_EXAMPLES, **FAST)
@given(json_like)
def test_any_json_value_is_imported_or_refused(data):
    check_import(data)

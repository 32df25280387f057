"""The quiz built from the bundled data: each kind from a fixed seed, and no question whose answer
is ambiguous over many seeds."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from ally_explorer.core import quiz
from ally_explorer.core.filters import Filters
from ally_explorer.core.fuzzydate import is_undated
from ally_explorer.core.records import Country, Event, Person, Statement
from ally_explorer.db.quizdata import citation, quiz_data

SEEDS = range(60)


@pytest.fixture
def data(store):
    return quiz_data(store)


def first(data, kind, seed=2025):
    return quiz.make_quiz(data, seed=seed, kinds=(kind,), count=1)[0]


def test_who_said_this_from_a_fixed_seed(data):
    q = first(data, quiz.SPEAKER)
    assert q.text.startswith("President Erdogan clearly stated that any negotiations without Ukraine")
    assert [c.label for c in q.choices] == ["Bashar al-Assad", "Donald Trump", "Erdogan", "Volodymyr Zelensky"]
    assert q.right_letters == "D"
    assert q.entries == (("statement", 8),)
    # the context helps without naming anybody
    assert q.hint == "[person] writing after his phone call with [person], days before the [person]-[person] summit in Alaska."


def test_put_in_order_from_a_fixed_seed(data):
    q = first(data, quiz.ORDER)
    assert [c.label for c in q.choices] == [
        "Zapad-2025 drills set; Belarus threatens NATO move", "Zelensky: China supplies weapons to Russia",
        "Turkey supplies Bayraktar drones to Ukraine", "U.S. strategy targets Russia's backers",
        "Assad falls and flees to Russia"]
    assert q.right_letters == "CEBDA"
    assert q.is_right((2, 4, 1, 3, 0))
    assert not q.is_right((0, 1, 2, 3, 4))
    assert not q.is_right((2, 4, 1, 3))  # one left out


def test_which_country_from_a_fixed_seed(data):
    q = first(data, quiz.COUNTRY)
    assert q.text == "Cooperation within BRICS"
    assert q.hint == "[country] and Russia cooperate within BRICS, a group of emerging economies that aims to counter Western influence."
    assert [c.label for c in q.choices] == ["Slovakia", "North Korea", "China", "India"]
    assert q.right_letters == "D"
    assert q.entries == (("event", 34),)


def test_how_sure_from_a_fixed_seed(data, store):
    q = first(data, quiz.CONFIDENCE)
    assert q.text == "Zelensky: China supplies weapons to Russia"
    assert [c.label for c in q.choices] == ["Confirmed", "Reported", "Claimed"]  # no disputed claim in the data
    assert q.right_letters == "C"
    cited = citation(store, *q.entries[0])
    assert cited.confidence == "claimed" and cited.attribution == "Volodymyr Zelensky"
    assert cited.passage == "In April, President Volodymyr Zelensky claimed that China is supplying weapons to the Russian military."
    assert cited.source.title.startswith("As Putin shakes hands with Modi, Xi")


def test_the_same_seed_gives_the_same_quiz_and_another_seed_another(data):
    one = quiz.make_quiz(data, seed=7)
    assert one == quiz.make_quiz(data, seed=7)
    assert one != quiz.make_quiz(data, seed=8)
    assert len(one) == 8 and {q.kind for q in one} == set(quiz.KINDS)


def test_filters_limit_the_questions(store):
    data = quiz_data(store, Filters(countries=frozenset({"PRK"}), confirmed_only=True))
    questions = quiz.make_quiz(data, seed=1, count=20)
    assert questions
    for q in questions:
        for kind, item_id in q.entries:
            entry = store.get(kind, item_id)
            assert entry.confidence == "confirmed"
            assert "PRK" in (entry.countries if kind == "event" else (entry.country_id,))


def test_no_ambiguous_question_over_many_seeds(data):
    people = {p.id: p for p in data.people}
    said_by: dict[str, set] = {}
    for s in data.statements:
        said_by.setdefault(" ".join(s.text.casefold().split()), set()).add(s.person_id)
    events = {e.id: e for e in data.events}
    names = {c.id: c for c in data.countries}
    asked = 0
    for seed in SEEDS:
        for q in quiz.make_quiz(data, seed=seed, count=12):
            asked += 1
            assert len({c.key for c in q.choices}) == len(q.choices)
            assert len({c.label for c in q.choices}) == len(q.choices)
            if q.kind == quiz.SPEAKER:
                speakers = said_by[" ".join(q.text.casefold().split())]
                assert len(speakers) == 1  # never a quote that somebody else said word for word too
                assert [c.key for c in q.choices].count(next(iter(speakers))) == 1
                assert len(q.choices) == 4 and all(c.key in people for c in q.choices)
            elif q.kind == quiz.ORDER:
                chosen = [events[int(c.key)] for c in q.choices]
                assert 4 <= len(chosen) <= 6
                assert not any(is_undated(e.date_label) for e in chosen)
                for a, b in combinations(chosen, 2):  # no two windows overlap: one order only
                    assert a.date_end < b.date_start or b.date_end < a.date_start
                assert sum(q.is_right(p) for p in _some_orders(len(chosen))) <= 1
            elif q.kind == quiz.COUNTRY:
                event = events[q.entries[0][1]]
                right = [c for c in q.choices if c.key in event.countries]
                assert [c.key for c in right] == [event.countries[0]]  # exactly one choice is in the event
                for c in q.choices:  # no choice named in what is shown
                    assert not quiz.mentions(q.text + " " + q.hint, quiz.country_words(names[c.key]))
            else:
                assert q.choices[q.answer[0]].key == events[q.entries[0][1]].confidence
    assert asked > 400


def _some_orders(n: int) -> list[tuple[int, ...]]:
    rng = random.Random(n)
    orders = {tuple(range(n)), tuple(reversed(range(n)))}
    for _ in range(200):
        order = list(range(n))
        rng.shuffle(order)
        orders.add(tuple(order))
    return sorted(orders)


def _country(id, name, *aliases):
    return Country(id=id, name=name, aliases=aliases, focus=True)


def _event(id, title, start, end, countries, label="2020", confidence="confirmed"):
    return Event(id=id, title=title, category="political", date_label=label, date_start=start, date_end=end,
                 confidence=confidence, source_id="s", countries=countries)


def test_a_quote_two_people_said_is_never_asked():
    people = tuple(Person(id=f"p{i}", name=f"Person {i}", role="President", country_id="AAA") for i in range(5))
    statements = (
        Statement(id=1, text="the same words", country_id="AAA", date_label="2020", date_start="2020-01-01",
                  date_end="2020-12-31", confidence="confirmed", source_id="s", person_id="p0"),
        Statement(id=2, text="The  same words", country_id="AAA", date_label="2021", date_start="2021-01-01",
                  date_end="2021-12-31", confidence="confirmed", source_id="s", person_id="p1"),
        Statement(id=3, text="only mine", country_id="AAA", date_label="2021", date_start="2021-01-01",
                  date_end="2021-12-31", confidence="confirmed", source_id="s", person_id="p2"),
    )
    questions = quiz.speaker_questions(quiz.QuizData(statements=statements, people=people), random.Random(0))
    assert [q.text for q in questions] == ["only mine"]


def test_overlapping_and_undated_events_are_never_ordered_together():
    events = (
        _event(1, "One", "2020-01-01", "2020-12-31", ("AAA",)),
        _event(2, "Two", "2020-06-01", "2020-06-30", ("AAA",)),  # inside One's year
        _event(3, "Three", "2021-01-01", "2021-01-01", ("AAA",)),
        _event(4, "Four", "2022-01-01", "2022-12-31", ("AAA",)),
        _event(5, "Five", "2023-01-01", "2023-12-31", ("AAA",), label="undated"),
        _event(6, "Six", "2024-05-01", "2024-08-31", ("AAA",), label="mid-2024"),
    )
    for seed in SEEDS:
        for q in quiz.order_questions(quiz.QuizData(events=events), random.Random(seed)):
            titles = {c.label for c in q.choices}
            assert not {"One", "Two"} <= titles and "Five" not in titles
            assert len(titles) == 4


def test_a_country_in_the_event_or_named_in_it_is_never_a_wrong_choice():
    countries = (_country("AAA", "Aland", "Acity"), _country("BBB", "Bland"), _country("CCC", "Cland"),
                 _country("DDD", "Dland"), _country("EEE", "Eland"), _country("FFF", "Fland"))
    people = (Person(id="ann", name="Ann Alander", country_id="AAA"),)
    events = (_event(1, "Aland and Bland sign a pact in Acity; Alander and Cland watch", "2020-01-01",
                     "2020-12-31", ("AAA", "BBB")),)
    for seed in SEEDS:
        (q,) = quiz.country_questions(quiz.QuizData(events=events, countries=countries, people=people),
                                      random.Random(seed))
        assert q.text == "[country] and Bland sign a pact in [country]; [person] and Cland watch"
        assert {c.key for c in q.choices} & {"BBB", "CCC"} == set()
        assert q.choices[q.answer[0]].key == "AAA"


def test_a_fuzzy_window_counts_as_in_order_when_it_allows():
    q = quiz.Question(quiz.ORDER, "", (quiz.Choice("1", "a"), quiz.Choice("2", "b")), (0, 1), (),
                      windows=(("2020-01-01", "2020-12-31"), ("2020-06-01", "2020-06-30")))
    assert q.is_right((0, 1)) and q.is_right((1, 0))  # June 2020 may be before or after "2020"

"""dev21 class A2 on the LLM path: a moment anchored to a clause, an indefinite event noun or the
sentence before ("hours before the delegates sat down", "only hours after a drone swarm had hit
the depot", "within hours of the announcement"), a sequence adverb ("Afterwards", "After that",
"Subsequently", "said earlier"), and a bare "this month" are dated; an anchor with no date told
stays null. Fresh sentences of our own, published on Friday 20 November 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.grounding.complete import resolve_when

FRIDAY = dt.date(2026, 11, 20)
MON, TUE, WED, THU = (dt.date(2026, 11, d) for d in (16, 17, 18, 19))


def _read(text: str, words: str, **kind: bool) -> tuple:
    at = text.index(words)
    got = resolve_when(words, FRIDAY, text, (at, at + len(words)), **kind)
    return got.start, got.end


ANCHORED = [  # (text, the model's words, the day)
    ("Envoys of both sides met in Abu Dhabi on Wednesday. Hours before the delegates sat down, drones hit "
     "a fuel depot in Sumy.", "Hours before the delegates sat down", WED),
    ("Kyiv and Moscow swapped 84 prisoners each on Tuesday. Minutes after the freed men crossed the border, "
     "shells hit a market in Huliaipole.", "Minutes after the freed men crossed the border", TUE),
    ("On Thursday morning the governor of Sumy said 14 people were hurt in a glide-bomb raid only hours "
     "after a drone swarm had hit the bus depot.", "only hours after a drone swarm had hit the bus depot", THU),
    ("The negotiations opened in Geneva on Monday. Just hours ahead of the negotiations, a missile struck "
     "a warehouse in Odesa.", "Just hours ahead of the negotiations", MON),
    ("The ministers announced the grain deal on Wednesday. Within hours of the announcement, drones "
     "attacked the port of Izmail.", "Within hours of the announcement", WED),
    ("The two presidents spoke by phone on Tuesday. Several hours after their call a rocket hit a clinic "
     "in Kherson.", "Several hours after their call", TUE),
]


@pytest.mark.parametrize("text, words, day", ANCHORED)
def test_a_moment_anchored_to_an_event_takes_that_events_day(text, words, day):
    assert _read(text, words) == (day, day)


SEQUENCE = [  # (text, the model's words, the day of the event told before)
    ("The minister arrived in Chisinau on Tuesday. Afterwards he pledged 40 million euros for demining.",
     "Afterwards", TUE),
    ("The premier landed in Riga on Monday. After that she signed a deal on drone production.", "After that", MON),
    ("Drones hit a refinery in Tuapse overnight into Thursday. The ministry said earlier that 30 drones "
     "were downed.", "earlier", THU),
    ("The envoys met in Istanbul on Wednesday. Subsequently the two sides agreed to swap bodies.",
     "Subsequently", WED),
    ("Sweden's king visited Lviv on Tuesday. Later on he laid flowers at a memorial.", "Later on", TUE),
]


@pytest.mark.parametrize("text, words, day", SEQUENCE)
def test_a_sequence_adverb_takes_the_day_of_the_event_told_before(text, words, day):
    assert _read(text, words, diplomacy=True) == (day, day)


@pytest.mark.parametrize("text, words", [
    ("A round of technical talks planned in Vienna this month has been pushed back indefinitely.", "this month"),
    ("Talks on a prisoner swap are due to resume in Doha this month, a Qatari official said.", "this month"),
    ("Poland will host a donors' meeting in the current month, Warsaw said.", "in the current month"),
])
def test_a_bare_this_month_is_the_publication_month(text, words):
    assert _read(text, words, diplomacy=True) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


NO_DATE = [
    ("Hours of negotiation in Geneva produced nothing.", "Hours of negotiation"),
    ("The talks were held on Monday. Shortly after the war began, the plant closed.", "Shortly after the war began"),
    ("Hours after the fire started, crews were still at the depot.", "Hours after the fire started"),
    ("Afterwards the mayor thanked the rescuers.", "Afterwards"),
]


@pytest.mark.parametrize("text, words", NO_DATE)
def test_an_anchor_with_no_date_told_stays_null(text, words):
    assert _read(text, words) == (None, None)


def test_a_previous_round_of_its_kind_is_never_the_anchor():
    text = ("The previous exchange took place on Monday. Another swap was held on Wednesday. Hours before the "
            "exchange, a drone hit a bus in Kherson.")
    assert _read(text, "Hours before the exchange") == (WED, WED)

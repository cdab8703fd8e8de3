"""dev21 class A1 on the LLM path: "this weekend" of a dropped, cancelled, postponed or proposed plan
is the weekend the plan was set for (CODEBOOK rule 11), the coming Saturday and Sunday, not the one
just gone; a held event's weekend, "over the weekend" and "last weekend" stay as read. Fresh
sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft

MON, TUE, WED, THU, FRI, SAT = (dt.date(2026, 11, d) for d in (16, 17, 18, 19, 20, 21))
COMING = (dt.date(2026, 11, 21), dt.date(2026, 11, 22))


def _span(text: str, when: str, status: str, published: dt.date, kind: str = "visit") -> tuple:
    record = {"kind": kind, "status": status, "participants": [], "evidence": [text], "when": when,
              "description": "an event"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=published)
    assert got.diplomacy, got.rejected
    date = got.diplomacy[0].date
    return (date.start, date.end) if date else (None, None)


DROPPED = [  # (sentence, when, status, published)
    ("Plans for the envoy to go on to Ankara this weekend were shelved, two aides said.", "this weekend",
     "cancelled", WED),
    ("A trip by the chancellor to Vilnius this coming weekend has been scrapped after a security review.",
     "this coming weekend", "cancelled", THU),
    ("Organisers cancelled the donors' conference in Oslo set for this weekend, citing the weather.",
     "this weekend", "cancelled", FRI),
    ("Talks between Baku and Yerevan planned for this weekend have been pushed back to December.",
     "this weekend", "stalled", TUE),
    ("The foreign ministers' meeting due this weekend in Riga will not go ahead, Latvia said.", "this weekend",
     "cancelled", MON),
    ("Turkey proposed hosting a fresh round in Istanbul this weekend, its foreign minister said.", "this weekend",
     "proposed", WED),
    ("Hungary postponed the premier's visit to Bratislava, which had been set for the coming weekend.",
     "the coming weekend", "stalled", THU),
    ("The Slovak president's trip to Kyiv for the weekend was called off on security advice.", "for the weekend",
     "cancelled", TUE),
    ("A planned visit to Chisinau this weekend by the Romanian premier has been dropped.", "this weekend",
     "cancelled", SAT),
]


@pytest.mark.parametrize("text, when, status, published", DROPPED)
def test_a_dropped_plans_weekend_is_the_one_it_was_set_for(text, when, status, published):
    assert _span(text, when, status, published) == COMING


PAST = [  # (sentence, when, status, published on Monday 23 November or as given, the weekend just gone)
    ("The two ministers met this weekend in Riga, a spokesman said on Monday.", "this weekend", "held"),
    ("Over the weekend the premier visited troops near Kupiansk.", "Over the weekend", "held"),
    ("The visit planned for last weekend was scrapped late on Friday.", "last weekend", "cancelled"),
    ("Ukraine called off the prisoner talks over the weekend, officials said.", "over the weekend", "cancelled"),
]


@pytest.mark.parametrize("text, when, status", PAST)
def test_a_weekend_gone_by_stays_the_one_gone_by(text, when, status):
    start, end = _span(text, when, status, dt.date(2026, 11, 23))
    assert end == dt.date(2026, 11, 22) and start in (dt.date(2026, 11, 21), dt.date(2026, 11, 22))


def test_a_held_meeting_this_weekend_told_midweek_is_not_moved_ahead():
    start, end = _span("The ministers met this weekend in Riga and signed a road deal.", "this weekend", "held", WED)
    assert end == dt.date(2026, 11, 15)


def test_a_plan_still_on_reads_this_weekend_ahead_as_before():
    assert _span("The envoy will travel to Ankara this weekend.", "this weekend", "planned", WED) == COMING


@pytest.mark.parametrize("text", [
    "A trip by the Czech premier to Odesa this weekend was scrapped.",
    "The stay by the Danish minister in Lviv was cut short.",
    "Plans for the envoy to go on to Baku were shelved.",
])
def test_a_journey_told_with_its_traveller_or_a_shelved_plan_is_an_event(text):
    from summariser.grounding.events import describes_event
    from summariser.records import Span

    assert describes_event([Span(start=0, end=len(text), text=text)], text)


@pytest.mark.parametrize("text", [
    "A soldier stepped on a trip wire by the road to Izium.",
    "Commuters in Kherson faced a long journey by bus to work.",
])
def test_a_trip_wire_is_no_journey(text):
    from summariser.grounding.events import describes_event
    from summariser.records import Span

    assert not describes_event([Span(start=0, end=len(text), text=text)], text)

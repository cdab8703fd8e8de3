"""A past strike remembered by its month (r13atk, dev23 B4): "residents still recall May 2024, when
guided bombs hit a store and killed 19". The "when"-clause after a month or year that ended before
publication tells one strike of that month with its own toll: a record of its own dated to that
month (codebook 5), never a part of today's strike on the same city, whose weapons and toll stay
its own. A habit or a comparison with no toll opens no record. Sentences written for these tests;
published Wednesday 4 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack


def _records(city: str, text: str) -> list[Attack]:
    lead = (f"The war has now entered its fifth year. A Russian drone hit a house in {city} on Tuesday, injuring "
            f"three people, the governor said. ")
    article = make_article(lead + text, published="2026-03-04")
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


@pytest.mark.parametrize("city, text, month, killed", [
    ("Kharkiv", "Kharkiv residents still recall May 2024, when guided bombs hit a DIY store and killed 19 people.",
     dt.date(2024, 5, 1), 19),
    ("Sumy", "It was the deadliest attack on Sumy since April 2025, when two ballistic missiles killed 35 people.",
     dt.date(2025, 4, 1), 35),
    ("Chernihiv", "Locals compare it with August 2023, when a missile struck the theatre in Chernihiv, killing seven.",
     dt.date(2023, 8, 1), 7),
    ("Kyiv", "The strike revived memories of July 2024, when a missile hit a children's hospital in Kyiv and killed two.",
     dt.date(2024, 7, 1), 2),
    ("Dnipro", "Dnipro has not seen such grief since January 2023, when a Kh-22 missile destroyed an apartment "
     "block, killing 46.", dt.date(2023, 1, 1), 46),
    ("Odesa", "Odesa last mourned this many in March 2024, when a ballistic missile attack killed 21 people.",
     dt.date(2024, 3, 1), 21),
    ("Kharkiv", "Many remembered the summer of 2024, when a guided bomb hit a hypermarket in Kharkiv and killed 19.",
     dt.date(2024, 6, 1), 19),
    ("Zaporizhzhia", "Zaporizhzhia has not been hit this hard since last May, when a missile killed 17 people.",
     dt.date(2025, 5, 1), 17),
])
def test_a_remembered_strike_is_its_own_record(city: str, text: str, month: dt.date, killed: int) -> None:
    records = [a for a in _records(city, text) if a.locations and a.locations[0].name == city]
    assert len(records) == 2
    today = next(a for a in records if a.date and a.date.start == dt.date(2026, 3, 3))
    past = next(a for a in records if a.date and a.date.start == month)
    assert today.killed is None and [w.type.value for w in today.weapons] == ["drone"]
    assert past.killed is not None and past.killed.value == killed


@pytest.mark.parametrize("city, text", [
    ("Odesa", "Odesa has been hit repeatedly since 2022."),
    ("Kherson", "It was the worst attack on the city since the war began."),
    ("Zaporizhzhia", "The city was last shelled like this in May 2024, when a bridge was damaged."),
])
def test_a_habit_or_a_comparison_without_a_toll_opens_no_record(city: str, text: str) -> None:
    assert [[p.name for p in a.locations] for a in _records(city, text)] == [[city]]

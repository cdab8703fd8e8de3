"""Metamorphic probes (issue 13, concept 5): the day of a diplomacy event resolved against the
publication day, however the day is told ("on Friday" in a piece published Saturday, "Friday
night", "the previous day", "two days ago", "last weekend", "next month", the present of a
schedule). Fresh sentences; every piece here is published on Saturday 7 March 2026."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from diplomacy_probes import one_record
from summariser.records import DiplomacyStatus as S

SATURDAY = "2026-03-07"


_one = partial(one_record, published=SATURDAY)


def _days(rec):
    return (rec.date.start, rec.date.end) if rec.date else None


FRI = (dt.date(2026, 3, 6), dt.date(2026, 3, 6))


@pytest.mark.parametrize("text", [
    "Zelensky spoke with Macron on Friday.",
    "On Friday, Zelensky spoke with Macron.",
    "Zelensky and Macron spoke by phone Friday.",
    "Zelensky spoke with Macron by phone on Friday night.",
    "Zelensky spoke with Macron by phone on Friday, his office said on Saturday.",
    "Zelensky said on Saturday that he had spoken with Macron the previous day.",
    "Zelensky said he had spoken with Macron a day earlier.",
    "Zelensky spoke with Macron by phone a day ago.",
])
def test_a_call_on_the_day_before_publication(text):
    assert _days(_one(text)) == FRI


@pytest.mark.parametrize("text, days", [
    ("Zelensky spoke with Macron by phone two days ago.", ("2026-03-05", "2026-03-05")),
    ("Zelensky spoke with Macron by phone last weekend.", ("2026-02-28", "2026-03-01")),
    ("Zelensky spoke with Macron by phone earlier this week.", ("2026-03-02", "2026-03-06")),
    ("Zelensky spoke with Macron by phone last month.", ("2026-02-01", "2026-02-28")),
])
def test_past_days_told_relative_to_publication(text, days):
    rec = _one(text)
    assert rec.status is S.held
    assert tuple(str(d) for d in _days(rec)) == days


@pytest.mark.parametrize("text, days", [
    ("Zelensky will meet Macron in Paris on Monday.", ("2026-03-09", "2026-03-09")),
    ("Zelensky meets Macron in Paris on Monday.", ("2026-03-09", "2026-03-09")),
    ("Zelensky and Macron are meeting in Paris on Monday.", ("2026-03-09", "2026-03-09")),
    ("Zelensky travels to Paris on Monday for talks with Macron.", ("2026-03-09", "2026-03-09")),
    ("Zelensky is travelling to Paris next week for talks with Macron.", ("2026-03-09", "2026-03-15")),
    ("Zelensky will meet Macron in Paris next month.", ("2026-04-01", "2026-04-30")),
    ("Zelensky will meet Macron in Paris tomorrow.", ("2026-03-08", "2026-03-08")),
])
def test_days_ahead_are_planned_and_resolved_forward(text, days):
    rec = _one(text)
    assert rec.status is S.planned
    assert tuple(str(d) for d in _days(rec)) == days


@pytest.mark.parametrize("text", [
    "Zelensky met Macron in Paris on Monday.",
    "Zelensky visited Paris on Monday.",
])
def test_the_past_tense_keeps_the_weekday_behind(text):
    rec = _one(text)
    assert rec.status is S.held and str(rec.date.start) == "2026-03-02"


@pytest.mark.parametrize("text", [
    "On Friday, Germany announced it would send two more Patriot systems to Ukraine.",
    "Germany announced on Friday it would send two more Patriot systems to Ukraine.",
    "Germany will send two more Patriot systems to Ukraine, the defence ministry said on Friday.",
])
def test_aid_announced_on_a_day_is_a_pledge_made_that_day(text):
    rec = _one(text)
    assert rec.status is S.held and _days(rec) == FRI


@pytest.mark.parametrize("text, days", [
    ("Ukraine and Britain agreed on Friday to sign a security agreement next month.", ("2026-04-01", "2026-04-30")),
    ("The EU agreed on Friday to adopt a new package of sanctions against Russia next week.", ("2026-03-09", "2026-03-15")),
    ("On Friday the two sides decided to hold the next round of talks in Geneva next week.", ("2026-03-09", "2026-03-15")),
])
def test_a_day_of_the_decision_is_not_the_day_of_the_event_decided(text, days):
    rec = _one(text)
    assert rec.status is S.planned and tuple(str(d) for d in _days(rec)) == days


@pytest.mark.parametrize("text, days", [
    ("Zelensky is to speak with Macron this week.", ("2026-03-07", "2026-03-08")),
    ("Zelensky will meet Macron in Paris later this week.", ("2026-03-08", "2026-03-08")),
    ("Zelensky spoke with Macron earlier this week.", ("2026-03-02", "2026-03-06")),
])
def test_this_week_is_the_rest_of_it_for_an_event_to_come_and_the_start_for_one_done(text, days):
    assert tuple(str(d) for d in _days(_one(text))) == days

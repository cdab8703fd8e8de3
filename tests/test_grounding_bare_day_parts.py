"""Date words a model writes without their preposition (dev20 A5, broadened with the day-words of
dev20 A1): a bare day or month part ("the day", "the whole day", "the month's end", "the end of
the month") reads as its prepositional form ("during the day", "at the end of the month"), and the
whole-day family ("over / throughout / during / in the course of (the) (whole / entire) day", "all
day") is the report's day. Fresh phrases; published on 12 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.grounding.complete import resolve_when
from summariser.records import DatePrecision

PUBLISHED = dt.date(2026, 3, 12)
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31), DatePrecision.month)
DAY = (PUBLISHED, PUBLISHED, DatePrecision.day)


@pytest.mark.parametrize("words, span", [
    ("the day", DAY),
    ("the whole day", DAY),
    ("Over the whole day", DAY),
    ("over the day", DAY),
    ("throughout the entire day", DAY),
    ("during the entire day", DAY),
    ("all day long", DAY),
    ("the end of the month", MARCH),
    ("the month's end", MARCH),
    ("at the month’s end", MARCH),
    ("the beginning of the month", MARCH),
    ("the middle of the month", MARCH),
    ("the end of the week", (dt.date(2026, 3, 9), PUBLISHED, DatePrecision.week)),
])
def test_a_bare_day_or_month_part_reads_as_its_prepositional_form(words, span):
    got = resolve_when(words, PUBLISHED)
    assert (got.start, got.end, got.precision) == span
    assert got.text == words


@pytest.mark.parametrize("words", [
    "the day of the attack",  # a day named by an event, no date on its own
    "the end of the war",
    "the whole day passed quietly",
    "the day before",  # relative to an event the words do not give
    "the end of the season",
])
def test_an_event_or_a_clause_is_no_bare_day_part(words):
    assert resolve_when(words, PUBLISHED).start is None

"""A cancelled plan's weekday (dev13 class A3): it lies ahead when the calling-off is told as now
("has been put off", "is off", "will not take place", "has called off"); a calling-off told in the
past ("was scrapped", "were postponed") may come before or after the day, so the weekday is the
nearer one (the past one up to three days back); in a piece looking back on "this week" it is the
past one (the codebook dates a cancelled event by its planned day). Fresh sentences; published on
a Saturday."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft

PUBLISHED = dt.date(2026, 11, 21)  # a Saturday


def _cancelled_day(text: str, when: str) -> dt.date | None:
    record = {"kind": "visit", "status": "cancelled", "participants": ["Poland", "Ukraine"], "evidence": [text],
              "when": when, "description": "a visit"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)
    assert got.diplomacy, got.rejected
    date = got.diplomacy[0].date
    return date.start if date else None


TOLD_AS_NOW = [
    ("The Polish premier's visit to Kyiv planned for Friday has been put off, Warsaw said.", "Friday", dt.date(2026, 11, 27)),
    ("Kyiv has called off a visit by the Polish premier set for Tuesday.", "Tuesday", dt.date(2026, 11, 24)),
    ("A trip to Kyiv by the Polish president scheduled for Monday will not take place, his office said.", "Monday",
     dt.date(2026, 11, 23)),
    ("The Polish foreign minister's stop in Kyiv, due on Wednesday, is off, a spokesman said.", "Wednesday",
     dt.date(2026, 11, 25)),
    ("The Polish defence minister's visit to Kyiv, slated for Thursday, is being postponed.", "Thursday",
     dt.date(2026, 11, 26)),
]


@pytest.mark.parametrize("text, when, day", TOLD_AS_NOW)
def test_a_plan_called_off_now_is_dated_ahead(text, when, day):
    assert _cancelled_day(text, when) == day


TOLD_AS_PAST = [
    ("A trip to Kyiv by the Polish president, set for Wednesday, was scrapped.", "Wednesday", dt.date(2026, 11, 18)),
    ("Visits to Kyiv by Polish ministers due on Wednesday were postponed at short notice.", "Wednesday",
     dt.date(2026, 11, 18)),
    ("The Polish premier's visit to Kyiv, scheduled for Friday, was called off after the strike.", "Friday",
     dt.date(2026, 11, 20)),
    ("What fell through this week: a visit to Kyiv by the Polish premier planned for Wednesday has been cancelled.",
     "Wednesday", dt.date(2026, 11, 18)),
    ("Warsaw cancelled the Polish president's visit to Kyiv planned for Thursday.", "Thursday", dt.date(2026, 11, 19)),
    ("This week's casualties: the Polish premier's visit to Kyiv planned for Monday was cancelled.", "planned for Monday",
     dt.date(2026, 11, 16)),
]


NEARER_AHEAD = [
    ("The Polish premier's visit to Kyiv planned for Monday was cancelled, the government said.", "planned for Monday",
     dt.date(2026, 11, 23)),
    ("A trip to Kyiv by the Polish president, set for Tuesday, was scrapped.", "Tuesday", dt.date(2026, 11, 24)),
    ("The Polish foreign minister's talks in Kyiv due on Sunday were called off.", "Sunday", dt.date(2026, 11, 22)),
]


@pytest.mark.parametrize("text, when, day", NEARER_AHEAD)
def test_a_plan_called_off_in_the_past_with_its_weekday_nearer_ahead_is_dated_ahead(text, when, day):
    assert _cancelled_day(text, when) == day


@pytest.mark.parametrize("text, when, day", TOLD_AS_PAST)
def test_a_plan_called_off_in_the_past_keeps_the_weekday_before_publication(text, when, day):
    assert _cancelled_day(text, when) == day

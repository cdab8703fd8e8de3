"""`when` words a model copies that the date code alone does not read: grounding resolves them
(`grounding.complete.resolve_when`) so that a correct date is not lost on the LLM path."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.complete import resolve_when
from summariser.records import DatePrecision

FRIDAY = dt.date(2025, 10, 17)
THURSDAY = dt.date(2025, 10, 16)


@pytest.mark.parametrize("words", [
    "in the night", "In the night", "during the past 24 hours", "Over the past 24 hours", "the past 24 hours",
    "in the last 24 hours", "over the past day", "between 10 pm and 6 am", "between 11 p.m. and 5 a.m. local time",
])
def test_a_night_or_the_past_day_is_the_night_ending_on_the_report_day(words):
    found = resolve_when(words, FRIDAY)
    assert (found.start, found.end, found.precision) == (THURSDAY, FRIDAY, DatePrecision.range)
    assert found.text == words


# (a same-day clock span, "between 7 am and 11 am", is the report day: test_grounding_dev11_dates)
@pytest.mark.parametrize("words", ["the night watchman", "past hours", "in the past"])
def test_other_words_stay_undated(words):
    assert resolve_when(words, FRIDAY).start is None


@pytest.mark.parametrize("text,words,day", [
    ("The prime ministers met in Oslo on Tuesday. The same day, the two foreign ministers signed a pact.",
     "The same day", dt.date(2025, 10, 14)),
    ("Leaders gathered for a summit in Riga on Wednesday. On the sidelines, Finland and Chile signed a deal.",
     "On the sidelines", dt.date(2025, 10, 15)),
    ("A minister flew to Rome on 9 October for a forum. Later that day he met the Italian premier.",
     "Later that day", dt.date(2025, 10, 9)),
])
def test_the_same_day_is_the_day_dated_just_before(text, words, day):
    at = text.index(words)
    found = resolve_when(words, FRIDAY, text, (at, at + len(words)), diplomacy=True)
    assert (found.start, found.end, found.precision) == (day, day, DatePrecision.day)


def test_the_same_day_with_no_date_before_stays_undated():
    text = "On the sidelines, Peru and Ghana signed a trade accord. The forum met on Monday."
    assert resolve_when("On the sidelines", FRIDAY, text, (0, 16), diplomacy=True).start is None


@pytest.mark.parametrize("words,published,year", [
    ("in July", dt.date(2026, 4, 28), 2026), ("in July", dt.date(2026, 8, 3), 2027),
    ("in March", dt.date(2025, 11, 2), 2026), ("in July 2025", dt.date(2026, 4, 28), 2025),
])
def test_a_planned_month_is_the_coming_one(words, published, year):
    found = resolve_when(words, published, planned=True, diplomacy=True)
    assert found.start is not None and found.start.year == year and found.precision is DatePrecision.month


def test_a_held_month_stays_the_past_one():
    found = resolve_when("in July", dt.date(2026, 4, 28), diplomacy=True)
    assert found.start == dt.date(2025, 7, 1)


def test_a_draft_dated_the_same_day_keeps_its_date():
    text = ("Chile's president phoned his Argentine counterpart on Monday, his office said. "
            "The same day, Chile's foreign minister held a call with Peru.")
    draft = ArticleDraft.model_validate({"diplomacy": [{
        "kind": "phone_call", "participants": ["Chile", "Peru"], "when": "The same day", "status": "held",
        "evidence": ["The same day, Chile's foreign minister held a call with Peru."]}]})
    out = draft_to_records(draft, text, published=dt.date(2025, 10, 15))
    assert out.diplomacy[0].date is not None and out.diplomacy[0].date.start == dt.date(2025, 10, 13)

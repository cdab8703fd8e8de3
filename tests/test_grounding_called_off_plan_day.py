"""A called-off or postponed plan is dated by the day it was planned for (CODEBOOK rule 11), on the
LLM path: a postponed plan (status `stalled`, codebook 16) reads its weekday as a cancelled one
does (the coming one when the calling-off is told as now, the nearer one when told in the past);
a plan told in the past ("were to open on Tuesday") is dated from the day the calling-off was made
known when the sentence gives it ("said on Friday"): the first such weekday on or after it.
Fresh sentences; published on a Saturday."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft

PUBLISHED = dt.date(2026, 11, 21)  # a Saturday


def _day_on(text: str, when: str, status: str, published: dt.date, evidence: str | None = None) -> dt.date | None:
    record = {"kind": "talks", "status": status, "participants": [], "evidence": [evidence or text], "when": when,
              "description": "talks"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=published)
    assert got.diplomacy, got.rejected
    date = got.diplomacy[0].date
    return date.start if date else None


def _day(text: str, when: str, status: str) -> dt.date | None:
    return _day_on(text, when, status, PUBLISHED)


POSTPONED = [  # (sentence, when, the plan's day)
    ("The talks planned for Monday were postponed, the foreign ministry said.", "Monday", dt.date(2026, 11, 23)),
    ("The round of talks in Geneva that had been slated for Sunday was delayed, diplomats said.", "Sunday",
     dt.date(2026, 11, 22)),
    ("Georgia's consultations with Armenia, set for Tuesday, have been pushed back.", "Tuesday",
     dt.date(2026, 11, 24)),
    ("A summit of Nordic premiers scheduled for Monday was put off without a new date.", "scheduled for Monday",
     dt.date(2026, 11, 23)),
    ("Talks between the two defence chiefs due on Wednesday were postponed at the last minute.", "Wednesday",
     dt.date(2026, 11, 18)),  # the nearer Wednesday is three days back
]


@pytest.mark.parametrize("text, when, day", POSTPONED)
def test_a_postponed_plan_reads_its_weekday_as_a_cancelled_one(text, when, day):
    assert _day(text, when, "stalled") == day


ANNOUNCED = [  # (sentence, when, status, the plan's day)
    ("Talks were to open in Baku on Tuesday, but Azerbaijan said on Friday they had been postponed.", "Tuesday",
     "stalled", dt.date(2026, 11, 24)),
    ("Talks were to open in Baku on Tuesday, but Azerbaijan said on Friday they had been called off.", "Tuesday",
     "cancelled", dt.date(2026, 11, 24)),
    ("The ministers were to meet in Vienna on Monday, but Austria said on Sunday the meeting was scrapped.",
     "Monday", "cancelled", dt.date(2026, 11, 16)),
    ("The envoys were due to sit down in Doha on Thursday; Qatar announced on Wednesday that the round was "
     "shelved.", "Thursday", "cancelled", dt.date(2026, 11, 19)),
    ("A signing was scheduled in Ankara on Sunday, but Turkey confirmed on Friday it had been delayed.", "Sunday",
     "stalled", dt.date(2026, 11, 22)),
    ("On Thursday, Hungary called off the meeting with Slovakia planned for Monday.", "Monday", "cancelled",
     dt.date(2026, 11, 23)),
    ("The leaders were supposed to meet in Chisinau on Friday, but Moldova told reporters on Thursday the visit "
     "would not go ahead.", "Friday", "cancelled", dt.date(2026, 11, 20)),
    ("A prisoner exchange was meant to happen at the border on Monday; Kyiv confirmed late on Wednesday that it "
     "had been put off.", "Monday", "stalled", dt.date(2026, 11, 23)),
]


@pytest.mark.parametrize("text, when, status, day", ANNOUNCED)
def test_a_plan_told_in_the_past_is_dated_from_the_day_its_calling_off_was_made_known(text, when, status, day):
    assert _day(text, when, status) == day


NOT_MOVED = [  # (sentence, when, status, the day that must stay)
    ("The ministers met on Monday and agreed to extend the grain corridor.", "Monday", "held", dt.date(2026, 11, 16)),
    ("Talks on a ceasefire have been stalled since Monday.", "since Monday", "stalled", None),
    ("Looking back on this week: talks were to open in Baku on Tuesday, but they were scrapped.", "Tuesday",
     "cancelled", dt.date(2026, 11, 17)),
    ("The envoys were due to meet on Tuesday and did so in Geneva, the ministry said on Friday.", "Tuesday",
     "held", dt.date(2026, 11, 17)),
]


@pytest.mark.parametrize("text, when, status, day", NOT_MOVED)
def test_an_event_not_called_off_keeps_its_weekday(text, when, status, day):
    got = _day(text, when, status)
    assert got == day or (day is None and got is not None and got <= PUBLISHED)


FRI, SAT, SUN, THU = dt.date(2026, 11, 20), dt.date(2026, 11, 21), dt.date(2026, 11, 22), dt.date(2026, 11, 19)
DATED_CALLING_OFF = [  # dev20 A4: (sentence, when, status, published, the plan's day)
    ("A summit penciled in for Tuesday was scrapped on Monday night.", "Tuesday", "cancelled", SAT,
     dt.date(2026, 11, 17)),
    ("Talks due on Monday were postponed on Sunday at Kyiv's request.", "Monday", "stalled", FRI,
     dt.date(2026, 11, 16)),
    ("A visit set for Thursday was cancelled on Wednesday.", "Thursday", "cancelled", SUN, dt.date(2026, 11, 19)),
    ("The ministers' meeting planned for Monday was called off the evening before.", "Monday", "cancelled", FRI,
     dt.date(2026, 11, 16)),
    ("Consultations scheduled for Tuesday were shelved on the eve, officials said.", "Tuesday", "cancelled", SAT,
     dt.date(2026, 11, 17)),
    ("A visit planned for Friday was cancelled on Thursday.", "Friday", "cancelled", THU, dt.date(2026, 11, 20)),
    ("Talks due on Monday were scrapped on the eve, the ministry said.", "Monday", "cancelled", SUN,
     dt.date(2026, 11, 23)),  # the eve is the day of writing: the talks were to be tomorrow
    ("Talks set for Monday have been called off.", "Monday", "cancelled", SAT, dt.date(2026, 11, 23)),
]


@pytest.mark.parametrize("text, when, status, published, day", DATED_CALLING_OFF)
def test_a_dated_calling_off_dates_the_plan_after_it(text, when, status, published, day):
    assert _day_on(text, when, status, published) == day


@pytest.mark.parametrize("opening, day", [
    ("The week began with a string of cancellations in the region's diplomacy.", dt.date(2026, 11, 16)),
    ("Week in review: the diplomacy of the past seven days.", dt.date(2026, 11, 16)),
    ("Russia launched forty drones at the port overnight, the navy said.", dt.date(2026, 11, 23)),
])
def test_a_looking_back_frame_in_the_opening_paragraph_keeps_the_past_weekday(opening, day):
    sentence = "Talks between the two premiers set for Monday were called off after the shelling."
    text = f"{opening}\n\nThe port reopened at noon.\n\n{sentence}"
    assert _day_on(text, "Monday", "cancelled", FRI, sentence) == day

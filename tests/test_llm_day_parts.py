"""A5 of an unseen set's LLM losses: two strikes on one place on one day, told in separate
sentences and dated to different parts of the day (overnight and again in the evening, morning
and afternoon), stay two records; the same strike told twice still merges, and a night runs into
the morning after it (`grounding/day_parts.py`, `backends/merging.py`). Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.backends.merging import merge_attacks
from summariser.grounding.day_parts import apart_in_the_day
from summariser.records import DatePrecision, DateSpan

FRIDAY = dt.date(2026, 3, 20)


def _merged(first: tuple[str, str], second: tuple[str, str], place: str, joint: str = " ") -> int:
    (a, when_a), (b, when_b) = first, second
    draft = ArticleDraft.model_validate({"attacks": [
        {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike", "places": [place],
         "when": when, "evidence": [ev]} for ev, when in ((a, when_a), (b, when_b))]})
    return len(merge_attacks(draft_to_records(draft, a + joint + b, published=FRIDAY).attacks))


@pytest.mark.parametrize(("first", "second", "place", "joint"), [
    (("Drones struck Sumy overnight; no one was hurt.", "overnight"),
     ("19:40 — New explosions in Sumy: shelling resumed at dusk, the mayor writes.", "19:40"), "Sumy", "\n\n"),
    (("Russian artillery hit Nikopol in the morning, wounding a man.", "in the morning"),
     ("In the afternoon Nikopol came under fire once more, the governor said.", "In the afternoon"), "Nikopol", " "),
    (("Kherson was attacked before dawn, the regional administration said.", "before dawn"),
     ("Around dusk a second strike hit Kherson's port, it said in a later post.", "Around dusk"), "Kherson", " "),
    (("A guided bomb hit Kupiansk at 08:15, police said.", "at 08:15"),
     ("At 21:30 another bomb fell on Kupiansk, damaging a school.", "At 21:30"), "Kupiansk", " "),
    (("Overnight, drones hit an energy site in Odesa.", "Overnight"),
     ("In the evening Odesa was targeted again by ballistic missiles.", "In the evening"), "Odesa", " "),
])
def test_one_place_hit_in_two_parts_of_a_day_stays_two_records(first, second, place, joint):
    assert _merged(first, second, place, joint) == 2


@pytest.mark.parametrize(("first", "second", "place"), [
    # the same strike told twice, the second time with the part of the night
    (("Drones struck Sumy overnight, the mayor said.", "overnight"),
     ("The attack on Sumy lasted until the early hours, he added.", "the early hours"), "Sumy"),
    # a night that runs into the morning after it
    (("Drones struck Poltava overnight, the governor said.", "overnight"),
     ("Fires in Poltava were still burning in the morning, he added.", "in the morning"), "Poltava"),
    # no part of the day in either: the old rule (same place, same kind) merges them
    (("Drones struck Sumy on Friday, the mayor said.", "on Friday"),
     ("The attack on Sumy damaged a school, he added on Friday.", "on Friday"), "Sumy"),
])
def test_one_strike_told_twice_still_merges(first, second, place):
    assert _merged(first, second, place) == 1


def _night(end: dt.date, text: str = "overnight") -> DateSpan:
    return DateSpan(start=end - dt.timedelta(days=1), end=end, text=text, precision=DatePrecision.range)


def _day(day: dt.date, text: str) -> DateSpan:
    return DateSpan(start=day, end=day, text=text, precision=DatePrecision.day)


def test_the_night_runs_into_the_evening_before_it_but_not_the_evening_after():
    thursday = FRIDAY - dt.timedelta(days=1)
    assert not apart_in_the_day(_night(FRIDAY), _day(thursday, "late on Thursday evening"))
    assert apart_in_the_day(_night(FRIDAY), _day(FRIDAY, "Friday evening"))
    assert not apart_in_the_day(_day(FRIDAY, "on Friday"), _day(FRIDAY, "Friday evening"))  # no part in one


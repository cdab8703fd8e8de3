"""r15 (B1 date): a ministry's reporting window told by clock times on two printed days ("between
21:00 on 7 June and 05:30 on 8 June") is those two days, on both paths (one date reader); an hour
after "and" is never a second day of the month, nor the minutes of a clock a day. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, day_span
from summariser.dates import find_date, find_dates

TUESDAY = dt.date(2026, 6, 9)
JUNE_7, JUNE_8 = dt.date(2026, 6, 7), dt.date(2026, 6, 8)


@pytest.mark.parametrize("words", [
    "between 21:00 on 7 June and 05:30 on 8 June",
    "Between 21:00 on June 7 and 05:30 on June 8",
    "from 21:00 on 7 June to 05:30 on 8 June",
    "from 9 p.m. on June 7 until 5.30 a.m. on June 8",
    "between 21:00 June 7 and 05:30 June 8",
    "between 21:00 Moscow time on 7 June and 05:30 Moscow time on 8 June",
    "from 22.00 on the 7th of June till 06.00 on 8 June",
])
def test_a_clock_window_over_two_printed_days_is_those_days(words: str) -> None:
    span = find_date(f"Air defences downed 17 drones {words}, the ministry said.", published=TUESDAY)
    assert span is not None and (span.start, span.end) == (JUNE_7, JUNE_8)


@pytest.mark.parametrize("words, start, end", [
    ("on June 7 and 8 the village was shelled", JUNE_7, JUNE_8),  # two days of a month: still a range
    ("talks on 7 and 8 June", JUNE_7, JUNE_8),
    ("at 05:30 on June 8", JUNE_8, JUNE_8),
])
def test_near_misses_keep_their_reading(words: str, start: dt.date, end: dt.date) -> None:
    span = find_date(words, published=TUESDAY)
    assert span is not None and (span.start, span.end) == (start, end)


def test_an_hour_after_and_is_no_day_of_the_month() -> None:
    # before r15 "June 7 and 05" read as 7-5 (no range) and "June 7 and 06" as 7-6 June, a year back
    kinds = [(d.kind, d.span.start) for d in find_dates("shelled between 23:10 June 7 and 06:20 June 8",
                                                          published=TUESDAY)]
    assert ("day_range", dt.date(2025, 6, 7)) not in kinds and kinds[0][1] == JUNE_7


def test_the_minutes_of_a_clock_are_no_day() -> None:
    days = [d.span.start for d in find_dates("at 07:00 June 8 a drone fell", published=TUESDAY)]
    assert JUNE_8 in days and None not in days


_attacks = AttackProbe("2026-06-09")


@pytest.mark.parametrize("text", [
    "Between 22:00 on 7 June and 06:00 on 8 June, Russian air defences destroyed 23 Ukrainian drones over "
    "the Bryansk region, the defence ministry said.",
    "The ministry said 23 drones were shot down over the Bryansk region between 22:00 June 7 and 06:00 June 8.",
    "From 22:00 on June 7 until 06:00 on June 8, 23 drones were intercepted over the Bryansk region.",
])
def test_the_ministry_tally_is_dated_by_its_window(text: str) -> None:
    assert day_span(_attacks.one(text)) == (JUNE_7, JUNE_8)

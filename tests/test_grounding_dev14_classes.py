"""dev14's LLM-path loss classes, each in general form with fresh sentences written for this file
(several phrasings, places and numbers per class, and negatives that must not change):

- a day told as a count of days back, anywhere in the words, a weekday checking it;
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.records import DatePrecision

PUBLISHED = dt.date(2026, 11, 20)  # a Friday
D = dt.date


def _attack(text: str, published: dt.date = PUBLISHED, **fields):
    record = {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike",
              "evidence": [fields.pop("evidence", text)], **fields}
    return draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=published)


def _date(text: str, when: str):
    got = _attack(text, when=when)
    assert got.attacks, got.rejected
    return got.attacks[0].date


# --------------------------------------------------------------------------- A4: N days ago

DAYS_AGO = [  # (sentence, the model's words, the day)
    ("Twenty-three days ago, on a Wednesday night, a missile hit the school in Bucha.",
     "Twenty-three days ago, on a Wednesday night", D(2026, 10, 28)),
    ("It happened 15 days ago, early on a Thursday, when a drone struck the market in Kherson.",
     "15 days ago, early on a Thursday", D(2026, 11, 5)),
    ("Nineteen days ago a glide bomb fell on the clinic in Kupiansk.", "Nineteen days ago", D(2026, 11, 1)),
    ("The drone that wrecked the boiler house in Sumy came 12 days ago, residents recalled.",
     "12 days ago", D(2026, 11, 8)),
    ("On Sunday evening, twenty-six days ago, shells set the granary in Nikopol alight.",
     "On Sunday evening, twenty-six days ago", D(2026, 10, 25)),
    ("Exactly forty-one days ago a missile destroyed the bridge near Zatoka.", "forty-one days ago",
     D(2026, 10, 10)),
    ("Eleven days ago, in the small hours, rockets struck the depot in Kramatorsk.",
     "Eleven days ago, in the small hours", D(2026, 11, 9)),
    ("The last strike on the Izium water tower was 17 days ago.", "17 days ago", D(2026, 11, 3)),
    ("Three days ago a drone hit the bakery in Sloviansk.", "Three days ago", D(2026, 11, 17)),
]


@pytest.mark.parametrize("text, when, day", DAYS_AGO)
def test_a_count_of_days_back_is_that_day(text, when, day):
    date = _date(text, when)
    assert date is not None and (date.start, date.end, date.precision) == (day, day, DatePrecision.day), date


# the weekday told with a count that is one off: the weekday is trusted (a count is rounded, not a weekday)
@pytest.mark.parametrize("text, when, day", [
    ("Twenty-one days ago, on a Saturday, a drone hit the stadium in Chernihiv.",
     "Twenty-one days ago, on a Saturday", D(2026, 10, 31)),
    ("A missile struck the port of Izmail on Monday, 16 days ago.", "on Monday, 16 days ago", D(2026, 11, 2)),
])
def test_a_weekday_told_with_the_count_decides_the_day(text, when, day):
    date = _date(text, when)
    assert date is not None and date.start == day, date


VAGUE = [  # no day is told: the date stays unknown
    ("Drones struck the rail yard in Kovel some days ago, workers recalled.", "some days ago"),
    ("Drones struck the rail yard in Kovel about 25 days ago, workers recalled.", "about 25 days ago"),
    ("Drones struck the rail yard in Kovel 90 days ago, workers recalled.", "90 days ago"),
    ("Drones struck the rail yard in Kovel two weeks ago, workers recalled.", "two weeks ago"),
    ("Drones struck the rail yard in Kovel a few days ago, workers recalled.", "a few days ago"),
]


@pytest.mark.parametrize("text, when", VAGUE)
def test_a_vague_or_distant_count_tells_no_day(text, when):
    date = _date(text, when)
    assert date is None or date.start is None, date

"""Dates anchored to an event the sentence names (round 19, dev35 A9 and L3): "prosecutors reported on
Wednesday, one day after the attack" dates the attack the day before the report, for the rules (the
shared date reader) and for an answer's `when` written as those words (grounding/when_forms); a
strike told "hours before the delegations gathered" takes the day of the sentence that names
those people gathering. Near-misses: "a day after the talks" does not date a strike, an earlier
attack with a place of its own is still an earlier event, and a moment whose people are never
dated stays undated. Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.dates import find_dates
from summariser.grounding.when_forms import wire_when
from summariser.records import Attack

PUBLISHED = "2026-03-04"
WED, TUE, MON = dt.date(2026, 3, 4), dt.date(2026, 3, 3), dt.date(2026, 3, 2)


def _attacks(text: str) -> list[Attack]:
    article = make_article(text, published=PUBLISHED)
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


def _days(text: str) -> dict[str, dt.date | None]:
    return {p.name: (a.date.start if a.date else None) for a in _attacks(text) for p in a.locations}


@pytest.mark.parametrize("text, town", [
    ("The death toll from the Russian missile that hit the bus station in Kramatorsk has risen to 12, "
     "prosecutors reported on Wednesday, one day after the attack.", "Kramatorsk"),
    ("Police said on Wednesday, one day after the strike, that a drone had hit the depot in Sumy, killing one.", "Sumy"),
    ("The toll from the missile strike on a clinic in Kherson rose to six, the governor said Wednesday, "
     "a day after the missile strike.", "Kherson"),
    ("A glide bomb that hit a shop in Zaporizhzhia killed four, the regional head reported on Wednesday, just a day "
     "after the bombing.", "Zaporizhzhia"),
])
def test_a_day_after_the_attack_dates_it_the_day_before_the_report(text: str, town: str) -> None:
    assert _days(text)[town] == TUE


@pytest.mark.parametrize("text, town, day", [
    # the talks, not the strike: the strike keeps the report's day
    ("A drone hit the depot in Sumy, killing one, the mayor told reporters on Wednesday, a day after the talks.", "Sumy", WED),
    # an earlier strike with a place of its own: a record of its own, not the new strike's day
    ("Drones hit the depot in Sumy on Wednesday, just one day after the attack on Kharkiv.", "Sumy", WED),
])
def test_a_day_after_something_else_leaves_the_day(text: str, town: str, day: dt.date) -> None:
    assert _days(text)[town] == day


def test_the_shared_reader_gives_the_event_day() -> None:
    text = "The minister told the press on Wednesday, a day after the meeting, that progress had been made."
    events = [d for d in find_dates(text, 0, len(text), WED) if d.role == "event"]
    assert [d.span.start for d in events] == [TUE]
    text = "The minister said on Wednesday, a day after that, that progress had been made."
    assert not [d for d in find_dates(text, 0, len(text), WED) if d.role == "event" and d.span.start]


@pytest.mark.parametrize("words", ["a day after the attack", "one day after the missile strike",
                                   "just a day after the shelling", "a day after"])
def test_an_answers_when_a_day_after_the_attack(words: str) -> None:
    text = f"The toll rose to 12, the governor told reporters Wednesday, {words}."
    assert wire_when(words, WED, text, (0, len(text))) is not None
    span = wire_when(words, WED, text, (0, len(text)))
    assert span is not None and span.start == TUE


def test_an_answers_when_without_a_report_day_is_not_read() -> None:
    text = "Drones hit Sumy, a day after the attack."
    assert wire_when("a day after the attack", WED, text, (0, len(text))) is None
    # the day before the words is the strike's own, not a report's: not the day before it
    text = "Drones struck Sumy again overnight on 3 March, a day after the heaviest attack of the month."
    assert wire_when("a day after the heaviest attack", WED, text, (0, len(text))) is None


@pytest.mark.parametrize("text, town", [
    ("Delegations from Poland and Belarus sat down for talks in Brest on Monday, the first in a year.\n\n"
     "Hours before the delegations gathered, drones hit a school in Sumy, killing two.", "Sumy"),
    ("Ukrainian and Russian negotiators met in Geneva on Monday for a second round.\n\n"
     "Shortly after the negotiators sat down, missiles struck Dnipro, injuring four people.", "Dnipro"),
    ("Envoys of the two sides convened in Doha on Monday, the ministry said.\n\n"
     "The president spoke by phone with the emir on Saturday to prepare the meeting.\n\n"
     "Minutes before the envoys met, shells hit a market in Kherson, killing one.", "Kherson"),
])
def test_a_moment_told_by_the_people_gathering(text: str, town: str) -> None:
    assert _days(text)[town] == MON


def test_a_moment_whose_people_are_never_dated_stays_undated() -> None:
    text = ("Ukrainian and Russian negotiators met in Geneva on Monday for a second round.\n\n"
            "Hours before the leaders' speeches, shells hit a market in Kherson, killing one.")
    assert _days(text)["Kherson"] is None


def test_a_meeting_set_for_a_later_day_is_no_anchor() -> None:
    text = ("Negotiators from both sides talked for six hours in Riyadh.\n\n"
            "The two delegations agreed to convene again in Geneva on 12 March, the hosts said.\n\n"
            "Hours before the delegations sat down, shells hit a market in Kherson, killing one.")
    day = _days(text)["Kherson"]
    assert day is None or day <= WED

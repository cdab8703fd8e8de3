"""Round 14: analysis copy recalls past strikes by their month. One strike told as a noun with its
target town ("a missile strike on the depot in X") or weapons counted on one day of the month is a
background record with a place (codebook 5), dated to that month; "the city" of such a sentence is
the city the sentence before names. A present-perfect campaign told by its repetition ("have hit
refineries dozens of times") is no strike, and the capital it names is no place hit.
Sentences written for these tests; published Saturday 20 June 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe
from summariser.records import DatePrecision

PUBLISHED = "2026-06-20"


_attacks = AttackProbe(PUBLISHED, grounded=True)


@pytest.mark.parametrize("text, town, month", [
    ("In February, a missile strike on the substation in Kremenchuk knocked out supply for days.", "Kremenchuk", 2),
    ("In March, shelling of Nikopol cut water for a week.", "Nikopol", 3),
    ("A drone attack on the fuel depot in Pavlohrad in April burned for two days.", "Pavlohrad", 4),
    ("In May, one Russian air strike on a power plant near Kryvyi Rih left the city dark.", "Kryvyi Rih", 5),
    ("The bombardment of Kupiansk in January destroyed the last bridge over the river.", "Kupiansk", 1),
    ("In April a ballistic missile attack against the port of Izmail sank a barge.", "Izmail", 4),
])
def test_a_nominal_strike_in_a_past_month_is_a_background_record(text: str, town: str, month: int) -> None:
    records = _attacks(text)
    assert [a.locations[0].name for a in records] == [town]
    date = records[0].date
    assert date is not None and date.precision is DatePrecision.month and date.start == dt.date(2026, month, 1)


@pytest.mark.parametrize("text, town, launched", [
    ("Around 30 guided bombs rained on Sumy within one day in May.", "Sumy", 30),
    ("Kharkiv lies 30 km from the border. On one day in April, 40 guided bombs fell on the city.", "Kharkiv", 40),
    ("In a single day in April, Russian forces dropped 25 glide bombs on Kostiantynivka.", "Kostiantynivka", 25),
    ("Zaporizhzhia is an hour's drive from the front. In March, 18 glide bombs were dropped on the town in one day.",
     "Zaporizhzhia", 18),
])
def test_weapons_counted_on_one_day_of_a_past_month_are_a_record(text: str, town: str, launched: int) -> None:
    records = _attacks(text)
    assert [a.locations[0].name for a in records] == [town]
    assert any(w.launched is not None and w.launched.value == launched for w in records[0].weapons)
    assert records[0].date is not None and records[0].date.precision is DatePrecision.month


@pytest.mark.parametrize("text", [
    "The plant in Kremenchuk was hit in April.",  # no noun of one strike: history, as before
    "Drones hit Kharkiv in April, officials said.",
    "In March, 400 guided bombs fell on the region.",  # a month's tally, no one day
    "Russian drones have struck ports again and again since spring.",
    "Moscow has answered every peace move with new strikes.",
])
def test_past_strikes_without_one_strike_on_a_town_make_no_record(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text", [
    "Long-range Ukrainian drones have set fuel depots in Russia ablaze scores of times since March, "
    "answering Moscow's strikes on the power grid.",
    "Kyiv's drones have struck oil depots repeatedly in recent months, in what officials call a response to Moscow.",
    "Russian missiles have pounded Ukraine's power plants many times since the autumn, Kyiv says, and Moscow has "
    "threatened more.",
    "Its drones have attacked airfields time and again, a campaign Moscow calls terrorism.",
    "Russia has targeted Odesa's ports over and over in recent months.",
    "Ukrainian forces have hit bridges in Kursk region numerous times, the Moscow-installed official said.",
])
def test_a_campaign_in_the_present_perfect_is_no_strike(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text, place", [
    ("Russian drones have struck Odesa's port again overnight, injuring two.", "Odesa"),
    ("Drones have repeatedly hit Kharkiv since Sunday evening, killing three.", "Kharkiv"),
])
def test_a_repeated_strike_with_a_toll_is_still_a_record(text: str, place: str) -> None:
    assert place in {a.locations[0].name for a in _attacks(text)}


def test_the_city_of_a_strike_is_the_city_the_sentence_before_names() -> None:
    records = _attacks("Drones hit Kharkiv overnight, injuring two.\n\nUzhhorod, near the Slovak border, is seldom "
                       "targeted. On Sunday a rocket hit a depot in the town and wounded two.")
    assert {a.locations[0].name for a in records} == {"Kharkiv", "Uzhhorod"}


def test_a_city_named_inside_the_sentence_before_is_not_the_anaphors() -> None:
    """Only a sentence that opens on its city lends it: a city named in passing does not."""
    records = _attacks("Drones hit Kharkiv overnight, injuring two. Many of its residents have moved to Poltava "
                       "since the spring. Later a drone hit a school in the city, injuring one more.")
    assert {a.locations[0].name for a in records} == {"Kharkiv"}

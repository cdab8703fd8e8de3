"""r19: a group's leaders holding a video conference as the clause's subject (dev35 D5), and a
conference of states told by its opening, closing or holding (dev36 D4). Fresh sentences only."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K


# ---------------------------------------------------------------- dev35 D5: the group as subject

@pytest.mark.parametrize("text, group", [
    ("Leaders of the G7 will hold a video conference on Monday with Zelensky taking part.", "G7"),
    ("Heads of government of the G20 are to hold an emergency video conference on Friday with the Ukrainian president joining.",
     "G20"),
    ("1. Leaders of the G7 are expected to hold an extraordinary video call on Thursday with Zelensky.", "G7"),
])
def test_group_leaders_video_conference_is_no_two_sided_call(text, group):
    rec = one_record(text)
    assert rec.kind is not K.phone_call and group in rec.participants


@pytest.mark.parametrize("text", [
    "Scholz and Biden held a video call on Tuesday, the German government said.",
    "Leaders of the Baltic states said on Monday that Scholz and Biden had held a video call.",
])
def test_two_leaders_video_call_stays_a_call(text):
    assert one_record(text).kind is K.phone_call


# ---------------------------------------------------------------- dev36 D4: a conference of states

@pytest.mark.parametrize("text, place", [
    ("A donor conference on Ukraine's energy grid opened in Oslo on Tuesday, hosted by Norway.", "Oslo"),
    ("The Black Sea Security Conference opened in Bucharest on Monday with ministers from 30 states.", "Bucharest"),
    ("Ukraine's reconstruction conference was held in London last week.", "London"),
    ("The pledging conference for the grid ended in Vilnius on Friday with €2 billion promised.", "Vilnius"),
])
def test_a_conference_told_by_its_holding_is_a_summit(text, place):
    rec = one_record(text)
    assert rec.kind is K.summit and rec.location is not None and rec.location.name == place


def test_closing_a_multi_day_gathering_is_a_summit():
    rec = one_record("The Polish premier closed the two-day gathering in Warsaw on Friday.")
    assert rec.kind is K.summit


@pytest.mark.parametrize("text", [
    "The minister told a news conference in Kyiv on Tuesday that talks would resume.",
    "An academic conference on reactor safety opened in Vienna on Monday.",
    "A conference of regional mayors was held in Lviv on Friday.",
])
def test_conferences_that_are_no_gathering_of_states(text):
    assert diplomacy_of(text) == []


def test_a_conference_named_as_occasion_leaves_the_pledge():
    rec = one_record("At the donor conference in London on Monday, Norway pledged $1bn in aid for Ukraine.")
    assert rec.kind is K.military_aid

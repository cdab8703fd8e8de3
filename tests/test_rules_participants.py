"""Diplomacy participants, kind and status by concept (fresh sentences written for these tests):
officials named through their country's possessive, "the two leaders" as the sides told before,
a party that "joined by video", the event referred to again ("after the meeting"), the subject of
talks apart from their modality, a target's registration country, announcements as dates,
blocked packages, deliveries of weapons as aid, and a speaking ministry's seat as no venue."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from diplomacy_probes import diplomacy_of


_dip = partial(diplomacy_of, published="2026-06-10")


@pytest.mark.parametrize("text, state", [
    ("Ireland's foreign minister unveiled fresh military aid for Ukraine on Tuesday, worth 80 million euros.", "Ireland"),
    ("Poland's defence minister signed off more military aid for Kyiv and Ukraine's army on Tuesday.", "Poland"),
    ("Finland's prime minister unveiled a military aid package for Ukraine on Tuesday.", "Finland"),
])
def test_an_official_named_through_a_possessive_country_is_that_state(text, state):
    [d] = _dip(text)
    assert state in d.participants and "Ukraine" in d.participants


@pytest.mark.parametrize("sides", ["The two leaders agreed", "Both sides agreed"])
def test_the_two_leaders_are_the_sides_of_the_event_told_before(sides):
    text = ("Volodymyr Zelensky held a phone call with the Prime Minister of Canada on Monday. "
            f"{sides} that their foreign ministers would meet in Ottawa in July.")
    recs = _dip(text)
    planned = [d for d in recs if d.status.value == "planned"]
    assert planned and set(planned[0].participants) >= {"Ukraine", "Canada"}
    assert planned[0].date.start == dt.date(2026, 7, 1)  # July ahead, not the July before


@pytest.mark.parametrize("joined", ["joined by video link", "joined remotely", "took part by video"])
def test_leaders_who_joined_by_video_are_parties_of_the_talks_before(joined):
    text = ("Emmanuel Macron hosted Keir Starmer and Volodymyr Zelensky in Paris on Monday for talks on air defence. "
            f"Mark Rutte and Ulf Kristersson {joined}.")
    recs = _dip(text, published="2026-06-08")
    assert len(recs) == 1
    assert "Sweden" in recs[0].participants or "NATO" in recs[0].participants


@pytest.mark.parametrize("again", [
    "Starmer said after the meeting that Europe must spend more on defence.",
    "No Chinese official commented on the Paris meeting.",
])
def test_the_event_referred_to_again_is_not_a_new_event(again):
    text = ("Emmanuel Macron hosted Keir Starmer in Paris on Monday for talks on air defence. " + again)
    assert len(_dip(text, published="2026-06-08")) == 1


def test_the_modality_of_what_talks_are_about_is_not_the_status_of_the_talks():
    text = "Friedrich Merz hosted Donald Tusk in Berlin on Monday for talks on how Europe would fund Kyiv's air defence."
    [d] = _dip(text, published="2026-06-08")
    assert d.status.value == "held"


@pytest.mark.parametrize("where", ["registered in", "based in"])
def test_the_country_where_a_sanctioned_firm_is_registered_is_no_party(where):
    text = f"Canada on Wednesday imposed sanctions on 12 tankers and three traders {where} Hong Kong and Turkey."
    [d] = _dip(text)
    assert "Turkey" not in d.participants and "Canada" in d.participants


@pytest.mark.parametrize("text", [
    "Norway announced on Monday its biggest military aid package yet, worth 2 billion kroner, for Ukraine.",
    "Spain on Monday announced a military aid package for Ukraine including air defence missiles.",
])
def test_a_decision_is_dated_by_its_announcement(text):
    [d] = _dip(text)
    assert d.date is not None and d.date.start == dt.date(2026, 6, 8)


@pytest.mark.parametrize("text", [
    "The latest EU sanctions package on Moscow remained blocked by Hungary on Wednesday.",
    "The sanctions package against Russia was blocked by two member states.",
])
def test_a_blocked_package_is_stalled_not_held(text):
    [d] = _dip(text)
    assert d.status.value == "stalled"


@pytest.mark.parametrize("text", [
    "Denmark said it would deliver a further batch of artillery shells to Ukraine in August.",
    "Belgium will hand over more air defence systems to Kyiv next month.",
])
def test_a_promised_delivery_of_weapons_is_planned_military_aid(text):
    recs = [d for d in _dip(text) if d.kind.value == "military_aid"]
    assert recs and recs[0].status.value == "planned"


def test_a_speaking_ministrys_seat_is_not_the_venue_of_a_call():
    text = "Kyiv's top diplomat held a phone call with his Greek counterpart on Tuesday, the ministry in Kyiv said."
    [d] = _dip(text)
    assert d.location is None


@pytest.mark.parametrize("text, state", [
    ("Estonia summoned the Belarusian ambassador on Thursday over a border incident.", "Belarus"),
    ("Latvia's foreign ministry summoned the Russian chargé d'affaires on Thursday.", "Russia"),
])
def test_the_ambassador_summoned_names_the_state_summoned(text, state):
    [d] = _dip(text, published="2026-06-11")
    assert d.kind.value == "diplomatic_protest" and state in d.participants

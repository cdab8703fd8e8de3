"""Diplomacy event-hood and merging of round 17 (classes_dev31.md D4, D5, D7, D8, D9; classes_dev32.md
B1, B3), in general terms, with near-misses that must not change. Every sentence is written fresh."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, diplomacy_of


def _recs(text, published=WEDNESDAY):
    return [(r.kind.value, r.status.value, sorted(r.participants), r.location.name if r.location else None,
             str(r.date.start) if r.date else None) for r in diplomacy_of(text, published)]


def _kinds(text, published=WEDNESDAY):
    return sorted((r.kind.value, r.status.value) for r in diplomacy_of(text, published))


# ---------------------------------------------------------------- D4: a summit talked about in general

@pytest.mark.parametrize("text", [
    "A Kremlin aide said a summit between the two presidents could only come at the end of a long process.",
    "Officials in Kyiv said a meeting of the leaders can only \"seal\" a deal, not start one.",
    "A Kremlin aide said on Friday it was premature to discuss the timing or the city of a new summit.",
    "It is premature to talk about when or where a new round of talks might take place, the minister said.",
    "Moscow's love of summits irritates officials in Brussels.",
    "Such summits rarely produce more than photographs.",
])
def test_a_hypothetical_or_generic_summit_is_no_event(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Putin and Trump will meet in Budapest on Friday, the Kremlin said.", ("meeting", "planned")),
    ("Zelensky held meetings with Rubio and Lammy in London on Tuesday.", ("meeting", "held")),
    ("Macron was in Kyiv for meetings with Zelensky and Sybiha.", ("visit", "held")),
])
def test_a_dated_or_told_gathering_stays(text, kind):
    assert kind in _kinds(text)


# ---------------------------------------------------------------- D5: the initiative someone leads; guests invited

def test_an_initiative_someone_co_chairs_dates_no_proposal():
    text = ("Austria has put forward Vienna as the venue for talks between the two defence ministers. "
            "Its chancellor, who co-chairs the initiative with Rome, said on Tuesday that planners were at work.")
    assert _recs(text) == [("talks", "proposed", ["Austria"], "Vienna", None)]


def test_the_proposal_passed_on_still_dates_it():
    text = ("Austria has put forward Vienna as the venue for talks between the two defence ministers. "
            "Its chancellor said on Tuesday the offer had been passed on to both capitals.")
    assert _recs(text) == [("talks", "proposed", ["Austria"], "Vienna", "2026-03-03")]


@pytest.mark.parametrize("guests", [
    "Some 40 states have been invited to the summit, Spanish officials said.",
    "Two dozen leaders were invited to the summit, the organisers said.",
])
def test_guests_invited_to_the_gathering_told_are_no_new_event(guests):
    text = "Spain is hosting a summit of European leaders in Madrid next week on support for Ukraine. " + guests
    assert [k for k, *_ in _recs(text)] == ["summit"]


# ---------------------------------------------------------------- D7: agreed to meet again, no date set

@pytest.mark.parametrize("text", [
    "An adviser said both delegations had pledged to stay in contact and see each other again; no date has been fixed yet.",
    "Kyiv and Moscow promised to reconvene, without saying when.",
    "Russia and Ukraine agreed to hold talks again at some point; no date has been fixed.",
    "Russia and Ukraine decided to keep the line open and to meet again at some point, but no date was given.",
])
def test_an_open_ended_promise_to_meet_again_is_no_event(text):
    assert _kinds(text) == []


def test_a_held_round_and_an_open_ended_promise_is_one_record():
    text = "Russian and Ukrainian envoys met in Geneva on Monday and vowed to sit down again, with no date yet fixed."
    assert _kinds(text) == [("talks", "held")]


@pytest.mark.parametrize("text, planned", [
    ("Sandu and Zelensky agreed to meet in Vienna again on 3 June.", "2026-06-03"),
    ("Russian and Ukrainian envoys met in Geneva on Monday and agreed to meet again in Vienna on 20 March.", "2026-03-20"),
])
def test_a_promise_to_meet_again_on_a_day_is_planned(text, planned):
    assert planned in [d for k, s, _, _, d in _recs(text) if s == "planned"]


# ---------------------------------------------------------------- D8: a leader's tour of a site at home

@pytest.mark.parametrize("text", [
    "Russia hit Kyiv overnight. On Tuesday Zelensky spoke to rescuers after visiting some of the wrecked houses.",
    "Zelensky visited troops near Pokrovsk on Sunday.",
    "President Zelensky visited frontline positions in the Zaporizhzhia region.",
])
def test_a_tour_of_a_site_at_home_is_no_visit(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Macron visited a damaged hospital in Kyiv on Monday.",
    "French President Macron visited the damaged hospital on Monday.",
    "Polish President Duda visited Kyiv on Monday.",
])
def test_a_foreign_visitor_at_a_site_stays_a_visit(text):
    assert _kinds(text) == [("visit", "held")]


# ---------------------------------------------------------------- D9: a subheading over the visit's paragraph

def test_a_subheading_naming_the_meeting_is_part_of_the_visit_under_it():
    text = ("Drones hit Odesa overnight, the governor said, and two people were hurt in the port district.\n\n"
            "Stubb meets Zelensky\n\n"
            "Finnish President Alexander Stubb came to Kyiv by train on Tuesday, his third trip to Ukraine this year. "
            "He sat down with President Volodymyr Zelensky and later toured a school rebuilt after shelling.")
    assert _kinds(text) == [("visit", "held")]


def test_a_bullet_line_is_no_subheading():
    text = "Key moments of the day:\n\n- Zelensky meets Macron\n- Drones hit Odesa\n\nThe day was busy in Kyiv."
    assert ("meeting", "held") in _kinds(text)


# ---------------------------------------------------------------- B3: later mentions of a gathering told

def test_a_known_gathering_discussed_is_a_topic():
    text = ("Zelensky said he had spoken by phone with Merz. "
            "The two discussed air defence and Thursday's talks, Zelensky said.")
    assert _kinds(text) == [("phone_call", "held")]


@pytest.mark.parametrize("text, kinds", [
    ("Sybiha and Lammy discussed the Geneva talks by phone on Monday.", [("phone_call", "held")]),
    ("The delegations of Kyiv and Moscow discussed the ceasefire during talks in Geneva on Monday.", [("talks", "held")]),
])
def test_the_occasion_of_a_discussion_stays(text, kinds):
    assert _kinds(text) == kinds


_ROUND = "10:05 - Umerov confirms Kyiv's delegation will travel to Geneva for a new round of talks with the Russian side on Friday.\n\n"


@pytest.mark.parametrize("remark", [
    "12:40 - A Kremlin aide warns reporters against \"big hopes\" for the Geneva meeting.",
    "12:40 - Peskov tells journalists he sees \"no quick results\" coming out of the Geneva meeting.",
])
def test_the_city_meeting_named_again_is_the_gathering_told_there(remark):
    assert [(k, s, loc) for k, s, _, loc, _ in _recs(_ROUND + remark)] == [("talks", "planned", "Geneva")]


@pytest.mark.parametrize("other", [
    "12:40 - Peskov tells journalists that the two presidents met in Geneva on Monday.",
    "12:40 - Sybiha says he met his Polish counterpart in Warsaw on Tuesday.",
])
def test_a_gathering_told_with_a_day_of_its_own_stays_apart(other):
    assert len(_recs(_ROUND + other)) == 2


# ---------------------------------------------------------------- B1: a briefing's swap, then a summit

def test_a_swap_that_brings_people_home_is_an_exchange_between_the_warring_states():
    text = ("Russia hit Kharkiv with drones.\n\n"
            "- **POWs:** Friday's swap brought home 84 Ukrainians, the second stage of a deal agreed earlier.\n"
            "- **Summit:** Zelensky is due at the EU summit in Brussels next week.")
    recs = _recs(text)
    assert ("prisoner_exchange", "held", ["Russia", "Ukraine"]) in [r[:3] for r in recs]
    assert "summit" in [r[0] for r in recs]


@pytest.mark.parametrize("text", [
    "The exchange of fire brought no casualties.",
    "The exchange rate brought relief to importers.",
])
def test_other_exchanges_are_no_swap(text):
    assert _kinds(text) == []


def test_at_the_summit_after_the_summit_told_is_still_that_summit():
    text = ("EU leaders met in Brussels on Monday for a summit on Ukraine. "
            "At the summit, Zelensky asked for more air defence.")
    assert [k for k, *_ in _recs(text)] == ["summit"]


def test_a_gathering_discussed_with_someone_keeps_the_discussions():
    text = ("Turkey's foreign minister worked the phones all week. "
            "He talked about the negotiations with Lavrov of Russia on Monday and with Sybiha of Ukraine on Tuesday.")
    assert len(_recs(text)) >= 2


def test_after_the_meeting_after_a_decision_taken_there_is_no_new_meeting():
    text = ("EU foreign ministers approved fresh sanctions against Moscow at a session in Luxembourg on Monday. "
            "\"This is a strong signal,\" Kallas told reporters after the meeting.")
    assert [k for k, *_ in _recs(text)] == ["sanctions"]

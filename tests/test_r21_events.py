"""Round 21 (classes_dev39 D1, D3, D4, D5; classes_dev40 D5): a working meeting ahead told by a verb of
discussion with its counterpart, an agreement's end told as a noun, an official's arrival at a
facility, a proposal sent to a capital, and a signing coordinated with a trip under one modal. Every
sentence is written fresh, with near-misses that must not fire."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, diplomacy_of

from summariser.grounding.events import describes_event
from summariser.grounding.exit_dates import past_exit
from summariser.records import Span


def _recs(text):
    return [(r.kind.value, r.status.value, sorted(r.participants)) for r in diplomacy_of(text, WEDNESDAY)]


def _kinds(text):
    return sorted(r.kind.value for r in diplomacy_of(text, WEDNESDAY))


def _whole(text):
    return [Span(text=text, start=0, end=len(text))]


# ---------------------------------------------------------------- dev39 D1: discussion ahead with a counterpart

_DISCUSSIONS = [
    ("The European Commission is set to discuss rail transit with Ukraine's infrastructure minister in "
     "Luxembourg next week.", ["European Union", "Ukraine"]),
    ("Norway's foreign minister will discuss mine clearance with Ukrainian officials in Geneva later this month.",
     ["Norway", "Ukraine"]),
    ("Poland's prime minister is due to discuss grain imports with his Ukrainian counterpart in Warsaw on Friday.",
     ["Poland", "Ukraine"]),
    ("Ministers from Slovakia and Ukraine are scheduled to go over the transit quotas with Hungarian officials "
     "in Bratislava on 4 June.", ["Hungary", "Slovakia", "Ukraine"]),
    ("The EU's trade commissioner is expected to take up the tariff question with Moldova's economy minister "
     "at a meeting in Chisinau next month.", ["European Union", "Moldova"]),
]


@pytest.mark.parametrize("text, sides", _DISCUSSIONS)
def test_a_discussion_ahead_with_a_counterpart_is_planned_talks(text, sides):
    recs = _recs(text)
    assert [r[:2] for r in recs] == [("talks", "planned")]
    assert set(sides) <= set(recs[0][2])


@pytest.mark.parametrize("text", [
    "Macron will travel to Kyiv, where he will discuss air defence with Zelensky on Monday.",
    "The Dutch premier is due to discuss demining with Zelensky during a visit to Kyiv on Monday.",
])
def test_a_discussion_ahead_on_a_trip_stays_the_visit(text):
    assert [r[:2] for r in _recs(text)] == [("visit", "planned")]


@pytest.mark.parametrize("text, _sides", _DISCUSSIONS)
def test_grounding_reads_a_discussion_ahead_as_an_event(text, _sides):
    assert describes_event(_whole(text), text)


@pytest.mark.parametrize("text", [
    "The cabinet discussed the budget on Tuesday.",
    "Analysts will discuss the corridor's future with viewers in a live broadcast on Friday.",
    "The presenter will discuss the war with Ukrainian refugees on air on Friday.",
    "Zelensky will discuss the plan with Macron.",
    "The committee is due to review the bill with the Interior Ministry next week.",
])
def test_a_discussion_with_no_counterpart_abroad_or_no_time_is_no_talks(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Analysts will discuss the corridor's future with viewers in a live broadcast on Friday.",
    "The presenter said she would discuss it with listeners later.",
])
def test_grounding_keeps_a_discussion_with_the_public_no_event(text):
    assert not describes_event(_whole(text), text)


# ---------------------------------------------------------------- dev39 D3: an agreement's end told as a noun

@pytest.mark.parametrize("text, sides", [
    ("Hungary's refusal on Monday to renew the transit accord has cut off the last gas route between the two "
     "neighbours.", ["Hungary"]),
    ("The expiry of the ceasefire agreement between Armenia and Azerbaijan on Sunday left the border unguarded.",
     ["Armenia", "Azerbaijan"]),
    ("After the termination of the shipping pact between Turkey and Ukraine in May, insurers left.",
     ["Turkey", "Ukraine"]),
    ("Romania's decision not to renew the transit accord with Ukraine on Monday ended exports.",
     ["Romania", "Ukraine"]),
])
def test_an_agreements_end_told_as_a_noun_is_the_agreement_cancelled(text, sides):
    recs = _recs(text)
    assert [r[:2] for r in recs] == [("agreement", "cancelled")]
    assert set(sides) <= set(recs[0][2])


@pytest.mark.parametrize("text", [
    "Diplomats fear the collapse of the truce between Russia and Ukraine.",
    "Kyiv's refusal to join the pact in May angered Minsk.",
    "Traders are nervous ahead of the expiry of the deal between Turkey and Ukraine in May.",
])
def test_an_end_feared_ahead_or_a_refusal_to_join_is_no_cancelled_agreement(text):
    assert ("agreement", "cancelled") not in [r[:2] for r in _recs(text)]


@pytest.mark.parametrize("text, when", [
    ("Ukraine has shipped grain by a coastal route since the collapse in October of the UN-brokered arrangement.",
     "in October"),
    ("Budapest's refusal in March to renew the transit accord ended the flows.", "in March"),
    ("After the termination of the shipping pact in May, insurers left.", "in May"),
    ("The deal's expiry in March left the ports idle.", "March"),
    ("Since the lapse in October of the gas deal, prices have doubled.", "in October"),
])
def test_grounding_dates_an_exit_told_as_a_noun_in_the_past(text, when):
    assert past_exit(when, _whole(text), text)


@pytest.mark.parametrize("text, when", [
    ("Diplomats fear the collapse of the truce in May.", "in May"),
    ("Traders are nervous ahead of the expiry of the deal in May.", "in May"),
    ("Budapest's refusal in March to sign the transit accord stalled the talks.", "in March"),
    ("The collapse of the talks, which resume in May, was feared.", "in May"),
])
def test_grounding_reads_no_exit_in_an_end_feared_or_a_refusal_to_sign(text, when):
    assert not past_exit(when, _whole(text), text)


# ---------------------------------------------------------------- dev39 D4: an official's arrival at a facility

@pytest.mark.parametrize("text, site", [
    ("The IAEA chief reached the Khmelnytskyi nuclear power station on Tuesday after crossing the front by road.",
     "Khmelnytskyi nuclear power station"),
    ("Rafael Grossi made it to the Rivne nuclear plant late on Sunday.", "Rivne nuclear plant"),
    ("Rafael Grossi, the agency's director general, arrived at the Rivne nuclear power station on Friday.",
     "Rivne nuclear power station"),
])
def test_an_officials_arrival_at_a_facility_is_a_visit_to_its_state(text, site):
    recs = diplomacy_of(text, WEDNESDAY)
    assert [(r.kind.value, r.status.value) for r in recs] == [("visit", "held")]
    assert "Ukraine" in recs[0].participants and recs[0].location is not None
    assert recs[0].location.name == site and recs[0].location.level.value == "site"


@pytest.mark.parametrize("text", [
    "Zelensky reached the shelled substation near Kharkiv on Monday.",
    "Zelensky reached the Dnipro hydroelectric station on Monday.",
    "Russian troops reached the Rivne nuclear power station on Monday.",
    "The fire reached the Rivne nuclear power station's perimeter on Monday.",
])
def test_a_home_leader_troops_or_fire_reaching_a_facility_is_no_visit(text):
    assert _kinds(text) == []


# ---------------------------------------------------------------- dev39 D5: a proposal sent to a capital

@pytest.mark.parametrize("text, sides", [
    ("Guterres has now sent a fresh proposal to Kyiv, his office said.", ["Ukraine", "United Nations"]),
    ("Ankara forwarded its ceasefire outline to the Kremlin on Monday.", ["Russia", "Turkey"]),
    ("Brussels has passed a revised draft to Moscow.", ["European Union", "Russia"]),
    ("The Vatican has delivered a fresh plan to Kyiv.", ["Ukraine", "Vatican City"]),
    ("Qatar handed Kyiv a fresh plan on prisoner lists on Friday.", ["Qatar", "Ukraine"]),
])
def test_a_proposal_sent_to_a_capital_has_the_recipient_as_a_side(text, sides):
    recs = diplomacy_of(text, WEDNESDAY)
    assert [(r.kind.value, r.status.value, sorted(r.participants)) for r in recs] == [("proposal", "proposed", sides)]
    assert recs[0].location is None


@pytest.mark.parametrize("text", [
    "Kyiv sent a protest note to Budapest on Monday.",
    "The ministry sent a plan to the printers on Monday.",
])
def test_a_note_or_a_plan_to_no_side_is_no_proposal(text):
    assert "proposal" not in _kinds(text)


# ---------------------------------------------------------------- dev40 D5: a signing beside a trip, one modal

@pytest.mark.parametrize("text, sides", [
    ("Ukraine's prime minister is expected to travel to Oslo on Friday and to sign a security accord with Norway.",
     ["Norway", "Ukraine"]),
    ("Poland's president is due in Vilnius on Friday and will sign a defence pact with Lithuania there.",
     ["Lithuania", "Poland"]),
    ("The Finnish premier is set to travel to Kyiv next week to sign a security accord with Ukraine.",
     ["Finland", "Ukraine"]),
    ("Moldova's foreign minister is expected to visit Bucharest next Monday, an aide told reporters, and to "
     "sign a memorandum with Romania on energy.", ["Moldova", "Romania"]),
])
def test_a_signing_coordinated_with_a_trip_ahead_is_a_planned_agreement_too(text, sides):
    recs = diplomacy_of(text, WEDNESDAY)
    assert sorted((r.kind.value, r.status.value) for r in recs) == [("agreement", "planned"), ("visit", "planned")]
    visit = next(r for r in recs if r.kind.value == "visit")
    deal = next(r for r in recs if r.kind.value == "agreement")
    assert set(sides) <= set(deal.participants)
    assert deal.date is not None and visit.date is not None and deal.date.start == visit.date.start


@pytest.mark.parametrize("text", [
    "The Estonian premier is expected to visit Kyiv on Monday to discuss signing a memorandum later this year.",
    "The Dutch king is due in Kyiv on Friday and will sign the guest book at the memorial.",
])
def test_a_signing_only_discussed_or_a_guest_book_is_no_agreement(text):
    assert _kinds(text) == ["visit"]

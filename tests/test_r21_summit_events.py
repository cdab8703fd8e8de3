"""r21 (dev39 D2, dev40 D3): a second event told in the sentence of the first — aid a visitor or a
gathering decides, a proposal tabled at talks — is a record of its own; a council sitting dated by "the
last day of the summit" is its own meeting, not the summit. Fresh sentences; near-misses stay as they were."""

from __future__ import annotations

import pytest
from diplomacy_probes import day_2026 as _d, start_day as _day, wednesday_records as _recs

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


def _kinds(text):
    return {r.kind: r for r in _recs(text)}


# ---------------------------------------------------------------- dev39 D2: aid announced on a visit
@pytest.mark.parametrize("text, donor, day", [
    ("Scholz arrived in Kyiv by train on Saturday, his second stop there this year, and announced a €400m package of "
     "anti-aircraft weapons for the nation.", "Germany", _d(2, 28)),
    ("The Dutch premier landed in Kyiv on Tuesday and unveiled a new package of artillery shells and drones.",
     "Netherlands", _d(3, 3)),
    ("Sweden's defence minister came to Kyiv on Monday and announced a package of military equipment for Ukraine.",
     "Sweden", _d(3, 2)),
])
def test_a_package_of_arms_announced_on_a_visit_is_aid_beside_the_visit(text, donor, day):
    recs = _kinds(text)
    assert K.visit in recs and K.military_aid in recs
    aid = recs[K.military_aid]
    assert set(aid.participants) == {donor, "Ukraine"} and _day(aid) == day


@pytest.mark.parametrize("text", [
    "Brussels adopted a package of measures against Russian banks.",
    "Warsaw unveiled a package of reforms for its courts on Monday.",
])
def test_near_misses_a_package_of_measures_or_reforms_is_no_aid(text):
    assert all(r.kind is not K.military_aid for r in _recs(text))


# ---------------------------------------------------------------- dev39 D2: a proposal tabled at talks
@pytest.mark.parametrize("text, proposer, other, day", [
    ("Russian and Ukrainian envoys met in Geneva on Monday, and Kyiv put forward a revised draft on prisoner "
     "swaps.", "Ukraine", "Russia", _d(3, 2)),
    ("Russian and Ukrainian negotiators held talks in Geneva on Monday, and Moscow presented a draft memorandum.",
     "Russia", "Ukraine", _d(3, 2)),
    ("Ukrainian and Russian delegations sat down in Riyadh on Tuesday, and Kyiv tabled a 12-point framework on "
     "shipping.", "Ukraine", "Russia", _d(3, 3)),
])
def test_a_proposal_tabled_at_talks_is_its_own_record_without_the_host(text, proposer, other, day):
    recs = _kinds(text)
    talks = recs[K.talks]
    offer = recs[K.proposal]
    assert talks.status is S.held and offer.status is S.proposed
    assert set(offer.participants) == {proposer, other} and _day(offer) == day
    assert talks.location is not None and talks.location.country not in offer.participants


@pytest.mark.parametrize("text", [
    "Russian and Ukrainian negotiators held talks in Geneva on Monday and discussed a draft memorandum.",
    "The leaders met in Paris on Friday and discussed air defence.",
])
def test_near_misses_a_plan_only_discussed_at_talks_is_no_proposal(text):
    assert all(r.kind is not K.proposal for r in _recs(text))


# ---------------------------------------------------------------- dev40 D3: aid decided at a summit
@pytest.mark.parametrize("text, sides, day", [
    ("NATO leaders met in Vilnius for the summit on Tuesday. Zelensky is to join the leaders at a sitting of the "
     "NATO-Ukraine Council on Friday, the closing day of the summit.", {"NATO", "Ukraine"}, _d(3, 6)),
    ("EU leaders opened their summit in Brussels on Monday. Sandu will sit with the ministers at a session of the "
     "EU-Moldova Association Council on Friday, the summit's final day.", {"European Union", "Moldova"}, _d(3, 6)),
])
def test_a_council_sitting_dated_by_a_day_of_the_summit_is_a_planned_meeting_of_its_own(text, sides, day):
    recs = _recs(text)
    meetings = [r for r in recs if r.kind is K.meeting]
    assert len(meetings) == 1 and meetings[0].status is S.planned and _day(meetings[0]) == day
    assert set(meetings[0].participants) >= sides
    assert len([r for r in recs if r.kind is K.summit]) == 1


def test_near_miss_leaders_meeting_in_a_capital_stay_a_summit():
    recs = _recs("EU leaders will meet in Brussels on Thursday.")
    assert [r.kind for r in recs] == [K.summit]


def test_near_miss_a_day_of_a_visit_told_as_the_time_of_a_call_keeps_the_visit():
    recs = _recs("Macron and Merz spoke with allies on the final day of the German chancellor's state visit to France.")
    assert any(r.kind is K.visit and set(r.participants) == {"Germany", "France"} for r in recs)

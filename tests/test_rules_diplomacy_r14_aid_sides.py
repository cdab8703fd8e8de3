"""Round 14 (2 December, afternoon), diplomacy aid, sides and status: families described by the dev25
and dev26 analysts (dev26 C1, C2, C3, C4, C8; dev25 C6, C7, C8), each told here in fresh invented
sentences of several phrasings, with near-misses that must not change. Published on a Wednesday
(4 March 2026): "on Tuesday" gone by is 3 March, ahead it is 10 March."""

from __future__ import annotations

import datetime as dt

import pytest
from diplomacy_probes import diplomacy_of

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S

_PUB = "2026-03-04"


def _recs(text: str):
    return diplomacy_of(text, published=_PUB)


def _one(text: str):
    recs = _recs(text)
    assert len(recs) == 1, [(r.kind, r.participants, r.status) for r in recs]
    return recs[0]


def _day(rec) -> dt.date | None:
    return rec.date.start if rec.date else None


def _d(month: int, day: int) -> dt.date:
    return dt.date(2026, month, day)


# ---------------------------------------------------------------- dev26 C1: an aid decision with a delivery horizon
# Codebook 16: an aid decision announced as made is held, dated the day it was announced; "before the end
# of May", "by autumn", "to be delivered in 2027" date the deliveries (the description's business).

@pytest.mark.parametrize("text, day", [
    ("The Dutch defence minister said on Tuesday that the Netherlands would deliver two more Patriot launchers "
     "to Ukraine before the end of May.", _d(3, 3)),
    ("Estonia would hand over twelve more mortars to Ukraine by April, its defence ministry announced on Monday.",
     _d(3, 2)),
    ("Speaking alongside his Ukrainian counterpart on Tuesday, Portugal's minister said Lisbon would ship 20 "
     "armoured vehicles to Ukraine by autumn.", _d(3, 3)),
    ("Greece will deliver four more artillery systems to Ukraine no later than June, the minister told parliament "
     "on Monday.", _d(3, 2)),
    ("Sweden will fund three more Archer howitzer batches for Ukraine, to be delivered in 2027, the ministry said "
     "on Monday.", _d(3, 2)),
    ("Lithuania will send two radars to Ukraine within weeks, Vilnius said on Friday.", _d(2, 27)),
    ("Canada would ship 50 armoured vehicles to Ukraine by autumn, Ottawa's defence minister told reporters in "
     "Kyiv on Wednesday.", _d(3, 4)),
])
def test_dev26_c1_a_delivery_horizon_leaves_the_pledge_held_on_its_day(text, day):
    rec = _one(text)
    assert rec.kind is K.military_aid and rec.status is S.held and _day(rec) == day


@pytest.mark.parametrize("text, sides, day", [
    ("MADRID, Spain - Sanchez told Zelensky on Friday that Spain would provide 300 million euros in military aid "
     "to Ukraine, as NATO leaders closed their summit in The Hague.", ["Spain", "Ukraine"], _d(2, 27)),
    ("VIENNA, Austria - Wever told Zelensky on Tuesday that Belgium would give 150 million euros to Ukraine for "
     "generators, as EU leaders wrapped up their summit.", ["Belgium", "Ukraine"], _d(3, 3)),
    ("Frederiksen told Zelensky on Tuesday that Denmark would provide Ukraine with 200 million euros for air "
     "defence, as EU leaders closed their summit.", ["Denmark", "Ukraine"], _d(3, 3)),
])
def test_dev26_c1_a_summit_closing_around_the_pledge_is_its_time_not_its_side(text, sides, day):
    rec = _one(text)
    assert rec.kind is K.military_aid and rec.status is S.held
    assert sorted(rec.participants) == sorted(sides) and _day(rec) == day


@pytest.mark.parametrize("text, status", [
    ("Germany will send four IRIS-T systems to Ukraine in April.", S.planned),  # the delivery month is the event's
    ("Germany plans to send four IRIS-T systems to Ukraine by April.", S.planned),  # a plan, no decision
])
def test_dev26_c1_near_misses_a_plan_or_a_dated_delivery_stays_planned(text, status):
    assert _one(text).status is status


@pytest.mark.parametrize("text", [
    "Finland may consider sending more shells to Ukraine.",
    "The Dutch government will decide by Friday whether to send more F-16s to Ukraine.",
])
def test_dev26_c1_near_misses_no_decision_no_record(text):
    assert _recs(text) == []


# ---------------------------------------------------------------- dev26 C4: a hyphenated pair of demonyms
# "Serbian-Kosovar talks" names both sides (any state of the actor dictionary, and combining forms
# "Sino-", "Indo-", "Franco-"); with both sides known the postponement reads as stalled.

@pytest.mark.parametrize("text, sides, status", [
    ("Serbian-Kosovar talks set for Monday in Brussels were postponed indefinitely.",
     {"Serbia", "Kosovo", "Belgium"}, S.stalled),
    ("Armenian-Azerbaijani talks that Kazakhstan was due to host in Almaty on Saturday have been postponed.",
     {"Armenia", "Azerbaijan", "Kazakhstan"}, S.stalled),
    ("Georgian-Armenian negotiations that Qatar was to host in Doha on Sunday were called off.",
     {"Georgia", "Armenia", "Qatar"}, S.cancelled),
    ("Polish-Lithuanian talks were held in Vilnius on Monday.", {"Poland", "Lithuania"}, S.held),
    ("Sino-Russian talks were held in Beijing on Tuesday.", {"China", "Russia"}, S.held),
    ("Indo-Pakistani talks planned for Friday in Dubai have been postponed.",
     {"India", "Pakistan", "United Arab Emirates"}, S.stalled),
    ("Franco-German consultations due in Paris on Thursday were put off.", {"France", "Germany"}, S.stalled),
])
def test_dev26_c4_a_hyphenated_pair_names_both_sides(text, sides, status):
    rec = _one(text)
    assert set(rec.participants) == sides and rec.status is status


@pytest.mark.parametrize("text", [
    "Drones hit a Russian-made radar near the Polish-Ukrainian border.",
    "Polish-Ukrainian relations have soured.",
    "Hungarian-Slovak ties are close, the minister said.",
])
def test_dev26_c4_near_misses_a_pair_with_no_event_is_no_record(text):
    assert _recs(text) == []


def test_dev26_c4_near_miss_a_pair_in_the_topic_is_no_side():
    rec = _one("Zelensky met Merz in Berlin on Monday to discuss Russian-Ukrainian prisoner swaps.")
    assert set(rec.participants) == {"Ukraine", "Germany"}

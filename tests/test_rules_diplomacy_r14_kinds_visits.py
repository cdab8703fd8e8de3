"""Diplomacy kinds, visits and event-hood of round 14 (classes_dev25.md C1-C4, classes_dev26.md C5-C7, C9),
in general terms. Every sentence is written fresh for these tests, in several phrasings; each class has
near-misses that must not fire."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


def _one(text: str):
    recs = diplomacy_of(text)
    assert len(recs) == 1, [(r.kind, r.participants, r.status) for r in recs]
    return recs[0]


# ---------------------------------------------------------------- C1: a request made during a dated call
# The call is the occasion of the request, not the thing asked for: a phone_call, held, both states, dated.

@pytest.mark.parametrize("text, states", [
    ("Zelensky said he had asked Trump for Patriot systems during a phone call on Sunday.", {"Ukraine", "United States"}),
    ("Bolojan asked Tusk for shells in a telephone conversation on Wednesday.", {"Romania", "Poland"}),
    ("Zelensky pressed Rutte for more interceptors over the phone on Thursday.", {"Ukraine", "NATO"}),
    ("Poland's president asked Stubb for help with demining in a phone conversation yesterday.", {"Poland", "Finland"}),
    ("In a phone call on Tuesday, Sybiha asked his Dutch counterpart to send more drones.", {"Ukraine", "Netherlands"}),
    ("Frederiksen urged Merz to speed up deliveries of two IRIS-T batteries during a phone call on 27 February.",
     {"Denmark", "Germany"}),
    ("In a video call on Tuesday, Sybiha urged his Dutch counterpart to send more drones.", {"Ukraine", "Netherlands"}),
    ("Sybiha said he had requested winter generators from Norway's foreign minister in a phone call on Friday.",
     {"Ukraine", "Norway"}),
])
def test_c1_a_request_made_in_a_dated_call_keeps_the_call(text, states):
    rec = _one(text)
    assert rec.kind is K.phone_call and rec.status is S.held
    assert set(rec.participants) == states and rec.date is not None


@pytest.mark.parametrize("text", [
    "Kyiv asked for a phone call with Putin on Friday.",
    "Kyiv asked for a call with Putin.",
    "Zelensky asked allies for air defence at the summit.",
    "Zelensky asked allies for air defence during the summit.",
    "He will ask Merz for missiles when they next speak.",
])
def test_c1_a_call_asked_for_or_a_forum_stays_no_call(text):
    assert [r for r in diplomacy_of(text) if r.kind is K.phone_call and r.status is S.held] == []

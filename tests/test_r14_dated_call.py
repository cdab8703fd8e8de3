"""Round 14 (2 December, afternoon): a call cue followed by its date ("during a call on 27 February",
"in a call on 12 February", "during a phone call on Saturday") is the phone call of that day; "a call
on <someone> to ..." stays a demand. Fresh sentences, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomacy_probes import diplomacy_of
from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


@pytest.mark.parametrize("text,day", [
    ("Sandu said she had asked Meloni for help with gas supplies during a call on 27 February.", dt.date(2026, 2, 27)),
    ("Orban told reporters he had raised energy prices with Fico in a call on 12 February.", dt.date(2026, 2, 12)),
    ("During a call on February 26, Zelensky urged Starmer to speed up deliveries.", dt.date(2026, 2, 26)),
    ("The Latvian premier pressed Merz for more Patriots during a phone call on Saturday.", dt.date(2026, 2, 28)),
    ("Sybiha discussed sanctions with Barrot during a call on Thursday.", dt.date(2026, 2, 26)),
    ("Erdogan and Putin went over the grain corridor in a call on 3rd February.", dt.date(2026, 2, 3)),
])
def test_a_dated_call_is_the_phone_call(text, day):
    recs = diplomacy_of(text)
    assert [(r.kind, r.status, r.date.start if r.date else None) for r in recs] == [(K.phone_call, S.held, day)]


@pytest.mark.parametrize("text", [
    "The summit ended with a call on Russia to withdraw its troops.",
    "The ministers issued a call on 12 February for an immediate ceasefire.",
    "In a call on Moscow to free the prisoners, the envoys spoke in one voice.",
])
def test_a_call_on_someone_stays_a_demand(text):
    assert [r.kind for r in diplomacy_of(text)] != [K.phone_call]

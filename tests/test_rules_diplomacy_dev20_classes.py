"""Diplomacy failure classes of dev20 (classes_dev20.md, section C: C1, C3-C8), in general terms.
Every sentence is written fresh for these tests, in several phrasings; each class has near-misses
that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C1: nothing undertaken
# An intention denied on its noun or verb, a side's silence on (or comment on) another's gathering,
# a trip taken in place of the event, and a measure only urged: no record.

@pytest.mark.parametrize("text", [
    # a denied intention, on the noun ("no plans", "no intention") or the verb ("not planning")
    "A spokeswoman said Sanchez had no plans, at present, to phone Erdogan.",
    "Meloni has no intention, her aide said, of calling Lukashenko.",
    "The Kremlin said Putin has no plans for the moment to talk with Macron.",
    "There are no plans for Zelensky to visit Washington this month.",
    "Warsaw is not planning to hold talks with Minsk, the minister said.",
    "Orban is not about to meet Zelensky, his spokesman said.",
    "Erdogan is not going to meet Putin in Sochi, Ankara said.",
    # silence on, or a comment on, another's gathering
    "Moscow has not commented on Stubb's visit to Kyiv.",
    "The Kremlin has not yet reacted to the talks in Riyadh.",
    "Beijing offered no comment on Wang's trip to Moscow.",
    "Minsk has been silent on the meeting in Vilnius.",
    # travel in place of the event
    "Kellogg, meant to head the US team, travelled to Doha instead.",
    "The envoy, who was due to lead the delegation, flew to Cairo instead.",
    "Instead, Witkoff headed to Riyadh.",
    # a measure only urged
    "Tusk said the bloc should go further, urging a complete ban on Russian gas.",
    "Tusk has been urging a full ban on Russian oil imports since January.",
    "Tusk, urging an outright ban on imports of Russian LNG, said the cap was too weak.",
])
def test_c1_nothing_undertaken_is_no_record(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind, status", [
    ("Putin plans to speak with Macron on Friday.", K.phone_call, S.planned),
    ("Scholz visited Beijing on Monday instead of sending his deputy.", K.visit, S.held),
    ("The EU banned imports of Russian steel on Monday.", K.sanctions, S.held),
    ("Rutte, urging allies to spend more, arrived in Kyiv on Wednesday.", K.visit, S.held),
])
def test_c1_an_event_beside_those_words_stays(text, kind, status):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (kind, status)


def test_c1_an_appeal_then_a_verb_of_its_own_keeps_the_meeting():
    recs = diplomacy_of("Tusk urged calm and met Zelensky in Warsaw on Monday.")
    assert [r.kind for r in recs] == [K.meeting]

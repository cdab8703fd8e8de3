"""Diplomacy failure classes r9 (classes-r9.md, D1-D16), in general terms. Every sentence is
written fresh for these tests; each class has near-misses told in similar words that must not
change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- D2: a stance is no event
# Codebook rule 13 (ruling of 1 December 2026): readiness, openness, willingness, hope, a wish,
# not ruling out, a bare possibility — with nothing put to the other side — is no event.

@pytest.mark.parametrize("text", [
    "Minsk remains open to negotiations with Warsaw, the foreign ministry's spokeswoman said.",
    "Ankara would be glad to host another round of talks should both capitals ask for it.",
    "The chancellor did not exclude new sanctions on Russian lenders if the truce collapses.",
    "She hopes to travel to Kyiv before the winter.",
    "The Kremlin does not rule out another round of talks with Kyiv in Istanbul.",
    "A summit of the two leaders could take place in Budapest, the Kremlin spokesman said.",
    "EU capitals might sign off on new sanctions before the summer, diplomats said.",
    "Macron would like to visit Kyiv in the spring.",
    "Spain is willing to send more air defence systems to Ukraine.",
    "Vilnius is keen to host a summit of the Baltic leaders next year.",
    "The president said he was prepared for a meeting with Putin at any moment.",
    "Talks between the two delegations may resume in Geneva, a diplomat said.",
])
def test_a_stance_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind, status", [
    # what is put forward stays proposed
    ("Turkey on Tuesday offered to host the next round of talks in Antalya.", K.talks, S.proposed),
    ("Erdogan proposed a summit between Putin and Zelensky in Istanbul.", K.summit, S.proposed),
    ("Kyiv handed Washington a 12-point peace plan on Monday.", K.proposal, S.held),
    # a firm plan stays planned
    ("Macron will visit Kyiv on Tuesday.", K.visit, S.planned),
])
def test_an_offer_or_a_plan_next_to_a_stance_form_stays(text, kind, status):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (kind, status)


@pytest.mark.parametrize("text, kind", [
    ("Zelensky met Macron in Paris on Monday and said he was ready for more talks.", K.meeting),
    ("Merz spoke by phone with Starmer on Friday; both hope to meet in Berlin soon.", K.phone_call),
])
def test_an_event_told_beside_a_stance_is_kept(text, kind):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (kind, S.held)

"""Diplomacy failure classes found on an unseen set (issue 13, section C), in general terms: talks
told as consultations, sanctions and aid told without their canonical nouns, an event noun that is
only a topic or an attribution, a cancellation, a live-blog entry heading, the roles of mediators,
beneficiaries and sanctions targets, and a ministry readout's own state. Every sentence is written
fresh for these tests, in several phrasings, with negatives that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C7: consultations are talks

@pytest.mark.parametrize("text, sides, status", [
    ("Intergovernmental consultations between Slovakia and Ukraine will be held in Bratislava on 9 April.",
     {"Slovakia", "Ukraine"}, S.planned),
    ("Political consultations between the foreign ministries of Poland and Moldova took place in Chisinau on Tuesday.",
     {"Poland", "Moldova"}, S.held),
    ("Romania and Ukraine held a round of consultations on border crossings in Suceava on Friday.",
     {"Romania", "Ukraine"}, S.held),
    ("Japan and Ukraine will open a strategic dialogue in Tokyo next month.", {"Japan", "Ukraine"}, S.planned),
])
def test_consultations_between_governments_are_talks(text, sides, status):
    rec = one_record(text)
    assert rec.kind is K.talks and sides <= set(rec.participants) and rec.status is status


@pytest.mark.parametrize("text", [
    "The ministry opened public consultations on the new draft law on Monday.",
    "Patients in Lviv waited weeks for medical consultations, the clinic said.",
])
def test_consultations_of_no_state_are_no_event(text):
    assert diplomacy_of(text) == []

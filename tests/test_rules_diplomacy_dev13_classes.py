"""Diplomacy failure classes of dev13 (classes_dev13.md, section C), by concept: each class's whole
word family (tense, modal, voice, word order, other formats). Every sentence is written fresh for
these tests; each class has near-misses that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C2: states' delegations meeting are talks

@pytest.mark.parametrize("text, sides, status", [
    ("Negotiators from Kyiv and Moscow will meet in Doha on 9 April.", {"Ukraine", "Russia"}, S.planned),
    ("Security advisers of Japan, Canada and Ukraine gather in Ottawa next Tuesday.", {"Japan", "Canada", "Ukraine"}, S.planned),
    ("Armenian and Azerbaijani delegations are due in Almaty on Friday for a new round.", {"Armenia", "Azerbaijan"}, S.planned),
    ("Ukrainian and Russian delegations are expected in Geneva on 12 March.", {"Ukraine", "Russia"}, S.planned),
    ("Envoys of France and Germany will sit down in Berlin on Thursday.", {"France", "Germany"}, S.planned),
    ("Officials from Washington and Kyiv will be in Riyadh on Wednesday for a second round.", {"United States", "Ukraine"}, S.planned),
    ("The Turkish and Greek delegations are set to convene in Athens on 4 April.", {"Turkey", "Greece"}, S.planned),
    ("Advisers of the Polish and Czech leaders convened in Prague on Friday.", {"Poland", "Czech Republic"}, S.held),
    ("Delegations of Serbia and Kosovo gathered in Brussels on Thursday under EU mediation.", {"Serbia", "Kosovo"}, S.held),
])
def test_states_delegations_gathering_in_any_tense_are_talks(text, sides, status):
    rec = one_record(text)
    assert rec.kind is K.talks and rec.status is status
    assert sides <= set(rec.participants)


@pytest.mark.parametrize("text, kind", [
    ("NATO envoys will meet in Brussels on Friday.", K.meeting),  # an organisation's own gathering
    ("NATO defence ministers meet in Brussels on Thursday.", K.meeting),
    ("Sherpas of the G7 states convened in Rome on Monday.", K.meeting),
    ("Orbán is expected in Beijing on Monday.", K.visit),  # one travelling leader
    ("Zelensky met Macron in Paris on Monday.", K.meeting),
])
def test_an_organisations_gathering_or_a_leaders_trip_keeps_its_kind(text, kind):
    assert one_record(text).kind is kind

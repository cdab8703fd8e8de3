"""Diplomacy failure classes of dev18 (classes_dev18.md, C1-C8, A3), by concept. Every sentence is
written fresh for these tests, in several phrasings, with near-misses that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C1: who meets decides the kind
# Codebook rule 14: states' ministers, envoys, delegations, negotiators, advisers or officials
# meeting, or a leader receiving another state's minister, hold talks; `meeting` stays for an
# organisation's own sitting and for leaders who only meet.

@pytest.mark.parametrize("text, sides", [
    ("The Lithuanian president received Ukraine's foreign minister in Vilnius on Tuesday to discuss shells.",
     {"Lithuania", "Ukraine"}),
    ("The Polish president met the visiting Norwegian defence minister in Warsaw on Monday to discuss air defence.",
     {"Poland", "Norway"}),
    ("A delegation led by the Qatari envoy would meet the Ukrainian negotiating team in Doha on Friday.",
     {"Qatar", "Ukraine"}),
    ("The Czech and Slovak delegations agreed to meet Kyiv's negotiators together in Prague next week.",
     {"Czech Republic", "Slovakia", "Ukraine"}),
    ("Moldova's foreign minister met his Romanian counterpart in Chisinau on Thursday.", {"Moldova", "Romania"}),
    ("The Estonian defence minister met Ukraine's defence minister in Tallinn on Wednesday.", {"Estonia", "Ukraine"}),
    ("Ukrainian and Turkish defence ministers met in Ankara on Tuesday to discuss drone production.",
     {"Ukraine", "Turkey"}),
    ("Poland's foreign minister hosted his Ukrainian counterpart in Rzeszow on Friday.", {"Poland", "Ukraine"}),
    ("Zelensky received the Swedish defence minister in Kyiv on Thursday.", {"Ukraine", "Sweden"}),
    ("Qatar's delegation would meet the Ukrainian negotiators in Doha on Friday.", {"Qatar", "Ukraine"}),
])
def test_states_working_level_people_meeting_hold_talks(text, sides):
    rec = one_record(text)
    assert (rec.kind, set(rec.participants)) == (K.talks, sides)


@pytest.mark.parametrize("text", [
    "A new round between the Ukrainian and Russian negotiators was set for Monday in Istanbul.",
    "Another round with the Russian delegation in Istanbul is planned for Monday, Kyiv's negotiators said.",
    "A fresh round of negotiations between Kyiv and Moscow will open in Istanbul on Monday.",
])
def test_a_new_round_is_talks_and_the_city_hosts_them(text):
    rec = one_record(text)
    assert rec.kind is K.talks and {"Ukraine", "Russia", "Turkey"} <= set(rec.participants)


@pytest.mark.parametrize("text, kind", [
    ("EU agriculture ministers meet in Luxembourg on Monday.", K.meeting),
    ("NATO's council met in Brussels on Tuesday.", K.meeting),
    ("Zelensky met Macron in Paris on Monday.", K.meeting),
    ("The Slovak prime minister met the Hungarian prime minister in Bratislava on Monday.", K.meeting),
    ("The Swedish defence minister visited Kyiv on Thursday.", K.visit),
])
def test_an_organisations_sitting_leaders_meeting_and_a_visit_keep_their_kind(text, kind):
    assert one_record(text).kind is kind


@pytest.mark.parametrize("text", [
    "A new round of Russian strikes hit Kharkiv on Monday.",
    "Another round of sanctions on Moscow is due in Brussels next month.",
])
def test_a_round_of_strikes_or_sanctions_is_no_talks(text):
    assert all(r.kind is not K.talks for r in diplomacy_of(text))


def test_a_delegation_received_by_a_state_holds_talks():
    rec = one_record("Poland received a Ukrainian delegation on Monday.")  # moved here from the host-verb tests
    assert (rec.kind, set(rec.participants)) == (K.talks, {"Poland", "Ukraine"})

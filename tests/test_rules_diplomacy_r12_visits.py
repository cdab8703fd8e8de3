"""Diplomacy classes of dev21/dev22 on visits, aid, venues and postponements (classes_dev21.md C1,
C4, C6; classes_dev22.md C2-C5), in general terms. Every sentence is written fresh for these tests,
in several phrasings; each class has near-misses from ordinary wire copy that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- dev21 C1: the arrival family
# A visit told by how the visitor arrives (landed in, touched down in, got off / stepped off a train
# in, pulled into, was greeted in, arrives in, an onward leg "head on to"), the visitor named by
# nationality and office; arrivals of people or things that travel for no state are no visit.

@pytest.mark.parametrize("text, visitor, city", [
    ("The Irish taoiseach got off an overnight train in Odesa on Monday.", "Ireland", "Odesa"),
    ("The Dutch prime minister landed in Kyiv on Monday.", "Netherlands", "Kyiv"),
    ("Macron flew into Kyiv on Monday.", "France", "Kyiv"),
    ("Macron arrives in Kyiv on Monday.", "France", "Kyiv"),
    ("The Polish president was greeted in Vilnius on Monday by Nauseda.", "Poland", "Vilnius"),
    ("The Swedish king pulled into Odesa on Monday.", "Sweden", "Odesa"),
    ("Landing in Chisinau before noon, the Romanian president went straight to the parliament.", "Romania", "Chisinau"),
    ("The Finnish foreign minister touched down in Warsaw on Monday for a day of meetings.", "Finland", "Warsaw"),
    ("The Austrian chancellor stepped off a military plane in Riga on Monday.", "Austria", "Riga"),
    ("The train carrying Sanchez pulled into Kyiv on Monday morning.", "Spain", "Kyiv"),
    ("The Czech foreign minister will head on to Lviv on Saturday to open a rehabilitation centre.", "Czech Republic", "Lviv"),
])
def test_dev21_c1_an_arrival_of_a_state_traveller_is_a_visit(text, visitor, city):
    rec = one_record(text)
    assert rec.kind is K.visit
    assert visitor in rec.participants
    assert rec.location is not None and rec.location.name == city


def test_dev21_c1_the_visitor_named_by_office_in_the_next_sentence_joins_the_visit():
    recs = diplomacy_of("The prime minister got off the night train in Kyiv on Tuesday. "
                        "The Danish leader used the visit to announce new aid.")
    visits = [r for r in recs if r.kind is K.visit]
    assert len(visits) == 1 and {"Denmark", "Ukraine"} <= set(visits[0].participants)
    assert visits[0].location is not None and visits[0].location.name == "Kyiv"


@pytest.mark.parametrize("text", [
    "Refugees stepped off the train in Przemysl.",
    "Refugees arrived in Przemysl on Monday.",
    "The cargo landed in Rzeszow.",
    "Rescuers arrived in Kharkiv on Monday.",
    "Aid convoys arrived in Kherson on Monday.",
    "The first Polish trucks arrived in Lviv on Monday.",
    "US journalists arrived in Kyiv on Monday.",
    "A Russian drone landed in Kyiv on Monday.",
    "Debris from the missile landed in Lviv overnight.",
    "Evacuees from the front line got off a train in Dnipro on Sunday.",
])
def test_dev21_c1_an_arrival_of_no_state_traveller_is_no_visit(text):
    assert [r for r in diplomacy_of(text) if r.kind is K.visit] == []

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


# ---------------------------------------------------------------- dev22 C2: aid by a giving verb
# Money given to a state by any giving verb (provide with, give, allocate, donate, contribute, make
# available, pledge), the sum in any currency form, with or without a bracketed conversion after it;
# a state that only names a currency is no side; money given by no state, or only spent, is no aid.

@pytest.mark.parametrize("text, donor", [
    ("Sweden will provide Kyiv with SEK 500 million (about €44 million) for generators.", "Sweden"),
    ("Sweden will provide Kyiv with SEK 500 million for generators.", "Sweden"),
    ("Oslo pledged NOK 1 billion (roughly $95 million) in energy aid to Ukraine.", "Norway"),
    ("Norway will give Ukraine NOK 2 billion (about $190 million) for air defence, the government said on Monday.", "Norway"),
    ("Denmark is allocating DKK 300 million (€40 million) to Ukraine for transformers.", "Denmark"),
    ("The Netherlands will donate €20 million (about $22 million) to Ukraine for mobile boilers.", "Netherlands"),
    ("Finland will make available EUR 90 million ($98 million) to Ukraine for demining.", "Finland"),
    ("Japan will contribute $50 million (7.5 billion yen) to a fund for Ukraine's grid.", "Japan"),
    ("Canada earmarked C$200 million (about US$145 million) for Ukrainian air defence on Tuesday.", "Canada"),
    ("Poland gave Ukraine 300 million zlotys (about €70 million) for generators on Monday.", "Poland"),
])
def test_dev22_c2_money_given_to_a_state_is_aid(text, donor):
    rec = one_record(text)
    assert rec.kind is K.military_aid and rec.status is S.held
    assert set(rec.participants) == {donor, "Ukraine"}


@pytest.mark.parametrize("text", [
    "The grid operator said repairs would cost UAH 2 billion (about $48 million).",
    "Kyiv's city council gave UAH 40 million (about $1 million) to a Kyiv hospital on Monday.",
    "The Ukrainian government will provide UAH 2 billion for Ukrainian front-line towns.",
    "The charity donated $2 million to Ukrainian hospitals on Monday.",
    "The company gave €5 million (about $5.4 million) to its staff in Kyiv.",
    "Russia will spend $5 billion (about 450 billion roubles) on its drone programme.",
    "Repairs to the bridge will cost €30 million (about $33 million), Kyiv said.",
])
def test_dev22_c2_money_of_no_giving_state_is_no_aid(text):
    assert [r for r in diplomacy_of(text) if r.kind is K.military_aid] == []

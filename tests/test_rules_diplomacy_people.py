"""Diplomacy participants named through people and roles (fresh sentences written for these tests,
several phrasings each): surnames after a first mention, "<Country>'s <role> <Name>" and
"<role> of <Country>" learned from the text, counterparts, capitals and seats as metonyms, a
summons (host and the ambassador's state) and both sides of a call."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind


@pytest.mark.parametrize("text, sides", [
    # surname only, from the dictionary
    ("Merz and Erdogan met in Ankara on Friday.", {"Germany", "Turkey"}),
    ("Meloni received Stubb in Rome on Thursday for talks on energy.", {"Italy", "Finland"}),
    ("Tusk spoke by phone with Starmer on Sunday.", {"Poland", "United Kingdom"}),
    ("Sybiha and Wadephul held talks in Berlin on Tuesday.", {"Ukraine", "Germany"}),
    ("Fidan hosted Lavrov in Antalya on Tuesday.", {"Turkey", "Russia"}),
    ("Rubio met Sikorski in Warsaw on Wednesday.", {"United States", "Poland"}),
])
def test_leaders_named_by_surname(text, sides):
    assert set(one_record(text).participants) == sides


@pytest.mark.parametrize("text, sides", [
    # learned from the text: the dictionary does not know these people
    ("Moldova's President Ana Popescu met Romania's Prime Minister Ion Dragomir in Chisinau on Monday.",
     {"Moldova", "Romania"}),
    ("Foreign Minister Tomas Varga of Slovakia held talks with Foreign Minister Pal Kiss of Hungary on Monday.",
     {"Slovakia", "Hungary"}),
    ("Jan Novak, the Czech defence minister, met Lena Berg, Sweden's defence minister, in Prague on Monday.",
     {"Czech Republic", "Sweden"}),
    ("Brazil's Foreign Minister Rui Alves spoke by phone on Monday with Portugal's Foreign Minister Joao Reis.",
     {"Brazil", "Portugal"}),
])
def test_officials_bound_to_their_state_by_the_text(text, sides):
    assert set(one_record(text).participants) == sides


@pytest.mark.parametrize("text, sides", [
    ("Moldova's President Ana Popescu arrived in Kyiv on Monday. Popescu met Zelensky later that day.",
     {"Moldova", "Ukraine"}),
    ("Foreign Minister Pal Kiss of Hungary was in Beijing on Monday. Kiss held talks with Wang Yi there.",
     {"Hungary", "China"}),
    ("Romania's Prime Minister Ion Dragomir flew to Warsaw on Monday. Tusk and Dragomir met at the chancellery.",
     {"Romania", "Poland"}),
])
def test_a_person_learned_once_is_found_again_by_surname(text, sides):
    recs = diplomacy_of(text)
    assert recs and any(set(r.participants) >= sides for r in recs), [(r.kind, r.participants) for r in recs]


@pytest.mark.parametrize("text, sides", [
    ("Sybiha spoke by phone with his French counterpart on Monday.", {"Ukraine", "France"}),
    ("Lavrov met his Turkish counterpart in Antalya on Monday.", {"Russia", "Turkey"}),
    ("Healey held talks with his German counterpart in Berlin on Monday.", {"United Kingdom", "Germany"}),
    ("Wadephul called his Polish counterpart on Monday.", {"Germany", "Poland"}),
])
def test_a_counterpart_is_the_state_of_its_adjective(text, sides):
    assert set(one_record(text).participants) == sides


@pytest.mark.parametrize("text, sides", [
    ("The Kremlin and Beijing held talks on Monday on energy supplies.", {"Russia", "China"}),
    ("Beijing hosted talks with the Kremlin on Monday.", {"China", "Russia"}),
    ("Downing Street said Starmer spoke by phone with Zelensky on Monday.", {"United Kingdom", "Ukraine"}),
    ("The White House held talks with the Kremlin by phone on Monday.", {"United States", "Russia"}),
])
def test_capitals_and_seats_as_metonyms(text, sides):
    assert set(one_record(text).participants) == sides


@pytest.mark.parametrize("text, sides", [
    ("Russia's ambassador was summoned by the Foreign Office on Monday over the drone flights.",
     {"United Kingdom", "Russia"}),
    ("Poland summoned the Russian charge d'affaires on Monday after the drones crossed its border.",
     {"Poland", "Russia"}),
    ("The Russian envoy was called in to the Foreign Ministry in Helsinki on Monday.", {"Finland", "Russia"}),
    ("Estonia's foreign ministry summoned Russia's ambassador on Monday over the airspace violation.",
     {"Estonia", "Russia"}),
    ("Lithuania summoned the Belarusian charge d'affaires on Monday over the balloons.", {"Lithuania", "Belarus"}),
])
def test_a_summons_names_the_host_and_the_ambassadors_state(text, sides):
    rec = one_record(text)
    assert rec.kind is DiplomacyKind.diplomatic_protest and set(rec.participants) == sides


@pytest.mark.parametrize("text, sides", [
    ("Trump told Putin in a call on Monday that he wanted the fighting to stop.", {"United States", "Russia"}),
    ("Macron told Xi by phone on Monday that Europe would not accept the plan.", {"France", "China"}),
    ("In a call with Erdogan on Monday, Zelensky thanked Turkey for its mediation.", {"Turkey", "Ukraine"}),
    ("Starmer spoke by phone with Carney on Monday about the coalition.", {"United Kingdom", "Canada"}),
    ("Merz and Tusk spoke on the phone on Monday.", {"Germany", "Poland"}),
])
def test_both_sides_of_a_call(text, sides):
    rec = one_record(text)
    assert rec.kind is DiplomacyKind.phone_call and set(rec.participants) == sides


@pytest.mark.parametrize("text, sides", [
    ("Turkey's President Recep Tayyip Erdogan met Qatar's Emir Tamim bin Hamad Al Thani in Doha on Monday.",
     {"Turkey", "Qatar"}),
    ("Pope Leo received Zelensky at the Vatican on Monday.", {"Vatican City", "Ukraine"}),
    ("Saudi Crown Prince Mohammed bin Salman hosted Rubio in Riyadh on Monday.", {"Saudi Arabia", "United States"}),
    ("NATO Secretary General Mark Rutte met Zelensky in Kyiv on Monday.", {"NATO", "Ukraine"}),
    ("Kallas and Sybiha met in Brussels on Monday.", {"European Union", "Ukraine"}),
])
def test_heads_and_officials_of_states_and_organisations(text, sides):
    assert set(one_record(text).participants) == sides


@pytest.mark.parametrize("text, sides", [
    # the actor dictionary's office holders of 2025-2026, named without title or state
    ("Jaishankar and Sybiha met in New Delhi on Monday.", {"India", "Ukraine"}),
    ("Tsahkna spoke by phone with Budrys on Monday.", {"Estonia", "Lithuania"}),
    ("Valtonen hosted Malmer Stenergard in Helsinki on Monday.", {"Finland", "Sweden"}),
    ("Faisal bin Farhan met Lavrov in Riyadh on Monday.", {"Saudi Arabia", "Russia"}),
    ("Cardinal Pietro Parolin met Sybiha at the Vatican on Monday.", {"Vatican City", "Ukraine"}),
    ("Blanar held talks with Szijjarto in Bratislava on Monday.", {"Slovakia", "Hungary"}),
    ("Anita Anand met Yvette Cooper in Ottawa on Monday.", {"Canada", "United Kingdom"}),
    ("Catherine Vautrin met Pistorius in Berlin on Monday.", {"France", "Germany"}),
])
def test_office_holders_of_the_states_in_war_reporting(text, sides):
    assert set(one_record(text).participants) == sides


@pytest.mark.parametrize("text, sides", [
    # a full name in the dictionary, then the surname alone: the same person
    ("Yvette Cooper arrived in Kyiv on Monday. Cooper then met Sybiha.", {"United Kingdom", "Ukraine"}),
    ("Anita Anand flew to Warsaw on Monday. Anand held talks with Sikorski there.", {"Canada", "Poland"}),
    ("Catherine Vautrin was in Vilnius on Monday. Vautrin met her Lithuanian counterpart.", {"France", "Lithuania"}),
    ("Mohammed bin Abdulrahman Al Thani hosted Witkoff on Monday. Al Thani spoke afterwards.", {"Qatar", "United States"}),
    # surnames the dictionary does not list alone: learned from the full name earlier in the text
    ("Rajnath Singh was in Moscow on Monday. Later Singh met Lavrov.", {"India", "Russia"}),
    ("Jonathan Powell was in Kyiv on Monday. Later Powell met Umerov.", {"United Kingdom", "Ukraine"}),
    ("Julie Davis was at the ministry on Monday. Later Davis met Sybiha.", {"United States", "Ukraine"}),
])
def test_a_dictionary_person_is_found_again_by_surname(text, sides):
    recs = diplomacy_of(text)
    assert recs and any(set(r.participants) >= sides for r in recs), [(r.kind, r.participants) for r in recs]


@pytest.mark.parametrize("text, sides", [
    ("Zelensky received Macron in Kyiv on Monday.", {"Ukraine", "France"}),
    ("Chinese leader Xi Jinping hosted the Brazilian president in Beijing on Saturday.", {"China", "Brazil"}),
    ("Meloni welcomed her Polish counterpart to Rome on Monday.", {"Italy", "Poland"}),
])
def test_a_meeting_told_by_its_host(text, sides):
    rec = one_record(text)
    assert rec.kind is DiplomacyKind.meeting and set(rec.participants) == sides


@pytest.mark.parametrize("text", [
    "Ukraine received Patriot systems from Germany on Monday.",
    "Kyiv welcomed German air defence on Monday.",
    "Kyiv welcomed the EU leaders' decision on Monday.",
    "Kyiv welcomed the president's decision on Monday.",
])
def test_receiving_things_or_welcoming_decisions_is_no_meeting(text):
    assert all(r.kind is not DiplomacyKind.meeting for r in diplomacy_of(text))

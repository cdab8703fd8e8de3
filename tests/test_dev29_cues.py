"""Diplomacy cue vocabulary of the dev29 classes (classes_dev29.md, package P1): aid named by a package,
a nominal pledge or its payer (D1); a call with a time word before its partner (D2); a swap told as the
one just named, by its mediator in the passive or by the same number handed back (D3); a delegation of
a state's body received by its host (D4); a listing on an export-control list (D5); a vote that failed
again (D9, stalled); a superlative milestone "since" (D7, the word list). Every sentence is written fresh;
the near-misses must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of

from summariser import lexicon as lx
from summariser.backends.rules.diplomacy_milestone import running_total_since
from summariser.records import DiplomacyKind as K
from summariser.records import DiplomacyStatus as S

WEDNESDAY = "2026-03-04"


def _kinds(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return sorted((r.kind.value, tuple(sorted(r.participants)), r.status.value) for r in diplomacy_of(text, WEDNESDAY))


def _cue_kinds(text: str) -> set[str]:
    return {k.value for k, rx in lx.DIPLOMACY_CUES if rx.search(text)}


# ---------------------------------------------------------------- D1: aid without the word "aid"

@pytest.mark.parametrize("text, sides", [
    ("Lithuania's cabinet approved a military package worth 40 million euros on Tuesday, with shells and spares.",
     ("Lithuania",)),
    ("The Czech government signed off on a military package of 900 million crowns on Monday.", ("Czech Republic",)),
    ("Madrid said on Monday it would hand over a fresh package of support to Ukraine's army: trucks and mortar rounds.",
     ("Spain", "Ukraine")),
    ("Lisbon will deliver another package of assistance to Kyiv next week, the defence ministry said on Tuesday.",
     ("Portugal", "Ukraine")),
    ("The big news of the week was a Danish pledge of three more F-16 jets.", ("Denmark",)),
    ("Belgium's offer of 12 more armoured vehicles was confirmed by the ministry on Monday.", ("Belgium",)),
    ("Sixty field kitchens and 12 mobile hospitals financed by Canada reached Ukraine on Friday.", ("Canada", "Ukraine")),
    ("Ten ambulances paid for by the Swedish government arrived in Lviv on Thursday.", ("Sweden",)),
])
def test_a_donation_named_without_aid_is_military_aid(text, sides):
    recs = [r for r in diplomacy_of(text, WEDNESDAY) if r.kind is K.military_aid]
    assert len(recs) == 1 and set(sides) <= set(recs[0].participants), _kinds(text)


@pytest.mark.parametrize("text", [
    "A package of reforms was approved by the Ukrainian parliament on Monday.",
    "The opposition promised tax cuts on Monday.",
    "Talks on a package of EU membership steps stalled.",
    "An energy package for households was approved on Tuesday.",
    "The tanks that arrived in Bakhmut on Monday were Russian.",
    "He spoke on Monday of a Danish promise of peace.",
    "The cabinet will send a package of support to households hit by the blackout.",
    "Shahed drones supplied by Iran reached Kyiv overnight.",
    "Portugal may unveil a fresh military package by the spring, according to sources in Lisbon.",
])
def test_near_misses_of_a_donation_give_no_aid(text):
    assert "military_aid" not in _cue_kinds(text)


# ---------------------------------------------------------------- D2: a time word between verb and partner

@pytest.mark.parametrize("text", [
    "Sikorski talked this morning with Foreign Secretary Lammy about air defence.",
    "Macron talked earlier today with the Polish president about the ceasefire.",
    "The minister spoke on Monday with his Slovak counterpart.",
    "Starmer spoke yesterday evening to Chancellor Merz.",
])
def test_a_call_with_a_time_word_before_its_partner(text):
    assert K.phone_call in {r.kind for r in diplomacy_of(text, WEDNESDAY)}


@pytest.mark.parametrize("text", [
    "He spoke this morning with reporters in Kyiv.",
    "I spoke this morning with our soldiers at the front.",
    "She spoke yesterday with Ukrainian soldiers in Kharkiv.",
    "The president spoke on Tuesday to parliament about the budget.",
    "He spoke this afternoon with Reuters about the offensive.",
    "The premier holds talks today with the French president.",
])
def test_a_time_word_before_the_press_or_a_crowd_is_no_call(text):
    assert "phone_call" not in _cue_kinds(text)


def test_a_call_and_the_meeting_it_agreed_are_two_records():
    recs = diplomacy_of("The minister spoke on Monday with his Slovak counterpart, and they agreed that the two "
                        "teams would meet in Bratislava on 3 April.", WEDNESDAY)
    by_kind = {r.kind: r.status for r in recs}
    assert by_kind.get(K.phone_call) is S.held
    assert S.planned in {st for k, st in by_kind.items() if k is not K.phone_call}


# ---------------------------------------------------------------- D3: exchange phrases

@pytest.mark.parametrize("text", [
    "Kyiv and Moscow completed the swap on Saturday night, each side releasing 84 people.",
    "Ukraine got back 110 soldiers and four civilians and returned as many Russians, the ombudsman said.",
    "Russia released 95 Ukrainian servicemen and received the same number of its own troops on Sunday.",
    "Kyiv and Moscow carried out the exchange near the Belarusian border on Thursday.",
])
def test_a_swap_told_without_prisoners_is_an_exchange(text):
    assert K.prisoner_exchange in {r.kind for r in diplomacy_of(text, WEDNESDAY)}, _kinds(text)


def test_a_swap_brokered_in_the_passive_names_the_mediator():
    assert "prisoner_exchange" in _cue_kinds("The exchange had been brokered by Qatar, the ministry in Doha said.")
    assert "prisoner_exchange" in _cue_kinds("That swap was jointly mediated by the UAE and Saudi Arabia.")


@pytest.mark.parametrize("text", [
    "Artillery units carried out an exchange of fire near Kupiansk on Monday.",
    "The ministers conducted an exchange of views on Tuesday.",
    "The exchange rate was set by the central bank.",
    "The exchange of letters between the two presidents was completed on Friday.",
    "Refugees returned home to Kharkiv on Monday.",
    "The ferry brought home 300 people from Cyprus on Sunday.",
    "Residents brought home the harvest.",
    "The shelter took in as many people as it could.",
    "Poland received as many refugees as Germany.",
    "The ministry completed the exchange of ratification instruments with Poland on Monday.",
])
def test_near_misses_of_an_exchange(text):
    assert "prisoner_exchange" not in _cue_kinds(text)


# ---------------------------------------------------------------- D4: a delegation received by its host

@pytest.mark.parametrize("text, sides", [
    ("The prime minister welcomed a delegation of Japanese lawmakers in Kyiv on Wednesday.", {"Japan", "Ukraine"}),
    ("On Friday the Ukrainian foreign minister received a group of Bundestag deputies led by Anna Keller.",
     {"Germany", "Ukraine"}),
    ("Zelensky on Thursday received in Lviv a cross-party delegation of the US Congress.",
     {"United States", "Ukraine"}),
    ("A delegation of the Canadian parliament was received by the speaker of the Verkhovna Rada on Monday.",
     {"Canada", "Ukraine"}),
    ("On Tuesday, the Polish president received in Warsaw a delegation of Italian senators.", {"Italy", "Poland"}),
    ("The Estonian premier met with a delegation of Ukrainian MPs in Tallinn on Monday.", {"Estonia", "Ukraine"}),
])
def test_a_delegation_of_a_states_body_received_is_talks(text, sides):
    recs = diplomacy_of(text, WEDNESDAY)
    assert [r.kind for r in recs] == [K.talks] and sides <= set(recs[0].participants), _kinds(text)


@pytest.mark.parametrize("text", [
    "The hospital received a delegation of volunteers on Monday.",
    "The ministry received a delegation's letter on Monday.",
    "The ministry received reports of a delegation of Russian officials in Minsk.",
    "The mayor of Lviv welcomed a group of schoolchildren from Poland.",
    "The mayor met a group of volunteers from Poland on Monday.",
])
def test_near_misses_of_a_delegation_received(text):
    assert "talks" not in _cue_kinds(text)


# ---------------------------------------------------------------- D5: listings on an export-control list

@pytest.mark.parametrize("text", [
    "Tokyo added 14 firms from Kazakhstan and Armenia to its export-control list on Friday for routing chips to Russia.",
    "Washington placed eight Hong Kong trading houses on the Entity List over sales of drone engines to Moscow.",
    "The UK put 30 suppliers of machine tools on its trade blacklist on Monday.",
    "Canada imposed licence requirements on exports of ball bearings to Belarus and Russia.",
    "Seoul added five freight firms to the denied-parties list on Tuesday.",
])
def test_a_listing_on_an_export_control_list_is_sanctions(text):
    assert K.sanctions in {r.kind for r in diplomacy_of(text, WEDNESDAY)}, _kinds(text)


@pytest.mark.parametrize("text", [
    "The company is on a list of the world's largest exporters.",
    "The list of the dead grew on Monday.",
    "The item was added to the agenda on Monday.",
    "The governor put 20 towns on an evacuation list.",
    "The city added 40 streets to its list of renamed places.",
])
def test_near_misses_of_a_listing(text):
    assert "sanctions" not in _cue_kinds(text)


# ---------------------------------------------------------------- D9: a vote that failed again is stalled

@pytest.mark.parametrize("text", [
    "EU ambassadors again failed on Thursday to approve the twentieth sanctions package after Hungary withheld "
    "its consent.",
    "EU ambassadors failed once more to adopt the new sanctions package on Friday.",
    "EU ambassadors were unable to approve the new sanctions package on Friday.",
])
def test_a_measure_that_failed_again_is_stalled(text):
    recs = [r for r in diplomacy_of(text, WEDNESDAY) if r.kind is K.sanctions]
    assert recs and all(r.status is S.stalled for r in recs), _kinds(text)


@pytest.mark.parametrize("text", [
    "The ministers met in Geneva on Monday and could not agree on a ceasefire.",
    "Talks between Kyiv and Moscow ended on Monday in Istanbul without a deal.",
])
def test_a_gathering_held_without_a_deal_is_not_stalled(text):
    assert all(r.status is S.held for r in diplomacy_of(text, WEDNESDAY))


# ---------------------------------------------------------------- D7: the milestone "since"

@pytest.mark.parametrize("text", [
    "Chancellor Brandt arrived in Odesa on Monday, the first German leader to go there since the full-scale invasion.",
    "The Latvian premier flew into Kyiv on Saturday, his first trip since the war began.",
    "Ministers met in Chisinau on Wednesday for the largest gathering of its kind since 2022.",
])
def test_a_superlative_since_is_a_milestone(text):
    assert lx.AGGREGATE_SINCE.search(text) and not running_total_since(text, 0, len(text))


@pytest.mark.parametrize("text", [
    "Since the start of the invasion, Norway has delivered 40 howitzers.",
    "Canada has sent aid worth 4 billion dollars since 2022.",
    "Leaders have met six times since the war began.",
    "It was the first package this year; since the invasion Norway has given 40 howitzers.",
])
def test_a_running_total_since_is_no_milestone(text):
    assert lx.AGGREGATE_SINCE.search(text) and running_total_since(text, 0, len(text))

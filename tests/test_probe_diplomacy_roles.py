"""Metamorphic probes (issue 13, concept 1): the participants of a diplomacy record are states and
organisations, whether the text names them, their people, their offices, their capitals or their
ministries. Each group says one event many ways; the sides must not change with the wording.
All sentences are written fresh for these tests."""

from __future__ import annotations

import pytest
from diplomacy_probes import one_record

from summariser.records import DiplomacyKind as K


@pytest.mark.parametrize("text", [
    "Erdogan spoke with Zelensky on Sunday, his office said.",
    "The Turkish president spoke by phone with the Ukrainian leader on Sunday.",
    "Recep Tayyip Erdogan held a phone call with Volodymyr Zelensky on Sunday.",
    "In a phone call on Sunday, Erdogan told Zelensky that Turkey was ready to host talks.",
    "During a call on Sunday, the Turkish president told his Ukrainian counterpart that Ankara could host talks.",
    "Erdogan told Volodymyr Zelensky during their call on Sunday that Ankara could host talks.",
    "Ankara said Erdogan and Zelensky spoke for an hour on Sunday.",
])
def test_a_call_between_two_presidents_named_any_way(text):
    rec = one_record(text)
    assert rec.kind is K.phone_call and sorted(rec.participants) == ["Turkey", "Ukraine"]


@pytest.mark.parametrize("text, sides", [
    ("Zelensky met the Polish premier in Warsaw on Sunday.", ["Poland", "Ukraine"]),
    ("Zelensky spoke with the Dutch premier on Sunday.", ["Netherlands", "Ukraine"]),
    ("Zelensky met Britain's foreign secretary in Kyiv on Sunday.", ["Ukraine", "United Kingdom"]),
    ("Sybiha met the Chinese top diplomat in Beijing on Sunday.", ["China", "Ukraine"]),
    ("Zelensky met the Swiss head of state in Bern on Sunday.", ["Switzerland", "Ukraine"]),
    ("Zelensky met the Jordanian king in Amman on Sunday.", ["Jordan", "Ukraine"]),
    ("Zelensky met Spain's prime minister in Madrid on Sunday.", ["Spain", "Ukraine"]),
    ("Ukraine's top diplomat met his Hungarian counterpart in Budapest on Sunday.", ["Hungary", "Ukraine"]),
    ("Moscow's chief negotiator met Kyiv's envoy in Istanbul on Sunday.", ["Russia", "Turkey", "Ukraine"]),  # talks: the city's state hosts (rule 15)
])
def test_offices_by_any_of_their_names(text, sides):
    assert sorted(one_record(text).participants) == sides


@pytest.mark.parametrize("text, side", [
    ("Zelensky met Sanchez in Kyiv on Sunday.", "Spain"),
    ("Zelensky met Christopher Luxon on Sunday.", "New Zealand"),
    ("Zelensky met Javier Milei on Sunday.", "Argentina"),
    ("Zelensky spoke with Claudia Sheinbaum on Sunday.", "Mexico"),
    ("Zelensky spoke with Prabowo on Sunday.", "Indonesia"),
    ("Zelensky met Abdel Fattah al-Sisi in Cairo on Sunday.", "Egypt"),
    ("Zelensky met King Charles in London on Sunday.", "United Kingdom"),
    ("Zelensky met Guy Parmelin in Bern on Sunday.", "Switzerland"),
])
def test_leaders_named_only_by_name(text, side):
    assert sorted(one_record(text).participants) == sorted([side, "Ukraine"])


@pytest.mark.parametrize("text", [
    "The Foreign Office summoned Russia's ambassador on Sunday.",
    "Britain's Foreign Office summoned the Russian ambassador on Sunday over the drone incursion.",
    "Downing Street said the Russian envoy had been summoned to the Foreign Office on Sunday.",
    "London summoned Moscow's ambassador on Sunday.",
])
def test_a_summons_by_a_ministry_or_a_capital(text):
    rec = one_record(text)
    assert rec.kind is K.diplomatic_protest and sorted(rec.participants) == ["Russia", "United Kingdom"]


@pytest.mark.parametrize("text", [
    "150 Ukrainian soldiers returned home in an exchange with Russia on Sunday.",
    "One hundred and fifty Ukrainian servicemen came home on Sunday in the latest swap with Russia.",
    "Russia returned 150 Ukrainian prisoners on Sunday in exchange for 150 Russian servicemen.",
    "Ukraine brought home 150 defenders from Russian captivity on Sunday.",
    "Russia and Ukraine swapped 150 prisoners of war each on Sunday.",
])
def test_an_exchange_has_the_side_whose_people_came_home(text):
    rec = one_record(text)
    assert rec.kind is K.prisoner_exchange and sorted(rec.participants) == ["Russia", "Ukraine"]


def test_an_exchange_brokered_by_a_third_state_keeps_it():
    rec = one_record("150 Russian soldiers came home on Sunday in a swap mediated by the UAE.")
    assert "Russia" in rec.participants and "United Arab Emirates" in rec.participants


@pytest.mark.parametrize("text", [
    "Zelensky spoke with Erdogan on Sunday, discussing a possible new round of negotiations with Russia.",
    "Zelensky spoke with Erdogan on Sunday and discussed a prisoner exchange with Russia.",
    "Zelensky held a call with Erdogan on Sunday and discussed the war with Russia.",
])
def test_the_other_side_of_a_discussed_event_is_a_topic_not_a_side(text):
    assert sorted(one_record(text).participants) == ["Turkey", "Ukraine"]


def test_discussed_with_someone_names_the_one_spoken_to():
    assert sorted(one_record("Zelensky discussed new negotiations with Macron on Sunday.").participants) == ["France", "Ukraine"]


@pytest.mark.parametrize("text", [
    "Finland signed an agreement with Ukraine on Sunday.",
    "Finland's defence ministry signed an agreement with Ukraine on joint drone production on Sunday.",
    "Helsinki and Kyiv signed a defence agreement on Sunday.",
])
def test_an_agreement_signed_with_a_state_names_it_as_a_side(text):
    rec = one_record(text)
    assert rec.kind is K.agreement and sorted(rec.participants) == ["Finland", "Ukraine"]


def test_a_settlement_still_to_be_reached_names_no_side():
    text = "Zelensky met Stubb in Kyiv on Sunday to discuss any future peace agreement with Russia."
    assert "Russia" not in one_record(text).participants


@pytest.mark.parametrize("text", [
    "Zelensky hosted his Finnish counterpart in Kyiv on Sunday.",
    "The Finnish president was received by Zelensky in Kyiv on Sunday.",
    "Stubb and Zelensky met in Kyiv on Sunday.",
])
def test_a_meeting_told_by_either_side_or_in_the_passive(text):
    rec = one_record(text)
    assert rec.kind is K.meeting and sorted(rec.participants) == ["Finland", "Ukraine"]


@pytest.mark.parametrize("text", [
    "The presidents of Finland and Ukraine met in Kyiv on Sunday.",
    "The Finnish and Ukrainian presidents met in Kyiv on Sunday.",
    "The leaders of Finland and Ukraine met in Kyiv on Sunday.",
])
def test_heads_of_state_meeting_is_a_summit_in_either_word_order(text):
    rec = one_record(text)
    assert rec.kind is K.summit and sorted(rec.participants) == ["Finland", "Ukraine"]

"""Metamorphic probes (issue 13, concept 2): the kind of a diplomacy record comes from the event's
noun or verb, whatever the order of the words. Each group says one event in many phrasings; every
phrasing must give the same record. Negatives use the same verbs for something that is no event.
All sentences are written fresh for these tests."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


@pytest.mark.parametrize("text", [
    "Macron spoke by phone with Zelensky on Sunday.",
    "Macron and Zelensky held a phone conversation on Sunday.",
    "There was a phone call between Macron and Zelensky on Sunday.",
    "Macron telephoned Zelensky on Sunday.",
    "Macron called Zelensky on Sunday to discuss air defence.",
    "Zelensky received a call from Macron on Sunday.",
    "Zelensky got a phone call from Macron on Sunday.",
    "The Elysee said Macron and Zelensky spoke for an hour on Sunday.",
    "Macron and Zelensky talked about air defence on Sunday, the Elysee said.",
])
def test_a_call_in_any_phrasing_is_one_phone_call(text):
    rec = one_record(text)
    assert (rec.kind, rec.status, sorted(rec.participants)) == (K.phone_call, S.held, ["France", "Ukraine"])


@pytest.mark.parametrize("text", [
    "Trump called Zelensky a dictator on Sunday.",
    "Zelensky called Russia a terrorist state on Sunday.",
    "Residents called emergency services on Sunday after the strike.",
    "Zelensky and Macron spoke to reporters in Paris on Sunday.",
    "Zelensky and Macron spoke at a joint news conference on Sunday.",
    "Zelensky and Macron spoke of the need for more air defence.",
    "Ukraine and Russia spoke different languages at the table, officials joked.",
    "Trump and Zelensky talked tough on Sunday.",
])
def test_calling_names_or_speaking_to_the_press_is_no_call(text):
    assert not [r for r in diplomacy_of(text) if r.kind is K.phone_call]


@pytest.mark.parametrize("text", [
    "Polish President Karol Nawrocki hosted Zelensky in Warsaw on Sunday.",
    "Tusk welcomed Zelensky to Warsaw on Sunday.",
    "The Ukrainian president met the Polish prime minister in Warsaw on Sunday.",
    "Zelensky travelled to Warsaw on Sunday for talks with Donald Tusk.",
    "Zelensky sat down with Tusk in Warsaw on Sunday.",
])
def test_a_meeting_in_warsaw_has_both_sides(text):
    rec = one_record(text)
    assert rec.kind in (K.meeting, K.talks) and rec.status is S.held
    assert sorted(rec.participants) == ["Poland", "Ukraine"]


@pytest.mark.parametrize("text", [
    "Russia and Ukraine swapped 150 prisoners of war each on Sunday.",
    "Moscow and Kyiv traded 150 captives each on Sunday.",
    "Russia and Ukraine carried out a prisoner exchange on Sunday.",
])
def test_an_exchange_in_any_phrasing(text):
    rec = one_record(text)
    assert (rec.kind, rec.status, sorted(rec.participants)) == (K.prisoner_exchange, S.held, ["Russia", "Ukraine"])


@pytest.mark.parametrize("text, kind", [
    ("The EU unveiled a new package of sanctions against Russia on Sunday.", K.sanctions),
    ("Britain sanctioned 20 Russian oil tankers on Sunday.", K.sanctions),
    ("Germany unveiled a package of military aid for Ukraine on Sunday.", K.military_aid),
    ("Norway pledged another 200 million dollars for drones for Ukraine on Sunday.", K.military_aid),
    ("Warsaw summoned Moscow's envoy on Sunday over the drone incursion.", K.diplomatic_protest),
    ("Russia's ambassador to Poland was called in by the foreign ministry on Sunday.", K.diplomatic_protest),
    ("Kyiv and London signed a 100-year partnership deal on Sunday.", K.agreement),
])
def test_measures_take_their_kind_from_the_verb_and_noun(text, kind):
    rec = one_record(text)
    assert rec.kind is kind and rec.status is S.held and len(rec.participants) == 2


@pytest.mark.parametrize("text", [
    "Japan imposed new sanctions on Russian firms on Sunday.",
    "The Japanese government announced sanctions against 30 Russian firms on Sunday.",
    "Japan on Sunday blacklisted 30 Russian firms.",
    "Tokyo slapped fresh sanctions on Russian banks on Sunday.",
])
def test_sanctions_name_their_target_in_any_phrasing(text):
    rec = one_record(text)
    assert rec.kind is K.sanctions and sorted(rec.participants) == ["Japan", "Russia"]


@pytest.mark.parametrize("paused, resumed", [
    ("Germany paused deliveries of Patriot systems to Ukraine on Sunday.",
     "Germany resumed deliveries of Patriot systems to Ukraine on Sunday."),
    ("Germany halted arms shipments to Ukraine on Sunday.", "Germany restarted arms shipments to Ukraine on Sunday."),
    ("The US paused military aid to Ukraine on Sunday.", "The US resumed military aid to Ukraine on Sunday."),
])
def test_aid_paused_or_resumed_is_an_aid_decision_however_told(paused, resumed):
    stop, go = one_record(paused), one_record(resumed)
    assert stop.kind is go.kind is K.military_aid
    assert (stop.status, go.status) == (S.stalled, S.held)
    assert "Ukraine" in stop.participants and "Ukraine" in go.participants


@pytest.mark.parametrize("text", [
    "Germany will send four more air defence systems to Ukraine, the defence minister said on Sunday.",
    "Germany pledged more air defence systems for Ukraine on Sunday.",
    "Germany committed another 500 million euros to Ukraine's air defence on Sunday.",
    "Berlin will give Kyiv four more air defence systems, the defence minister said on Sunday.",
    "Four more air defence systems will go to Ukraine from Germany, the defence minister said on Sunday.",
    "Ukraine will receive four more air defence systems from Germany, the defence minister said on Sunday.",
])
def test_an_aid_pledge_told_from_giver_recipient_or_weapons_is_one_pledge(text):
    rec = one_record(text)
    assert (rec.kind, rec.status, sorted(rec.participants)) == (K.military_aid, S.held, ["Germany", "Ukraine"])
    assert str(rec.date.start) == "2026-03-01"

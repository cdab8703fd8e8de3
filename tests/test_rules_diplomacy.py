"""Diplomacy by concept: status from modality, an appeal is no event, participants through people
and roles (fresh sentences written for these tests, several phrasings each)."""

from __future__ import annotations

import pytest

from diplomacy_probes import diplomacy_of as _diplomacy
from summariser.records import DiplomacyKind, DiplomacyStatus


@pytest.mark.parametrize("text", [
    "President Volodymyr Zelensky urged European partners on Monday to impose new sanctions on Russian oil exports.",
    "Zelensky called on allies on Monday to send more military aid to Ukraine.",
    "Kyiv appealed to Washington for fresh military aid after the overnight strikes.",
    "The foreign minister pressed EU governments to adopt a new package of sanctions against Moscow.",
])
def test_an_appeal_is_not_the_event_appealed_for(text):
    assert _diplomacy(text) == []


@pytest.mark.parametrize("text, status", [
    ("Britain will impose sanctions on two more Russian oil companies, the government said on Monday.",
     DiplomacyStatus.planned),
    ("EU foreign ministers on Monday agreed a new package of sanctions against Russia.", DiplomacyStatus.held),
])
def test_sanctions_status_follows_modality(text, status):
    [rec] = _diplomacy(text)
    assert rec.kind is DiplomacyKind.sanctions and rec.status is status


@pytest.mark.parametrize("text", [
    "The European Union is ready to adopt a new package of sanctions against Russia, its foreign policy chief said.",
    "EU governments are prepared to approve new sanctions on Russian banks, diplomats said on Monday.",
])
def test_readiness_to_adopt_sanctions_is_no_event(text):
    # codebook rule 13 (ruling of 1 December 2026): a stance puts nothing forward (was `proposed`)
    assert _diplomacy(text) == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron told Zelensky by phone on Sunday that France would deliver more air defence systems.",
    "Macron phoned Zelensky on Sunday and said more air defence systems would follow.",
    "Zelensky spoke by phone with Emmanuel Macron on Sunday about air defence.",
])
def test_a_call_between_leaders_named_only_by_name(text):
    [rec] = _diplomacy(text)
    assert rec.kind is DiplomacyKind.phone_call and rec.status is DiplomacyStatus.held
    assert set(rec.participants) == {"France", "Ukraine"}


def test_a_call_keeps_its_own_status_not_that_of_what_was_said():
    [rec] = _diplomacy("The US president told Volodymyr Zelensky in a phone call on Sunday that more "
                       "Patriot systems would follow.")
    assert rec.status is DiplomacyStatus.held and set(rec.participants) == {"United States", "Ukraine"}


@pytest.mark.parametrize("text", [
    "Russia's ambassador was summoned by the Foreign Office in London on Monday over the drone incursion.",
    "The Foreign Office summoned Russia's ambassador on Monday over the drone incursion.",
])
def test_a_summons_names_both_sides(text):
    [rec] = _diplomacy(text)
    assert rec.kind is DiplomacyKind.diplomatic_protest
    assert set(rec.participants) == {"Russia", "United Kingdom"}


@pytest.mark.parametrize("text", [
    "Erdogan and Putin held a summit in Sochi on Sunday on grain exports through the Black Sea.",
    "Putin hosted Erdogan for a summit in Sochi on Sunday.",
])
def test_a_summit_of_two_presidents_named_by_name(text):
    [rec] = _diplomacy(text)
    assert rec.kind is DiplomacyKind.summit and set(rec.participants) == {"Turkey", "Russia"}


@pytest.mark.parametrize("text", [
    "Zelensky and Macron met in Paris on Monday to discuss air defence.",
    "Zelensky met Macron in Paris on Monday to discuss air defence.",
])
def test_a_meeting_of_two_leaders_named_by_name(text):
    [rec] = _diplomacy(text)
    assert rec.kind is DiplomacyKind.meeting and set(rec.participants) == {"France", "Ukraine"}


def test_a_headline_makes_no_diplomacy_record_of_its_own():
    text = ("Kremlin talks stall as Zelensky flies to Berlin and EU readies new sanctions\n"
            "EU ambassadors on Wednesday approved a new package of sanctions against Russia.")
    [rec] = _diplomacy(text)
    assert rec.kind is DiplomacyKind.sanctions and set(rec.participants) == {"European Union", "Russia"}

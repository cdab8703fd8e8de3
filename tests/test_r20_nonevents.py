"""Round 20 (classes_dev38 D8, D9; classes_dev37 D6, D9): event nouns that a sentence names on the way
to something else — a topic aside, a topic denied, the means of another happening, an outcome summed up
over earlier rounds, a condition of deployment, thanks for a habit of giving, a supply inside a
description, the reason of a refusal, a class of gatherings over a term of office. None opens a record;
the near-misses that tell the event itself keep it. And (dev38 D6) a period named as a comparison's
yardstick ("twice last year's number") dates nothing. Fresh sentences only."""

from __future__ import annotations

import datetime as dt

import pytest
from diplomacy_probes import diplomacy_of

from summariser.dates import find_dates
from summariser.records import DiplomacyKind as K


def _kinds(text: str, published: str = "2026-03-02") -> list[K]:
    return [r.kind for r in diplomacy_of(text, published)]


# --- D8a: an aside that goes on naming the topics ("…, including through …") -------------------------

@pytest.mark.parametrize("text", [
    "The two foreign ministers spoke by phone on Friday. They talked about ways to squeeze Moscow, including through "
    "a fresh round of EU sanctions.",
    "The envoys exchanged views on raising the pressure on the Kremlin, including via new restrictive measures on its banks.",
    "Both leaders discussed further steps against Russia, notably with another package of sanctions.",
])
def test_topic_aside_names_no_measure(text):
    assert K.sanctions not in _kinds(text)


def test_an_aside_with_its_own_decision_keeps_it():
    text = "The EU adopted new sanctions against Russian banks on Friday, including through an asset freeze."
    assert K.sanctions in _kinds(text)


# --- D8b: the event denied as a topic ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A ceasefire summit with Zelensky was not discussed in Geneva, the Kremlin spokesman said.",
    "A meeting between Putin and Zelensky had not been raised during the call, Moscow said on Tuesday.",
    "Talks with Kyiv were never brought up at the session, a Russian diplomat said.",
])
def test_event_denied_as_a_topic_is_no_event(text):
    assert not [k for k in _kinds(text) if k in (K.summit, K.meeting, K.talks)]


def test_a_topic_denied_keeps_the_decision_of_the_next_clause():
    text = "The issue of sanctions was not discussed, but on Monday the bloc approved a fresh sanctions package targeting Russian banks."
    assert K.sanctions in _kinds(text)


# --- D8c: talks as the means of another happening -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Thanks to talks brokered by Qatar, 12 Ukrainian children returned home, officials said.",
    "Following negotiations, 40 Ukrainian soldiers came home, the ministry said.",
    "Through talks mediated by the Vatican, several deported teenagers were reunited with their families.",
    "As a result of talks hosted by Turkey, grain ships resumed sailing, the ministry said.",
])
def test_talks_as_means_are_no_talks(text):
    assert K.talks not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Following talks in Abu Dhabi, Russian and Ukrainian officials agreed to swap more prisoners.",
    "After their talks in Rome on Monday, the Italian and Ukrainian premiers signed a memorandum.",
])
def test_placed_or_dated_talks_before_an_act_are_not_a_means(text):
    recs = diplomacy_of(text)
    assert recs, "the act (or the talks) must stay"


def test_means_near_miss_keeps_the_talks():
    text = "Russian and Ukrainian delegations held talks in Istanbul on Monday, officials said."
    assert K.talks in _kinds(text)


# --- D8d: events summed up as what earlier rounds produced -------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian and Ukrainian negotiators met in Doha twice in February. Those talks produced the largest prisoner "
    "exchanges so far.",
    "Delegations met three times in Istanbul last spring. The sessions brought prisoner swaps but no truce.",
    "The two sides met in Riyadh in January. These rounds have yielded several big prisoner exchanges.",
])
def test_outcome_of_background_talks_is_no_exchange(text):
    assert K.prisoner_exchange not in _kinds(text, "2025-09-10")


def test_one_dated_exchange_after_talks_stays():
    text = "Russia and Ukraine swapped 84 prisoners each on Monday after talks in Istanbul, officials said."
    assert K.prisoner_exchange in _kinds(text, "2025-09-10")


# --- D8e: a force whose going in is only a condition -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials say a reassurance force, under the coalition of the willing, could only go in after an armistice.",
    "A European reassurance force run by the coalition of the willing is to deploy only once the guns fall silent.",
    "Diplomats said a peacekeeping force of the coalition of the willing would be sent if a truce holds.",
])
def test_conditional_deployment_is_no_peacekeeping_record(text):
    assert K.peacekeeping not in _kinds(text)


def test_setting_up_a_force_stays_a_record():
    text = "Britain and France agreed on Tuesday to set up a reassurance force for Ukraine that would deploy after a ceasefire."
    assert K.peacekeeping in _kinds(text)


# --- D9b: thanks for a habit of giving -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zelensky on Tuesday thanked Denmark for devoting 1 percent of its GDP to military aid for Kyiv every single year.",
    "The president thanked Estonia for giving a quarter of a percent of its output to military aid for Kyiv each year.",
    "On Monday Zelensky praised Lithuania for its steady annual military aid to Ukraine.",
])
def test_thanks_for_a_habit_is_no_aid_decision(text):
    assert K.military_aid not in _kinds(text)


def test_thanks_for_a_new_package_announced_keeps_the_aid():
    text = "Zelensky thanked Norway on Monday for the new 500 million dollar air-defence package its minister announced that morning."
    assert K.military_aid in _kinds(text)


# --- D9a: a supply inside a description of listed parties -------------------------------------------

@pytest.mark.parametrize("text", [
    "The list names firms that supply Russia with microchips and engines for drones.",
    "Brussels also listed traders in third countries who provide Moscow with machine tools for shells.",
    "The measures target shipping companies accused of supplying Russia with drone parts.",
])
def test_supply_in_a_description_is_no_aid(text):
    assert K.military_aid not in _kinds(text)


def test_a_state_supplying_is_still_read():
    text = "Sweden sent 20 howitzers to Ukraine on Monday, the defence ministry said."
    assert K.military_aid in _kinds(text)


# --- dev37 D6: the gathering named in a refusal's reason -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Beijing announced in May that it would not participate, because the meeting ignored its terms.",
    "India declined to attend, saying the conference had been arranged without it.",
    "Brazil refused to take part, arguing that the summit favoured one side.",
])
def test_gathering_in_a_refusal_reason_is_no_record(text):
    assert not [k for k in _kinds(text, "2024-06-10") if k in (K.meeting, K.summit, K.talks)]


def test_a_held_meeting_told_after_the_refusal_stays():
    text = "China would not take part. Brazil and India met in Geneva on Monday for talks on the war."
    assert [k for k in _kinds(text, "2024-06-12") if k in (K.meeting, K.summit, K.talks)]


# --- dev37 D9: gatherings told as a class over a term of office ----------------------------------------

@pytest.mark.parametrize("text", [
    "Several governments said they will send junior officials to informal meetings Poland hosts during its presidency.",
    "Some capitals plan to downgrade their delegations to gatherings Poland organises during its term at the helm.",
    "Several states will send only diplomats to summits held under the Slovak chairmanship.",
])
def test_gatherings_over_a_presidency_are_no_record(text):
    assert not [k for k in _kinds(text, "2024-07-17") if k in (K.meeting, K.summit, K.talks)]


def test_one_dated_meeting_during_the_presidency_stays():
    text = "Hungary hosts an informal meeting of defence ministers in Budapest on Thursday during its presidency."
    assert K.meeting in _kinds(text, "2024-07-17") or K.talks in _kinds(text, "2024-07-17")


# --- dev38 D6: a period as the yardstick of a comparison dates nothing -----------------------------------

@pytest.mark.parametrize("text", [
    "Berlin will send 40 howitzers to Ukraine this year, twice last year's number, the minister said on Tuesday.",
    "London will deliver 5,000 drones to Ukraine this year, up from last year's total, the minister said on Tuesday.",
    "Oslo will fund 300 air-defence missiles for Ukraine, three times last year's figure, the premier said on Tuesday.",
    "Rome will send more shells to Ukraine than last year, the defence minister said on Tuesday.",
])
def test_a_comparison_with_last_year_keeps_the_aid_decision(text):
    assert K.military_aid in _kinds(text)


@pytest.mark.parametrize("text, words", [
    ("The pledge, double last month's figure, was confirmed on Friday.", ["on Friday"]),
    ("Deliveries rose compared with last year.", []),
    ("Norway pledged 20 tanks last year.", ["last year"]),
    ("Last year's pledge of 20 tanks was delivered in March.", ["Last year", "in March"]),
])
def test_yardstick_periods_are_no_date_mentions(text, words):
    assert [text[d.start:d.end] for d in find_dates(text, published=dt.date(2026, 3, 2))] == words


def test_a_met_verb_after_after_is_no_means():
    text = ("The strikes came a day after Zelensky met the French president at the Elysee Palace, where the two "
            "discussed air defence.")
    assert [k for k in _kinds(text) if k in (K.meeting, K.summit, K.talks)]


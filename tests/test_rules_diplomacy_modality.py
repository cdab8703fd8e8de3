"""Diplomacy kind from the event noun and verb, status from modality, no record for appeals,
denials, hypotheticals and background (fresh sentences written for these tests, several
phrasings each)."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


@pytest.mark.parametrize("text, kind", [
    ("Zelensky and Macron spoke by phone on Sunday.", K.phone_call),
    ("Macron phoned Zelensky on Sunday.", K.phone_call),
    ("Zelensky had a telephone conversation with Macron on Sunday.", K.phone_call),
    ("Zelensky held a call with Macron on Sunday.", K.phone_call),
    ("Ukrainian and Russian delegations held talks in Istanbul on Friday.", K.talks),
    ("Negotiators from Ukraine and the United States met in Geneva on Friday for a second round of talks.", K.talks),
    ("Sybiha met Barrot in Paris on Friday.", K.meeting),
    ("Tusk received Zelensky in Warsaw on Friday.", K.meeting),
    ("EU leaders gathered in Brussels for a summit on Friday.", K.summit),
    ("Merz and Macron attended a summit with Zelensky in London on Friday.", K.summit),
    ("Zelensky made a surprise visit to Ankara on Friday.", K.visit),
    ("Starmer arrived in Kyiv on Friday on an unannounced visit.", K.visit),
    ("Russia and Ukraine on Friday exchanged 150 POWs apiece.", K.prisoner_exchange),
    ("Ukraine and Russia swapped 84 captives on Friday in a deal brokered by the UAE.", K.prisoner_exchange),
    ("Ukraine received the bodies of 1,000 fallen soldiers from Russia on Friday in a repatriation.",
     K.prisoner_exchange),
    ("Russia handed over 500 bodies to Ukraine on Friday in exchange for 40.", K.prisoner_exchange),
    ("The EU adopted its 20th package of sanctions against Russia on Friday.", K.sanctions),
    ("Britain sanctioned 30 vessels of Russia's shadow fleet on Friday.", K.sanctions),
    ("Canada imposed sanctions on Russian banks on Friday.", K.sanctions),
    ("On Friday Germany unveiled fresh military aid worth 500 million euros for Ukraine.", K.military_aid),
    ("Norway pledged 1 billion kroner in air defence aid to Ukraine on Friday.", K.military_aid),
    ("Sweden delivered two more air defence systems to Ukraine on Friday.", K.military_aid),
    ("Latvia summoned the Russian ambassador on Friday.", K.diplomatic_protest),
    ("Romania handed a note of protest to the Russian embassy on Friday.", K.diplomatic_protest),
    ("Russia and Ukraine agreed a 30-day ceasefire on energy facilities on Friday.", K.agreement),
    ("Kyiv and Washington signed a minerals agreement on Friday.", K.agreement),
])
def test_kind_from_the_event_noun_and_verb(text, kind):
    assert one_record(text).kind is kind


@pytest.mark.parametrize("text, status", [
    ("Zelensky met Merz in Berlin on Sunday.", S.held),
    ("EU ambassadors agreed a new sanctions package on Sunday.", S.held),
    ("The EU adopted new sanctions against Russia on Sunday.", S.held),
    ("Ukraine and Russia exchanged 200 prisoners on Sunday.", S.held),
    ("Zelensky will meet Merz in Berlin on Friday.", S.planned),
    ("Zelensky is due to meet Merz in Berlin on Friday.", S.planned),
    ("A meeting between Zelensky and Merz is scheduled for Friday in Berlin.", S.planned),
    ("Talks between Ukraine and Russia are set for Friday in Istanbul.", S.planned),
    ("Zelensky is expected to travel to Berlin on Friday for talks with Merz.", S.planned),
    ("Turkey offered to host talks between Russia and Ukraine.", S.proposed),
    ("Erdogan proposed a summit between Putin and Zelensky in Istanbul.", S.proposed),
    ("The talks between Ukraine and Russia in Istanbul were postponed on Sunday.", S.stalled),
    ("Trump called off the summit with Putin in Budapest on Sunday.", S.cancelled),
    ("The Kremlin cancelled the meeting between Putin and Witkoff on Sunday.", S.cancelled),
])
def test_status_from_modality(text, status):
    assert one_record(text).status is status


@pytest.mark.parametrize("text", [
    "Merz said Germany was ready to send more air defence systems to Ukraine.",
    "Macron said France was prepared to host a summit on Ukraine in Paris.",
    "Erdogan hopes to host a meeting of Putin and Zelensky in Istanbul.",
    "The EU is considering new sanctions against Russian banks.",  # deliberation (dev21 C2): was `proposed`
])
def test_a_stance_is_no_event(text):
    # codebook rule 13 (ruling of 1 December 2026): readiness or hope puts nothing forward (was `proposed`)
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text", [
    # calls to action
    "Zelensky urged the EU to adopt new sanctions against Russian oil.",
    "Sybiha called on partners to impose sanctions on Russia's shadow fleet.",
    "Kyiv demanded that Washington send more Patriot missiles.",
    "Zelensky said Europe should impose tougher sanctions on Russian banks.",
    "Macron urged Putin to agree to talks with Zelensky.",
    "The Ukrainian foreign minister asked Germany to deliver Taurus missiles.",
    # denials
    "The Kremlin denied that Putin had spoken by phone with Trump.",
    "Peskov said no meeting between Putin and Zelensky was planned.",
    "Budapest denied reports that Orban had met Putin in secret.",
    "Ankara said there had been no talks with Moscow on the issue.",
    # hypotheticals
    "Zelensky said he would meet Putin only if Russia agreed to a ceasefire first.",
    "Any summit between Trump and Putin could take place only after a ceasefire, Rubio said.",
    "If Russia refuses, the EU could impose further sanctions, Kallas said.",
    "A meeting with Putin would be possible only after the fighting stops, Zelensky said.",
])
def test_no_record_for_appeals_denials_and_hypotheticals(text):
    assert diplomacy_of(text) == [], [(r.kind, r.participants, r.status) for r in diplomacy_of(text)]


@pytest.mark.parametrize("text", [
    "Russia and Ukraine have not held direct talks since the talks in Istanbul in 2022.",
    "Since the summit in Alaska last year, Trump and Putin have not met.",
    "The first round of talks in Istanbul in 2022 ended without a deal.",
    "Relations have soured since Putin's visit to Pyongyang in 2024.",
    "The sanctions imposed in 2022 have cut Russia's oil revenues.",
])
def test_background_diplomacy_is_not_a_new_event(text):
    assert diplomacy_of(text) == [], [(r.kind, r.participants, r.status, r.date) for r in diplomacy_of(text)]


@pytest.mark.parametrize("text", [
    ("Zelensky met Merz in Berlin on Monday. The two leaders discussed air defence. "
     "After the meeting, Merz said Germany would keep supporting Kyiv."),
    ("Macron and Zelensky spoke by phone on Monday. During the call, Macron promised more help. "
     "Zelensky thanked him for the conversation."),
    ("Turkey hosted talks between Russia and Ukraine in Istanbul on Monday. The talks lasted two hours. "
     "The Russian delegation left Istanbul after the talks."),
    ("Ukraine and Russia exchanged 300 prisoners on Monday. The swap was mediated by the UAE. "
     "It was the largest exchange this year."),
])
def test_one_event_told_in_several_sentences_is_one_record(text):
    recs = diplomacy_of(text)
    assert len(recs) == 1, [(r.kind, r.participants, r.status) for r in recs]


@pytest.mark.parametrize("text, kind, status, sides", [
    ("Zelensky spoke with Macron on Monday about air defence.", K.phone_call, S.held, {"Ukraine", "France"}),
    ("Sybiha talked to his Polish counterpart on Monday.", K.phone_call, S.held, {"Ukraine", "Poland"}),
    ("Sybiha and Barrot held a videoconference on Monday.", K.phone_call, S.held, {"Ukraine", "France"}),
    ("Zelensky and Merz met on the sidelines of the NATO summit in The Hague on Monday.", K.meeting, S.held,
     {"Ukraine", "Germany"}),
    ("Merz intends to travel to Kyiv later this month.", K.visit, S.planned, {"Germany", "Ukraine"}),
    ("Zelensky accepted an invitation to visit Tokyo in April.", K.visit, S.planned, {"Ukraine", "Japan"}),
    ("Putin invited Trump to Moscow for a summit.", K.summit, S.proposed, {"Russia", "United States"}),
    ("Japan announced new sanctions against Russian banks on Monday.", K.sanctions, S.held, {"Japan", "Russia"}),
    # a pledge by a plain future is made now (held); with a day ahead it is a planned delivery
    ("The Netherlands will send F-16 parts to Ukraine, its defence minister said on Monday.", K.military_aid,
     S.held, {"Netherlands", "Ukraine"}),
    ("Denmark will fund the production of Ukrainian howitzers, Poulsen said on Monday.", K.military_aid,
     S.held, {"Denmark", "Ukraine"}),
    ("The Netherlands will send F-16 parts to Ukraine in May, its defence minister said on Monday.", K.military_aid,
     S.planned, {"Netherlands", "Ukraine"}),
    ("Russia expelled two Estonian diplomats on Monday.", K.diplomatic_protest, S.held, {"Russia", "Estonia"}),
])
def test_more_ways_war_reporting_tells_an_event(text, kind, status, sides):
    rec = one_record(text)
    assert (rec.kind, rec.status, set(rec.participants)) == (kind, status, sides)


@pytest.mark.parametrize("text", [
    "Zelensky spoke to Reuters on Monday about the talks.",
    "Zelensky spoke to reporters in Kyiv on Monday.",
])
def test_speaking_to_the_press_is_no_call(text):
    assert all(r.kind is not K.phone_call for r in diplomacy_of(text))


@pytest.mark.parametrize("text, kind, status, sides", [
    ("The Kremlin said Putin and Trump had a frank phone conversation on Tuesday.", K.phone_call, S.held,
     {"Russia", "United States"}),
    ("Beijing said Wang Yi would travel to Moscow next week for talks with Lavrov.", K.talks, S.planned,
     {"China", "Russia"}),
    ("The Polish prime minister and the German chancellor met in Berlin on Tuesday.", K.meeting, S.held,
     {"Poland", "Germany"}),
    ("The US secretary of state will meet his Russian counterpart in Riyadh next week.", K.talks, S.planned,
     {"United States", "Russia", "Saudi Arabia"}),  # two states' ministers hold talks the city's state hosts (rules 14, 15)
    ("Trump and Zelensky are due to speak by phone on Wednesday.", K.phone_call, S.planned,
     {"United States", "Ukraine"}),
    ("Budapest was named as the venue for a possible Trump-Putin summit.", K.summit, S.proposed,
     {"Hungary", "United States", "Russia"}),
    ("Moscow rejected the European ceasefire proposal on Tuesday.", K.proposal, S.cancelled, {"Russia"}),
])
def test_capitals_roles_and_modality_together(text, kind, status, sides):
    rec = one_record(text)
    assert (rec.kind, rec.status, set(rec.participants)) == (kind, status, sides)


@pytest.mark.parametrize("text", [
    "The White House said Trump had not decided whether to meet Putin.",
    "Reporters asked whether talks with Moscow would resume this week.",
    "Ankara has yet to say whether it will host the summit.",
])
def test_an_undecided_event_is_no_record(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text", [
    ("Zelensky arrived in Berlin on Monday on an official visit. He held talks with Merz at the chancellery."),
    ("Merz travelled to Kyiv on Monday. In Kyiv, Merz and Zelensky held talks on air defence."),
])
def test_a_visit_made_and_the_talks_held_during_it_are_two_records(text):
    # classes r9, D4: the trip and the talks are separate records (these asserted one talks record before)
    recs = diplomacy_of(text)
    assert sorted(r.kind.value for r in recs) == ["talks", "visit"], [(r.kind, r.participants) for r in recs]


@pytest.mark.parametrize("text", [
    ("Grain prices fell on the eve of Sybiha's visit to London. Sybiha and Cooper are expected to hold "
     "talks in London on Thursday."),
    ("Ahead of his visit to Ankara, Sybiha spoke to the press on Monday. He will hold talks with Fidan "
     "in Ankara on Tuesday."),
])
def test_a_visit_still_to_come_and_the_talks_planned_there_are_one_talks_record(text):
    recs = diplomacy_of(text)
    assert len(recs) == 1 and recs[0].kind is K.talks, [(r.kind, r.participants, r.status) for r in recs]


@pytest.mark.parametrize("text, sides", [
    ("The OSCE permanent council is due to meet on Thursday at Poland's request.", {"OSCE", "Poland"}),
    ("EU foreign ministers will meet on Thursday to discuss the loan for Ukraine.", {"European Union"}),
    ("Zelensky and Tusk are expected to meet this week in Warsaw.", {"Ukraine", "Poland"}),
    # (r22: "would meet … again soon" with no day or place is a stance, codebook 16 ruling of 2 December 2026)
    ("Erdogan said he would meet Putin again next week.", {"Turkey", "Russia"}),
])
def test_a_meeting_told_by_the_bare_verb_and_its_time(text, sides):
    rec = one_record(text)
    assert (rec.kind, rec.status, set(rec.participants)) == (K.meeting, S.planned, sides)


@pytest.mark.parametrize("text, kind, status, sides", [
    ("The Pentagon approved the sale of 3,350 extended-range missiles to Ukraine on Monday.", K.military_aid,
     S.held, {"United States", "Ukraine"}),
    ("The UK unveiled sanctions on Monday targeting 20 Russian oil tankers.", K.sanctions, S.held,
     {"United Kingdom", "Russia"}),
    ("The European Council extended economic sanctions on Russia for six months on Monday.", K.sanctions, S.held,
     {"European Union", "Russia"}),
    ("Washington slapped sanctions on two Russian oil majors on Wednesday.", K.sanctions, S.held,
     {"United States", "Russia"}),
    ("Orban travelled to Moscow on Friday to meet Putin.", K.visit, S.held, {"Hungary", "Russia"}),
])
def test_measures_name_their_target_and_a_weekday_is_no_headline_subject(text, kind, status, sides):
    rec = one_record(text)
    assert (rec.kind, rec.status, set(rec.participants)) == (kind, status, sides)


@pytest.mark.parametrize("text", [
    "Zelensky thanked Norway for its military aid.",
    "Sybiha said Kyiv was grateful to Berlin for the air defence aid.",
    "Russia has repeatedly warned the West against sending weapons to Ukraine.",
    "Since the outbreak of the war, Berlin has given Kyiv over 40 billion euros of military aid.",
    "Since Russia's invasion, Britain has imposed sanctions on more than 2,000 Russian individuals.",
    "Germany is Ukraine's second-largest supplier of military aid after the United States.",
    "Zelensky has repeatedly called for a meeting with Putin.",
    "Moscow says any peacekeeping force would be a legitimate target.",
])
def test_thanks_warnings_totals_and_descriptions_are_no_event(text):
    assert diplomacy_of(text) == [], [(r.kind, r.participants, r.status) for r in diplomacy_of(text)]


@pytest.mark.parametrize("text, kind, status", [
    ("Lavrov dismissed the European peace plan as unrealistic.", K.proposal, S.cancelled),
    ("Peskov said Moscow had proposed new negotiations, but it rejected any truce.", K.talks, S.proposed),
])
def test_a_status_word_in_another_clause_is_not_the_events(text, kind, status):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (kind, status)

"""Diplomacy recall on unseen wire copy (issue 13): each concept of diplomatic reporting in several
fresh phrasings, with near-misses that must not fire — sanction actions as a family (adopt, renew,
lift, draft), aid as financing and increases, meetings told by scheduling verbs, signings,
calls as conversations, relative days, "we" in a joint statement, a summons' own two sides,
invitations and the topics of talks as no events. Every sentence is written fresh for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from diplomacy_probes import diplomacy_of

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S

# diplomacy_of publishes on Monday 2 March 2026.
SAT, SUN, MON = dt.date(2026, 2, 28), dt.date(2026, 3, 1), dt.date(2026, 3, 2)


def _brief(text: str) -> list[tuple[K, S, set[str]]]:
    return [(r.kind, r.status, set(r.participants)) for r in diplomacy_of(text)]


# ---------------------------------------------------------------- sanction actions as a family

@pytest.mark.parametrize("text, sides", [
    ("Washington lifted sanctions on two Belarusian potash producers on Friday.", {"United States", "Belarus"}),
    ("Ottawa has eased some of its sanctions on Syrian state banks, the government said.", {"Canada", "Syria"}),
    ("Ottawa extended its roster of personal sanctions on Russian judges on Tuesday.", {"Canada", "Russia"}),
    ("EU envoys approved the renewal of sectoral sanctions against Russia last Thursday.", {"European Union", "Russia"}),
    ("The European Council decided to prolong the economic sanctions on Russia for six more months.",
     {"European Union", "Russia"}),
    ("Britain renewed its sanctions on Russian shipping firms on Monday.", {"United Kingdom", "Russia"}),
    ("Sanctions on Iranian drone makers were extended by Japan until next year.", {"Japan", "Iran"}),
])
def test_a_sanction_action_of_any_verb_is_a_held_decision(text, sides):
    recs = _brief(text)
    assert [(k, st) for k, st, _ in recs] == [(K.sanctions, S.held)]
    assert sides <= recs[0][2]


def test_suspending_sanctions_is_a_decision_not_a_stall():
    assert _brief("The EU suspended sanctions on Syrian airlines on Friday.")[0][:2] == (K.sanctions, S.held)


@pytest.mark.parametrize("text", [
    "US senators unveiled draft legislation last Wednesday that would impose sweeping sanctions on buyers of Russian oil.",
    "A bill tabled in Congress would sanction Russian banks that finance the war.",
    "Lawmakers drafted a law that would slap sanctions on Georgian officials.",
])
def test_a_measure_in_draft_is_proposed(text):
    assert [(k, st) for k, st, _ in _brief(text)] == [(K.sanctions, S.proposed)]


def test_a_bill_that_passed_is_held():
    text = "The Senate passed a bill on Tuesday that imposes sanctions on Russian oil buyers."
    assert [(k, st) for k, st, _ in _brief(text)] == [(K.sanctions, S.held)]


@pytest.mark.parametrize("text", [
    "The minister said sanctions alone would not end the war.",
    "Kyiv urged its partners to extend the sanctions on Russia.",
])
def test_sanctions_talked_of_or_asked_for_are_no_decision(text):
    assert _brief(text) == []


# ---------------------------------------------------------------- aid: financing and increases

@pytest.mark.parametrize("text, donor", [
    ("The Netherlands will finance the purchase of air defence interceptors for Ukraine, its defence minister said.",
     "Netherlands"),
    ("Norway is increasing its support to Ukraine by a further 500 million crowns, the government said.", "Norway"),
    ("Denmark is paying for the production of artillery shells for Ukraine's army.", "Denmark"),
    ("Sweden boosted its military aid to Kyiv on Monday.", "Sweden"),
])
def test_aid_told_as_financing_or_an_increase(text, donor):
    recs = _brief(text)
    assert [k for k, _, _ in recs] == [K.military_aid]
    assert {donor, "Ukraine"} <= recs[0][2]


def test_aid_delivered_without_its_recipient_goes_to_ukraine_in_a_war_article():
    text = ("Russian drones struck Kharkiv overnight, Ukraine said. Sweden has delivered the first batch of "
            "Archer howitzers, its defence ministry announced over the weekend.")
    aid = [r for r in diplomacy_of(text) if r.kind is K.military_aid]
    assert len(aid) == 1 and set(aid[0].participants) == {"Sweden", "Ukraine"}
    assert aid[0].date is not None and (aid[0].date.start, aid[0].date.end) == (SAT, SUN)


def test_support_for_a_cause_is_no_aid():
    assert _brief("France is increasing its support for a ceasefire, Macron said.") == []


# ---------------------------------------------------------------- meetings, signings, visits, calls

@pytest.mark.parametrize("text", [
    "NATO defence chiefs are due to convene again in Brussels on 12 March.",
    "NATO defence ministers will convene in Brussels on Thursday.",
    "NATO's council reconvened in Brussels on Monday.",
])
def test_a_gathering_told_by_its_scheduling_verb(text):
    recs = _brief(text)
    assert [k for k, _, _ in recs] == [K.meeting]


@pytest.mark.parametrize("text, status", [
    ("Under the memorandum of understanding signed today, Poland and Ukraine will jointly produce drones.", S.held),
    ("Kyiv and Vilnius signed a memorandum on drone production on Monday.", S.held),
    ("The accord the two ministers inked in Rome on Monday covers energy.", S.held),
    ("Kyiv and Vilnius are expected to sign a memorandum on drone production next week.", S.planned),
])
def test_a_signing_is_held_when_told_as_done(text, status):
    recs = _brief(text)
    assert [(k, st) for k, st, _ in recs] == [(K.agreement, status)]


@pytest.mark.parametrize("text", [
    "Macron said he had a conversation with Putin on Sunday.",
    "Starmer held a lengthy phone conversation with Erdogan on Sunday.",
    "Meloni has had a call with Zelensky, her office said on Sunday.",
])
def test_a_call_told_as_a_conversation(text):
    recs = diplomacy_of(text)
    assert [r.kind for r in recs] == [K.phone_call] and len(recs[0].participants) == 2


def test_later_that_day_takes_the_day_and_the_subject_of_the_event_just_told():
    recs = diplomacy_of("Zelensky met Merz in Berlin on Sunday. Later that day he spoke by phone with Trump.")
    call = recs[-1]
    assert call.kind is K.phone_call and set(call.participants) == {"Ukraine", "United States"}
    assert call.date is not None and call.date.start == SUN


@pytest.mark.parametrize("text, day", [
    ("Sybiha met Barrot in Paris on Friday. The day before, he had spoken by phone with Rubio.", dt.date(2026, 2, 26)),
    ("Sybiha met Barrot in Paris on Friday. The following day he spoke by phone with Rubio.", SAT),
])
def test_the_day_before_and_after_are_counted_from_the_event_just_told(text, day):
    call = diplomacy_of(text)[-1]
    assert call.kind is K.phone_call and call.date is not None and call.date.start == day


def test_talks_that_resumed_were_held():
    recs = _brief("Talks between Russia and Ukraine resumed in Istanbul on Monday.")
    assert [(k, st) for k, st, _ in recs] == [(K.talks, S.held)]


# ---------------------------------------------------------------- who: "we", summons, mediators

@pytest.mark.parametrize("text", [
    'Estonia, Latvia and Lithuania issued a joint statement on Sunday. "We will hold our next meeting in Vilnius '
    'in May," it said.',
    "Finland, Sweden and Norway signed a joint declaration. Our next summit will take place in Oslo in June.",
])
def test_we_in_a_joint_statement_are_its_signatories(text):
    recs = [r for r in diplomacy_of(text) if r.status is S.planned]
    assert len(recs) == 1 and len(recs[0].participants) == 3


def test_we_of_an_unnamed_speaker_names_no_side():
    text = ('Finland, Sweden and Norway signed a joint declaration on Monday. "We have been here before," one '
            "official said, recalling the prisoner exchanges of the spring.")
    assert all(r.kind is not K.prisoner_exchange for r in diplomacy_of(text))


@pytest.mark.parametrize("text, sides, seat", [
    ("Poland's foreign ministry summoned the Russian ambassador after a drone strike on Ukraine's Lviv killed two.",
     {"Poland", "Russia"}, "Warsaw"),
    ("Romania summoned Russia's envoy over drone debris that fell near the Ukrainian border.",
     {"Romania", "Russia"}, "Bucharest"),
    ("The Russian charge d'affaires was summoned to the Moldovan foreign ministry after drones hit Ukrainian ports.",
     {"Moldova", "Russia"}, "Chisinau"),
])
def test_a_summons_names_its_two_sides_and_the_summoner_s_capital(text, sides, seat):
    recs = diplomacy_of(text)
    assert [r.kind for r in recs] == [K.diplomatic_protest]
    assert set(recs[0].participants) == sides
    assert recs[0].location is not None and recs[0].location.name == seat


@pytest.mark.parametrize("text", [
    "The bodies of 1,000 soldiers were repatriated to Ukraine from Russia with the mediation of the ICRC, Kyiv said.",
    "Russia handed over the remains of 900 servicemen to Ukraine in a repatriation facilitated by the Red Cross.",
])
def test_a_mediator_takes_part_in_a_repatriation(text):
    recs = diplomacy_of(text)
    assert [r.kind for r in recs] == [K.prisoner_exchange]
    assert "International Committee of the Red Cross" in recs[0].participants


# ---------------------------------------------------------------- no events: invitations, topics

@pytest.mark.parametrize("text", [
    "Zelensky invited Trump to visit Kyiv to see the damage for himself.",
    "Sandu has invited the German chancellor to visit Chisinau.",
    "Tusk repeated his invitation to Xi to visit Warsaw.",
])
def test_an_invitation_to_visit_is_no_visit(text):
    assert _brief(text) == []


def test_an_accepted_invitation_is_a_planned_visit():
    assert [(k, st) for k, st, _ in _brief("Sandu accepted an invitation to visit Berlin in April.")] == [(K.visit, S.planned)]


@pytest.mark.parametrize("second", [
    "The talks had also covered Moldova's path to membership of the EU, the ministry said.",
    "Their meeting focused on sanctions against Russia.",
    "The call also touched on talks with the EU on energy.",
])
def test_the_topics_of_an_event_told_before_are_no_events(second):
    recs = diplomacy_of("Sybiha and Barrot held talks in Paris on Monday. " + second)
    assert len(recs) == 1 and set(recs[0].participants) == {"Ukraine", "France"}


@pytest.mark.parametrize("second", [
    "The repatriation was carried out with the help of the ICRC.",
    "Geneva-based ICRC staff acted as intermediaries.",
    "The Red Cross facilitated the handover, Kyiv said.",
])
def test_a_mediator_told_in_the_next_sentence_joins_the_exchange(second):
    recs = diplomacy_of("Ukraine received the bodies of 1,000 fallen soldiers from Russia on Thursday. " + second)
    assert [r.kind for r in recs] == [K.prisoner_exchange]
    assert "International Committee of the Red Cross" in recs[0].participants
    assert len(recs[0].evidence) == 2


def test_an_organisation_named_after_a_call_is_no_mediator():
    recs = diplomacy_of("Macron spoke by phone with Zelensky on Sunday. The EU facilitated grain exports, Macron said.")
    assert [set(r.participants) for r in recs] == [{"France", "Ukraine"}]


@pytest.mark.parametrize("text", [
    "Zelensky says he has spoken with Trump, and the two agreed to meet soon.",
    "Zelensky said he had spoken with Trump on Sunday, and they will meet in Rome next month.",
])
def test_the_modality_of_a_second_clause_is_not_the_call_s(text):
    recs = [r for r in diplomacy_of(text) if r.kind is K.phone_call]
    assert len(recs) == 1 and recs[0].status is S.held


@pytest.mark.parametrize("text", [
    "Foreign ministers of the G7 are next due to gather in Canada in April.",
    "EU leaders will gather in Brussels on Thursday for a summit.",
])
def test_a_gathering_to_come_is_planned(text):
    recs = diplomacy_of(text)
    assert len(recs) == 1 and recs[0].status is S.planned


def test_people_who_gathered_are_no_meeting():
    assert diplomacy_of("Crowds gathered in central Kyiv on Sunday to mourn the victims.") == []


@pytest.mark.parametrize("text", [
    "EU sanctions on Russia expire at the end of January. Hungary, which had threatened a veto, approved the "
    "renewal last Thursday.",
    "The bloc's sanctions on Russian banks run out in July. Slovakia backed the rollover on Friday.",
    "The EU had planned to extend its restrictive measures for a year. The extension was approved by envoys on Friday.",
])
def test_a_renewal_told_without_its_noun_after_sanctions_were_named(text):
    recs = [r for r in diplomacy_of(text) if r.status is S.held]
    assert [r.kind for r in recs] == [K.sanctions]
    assert "European Union" in recs[0].participants or "Slovakia" in recs[0].participants


def test_a_renewal_of_something_else_is_no_sanction():
    text = "The grain corridor deal runs out in May. Turkey backed the renewal on Friday."
    assert all(r.kind is not K.sanctions for r in diplomacy_of(text))


@pytest.mark.parametrize("text", [
    "Draft legislation published on Friday sets 300% tariffs on nations buying Russian crude.",
    "A bill unveiled on Friday would slap secondary tariffs on buyers of Russian crude.",
])
def test_tariffs_on_buyers_of_a_sanctioned_state_s_goods_are_proposed_sanctions(text):
    recs = diplomacy_of(text)
    assert [(r.kind, r.status) for r in recs] == [(K.sanctions, S.proposed)]


@pytest.mark.parametrize("text, donor", [
    ("Japan will provide Ukraine with a $3bn loan backed by frozen Russian assets.", "Japan"),
    ("The EU disbursed a EUR 4bn tranche to Ukraine on Friday.", "European Union"),
    ("Canada approved a loan of $1bn for Ukraine on Monday.", "Canada"),
])
def test_money_lent_or_granted_to_ukraine_is_aid_held(text, donor):
    recs = diplomacy_of(text)
    assert [(r.kind, r.status) for r in recs] == [(K.military_aid, S.held)]
    assert {donor, "Ukraine"} <= set(recs[0].participants)


def test_a_loan_agreement_signed_is_a_held_agreement():
    recs = diplomacy_of("The UK signed a £2bn loan agreement with Ukraine on Monday.")
    assert [(r.kind, r.status) for r in recs] == [(K.agreement, S.held)]


@pytest.mark.parametrize("text, sides", [
    ("The Ukrainian president says he has spoken with the Turkish leader.", {"Ukraine", "Turkey"}),
    ("Sybiha said he had talked to his French counterpart on Sunday.", {"Ukraine", "France"}),
])
def test_a_call_with_an_office_named_by_its_title(text, sides):
    recs = diplomacy_of(text)
    assert [r.kind for r in recs] == [K.phone_call] and set(recs[0].participants) == sides


def test_speaking_with_the_press_is_no_call():
    assert diplomacy_of("The French president spoke with the press after the strike on Odesa.") == []


@pytest.mark.parametrize("text", [
    "Finland's foreign minister arrived in Kyiv after an overnight train ride on Monday.",
    "Sikorski arrived in Kyiv on Monday after a night train journey from Przemysl.",
    "The Danish prime minister arrived in Odesa on Monday on an overnight ferry.",
])
def test_a_night_journey_is_no_date_of_the_visit(text):
    recs = diplomacy_of(text, "2026-03-04")  # a Wednesday: the visit was on Monday 2 March
    dated = [r for r in recs if r.date is not None]
    assert dated and all(r.date.start == MON for r in dated)


def test_a_meeting_held_overnight_keeps_the_night():
    recs = diplomacy_of("Sybiha met Barrot in Kyiv overnight.", "2026-03-04")
    assert recs and recs[0].date is not None and recs[0].date.start == dt.date(2026, 3, 4)


@pytest.mark.parametrize("text, sides", [
    ("In a conversation with Erdogan on Sunday, Putin discussed grain exports.", {"Turkey", "Russia"}),
    ("A call between Starmer and Zelensky took place on Sunday.", {"United Kingdom", "Ukraine"}),
    ("During their conversation on Sunday, Macron and Tusk agreed to coordinate.", None),
])
def test_a_call_told_by_its_noun(text, sides):
    recs = diplomacy_of(text)
    if sides is None:  # "their conversation" with no call word of its own: a meeting or call is not invented
        assert all(r.kind is not K.phone_call or len(r.participants) >= 2 for r in recs)
    else:
        assert [r.kind for r in recs] == [K.phone_call] and set(recs[0].participants) == sides


def test_a_conversation_with_the_press_is_no_call():
    assert diplomacy_of("In a conversation with reporters on Sunday, Macron praised Kyiv's resolve.") == []


@pytest.mark.parametrize("text", [
    "The leaders of France and Germany inked a defence pact on Sunday.",
    "Ukraine and Denmark sealed a deal on joint drone production on Sunday.",
    "Kyiv and Oslo concluded a security agreement on Sunday.",
])
def test_a_signing_told_by_another_verb(text):
    recs = diplomacy_of(text)
    assert [(r.kind, r.status) for r in recs] == [(K.agreement, S.held)] and len(recs[0].participants) == 2


def test_a_delivery_by_a_state_that_arms_russia_is_not_to_ukraine():
    text = ("Russian drones struck Kharkiv overnight, Ukraine said. North Korea has delivered more artillery "
            "shells, South Korean intelligence said on Sunday.")
    aid = [r for r in diplomacy_of(text) if r.kind is K.military_aid]
    assert aid and all("Ukraine" not in r.participants for r in aid)

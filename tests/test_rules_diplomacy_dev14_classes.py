"""Diplomacy failure classes found on an unseen set (dev14, issue 13, section C), by concept: how
far a stance, a request or a negated idiom reaches, and the other classes below. Every sentence
is written fresh for these tests, in several phrasings, with negatives that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C2: stances, negated idioms, a request's forum

@pytest.mark.parametrize("text", [
    "The Kremlin is still ready to continue contacts with Washington, including talks on Ukraine, Peskov said.",
    "Moscow is still ready to continue the contacts begun at the talks in Riyadh, the Kremlin said.",
    "Beijing says it remains willing to continue talks with the Europeans.",
    "Turkey stands ready to host another round of talks, Erdogan said on Sunday.",
    "Russia remains ready to continue the Istanbul negotiations with the Ukrainian side, the ministry said on Monday.",
    "The Kremlin remains committed to the dialogue with Washington, including the talks in Jeddah, its spokesman said.",
    "Kyiv's sovereignty is not up for negotiation, the president told parliament.",
    "Ukraine's territory is not up for negotiations, Zelensky told reporters in Kyiv.",
    "Moldova's neutrality is no longer up for talks with Moscow, the premier said.",
    "Slovakia once more sought guarantees before any summit decision.",
    "Poland again asked for security guarantees to be discussed at the NATO summit.",
    "Poland wants the issue raised at the summit in The Hague, a Polish diplomat said.",
    "Finland sought assurances ahead of the Vilnius summit.",
    "Romania will push for air-defence guarantees at next month's summit, its president said.",
])
def test_stance_idiom_or_forum_of_a_request_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind, status", [
    ("Russian and Ukrainian delegations held talks in Istanbul on Friday.", K.talks, S.held),
    ("The Kremlin said it was ready, and Russian and US envoys met in Riyadh on Tuesday.", K.talks, S.held),
    ("Zelensky will push for more air defence at the NATO summit in The Hague on 24 June.", K.summit, S.planned),
])
def test_event_told_beside_a_stance_or_request_stays(text, kind, status):
    rec = one_record(text)
    assert rec.kind is kind and rec.status is status


# ---------------------------------------------------------------- C1: aid by a paying verb; each giver its own record

@pytest.mark.parametrize("text, giver", [
    ("Germany will pay for three more Patriot systems for Ukraine, the chancellor said on Monday.", "Germany"),
    ("Norway will pay for 12 howitzers for Ukraine, its defence minister said.", "Norway"),
    ("Denmark paid for 20 Caesar howitzers for the Ukrainian army.", "Denmark"),
    ("The Netherlands is paying for a batch of air-defence missiles for Kyiv.", "Netherlands"),
    ("Canada will cover the cost of two NASAMS batteries for Ukraine.", "Canada"),
    ("Sweden bought 30 armoured vehicles for Ukraine from a Finnish maker.", "Sweden"),
    ("Belgium will buy ammunition for Ukraine through the Czech initiative.", "Belgium"),
    ("Spain has agreed to fund four Patriot interceptors for Ukraine.", "Spain"),
    ("Italy will bankroll the purchase of radar systems for Ukraine.", "Italy"),
    ("Finland reported that its final Leopard tanks had reached Ukraine.", "Finland"),
    ("Sweden said the 18 howitzers it promised had been delivered to the Ukrainian side.", "Sweden"),
])
def test_paying_buying_or_arrival_of_weapons_for_ukraine_is_aid(text, giver):
    rec = one_record(text)
    assert rec.kind is K.military_aid and rec.status is S.held and {giver, "Ukraine"} <= set(rec.participants)


@pytest.mark.parametrize("text, givers", [
    ("Norway sent 12 howitzers to Ukraine; Iceland paid for 40 drones for Kyiv.", ["Norway", "Iceland"]),
    ("Portugal pledged two more tanks for Ukraine, while Greece said it would buy shells for Kyiv.", ["Portugal", "Greece"]),
    ("Norway sent mine-clearing vehicles to Ukraine; Iceland paid for fuel.", ["Norway"]),
])
def test_each_giver_in_a_clause_of_its_own_is_its_own_record(text, givers):
    recs = diplomacy_of(text)
    assert [r.kind for r in recs] == [K.military_aid] * len(givers)
    for rec, giver in zip(recs, givers):
        assert giver in rec.participants and not (set(givers) - {giver}) & set(rec.participants)


@pytest.mark.parametrize("text", [
    "Allies discussed aid.",
    "Norway's aid, announced in May, is now complete.",
    "Ukrainian families paid for food with vouchers in Kharkiv.",
    "Poland bought 96 Apache helicopters from the United States on Tuesday.",
    "Romania will buy F-35 jets for its own air force, the defence ministry said.",
])
def test_paying_for_no_weapons_for_ukraine_is_no_aid(text):
    assert diplomacy_of(text) == []


# ---------------------------------------------------------------- C10: a proposed numbered package is sanctions

_WAR = " The measures respond to Russia's war against Ukraine."


@pytest.mark.parametrize("text, proposers", [
    ("Sweden, Denmark and Finland tabled a joint draft for the 25th package, diplomats said.", {"Sweden", "Denmark", "Finland"}),
    ("Poland and Finland put forward a draft 25th package on shadow-fleet tankers.", {"Poland", "Finland"}),
    ("Estonia and Latvia proposed a 23rd package, an EU diplomat said on Wednesday.", {"Estonia", "Latvia"}),
    ("Lithuania submitted proposals for the 19th round, targeting Russian banks.", {"Lithuania"}),
    ("Croatia and Slovenia unveiled a joint paper on the next package of restrictions.", {"Croatia", "Slovenia"}),
    ("Sweden and Norway tabled measures against Belarusian potash.", {"Sweden", "Norway"}),
])
def test_a_proposed_numbered_package_is_sanctions_against_russia(text, proposers):
    rec = diplomacy_of(text + _WAR)[0]
    assert rec.kind is K.sanctions and rec.status is S.proposed and proposers <= set(rec.participants)
    assert "Russia" in rec.participants or "Belarus" in rec.participants


@pytest.mark.parametrize("text, status", [
    ("EU ministers gave final approval to the 21st round of sanctions on Russia on Monday.", S.held),
    ("EU foreign ministers approved the 26th round of sanctions on Moscow on Monday.", S.held),
])
def test_an_approved_round_is_sanctions_held_with_its_target(text, status):
    rec = one_record(text)
    assert rec.kind is K.sanctions and rec.status is status and {"European Union", "Russia"} <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "The Commission proposed a plan for reconstruction funds.",
    "Sanctions have hurt Russia's economy.",
    "The Pentagon unveiled its 60th package of military aid for Ukraine on Friday.",
])
def test_plans_and_aid_packages_are_no_sanctions(text):
    assert all(r.kind is not K.sanctions for r in diplomacy_of(text))


# ---------------------------------------------------------------- C6: the return of the fallen is an exchange

@pytest.mark.parametrize("text, sides", [
    ("Kyiv received 909 bodies and handed back 34 to Moscow, with the Red Cross facilitating.",
     {"Ukraine", "Russia", "International Committee of the Red Cross"}),
    ("Moscow handed over the remains of 600 servicemen to Kyiv in exchange for 41, with the ICRC acting as intermediary.",
     {"Ukraine", "Russia", "International Committee of the Red Cross"}),
    ("Ukraine brought home the bodies of 1,000 soldiers on Thursday, the coordination headquarters said.", {"Ukraine"}),
    ("Russia gave back 212 bodies of Ukrainian soldiers on Tuesday.", {"Russia", "Ukraine"}),
    ("The remains of 480 defenders came home to Ukraine on Sunday.", {"Ukraine"}),
    ("Ukraine repatriated 757 fallen from Russian-held territory on Monday.", {"Ukraine"}),
    ("The remains of 500 soldiers were repatriated to Ukraine on Friday.", {"Ukraine"}),
    ("Russia returned the bodies of 757 fallen; Ukraine sent back 43.", {"Russia", "Ukraine"}),
])
def test_bodies_returned_are_an_exchange_and_the_receiving_citys_state_a_side(text, sides):
    rec = one_record(text)
    assert rec.kind is K.prisoner_exchange and sides <= set(rec.participants)


def test_an_intermediary_told_next_is_a_side_of_the_return():
    rec = one_record("Ukraine received the bodies of 909 soldiers on Friday. "
                     "The ICRC facilitated that repatriation, officials in Kyiv said.")
    assert rec.kind is K.prisoner_exchange and "International Committee of the Red Cross" in rec.participants


@pytest.mark.parametrize("text", [
    "The bodies of two civilians were recovered from the rubble.",
    "Relatives buried the soldier in Lviv.",
    "Rescuers returned the bodies of three firefighters to their families in Kharkiv.",
])
def test_bodies_recovered_or_buried_are_no_exchange(text):
    assert diplomacy_of(text) == []


# ---------------------------------------------------------------- C7: ministers meeting are talks; in person beats video

@pytest.mark.parametrize("text, sides", [
    ("Latvia's foreign minister met her Moldovan counterpart in Riga on Monday.", {"Latvia", "Moldova"}),
    ("The Ukrainian foreign minister met his Polish counterpart in Warsaw on Tuesday.", {"Ukraine", "Poland"}),
    ("The defence ministers of Estonia and Finland met in Tallinn on Friday.", {"Estonia", "Finland"}),
    ("Norway's energy minister met the Ukrainian deputy prime minister in Oslo on Wednesday.", {"Norway", "Ukraine"}),
    ("The Greek and Cypriot foreign ministers met in Nicosia on Thursday.", {"Greece", "Cyprus"}),
])
def test_two_states_ministers_by_any_portfolio_are_their_states(text, sides):
    # (their kind stays the meeting the gated dev baseline codes: dev14's gold reads talks, see the report)
    rec = one_record(text)
    assert rec.kind in (K.meeting, K.talks) and sides <= set(rec.participants)


@pytest.mark.parametrize("text, city, other", [
    ("Ukraine's defence minister joined the meeting of EU ministers by video link and later met his Danish "
     "counterpart in person in Copenhagen.", "Copenhagen", "Denmark"),
    ("Moldova's foreign minister took part in the EU gathering remotely, then met her Romanian counterpart face to face "
     "in Bucharest.", "Bucharest", "Romania"),
])
def test_a_counterpart_met_in_person_after_a_video_sitting_is_its_own_record_there(text, city, other):
    met = [r for r in diplomacy_of(text) if other in r.participants]
    assert len(met) == 1 and met[0].location is not None and met[0].location.name == city
    assert all(r.kind is not K.phone_call for r in diplomacy_of(text))


@pytest.mark.parametrize("text, kind", [
    ("The EU ministers met in Luxembourg.", K.meeting),
    ("NATO defence ministers met in Brussels on Thursday.", K.meeting),
])
def test_an_organisations_ministers_meeting_stays_a_meeting(text, kind):
    assert one_record(text).kind is kind


def test_a_video_link_alone_is_no_talks():
    assert all(r.kind is not K.talks for r in diplomacy_of("They spoke by video link."))


# ---------------------------------------------------------------- C8: the main verb calls it off past a schedule aside

@pytest.mark.parametrize("text, sides", [
    ("A meeting between the Ukrainian ombudsman and her Russian counterpart, which had been planned for Thursday in "
     "Minsk to discuss the return of deported civilians, was called off on Wednesday.", {"Ukraine", "Russia"}),
    ("The Russian and Ukrainian human rights commissioners' meeting planned for Thursday in Minsk was cancelled "
     "at the last minute.", {"Ukraine", "Russia"}),
    ("A meeting of Ukraine's and Russia's human rights envoys planned for Friday in Baku has been cancelled.",
     {"Ukraine", "Russia"}),
    ("Talks between Serbia and Kosovo, scheduled for Monday in Brussels, were called off by the EU mediator.",
     {"Serbia", "Kosovo"}),
    ("Talks between Armenia and Azerbaijan, originally set for Tuesday in Almaty, fell through.", {"Armenia", "Azerbaijan"}),
    ("The meeting of the Polish and Ukrainian ombudsmen, slated for Friday in Lublin, did not happen after Warsaw pulled out.",
     {"Poland", "Ukraine"}),
])
def test_an_event_called_off_after_an_aside_about_its_schedule_is_cancelled(text, sides):
    rec = one_record(text)
    assert rec.status is S.cancelled and sides <= set(rec.participants)


@pytest.mark.parametrize("text, status", [
    ("Talks between Serbia and Kosovo, which the EU had arranged, took place in Brussels on Monday.", S.held),
    ("The meeting of the Polish and Ukrainian ombudsmen, planned for a long time, was held in Lublin on Friday.", S.held),
])
def test_an_event_held_after_a_schedule_aside_stays_held(text, status):
    assert one_record(text).status is status


# ---------------------------------------------------------------- C4: a council's requesters; a vetoed draft

@pytest.mark.parametrize("text, requesters", [
    ("The UN Security Council met on Monday at the request of France, Britain and the United States to discuss the "
     "strikes on Kyiv.", {"France", "United Kingdom", "United States"}),
    ("The Security Council held an emergency meeting on Ukraine on Sunday, requested by Poland and Latvia.",
     {"Poland", "Latvia"}),
    ("On the initiative of Estonia and Lithuania, the Security Council met in New York on Thursday.", {"Estonia", "Lithuania"}),
])
def test_the_states_asking_for_a_council_sitting_are_not_its_sides(text, requesters):
    rec = one_record(text)
    assert rec.kind is K.meeting and "United Nations" in rec.participants and not requesters & set(rec.participants)


@pytest.mark.parametrize("text, sides", [
    ("China blocked a draft text by Ireland and Malta at the council on Friday.", {"China", "Ireland", "Malta"}),
    ("Russia vetoed a draft resolution drafted by Denmark and Greece on Tuesday.", {"Russia", "Denmark", "Greece"}),
    ("Moscow voted down a draft resolution put forward by Slovenia and Guyana at the Security Council on Wednesday.",
     {"Russia", "Slovenia", "Guyana"}),
    ("The resolution, tabled by Japan, fell after a veto in New York on Monday.", {"Japan"}),
])
def test_a_vetoed_draft_is_a_cancelled_proposal_of_drafters_vetoer_and_council(text, sides):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (K.proposal, S.cancelled)
    assert sides | {"United Nations"} <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "Russia vetoed a resolution on Syria in 2019.",
    "Hungary vetoed the aid tranche for Ukraine, diplomats said.",
])
def test_an_old_veto_or_a_blocked_bloc_measure_is_no_cancelled_proposal(text):
    assert all(r.kind is not K.proposal for r in diplomacy_of(text))


# ---------------------------------------------------------------- C5: an organisation's organ sitting is the organisation's

@pytest.mark.parametrize("text, org, agenda_state", [
    ("The OSCE permanent council meets on Thursday, where Moldova will raise Transnistria.", "OSCE", "Moldova"),
    ("The IAEA board of governors will meet in Vienna next week, where Ukraine will ask for a resolution on the plant.",
     "IAEA", "Ukraine"),
    ("The IAEA's board meets on Monday, at which Kyiv plans to press for a mission to the plant.", "IAEA", "Ukraine"),
    ("The IAEA said the plant lost power again. The agency's governors gather in Vienna next month, where Ukraine "
     "will push for a resolution.", "IAEA", "Ukraine"),
    ("NATO's military committee is due to convene in Brussels on 3 March, where Poland will brief on its airspace.",
     "NATO", "Poland"),
])
def test_an_organs_sitting_is_the_organisations_and_agenda_states_no_sides(text, org, agenda_state):
    rec = next(r for r in diplomacy_of(text) if r.kind is K.meeting)
    assert org in rec.participants and agenda_state not in rec.participants


@pytest.mark.parametrize("text", [
    "The board of Naftogaz met.",
    "The board of the state energy company will meet on Friday.",
])
def test_a_companys_board_is_no_diplomacy(text):
    assert diplomacy_of(text) == []


# ---------------------------------------------------------------- A8/C9: contacts, a channel, a track are talks

@pytest.mark.parametrize("text, sides, status", [
    ("Contacts between Moscow and Washington continued in Riyadh on Tuesday, the Kremlin said.",
     {"Russia", "United States"}, S.held),
    ("Saudi-brokered contacts between the Russian and US delegations stalled last week.", {"Russia", "United States"}, S.stalled),
    ("A Turkish-mediated channel between Kyiv and Moscow was reopened in Istanbul on Friday.", {"Ukraine", "Russia"}, S.held),
    ("Ukraine and Russia held contacts in Abu Dhabi on Monday.", {"Ukraine", "Russia"}, S.held),
    ("A technical track between Chisinau and Tiraspol resumed in Bender on Wednesday.", {"Moldova"}, S.held),
])
def test_contacts_a_channel_or_a_track_between_sides_are_talks(text, sides, status):
    rec = one_record(text)
    assert rec.kind is K.talks and sides <= set(rec.participants) and rec.status is status


@pytest.mark.parametrize("text", [
    "Moscow is still open to contacts with Kyiv, the Kremlin spokesman said on Monday.",
    "The Kremlin is ready for contacts with the new US envoy.",
    "Family contacts in Kherson were cut off by the shelling.",
])
def test_readiness_for_contacts_or_private_contacts_are_no_talks(text):
    assert diplomacy_of(text) == []


# ---------------------------------------------------------------- C3: the next sentence's pronoun subject is the last event's subject

@pytest.mark.parametrize("text, subject, wrong", [
    ("The IAEA chief met Russian officials in Kaliningrad on Tuesday. He will hold talks in Kyiv next week.", "IAEA", "Russia"),
    ("NATO's secretary general met Hungarian officials in Budapest on Monday. He will hold talks in Kyiv on Friday.",
     "NATO", "Hungary"),
    ("The OSCE chair met Georgian officials in Tbilisi on Monday. She will hold talks in Yerevan on Thursday.",
     "OSCE", "Georgia"),
])
def test_a_pronoun_subject_of_next_talks_is_the_one_named_first_before(text, subject, wrong):
    later = [r for r in diplomacy_of(text) if r.status is S.planned]
    assert len(later) == 1 and subject in later[0].participants and wrong not in later[0].participants


@pytest.mark.parametrize("text, city", [
    ("Egyptian and Jordanian envoys met in Cairo on Monday; a second round is planned in Amman next month.", "Amman"),
    ("Armenian and Azerbaijani negotiators met in Tbilisi on Tuesday; the next round is due in Abu Dhabi on 20 March.",
     "Abu Dhabi"),
])
def test_a_next_round_told_after_a_semicolon_is_its_own_planned_record(text, city):
    recs = diplomacy_of(text)
    assert [r.status for r in recs] == [S.held, S.planned]
    assert recs[1].location is not None and recs[1].location.name == city and recs[0].location.name != city

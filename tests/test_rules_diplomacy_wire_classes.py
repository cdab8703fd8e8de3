"""Diplomacy failure classes of ordinary wire copy, in general terms (issue dev6): statements about
an event that tell no event of their own — a standing offer to host or mediate, a failure or lack
of progress told as background, a refusal, an unknown, an intention to raise a topic at a
gathering, a count of the visit just told, a meeting named only as where a statement came from, a
condemnation, an appeal. Every sentence is written fresh for these tests; each class has its
real events told in similar words that must still be found."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- standing offers

@pytest.mark.parametrize("text", [
    "Ankara has long offered to host negotiations between Moscow and Kyiv.",
    "Qatar has repeatedly proposed to mediate talks between Russia and Ukraine.",
    "The Vatican has on several occasions offered to host a meeting between Putin and Zelensky.",
    "Switzerland stands ready to host a summit on Ukraine, its foreign minister said.",
    "Saudi Arabia consistently offered to facilitate talks between Washington and Moscow.",
])
def test_a_standing_offer_to_host_or_mediate_is_no_event(text):
    assert diplomacy_of(text) == []


def test_an_offer_made_on_a_day_stays_a_proposal():
    rec = one_record("Ankara offered on Monday to host talks between Russia and Ukraine in Istanbul.")
    assert rec.status is S.proposed


def test_a_readiness_is_no_event():
    # codebook rule 13 (ruling of 1 December 2026): a stance puts nothing forward (was `proposed`)
    assert diplomacy_of("Zelensky said he was ready to meet Putin in any format.") == []


# ---------------------------------------------------------------- failures and lack of progress

@pytest.mark.parametrize("text", [
    "Negotiations between Russia and Ukraine in Istanbul last spring did not yield a truce.",
    "No meaningful progress has been made in talks between Washington and Moscow.",
    "Earlier rounds of talks between Kyiv and Moscow failed to bring about a ceasefire.",
    "Talks between Russian and Ukrainian officials have made little headway.",
])
def test_a_failure_told_as_background_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text", [
    "Talks between Russia and Ukraine in Geneva on Tuesday ended without a breakthrough.",
    "Russian and Ukrainian negotiators met in Istanbul on Friday but failed to agree a truce.",
])
def test_talks_of_a_named_day_that_failed_are_still_held_talks(text):
    rec = one_record(text)
    assert rec.kind in (K.talks, K.meeting) and {"Russia", "Ukraine"} <= set(rec.participants)


# ---------------------------------------------------------------- refusals and unknowns

@pytest.mark.parametrize("text", [
    "Putin does not want a summit with Zelensky just for show, Peskov said.",
    "Zelensky declined to meet Orban in Budapest.",
    "Hungary has no intention of joining talks with Moscow on the pipeline.",
    "The Kremlin turned down an invitation to talks in Geneva.",
    "The Kremlin gave no indication of when a meeting between Putin and Trump could take place.",
    "Peskov did not say when the next call between Putin and Trump would happen.",
    "It remains unclear when the summit between Trump and Putin will take place.",
])
def test_a_refusal_or_an_unknown_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text", [
    "Putin and Trump spoke by phone on Tuesday, the Kremlin said.",
    "Zelensky met Orban in Budapest on Monday.",
])
def test_the_same_events_told_plainly_are_found(text):
    assert len(diplomacy_of(text)) == 1


# ---------------------------------------------------------------- intentions to discuss at a gathering

@pytest.mark.parametrize("text", [
    "EU leaders are expected to take up the proposal at their summit in Brussels in March.",
    "The allies plan to raise the question of frozen assets during the next NATO meeting.",
])
def test_an_intention_to_raise_a_topic_at_a_gathering_is_no_event(text):
    assert diplomacy_of(text) == []


def test_a_gathering_told_as_scheduled_stays_planned_though_a_topic_is_to_be_raised():
    rec = one_record("EU leaders are due to discuss Ukraine at a summit in Brussels scheduled for 19 March.")
    assert rec.kind is K.summit and rec.status is S.planned


# ---------------------------------------------------------------- counts of the visit just told

@pytest.mark.parametrize("text", [
    "Macron arrived in Kyiv on Monday. It was his fifth visit to Ukraine since the invasion.",
    "Starmer arrived in Warsaw on Tuesday. This is his second trip to Poland this year.",
    "Merz travelled to Kyiv on Monday. It's his third visit to Ukraine in six months.",
])
def test_a_count_of_the_visit_just_told_makes_no_second_visit(text):
    recs = diplomacy_of(text)
    assert len(recs) == 1 and recs[0].kind is K.visit


def test_a_visit_told_with_its_count_is_still_a_visit():
    rec = one_record("Macron paid his third visit to Kyiv on Monday.")
    assert rec.kind is K.visit and "France" in rec.participants


# ---------------------------------------------------------------- a statement issued after a meeting

@pytest.mark.parametrize("text", [
    "The ministers issued a joint statement following a meeting in Norway.",
    "A communique was published after a gathering in Spain, officials said.",
])
def test_a_meeting_named_only_as_where_a_statement_came_from_has_no_venue_side(text):
    assert diplomacy_of(text) == []


def test_a_statement_after_a_meeting_of_named_sides_keeps_the_meeting():
    rec = one_record("Poland and Ukraine issued a joint statement after a meeting in Warsaw on Monday.")
    assert {"Poland", "Ukraine"} <= set(rec.participants)


# ---------------------------------------------------------------- condemnation and appeals

@pytest.mark.parametrize("text", [
    "Moscow condemned the visit of the German chancellor to Kyiv.",
    "Beijing denounced the new sanctions against Chinese refiners.",
    "Russia urged Ukraine to return to talks in Istanbul.",
    "France called on Russia to join talks in Geneva.",
])
def test_a_condemnation_or_an_appeal_is_no_event(text):
    assert diplomacy_of(text) == []


def test_a_visit_told_before_its_condemnation_is_found():
    recs = diplomacy_of("Germany's chancellor visited Kyiv on Monday, a trip Moscow condemned.")
    assert [r.kind for r in recs] == [K.visit]


# ---------------------------------------------------------------- mentions that are no side

@pytest.mark.parametrize("text, sides, not_side", [
    ("US and Ukrainian officials met in Riyadh on Wednesday to work out any eventual deal with Moscow.",
     {"United States", "Ukraine"}, "Russia"),
    ("French and German envoys held talks in Rome on Monday on the terms of a future peace agreement with Russia.",
     {"France", "Germany"}, "Russia"),
])
def test_the_other_side_of_a_settlement_still_to_come_is_no_participant(text, sides, not_side):
    rec = one_record(text)
    assert sides <= set(rec.participants) and not_side not in rec.participants


def test_a_state_that_meets_about_a_settlement_is_still_a_side():
    rec = one_record("Russian and US officials met in Riyadh on Wednesday to work out a settlement with Kyiv.")
    assert {"Russia", "United States"} <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "Defence ministers of the coalition met in Brussels on Thursday, a NATO official said.",
    "Ministers held talks in Rome on Monday, an EU diplomat told reporters.",
])
def test_the_organisation_whose_official_is_the_source_is_no_participant(text):
    rec = one_record(text)
    assert not {"NATO", "European Union"} & set(rec.participants)


def test_an_organisation_that_meets_and_is_quoted_stays_a_side():
    rec = one_record("NATO defence ministers met in Brussels on Thursday, a NATO official said.")
    assert "NATO" in rec.participants


@pytest.mark.parametrize("text, lifted", [
    ("Slovakia dropped its objections to the new EU sanctions package against Russia on Friday.", "Slovakia"),
    ("Hungary lifted its veto on new EU sanctions against Russia on Thursday.", "Hungary"),
    ("Hungary withdrew its opposition to the new EU sanctions against Moscow on Thursday.", "Hungary"),
])
def test_a_state_that_lifts_its_block_on_sanctions_is_neither_imposer_nor_target(text, lifted):
    rec = one_record(text)
    assert rec.kind is K.sanctions and lifted not in rec.participants and "Russia" in rec.participants


@pytest.mark.parametrize("text, imposer", [
    ("Canada announced sanctions on Tuesday against 75 more shadow-fleet vessels.", "Canada"),
    ("Norway imposed sanctions on Monday on a dozen tankers of the so-called dark fleet.", "Norway"),
])
def test_sanctions_on_the_shadow_fleet_target_russia(text, imposer):
    rec = one_record(text)
    assert {imposer, "Russia"} <= set(rec.participants)


def test_sanctions_on_another_state_do_not_add_russia():
    rec = one_record("Japan imposed sanctions on Monday on North Korean shipping firms.")
    assert "Russia" not in rec.participants


# ---------------------------------------------------------------- wire wording of summonses and stalls

@pytest.mark.parametrize("text, sides", [
    ("Budapest summoned the head of the European Union delegation on Monday over the remarks.", {"Hungary", "European Union"}),
    ("Kyiv called in the chief of the OSCE mission on Tuesday to hand over a protest.", {"Ukraine", "OSCE"}),
])
def test_the_head_of_a_delegation_summoned_is_a_protest(text, sides):
    rec = one_record(text)
    assert rec.kind is K.diplomatic_protest and sides <= set(rec.participants)


def test_the_head_of_a_delegation_who_meets_is_no_protest():
    assert one_record("The head of the EU delegation met Orban in Budapest on Monday.").kind is K.meeting


@pytest.mark.parametrize("text", [
    "The summit between Trump and Putin has been put on hold until further notice.",
    "The planned talks between Kyiv and Moscow have been put on ice.",
])
def test_an_event_on_hold_is_stalled(text):
    assert one_record(text).status is S.stalled


# ---------------------------------------------------------------- status and dates of wire wording

@pytest.mark.parametrize("text", [
    "She's due in Vilnius this afternoon for talks with Nauseda.",
    "He's to meet Zelensky in Kyiv on Thursday.",
    "Sanchez will host his Ukrainian counterpart in Madrid later today.",
])
def test_a_contracted_or_same_day_plan_is_planned(text):
    assert one_record(text).status is S.planned


@pytest.mark.parametrize("text", [
    "Rutte and Zelensky held talks in Kyiv this afternoon.",
    "Macron met Zelensky in Paris this evening, the Elysee said.",
])
def test_a_meeting_held_earlier_today_stays_held(text):
    assert one_record(text).status is S.held


@pytest.mark.parametrize("text, month", [
    ("The summit between EU and Chinese leaders was moved to December.", 12),
    ("Talks between Kyiv and Moscow were pushed back to early June.", 6),
])
def test_an_event_moved_to_a_month_is_planned_in_that_month(text, month):
    rec = one_record(text)
    assert rec.status is S.planned and rec.date.start.month == month


def test_an_event_postponed_with_no_new_time_stays_stalled():
    assert one_record("The summit between EU and Chinese leaders was postponed.").status is S.stalled


@pytest.mark.parametrize("text, speaker", [
    ("Macron met Putin in Moscow on Monday. Starmer said Europe stood united. He spoke with Trump by phone on Tuesday.",
     "United Kingdom"),
    ("Putin met Modi in Delhi on Friday. Erdogan said the war must end. He spoke by phone with Zelensky on Saturday.",
     "Turkey"),
])
def test_he_is_the_person_the_sentence_before_names(text, speaker):
    call = [r for r in diplomacy_of(text) if r.kind is K.phone_call]
    assert len(call) == 1 and speaker in call[0].participants


def test_he_after_an_event_sentence_is_its_subject():
    recs = diplomacy_of("Macron met Putin in Moscow on Monday. He also spoke with Trump by phone on Tuesday.")
    call = [r for r in recs if r.kind is K.phone_call]
    assert len(call) == 1 and "France" in call[0].participants and "Russia" not in call[0].participants


@pytest.mark.parametrize("text", [
    "Merz will visit Kyiv next week. He was originally due to travel to Ukraine at the end of October.",
    "Scholz visited Kyiv on Monday. The trip had initially been scheduled for May.",
])
def test_the_first_schedule_of_an_event_told_is_no_second_event(text):
    assert len(diplomacy_of(text)) == 1


def test_a_first_schedule_with_no_event_told_before_is_still_the_event():
    assert [r.kind for r in diplomacy_of("Merz was originally due to travel to Kyiv in October.")] == [K.visit]


# ---------------------------------------------------------------- an event dated by another one

@pytest.mark.parametrize("text, sides, other", [
    ("Merz and Macron met in Berlin on Friday, a day after Merz and Trump spoke by phone.",
     {"Germany", "France"}, "United States"),
    ("Tusk and Frederiksen held talks in Warsaw on Monday, hours after Putin hosted Orban.",
     {"Poland", "Denmark"}, "Russia"),
])
def test_the_event_a_trailing_clause_dates_it_by_is_not_its_kind_nor_its_sides(text, sides, other):
    rec = diplomacy_of(text)[0]
    assert rec.kind in (K.meeting, K.talks) and sides <= set(rec.participants) and other not in rec.participants


def test_a_side_named_in_the_main_clause_and_the_trailing_one_stays():
    rec = one_record("Zelensky will travel to Washington on Friday to meet Trump, days after Trump spoke with Putin.")
    assert {"Ukraine", "United States"} <= set(rec.participants) and "Russia" not in rec.participants


# ---------------------------------------------------------------- a group's video conference

@pytest.mark.parametrize("text", [
    "Starmer and Macron will chair a video call of European leaders on Sunday.",
    "Merz joined a leaders' videoconference on Tuesday on security guarantees for Ukraine.",
])
def test_a_groups_video_conference_is_talks(text):
    assert one_record(text).kind is K.talks


def test_a_video_call_of_two_leaders_stays_a_call():
    assert one_record("Zelensky and Merz held a video call on Monday.").kind is K.phone_call


# ---------------------------------------------------------------- money given for the defending state's defence

@pytest.mark.parametrize("text, donor", [
    ("Germany will give Ukraine an extra 3 billion euros for air defence, its defence minister said on Tuesday.", "Germany"),
    ("Norway is sending Kyiv a further 300 million dollars for drones.", "Norway"),
])
def test_money_given_for_the_defending_states_defence_is_aid(text, donor):
    rec = one_record(text)
    assert rec.kind is K.military_aid and {donor, "Ukraine"} <= set(rec.participants)


def test_a_pledge_dated_by_its_saying_day():
    rec = one_record("Germany will give Ukraine an extra 3 billion euros for air defence, its defence minister said on Tuesday.")
    assert rec.date is not None and rec.date.start.isoformat() == "2026-02-24"


def test_money_a_state_gives_for_anything_is_aid():
    # the lead's ruling D2 of 2 December 2026 (classes_dev22.md): `military_aid` is the kind of every aid
    # decision between states, whatever its cargo (reconstruction, energy, budget support)
    rec = one_record("Germany will give Ukraine an extra 3 billion euros for reconstruction.")
    assert rec.kind is K.military_aid and set(rec.participants) == {"Germany", "Ukraine"}


def test_a_call_a_day_before_the_main_event_is_its_own_record_dated_the_day_before():
    recs = diplomacy_of("Merz and Macron met in Berlin on Friday, a day after Merz and Trump spoke by phone.")
    call = [r for r in recs if r.kind is K.phone_call]
    assert len(recs) == 2 and len(call) == 1
    assert {"Germany", "United States"} <= set(call[0].participants) and call[0].date.start.isoformat() == "2026-02-26"


@pytest.mark.parametrize("text", [
    "Merz and Macron met in Berlin on Friday, a day after the summit ended.",
    "Tusk and Frederiksen held talks in Warsaw on Monday, hours after Putin hosted Orban.",
])
def test_a_trailing_clause_with_no_call_or_meeting_of_its_own_day_adds_no_record(text):
    assert len(diplomacy_of(text)) == 1

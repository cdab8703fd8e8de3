"""Diplomacy failure classes of dev18 (classes_dev18.md, C1-C8, A3), by concept. Every sentence is
written fresh for these tests, in several phrasings, with near-misses that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C1: who meets decides the kind
# Codebook rule 14: states' ministers, envoys, delegations, negotiators, advisers or officials
# meeting, or a leader receiving another state's minister, hold talks; `meeting` stays for an
# organisation's own sitting and for leaders who only meet.

@pytest.mark.parametrize("text, sides", [
    ("The Lithuanian president received Ukraine's foreign minister in Vilnius on Tuesday to discuss shells.",
     {"Lithuania", "Ukraine"}),
    ("The Polish president met the visiting Norwegian defence minister in Warsaw on Monday to discuss air defence.",
     {"Poland", "Norway"}),
    ("A delegation led by the Qatari envoy would meet the Ukrainian negotiating team in Doha on Friday.",
     {"Qatar", "Ukraine"}),
    ("The Czech and Slovak delegations agreed to meet Kyiv's negotiators together in Prague next week.",
     {"Czech Republic", "Slovakia", "Ukraine"}),
    ("Moldova's foreign minister met his Romanian counterpart in Chisinau on Thursday.", {"Moldova", "Romania"}),
    ("The Estonian defence minister met Ukraine's defence minister in Tallinn on Wednesday.", {"Estonia", "Ukraine"}),
    ("Ukrainian and Turkish defence ministers met in Ankara on Tuesday to discuss drone production.",
     {"Ukraine", "Turkey"}),
    ("Poland's foreign minister hosted his Ukrainian counterpart in Rzeszow on Friday.", {"Poland", "Ukraine"}),
    ("Zelensky received the Swedish defence minister in Kyiv on Thursday.", {"Ukraine", "Sweden"}),
    ("Qatar's delegation would meet the Ukrainian negotiators in Doha on Friday.", {"Qatar", "Ukraine"}),
])
def test_states_working_level_people_meeting_hold_talks(text, sides):
    rec = one_record(text)
    assert (rec.kind, set(rec.participants)) == (K.talks, sides)


@pytest.mark.parametrize("text", [
    "A new round between the Ukrainian and Russian negotiators was set for Monday in Istanbul.",
    "Another round with the Russian delegation in Istanbul is planned for Monday, Kyiv's negotiators said.",
    "A fresh round of negotiations between Kyiv and Moscow will open in Istanbul on Monday.",
])
def test_a_new_round_is_talks_and_the_city_hosts_them(text):
    rec = one_record(text)
    assert rec.kind is K.talks and {"Ukraine", "Russia", "Turkey"} <= set(rec.participants)


@pytest.mark.parametrize("text, kind", [
    ("EU agriculture ministers meet in Luxembourg on Monday.", K.meeting),
    ("NATO's council met in Brussels on Tuesday.", K.meeting),
    ("Zelensky met Macron in Paris on Monday.", K.meeting),
    ("The Slovak prime minister met the Hungarian prime minister in Bratislava on Monday.", K.meeting),
    ("The Swedish defence minister visited Kyiv on Thursday.", K.visit),
])
def test_an_organisations_sitting_leaders_meeting_and_a_visit_keep_their_kind(text, kind):
    assert one_record(text).kind is kind


@pytest.mark.parametrize("text", [
    "A new round of Russian strikes hit Kharkiv on Monday.",
    "Another round of sanctions on Moscow is due in Brussels next month.",
])
def test_a_round_of_strikes_or_sanctions_is_no_talks(text):
    assert all(r.kind is not K.talks for r in diplomacy_of(text))


def test_a_delegation_received_by_a_state_holds_talks():
    rec = one_record("Poland received a Ukrainian delegation on Monday.")  # moved here from the host-verb tests
    assert (rec.kind, set(rec.participants)) == (K.talks, {"Poland", "Ukraine"})


# ---------------------------------------------------------------- C2: event nouns that tell no event
# A state's own sitting body (a central bank's board, a monetary council, a parliament's committee),
# told as the subject of its sitting, by "its meeting" or named again as "the meeting"; an event noun
# made generic by a quantifier; a re-mention judged by a speaker.

@pytest.mark.parametrize("text", [
    "Most economists expected the National Bank's board to cut rates at its meeting on Thursday.",
    "Analysts polled by a wire service expect the Polish central bank to hold rates at its meeting next week.",
    "The Russian central bank's board of directors will meet on Friday to set its key rate.",
    "Hungary's monetary council is due to meet on Tuesday, with most analysts forecasting a hold.",
    "The Czech parliament's defence committee will meet on Wednesday to debate the budget.",
    "The central bank of Ukraine kept its key rate at 15.5% on Thursday.\n\n"
    "Most analysts polled by a Kyiv brokerage had expected a hold before the meeting.",
    "Norway's central bank raised its rate on Thursday. Economists in Oslo had expected the move before the "
    "meeting, a survey showed.",
    "The Bank of Russia held its key rate at 16.5% on Friday.\n\nAnalysts polled by a Moscow brokerage had "
    "expected a cut at Friday's rate meeting.",
    "\"Moscow answers each peace offer with more missiles,\" the Latvian minister wrote.",
    "\"Russia has rejected every peace initiative so far,\" the Estonian foreign minister said.",
    "Kyiv will not accept any talks that reward the aggressor, the Lithuanian president said.",
])
def test_a_states_own_sitting_body_or_a_generic_event_noun_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind", [
    ("The foreign ministers of Poland and Ukraine held talks in Warsaw on Monday.\n\n"
     "Sikorski called the meeting \"frank and useful\" as he left the venue.", K.talks),
    ("Zelensky and Macron met in Paris on Tuesday.\n\nMacron described the talks as \"constructive\" afterwards.",
     K.meeting),
    ("Erdogan spoke with Putin by phone on Friday.\n\nThe Turkish presidency hailed the call as a step towards peace.",
     K.phone_call),
])
def test_a_re_mention_judged_by_a_speaker_is_the_event_told(text, kind):
    assert one_record(text).kind is kind


@pytest.mark.parametrize("text, kind", [
    ("Poland put forward a peace initiative to both sides on Monday.", K.proposal),
    ("The Ukrainian central bank governor met his Polish counterpart in Warsaw on Monday.", K.meeting),
    ("The Moldovan parliament's speaker received a delegation of Romanian lawmakers in Chisinau on Monday.", K.meeting),
])
def test_a_measure_put_forward_or_a_body_meeting_a_foreign_side_is_kept(text, kind):
    rec = one_record(text)
    assert rec.kind is kind or (kind is K.meeting and rec.kind is K.talks)


# ---------------------------------------------------------------- C4: a called-off plan's weekday
# A plan told in the past tense ("were to", "was due to", "had been set for") and called off in a
# later clause or sentence: its weekday is the first such day on or after the day the cancellation
# was made known ("said on Friday"), the status from the calling-off verb (postponed: stalled).

def _day_status(text, published):
    recs = diplomacy_of(text, published=published)
    assert len(recs) == 1, [(r.kind, r.participants, r.status) for r in recs]
    return str(recs[0].date.start), recs[0].status


@pytest.mark.parametrize("text, published, day, status", [
    ("Talks between Armenia and Azerbaijan were to open in Baku on Tuesday, but Azerbaijan said on Friday they "
     "had been postponed.", "2026-03-07", "2026-03-10", S.stalled),
    ("A new round of talks between Kyiv and Moscow in Istanbul was due to start on Monday, but Turkey's foreign "
     "ministry said on Thursday it had been called off.", "2026-03-07", "2026-03-09", S.cancelled),
    ("The talks between Ukrainian and Russian negotiators in Istanbul, which were due on Monday, have been called "
     "off, Turkey said on Thursday.", "2026-03-07", "2026-03-09", S.cancelled),
    ("Serbia said on Wednesday that the visit of the Hungarian prime minister to Belgrade, planned for Tuesday, "
     "had been cancelled.", "2026-03-07", "2026-03-10", S.cancelled),
    ("A summit of Baltic and Nordic leaders in Riga had been set for Wednesday; Latvia cancelled it late on "
     "Saturday.", "2026-03-08", "2026-03-11", S.cancelled),
    ("Ukrainian and Russian negotiators were due to hold a new round in Istanbul on Monday.\n\nTurkey's foreign "
     "ministry said on Thursday the meeting had been called off.", "2026-03-07", "2026-03-09", S.cancelled),
    ("Armenian and Azerbaijani envoys were to meet in Tbilisi on Tuesday.\n\nGeorgia confirmed on Friday that the "
     "talks had been postponed.", "2026-03-07", "2026-03-10", S.stalled),
    ("Moldova's and Romania's foreign ministers were supposed to meet in Iasi on Thursday, but Chisinau said on "
     "Monday the trip was off.", "2026-03-03", "2026-03-05", S.cancelled),
])
def test_a_called_off_plans_weekday_counts_from_the_day_it_was_called_off(text, published, day, status):
    assert _day_status(text, published) == (day, status)


@pytest.mark.parametrize("text, published, day, status", [
    ("The visit of the Czech president to Kyiv, which was due on Friday, was called off last week.",
     "2026-03-02", "2026-02-27", S.cancelled),
    ("Talks between Armenia and Azerbaijan took place in Baku on Tuesday.", "2026-03-02", "2026-02-24", S.held),
    ("Talks between Armenia and Azerbaijan were held in Baku on Tuesday, but Azerbaijan said on Friday no "
     "progress was made.", "2026-03-07", "2026-03-03", S.held),
    ("Armenian and Azerbaijani envoys met in Tbilisi on Tuesday.\n\nGeorgia said on Friday that the talks were "
     "useful.", "2026-03-07", "2026-03-03", S.held),
])
def test_an_event_held_or_called_off_in_a_week_gone_by_keeps_its_day(text, published, day, status):
    assert _day_status(text, published) == (day, status)


# ---------------------------------------------------------------- C5: an event in a frame of preparation
# "came as / as / while + leaders readied / prepared to gather / headed to X for + event", "ahead
# of", "days before": the event is still to come (planned, its weekday ahead); a bloc's leaders
# gathering is a summit (leaders of several states, codebook 14).

def _attack_then(sentence):
    return "Russian drones struck Odesa overnight, officials said.\n\n" + sentence


@pytest.mark.parametrize("sentence, kind, day", [
    ("The raid came as Nordic heads of government readied a summit in Helsinki on Friday.", K.summit, "2026-03-06"),
    ("The attack came as EU leaders prepared to gather in Brussels on Friday for a summit.", K.summit, "2026-03-06"),
    ("It came as European leaders headed to Copenhagen for a summit on Friday.", K.summit, "2026-03-06"),
    ("The strike came ahead of a summit of EU leaders in Brussels on Friday.", K.summit, "2026-03-06"),
    ("The barrage came while Baltic leaders were getting ready for a summit in Vilnius on Saturday.", K.summit,
     "2026-03-07"),
    ("The attack came days before NATO defence ministers meet in Brussels on Tuesday.", K.meeting, "2026-03-10"),
    ("The raid came as the G7 leaders were preparing for their summit in Evian on Monday.", K.summit, "2026-03-09"),
    ("The drones struck hours before EU heads of state and government gather in Brussels on Friday.", K.summit,
     "2026-03-06"),
])
def test_an_event_in_a_frame_of_preparation_is_planned_ahead(sentence, kind, day):
    recs = diplomacy_of(_attack_then(sentence), published="2026-03-05")
    assert len(recs) == 1 and (recs[0].kind, recs[0].status, str(recs[0].date.start)) == (kind, S.planned, day)


@pytest.mark.parametrize("sentence", [
    "The president said he was prepared for a meeting with Putin at any moment.",
    "The president, as always, is prepared to meet Putin.",
    "The attack came as residents prepared for winter.",
    "The attack came as Ukrainians prepared for the holidays in Lviv on Friday.",
    "The raid came as families got ready for school in Kharkiv on Monday.",
])
def test_a_stance_or_a_frame_of_preparation_without_states_is_no_event(sentence):
    assert diplomacy_of(_attack_then(sentence), published="2026-03-05") == []


@pytest.mark.parametrize("text, kind, status", [
    ("EU leaders met in Brussels on Tuesday, as Ukraine prepared for more strikes.", K.summit, S.held),
    ("EU agriculture ministers will gather in Luxembourg on Friday.", K.meeting, S.planned),
    ("NATO envoys met in Brussels on Tuesday.", K.meeting, S.held),
])
def test_a_bloc_gathering_told_outright_keeps_its_status_and_ministers_stay_its_meeting(text, kind, status):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (kind, status)


@pytest.mark.parametrize("sentence, published, day", [
    ("The attacks came as EU leaders got ready to meet in Brussels on Thursday.", "2026-03-06", "2026-03-05"),
    ("The attacks came as EU leaders got ready to meet in Brussels on Monday.", "2026-03-06", "2026-03-09"),
    ("The attacks come as EU leaders get ready to meet in Brussels on Thursday.", "2026-03-06", "2026-03-12"),
])
def test_a_weekday_in_a_past_frame_of_preparation_counts_from_the_strike(sentence, published, day):
    recs = diplomacy_of(_attack_then(sentence), published=published)
    assert len(recs) == 1 and str(recs[0].date.start) == day


# ---------------------------------------------------------------- C6: a trade restriction is sanctions
# A ban, embargo, phase-out, price cap, tariff or end date put on a sanctioned state's goods, with no
# "sanctions" noun: sanctions, the status from the verb, the target state a side.

@pytest.mark.parametrize("text, status, sides", [
    ("The EU moved on Tuesday to ban Russian aluminium imports from next spring.", S.held,
     {"European Union", "Russia"}),
    ("Japan moved to cap the price of Russian crude it buys at 40 dollars a barrel.", S.held, {"Japan", "Russia"}),
    ("The European Commission suggested ending all purchases of Russian pipeline gas by the end of the decade.",
     S.proposed, {"European Union", "Russia"}),
    ("The European Commission proposed on Wednesday an earlier end date for imports of Russian liquefied "
     "natural gas.", S.proposed, {"European Union", "Russia"}),
    ("Britain on Thursday announced an embargo on Russian fertiliser imports.", S.held, {"United Kingdom", "Russia"}),
    ("Canada banned imports of Russian steel on Friday.", S.held, {"Canada", "Russia"}),
    ("Japan adopted a ban on Russian coal on Monday.", S.held, {"Japan", "Russia"}),
    ("The EU agreed a ban on Belarusian potash and Russian timber imports on Monday.", S.held,
     {"European Union", "Belarus", "Russia"}),
])
def test_a_trade_restriction_on_a_sanctioned_states_goods_is_sanctions(text, status, sides):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (K.sanctions, status) and sides <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "EU gas imports fell in October.",
    "Hungary opposes any phase-out of its coal plants.",
    "Russian oil exports rose in February despite the price cap.",
    "Germany banned fireworks in Berlin on New Year's Eve.",
    "Ukrainian drone strikes halted Russian oil exports from the port on Sunday.",
    "Gas traders said imports of Russian LNG to Belgium rose again in May.",
])
def test_trade_figures_or_a_restriction_on_no_sanctioned_state_are_no_sanctions(text):
    assert all(r.kind is not K.sanctions for r in diplomacy_of(text))


# ---------------------------------------------------------------- dev19 C5 (dev18 C4's family): the
# plan in one sentence, its calling off in the next under an anaphor opened by a time ("On Thursday it
# was called off"); "slated", "pencilled in" are planning verbs; the weekday counts from the calling off.

@pytest.mark.parametrize("text, published, day, status", [
    ("A third round was slated for Friday in Riyadh between Kyiv's and Moscow's negotiators.\n\n"
     "On Thursday it was called off.", "2026-03-07", "2026-03-06", S.cancelled),
    ("Talks between Armenia and Azerbaijan had been pencilled in for Tuesday in Tbilisi.\n\n"
     "Late on Friday they were postponed.", "2026-03-07", "2026-03-10", S.stalled),
    ("A new round between the Serbian and Kosovo delegations was scheduled for Wednesday in Brussels.\n\n"
     "On Monday it was cancelled.", "2026-03-03", "2026-03-04", S.cancelled),
    ("Moldovan and Romanian envoys were tentatively set to meet in Iasi on Thursday.\n\nThe session was later put off.",
     "2026-03-07", "2026-03-12", S.stalled),
])
def test_a_plan_called_off_in_the_next_sentence_takes_that_status_and_day(text, published, day, status):
    assert _day_status(text, published) == (day, status)


@pytest.mark.parametrize("text, kind", [
    ("Poland's foreign minister held a meeting with his Ukrainian counterpart in Warsaw on Friday.", K.talks),
    ("Zelensky held a meeting with the Greek foreign minister in Odesa on Thursday.", K.talks),
    ("The Lviv orchestra gave a concert on Friday.\n\nOn Saturday it was postponed.", None),
])
def test_a_meeting_held_with_a_minister_is_talks_and_a_concert_postponed_is_no_event(text, kind):
    recs = diplomacy_of(text)
    assert [r.kind for r in recs] == ([kind] if kind else [])


# ---------------------------------------------------------------- dev19 C1 (dev18 C2's family): the
# event named as a need, a dependency or with nothing settled is no event.

@pytest.mark.parametrize("text", [
    "The plan still requires further consultations among EU envoys.",
    "Any deal would need talks at the highest level.",
    "The idea needs more talks among EU ambassadors before it can be adopted.",
    "No date has been agreed yet for the next round of talks in Istanbul, Turkey said.",
    "A ceasefire depends on direct talks between Putin and Zelensky, the Kremlin said.",
    "Lasting peace hinges on a summit of the two presidents, Finnish diplomats believe.",
    "No venue has been set for the meeting of the Armenian and Azerbaijani leaders.",
])
# (a bare "no agreement on the date of the next round" stays an event: the gated evals/gold codes such a
# possible round as an optional proposed record)
def test_an_event_as_a_need_or_with_nothing_settled_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind", [
    ("EU envoys held further talks on the plan on Friday.", K.talks),
    ("Zelensky met Macron in Paris on Monday to discuss what the plan needs.", K.meeting),
])
def test_an_event_held_beside_a_need_stays(text, kind):
    assert one_record(text).kind is kind


# ---------------------------------------------------------------- C7: a background sentence on what a
# side did before is no event of its own and lends no side to the event told.

@pytest.mark.parametrize("text, sides", [
    ("Erdogan spoke with Zelensky by phone on Monday. Turkey has previously hosted both sides for negotiations.",
     {"Turkey", "Ukraine"}),
    ("Orban phoned Tokayev on Monday. Hungary once brokered contacts between the rival camps.",
     {"Hungary", "Kazakhstan"}),
    ("Erdogan spoke with Zelensky by phone on Monday. Turkey has hosted earlier rounds of talks between the "
     "warring parties.", {"Turkey", "Ukraine"}),
    ("Tusk called the Moldovan president on Tuesday. Poland has in the past mediated between Moldova and its breakaway region.",
     {"Poland", "Moldova"}),
])
def test_a_background_sentence_adds_no_event_and_no_side(text, sides):
    rec = one_record(text)
    assert (rec.kind, set(rec.participants)) == (K.phone_call, sides)


def test_a_background_clause_beside_a_plan_keeps_the_plan():
    rec = one_record("Turkey has previously hosted talks between the two sides and will host another round in "
                     "Istanbul on Monday.")
    assert (rec.kind, rec.status) == (K.talks, S.planned)

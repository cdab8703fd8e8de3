"""Diplomacy failure classes of dev12 (classes_dev12.md, section C), in general terms. Every
sentence is written fresh for these tests, in several phrasings; each class has near-misses that
must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C1: non-events read as events

@pytest.mark.parametrize("text", [
    # a leader's session with the state's own bodies
    "The prime minister chaired an emergency cabinet session on the energy situation in Kyiv.",
    "Zelensky held a meeting of the Stavka on Monday to discuss the front.",
    "The Polish president convened the National Security Council on Tuesday.",
    "Zelensky chaired a meeting of the Staff on Monday, hearing reports from the commanders.",
    "Sandu held a meeting of the Supreme Security Council on the energy crisis.",
    "Macron presided over a defence council at the Elysee on Wednesday evening.",
    # talks named inside a clause of time or condition: a stance
    "The Kremlin said strikes would continue until talks produced a settlement it could accept.",
    "Russia will keep up its offensive until talks with Kyiv bring results, the Kremlin said.",
    "Russia will press on as long as talks are not under way, the spokesman said.",
    "Moscow will not halt its offensive as long as no talks are under way, Peskov said.",
    "Kyiv will keep striking refineries while there are no negotiations, a spokesman said.",
    # a reporter's trip
    "Our reporter travelled to Bakhmut's outskirts, where only a handful of families remain.",
    "Our correspondent visited Kharkiv last week, where schools have moved underground.",
])
def test_a_domestic_session_a_stance_or_a_reporters_trip_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind", [
    # near misses: a guest from outside, an allied body, talks held while something else happens
    ("Zelensky held a meeting with the Dutch prime minister and the cabinet in Kyiv on Monday.", K.meeting),
    ("Rutte chaired a meeting of NATO defence ministers in Brussels on Thursday.", K.meeting),
    ("Sandu received the Romanian president in Chisinau on Friday.", K.meeting),
    ("Ukrainian and Russian delegations held talks in Istanbul on Monday.", K.talks),
    ("Zelensky chaired a meeting with commanders and the Dutch defence minister in Kharkiv.", K.meeting),
    ("Britain convened the UN Security Council on Friday after the strike on Kyiv.", K.meeting),
    ("Merz held talks with Zelensky while visiting Kyiv on Monday.", K.talks),
    ("The pending talks in Geneva were postponed until March, the Kremlin said.", K.talks),
])
def test_a_meeting_with_a_guest_or_an_allied_body_stays(text, kind):
    assert one_record(text).kind is kind


# ---------------------------------------------------------------- C2: sanctions under other verbs

@pytest.mark.parametrize("text, imposer, target", [
    ("Ottawa put three Russian banks and a Belarusian potash trader on its sanctions register.", "Canada", "Russia"),
    ("EU envoys rubber-stamped a fresh tranche of measures against Moscow late on Tuesday.", "European Union", "Russia"),
    ("Japan designated 20 Russian firms for sanctions on Monday.", "Japan", "Russia"),
    ("EU foreign ministers signed off on a raft of penalties on Russian banks in Luxembourg on Monday.",
     "European Union", "Russia"),
    ("Switzerland placed 12 Russian oil traders on its register of sanctioned companies on Friday.", "Switzerland", "Russia"),
    ("Canada on Friday blacklisted 14 shipping firms that move Russian crude.", "Canada", "Russia"),
])
def test_sanctions_adopted_under_another_verb(text, imposer, target):
    rec = one_record(text)
    assert rec.kind is K.sanctions and rec.status is S.held
    assert {imposer, target} <= set(rec.participants)


def test_sanctions_with_no_target_named_in_a_war_article_aim_at_russia():
    text = ("Russian drones hit Kharkiv overnight, Ukraine's air force said. Britain added 30 tankers and two "
            "traders to its list of sanctioned entities on Thursday.")
    rec = next(r for r in diplomacy_of(text) if r.kind is K.sanctions)
    assert set(rec.participants) == {"United Kingdom", "Russia"}


@pytest.mark.parametrize("text", [
    "The ministers discussed a new tranche of measures for Ukraine's energy grid.",
    "The minister added that the list of sanctioned firms was long.",
    "The agency designated the area a disaster zone on Sunday.",
])
def test_other_tranches_lists_and_designations_are_no_sanctions(text):
    assert all(r.kind is not K.sanctions for r in diplomacy_of(text))


# ---------------------------------------------------------------- C6: singular "talk" as the event noun

@pytest.mark.parametrize("text, sides", [
    ("In his talk with Ishiba, Zelensky thanked Japan for its support.", {"Japan", "Ukraine"}),
    ("Zelensky said his talk with the Japanese prime minister was productive.", {"Japan", "Ukraine"}),
    ("The chancellor's talk with Erdogan on Thursday centred on the Bosporus transit fees.", {"Turkey"}),
    ("Macron's talk with Tusk in Warsaw on Friday lasted two hours.", {"France", "Poland"}),
])
def test_one_talk_between_leaders_is_talks(text, sides):
    rec = one_record(text)
    assert rec.kind is K.talks and rec.status is S.held
    assert sides <= set(rec.participants)


def test_a_talk_the_paragraph_calls_a_call_is_a_phone_call():
    rec = one_record("In a phone call on Monday, the president's talk with Ishiba covered air defence.")
    assert rec.kind is K.phone_call


@pytest.mark.parametrize("text", [
    "There is loose talk in Vilnius of a winter truce.",
    "The minister dismissed the idea as idle talk.",
    "The general gave a pep talk to the troops near Kupiansk.",
    "Macron gave a talk to students in Lyon on Tuesday.",
    "Peace talk is cheap while the shelling goes on, the mayor of Kherson said.",
    "There was talk of new sanctions on Russia, diplomats said.",
    "Rumours of fresh sanctions on Belarus swirled in Vilnius on Thursday.",
])
def test_talk_that_is_no_conversation_is_no_event(text):
    assert diplomacy_of(text) == []


# ---------------------------------------------------------------- C5: a further event agreed inside a report

@pytest.mark.parametrize("text, held, planned, place", [
    ("Macron phoned Tokayev on Friday, and they agreed to meet in Astana in early March.",
     K.phone_call, K.meeting, "Astana"),
    ("After an hour on the line, Zelensky and Erdogan settled on a fresh Istanbul round for 14 May.",
     K.phone_call, K.talks, None),
    ("The foreign ministers of Poland and Lithuania spoke by video and fixed another session of talks in Vienna "
     "next month.", K.phone_call, K.talks, "Vienna"),
    ("During the call, Starmer and Zelensky agreed to meet in London next week.", K.phone_call, K.meeting, "London"),
    ("Sikorski held talks with Lavrov in Geneva on Monday and the two agreed to hold a second round in Vienna "
     "on 12 March.", K.talks, K.talks, "Vienna"),
])
def test_an_event_agreed_during_one_held_is_a_planned_record(text, held, planned, place):
    recs = diplomacy_of(text)
    assert len(recs) == 2, [(r.kind, r.status) for r in recs]
    done = next(r for r in recs if r.status is S.held)
    ahead = next(r for r in recs if r.status is S.planned)
    assert done.kind is held and ahead.kind is planned
    assert set(done.participants) <= set(ahead.participants)
    assert (ahead.location.name if ahead.location else None) == place
    assert ahead.date is not None or place is None


@pytest.mark.parametrize("text", [
    "Starmer spoke with Zelensky on Tuesday and agreed to meet the air defence needs of Ukraine.",
    "Merz spoke with Zelensky on Monday about air defence and agreed to send more shells.",
])
def test_agreeing_to_something_else_adds_no_planned_gathering(text):
    assert all(r.status is not S.planned or r.kind not in (K.meeting, K.talks) for r in diplomacy_of(text))


def test_an_agreement_to_meet_told_alone_stays_one_planned_meeting():
    rec = one_record("Starmer and Zelensky agreed to meet in London next week.")
    assert rec.kind is K.meeting and rec.status is S.planned


# ---------------------------------------------------------------- C4: a mediator told in its own sentence
# (ruling D: a mediator, broker or host is a participant, codebook rule 15)

_WAR = "Russian drones hit Odesa overnight. "


@pytest.mark.parametrize("text, kind, mediator", [
    (_WAR + "Ukraine and Russia exchanged 150 prisoners on Sunday. The swap was brokered by the United Arab Emirates.",
     K.prisoner_exchange, "United Arab Emirates"),
    (_WAR + "Ninety Ukrainian defenders returned home from captivity on Sunday. Qatar mediated the return, the "
     "coordination centre said.", K.prisoner_exchange, "Qatar"),
    (_WAR + "Ukraine and Russia swapped 84 prisoners of war on Friday. Kyiv thanked Turkey for its mediation.",
     K.prisoner_exchange, "Turkey"),
    (_WAR + "Ukrainian and Russian delegations held talks in Jeddah on Tuesday. Saudi Arabia brokered the meeting.",
     K.talks, "Saudi Arabia"),
    (_WAR + "Negotiators from Kyiv and Moscow met in Abu Dhabi on Friday. The talks were facilitated by the Emirates.",
     K.talks, "United Arab Emirates"),
])
def test_a_mediator_named_in_the_next_sentence_is_a_party(text, kind, mediator):
    rec = one_record(text)
    assert rec.kind is kind and mediator in rec.participants
    assert {"Ukraine", "Russia"} <= set(rec.participants)


def test_a_state_in_the_next_sentence_that_brokered_nothing_joins_nothing():
    text = _WAR + "Ukraine and Russia swapped 84 prisoners of war on Friday. Poland said it would send more shells to Kyiv."
    swap = next(r for r in diplomacy_of(text) if r.kind is K.prisoner_exchange)
    assert set(swap.participants) == {"Ukraine", "Russia"}


# ---------------------------------------------------------------- C3: the form noun over its subject

@pytest.mark.parametrize("text", [
    _WAR + "Russian and Ukrainian delegations held talks on an exchange of prisoners in Istanbul on Monday.",
    _WAR + "On Tuesday a round of technical talks between the Russian and Ukrainian delegations on an exchange of "
    "prisoners took place in Abu Dhabi.",
    _WAR + "Talks between Kyiv's and Moscow's negotiators about a new prisoner swap opened in Riyadh on Monday.",
])
def test_talks_about_an_exchange_are_talks(text):
    rec = one_record(text)
    assert rec.kind is K.talks and {"Russia", "Ukraine"} <= set(rec.participants)


@pytest.mark.parametrize("text", [
    _WAR + "Ukraine and Russia exchanged 150 prisoners on Sunday after talks in Istanbul.",
    _WAR + "Following talks between the two delegations, Ukraine and Russia swapped 84 prisoners of war on Friday.",
])
def test_an_exchange_carried_out_after_talks_stays_an_exchange(text):
    assert one_record(text).kind is K.prisoner_exchange


def test_a_meeting_during_a_trip_is_the_meeting():
    rec = one_record("The president met the Estonian defence minister, who was in Kyiv on a one-day trip.")
    assert rec.kind is K.talks and {"Estonia", "Ukraine"} <= set(rec.participants)  # a minister met: talks (rule 14, dev18 C1)


# ---------------------------------------------------------------- C7: status and day of readout events

@pytest.mark.parametrize("text", [
    "Copenhagen unveiled fresh military support worth 80 million euros for Kyiv, which will pay for shells and spare barrels.",
    "Denmark on Tuesday approved its latest aid package for Ukraine, which is to finance drone makers in Lviv.",
    "Sweden unveiled a fresh aid package for Ukraine on Monday that is to pay for air defence.",
    "The Netherlands approved 200 million euros in military aid for Ukraine, which will be used to buy ammunition.",
    "The EU imposed new sanctions on Russia on Friday, which will cover 40 more tankers.",
])
def test_what_a_decided_measure_will_pay_for_leaves_it_held(text):
    assert one_record(text).status is S.held


@pytest.mark.parametrize("text", [
    "Germany will send a military aid package to Ukraine next month, which will include two Patriot systems.",
    "The EU plans new sanctions on Russia which will target its LNG exports.",
])
def test_a_measure_still_to_come_stays_planned(text):
    assert one_record(text).status is S.planned


@pytest.mark.parametrize("text", [
    "Results of the working day. Zelensky held a call with Erdogan.",
    "In the morning the president visited a hospital in Kyiv. In the evening Zelensky then spoke with Erdogan.",
    "Summary of the President's working day: after lunch Zelensky talked to Erdogan about grain.",
])
def test_an_undated_event_of_a_one_day_readout_takes_the_readouts_day(text):
    rec = next(r for r in diplomacy_of(text) if r.kind is K.phone_call)
    assert rec.date is not None and str(rec.date.start) == "2026-03-02"


def test_an_undated_event_outside_a_readout_stays_undated():
    rec = one_record("Zelensky spoke with Erdogan. In the evening, Russian drones attacked Odesa.")
    assert rec.date is None


# ---------------------------------------------------------------- ruling D: the host of talks takes part

@pytest.mark.parametrize("text, host", [
    ("Russian and Ukrainian delegations held talks in Istanbul on Monday.", "Turkey"),
    ("US and Russian negotiators held talks in Riyadh on Tuesday.", "Saudi Arabia"),
    ("Armenian and Azerbaijani diplomats held talks in Geneva on Friday.", "Switzerland"),
])
def test_the_state_hosting_talks_between_others_is_a_participant(text, host):
    assert host in one_record(text).participants


def test_an_organisations_meeting_at_its_seat_has_no_host_side():
    assert one_record("NATO envoys met in Brussels on Thursday.").participants == ["NATO"]


# ---------------------------------------------------------------- C4: a readout's own leader by title alone

from summariser.articles import make_article  # noqa: E402
from summariser.backends.rules import RulesBackend  # noqa: E402


def _from_source(text: str, source: str | None):
    return RulesBackend(None).extract(make_article(text, published="2026-03-02", source=source)).diplomacy


@pytest.mark.parametrize("text, source, home, other", [
    ("In the evening the Head of State received the Dutch foreign minister.", "President of Ukraine",
     "Ukraine", "Netherlands"),
    ("The President then spoke by phone with the Japanese prime minister.", "Office of the President of Ukraine",
     "Ukraine", "Japan"),
    ("After lunch the Foreign Minister met his Estonian counterpart in Riga.", "Ministry of Foreign Affairs of Latvia",
     "Latvia", "Estonia"),
])
def test_an_official_readouts_untitled_leader_is_the_sources_state(text, source, home, other):
    (rec,) = _from_source(text, source)
    assert {home, other} <= set(rec.participants)


@pytest.mark.parametrize("text, source", [
    ("In the evening the Head of State received the Dutch foreign minister.", "Reuters"),
    ("In the evening the Head of State received the Dutch foreign minister.", None),
    ("The President of France met the Dutch foreign minister on Monday.", "President of Ukraine"),
])
def test_an_outlet_or_a_named_leader_adds_no_source_state(text, source):
    (rec,) = _from_source(text, source)
    assert "Ukraine" not in rec.participants


# ---------------------------------------------------------------- C2, more phrasings: the bloc's envoys, a later step

_HIT = "Russian drones hit Kharkiv, Ukraine said. "


@pytest.mark.parametrize("text", [
    _HIT + "On Wednesday, EU ambassadors signed off on the next round of sanctions, which foreign ministers are "
    "expected to formally adopt on Monday.",
    _HIT + "Ambassadors of the 27 member states signed off on the 21st sanctions package on Friday.",
    _HIT + "EU envoys signed off on the next sanctions round against Moscow, diplomats told the newsletter.",
])
def test_a_round_signed_off_by_the_blocs_envoys_is_held_sanctions_of_the_eu(text):
    rec = one_record(text)
    assert rec.kind is K.sanctions and rec.status is S.held
    assert {"European Union", "Russia"} <= set(rec.participants)


def test_a_round_the_ministers_are_still_to_adopt_stays_planned():
    rec = one_record(_HIT + "EU foreign ministers are expected to adopt the next round of sanctions on Monday.")
    assert rec.kind is K.sanctions and rec.status is not S.held

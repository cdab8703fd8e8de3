"""Diplomacy failure classes of dev13 (classes_dev13.md, section C), by concept: each class's whole
word family (tense, modal, voice, word order, other formats). Every sentence is written fresh for
these tests; each class has near-misses that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C2: states' delegations meeting are talks

@pytest.mark.parametrize("text, sides, status", [
    ("Negotiators from Kyiv and Moscow will meet in Doha on 9 April.", {"Ukraine", "Russia"}, S.planned),
    ("Security advisers of Japan, Canada and Ukraine gather in Ottawa next Tuesday.", {"Japan", "Canada", "Ukraine"}, S.planned),
    ("Armenian and Azerbaijani delegations are due in Almaty on Friday for a new round.", {"Armenia", "Azerbaijan"}, S.planned),
    ("Ukrainian and Russian delegations are expected in Geneva on 12 March.", {"Ukraine", "Russia"}, S.planned),
    ("Envoys of France and Germany will sit down in Berlin on Thursday.", {"France", "Germany"}, S.planned),
    ("Officials from Washington and Kyiv will be in Riyadh on Wednesday for a second round.", {"United States", "Ukraine"}, S.planned),
    ("The Turkish and Greek delegations are set to convene in Athens on 4 April.", {"Turkey", "Greece"}, S.planned),
    ("Advisers of the Polish and Czech leaders convened in Prague on Friday.", {"Poland", "Czech Republic"}, S.held),
    ("Delegations of Serbia and Kosovo gathered in Brussels on Thursday under EU mediation.", {"Serbia", "Kosovo"}, S.held),
])
def test_states_delegations_gathering_in_any_tense_are_talks(text, sides, status):
    rec = one_record(text)
    assert rec.kind is K.talks and rec.status is status
    assert sides <= set(rec.participants)


@pytest.mark.parametrize("text, kind", [
    ("NATO envoys will meet in Brussels on Friday.", K.meeting),  # an organisation's own gathering
    ("NATO defence ministers meet in Brussels on Thursday.", K.meeting),
    ("Sherpas of the G7 states convened in Rome on Monday.", K.meeting),
    ("Orbán is expected in Beijing on Monday.", K.visit),  # one travelling leader
    ("Zelensky met Macron in Paris on Monday.", K.meeting),
])
def test_an_organisations_gathering_or_a_leaders_trip_keeps_its_kind(text, kind):
    assert one_record(text).kind is kind


# ---------------------------------------------------------------- C3: aid told by a delivery verb and weapon systems

_WAR = "Russian drones hit Kharkiv overnight, Ukraine's air force said. "


@pytest.mark.parametrize("text, giver, recipient", [
    ("Norway will transfer two more NASAMS batteries to Kyiv before summer.", "Norway", "Ukraine"),
    (_WAR + "Spain said it would ship additional Hawk interceptors, without saying how many.", "Spain", "Ukraine"),
    ("The Netherlands is handing Ukraine 18 howitzers worth €300 million.", "Netherlands", "Ukraine"),
    ("Germany will hand Ukraine four IRIS-T launchers and 120 missiles, worth €500 million.", "Germany", "Ukraine"),
    ("Denmark will lend Kyiv six F-16 jets for pilot training.", "Denmark", "Ukraine"),
    ("Poland hands Moldova two radar systems, its defence ministry said.", "Poland", "Moldova"),
    (_WAR + "Finland is sending another batch of shells, the defence minister said.", "Finland", "Ukraine"),
    (_WAR + "Lithuania has decided to donate two more NASAMS launchers, Vilnius said on Friday.", "Lithuania", "Ukraine"),
    ("North Korea shipped more shells to Russia.", "North Korea", "Russia"),
])
def test_a_state_delivering_weapon_systems_is_aid_held(text, giver, recipient):
    rec = next(r for r in diplomacy_of(text) if r.kind is K.military_aid)
    assert rec.status is S.held  # an announced aid decision is held (codebook 16, ruling of 1 December)
    assert {giver, recipient} <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "The factory will send 40 transformers to Kharkiv.",  # no weapons, a company
    _WAR + "Russia will send more missiles at Kyiv, the Kremlin warned.",  # weapons fired at a place
    "Russia sent Iranian drones over Kharkiv at night.",
    _WAR + "Russia is sending drones over the border every night.",
])
def test_weapons_fired_or_goods_sent_are_no_aid(text):
    assert not [r for r in diplomacy_of(text) if r.kind is K.military_aid]


@pytest.mark.parametrize("text", [
    "Germany's defence minister pledged four more IRIS-T launchers for Ukraine during a visit to Kyiv on Wednesday. "
    "He also visited Odesa.",
    "The French foreign minister announced €100 million in military aid for Ukraine on a trip to Odesa on Monday. "
    "She later visited the port with her Ukrainian counterpart.",
    "During her visit to Kyiv, the Dutch premier announced a new aid package for Ukraine.",
])
def test_aid_announced_on_a_trip_the_article_reports_is_aid_and_a_visit(text):
    assert {r.kind for r in diplomacy_of(text)} == {K.military_aid, K.visit}


@pytest.mark.parametrize("text", [
    # a digest's one-line item: the trip is only the circumstance of the pledge
    "Germany pledged four more IRIS-T launchers for Ukraine during a visit to Kyiv by its defence minister.",
    "Sweden announced 300 million kronor in military aid for Ukraine on a trip to Lviv by its premier.",
])
def test_a_trip_named_only_after_the_aid_is_its_circumstance(text):
    assert [r.kind for r in diplomacy_of(text)] == [K.military_aid]


@pytest.mark.parametrize("text", [
    "Orbán held talks with Putin in Moscow on Friday during a working visit.",
    "Merz held talks with Zelensky while visiting Kyiv on Monday.",
])
def test_talks_during_a_visit_told_after_them_stay_one_event(text):
    assert one_record(text).kind is K.talks


# ---------------------------------------------------------------- C5: reactions, observers, negated schedules

@pytest.mark.parametrize("text", [
    # outsiders watching an event: its noun is a topic
    "Investors are eyeing negotiations on Caspian oil transit, which could reshape flows to Europe.",
    "Traders are watching talks between the EU and Norway on gas flows, which could lift prices.",
    "Markets await the outcome of talks between Washington and Beijing on tariffs.",
    "Analysts are monitoring negotiations between Qatar and Germany on LNG supplies.",
    "Grain prices fell as traders priced in a meeting between the Russian and Turkish leaders on Black Sea shipping.",
    # a third party's reaction to a gathering
    "Minsk derided the Vilnius summit as theatre.",
    "The Kremlin dismissed the meeting of European leaders in London as pointless.",
    "Moscow called the Paris summit a sham.",
    "Beijing labelled the talks between Manila and Tokyo a provocation.",
    # a stance with a negated schedule
    "A Kremlin aide said Moscow was open to dialogue with Paris, though no date for a meeting had been fixed.",
    "An aide said Beijing is still ready for dialogue with Tokyo, though no firm dates were agreed for a further meeting.",
    "The foreign ministry said Ankara was ready for talks with Athens, but no decision on a meeting had been taken.",
])
def test_watching_reacting_or_an_unscheduled_meeting_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind, status", [
    ("Hungary cancelled the meeting with Ukraine's foreign minister scheduled for Tuesday.", K.talks, S.cancelled),  # a minister: talks (rule 14, dev18 C1)
    ("Kyiv rejected the Russian ceasefire proposal on Monday.", K.proposal, S.cancelled),  # put to the side rejecting it
    ("Zelensky called Macron on Sunday to discuss air defence.", K.phone_call, S.held),
    ("Erdogan called the meeting with Putin in Sochi productive.", K.meeting, S.held),  # a party's own verdict
    ("The EU welcomed the agreement signed by Armenia and Azerbaijan on Friday.", K.agreement, S.held),
])
def test_a_party_cancelling_or_an_agreement_reacted_to_stays(text, kind, status):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (kind, status)


# ---------------------------------------------------------------- C8: a package proposed in a relative clause of a threat

@pytest.mark.parametrize("text, day", [
    (_WAR + "Slovakia vowed to veto the 25th package, which Brussels tabled on Tuesday.", "2026-02-24"),
    (_WAR + "Slovakia threatened to hold up the 23rd round of penalties, which the European Commission sent to "
            "capitals on Friday.", "2026-02-27"),
    (_WAR + "Malta said it could not back the 19th package, presented by the European Commission on Wednesday.", "2026-02-25"),
    (_WAR + "Bratislava will not support the new sanctions package that the European Commission proposed on Monday.",
     "2026-03-02"),
    (_WAR + "Budapest may block the 24th package the EU executive unveiled on 2 February.", "2026-02-02"),
    (_WAR + "Austria remains wary of the 26th package that the European Commission submitted to capitals on Thursday.",
     "2026-02-26"),
])
def test_a_package_put_forward_in_a_relative_clause_is_proposed_that_day(text, day):
    rec = next(r for r in diplomacy_of(text) if r.kind is K.sanctions)
    assert rec.status is S.proposed and str(rec.date.start) == day
    assert "European Union" in rec.participants
    assert not {"Slovakia", "Hungary", "Malta", "Austria"} & set(rec.participants)  # the threat is no side


@pytest.mark.parametrize("text", [
    "Hungary threatened to block any further sanctions.",  # no package put forward
    "Slovakia vowed to veto the package.",
])
def test_a_threat_with_no_package_put_forward_is_no_event(text):
    assert diplomacy_of(text) == []


def test_a_package_adopted_in_the_main_clause_stays_held():
    rec = one_record("The EU adopted its 20th package against Russia on Friday.")
    assert rec.status is S.held


# ---------------------------------------------------------------- C1: a gathering told with its outcome

@pytest.mark.parametrize("text, kind, sides, day", [
    ("The Nordic and Baltic prime ministers met in Tallinn on Monday and agreed a joint demining fund.",
     K.meeting, {"Nordic-Baltic Eight"}, "2026-03-02"),
    ("Tusk hosted Fiala, Fico and Orbán in Warsaw on Thursday, and they issued a statement promising closer "
     "energy links next year.", K.summit, {"Poland", "Czech Republic", "Slovakia", "Hungary"}, "2026-02-26"),
    ("The leaders of Poland, Czechia, Slovakia and Hungary met in Warsaw on Thursday and issued a statement "
     "promising a new round of talks with Kyiv later this month.", K.summit, {"Poland", "Czech Republic", "Slovakia", "Hungary"},
     "2026-02-26"),
    ("The leaders of France, Germany and Poland met in Weimar on Tuesday and agreed a package of air defence aid "
     "for Ukraine.", K.summit, {"France", "Germany", "Poland"}, "2026-02-24"),
    ("The presidents of Estonia, Latvia and Lithuania met in Riga on Friday, pledging to keep sanctions on Moscow.",
     K.summit, {"Estonia", "Latvia", "Lithuania"}, "2026-02-27"),
    ("Zelensky met Macron and Starmer in London on Sunday and announced a plan for a reassurance force.",
     K.summit, {"Ukraine", "France", "United Kingdom"}, "2026-03-01"),
])
def test_a_gathering_keeps_its_kind_status_and_day_whatever_its_outcome(text, kind, sides, day):
    rec = one_record(text)
    assert (rec.kind, rec.status, str(rec.date.start)) == (kind, S.held, day)
    assert set(rec.participants) == sides  # a side named in the outcome ("talks with Kyiv") is none


def test_the_hosts_roster_told_next_joins_the_summit():
    recs = diplomacy_of("Tusk hosted Fiala, Fico and Orbán in Warsaw on Thursday, and they issued a statement promising "
                        "closer energy links. Tusk received Fiala, Fico and Orbán at the chancellery for four hours; it "
                        "was their first meeting in that format.", published="2026-03-07")
    assert [(r.kind, r.status) for r in recs] == [(K.summit, S.held)]


@pytest.mark.parametrize("text, kinds", [
    # an outcome that is an event of its own still makes its record
    ("The Nordic and Baltic prime ministers met in Tallinn on Monday and agreed to meet again in Oslo on 4 May.",
     [(K.meeting, S.held), (K.meeting, S.planned)]),
    ("Zelensky met Macron in Paris on Monday.", [(K.meeting, S.held)]),  # two leaders: a meeting
    ("Merz and Macron met in Berlin on Friday and agreed a joint statement on Ukraine.", [(K.meeting, S.held)]),
])
def test_a_planned_next_step_or_two_leaders_meeting_stay(text, kinds):
    assert [(r.kind, r.status) for r in diplomacy_of(text)] == kinds


# ---------------------------------------------------------------- C7: a timeline item's day head dates the whole item

@pytest.mark.parametrize("text, kind, day", [
    ("Week in review\n\n- **Tuesday, 3 March.** Sandu phoned Macron. Later, Romania signed a gas deal with Moldova.\n",
     K.agreement, "2026-03-03"),
    ("Week in review\n\n- **6 March.** Parade rehearsal in Moscow. In Kyiv, the Finnish president paid a visit.\n",
     K.visit, "2026-03-06"),
    ("Timeline\n\n* **Monday 2 March** - Hungary blocked a statement. The Polish foreign minister then visited Kyiv.\n",
     K.visit, "2026-03-02"),
    ("Timeline\n\n* **Wednesday 4 March** - A quiet day at the front. Later, Starmer spoke with Zelensky.\n",
     K.phone_call, "2026-03-04"),
    ("Key dates\n\n1. **Thursday:** Air raid alerts in Lviv. Ukraine and Poland signed a drone deal in Rzeszow.\n",
     K.agreement, "2026-03-05"),
    ("Diary\n\n- **Sunday 1 March:** Storms in Odesa. In Ankara, Erdogan received the Ukrainian foreign minister.\n",
     K.talks, "2026-03-01"),  # a leader receiving a minister holds talks (rule 14, dev18 C1)
    ("Diary\n\n- __2 March__ Rain. Then Slovakia and Hungary agreed a pipeline deal.\n", K.agreement, "2026-03-02"),
    ("Diary\n\n\u2022 **Saturday 7 March** - Markets shut. Sweden pledged 20 howitzers for Ukraine.\n",
     K.military_aid, "2026-03-07"),
])
def test_every_sentence_of_a_dated_list_item_takes_its_day(text, kind, day):
    rec = next(r for r in diplomacy_of(text, published="2026-03-08") if r.kind is kind)
    assert str(rec.date.start) == day


def test_an_undated_item_after_a_dated_one_is_not_dated_by_it():
    text = "Diary\n\n- **Tuesday, 3 March.** Sandu phoned Macron.\n- Meloni met Rutte in Rome.\n"
    rec = next(r for r in diplomacy_of(text, published="2026-03-08") if r.kind is K.meeting)
    assert rec.date is None or str(rec.date.start) != "2026-03-03"


def test_a_sentence_after_the_list_is_not_dated_by_its_last_item():
    text = ("Week in review\n\n- **6 March.** Parade rehearsal in Moscow.\n\n"
            "Separately, Romania and Moldova signed a gas deal.\n")
    rec = one_record(text)
    assert rec.date is None or str(rec.date.start) != "2026-03-06"


# ---------------------------------------------------------------- C6: "the N countries"

@pytest.mark.parametrize("text, kind, sides", [
    ("The leaders of Poland, Czechia, Slovakia and Hungary met in Warsaw on Thursday. The EU adopted new sanctions on "
     "Russia on Friday. Security advisers of the four countries will meet in Prague next week.",
     K.talks, {"Poland", "Czech Republic", "Slovakia", "Hungary"}),
    ("Romania and Moldova agreed to deepen energy ties on Monday. The two governments will sign the accord in "
     "Chisinau next week.", K.agreement, {"Romania", "Moldova"}),
    ("The foreign ministers of Norway, Sweden, Finland, Denmark and Iceland met in Oslo on Tuesday. Ministers of the "
     "five countries will meet again in Reykjavik on 4 May.", K.talks, {"Norway", "Sweden", "Finland", "Denmark", "Iceland"}),
    ("Lithuania, Latvia and Estonia said on Monday they would quit the mine-ban treaty. Defence chiefs of the three "
     "Baltic states and of Poland will meet in Riga on 2 June.", K.meeting, {"Lithuania", "Latvia", "Estonia", "Poland"}),
    ("Japan and South Korea pledged closer ties on Tuesday. Britain hosted a summit on Wednesday. Envoys of the two "
     "governments will meet in Seoul on 9 March.", K.talks, {"Japan", "South Korea"}),
    ("Germany and France agreed a joint tank project on Monday. Officials of both countries will meet in Paris on "
     "12 March.", K.talks, {"Germany", "France"}),
    ("The presidents of Moldova, Romania and Ukraine met in Odesa on Friday. Foreign ministers of the three countries "
     "will gather in Bucharest next week.", K.talks, {"Moldova", "Romania", "Ukraine"}),
    ("Serbia and Hungary opened a pipeline on Monday. Britain and Norway signed a deal on Tuesday. The two "
     "governments will hold talks in Oslo on 20 March.", K.talks, {"United Kingdom", "Norway"}),
])
def test_a_numbered_anaphor_takes_the_states_named_together_before(text, kind, sides):
    rec = [r for r in diplomacy_of(text) if r.kind is kind and r.status is S.planned][-1]
    assert set(rec.participants) == sides


def test_two_sides_with_no_event_make_no_record():
    assert diplomacy_of("India and Pakistan traded fire on Monday. The two sides blamed each other.") == []


def test_a_number_of_things_that_are_no_states_changes_nothing():
    recs = diplomacy_of("Ukraine and Poland signed a drone deal on Monday. The two documents will be published later.")
    assert [set(r.participants) for r in recs] == [{"Ukraine", "Poland"}]


# ---------------------------------------------------------------- C4: the Q&A interview format

_INTERVIEW = ("Moldova's foreign minister Mihai Popsoi spoke to us by phone from Chisinau on Thursday.\n\n"
              "**Did the talks with Minsk go anywhere?**\n\nNo. They were postponed, and we were told on Monday.\n\n"
              "**You met the Swiss foreign minister last week.**\n\nYes, I saw Ignazio Cassis in Bern on Thursday. "
              "We agreed to open a consulate.\n\n**What about your trip to Kyiv?**\n\nIt was cancelled because of the strikes.\n")


def test_an_interviews_questions_are_context_and_its_answers_tell_the_events():
    recs = {(r.kind, r.status): r for r in diplomacy_of(_INTERVIEW, published="2026-03-06")}
    assert set(recs) == {(K.talks, S.stalled), (K.meeting, S.held), (K.visit, S.cancelled)}  # no call from the intro
    assert set(recs[(K.talks, S.stalled)].participants) == {"Moldova", "Belarus"}
    meeting = recs[(K.meeting, S.held)]
    assert set(meeting.participants) == {"Moldova", "Switzerland"} and str(meeting.date.start) == "2026-03-05"
    assert set(recs[(K.visit, S.cancelled)].participants) == {"Moldova", "Ukraine"}


@pytest.mark.parametrize("text, expected", [
    ("The Latvian prime minister Evika Silina told this newspaper about the war on Tuesday.\n\n"
     "**Have you spoken to Kyiv lately?**\n\nYes, I called the Ukrainian premier on Sunday.\n\n"
     "**Will you visit Warsaw?**\n\nNot this month.\n", [(K.phone_call, {"Latvia", "Ukraine"})]),
    ("We reached the Estonian foreign minister Margus Tsahkna by phone late on Tuesday for this interview.\n\n"
     "**Is a new round with Moscow likely?**\n\nNo.\n\n**Whom did you meet this week?**\n\n"
     "I met my Finnish counterpart in Tallinn on Monday.\n", [(K.meeting, {"Estonia", "Finland"})]),
])
def test_an_interviewees_i_and_we_are_their_state(text, expected):
    recs = diplomacy_of(text, published="2026-03-06")
    assert [(r.kind, set(r.participants)) for r in recs] == expected


@pytest.mark.parametrize("text, kind, status, sides", [
    ("Our correspondent spoke to Lithuania's foreign minister Kestutis Budrys in Vilnius.\n\n"
     "**Has your summit with Warsaw been fixed?**\n\nIt was postponed until May.\n\n**Anything else?**\n\nNo.\n",
     K.summit, S.planned, {"Lithuania", "Poland"}),  # put off to a new month: planned then (rescheduled)
    ("The Czech president Petr Pavel gave this interview in Prague on Monday.\n\n**Did you talk to Kyiv?**\n\n"
     "We talked by phone with Zelensky on Saturday.\n\n**And Bratislava?**\n\nNot yet.\n",
     K.phone_call, S.held, {"Czech Republic", "Ukraine"}),
    ("In an interview with this newspaper, Finland's president Alexander Stubb spoke about the border.\n\n"
     "**Is your visit to Washington still on?**\n\nYes, the trip is set for 20 March.\n\n**Why now?**\n\nTiming.\n",
     K.visit, S.planned, {"Finland", "United States"}),
])
def test_an_answer_tells_the_questions_event_for_the_interviewees_state(text, kind, status, sides):
    recs = diplomacy_of(text, published="2026-03-06")
    assert [(r.kind, r.status, set(r.participants)) for r in recs] == [(kind, status, sides)]


@pytest.mark.parametrize("text", [
    "Zelensky called the Polish president on Monday to discuss air defence.",
    "Rutte told reporters in an interview with the BBC that allies would do more.",  # no Q&A: no layout read
])
def test_outside_an_interview_nothing_changes(text):
    recs = diplomacy_of(text)
    assert all(r.kind is K.phone_call for r in recs)


@pytest.mark.parametrize("text, day", [
    (_WAR + "Moscow condemned the 19th package, which EU ambassadors approved on Friday.", "2026-02-27"),
    (_WAR + "Kyiv welcomed the 20th package, agreed by EU envoys on Wednesday.", "2026-02-25"),
    (_WAR + "Beijing protested against the new sanctions package that the EU adopted on Tuesday.", "2026-02-24"),
])
def test_a_package_adopted_in_a_relative_clause_is_held_that_day_for_its_sides_only(text, day):
    rec = one_record(text)
    assert (rec.kind, rec.status, str(rec.date.start)) == (K.sanctions, S.held, day)
    assert set(rec.participants) == {"European Union", "Russia"}  # the reacting state is no side


@pytest.mark.parametrize("text, sides", [
    ("Tusk hailed the agreement signed with Ukraine on Monday.", {"Poland", "Ukraine"}),  # not a relative-clause measure
    ("Turkey hosted talks in Istanbul on Monday. The next round, which Ankara proposed, is due in April.", {"Turkey"}),
])
def test_a_reaction_outside_a_relative_measure_or_a_round_of_talks_is_untouched(text, sides):
    recs = diplomacy_of(text)
    assert all(r.kind is not K.sanctions for r in recs) and sides <= set(recs[0].participants)


@pytest.mark.parametrize("text, expected", [
    ("The Estonian foreign minister told this newspaper by phone on Tuesday that Tallinn would send more shells.",
     [K.military_aid]),
    ("Speaking to us by phone from Riga, the Latvian premier said no summit was planned.", []),
    ("In an interview with Reuters by video link, Sandu said Moldova would hold talks with Romania on Friday.", [K.talks]),
    ("Zelensky spoke by phone with Macron on Tuesday.", [K.phone_call]),  # a call between sides stays
])
def test_the_journalists_own_contact_is_no_call_in_any_format(text, expected):
    assert [r.kind for r in diplomacy_of(text)] == expected

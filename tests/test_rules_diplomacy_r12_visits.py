"""Diplomacy classes of dev21/dev22 on visits, aid, venues and postponements (classes_dev21.md C1,
C4, C6; classes_dev22.md C2-C5), in general terms. Every sentence is written fresh for these tests,
in several phrasings; each class has near-misses from ordinary wire copy that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- dev21 C1: the arrival family
# A visit told by how the visitor arrives (landed in, touched down in, got off / stepped off a train
# in, pulled into, was greeted in, arrives in, an onward leg "head on to"), the visitor named by
# nationality and office; arrivals of people or things that travel for no state are no visit.

@pytest.mark.parametrize("text, visitor, city", [
    ("The Irish taoiseach got off an overnight train in Odesa on Monday.", "Ireland", "Odesa"),
    ("The Dutch prime minister landed in Kyiv on Monday.", "Netherlands", "Kyiv"),
    ("Macron flew into Kyiv on Monday.", "France", "Kyiv"),
    ("Macron arrives in Kyiv on Monday.", "France", "Kyiv"),
    ("The Polish president was greeted in Vilnius on Monday by Nauseda.", "Poland", "Vilnius"),
    ("The Swedish king pulled into Odesa on Monday.", "Sweden", "Odesa"),
    ("Landing in Chisinau before noon, the Romanian president went straight to the parliament.", "Romania", "Chisinau"),
    ("The Finnish foreign minister touched down in Warsaw on Monday for a day of meetings.", "Finland", "Warsaw"),
    ("The Austrian chancellor stepped off a military plane in Riga on Monday.", "Austria", "Riga"),
    ("The train carrying Sanchez pulled into Kyiv on Monday morning.", "Spain", "Kyiv"),
    ("The Czech foreign minister will head on to Lviv on Saturday to open a rehabilitation centre.", "Czech Republic", "Lviv"),
])
def test_dev21_c1_an_arrival_of_a_state_traveller_is_a_visit(text, visitor, city):
    rec = one_record(text)
    assert rec.kind is K.visit
    assert visitor in rec.participants
    assert rec.location is not None and rec.location.name == city


def test_dev21_c1_the_visitor_named_by_office_in_the_next_sentence_joins_the_visit():
    recs = diplomacy_of("The prime minister got off the night train in Kyiv on Tuesday. "
                        "The Danish leader used the visit to announce new aid.")
    visits = [r for r in recs if r.kind is K.visit]
    assert len(visits) == 1 and {"Denmark", "Ukraine"} <= set(visits[0].participants)
    assert visits[0].location is not None and visits[0].location.name == "Kyiv"


@pytest.mark.parametrize("text", [
    "Refugees stepped off the train in Przemysl.",
    "Refugees arrived in Przemysl on Monday.",
    "The cargo landed in Rzeszow.",
    "Rescuers arrived in Kharkiv on Monday.",
    "Aid convoys arrived in Kherson on Monday.",
    "The first Polish trucks arrived in Lviv on Monday.",
    "US journalists arrived in Kyiv on Monday.",
    "A Russian drone landed in Kyiv on Monday.",
    "Debris from the missile landed in Lviv overnight.",
    "Evacuees from the front line got off a train in Dnipro on Sunday.",
])
def test_dev21_c1_an_arrival_of_no_state_traveller_is_no_visit(text):
    assert [r for r in diplomacy_of(text) if r.kind is K.visit] == []


# ---------------------------------------------------------------- dev22 C2: aid by a giving verb
# Money given to a state by any giving verb (provide with, give, allocate, donate, contribute, make
# available, pledge), the sum in any currency form, with or without a bracketed conversion after it;
# a state that only names a currency is no side; money given by no state, or only spent, is no aid.

@pytest.mark.parametrize("text, donor", [
    ("Sweden will provide Kyiv with SEK 500 million (about €44 million) for generators.", "Sweden"),
    ("Sweden will provide Kyiv with SEK 500 million for generators.", "Sweden"),
    ("Oslo pledged NOK 1 billion (roughly $95 million) in energy aid to Ukraine.", "Norway"),
    ("Norway will give Ukraine NOK 2 billion (about $190 million) for air defence, the government said on Monday.", "Norway"),
    ("Denmark is allocating DKK 300 million (€40 million) to Ukraine for transformers.", "Denmark"),
    ("The Netherlands will donate €20 million (about $22 million) to Ukraine for mobile boilers.", "Netherlands"),
    ("Finland will make available EUR 90 million ($98 million) to Ukraine for demining.", "Finland"),
    ("Japan will contribute $50 million (7.5 billion yen) to a fund for Ukraine's grid.", "Japan"),
    ("Canada earmarked C$200 million (about US$145 million) for Ukrainian air defence on Tuesday.", "Canada"),
    ("Poland gave Ukraine 300 million zlotys (about €70 million) for generators on Monday.", "Poland"),
])
def test_dev22_c2_money_given_to_a_state_is_aid(text, donor):
    rec = one_record(text)
    assert rec.kind is K.military_aid and rec.status is S.held
    assert set(rec.participants) == {donor, "Ukraine"}


@pytest.mark.parametrize("text", [
    "The grid operator said repairs would cost UAH 2 billion (about $48 million).",
    "Kyiv's city council gave UAH 40 million (about $1 million) to a Kyiv hospital on Monday.",
    "The Ukrainian government will provide UAH 2 billion for Ukrainian front-line towns.",
    "The charity donated $2 million to Ukrainian hospitals on Monday.",
    "The company gave €5 million (about $5.4 million) to its staff in Kyiv.",
    "Russia will spend $5 billion (about 450 billion roubles) on its drone programme.",
    "Repairs to the bridge will cost €30 million (about $33 million), Kyiv said.",
])
def test_dev22_c2_money_of_no_giving_state_is_no_aid(text):
    assert [r for r in diplomacy_of(text) if r.kind is K.military_aid] == []


# ---------------------------------------------------------------- dev22 C3: a visit and a pledge in one sentence
# A journey told for the visit ("flew to Kyiv for a surprise visit", "came to Lviv for a one-day
# visit") is a visit of its own beside the aid told by a participle after it (announcing, pledging,
# promising, bringing); the aid goes to the visited state; a state named in "as <state> braces for /
# faces <demonym> attacks" is no side.

@pytest.mark.parametrize("text, visitor, city", [
    ("Norway's prime minister flew to Kyiv on Thursday for a surprise visit, announcing NOK 5 billion for air defence.",
     "Norway", "Kyiv"),
    ("Macron arrived in Odesa on Friday on his first trip to the port, promising two more Caesar batteries.", "France", "Odesa"),
    ("The Czech president came to Lviv on Monday for a one-day visit, bringing a pledge of 40,000 shells as Ukraine "
     "faces Russian winter strikes.", "Czech Republic", "Lviv"),
    ("Meloni travelled to Kyiv on Monday on her first visit in months, pledging 300 million euros in military aid as "
     "Kyiv braces for fresh Russian strikes.", "Italy", "Kyiv"),
    ("The Belgian prime minister travelled to Kyiv on Tuesday for an unannounced visit, unveiling €200 million in "
     "energy support.", "Belgium", "Kyiv"),
])
def test_dev22_c3_a_visit_and_the_aid_pledged_on_it_are_two_records(text, visitor, city):
    recs = diplomacy_of(text)
    visit = [r for r in recs if r.kind is K.visit]
    aid = [r for r in recs if r.kind is K.military_aid]
    assert len(visit) == 1 and len(aid) == 1, [(r.kind, r.participants) for r in recs]
    assert visit[0].location is not None and visit[0].location.name == city and visitor in visit[0].participants
    assert set(aid[0].participants) == {visitor, "Ukraine"}  # the visited state receives; no attacker leaks in


@pytest.mark.parametrize("text", [
    "Meloni travelled to Kyiv on Monday on her first visit in months, pledging 300 million euros in military aid. "
    "She toured a hospital before meeting Zelensky.",
    "Stubb flew to Kyiv for a surprise visit, promising more shells. He laid flowers at a memorial after meeting "
    "the president.",
])
def test_dev22_c3_a_meeting_told_as_a_step_of_the_trip_is_part_of_the_visit(text):
    assert sorted(r.kind.value for r in diplomacy_of(text)) == ["military_aid", "visit"]


@pytest.mark.parametrize("text, kinds", [
    # a meeting somewhere else, or another day, stays its own event
    ("Meloni travelled to Kyiv on Monday on her first visit in months. On Wednesday she met Duda in Warsaw.",
     ["meeting", "visit"]),
    # aid pledged at home is the donor's decision alone
    ("Norway pledged NOK 5 billion for air defence on Monday, the government said.", ["military_aid"]),
])
def test_dev22_c3_other_acts_stay_apart(text, kinds):
    assert sorted(r.kind.value for r in diplomacy_of(text)) == kinds


@pytest.mark.parametrize("text, absent", [
    ("Denmark pledged 2 billion kroner in military aid to Ukraine on Monday as Kyiv braces for renewed Russian strikes.",
     "Russia"),
    ("Canada announced C$50 million in energy support for Ukraine on Tuesday, while Ukraine faces a winter of Russian "
     "attacks on its grid.", "Russia"),
])
def test_dev22_c3_the_attacker_in_a_clause_of_what_the_recipient_faces_is_no_side(text, absent):
    rec = one_record(text)
    assert absent not in rec.participants and "Ukraine" in rec.participants


# ---------------------------------------------------------------- dev21 C4: postponed across a relative clause
# The event noun's own postponing or calling-off verb after a relative clause with no commas ("a
# meeting of A and B negotiators that was due in X next week has been put off") as after asides
# between commas: postponed (no new day) is stalled, called off is cancelled; held late is held.

@pytest.mark.parametrize("text, status", [
    ("A session of Armenian and Azerbaijani negotiators that was due in Almaty next week has been put off.", S.stalled),
    ("A round of Ukrainian and Russian negotiators that was provisionally set for Vienna in April has been "
     "deferred.", S.stalled),
    ("The round of talks which Qatar had offered to host in Doha was postponed indefinitely.", S.stalled),
    ("A round of Serbian and Kosovar negotiators which Brussels had planned for Thursday has been pushed back.", S.stalled),
    ("A visit by the Latvian premier that was meant to happen in Kyiv on Friday has been delayed.", S.stalled),
    ("The summit that Hungary had offered to host in Budapest has been scrapped.", S.cancelled),
    ("The meeting of Ukrainian and Russian delegations which was set for Istanbul on Friday was called off.", S.cancelled),
    ("Talks between the Georgian and Abkhaz sides that were slated for Geneva next week have been deferred.", S.stalled),
])
def test_dev21_c4_an_event_put_off_after_a_relative_clause_is_not_held(text, status):
    assert one_record(text).status is status


def test_dev21_c4_the_relative_clause_still_gives_the_venue():
    rec = one_record("A round of Ukrainian and Russian negotiators that was provisionally set for Geneva in April "
                     "has been postponed.")
    assert rec.location is not None and rec.location.name == "Geneva"
    assert {"Ukraine", "Russia"} <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "The round of talks that ended in Doha on Monday was postponed from February.",
    "Talks between Kyiv and Moscow that began in Istanbul on Monday were delayed by a day.",
    "The summit which the leaders held in Vilnius on Monday agreed new sanctions.",
])
def test_dev21_c4_an_event_held_late_or_held_stays_held(text):
    assert one_record(text).status is S.held


# ---------------------------------------------------------------- dev22 C4: a summit told by the host's welcome
# A host's welcome of the other leaders is the summit (received / welcomed / hosted his fellow leaders,
# the Baltic premiers, the Nordic heads of government); a seat of government stands for its city
# (the Moncloa, Christiansborg, Kesäranta, the Belweder); an attributive "<City> declaration /
# communiqué / summit" names the venue even paragraphs later; ministers or an envoy received stay no summit.

@pytest.mark.parametrize("text, city", [
    ("Sánchez received his fellow leaders at the Moncloa on Friday; Scholz, Meloni and Zelensky joined the summit "
     "by midday.", "Madrid"),
    ("Frederiksen received the other leaders at Marienborg on Wednesday. Macron, Merz, Tusk and Zelensky "
     "attended the summit.", "Copenhagen"),
    ("Orpo hosted Kristersson, Frederiksen and Store at Kesäranta for a Nordic summit on Monday.", "Helsinki"),
    ("When Tusk welcomed the Baltic premiers to the Belweder, the agenda was air defence. The Warsaw declaration "
     "followed.", "Warsaw"),
    ("Meloni hosted her fellow leaders on Monday. Merz, Macron and Tusk took part. Hours later the Rome communiqué "
     "promised more air defence.", "Rome"),
    ("Kristersson received his fellow Nordic leaders at Rosenbad on Tuesday.", "Stockholm"),
])
def test_dev22_c4_a_hosts_welcome_of_the_leaders_is_the_summit_at_the_seats_city(text, city):
    rec = one_record(text)
    assert rec.kind is K.summit
    assert rec.location is not None and rec.location.name == city


def test_dev22_c4_the_leaders_named_next_are_the_summits_sides():
    rec = one_record("Frederiksen received the other leaders at Marienborg on Wednesday. Macron, Merz, Tusk and "
                     "Zelensky attended the summit.")
    assert {"Denmark", "France", "Germany", "Poland", "Ukraine"} <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "The king welcomed the new ambassador at the palace.",
    "Erdogan hosted the Ukrainian and Russian foreign ministers in Antalya on Friday.",
    "Sánchez received the Moroccan interior minister at the Moncloa on Friday.",
])
def test_dev22_c4_a_welcome_of_no_leaders_is_no_summit(text):
    assert [r for r in diplomacy_of(text) if r.kind is K.summit] == []


def test_dev22_c4_an_earlier_gathering_named_by_its_city_gives_no_venue():
    recs = diplomacy_of("Tusk hosted his fellow leaders on Monday. They recalled the failed Minsk process and the 2022 "
                        "Istanbul talks.")
    assert recs and all(r.location is None or r.location.name not in ("Minsk", "Istanbul") for r in recs)


# ---------------------------------------------------------------- dev22 C5: stalled talks named by their city
# A negotiation named by its city ("the Istanbul track", "the Geneva format", "the Riyadh process") is
# talks at that venue, its state a side (rule 15); the stalling family (stalled, ground to a halt, on
# ice, in limbo, gone nowhere); a stalled event is dated by the round that was set for a time and never
# held, told in its sentence or the next.

@pytest.mark.parametrize("text, city, host, month", [
    ("The Geneva format, in which the Ukrainian and Russian delegations met twice last year, has ground to a halt. "
     "A third session, slated for late June, was never held.", "Geneva", "Switzerland", (2026, 6)),
    ("The Riyadh process between Kyiv and Moscow has stalled; a round pencilled in for mid-April did not take place.",
     "Riyadh", "Saudi Arabia", (2026, 4)),
    ("The Istanbul track between the Ukrainian and Russian delegations is frozen. A third session, tentatively set "
     "for late May, never happened.", "Istanbul", "Turkey", (2026, 5)),
    ("The Doha format for Kyiv and Moscow remains frozen. Its next session, scheduled for late February, never happened.",
     "Doha", "Qatar", (2026, 2)),
    ("The Ankara track between Kyiv and Moscow has gone nowhere since the spring; a session earmarked for early "
     "November of last year did not take place.", "Ankara", "Turkey", (2025, 11)),
])
def test_dev22_c5_a_stalled_negotiation_named_by_its_city(text, city, host, month):
    rec = one_record_on(text, "2026-07-15")
    assert (rec.kind, rec.status) == (K.talks, S.stalled)
    assert rec.location is not None and rec.location.name == city and host in rec.participants
    if month != (2025, 11):  # "of last year" is read by the date readers, not this one
        assert rec.date is not None and (rec.date.start.year, rec.date.start.month) == month


def test_dev22_c5_a_round_set_for_a_time_ahead_is_dated_ahead():
    rec = one_record_on("The Vienna track between Kyiv and Moscow has stalled; the next session, slated for late "
                        "September, is in doubt.", "2026-07-15")
    assert rec.date is not None and (rec.date.start.year, rec.date.start.month) == (2026, 9)


@pytest.mark.parametrize("text", [
    "The Geneva motor show, held every March, was cancelled.",
    "The Bologna process has stalled, university heads said.",
    "The Kimberley Process on diamonds has ground to a halt.",
])
def test_dev22_c5_a_city_named_process_of_no_negotiation_is_no_event(text):
    assert diplomacy_of(text, "2026-07-15") == []


def one_record_on(text: str, published: str):
    recs = diplomacy_of(text, published)
    assert len(recs) == 1, [(r.kind, r.participants, r.status) for r in recs]
    return recs[0]


# ---------------------------------------------------------------- dev21 C6: participants and venues
# The mediator named in the next sentence is a side; the state whose institution issued the readout or
# statement is none; "the <adjectival> capital" is the capital; talks told by the negotiators' time
# together ("spent nine hours together", "spent the day behind closed doors") are talks, which a
# following "The talks, …" sentence joins; a city as the modifier of a called-off summit is its venue.

def test_dev21_c6_the_mediator_named_next_is_a_side():
    rec = one_record("Ukraine and Russia exchanged prisoners on Monday. Qatar, which brokered the deal, said it was "
                     "proud to help.")
    assert {"Ukraine", "Russia", "Qatar"} <= set(rec.participants)


@pytest.mark.parametrize("text, issuer", [
    ("Ukrainian and Russian envoys met in Geneva on Monday. The readout, issued by the Saudi foreign ministry, said "
     "the delegations would meet again.", "Saudi Arabia"),
    ("Armenian and Azerbaijani diplomats met in Vienna on Friday, according to a statement from the Qatari foreign "
     "ministry.", "Qatar"),
    ("Serbian and Kosovar negotiators met in Brussels on Tuesday, a communiqué released by the Norwegian government said.",
     "Norway"),
])
def test_dev21_c6_the_issuer_of_the_account_is_no_side(text, issuer):
    assert all(issuer not in r.participants for r in diplomacy_of(text))


@pytest.mark.parametrize("text, city", [
    ("Ukrainian and Russian negotiators spent nine hours together at a hotel in the Emirati capital on Tuesday. "
     "The talks, hosted by the UAE, ended without a deal.", "Abu Dhabi"),
    ("Kyiv's and Moscow's delegations spent the day behind closed doors in Istanbul on Friday.", "Istanbul"),
    ("Armenian and Azerbaijani envoys spent two days locked in talks in the Qatari capital this week.", "Doha"),
    ("Talks were held in the Turkish capital on Friday between Ukrainian and Russian officials.", "Ankara"),
])
def test_dev21_c6_talks_told_by_time_together_at_a_capital(text, city):
    rec = one_record(text)
    assert rec.kind is K.talks
    assert rec.location is not None and rec.location.name == city


def test_dev21_c6_a_called_off_summit_named_by_its_city():
    rec = one_record("He said he had called off the Helsinki summit with Putin.")
    assert rec.status is S.cancelled and rec.location is not None and rec.location.name == "Helsinki"


@pytest.mark.parametrize("text", [
    "Ukrainian officials spent hours together with volunteers in Kharkiv on Monday.",
    "Rescuers spent six hours together clearing rubble in Dnipro.",
    "A Swiss journalist asked about the talks between Ukraine and Russia in Istanbul on Monday.",
])
def test_dev21_c6_no_talks_and_no_side_from_ordinary_copy(text):
    assert all("Switzerland" not in r.participants for r in diplomacy_of(text))
    assert [r for r in diplomacy_of(text) if r.kind is K.talks and r.location and r.location.name in ("Kharkiv", "Dnipro")] == []


def test_dev21_c6_a_sanctioned_banks_state_is_no_side():
    recs = diplomacy_of("The EU adopted new sanctions against Russia on Monday. The package bans dealings with a bank "
                        "in Kyrgyzstan.")
    assert recs and all("Kyrgyzstan" not in r.participants for r in recs)

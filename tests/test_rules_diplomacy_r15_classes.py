"""Diplomacy classes of round 15 (classes_dev27.md C1, C3; classes_dev28.md C1, C4), in general terms.
Every sentence is written fresh for these tests, in several phrasings; each class has near-misses
that must not fire."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, day_2026, start_day, wednesday_records

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S

_EURO5 = {"France", "Germany", "Italy", "Poland", "United Kingdom"}


def _of_kind(recs, kind):
    return [r for r in recs if r.kind is kind]


# ---------------------------------------------------------------- dev27 C1: a gathering's offer, rejected
# "<leaders> met <host> in <city> on <day> and tabled <a halt>, which <the other side> rejected": the
# gathering held, and a proposal of its own (cancelled when rejected), dated by the day put forward.

@pytest.mark.parametrize("text, status", [
    ("The leaders of France, Germany, Italy, Poland and Britain met Zelensky in Kyiv on Saturday and put forward "
     "a three-week pause in attacks on harbours, which the Kremlin rejected the same day.", S.cancelled),
    ("Macron, Merz, Meloni, Tusk and Starmer met Zelensky in Kyiv on Saturday and proposed a month-long halt to "
     "strikes on energy sites, which Moscow rejected hours later.", S.cancelled),
    ("On Saturday the French, German, Italian, Polish and British leaders met Zelensky in Kyiv and jointly tabled "
     "a pause in air strikes, which the Kremlin refused the same evening.", S.cancelled),
    ("The heads of government of France, Germany, Italy, Poland and Britain met Zelensky in Kyiv on Saturday "
     "and offered a truce at sea, but Moscow rebuffed it.", S.cancelled),
    ("Leaders of France, Germany, Italy, Poland and Britain met Zelensky in Kyiv on Saturday and floated a "
     "moratorium on strikes against power plants.", S.proposed),
    ("The leaders of France, Germany, Italy, Poland and Britain met Zelensky in Kyiv on Saturday and put "
     "forward a ceasefire plan, which Russia turned down.", S.cancelled),
])
def test_dev27_c1_a_gathering_and_its_offer_are_two_events(text, status):
    recs = wednesday_records(text)
    summit, offer = _of_kind(recs, K.summit), _of_kind(recs, K.proposal)
    assert len(summit) == 1 and summit[0].status is S.held
    assert set(summit[0].participants) == _EURO5 | {"Ukraine"} and summit[0].location.name == "Kyiv"
    assert len(offer) == 1 and offer[0].status is status
    assert _EURO5 <= set(offer[0].participants)
    assert start_day(offer[0]) == start_day(summit[0]) == day_2026(2, 28)


@pytest.mark.parametrize("roster", [
    "Zelensky, Macron, Merz, Meloni, Tusk and Starmer took part in the meeting.",
    "Zelensky hosted Macron, Merz, Meloni, Tusk and Starmer at the meeting.",
    "Zelensky was joined at the meeting by Macron, Merz, Meloni, Tusk and Starmer.",
    "President Zelensky met Macron, Merz, Meloni, Tusk and Starmer at the meeting.",
])
def test_dev27_c1_a_roster_told_next_names_the_summit_and_the_proposers(roster):
    recs = wednesday_records("Five European leaders met Zelensky in Kyiv on Saturday and tabled a pause in strikes "
                             "on ports. " + roster)
    summit, offer = _of_kind(recs, K.summit), _of_kind(recs, K.proposal)
    assert len(summit) == 1 and set(summit[0].participants) == _EURO5 | {"Ukraine"}
    assert len(offer) == 1 and _EURO5 <= set(offer[0].participants)


def test_dev27_c1_a_question_asked_at_the_meeting_adds_no_side():
    recs = wednesday_records("Macron met Zelensky in Kyiv on Saturday. Reporters asked Zelensky about Putin at the meeting.")
    assert [(r.kind, set(r.participants)) for r in recs] == [(K.meeting, {"France", "Ukraine"})]


@pytest.mark.parametrize("text", [
    "Ministers met in Paris on Monday and discussed a possible pause in strikes.",
    "The leaders met in Rome on Friday and agreed a package of aid for Ukraine.",
    "Macron met Zelensky in Kyiv on Saturday; a truce offer first made in May was repeated.",
])
def test_dev27_c1_no_offer_no_proposal(text):
    assert _of_kind(wednesday_records(text), K.proposal) == []


@pytest.mark.parametrize("text, target", [
    ("EU ambassadors signed off on the 21st package at a meeting in Brussels on Friday.", None),
    ("EU foreign ministers agreed new restrictive measures against Russia's shadow fleet at their meeting in "
     "Luxembourg on Monday.", "Russia"),
    ("The Union's envoys approved a 15th package of measures against Moscow at their Brussels session on "
     "Wednesday.", "Russia"),
    ("At their session in Brussels on Thursday, EU envoys endorsed the twentieth package.", None),
    ("EU ministers adopted a further sanctions round against Russia at a meeting in Luxembourg on Monday.", "Russia"),
    ("Meeting in Brussels on Tuesday, the bloc's ambassadors rubber-stamped the 22nd package.", None),
])
def test_dev27_c1_sanctions_adopted_at_a_meeting_are_sanctions(text, target):
    recs = wednesday_records(text)
    assert [r.kind for r in recs] == [K.sanctions] and recs[0].status is S.held
    assert "European Union" in recs[0].participants
    assert target is None or target in recs[0].participants


@pytest.mark.parametrize("text", [
    "Defence ministers approved the 12th package for Ukraine at their meeting in Ramstein on Monday.",
    "The ministers met in Brussels on Monday to discuss the 21st package.",
    "EU envoys will meet in Brussels on Friday; the 21st package is not on the agenda.",
])
def test_dev27_c1_a_package_that_is_no_adopted_sanction(text):
    assert _of_kind(wednesday_records(text), K.sanctions) == []


# ---------------------------------------------------------------- dev28 C1: put off with no new date
# A round called off or put off, with no replacement day in its sentence or the next: stalled (codebook
# 16), with both sides and the host, dated by the day it was set for.

@pytest.mark.parametrize("text, sides, day", [
    ("The Turkish-hosted round between Kyiv and Moscow, pencilled in for 14 March, will not go ahead; neither "
     "side named another day.", {"Ukraine", "Russia", "Turkey"}, (3, 14)),
    ("A Saudi-hosted session between Ukraine and Russia, slated for 18 March, has been called off, and no "
     "replacement date was offered.", {"Ukraine", "Russia", "Saudi Arabia"}, (3, 18)),
    ("Ukrainian-Russian talks planned in Geneva for 12 March will not take place on that day, the Swiss foreign "
     "ministry said. No new date was given.", {"Ukraine", "Russia", "Switzerland"}, (3, 12)),
    ("Talks between Armenia and Azerbaijan, hosted by Kazakhstan, had been set for Friday but have been "
     "postponed with no new date.", {"Armenia", "Azerbaijan", "Kazakhstan"}, (3, 6)),
    ("Georgian-Armenian consultations due in Tbilisi on 20 March were scrapped, without a new date.",
     {"Georgia", "Armenia"}, (3, 20)),
    ("The Qatari-brokered round between Kyiv and Moscow set for 16 March was postponed until further notice.",
     {"Ukraine", "Russia", "Qatar"}, (3, 16)),
])
def test_dev28_c1_a_round_put_off_with_no_new_date_is_stalled(text, sides, day):
    recs = wednesday_records(text)
    assert len(recs) == 1, [(r.kind, r.status, r.participants) for r in recs]
    rec = recs[0]
    assert rec.kind is K.talks and rec.status is S.stalled
    assert sides <= set(rec.participants) and start_day(rec) == day_2026(*day)


@pytest.mark.parametrize("text, status", [
    ("The round between Kyiv and Moscow in Istanbul has been moved to 20 March.", S.planned),
    ("The talks in Geneva were called off; Kyiv said it would not attend.", S.cancelled),
    ("Officials hope the round between Kyiv and Moscow can still happen this month.", None),
])
def test_dev28_c1_moved_or_called_off_is_not_stalled(text, status):
    recs = wednesday_records(text)
    assert all(r.status is not S.stalled for r in recs)
    if status is not None:
        assert [r.status for r in recs] == [status]


# ---------------------------------------------------------------- dev28 C4: non-events
# An agenda topic, a plan "meant/supposed to" happen and moved, a prescription in a column: no event
# of their own (the visit whose agenda it is, the moved round, stay).

@pytest.mark.parametrize("text, kind", [
    ("Sybiha will travel to Ankara next week, with prisoner exchanges high on the agenda.", K.visit),
    ("Prisoner exchanges will top the agenda of Sybiha's visit to Ankara next week.", K.visit),
    ("Lavrov is due in Delhi on Friday. An exchange of captives will also be on the table.", K.visit),
    ("The Finnish president will visit Kyiv on Monday; new sanctions on Russia are expected to dominate the talks.",
     K.visit),
    ("Rutte travels to Bucharest on Thursday, and a swap of prisoners is likely to be on the agenda.", K.visit),
    ("The agenda of Sybiha's visit to Ankara on Friday will include a swap of captives.", K.visit),
])
def test_dev28_c4_an_agenda_topic_is_no_event(text, kind):
    recs = wednesday_records(text)
    assert [r.kind for r in recs] == [kind], [(r.kind, r.status) for r in recs]


@pytest.mark.parametrize("text, day", [
    ("Negotiators from Kyiv and Moscow were supposed to reconvene in Istanbul on Monday. The session has been "
     "moved to Thursday.", (3, 5)),
    ("Negotiators from Kyiv and Moscow were supposed to reconvene in Istanbul on Monday. It has now been pushed "
     "back to Thursday.", (3, 5)),
    ("Ukrainian and Russian officials were meant to meet in Geneva on Monday. The meeting was moved to Friday, "
     "the Swiss foreign ministry said.", (3, 6)),
    ("Ukrainian and Russian envoys were meant to resume talks in Doha on 9 March. The round was rescheduled for "
     "16 March.", (3, 16)),
])
def test_dev28_c4_meant_to_then_moved_is_one_planned_round(text, day):
    recs = wednesday_records(text)
    assert len(recs) == 1 and recs[0].status is S.planned and recs[0].location is not None
    assert start_day(recs[0]) == day_2026(*day)


@pytest.mark.parametrize("text", [
    "Only pressure will bring the Kremlin to real negotiations.",
    "The right answer is talks with Russia once its army has been pushed back.",
    "It is time for Berlin to start talks with Russia on arms control.",
    "It's high time for Europe's capitals to open negotiations with Moscow on their own.",
    "The West should push Moscow into serious talks.",
    "Only sanctions that bite will force the Kremlin to the negotiating table.",
])
def test_dev28_c4_a_prescription_is_no_event(text):
    assert wednesday_records(text) == []


@pytest.mark.parametrize("text, kind, status", [
    ("A prisoner exchange between Kyiv and Moscow is planned for Saturday, the Emirati mediator said.",
     K.prisoner_exchange, S.planned),
    ("Ukrainian and Russian negotiators restarted talks in Doha on Monday.", K.talks, S.held),
    ("It is time to say that Ukrainian and Russian envoys met in Riyadh on Monday.", K.talks, S.held),
])
def test_dev28_c4_events_that_stay(text, kind, status):
    recs = wednesday_records(text)
    assert [(r.kind, r.status) for r in recs] == [(kind, status)]


# ---------------------------------------------------------------- dev27 C3: events inside another clause
# (a) a group's meeting told in a clause of time ("when the group meets in X on <date>"): its own planned
# meeting; (b) a call with a time word between "call" and its partner; (c) talks beside a summit: talks
# held on the day told, the summit's body no side.

@pytest.mark.parametrize("text, group, city, day", [
    ("Germany's defence minister will present the new package to partners when the Ramstein group meets in "
     "Brussels on 9 April.", "Ukraine Defense Contact Group", "Brussels", (4, 9)),
    ("She will outline the shipment to allies once the Ramstein donors convene in Brussels on 9 April.",
     "Ukraine Defense Contact Group", "Brussels", (4, 9)),
    ("Pistorius said Berlin would announce more air defence when the coalition of the willing next meets in Paris "
     "on 20 March.", "coalition of the willing", "Paris", (3, 20)),
    ("Healey will unveil the new drones for Kyiv when the Ramstein group gathers in Brussels on 11 March.",
     "Ukraine Defense Contact Group", "Brussels", (3, 11)),
    ("The minister plans to sign the contract after the Ramstein partners meet in Berlin on 16 March.",
     "Ukraine Defense Contact Group", "Berlin", (3, 16)),
    ("Once the coalition of the willing meets in London on 18 March, Starmer will name the force commander.",
     "coalition of the willing", "London", (3, 18)),
])
def test_dev27_c3_a_group_meeting_told_in_a_clause_of_time(text, group, city, day):
    meetings = _of_kind(wednesday_records(text), K.meeting)
    assert len(meetings) == 1 and meetings[0].status is S.planned
    assert group in meetings[0].participants and meetings[0].location.name == city
    assert start_day(meetings[0]) == day_2026(*day)


@pytest.mark.parametrize("text", [
    "When the group next meets, Kyiv hopes for more shells.",
    "The Ramstein group was set up in 2022 to coordinate deliveries.",
    "The coalition of the willing has met eleven times since March.",
])
def test_dev27_c3_a_group_named_with_no_dated_meeting(text):
    assert [r for r in wednesday_records(text) if r.status is S.planned] == []


@pytest.mark.parametrize("text, sides, day", [
    ("Zelensky reports a call this morning with Macron.", {"Ukraine", "France"}, (3, 4)),
    ("Stubb mentions a call on Tuesday evening with Erdogan about the Black Sea.", {"Finland", "Turkey"}, (3, 3)),
    ("Sybiha wrote of a phone call earlier today with the Estonian foreign minister.", {"Ukraine", "Estonia"}, (3, 4)),
    ("Tusk describes a video call last night with Starmer.", {"Poland", "United Kingdom"}, None),
    ("Orban confirmed his call yesterday with Putin.", {"Hungary", "Russia"}, (3, 3)),
    ("Frederiksen posted about her call this afternoon with Zelensky.", {"Denmark", "Ukraine"}, (3, 4)),
])
def test_dev27_c3_a_call_with_a_time_word_before_its_partner(text, sides, day):
    calls = _of_kind(wednesday_records(text), K.phone_call)
    assert len(calls) == 1 and calls[0].status is S.held and sides <= set(calls[0].participants)
    assert day is None or start_day(calls[0]) == day_2026(*day)


@pytest.mark.parametrize("text", [
    "The call this morning with reporters lasted an hour.",
    "Zelensky made a call this morning for more air defence.",
    "A call this morning with journalists was cut short.",
])
def test_dev27_c3_no_call_with_a_counterpart(text):
    assert _of_kind(wednesday_records(text), K.phone_call) == []


@pytest.mark.parametrize("text, sides", [
    ("The Turkish and Ukrainian foreign ministers held talks beside the NATO summit in The Hague on Wednesday.",
     {"Turkey", "Ukraine"}),
    ("Fidan and Sybiha held talks alongside the EU summit in Brussels on Tuesday.", {"Turkey", "Ukraine"}),
    ("NATO leaders met at the summit in The Hague on Wednesday. Beside the summit, the Turkish and Ukrainian "
     "foreign ministers held talks.", {"Turkey", "Ukraine"}),
    ("EU leaders gathered in Brussels on Tuesday for a summit. Alongside the summit, Merz and Frederiksen held "
     "talks on drones.", {"Germany", "Denmark"}),
])
def test_dev27_c3_talks_beside_a_summit_are_talks_on_its_day(text, sides):
    talks = _of_kind(wednesday_records(text), K.talks)
    assert len(talks) == 1 and talks[0].status is S.held and set(talks[0].participants) >= sides
    assert not {"NATO", "European Union"} & set(talks[0].participants)
    assert talks[0].date is not None


@pytest.mark.parametrize("text, sides", [
    ("Macron, alongside Merz, met Zelensky in Kyiv on Friday.", {"France", "Germany", "Ukraine"}),
    ("Macron, alongside the German chancellor, met Zelensky in Kyiv on Friday.", {"France", "Germany", "Ukraine"}),
])
def test_dev27_c3_alongside_a_person_keeps_the_person(text, sides):
    recs = wednesday_records(text)
    assert len(recs) == 1 and set(recs[0].participants) == sides

"""Diplomacy non-events, kinds, status and dates of dev21 and dev22 (classes_dev21.md C2, C3, C5, C7;
classes_dev22.md C1, C6, C7), each read as a whole family. Every sentence is written fresh for these
tests, in several phrasings; each class has near-misses from ordinary wire copy that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


def _kinds(text: str) -> list[tuple[K, S]]:
    return [(r.kind, r.status) for r in diplomacy_of(text)]


# ---------------------------------------------------------------- dev21 C2: deliberation and aggregates
# A side weighing, mulling, studying or undecided on a measure or trip decides nothing (rule 13); a
# quantified plural of events ("a handful of swaps", "dozens of calls") is no one event (rule 17).

@pytest.mark.parametrize("text", [
    "Japan is weighing fresh sanctions on Russian oil traders but has yet to decide.",
    "Australia is looking into further sanctions on Moscow, its foreign minister said.",
    "The Swiss government was deliberating over new sanctions against Russia on Tuesday.",
    "Ottawa is mulling over a new package of sanctions against Russian shipping firms.",
    "Tokyo has yet to decide on new sanctions against Russian banks, officials said.",
    "Fresh sanctions against Belarusian potash exporters are being weighed in London, a source said.",
    "A visit by Orban to Kyiv is under consideration, his office said.",
    "Erdogan is considering a trip to Moscow next month, Turkish media reported.",
    "Rome has not yet decided whether to send more artillery shells to Ukraine.",
    "Seoul is contemplating sanctions against Russian shipping firms.",
    "Years of mediation yielded only a few prisoner swaps between Russia and Ukraine.",
    "Russia and Ukraine have carried out dozens of prisoner swaps since 2022.",
    "Macron and Putin have held numerous phone calls since the invasion.",
    "Repeated visits by Hungarian officials to Moscow have irritated Brussels.",
    "A handful of prisoner exchanges between Kyiv and Moscow have taken place, but no round has brought peace.",
])
def test_dev21_c2_deliberation_and_aggregates_are_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind, status", [
    ("Japan on Tuesday decided to impose fresh sanctions on Russian oil traders.", K.sanctions, S.held),
    ("Having considered the request, Germany approved the delivery of two Patriot systems to Ukraine on Monday.",
     K.military_aid, S.held),
    ("Several European leaders held talks with Zelensky in Paris on Monday.", K.talks, S.held),
    ("Ukraine and Russia swapped 150 prisoners each on Friday, the ombudsman said.", K.prisoner_exchange, S.held),
    ("The two presidents held talks in Ankara on Tuesday.", K.talks, S.held),
    ("Russia and Ukraine held two rounds of talks in Istanbul on Monday.", K.talks, S.held),
    # rounds of talks are one track of talks, not an aggregate of events
    ("Several rounds of talks between Russia and Ukraine in Istanbul have produced little.", K.talks, S.held),
    ("Three rounds of talks between Kyiv and Moscow this year ended without a deal.", K.talks, S.held),
    ("The EU adopted new sanctions against Russia on Friday after weeks of debate.", K.sanctions, S.held),
])
def test_dev21_c2_an_event_beside_those_words_stays(text, kind, status):
    assert (kind, status) in _kinds(text)


# ---------------------------------------------------------------- dev22 C1: talk about events
# (a) a call or briefing with the press; (b) a possible round named as a topic of the talks; (c) the
# event already told, named again with what it was for or how it was seen: no record of its own.

@pytest.mark.parametrize("text", [
    "In his morning call with reporters, the Kremlin spokesman said talks were not on the agenda.",
    "Peskov told journalists on a conference call on Monday that Moscow saw no reason for a summit.",
    "Speaking on his daily call with the press, Peskov said Russia had received no proposals.",
    "The Kremlin spokesman held his regular call with journalists on Tuesday.",
    "Ukraine's foreign minister held a call with Western media on Wednesday, warning of a winter offensive.",
    "The Kremlin spokesman told the press in a call on Thursday that no meeting with Zelensky was planned.",
    "The ministers discussed grain and, officials said, a possible new exchange of prisoners.",
    "The agenda included prospects for a new round of talks between Russia and Ukraine, officials said.",
    "They also touched on the possibility of a new round of talks in Istanbul, the ministry said.",
    "Lavrov and Fidan discussed, among other things, a possible meeting between Putin and Erdogan in Turkey.",
])
def test_dev22_c1_press_calls_and_hedged_topics_are_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind", [
    ("The talks in Abu Dhabi covered several issues, which included a possible further round of prisoner swaps.", K.talks),
    ("Umerov and Medinsky discussed a potential new exchange of prisoners at their meeting in Istanbul on Monday.", K.meeting),
    ("Rutte arrived in Kyiv on Monday. Envoys in Brussels noted the visit was also meant to signal support "
     "for the EU loan plan.", K.visit),
    ("Merz visited Warsaw on Tuesday. Officials in Berlin said the trip was also intended to reassure Lithuania.", K.visit),
    ("Macron visited Kyiv on Monday. Aides in Paris said the visit was designed to show that Europe stood firm.", K.visit),
    ("Stubb travelled to Washington on Monday. Finnish officials said the trip aimed to keep Trump engaged.", K.visit),
    ("Orban met Putin in Moscow on Friday. The trip was widely seen as a snub to Brussels.", K.meeting),
    ("Sikorski visited Kyiv on Monday. Polish officials said the visit served as a signal to Moscow.", K.visit),
    ("Erdogan phoned Putin on Monday. Turkish officials said the call was aimed at reviving grain talks.", K.phone_call),
])
def test_dev22_c1_a_remark_or_a_hedged_topic_adds_no_record(text, kind):
    assert [r.kind for r in diplomacy_of(text)] == [kind]


@pytest.mark.parametrize("text, kind, status", [
    ("Erdogan held a call with Putin on Monday.", K.phone_call, S.held),
    ("Macron spoke with reporters after his call with Zelensky on Tuesday.", K.phone_call, S.held),
    ("Officials in Ankara said Erdogan would visit Moscow on 4 March.", K.visit, S.planned),
    ("Zakharova told reporters on Wednesday that Lavrov would meet Rubio in Geneva on 12 March.", K.meeting, S.planned),
    ("Zelensky said a possible prisoner swap with Russia was being prepared.", K.prisoner_exchange, S.proposed),
    ("Rutte visited Kyiv on Monday. He is due to visit Chisinau on Friday.", K.visit, S.planned),
    ("Sikorski met Sybiha in Warsaw on Monday. Ukraine and Russia exchanged 200 prisoners on Saturday, Kyiv said.",
     K.prisoner_exchange, S.held),
])
def test_dev22_c1_events_beside_the_press_and_topics_stay(text, kind, status):
    assert (kind, status) in _kinds(text)


# ---------------------------------------------------------------- dev21 C3: an exchange's aftermath
# What became of the people a held exchange freed (flown, treated, rehabilitated, reunited) is that
# exchange told again, not a new or planned one; a new round or a day of its own is another exchange.

_GAP = " Shelling went on near Kupiansk. Rain slowed the fighting. "


@pytest.mark.parametrize("first, aftermath", [
    ("Ukraine and Russia exchanged 150 prisoners on Saturday.",
     "The Ukrainians freed in the swap will undergo rehabilitation in Chernihiv."),
    ("Kyiv and Moscow traded 84 captives each on Friday.", "Those released in the exchange were taken to hospitals in Kyiv region."),
    ("Kyiv and Moscow traded 84 captives each on Friday.",
     "The Russian returnees from the exchange would be flown to Moscow for medical checks."),
    ("Ukraine and Russia swapped 120 prisoners on Sunday.",
     "Soldiers returned in the exchange are now in Belarus and will be brought to Russia for treatment."),
    ("Ukraine and Russia swapped 120 prisoners on Sunday.",
     "After the exchange, the released servicemen will be treated in military hospitals in Moscow."),
    ("Ukraine and Russia swapped 120 prisoners on Sunday.",
     "The freed defenders will receive psychological help in Lviv after the swap, the ombudsman said."),
    ("Ukraine and Russia swapped 120 prisoners on Sunday.",
     "All those swapped would be reunited with their families in Kyiv after medical checks."),
    ("Russia and Ukraine swapped 90 prisoners each on Sunday.",
     "The Russian servicemen freed in the exchange would be flown to Belarus and then to Moscow for treatment."),
])
def test_dev21_c3_the_aftermath_of_a_held_exchange_is_that_exchange(first, aftermath):
    recs = diplomacy_of(first + _GAP + aftermath)
    assert [(r.kind, r.status) for r in recs] == [(K.prisoner_exchange, S.held)]


@pytest.mark.parametrize("text", [
    "Ukraine and Russia swapped 90 prisoners each on Sunday." + _GAP + "On Tuesday another 50 freed soldiers came home in a second exchange.",
    "Ukraine and Russia swapped 90 prisoners each on 3 February." + _GAP + "On 1 March 100 freed soldiers came home in an exchange mediated by the UAE.",
])
def test_dev21_c3_a_new_round_beside_freed_people_stays_its_own(text):
    assert [r.kind for r in diplomacy_of(text)] == [K.prisoner_exchange, K.prisoner_exchange]


# ---------------------------------------------------------------- dev21 C5 and dev22 C6: kinds
# A meeting named by the heads' plural office is a summit (an announced hosting of a foreign head stays
# a meeting: dev21's gold and an earlier set's disagree, left to a ruling); an envoy's or minister's trip to meet someone
# is talks (codebook 14, dev22 D1) whether the title is written or only the dictionary knows it.

@pytest.mark.parametrize("text, kind", [
    ("The planned Vienna meeting between the two presidents is off.", K.summit),
    ("A meeting of both prime ministers in Vilnius is planned for Friday.", K.summit),
    # near-misses: a hosting, announced or done, leaders named by name, working-level guests
    ("Erdogan will host the Georgian prime minister in Ankara on Thursday.", K.meeting),
    ("Tusk received Zelensky in Warsaw on Friday.", K.meeting),
    ("Macron hosted Zelensky at the Elysee Palace in Paris on Tuesday.", K.meeting),
    ("Trump and Putin will meet in Budapest later this month.", K.meeting),
    ("Erdogan hosted talks of the Russian and Ukrainian delegations at a palace in Istanbul on Monday.", K.talks),
    ("Officials of the two ministries met in Vienna on Monday.", K.talks),
])
def test_dev21_c5_a_meeting_named_by_the_heads_office_is_a_summit(text, kind):
    assert [r.kind for r in diplomacy_of(text)] == [kind]


@pytest.mark.parametrize("text, sides", [
    ("Witkoff is due in Moscow next week to meet Putin.", {"United States", "Russia"}),
    ("Kellogg is due in Minsk next Tuesday to meet Lukashenko.", {"United States", "Belarus"}),
    ("Lavrov is expected in Ankara on Thursday to meet Erdogan.", {"Russia", "Turkey"}),
    ("Witkoff will travel to Moscow next week to meet Putin, the Kremlin said.", {"United States", "Russia"}),
    ("Fidan heads to Kyiv on Friday for talks with Zelensky.", {"Turkey", "Ukraine"}),
    ("Sybiha will be in Washington on Monday to meet Rubio.", {"Ukraine", "United States"}),
    ("Witkoff is expected in the Russian capital next week to meet Putin.", {"United States", "Russia"}),
    ("The Turkish foreign minister will be in Kyiv on Monday to meet Zelensky.", {"Turkey", "Ukraine"}),
])
def test_dev22_c6_an_envoys_or_ministers_trip_to_meet_is_talks(text, sides):
    recs = diplomacy_of(text)
    assert [(r.kind, r.status) for r in recs] == [(K.talks, S.planned)]
    assert sides <= set(recs[0].participants)


@pytest.mark.parametrize("text", [
    "Macron is due in Kyiv on Monday to meet Zelensky.",
    "Erdogan is expected in Moscow on Thursday to meet Putin.",
    "Orban will travel to Beijing next week to meet Xi.",
    "The king is due in Ottawa next week on a state visit.",
])
def test_dev22_c6_a_leaders_trip_stays_a_visit(text):
    assert [r.kind for r in diplomacy_of(text)] == [K.visit]


# ---------------------------------------------------------------- dev22 C7: a time-before frame as a date anchor
# "On the eve of <holiday>", "ahead of the <season>", "just before <X> Day": the frame dates a held event
# told by its own past verb; it makes nothing planned. A frame of an event noun or a future stays planned.

@pytest.mark.parametrize("text", [
    "On the eve of Christmas Kyiv and Moscow exchanged 150 prisoners each, the ombudsman said.",
    "On the eve of Orthodox Easter the two warring sides, Kyiv and Moscow, swapped 246 prisoners each.",
    "Ahead of the New Year holidays Moscow and Kyiv exchanged 157 captured soldiers on Saturday.",
    "On the eve of Victory Day Russia and Ukraine exchanged 205 prisoners on Saturday.",
    "Just before Independence Day Ukraine and Russia traded 84 captives.",
    "Hours before the Easter truce began Russia and Ukraine exchanged 246 prisoners each.",
    "Ahead of the winter holidays the exchange of 300 prisoners between Russia and Ukraine took place on Friday.",
    "Days before 24 February Russia and Ukraine swapped 190 prisoners.",
])
def test_dev22_c7_a_held_event_before_a_holiday_stays_held(text):
    recs = diplomacy_of(text)
    assert [(r.kind, r.status) for r in recs] == [(K.prisoner_exchange, S.held)]
    assert all(r.date is None or r.date.start <= __import__("datetime").date(2026, 3, 2) for r in recs)


@pytest.mark.parametrize("text, kind", [
    ("On the eve of the summit the envoys will meet in Rome on Thursday.", K.summit),
    ("Ukraine and Russia are to swap prisoners on Friday ahead of talks in Istanbul.", K.prisoner_exchange),
    ("The strike came days before NATO ministers meet in Brussels on Thursday.", K.meeting),
    ("The raid came ahead of a summit of EU leaders in Brussels on Thursday.", K.summit),
    ("Russia and Ukraine will swap 100 prisoners each on the eve of Christmas, the ombudsman said.", K.prisoner_exchange),
])
def test_dev22_c7_a_frame_of_an_event_or_a_future_stays_planned(text, kind):
    assert (kind, S.planned) in _kinds(text)


# ---------------------------------------------------------------- dev21 C7: status and dates
# Aid announced by a plain future of an investing or channelling verb is a decision (held); a held event
# in a sentence opened by a sequence word takes the day of the event told before.

@pytest.mark.parametrize("text", [
    "Norway's prime minister said Oslo would put 300 million crowns into military aid for Ukraine.",
    "Sweden said on Tuesday it would channel SEK 200 million in military aid to Ukraine.",
    "Denmark will inject 500 million kroner into military aid for Ukraine, the minister said.",
    "The Dutch government said it would earmark 150 million euros of military aid for Ukraine.",
])
def test_dev21_c7_aid_put_or_channelled_by_a_plain_future_is_decided(text):
    assert [(r.kind, r.status) for r in diplomacy_of(text)] == [(K.military_aid, S.held)]


@pytest.mark.parametrize("text, status", [
    ("Norway plans to put 300 million crowns into military aid for Ukraine next year.", S.planned),
])
def test_dev21_c7_aid_only_planned_stays_planned(text, status):
    assert {r.status for r in diplomacy_of(text)} == {status}


@pytest.mark.parametrize("text", [
    "He said Rome might send more shells to Ukraine.",
    "Italy would consider sending more shells to Ukraine, he said.",
])
def test_dev21_c7_a_possibility_of_aid_is_no_decision(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("second", [
    "Hours later, Germany announced a new air defence package for Ukraine.",
    "Later, Berlin said it would send two more Patriot systems to Ukraine.",
    "Afterwards, Germany announced a new air defence package for Ukraine.",
    "Within hours, Berlin said it would send two more Patriot systems to Ukraine.",
    "Shortly afterwards, Germany announced a new air defence package for Ukraine.",
    "The same day, Berlin said it would send two more Patriot systems to Ukraine.",
])
def test_dev21_c7_a_sequence_word_dates_the_event_by_the_one_before(second):
    recs = diplomacy_of("Zelensky met Merz in Berlin on Tuesday. " + second)
    aid = [r for r in recs if r.kind is K.military_aid]
    assert len(aid) == 1 and aid[0].date is not None and aid[0].date.start == __import__("datetime").date(2026, 2, 24)


@pytest.mark.parametrize("second", [
    "Later this month, Germany will deliver a new air defence package to Ukraine.",
    "Then on Friday, Germany announced a new air defence package for Ukraine.",
])
def test_dev21_c7_a_time_of_its_own_after_the_sequence_word_wins(second):
    recs = diplomacy_of("Zelensky met Merz in Berlin on Tuesday. " + second)
    aid = [r for r in recs if r.kind is K.military_aid]
    assert aid and all(r.date is None or r.date.start != __import__("datetime").date(2026, 2, 24) for r in aid)


# ---------------------------------------------------------------- dev21 C7 (A1's family): "this weekend" not held
# A planned, dropped, cancelled or postponed event told "this weekend" on a weekday is dated by the
# weekend to come (rule 11: a called-off event is dated by its plan); a held one by the weekend before.

_WEDNESDAY, _SATURDAY = "2026-03-04", "2026-03-07"


@pytest.mark.parametrize("text", [
    "Witkoff has dropped plans to fly on to Baku this weekend for a meeting with Aliyev.",
    "The summit in Vienna planned for this weekend has been called off, the Kremlin said.",
    "Orban scrapped his trip to Kyiv planned for this coming weekend.",
    "Talks between Armenia and Azerbaijan in Almaty over the coming weekend have been put off.",
    "Fico will travel to Moscow this weekend for talks with Putin.",
    "Erdogan is due to host Zelensky in Ankara at the weekend.",
])
def test_dev21_c7_this_weekend_of_an_event_not_held_is_the_coming_one(text):
    for published in (_WEDNESDAY, _SATURDAY):
        recs = diplomacy_of(text, published=published)
        assert recs and recs[0].status is not S.held
        assert (str(recs[0].date.start), str(recs[0].date.end)) == ("2026-03-07", "2026-03-08")


def test_dev21_c7_a_held_event_this_weekend_is_the_weekend_before():
    rec = diplomacy_of("Orban visited Kyiv this weekend, meeting Zelensky.", published=_WEDNESDAY)[0]
    assert (rec.status, str(rec.date.start), str(rec.date.end)) == (S.held, "2026-02-28", "2026-03-01")

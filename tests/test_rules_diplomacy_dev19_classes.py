"""Diplomacy failure classes of dev19 (classes_dev19.md, C2-C9), in general terms: each class's whole
family (synonyms, word orders, the other side's view), with near-misses that must not change. Every
sentence is written fresh for these tests."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C2: an elaboration is no new event
# The sides of the event just told, named again as the subject of a verb of topics, tell what it was
# about (the event nouns in the topic name no event); a side's next step of an act, announced with no
# day of its own, is that act.

@pytest.mark.parametrize("text, kind", [
    ("Turkey's top diplomat had a phone conversation with Ukraine's on Thursday. "
     "The ministers discussed resuming direct talks with Russia.", K.phone_call),
    ("Sybiha spoke to his Slovak counterpart on Tuesday. The two discussed the reopening of border talks.", K.phone_call),
    ("Macron called Erdogan on Wednesday. Both touched on a possible summit in Istanbul.", K.phone_call),
    ("Meloni received Rutte in Rome on Monday. During the meeting, the two leaders also touched on a "
     "possible summit with Trump in Washington.", K.meeting),
    ("Tusk hosted Fiala in Warsaw on Monday. The Czech premier said the two had reviewed the prospects for talks with Minsk.",
     K.meeting),
    ("Orban phoned Fico on Friday evening. They also talked about a trip by both men to Moscow in the spring.", K.phone_call),
    ("Stubb spoke with Kristersson on Sunday. According to the Finnish readout, the presidents exchanged views on "
     "new sanctions against Russia.", K.phone_call),
    ("Sikorski met Lammy in London on Tuesday. The ministers focused on how to restart peace negotiations.", K.meeting),
    ("Nauseda spoke with Sandu by phone on Monday. The leaders raised the idea of talks with Tiraspol.", K.phone_call),
])
def test_the_sides_discussing_a_topic_tell_no_new_event(text, kind):
    assert one_record(text).kind is kind


@pytest.mark.parametrize("text", [
    "Romania summoned Russia's ambassador on Monday. Bucharest said it would deliver a formal note of protest.",
    "Poland summoned the Belarusian charge d'affaires on Friday. Warsaw will hand him a protest note, the ministry said.",
    "Vilnius called in Moscow's charge d'affaires on Friday over a drone that crossed the border. "
    "Vilnius will also hand Moscow a note of protest.",
    "Czechia summoned the Hungarian envoy on Wednesday; Prague said it would follow up with a protest note.",
])
def test_a_protest_note_announced_after_the_summons_is_that_summons(text):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (K.diplomatic_protest, S.held)


@pytest.mark.parametrize("text, kinds", [
    # a day and a form of its own: another event
    ("Macron met Scholz in Paris on Monday. The two leaders discussed Ukraine by phone with Zelensky on Tuesday.",
     [K.meeting, K.phone_call]),
    # no verb of topics: a plan of its own
    ("Sybiha spoke to his Slovak counterpart on Tuesday. The ministers will hold talks in Vienna on 20 March.",
     [K.phone_call, K.talks]),
    # another state summons too: a protest of its own
    ("Estonia summoned Russia's envoy on Monday. Finland said it would summon the Russian ambassador as well.",
     [K.diplomatic_protest, K.diplomatic_protest]),
    # a topic with a venue or a day of its own: the plan it names
    ("Tusk hosted Fiala in Warsaw on Monday. The Czech premier said the two had reviewed plans for a joint visit to Kyiv.",
     [K.meeting, K.visit]),
    ("Rubio spoke with Sybiha on Sunday. The two discussed a meeting of their negotiators in Geneva.",
     [K.phone_call, K.meeting]),
    # a measure as the topic: read as before
    ("Starmer hosted Macron and Merz in London on Monday. The three leaders discussed a peacekeeping force for Ukraine.",
     [K.summit, K.peacekeeping]),
    # nothing told before: the sentence's own event
    ("The two presidents discussed the war at a summit in Geneva on Monday.", [K.summit]),
])
def test_an_event_of_its_own_after_an_event_stays(text, kinds):
    assert sorted(r.kind.value for r in diplomacy_of(text)) == sorted(k.value for k in kinds)


@pytest.mark.parametrize("text, kind", [
    ("Fidan spoke with Sybiha by phone on Thursday. The ministers discussed resuming direct talks with Russia in Istanbul.",
     K.phone_call),
    ("Tajani met Sybiha in Rome on Friday. The two also looked at the revival of the Geneva negotiations next month.",
     K.meeting),
    ("Macron called Lula on Monday. Both discussed the prospects for a return to talks in Riyadh.", K.phone_call),
])
def test_the_course_of_talks_as_a_topic_is_no_event_even_with_a_venue(text, kind):
    assert one_record(text).kind is kind


# ---------------------------------------------------------------- C3: a second event in a clause of its own
# A coordinated clause with its own named subject and its own plan is an event of its own (each clause
# keeps its kind, venue and day); a relative clause in which a state offers to host the round just
# named is that round, proposed (or planned) there.

def _kinds(text):
    return sorted((r.kind.value, r.status.value, r.location.name if r.location else None) for r in diplomacy_of(text))


@pytest.mark.parametrize("text, expected", [
    ("The US envoy is expected in Kyiv on Friday, and the EU's foreign policy chief is to meet NATO ministers in "
     "Brussels on 12 March.", [("meeting", "planned", "Brussels"), ("visit", "planned", "Kyiv")]),
    ("Kellogg is expected in Bucharest on Thursday, and Lammy is set to meet Nordic ministers in Oslo on 14 March.",
     [("meeting", "planned", "Oslo"), ("visit", "planned", "Bucharest")]),
    ("The Austrian chancellor will visit Chisinau on Tuesday, while the Swiss president is due to travel to Kyiv on 20 March.",
     [("visit", "planned", "Chisinau"), ("visit", "planned", "Kyiv")]),
    ("Macron is to visit Hanoi on Monday; Merz will hold talks with Modi in Delhi on Wednesday.",
     [("talks", "planned", "New Delhi"), ("visit", "planned", "Hanoi")]),
    ("Erdogan spoke with Putin by phone on Monday, and Fidan is expected to meet Lavrov in Moscow on Friday.",
     [("meeting", "planned", "Moscow"), ("phone_call", "held", None)]),
    ("Zelensky met Tusk in Warsaw on Monday, and the Polish leader will visit Kyiv on 20 March.",
     [("meeting", "held", "Warsaw"), ("visit", "planned", "Kyiv")]),
    # the subject is a pronoun or the sides again: read as a sentence of its own would be
    ("Zelensky met Tusk in Warsaw on Monday, and he will visit Vilnius on Friday.",
     [("meeting", "held", "Warsaw"), ("visit", "planned", "Vilnius")]),
    ("Sybiha held talks with Wadephul in Berlin on Monday, and the two ministers will meet again in Kyiv in May.",
     [("talks", "held", "Berlin"), ("talks", "planned", "Kyiv")]),
])
def test_a_clause_with_its_own_subject_and_plan_is_an_event_of_its_own(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, kind, status, venue, sides", [
    ("Ukrainian and Russian negotiators met in Istanbul on Monday and agreed to prepare a third round of negotiations, "
     "which Qatar has proposed to host in Doha on 9 March.", K.talks, S.proposed, "Doha", {"Qatar", "Ukraine", "Russia"}),
    ("Kyiv and Moscow have not yet set a date for the next round, which Turkey offered to host in Antalya on 20 March.",
     K.talks, S.proposed, "Antalya", {"Turkey", "Ukraine", "Russia"}),
    ("Armenia and Azerbaijan are preparing a summit of their leaders, which Kazakhstan will host in Astana on 3 April.",
     K.summit, S.planned, "Astana", {"Armenia", "Azerbaijan", "Kazakhstan"}),
    ("A fresh session of consultations, which Switzerland is ready to host in Geneva, could open in April, diplomats said.",
     K.talks, S.proposed, "Geneva", {"Switzerland"}),
    # the sides told in the sentence before; the round told there is not the new one's host
    ("Ukrainian and Russian delegations held talks in Istanbul on Monday. The next round, which Saudi Arabia offered "
     "to host in Jeddah on 20 March, has not been confirmed.", K.talks, S.proposed, "Jeddah",
     {"Saudi Arabia", "Ukraine", "Russia"}),
])
def test_a_round_a_state_offers_to_host_in_a_relative_clause_is_that_round(text, kind, status, venue, sides):
    rec = next(r for r in diplomacy_of(text) if r.location and r.location.name == venue)
    assert (rec.kind, rec.status, set(rec.participants)) == (kind, status, sides)


@pytest.mark.parametrize("text, expected", [
    # a relative clause with no new event, or no own subject: one record, as before
    ("The talks in Geneva ended on Tuesday, which Switzerland hosted for the third time.", [("talks", "held", "Geneva")]),
    ("The envoys met in Riyadh on Monday for talks, which ended without a statement.", [("talks", "held", "Riyadh")]),
    # a measure in a clause of its own: the meeting is kept beside the pledge
    ("Zelensky met Tusk in Warsaw on Monday, and Poland will send more air defence systems to Ukraine.",
     [("meeting", "held", "Warsaw"), ("military_aid", "held", None)]),
])
def test_clauses_without_an_event_of_their_own_change_nothing(text, expected):
    assert _kinds(text) == expected


# ---------------------------------------------------------------- C4: an exchange told as a return and a hand-over
# One side's people returned (passive, "came home", "brought home") and the other's handed over "in
# return" / "in exchange" / "in turn", or "the same number" handed back: one exchange of both sides,
# dated by the sentence that gives the day.

@pytest.mark.parametrize("text, day", [
    ("On Sunday 84 Ukrainian servicemen were returned from territory held by Russia. In return, Kyiv handed over "
     "84 captured Russian soldiers.", "2026-03-01"),
    ("Ninety Ukrainian defenders came home on Sunday. In exchange, Kyiv released 90 Russian soldiers.", "2026-03-01"),
    ("Russia's defence ministry said 120 Russian soldiers had been brought home on Tuesday. In turn, Moscow freed "
     "120 Ukrainian POWs, it said.", "2026-03-03"),
    ("Moscow said 50 Russian servicemen had been returned on Friday; the same number of Ukrainians were handed back.",
     "2026-03-06"),
    ("Kyiv said 35 marines were freed on Thursday. For its part, Ukraine handed back 35 Russian fighters.", "2026-03-05"),
    ("An equal number of Russian troops were sent back on Wednesday, after 64 Ukrainian POWs had been released.",
     "2026-03-04"),
])
def test_a_return_and_a_handover_in_return_are_one_exchange(text, day):
    recs = diplomacy_of(text + " The war goes on.", "2026-03-07")
    assert len(recs) == 1
    rec = recs[0]
    assert (rec.kind, str(rec.date.start) if rec.date else None) == (K.prisoner_exchange, day)
    assert {"Russia", "Ukraine"} <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "Two wounded soldiers were returned to their units on Friday after treatment in Dnipro.",
    "The soldiers returned home after a six-month deployment in Estonia.",
    "In return, the bank handed over documents to the investigators on Monday.",
    "Russian troops returned to positions they had left near Pokrovsk on Monday.",
])
def test_a_return_that_is_no_exchange_is_no_record(text):
    assert diplomacy_of(text) == []


# ---------------------------------------------------------------- C9: a forecast lends no side, a time anchor is none
# An event inside a condition, forecast in the clause after it, or forecast as more of the same is no
# event (and so joins no record); a bloc named only in a time anchor ("before the EU summit") is no side.

@pytest.mark.parametrize("text", [
    "If talks stall, Kyiv expects prisoner swaps to continue.",
    "Should the talks in Rome fail, Moscow expects further prisoner exchanges with Kyiv.",
    "Unless a deal is reached, both sides are likely to keep trading prisoners.",
    "In case the truce collapses, Ankara would offer to host new talks between Kyiv and Moscow.",
    "Kyiv expects the sides to fall back on prisoner swaps if the Geneva round fails.",
    "Analysts predict that exchanges of bodies will continue through the winter.",
    "Expect a fallback to prisoner swaps if the Geneva round is not revived before the EU summit.",
    "Moscow anticipates new exchanges of captives unless Kyiv walks away from the talks.",
])
def test_a_supposed_or_forecast_event_is_no_event(text):
    assert diplomacy_of(text + " Russia's war on Ukraine goes on.") == []


@pytest.mark.parametrize("text, sides", [
    ("Russia and Ukraine swapped 150 prisoners each on Friday, with the UAE mediating. If the EU summit fails to agree "
     "a plan, Kyiv expects the sides to fall back on prisoner swaps.", {"Russia", "Ukraine", "United Arab Emirates"}),
    ("Russia and Ukraine swapped 150 prisoners each on Friday, before the EU summit.", {"Russia", "Ukraine"}),
    ("Russia and Ukraine swapped 150 prisoners each on Friday. If no ceasefire is agreed before the EU summit, expect "
     "Kyiv and Moscow to fall back to prisoner swaps.", {"Russia", "Ukraine"}),
    ("Russia and Ukraine swapped 150 prisoners each on Friday. Failing a deal before the G7 summit, the two sides would "
     "fall back on exchanges of prisoners.", {"Russia", "Ukraine"}),
    ("Russia and Ukraine exchanged 84 captives on Sunday, ahead of NATO's ministerial meeting.", {"Russia", "Ukraine"}),
    ("Moldova summoned Russia's ambassador on Tuesday, on the eve of the OSCE council.", {"Moldova", "Russia"}),
])
def test_a_forecast_or_a_time_anchor_lends_no_side(text, sides):
    recs = diplomacy_of(text)
    assert len(recs) == 1 and set(recs[0].participants) == sides


@pytest.mark.parametrize("text, kind, sides", [
    # the anchor's own event, or a side named elsewhere: kept
    ("EU leaders will meet in Brussels for the EU summit on Thursday.", K.summit, {"European Union"}),
    ("Zelensky met Kallas ahead of the EU summit on Thursday.", K.meeting, {"Ukraine", "European Union"}),
    # a forecast with no condition is a plan
    ("Kyiv expects a new round of talks with Moscow in Istanbul on 20 March.", K.talks, {"Ukraine", "Russia", "Turkey"}),
    # a plan told after a condition that is already met stays
    ("If confirmed, the visit would be Macron's first to Kyiv this year. Macron will visit Kyiv on Friday.", K.visit,
     {"France", "Ukraine"}),
])
def test_an_anchor_that_is_the_event_or_a_side_stays(text, kind, sides):
    rec = one_record(text)
    assert (rec.kind, set(rec.participants)) == (kind, sides)


# ---------------------------------------------------------------- C6: an embedded question is a topic
# A measure or exchange named inside "whether / how / when … could / might" after a word of topics is
# what the event told was about: it never sets that event's kind or modality.

@pytest.mark.parametrize("text, kind", [
    ("Zelensky said he had spoken by phone with Erdogan on Monday evening about the grain deal, as well as whether "
     "a further prisoner swap could be arranged.", K.phone_call),
    ("Duda said he had talked by phone with Zelensky on Sunday night, and the two discussed whether grain convoys "
     "could resume and whether a fresh swap of captives might be organised soon.", K.phone_call),
    ("Erdogan spoke with Putin by phone on Monday, including on when a new prisoner exchange could take place.",
     K.phone_call),
    ("Macron phoned Tokayev on Friday to discuss how a summit in Astana might be organised.", K.phone_call),
    ("Stubb called Zelensky on Thursday; they talked about whether new sanctions on Russian banks might be possible.",
     K.phone_call),
    ("Sikorski met Sybiha in Lviv on Saturday and raised the question of how more air defence could be sent to Ukraine.",
     K.meeting),
])
def test_an_embedded_question_about_an_exchange_or_a_measure_leaves_the_event(text, kind):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (kind, S.held)


@pytest.mark.parametrize("text, kind, status", [
    # no question: the measure or exchange is told
    ("Zelensky and Erdogan agreed on Monday that a prisoner exchange would take place.", K.prisoner_exchange, S.planned),
    # the event itself put as possible, with no topic word: a plan
    ("Zelensky said a call with Erdogan could be arranged next week.", K.phone_call, S.planned),
])
def test_an_event_told_without_a_question_of_topics_stays(text, kind, status):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (kind, status)

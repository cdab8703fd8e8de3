"""Diplomacy event-hood classes of round 13 (classes_dev23.md C1, C5, C6, C7; classes_dev24.md C1, C3),
in general terms. Every sentence is written fresh for these tests, in several phrasings; each class has
near-misses that must keep their event."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S

# Two sentences of unrelated news, so that a later mention is not merely the next sentence.
_BETWEEN = " Drones hit Kharkiv overnight. The city's mayor said 14 houses were damaged. "


def _kinds(text: str) -> list[str]:
    return sorted(r.kind.value for r in diplomacy_of(text))


# ---------------------------------------------------------------- dev23 C1: a gathering named again
# Later sentences that judge a summit or talks already told, by its city or through its host, or say
# generically that summits can be held, are that event, not a second record with the host alone.

_SUMMIT = "NATO leaders gathered in Vilnius on Tuesday for a two-day summit."
_TALKS = "Zelensky and Erdogan held talks in Ankara on Monday."


@pytest.mark.parametrize("text", [
    _SUMMIT + _BETWEEN + "The Vilnius summit delivered far less than its hosts had promised.",
    _SUMMIT + _BETWEEN + "Nauseda, hosting a summit for the second time, called the meeting a turning point.",
    _SUMMIT + _BETWEEN + "The meeting in Vilnius was a reminder that the alliance can still act, the Lithuanian president said.",
    _SUMMIT + _BETWEEN + "Summits can still be held in wartime, Nauseda said.",
    _TALKS + _BETWEEN + "The talks in Ankara ended in deadlock, Turkish officials said.",
    _TALKS + _BETWEEN + "The Ankara talks produced three pages of notes and little else, Turkish diplomats said.",
    "EU leaders held a summit in Copenhagen on Thursday." + _BETWEEN
    + "Danish officials said the Copenhagen meeting had gone better than feared.",
    "EU leaders gathered in Copenhagen on Thursday for a summit on drones." + _BETWEEN
    + "Denmark's prime minister said the Copenhagen gathering had sent a message to Moscow.",
    "EU leaders gathered in Copenhagen on Thursday for a summit on drones." + _BETWEEN
    + "Copenhagen proved that a summit can be held under the threat of drones.",
])
def test_dev23_c1_a_gathering_named_again_is_the_event_told(text):
    recs = diplomacy_of(text)
    assert len(recs) == 1, [(r.kind, r.participants, r.date) for r in recs]
    assert recs[0].date is not None and len(recs[0].evidence) >= 1


@pytest.mark.parametrize("text, kinds", [
    # another gathering in the same city, dated, or still to come, or with another side
    ("EU leaders held a summit in Copenhagen on Thursday." + _BETWEEN
     + "Denmark will host another summit in Copenhagen on 12 June.", ["summit", "summit"]),
    (_TALKS + _BETWEEN + "Erdogan held talks with Putin's envoy in Ankara on Thursday.", ["talks", "talks"]),
    ("EU leaders met in Brussels on Thursday." + _BETWEEN + "Belgian officials will host talks in Brussels on 3 April.",
     ["summit", "talks"]),
])
def test_dev23_c1_another_gathering_stays_apart(text, kinds):
    assert _kinds(text) == kinds


# ---------------------------------------------------------------- dev23 C5, dev24 C1b: the visitor's programme
# After a visit, a sentence in which the visitor meets the hosts (told by "met", "held meetings with",
# "sat down with", or still to come: "is expected to meet") is part of the visit (codebook 14).

@pytest.mark.parametrize("text", [
    "Irish Prime Minister Micheal Martin arrived in Kyiv on Thursday. Martin met President Zelensky and Prime "
    "Minister Svyrydenko and laid a wreath at a memorial wall.",
    "Irish Prime Minister Micheal Martin arrived in Kyiv on Thursday. During the trip he also held meetings with "
    "the defence minister and the speaker of parliament.",
    "Irish Prime Minister Micheal Martin arrived in Kyiv on Thursday. He later sat down with Svyrydenko to discuss "
    "energy repairs.",
    "Belgian Prime Minister Bart De Wever came to Kyiv on Tuesday. De Wever met Zelensky and Svyrydenko and "
    "honoured the fallen at a memorial.",
    "The Dutch foreign minister arrived in Odesa on Sunday. There he met Zelensky and the port's governor.",
    "Finland's president arrived in Odesa on Wednesday. She is expected to meet Zelensky and tour the port.",
    "The Czech president arrived in Kyiv on Monday. He will also visit a checkpoint on the border with Hungary.",
    "The Slovenian president arrived in Kyiv on Tuesday. She is due to hold talks with President Zelensky and visit a "
    "children's hospital.",
])
def test_dev23_c5_the_visitors_meetings_with_the_hosts_are_the_visit(text):
    rec = one_record(text)
    assert rec.kind is K.visit and rec.status is S.held and rec.location is not None
    assert "Hungary" not in rec.participants


@pytest.mark.parametrize("text, kinds", [
    # another state, another city, talks told as talks of their own
    ("Belgian Prime Minister Bart De Wever came to Kyiv on Tuesday. Before leaving, he held separate talks with "
     "Moldova's president in Kyiv.", ["talks", "visit"]),
    ("Belgian Prime Minister Bart De Wever came to Kyiv on Tuesday. De Wever will meet Zelensky again in Brussels "
     "next month.", ["meeting", "visit"]),
    ("Swedish Prime Minister Ulf Kristersson visited Kyiv on Friday. Kristersson held talks with Zelensky and paid "
     "tribute to fallen soldiers.", ["talks", "visit"]),
    ("The Czech president arrived in Kyiv on Monday. He will then travel to Berlin for talks with Merz.",
     ["talks", "visit"]),
])
def test_dev23_c5_other_events_after_a_visit_stay_apart(text, kinds):
    assert _kinds(text) == kinds


# ---------------------------------------------------------------- dev23 C6: talks named in an accusation
# Talks as what a side is accused of spoiling or of using as a cover are no event (codebook 13).

@pytest.mark.parametrize("text", [
    "Peskov accused Kyiv of trying to derail the talks with its drone attacks on Russian cities.",
    "Zakharova said Western capitals were doing everything to torpedo the negotiations.",
    "Lavrov accused Britain of sabotaging the peace talks.",
    "Russia's foreign ministry blamed Kyiv for attempts to disrupt negotiations with Washington.",
    "Officials in Kyiv accused Moscow of using the talks to buy time.",
    "The Kremlin claims London is working to undermine any negotiations between Moscow and Kyiv.",
    "Budapest said Brussels was scheming to wreck the talks.",
])
def test_dev23_c6_talks_named_in_an_accusation_are_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, status", [
    ("Talks in Istanbul on Monday broke down after Russia accused Kyiv of bad faith.", S.stalled),
    ("The two sides held talks in Geneva on Friday, the ministry said.", S.held),
    ("The Kremlin accused Ukraine of trying to sabotage talks in Istanbul on Monday by attacking airfields.", S.held),
])
def test_dev23_c6_talks_with_a_day_of_their_own_stay(text, status):
    assert one_record(text).status is status


# ---------------------------------------------------------------- dev23 C7: a step denied until later
# A procedural step that "is not expected", "will not" or "is not due" to happen before a later time is
# no planned event (codebook 13/16).

@pytest.mark.parametrize("text", [
    "EU envoys are not expected to take up this draft before next week.",
    "NATO defence ministers will not meet again before June.",
    "EU ambassadors are not due to discuss the package before 20 March, diplomats said.",
    "EU ambassadors aren't scheduled to discuss the new package until the end of the month.",
    "G7 finance ministers will not meet before the autumn, an official said.",
    "EU envoys were not expected to discuss the proposal until after the Easter break, two diplomats said.",
])
def test_dev23_c7_a_step_denied_until_later_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text", [
    "EU ambassadors will discuss the package on Friday.",
    "NATO defence ministers will gather in Brussels on 12 June.",
    "EU envoys are due to discuss the package before the summit on Thursday.",
])
def test_dev23_c7_a_firm_step_stays_planned(text):
    assert one_record(text).status is S.planned


# ---------------------------------------------------------------- dev24 C1a: a leg told with its start
# "flew from A to B", "travelled from A to B": the traveller's visit to B.

@pytest.mark.parametrize("text, visitor, host, city", [
    ("Zelensky flew from Madrid to Warsaw on Friday evening, where he was to discuss energy aid with Tusk.",
     "Ukraine", "Poland", "Warsaw"),
    ("The Dutch prime minister travelled from Brussels to Kyiv on Monday, where he met Zelensky.",
     "Netherlands", "Ukraine", "Kyiv"),
    ("The Estonian president flew from Tallinn to Kyiv on Sunday.", "Estonia", "Ukraine", "Kyiv"),
    ("The Portuguese premier travelled from Lisbon to Kyiv by train on Saturday.", "Portugal", "Ukraine", "Kyiv"),
    ("On Thursday the Latvian president went on from Chisinau to Bucharest for a day of meetings.",
     "Latvia", "Romania", "Bucharest"),
    ("The Croatian prime minister headed from Zagreb to Kyiv on Wednesday.", "Croatia", "Ukraine", "Kyiv"),
])
def test_dev24_c1a_a_leg_from_a_to_b_is_a_visit_to_b(text, visitor, host, city):
    rec = one_record(text)
    assert rec.kind is K.visit and rec.status is S.held
    assert {visitor, host} <= set(rec.participants)
    assert rec.location is not None and rec.location.name == city


@pytest.mark.parametrize("text", [
    "Refugees were flown from Rzeszow to Oslo on Monday.",
    "The wounded soldiers were flown from Lviv to Berlin on Monday.",
    "The first Patriot batteries travelled from Rzeszow to Lviv by rail.",
])
def test_dev24_c1a_people_or_cargo_moved_from_a_to_b_are_no_visit(text):
    assert [r for r in diplomacy_of(text) if r.kind is K.visit] == []


# ---------------------------------------------------------------- dev24 C1c: the border with X
@pytest.mark.parametrize("text, absent", [
    ("The Polish president toured a crossing on the border with Belarus on Friday with the Lithuanian president.",
     "Belarus"),
    ("Sybiha held talks with the Slovak foreign minister on Monday about a bridge on the border with Hungary.",
     "Hungary"),
    ("The Romanian and Moldovan leaders met on Friday at a crossing on the frontier with Ukraine.", "Ukraine"),
])
def test_dev24_c1c_a_state_named_only_as_a_border_is_no_side(text, absent):
    for rec in diplomacy_of(text):
        assert absent not in rec.participants


# ---------------------------------------------------------------- dev24 C3: non-events
# (a) talks whose counterpart is a firm placed by a city or demonym; (b) what a gathering's communique
# promises, after the gathering is told.

@pytest.mark.parametrize("text", [
    "The start-up is in talks with a Warsaw bank over a credit line.",
    "The company said it was in advanced negotiations with a Berlin-based investor.",
    "Kyiv's largest drone maker is negotiating with a Danish pension fund about a new plant.",
    "Negotiations with a Munich venture fund are at an advanced stage, the founder said.",
    "The grain trader is in talks with a Dutch insurer over war-risk cover.",
    "European leaders met in Paris on Tuesday to discuss security guarantees. Their joint declaration pledged a "
    "reassurance force for Ukraine once a ceasefire is agreed.",
    "Leaders of the coalition of the willing gathered in London on Sunday. The final communique promised a "
    "monitoring mission to deploy after any truce.",
])
def test_dev24_c3_firms_talks_and_communique_promises_are_no_event(text):
    recs = diplomacy_of(text)
    assert [r for r in recs if r.kind in (K.talks, K.peacekeeping)] == [], [(r.kind, r.participants) for r in recs]


@pytest.mark.parametrize("text, kind", [
    ("Germany and France presented a plan for a reassurance force on Tuesday.", K.peacekeeping),
    ("Ukraine held talks with a Polish delegation on Monday.", K.talks),
    ("Poland and Belarus held talks on the border crossing on Monday.", K.talks),
])
def test_dev24_c3_states_events_stay(text, kind):
    assert one_record(text).kind is kind


def test_dev24_c3_a_communique_announcing_the_next_gathering_keeps_it():
    recs = diplomacy_of("EU leaders met in Brussels on Thursday. The joint statement said the next summit would "
                        "be held in Rome on 3 May.")
    assert any(r.status is S.planned and r.location is not None and r.location.name == "Rome" for r in recs)

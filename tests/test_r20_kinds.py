"""Diplomacy kinds of round 20 (classes_dev38.md D1, D3, D4, D5, D7, D12; classes_dev37.md D1, D3): a
gathering that pledges, an ordinal package of defence aid, calls told without a call phrase, sanctions in
official wording, ratification, two parliaments' committees, aid told as paying for production, a standing
joint body's sitting and a stop in a capital named by its demonym. Every sentence is written fresh, with
near-misses that must not fire."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, diplomacy_of


def _recs(text: str) -> list[tuple[str, str, list[str]]]:
    return [(r.kind.value, r.status.value, sorted(r.participants)) for r in diplomacy_of(text, WEDNESDAY)]


def _kinds(text: str) -> list[str]:
    return sorted(r.kind.value for r in diplomacy_of(text, WEDNESDAY))


# ---------------------------------------------------------------- dev38 D1a: a gathering that pledges is the meeting

@pytest.mark.parametrize("text", [
    "Energy ministers of 30 states convened in Warsaw on Tuesday and pledged new air-defence systems for Kyiv.",
    "Defence chiefs from 40 countries met at Ramstein on Tuesday and promised a fresh batch of shells for Ukraine.",
    "The donors' forum met in Rome on Tuesday and pledged a further 2 billion euros in weapons for Ukraine.",
])
def test_a_gathering_told_with_its_pledge_is_the_meeting(text):
    assert _kinds(text) == ["meeting"]


def test_a_pledge_reported_with_its_own_giver_stays_the_aid():
    text = ("The minister met the Romanian premier in Bucharest on Tuesday and promised that Norway would send two "
            "more air-defence systems to Ukraine.")
    assert "military_aid" in _kinds(text)


def test_a_pledge_before_the_meeting_is_no_outcome_of_it():
    # the pledge told in a clause of time before the gathering: not what the gathering produced
    assert _kinds("Ministers met in Brussels on Tuesday after Britain pledged 100 drones to Ukraine.") == ["talks"]


# ---------------------------------------------------------------- dev38 D1b: an ordinal package of defence aid

@pytest.mark.parametrize("text, giver", [
    ("Oslo has approved its 12th package of defence assistance to Kyiv.", "Norway"),
    ("Finland approved the ninth package of air-defence support for Ukraine on Tuesday.", "Finland"),
    ("Sweden on Tuesday adopted its 18th package of defense aid for Ukraine.", "Sweden"),
])
def test_an_ordinal_package_of_defence_aid_is_aid_not_sanctions(text, giver):
    recs = _recs(text)
    assert [r[0] for r in recs] == ["military_aid"]
    assert {giver, "Ukraine"} <= set(recs[0][2])


@pytest.mark.parametrize("text", [
    "The EU approved its 19th package of restrictive measures over defence-sector exports to Russia on Tuesday.",
    "EU ministers adopted the 21st package against Russia on Tuesday.",
])
def test_an_ordinal_package_of_measures_stays_sanctions(text):
    assert _kinds(text) == ["sanctions"]


# ---------------------------------------------------------------- dev38 D3: calls without a call phrase

@pytest.mark.parametrize("text, partner", [
    ("She briefed the chancellor on her conversation with the Turkish president, which took place that morning.",
     "Turkey"),
    ("The premier told the cabinet about his conversation with President of France Emmanuel Macron, which lasted "
     "an hour.", "France"),
    ("Midway through the session he left the room to telephone Erdogan.", "Turkey"),
    ("He stepped out of the dinner on Tuesday to phone the Kremlin.", "Russia"),
])
def test_a_call_told_as_a_conversation_or_by_its_infinitive(text, partner):
    recs = _recs(text)
    assert [r[0] for r in recs] == ["phone_call"]
    assert partner in recs[0][2]


@pytest.mark.parametrize("text", [
    "In a conversation with reporters on Tuesday, he said the ceasefire would hold.",
    "He called Putin a war criminal on Tuesday.",
    "She said her conversation with the voters of Kharkiv had changed her mind.",
    "The minister wants to ring the bell at the stock exchange on Tuesday.",
])
def test_press_contacts_name_calling_and_bells_are_no_call(text):
    assert "phone_call" not in _kinds(text)


# ---------------------------------------------------------------- dev38 D4: sanctions in official wording

@pytest.mark.parametrize("text, target", [
    ("EU ministers on Tuesday adopted a 20th package of sectoral and individual restrictive measures concerning "
     "Russia.", "Russia"),
    ("EU foreign ministers on Tuesday agreed an 11th round of economic restrictive measures in view of "
     "Belarus's role in the war.", "Belarus"),
    ("EU ministers on Tuesday approved a package of individual and economic restrictive measures regarding Iran.",
     "Iran"),
])
def test_restrictive_measures_in_official_wording_are_sanctions(text, target):
    recs = _recs(text)
    assert [r[0] for r in recs] == ["sanctions"]
    assert {"European Union", target} <= set(recs[0][2])


@pytest.mark.parametrize("text, imposer", [
    ("London unveiled its own penalties on 60 vessels of the dark fleet on Tuesday.", "United Kingdom"),
    ("Canada announced new measures against 45 Russian entities on Tuesday.", "Canada"),
    ("Britain announced on Tuesday its own measures against 100 tankers.", "United Kingdom"),
])
def test_a_states_own_measures_against_counted_parties_are_sanctions(text, imposer):
    recs = _recs(text)
    assert [r[0] for r in recs] == ["sanctions"]
    assert imposer in recs[0][2]


@pytest.mark.parametrize("text", [
    "The city announced new measures against drones on Tuesday.",
    "The government announced new measures against the spread of disinformation on Tuesday.",
    "The cabinet adopted a package of economic reforms on Tuesday.",
    "Kyiv announced new restrictions on people over 60 leaving the region on Tuesday.",
])
def test_policy_measures_are_no_sanctions(text):
    assert "sanctions" not in _kinds(text)


# ---------------------------------------------------------------- dev38 D5: ratification

@pytest.mark.parametrize("text, sides", [
    ("The Seimas ratified the security agreement with Ukraine on Tuesday.", ["Lithuania", "Ukraine"]),
    ("Lawmakers voted on Tuesday to ratify the Ukrainian-Polish treaty on drone production.", ["Poland", "Ukraine"]),
    ("Norway's parliament on Tuesday approved the ratification of the defence pact with Kyiv.", ["Norway", "Ukraine"]),
])
def test_a_parliament_ratifying_an_agreement_is_the_agreement(text, sides):
    recs = _recs(text)
    assert [r[:2] for r in recs] == [("agreement", "held")]
    assert set(sides) <= set(recs[0][2])


@pytest.mark.parametrize("text", [
    "Parliament on Tuesday ratified the budget for next year.",
    "The Rada ratified the extension of martial law on Tuesday.",
])
def test_ratifying_a_domestic_act_is_no_agreement(text):
    assert "agreement" not in _kinds(text)


# ---------------------------------------------------------------- dev38 D7: two parliaments' committees

@pytest.mark.parametrize("text, sides", [
    ("Lithuania's parliament speaker visited Kyiv on Tuesday. The two speakers agreed that the defence committees "
     "of the two parliaments would meet in Vilnius in March.", ["Lithuania", "Ukraine"]),
    ("Estonia's foreign minister visited Kyiv on Tuesday. The two governments agreed that their foreign-affairs "
     "committees would meet in Tallinn in April.", ["Estonia", "Ukraine"]),
])
def test_two_parliaments_committees_meeting_are_talks_of_the_sides_told(text, sides):
    recs = _recs(text)
    assert ("talks", "planned", sides) in recs
    assert "meeting" not in [r[0] for r in recs]


def test_a_states_own_committee_sitting_is_no_event():
    assert _recs("The parliament's budget committee will meet on Thursday to discuss tax rises.") == []


# ---------------------------------------------------------------- dev38 D12: paying for production

@pytest.mark.parametrize("text, giver", [
    ("Copenhagen said on Tuesday it would pay for howitzers to be built in Ukraine.", "Denmark"),
    ("Oslo said on Tuesday it will pay for drones manufactured in Ukraine.", "Norway"),
    ("The Netherlands said on Tuesday it is paying for shells to be produced by Ukrainian plants.", "Netherlands"),
])
def test_paying_for_weapons_made_in_ukraine_is_aid(text, giver):
    recs = _recs(text)
    assert [r[0] for r in recs] == ["military_aid"]
    assert {giver, "Ukraine"} <= set(recs[0][2])


@pytest.mark.parametrize("text", [
    "Russia pays for Iranian drones with gold, officials said on Tuesday.",
    "Nobody knows who will pay for reconstruction, the minister said on Tuesday.",
    "Moscow paid for drones made in Iran, the report said on Tuesday.",
])
def test_paying_for_other_things_or_by_the_aggressor_is_no_aid(text):
    assert "military_aid" not in _kinds(text)


# ---------------------------------------------------------------- dev37 D1: a standing joint body's sitting

@pytest.mark.parametrize("text, status, sides", [
    ("The alliance's chief will preside over an online sitting of the NATO-Ukraine Council this Thursday.",
     "planned", ["NATO", "Ukraine"]),
    ("The secretary general is set to host a remote sitting of the NATO-Georgia Commission next Thursday.", "planned",
     ["Georgia", "NATO"]),
    ("Speaking after the EU-Ukraine Association Council on Tuesday, the commissioner promised faster grants.",
     "held", ["European Union", "Ukraine"]),
    ("Rutte spoke to reporters on Tuesday after the NATO-Ukraine Council in Brussels.", "held", ["NATO", "Ukraine"]),
    ("The NATO-Ukraine Council met in Brussels on Tuesday.", "held", ["NATO", "Ukraine"]),
])
def test_a_joint_bodys_sitting_is_a_meeting_of_both_sides(text, status, sides):
    assert _recs(text) == [("meeting", status, sides)]


@pytest.mark.parametrize("text", [
    "Ukraine has sat on the NATO-Ukraine Council since 2023 and wants a seat at the table.",
])
def test_a_joint_body_named_as_an_institution_is_no_sitting(text):
    assert _recs(text) == []


def test_a_joint_body_in_another_clause_gives_no_side():
    # (r33: an organisation's summit in a member's city is hosted by that state, codebook 15; Ukraine stays out)
    assert _recs("The NATO-Ukraine Council format was created at the Vilnius summit.") == [("summit", "held", ["Lithuania", "NATO"])]


# ---------------------------------------------------------------- dev37 D3: a stop in a capital named by its demonym

@pytest.mark.parametrize("text, host", [
    ("The prime minister closed his Gulf swing with a stopover in the Saudi capital on Monday.", "Saudi Arabia"),
    ("On Tuesday the president closed a week on the road with a brief stop in the French capital.", "France"),
    ("The Ukrainian president ended his tour in the Norwegian capital on Friday.", "Norway"),
])
def test_a_stop_in_a_demonym_capital_is_a_visit(text, host):
    recs = _recs(text)
    assert [r[0] for r in recs] == ["visit"]
    assert host in recs[0][2]


@pytest.mark.parametrize("text", [
    "Investors in the German capital shrugged off the news on Tuesday.",
    "Trains stopped in the Polish capital for two hours on Tuesday after a power cut.",
])
def test_a_capital_named_in_passing_is_no_visit(text):
    assert "visit" not in _kinds(text)


def test_a_tour_told_in_its_own_clause_after_aid_is_a_visit_too():
    text = ("Norway announced new air-defence aid for Ukraine on Friday, while the Ukrainian president ended his "
            "tour in Oslo.")
    assert [r[:2] for r in _recs(text)] == [("visit", "held"), ("military_aid", "held")]


def test_a_clause_of_time_with_no_trip_adds_no_visit():
    text = "Norway announced new air-defence aid for Ukraine on Friday, as the markets ended the week higher in Oslo."
    assert _kinds(text) == ["military_aid"]

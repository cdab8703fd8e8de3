"""Round 21 (fixer r21nonevent), classes_dev39 D6/D7 and classes_dev40 D2/D6/D7/D8: diplomacy mentions
that tell no event of their own, and status words that belong to another clause. Every sentence is
written fresh for the test, in several phrasings, with near-misses that must not fire."""

from __future__ import annotations

import pytest

from summariser.pipeline import extract


def _dip(text: str) -> list[tuple[str, str, list[str], str | None]]:
    out = extract(text + "\n", backend="rules", published="2024-06-12").diplomacy
    return [(d.kind.value, d.status.value, sorted(d.participants), d.date.start.isoformat() if d.date and d.date.start else None)
            for d in out]


# ------------------------------------------------- dev39 D7: the event denied a footing, a hope, an address

@pytest.mark.parametrize("text", [
    "Moscow saw no grounds for negotiations with Kyiv for now, the spokesman said.",
    "The Kremlin repeated there was no basis for talks with Ukraine at present.",
    "Budapest sees little point in a summit with Kyiv, the minister said.",
    "The envoy said there was no prospect of negotiations between Moscow and Kyiv this year.",
])
def test_no_footing_for_the_event_is_a_stance(text: str) -> None:
    assert _dip(text) == []


def test_the_basis_for_talks_agreed_keeps_the_talks() -> None:
    assert [k for k, *_ in _dip("Ukraine and Poland agreed on Tuesday on the basis for talks on grain transit.")] == ["talks"]


@pytest.mark.parametrize("text", [
    "The mayor said the region hoped partners would deliver more generators before winter.",
    "Kyiv hopes Berlin will send Taurus missiles soon, an aide said.",
    "Officials are hoping that the allies approve a new air defence package this month.",
])
def test_a_hope_that_others_give_aid_is_no_aid(text: str) -> None:
    assert _dip(text) == []


@pytest.mark.parametrize("text", [
    "Germany will send two more Patriot systems to Ukraine, the minister said on Monday, and hopes others follow.",
    "Norway pledged on Tuesday to send Ukraine €200 million in aid, hoping to speed up repairs.",
])
def test_aid_decided_beside_a_hope_stays(text: str) -> None:
    assert [k for k, *_ in _dip(text)] == ["military_aid"]


@pytest.mark.parametrize("text", [
    "The Ukrainian president addressed the UN General Assembly on Monday, charging Moscow with nuclear blackmail.",
    "On Tuesday the Polish president addressed the General Assembly and called for a tribunal.",
])
def test_a_general_assembly_address_is_a_statement(text: str) -> None:
    assert _dip(text) == []


@pytest.mark.parametrize("text", [
    "Kuleba addressed an emergency session of the General Assembly on Thursday before the vote.",
    "The foreign minister briefed the Security Council on Monday on the strikes.",
    "The president addressed the UN Security Council by video on Wednesday.",
])
def test_a_council_or_assembly_session_stays_a_meeting(text: str) -> None:
    assert [k for k, *_ in _dip(text)] == ["meeting"]


def test_he_reaches_back_through_pronoun_clauses_to_the_person() -> None:
    text = ("Denmark announced a new aid package worth 2 billion kroner for Ukraine.\n\n"
            "President Volodymyr Zelensky spoke before the UN General Assembly, charging Moscow with nuclear threats. On Monday "
            "he is to brief a Security Council meeting, and on Tuesday he is due in Washington to see President Joe Biden.")
    visits = [p for k, _, p, _ in _dip(text) if k == "visit"]
    assert visits == [["Ukraine", "United States"]]


# ------------------------------------------------- dev39 D6: "The visit came N days after <a renewal>"

def test_the_visit_came_after_a_renewal_tells_the_renewal() -> None:
    got = _dip("Borrell arrived in Kyiv on Saturday. His trip came two days after the grain corridor deal was renewed "
               "for a further 90 days, an outcome Kyiv had pressed for.")
    assert [(k, s, d) for k, s, _, d in got] == [("visit", "held", "2024-06-08"), ("agreement", "held", "2024-06-06")]


@pytest.mark.parametrize("text", [
    "The energy truce was extended until March, Ankara said on Tuesday.",
    "The Black Sea arrangement has been rolled over for another 120 days, Ankara said on Tuesday.",
])
def test_an_agreement_renewed_for_a_term_is_an_agreement(text: str) -> None:
    assert [(k, s) for k, s, *_ in _dip(text)] == [("agreement", "held")]


@pytest.mark.parametrize("text", [
    "The deal was extended to include fertiliser exports.",
    "Moscow wants the grain deal extended for another 60 days, officials said.",
])
def test_no_renewal_told_no_agreement(text: str) -> None:
    assert _dip(text) == []


@pytest.mark.parametrize("text", [
    "Borrell arrived in Kyiv on Saturday. The visit came after weeks of preparation.",
    "Sikorski landed in Odesa on Friday. The visit came a day after the Black Sea truce was prolonged for another month.",
])
def test_the_visit_named_again_as_an_anchor_is_no_second_visit(text: str) -> None:
    assert [k for k, *_ in _dip(text)] == ["visit"]


# ------------------------------------------------- dev40 D6: a hope in a relative clause, a journalist's question

@pytest.mark.parametrize("text", [
    "Asked whether India would attend a new peace summit, which Ukraine hopes to convene before winter, the spokesman "
    "said India's position had not changed.",
    "Ankara backed a fresh round of talks, which Kyiv wants to hold in Istanbul.",
    "Berlin supports a new peace summit, which Kyiv wants to hold in the autumn, the chancellor said.",
    "Paris welcomed plans for a summit that Kyiv would like to host in the autumn.",
    "Asked if Beijing would send a delegation to the planned gathering, the spokesman declined to comment.",
])
def test_a_hoped_for_event_or_a_question_is_no_event(text: str) -> None:
    assert _dip(text) == []


@pytest.mark.parametrize("text,kind", [
    ("The second summit, which Switzerland will host on 15 June, is expected to draw 90 states.", "summit"),
    ("The ministers agreed on Monday to a new round of talks, which Turkey will host in Istanbul next week.", "talks"),
])
def test_an_event_set_in_a_relative_clause_stays(text: str, kind: str) -> None:
    assert [(k, s) for k, s, *_ in _dip(text)] == [(kind, "planned")]


# ------------------------------------------------- dev40 D7: standing advocacy

@pytest.mark.parametrize("text", [
    "Brazil and South Africa have been championing their own ceasefire initiative.",
    "Ankara has long been pushing its own formula for a ceasefire.",
    "The two capitals keep championing their joint peace plan.",
    "Beijing has been touting a twelve-point peace paper for months.",
])
def test_standing_advocacy_is_no_proposal(text: str) -> None:
    assert _dip(text) == []


@pytest.mark.parametrize("text,kind", [
    ("Ankara and Doha tabled a seven-point peace plan on Thursday.", "proposal"),
    ("Turkey has been pushing for a ceasefire, and on Monday it proposed talks in Istanbul.", "talks"),
])
def test_a_proposal_made_on_a_day_stays(text: str, kind: str) -> None:
    assert [(k, s) for k, s, *_ in _dip(text)] == [(kind, "proposed")]


# ------------------------------------------------- dev40 D2: taking part in a gathering by video

@pytest.mark.parametrize("text,side", [
    ("Leaders opened a two-day summit in Astana on Monday. Brazil's president took part in the proceedings via video link.",
     "Brazil"),
    ("Leaders gathered in Kazan on Tuesday for the bloc's summit. Brazil's president, who called off his trip after a "
     "fall, followed the proceedings by video from Brasilia.", "Brazil"),
    ("Central Asian leaders met in Astana on Monday for a summit. Moldova's president joined the sessions by video link.",
     "Moldova"),
])
def test_a_gathering_joined_by_video_adds_a_side_and_no_call(text: str, side: str) -> None:
    got = _dip(text)
    assert [k for k, *_ in got] == ["summit"] and side in got[0][2] and got[0][1] == "held"


def test_a_call_by_video_link_with_no_gathering_object_stays_a_call() -> None:
    got = _dip("Leaders met in Rome on Monday. On Tuesday Zelensky joined Biden by video link for a call.")
    assert ("phone_call", "held", ["Ukraine", "United States"], "2024-06-11") in got


# ------------------------------------------------- dev40 D8: status from another's relative clause or claim

@pytest.mark.parametrize("text,kind", [
    ("The defence minister held talks with Lithuania's Anusauskas, who later proposed a new round in Vilnius.", "talks"),
    ("On Monday Sunak held talks in Paris with Macron, who again offered Paris as a venue for a peace conference.", "talks"),
])
def test_anothers_act_in_a_who_clause_gives_no_status(text: str, kind: str) -> None:
    assert [(k, s) for k, s, *_ in _dip(text)] == [(kind, "held")]


def test_a_claims_content_gives_no_status() -> None:
    got = _dip("The summit of the bloc's leaders in Minsk entered its final day on Friday. The summit, which opened on "
               "Wednesday, was the host's stage for its claim that sanctions had failed to bite.")
    assert [(k, s) for k, s, *_ in got] == [("summit", "ongoing")]


def test_a_relative_clause_on_the_event_itself_keeps_its_status() -> None:
    got = _dip("The talks in Geneva, which were called off at the last minute, were to have opened on Friday.")
    assert [(k, s) for k, s, *_ in got] == [("talks", "cancelled")]


@pytest.mark.parametrize("text,status", [
    ("The summit of the bloc's leaders in Minsk entered its final day on Friday.", "ongoing"),
    ("The talks in Geneva, now in their third day, have focused on prisoner lists.", "ongoing"),
    ("Zelensky will meet NATO leaders on Friday, when the Vilnius summit closes.", "planned"),
])
def test_the_day_a_gathering_has_reached(text: str, status: str) -> None:
    assert [s for _, s, *_ in _dip(text)] == [status]


def test_talks_on_two_days_with_other_counterparts_stay_two() -> None:
    got = _dip("Lavrov held talks in Minsk with Wang Yi, China's foreign minister, on Monday morning, and later that day "
               "with India's Subrahmanyam Jaishankar. On Tuesday Lavrov also had talks with Hakan Fidan of Turkey, "
               "who once more proposed Antalya for a new round.")
    talks = [(s, p) for k, s, p, _ in got if k == "talks"]
    # three: the Monday talks with China and, later that day, with India are two records (r21summit, dev40 D1)
    assert len(talks) == 3 and ("held", ["Russia", "Turkey"]) in talks


@pytest.mark.parametrize("text", [
    'On Sunday the Kremlin spokesman said Moscow was "always open" for negotiations with Kyiv.',
    "Warsaw's envoy said his country stood 'fully prepared' to host talks between the two sides.",
])
def test_a_quoted_stance_is_still_a_stance(text: str) -> None:
    assert _dip(text) == []


def test_a_who_clause_that_holds_the_event_keeps_its_status() -> None:
    got = _dip("The Dutch premier, who will chair a coalition session in The Hague on Friday, spoke to reporters.")
    assert [(k, s) for k, s, *_ in got] == [("meeting", "planned")]

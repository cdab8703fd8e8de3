"""Diplomacy of round 19 (classes_dev35.md D1, D2, D9; classes_dev36.md D2, D8): a signing told with
plural or generic document nouns, commentary over an agreement already told as done and dated,
the terms of a proposal, a "since YEAR" in a clause that describes a thing, and an earlier deal
named inside a noun phrase. Every sentence is written fresh, with near-misses that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, diplomacy_of


def _recs(text, published=WEDNESDAY):
    return [(r.kind.value, r.status.value, sorted(r.participants)) for r in diplomacy_of(text, published)]


def _kinds(text, published=WEDNESDAY):
    return sorted(r.kind.value for r in diplomacy_of(text, published))


# ---------------------------------------------------------------- dev35 D1: plural or generic documents signed

@pytest.mark.parametrize("text, sides", [
    ("Ankara and Kyiv on Monday signed two agreements on joint drone production.", ["Turkey", "Ukraine"]),
    ("Britain and Ukraine signed treaties on defence and trade in Kyiv on Monday.", ["Ukraine", "United Kingdom"]),
    ("Warsaw and Vilnius on Tuesday inked memoranda on rail freight and power lines.", ["Lithuania", "Poland"]),
    ("Romania's minister put her name to a document with Moldova on Monday, and the Bulgarian minister "
     "signed a mirror document an hour later.", ["Bulgaria", "Moldova", "Romania"]),
    ("Slovakia and Hungary signed parallel texts with the European Commission on Tuesday.",
     ["European Union", "Hungary", "Slovakia"]),
])
def test_a_signing_of_several_or_generic_documents_is_an_agreement(text, sides):
    recs = _recs(text)
    assert [r[:2] for r in recs] == [("agreement", "held")]
    assert set(sides) <= set(recs[0][2])


@pytest.mark.parametrize("text", [
    "The mayor of Kharkiv signed a document ordering the evacuation of two districts on Sunday.",
    "Police seized signed documents at the party's offices in Kyiv on Sunday.",
    "Zelensky signed documents on Monday dismissing two generals.",
    "The governor of Odesa signed a document on curfew hours on Friday.",
])
def test_a_decree_or_seized_papers_are_no_agreement(text):
    assert "agreement" not in _kinds(text)


# ---------------------------------------------------------------- dev35 D2: commentary over a deal told as done

@pytest.mark.parametrize("text, sides", [
    ("The new barrage cast doubt over the truce agreed in Cairo between Israel and Egypt on Sunday.",
     ["Egypt", "Israel"]),
    ("The shelling raised fears about the memorandum Poland and Ukraine signed on Monday in Rzeszow.",
     ["Poland", "Ukraine"]),
    ("Fresh raids raised questions over the deal signed by Turkey and Ukraine in Ankara on Sunday.",
     ["Turkey", "Ukraine"]),
])
def test_commentary_over_an_agreement_done_and_dated_keeps_it(text, sides):
    assert _recs(text) == [("agreement", "held", sides)]


@pytest.mark.parametrize("text", [
    "Diplomats voiced doubts over whether a deal between Turkey and Ukraine could be signed by Friday.",
    "Officials voiced concern over the deal Poland and Ukraine signed.",
    "Analysts raised questions about a deal Poland and Ukraine are to sign on Monday.",
])
def test_commentary_over_a_prospect_or_an_undated_deal_stays_no_event(text):
    assert _kinds(text) == []


# ---------------------------------------------------------------- dev36 D2: a "since YEAR" describing a thing

@pytest.mark.parametrize("text, kind", [
    ("Grossi held talks with Likhachev on Tuesday about the plant, controlled by Russian troops since 2022.", "talks"),
    ("The Turkish and Ukrainian foreign ministers held talks on Monday about the dam, controlled by Moscow's "
     "troops since 2022.", "talks"),
    ("The Polish and Ukrainian ministers met in Lublin on Friday to discuss the border crossing, which has been "
     "closed since 2022.", "talks"),
    ("Turkish and Ukrainian envoys discussed the port, shut since 2022, at talks in Ankara on Thursday.", "talks"),
])
def test_a_since_inside_a_description_of_the_topic_keeps_the_event(text, kind):
    assert kind in _kinds(text)


@pytest.mark.parametrize("text", [
    "Since 2022 Norway has delivered 40 howitzers to Ukraine, the minister told the meeting on Tuesday.",
    "Berlin has sent Kyiv 18 howitzers since 2022, officials said after Monday's talks.",
    "Norway has given Ukraine military aid worth 4 billion crowns since 2022, the minister said on Monday.",
    "Norway has delivered 40 howitzers to Ukraine since 2022, which officials called a record.",
    "Denmark, which has given Ukraine €5 billion in aid since 2022, is among the largest donors.",
])
def test_a_running_total_in_the_main_clause_stays_no_event(text):
    assert _kinds(text) == []


# ---------------------------------------------------------------- dev36 D8: an earlier deal named as a frame

@pytest.mark.parametrize("text", [
    "The EU's wheat quota grew under the trade deal agreed this spring.",
    "Farmers expect the NATO quota, set under a deal agreed in the spring, to fill fast.",
    "Exports rose under an accord struck this summer with Warsaw.",
    "Shipments of Polish apples rose in line with a pact signed with Ukraine years ago.",
    "Tariffs fell as part of the customs accord reached with Moldova.",
])
def test_an_earlier_deal_named_as_a_frame_is_no_event(text):
    assert "agreement" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Poland and Ukraine signed a deal on Monday that opens the quota to honey.",
    "Under the deal signed by Poland and Ukraine on Friday, the quota doubles.",
    "Poland and Ukraine on Monday signed a deal under which quotas double.",
])
def test_a_deal_told_with_its_own_day_stays(text):
    assert _recs(text) == [("agreement", "held", ["Poland", "Ukraine"])]


# ---------------------------------------------------------------- dev35 D9: the terms of a proposal

def test_a_plans_terms_name_no_side_and_keep_it_proposed():
    text = ("Moldova's envoys on Monday tabled a plan under which Transnistria would be demilitarised, "
            "with guarantors that could include Romania, Austria and Italy.")
    assert _recs(text) == [("proposal", "proposed", ["Moldova"])]


@pytest.mark.parametrize("text", [
    "Georgia presented a draft on Tuesday whereby Russia would pull back its troops and talks would open within a year.",
    "Under the plan, the region would be demilitarised and its status settled in talks over ten years.",
    "In exchange, Moscow would pull back its troops to the February lines and hold talks with Kyiv.",
    "The status of the port would be left for ten years of separate negotiations, the Ukrainian adviser said.",
    "After months of talks, Hungary and Slovakia still disagree over the pipeline.",
])
def test_talks_inside_a_plans_terms_or_a_span_of_years_are_no_event(text):
    assert "talks" not in _kinds(text)


@pytest.mark.parametrize("text, kind", [
    ("After two days of talks in Geneva, Ukraine and Russia agreed on Friday to meet again.", "talks"),
    ("Under the deal signed by Poland and Ukraine on Friday, the delegations will meet again in Geneva on 3 May.", "talks"),
    ("Zelensky said he would meet Erdogan in Ankara next week.", "meeting"),
])
def test_a_dated_next_step_or_a_days_long_round_stays(text, kind):
    assert kind in _kinds(text)


_TALKS = "Delegations from Armenia and Azerbaijan held talks in Geneva on Tuesday under Swiss mediation. "


def test_a_plan_tabled_by_a_delegation_at_the_talks_takes_their_venue_day_and_counterpart():
    recs = diplomacy_of(_TALKS + "The envoys shook hands afterwards. Armenia's negotiators put forward a proposal "
                        "under which the border would be demarcated within a year.", WEDNESDAY)
    plan = next(r for r in recs if r.kind.value == "proposal")
    assert (sorted(plan.participants), plan.location.name if plan.location else None, str(plan.date.start)) \
        == (["Armenia", "Azerbaijan"], "Geneva", "2026-03-03")


def test_a_plan_with_its_own_day_and_place_keeps_them():
    recs = diplomacy_of(_TALKS + "Armenia's foreign minister put forward a proposal on Friday in Yerevan for a new "
                        "border commission.", WEDNESDAY)
    plan = next(r for r in recs if r.kind.value == "proposal")
    assert (plan.participants, plan.location.name if plan.location else None) == (["Armenia"], "Yerevan")

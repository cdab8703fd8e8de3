"""Diplomacy kinds, sides, status and days of round 17 (classes_dev31.md D1, D2, D3, D10, D11, D12;
classes_dev32.md B2, B4, B8), in general terms, with near-misses that must not change. Every
sentence is written fresh."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, day_2026, diplomacy_of


def _recs(text, published=WEDNESDAY):
    return [(r.kind.value, r.status.value, sorted(r.participants)) for r in diplomacy_of(text, published)]


def _kinds(text, published=WEDNESDAY):
    return sorted((r.kind.value, r.status.value) for r in diplomacy_of(text, published))


_WAR = "The war in Ukraine is in its fourth year. "


# ---------------------------------------------------------------- D2: money pledged to buy or make weapons

@pytest.mark.parametrize("text, donor", [
    (_WAR + "Portugal pledged 40 million euros to buy mortars, its minister said.", "Portugal"),
    (_WAR + "Denmark said it would allocate €200 million for the manufacture of artillery shells in Ukraine.", "Denmark"),
    (_WAR + "Sweden will allocate SEK 2 billion to purchase air-defence missiles for Kyiv.", "Sweden"),
    (_WAR + "Canada committed CAD 150 million for the procurement of armoured vehicles, Ottawa said.", "Canada"),
])
def test_a_sum_pledged_to_buy_or_make_weapons_is_aid(text, donor):
    recs = _recs(text)
    assert ("military_aid", "held", sorted([donor, "Ukraine"])) in recs


@pytest.mark.parametrize("text", [
    "The government allocated €2 billion for its own army's reserves.",
    "The budget sets aside NOK 1 billion for schools.",
    "Germany will allocate €8 billion to buy tanks for the Bundeswehr.",
    "Germany committed €2 billion to buy tanks for its own army.",
])
def test_a_budget_of_ones_own_is_no_aid(text):
    assert _kinds(text) == []


# ---------------------------------------------------------------- B2: a counted cargo promised, no recipient

@pytest.mark.parametrize("text, donor", [
    (_WAR + "The Danish defence minister promised a further three air defence systems, to be delivered before spring.",
     "Denmark"),
    (_WAR + "Sweden pledged a further 12 combat boats to be shipped by summer.", "Sweden"),
    (_WAR + "In Kyiv on Friday, Italy's foreign minister promised two more SAMP/T batteries.", "Italy"),
])
def test_a_counted_cargo_promised_is_aid(text, donor):
    assert ("military_aid", "held", sorted([donor, "Ukraine"])) in _recs(text)


@pytest.mark.parametrize("text", [
    _WAR + "The Polish foreign minister promised to retaliate against any incursion.",
    _WAR + "The Czech government promised an investigation into the arms deal.",
    _WAR + "Putin promised that dozens of missiles would hit Kyiv.",
    _WAR + "Moscow promised hundreds of drones against Ukrainian cities.",
])
def test_a_promise_of_no_cargo_or_of_strikes_is_no_aid(text):
    assert "military_aid" not in [k for k, _ in _kinds(text)]


# ---------------------------------------------------------------- B4: the strike idiom "delivered against"

@pytest.mark.parametrize("text", [
    "The ministry said a group strike with precision weapons was delivered against enemy fuel depots overnight.",
    "A massive strike with high-precision missiles has been delivered on Ukrainian energy facilities, the ministry said.",
])
def test_a_strike_delivered_against_targets_is_no_aid(text):
    assert "military_aid" not in [k for k, _ in _kinds(text)]


def test_weapons_delivered_to_the_recipient_stay_aid():
    assert ("military_aid", "held") in _kinds("Oslo said the 12 howitzers it promised had been delivered on Monday to Ukraine.")


# ---------------------------------------------------------------- D10: a joint body proposed

@pytest.mark.parametrize("text, proposer", [
    ("Kyiv proposed setting up a joint commission on the return of children.", "Ukraine"),
    ("Russia proposed creating three working groups, but Ukraine had not accepted the idea.", "Russia"),
    ("Ukraine offered to establish a hotline between the two militaries.", "Ukraine"),
    ("Moscow suggested forming two expert groups to meet between rounds.", "Russia"),
])
def test_a_joint_body_put_forward_is_a_proposal(text, proposer):
    recs = [r for r in diplomacy_of(text, WEDNESDAY) if r.kind.value == "proposal"]
    assert recs and proposer in recs[0].participants


@pytest.mark.parametrize("text", [
    "The proposed working group met for the first time on Monday.",
    "Residents suggested forming a volunteer group to clear the rubble.",
])
def test_no_proposal_without_an_act_or_a_side(text):
    assert "proposal" not in [k for k, _ in _kinds(text)]


# ---------------------------------------------------------------- D12, B8: a mediator thanked or credited far after

_SWAP = "Ukraine and Russia exchanged 90 captives on Thursday. The freed men were taken to Belarus first. Doctors examined them there. "


@pytest.mark.parametrize("tail, mediator", [
    ("The ministry thanked Qatar for its \"humanitarian mediation\".", "Qatar"),
    ("Officials expressed gratitude to Turkey for brokering the swap.", "Turkey"),
    ("He also thanked the Vatican for acting as mediator.", "Vatican"),
    ("It credited Saudi Arabia with mediation.", "Saudi Arabia"),
])
def test_a_mediator_thanked_paragraphs_later_joins_the_exchange(tail, mediator):
    recs = [r for r in diplomacy_of(_SWAP + tail, WEDNESDAY) if r.kind.value == "prisoner_exchange"]
    assert len(recs) == 1
    assert any(mediator in p for p in recs[0].participants)


@pytest.mark.parametrize("tail", [
    "Zelensky thanked Poland for its support.",
    "The ministry thanked Norway for its assistance.",
])
def test_thanks_for_support_name_no_mediator(tail):
    recs = [r for r in diplomacy_of(_SWAP + tail, WEDNESDAY) if r.kind.value == "prisoner_exchange"]
    assert sorted(recs[0].participants) == ["Russia", "Ukraine"]


# ---------------------------------------------------------------- B8: a measure held up is stalled

@pytest.mark.parametrize("text", [
    "The EU's new sanctions package, which would ban imports of Russian steel, is still held up in Brussels.",
    "The 21st package of sanctions against Russia remains held up because Hungary is withholding its consent.",
])
def test_a_measure_held_up_is_stalled(text):
    assert ("sanctions", "stalled") in _kinds(text)


def test_a_sign_held_up_leaves_the_measure_held():
    text = "The EU adopted its 21st sanctions package against Russia on Tuesday; protesters held up a sign outside."
    assert ("sanctions", "held") in _kinds(text)


# ---------------------------------------------------------------- D3: a weekday as the event's adjective

@pytest.mark.parametrize("text, kind, day", [
    ("Warsaw is hosting a Saturday meeting of defence chiefs.", "meeting", 7),
    ("The envoy flies to Rome for Friday's talks.", "talks", 6),
    ("Leaders are gathering for a Monday summit in Madrid.", "summit", 9),
    ("The president is travelling to Vienna, where the chancellor is hosting a Friday summit of regional leaders.",
     "summit", 6),
])
def test_a_weekday_adjective_under_a_verb_ahead_is_the_coming_day(text, kind, day):
    recs = [r for r in diplomacy_of(text, WEDNESDAY) if r.kind.value == kind]
    assert recs and recs[0].status.value == "planned"
    assert recs[0].date is not None and recs[0].date.start == day_2026(3, day)


@pytest.mark.parametrize("text", [
    "The chancellor hosted a Tuesday summit of regional leaders in Vienna.",
    "On Tuesday the chancellor had hosted a summit of regional leaders in Vienna.",
])
def test_a_past_verb_keeps_the_weekday_gone_by(text):
    recs = [r for r in diplomacy_of(text, WEDNESDAY) if r.kind.value == "summit"]
    assert recs and recs[0].status.value == "held" and recs[0].date.start == day_2026(3, 3)


# ---------------------------------------------------------------- D11: a gathering in a when/as clause

@pytest.mark.parametrize("text, donor, body", [
    ("Berlin will pay for three more systems for Ukraine, the German minister said on Tuesday as the Ukraine Defense "
     "Contact Group convened at NATO headquarters in Brussels.", "Germany", "Ukraine Defense Contact Group"),
    ("Oslo pledged two radars to Ukraine, its minister said on Tuesday as EU defence ministers met in Brussels.",
     "Norway", "European Union"),
])
def test_a_gathering_in_a_time_clause_is_its_own_meeting_on_the_main_clauses_day(text, donor, body):
    recs = diplomacy_of(text, WEDNESDAY)
    aid = [r for r in recs if r.kind.value == "military_aid"]
    meeting = [r for r in recs if r.kind.value == "meeting"]
    assert aid and sorted(aid[0].participants) == sorted([donor, "Ukraine"]) and aid[0].location is None
    assert meeting and body in meeting[0].participants and meeting[0].location.name == "Brussels"
    assert meeting[0].date is not None and meeting[0].date.start == day_2026(3, 3)


def test_a_group_named_by_no_name_is_not_cut_off():
    text = "Oslo pledged two radars to Ukraine, its minister said as the group met in Brussels on Monday."
    assert [r.kind.value for r in diplomacy_of(text, WEDNESDAY)] == ["military_aid"]


@pytest.mark.parametrize("text", [
    "Berlin is in talks with Washington about buying two more systems.",
    "Kyiv was in negotiations with Seoul over the purchase of shells, officials said.",
])
def test_talks_about_buying_arms_are_a_purchase_under_way(text):
    assert _kinds(text) == []


def test_talks_held_on_a_day_about_buying_stay_talks():
    text = "Ukraine held talks with the US about buying Patriots in Washington on Monday."
    assert ("talks", "held") in _kinds(text)


# ---------------------------------------------------------------- D1: a gathering's course in a clause of its own

@pytest.mark.parametrize("text, city, host", [
    ("Negotiators from Kyiv and Moscow agreed on Tuesday to swap 300 detainees each, but their talks in Doha ended "
     "without a truce.", "Doha", "Qatar"),
    ("Ukrainian and Russian envoys agreed on Tuesday to trade 250 prisoners of war each, but the fifth round of talks "
     "in Geneva broke up without a ceasefire.", "Geneva", "Switzerland"),
])
def test_an_act_agreed_and_the_talks_ended_are_two_events(text, city, host):
    recs = diplomacy_of(text, WEDNESDAY)
    swap = [r for r in recs if r.kind.value == "prisoner_exchange"]
    talks = [r for r in recs if r.kind.value == "talks"]
    assert swap and host not in swap[0].participants and swap[0].location is None
    assert talks and talks[0].status.value == "held" and talks[0].location.name == city
    assert sorted(talks[0].participants) == sorted(["Russia", "Ukraine", host])
    assert talks[0].date is not None and talks[0].date.start == day_2026(3, 3)


def test_earlier_rounds_that_failed_stay_background():
    assert _kinds("Earlier rounds in Geneva failed to produce a truce.") == []


# ---------------------------------------------------------------- B6: delegations meeting, under way today

def test_delegations_meeting_today_are_talks_under_way_apart_from_the_days_before():
    text = ("Envoys of Brazil and China were meeting in Geneva on Monday, a day after Brazil's team held separate talks "
            "with EU officials there.")
    recs = {r.status.value: r for r in diplomacy_of(text, "2026-03-02") if r.kind.value == "talks"}
    assert sorted(recs["ongoing"].participants) == ["Brazil", "China", "Switzerland"]
    assert "European Union" in recs["held"].participants and recs["held"].date.start == day_2026(3, 1)


@pytest.mark.parametrize("text", [
    "Delegations from Kyiv and Warsaw are meeting in Rzeszow today.",
    "Czech and Slovak negotiators were meeting in Bratislava on Monday.",
])
def test_a_progressive_on_the_day_of_publication_is_ongoing(text):
    assert ("talks", "ongoing") in _kinds(text, "2026-03-02")


@pytest.mark.parametrize("text", [
    "Polish and Czech delegations were meeting in Prague on Friday when the sirens sounded.",
    "Polish and Czech delegations met in Prague on Monday.",
])
def test_a_progressive_of_a_day_gone_by_or_a_past_is_held(text):
    assert ("talks", "held") in _kinds(text, "2026-03-02")


# ---------------------------------------------------------------- D6: a meeting that prepares a summit; the host ready

@pytest.mark.parametrize("text, city", [
    ("The two presidents agreed that their foreign ministers would meet in Geneva next week to \"settle the details\" "
     "of a possible summit.", "Geneva"),
    ("Ministers will meet in Baku on Monday to lay the groundwork for an eventual summit.", "Baku"),
])
def test_a_gathering_to_prepare_a_summit_is_not_the_summit(text, city):
    recs = diplomacy_of(text, WEDNESDAY)
    assert [r.kind.value for r in recs if r.kind.value == "summit"] == []
    assert any(r.location and r.location.name == city and r.status.value == "planned" for r in recs)


def test_the_leaders_summit_itself_stays_a_summit():
    assert ("summit", "planned") in _kinds("The leaders will meet at a summit in Rome next month.")


@pytest.mark.parametrize("text, host", [
    ("The two presidents agreed that their foreign ministers would hold talks in Doha next week. Qatar said it stood "
     "ready to receive both delegations.", "Qatar"),
    ("The envoys will meet in Oslo on Friday. Norway confirmed it would welcome the envoys.", "Norway"),
])
def test_the_hosts_readiness_joins_the_gathering_planned_there(text, host):
    recs = diplomacy_of(text, WEDNESDAY)
    assert len(recs) == 1 and recs[0].status.value == "planned" and host in recs[0].participants


def test_a_readiness_to_host_with_no_gathering_told_is_no_event():
    assert _kinds("Qatar is ready to host talks between the two sides.") == []


def test_the_two_leaders_are_the_sides_of_their_call_not_of_a_strike_between():
    text = ("Macron and Lula spoke by phone on Monday. Later, Russian drones hit a depot in Ukraine. "
            "The two leaders agreed to meet in Paris next month.")
    planned = [r for r in diplomacy_of(text, WEDNESDAY) if r.status.value == "planned"]
    assert planned and sorted(planned[0].participants) == ["Brazil", "France"]


# ---------------------------------------------------------------- D11, B7: pledges made at the gathering of the day

def test_pledges_told_after_the_days_gathering_take_its_day():
    text = ("NATO defence ministers gathered in Brussels on Tuesday. Other pledges followed. "
            "Spain said it would send 20 more tanks to Ukraine. Portugal pledged 40 million euros to buy mortars for Ukraine.")
    aid = [r for r in diplomacy_of(text, WEDNESDAY) if r.kind.value == "military_aid"]
    assert len(aid) == 2 and all(r.date is not None and r.date.start == day_2026(3, 3) for r in aid)


def test_a_gathering_of_weeks_ago_gives_no_day_to_a_pledge():
    text = ("NATO defence ministers gathered in Brussels on 3 February. Spain said it would send 20 more tanks to Ukraine.")
    aid = [r for r in diplomacy_of(text, WEDNESDAY) if r.kind.value == "military_aid"]
    assert aid and aid[0].date is None


# ---------------------------------------------------------------- D1: sides leaking across a sentence's two events

def test_a_second_reported_clause_keeps_its_venue_from_the_call():
    text = ("The president said his call with Erdogan on Monday had been \"useful\" and that Foreign Minister Jan Novak "
            "would meet Qatari officials in Doha next week.")
    calls = [r for r in diplomacy_of(text, WEDNESDAY) if r.kind.value == "phone_call"]
    assert calls and "Qatar" not in calls[0].participants


@pytest.mark.parametrize("text, sides", [
    ("Russia struck Kharkiv with drones overnight, hours before the Ukrainian foreign minister talked by phone to his "
     "Polish counterpart.", ["Poland", "Ukraine"]),
    ("Moscow pounded Odesa with missiles on Monday, the governor said, hours before Kyiv's defence minister phoned his "
     "Dutch counterpart.", ["Netherlands", "Ukraine"]),
])
def test_the_attacker_of_the_strike_told_beside_a_call_is_no_side(text, sides):
    calls = [r for r in diplomacy_of(text, WEDNESDAY) if r.kind.value == "phone_call"]
    assert calls and sorted(calls[0].participants) == sides


def test_a_state_striking_and_then_agreeing_talks_stays_a_side():
    text = "Russia struck Kharkiv with drones overnight; Moscow and Washington later agreed to hold talks in Riyadh."
    talks = [r for r in diplomacy_of(text, WEDNESDAY) if r.kind.value == "talks"]
    assert talks and "Russia" in talks[0].participants

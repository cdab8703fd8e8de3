"""Round 43 (7 December 2026). The LLM path: a sanctions office's listing told by its verb ("designated")
is an event, and a war country's capital told by its state ("the Ukrainian capital") names it. The
rules: a negotiating team's arrival at the talks' venue is no visit; a proposal's time ahead dates it;
the day a publication appeared is a report's time; a listing's verb before its count, plain "measures"
with their maker and target, a measure named again by its effect, a package with its label or its
giver's adjective, the occasion used for an announcement; the first strike's dated lead below a
preamble; hyphenated weapons; a toll that rose over a period; "the city" after the one place named;
a place's earlier strike in a relative clause; a signing with its label and a document with its signer
in a contact clause; a reception on arrival; weapons flown at a place; sanctions named by their day,
their maker's adjective, and told as the time since; a part of the city by its adjective; a holiday's
morning; weapons that landed among a site; one child "one of the wounded"; all downed by a named
defender. Fresh sentences, written for these tests, with near misses beside them."""

from __future__ import annotations

import pytest

import datetime as dt

from probes import AttackProbe, count_value, day_span, diplomacy_of, draft_records, place_names
from summariser.dates import find_dates
from summariser.records import DiplomacyKind, DiplomacyStatus

_PUBLISHED = "2026-04-14"  # a Tuesday
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _kinds(text: str) -> list[DiplomacyKind]:
    return [d.kind for d in diplomacy_of(text, _PUBLISHED)]


# --------------------------------------------------------------------------- a delegation's journey to the talks
@pytest.mark.parametrize("arrival", [
    "Our delegation arrived in Doha with a narrow brief: prisoners first.",
    "The Ukrainian negotiators flew to Doha with a short list of priorities.",
    "The delegation of Ukraine, led by the defence minister, came to Doha with instructions to press on the "
    "return of children.",
])
def test_a_delegations_arrival_at_the_talks_venue_is_no_visit(arrival: str) -> None:
    text = ("On Tuesday Ukrainian and Russian delegations held a second round of talks in Doha, hosted by Qatar. "
            + arrival)
    assert _kinds(text) == [DiplomacyKind.talks]


def test_a_ministers_trip_beside_the_talks_stays_a_visit() -> None:
    text = ("On Tuesday Ukrainian and Qatari officials held talks in Doha on energy. "
            "The Ukrainian foreign minister arrived in Doha on Tuesday for a two-day visit.")
    assert DiplomacyKind.visit in _kinds(text)


# --------------------------------------------------------------------------- a proposal's time ahead
@pytest.mark.parametrize("text", [
    "Kyiv proposed a meeting of the two presidents before the end of May, the negotiator said.",
    "Ukraine put forward a proposal for a leaders' summit by the end of May.",
])
def test_a_proposals_month_part_dates_the_proposed_event(text: str) -> None:
    proposed = [d for d in diplomacy_of(text, _PUBLISHED) if d.status is DiplomacyStatus.proposed]
    assert proposed and proposed[0].date is not None
    assert proposed[0].date.end is not None and proposed[0].date.end.isoformat() == "2026-05-31"


def test_a_proposal_made_with_no_time_ahead_stays_undated() -> None:
    text = "Kyiv proposed a meeting of the two presidents, the negotiator said."
    proposed = [d for d in diplomacy_of(text, _PUBLISHED) if d.status is DiplomacyStatus.proposed]
    assert proposed and proposed[0].date is None


# --------------------------------------------------------------------------- a publication's day is a report's
@pytest.mark.parametrize("text", [
    "A story in Friday's edition about the Russian missile strike on Poltava on the night of 8 April misstated "
    "the toll. Five people were killed.",
    "Our report of 10 April said a Russian missile had hit a school in Poltava on 8 April, killing five people.",
    "The article published on 10 April about the Russian missile attack on Poltava on 8 April gave the wrong "
    "number of dead: five people were killed.",
])
def test_the_day_a_publication_appeared_is_not_the_strikes(text: str) -> None:
    start, end = day_span(_attacks.one(text))
    assert end == dt.date(2026, 4, 8) and start is not None and start >= dt.date(2026, 4, 7)


def test_a_strike_told_on_its_own_day_keeps_it() -> None:
    text = "On Friday a Russian missile hit a school in Poltava, killing five people, officials said."
    assert day_span(_attacks.one(text)) == (dt.date(2026, 4, 10), dt.date(2026, 4, 10))


# --------------------------------------------------------------------------- LLM path: a listing by its verb
def test_the_llm_path_keeps_sanctions_told_by_designated() -> None:
    text = "On Tuesday the Treasury designated Vega Coal and Ural Freight, two big Russian exporters, and 40 bulk carriers."
    got = draft_records(text, dt.date(2026, 4, 14), diplomacy=[{
        "kind": "sanctions", "status": "held", "participants": ["United States", "Russia"], "when": "On Tuesday",
        "evidence": [text]}])
    assert [d.kind for d in got.diplomacy] == [DiplomacyKind.sanctions], [r.reason for r in got.rejected]


def test_the_llm_path_still_refuses_a_remark_with_no_event_word() -> None:
    text = "The minister said the Treasury was watching coal exporters closely."
    got = draft_records(text, dt.date(2026, 4, 14), diplomacy=[{
        "kind": "sanctions", "status": "held", "participants": ["United States", "Russia"], "evidence": [text]}])
    assert got.diplomacy == []


# --------------------------------------------------------------------------- a capital told by its state
@pytest.mark.parametrize("told", ["the Ukrainian capital", "Ukraine's capital"])
def test_a_capital_told_by_its_state_is_named(told: str) -> None:
    text = f"Russian drones struck {told} overnight, killing two people, the mayor said."
    got = draft_records(text, dt.date(2026, 4, 14), attacks=[{
        "kind": "air_drone_strike", "attacker": "Russia", "target_country": "Ukraine", "places": ["Kyiv"],
        "when": "overnight", "killed": 2, "weapons": [{"type": "drone"}], "evidence": [text]}])
    assert [[p.name for p in a.locations] for a in got.attacks] == [["Kyiv"]], [r.reason for r in got.rejected]


def test_a_capital_the_article_never_names_is_refused() -> None:
    text = "Russian drones struck a town in the north overnight, killing two people, the governor said."
    got = draft_records(text, dt.date(2026, 4, 14), attacks=[{
        "kind": "air_drone_strike", "attacker": "Russia", "target_country": "Ukraine", "places": ["Kyiv"],
        "when": "overnight", "killed": 2, "weapons": [{"type": "drone"}], "evidence": [text]}])
    assert all(not a.locations or a.locations[0].name != "Kyiv" for a in got.attacks)


# --------------------------------------------------------------------------- sanctions: verbs, makers, days
@pytest.mark.parametrize("text", [
    "The US Treasury designated Vega Oil and Ural Freight, with their owners, together with 52 tankers.",
    "London designated the same three refiners on Thursday.",
    "The measures the Canadian government announced on Monday against Russia's shipping sector hit 30 tankers.",
    "Freight rates have climbed since the British sanctions of last Friday against Russian tankers.",
])
def test_sanctions_told_by_a_listing_a_maker_or_a_day(text: str) -> None:
    assert DiplomacyKind.sanctions in _kinds(text)


def test_a_listing_named_again_by_its_effect_is_no_measure_to_come() -> None:
    text = ("On Monday the Treasury designated 40 Russian tankers. Analysts said the listing of the tankers "
            "would weigh on Moscow's oil revenue within weeks.")
    got = [(d.kind, d.status) for d in diplomacy_of(text, _PUBLISHED)]
    assert got == [(DiplomacyKind.sanctions, DiplomacyStatus.held)]


def test_the_makers_adjective_is_a_side_of_the_sanctions() -> None:
    text = "Freight rates have climbed since the British sanctions of last Friday against Russian tankers."
    (rec,) = diplomacy_of(text, _PUBLISHED)
    assert "United Kingdom" in rec.participants


def test_measures_against_no_war_party_are_no_sanctions() -> None:
    assert _kinds("The measures the city council announced on Monday against littering took effect.") == []


# --------------------------------------------------------------------------- aid: the package with its label
@pytest.mark.parametrize("text", [
    "Kyiv, 14 April. At the meeting the German minister used the occasion to announce what she called the "
    "last German package of this government, worth about 300 million euros, mostly shells.",
    "The Dutch minister unveiled the final Dutch package of the year, consisting mainly of radar systems.",
])
def test_a_package_with_its_label_and_its_worth_is_aid(text: str) -> None:
    assert DiplomacyKind.military_aid in _kinds(text)


def test_a_package_of_reforms_is_no_aid() -> None:
    assert _kinds("The finance minister unveiled the final package of reforms, consisting mainly of tax changes.") == []


# --------------------------------------------------------------------------- attacks
_war = AttackProbe(_PUBLISHED, grounded=True, lead="Russia's war on Ukraine goes on. ")


def test_the_first_strike_told_below_a_preamble_dates_its_figures() -> None:
    text = ("This bulletin is compiled from official sources. We mapped 30 new points this week. Each point needs "
            "two sources. Hollow points have one. Most of them come from Russia's big drone and missile raid on the "
            "night of 11 April. The air force said Russia launched 80 drones and 12 missiles at Ukraine, and 60 of "
            "the drones were downed.")
    (attack,) = _attacks(text)
    assert day_span(attack) == (dt.date(2026, 4, 10), dt.date(2026, 4, 11))


@pytest.mark.parametrize(("text", "weapon"), [
    ("A guided-bomb strike on a bakery in Kramatorsk on Sunday injured four people.", "glide_bomb"),
    ("A ballistic-missile attack on a depot in Lutsk on Sunday injured four people.", "ballistic_missile"),
])
def test_a_hyphenated_weapon_is_read(text: str, weapon: str) -> None:
    assert [w.type.value for w in _war.one(text).weapons] == [weapon]


def test_a_toll_that_rose_over_the_week_is_one_strikes() -> None:
    text = ("By Friday the death toll of Monday's glide-bomb raid on the bus station in Kramatorsk on 6 April "
            "rose over the week to 9 dead, officials said.")
    assert count_value(_war.one(text).killed) == 9


def test_a_weeks_tally_is_still_no_strike() -> None:
    assert _war("Over the week, Russian forces used 900 glide bombs against front-line towns, the general said.") == []


def test_the_city_is_the_one_place_the_sentence_before_names() -> None:
    text = ("A new photo layer was added for Kramatorsk. A guided-bomb strike on a school in the city on 7 April "
            "injured six people.")
    assert place_names(_war(text)) == {"Kramatorsk"}


def test_the_city_a_traveller_reached_before_a_strike_word_is_no_place_hit() -> None:
    text = ("The Czech senators arrived in Kharkiv on Sunday. Their bus rolled into the city just hours after yet "
            "another night of Russian drone raids on the region.")
    assert "Kharkiv" not in place_names(_war(text))


def test_a_places_earlier_strike_in_a_relative_clause_is_its_own_record() -> None:
    text = ("In Engels, which a Ukrainian drone had struck on 2 April, officials said a fuel depot was "
            "damaged on the night of 12 April and that nobody was hurt.")
    days = sorted(day_span(a)[1] for a in _attacks(text) if "Engels" in place_names([a]))
    assert days == [dt.date(2026, 4, 2), dt.date(2026, 4, 12)]


def test_a_residents_past_in_a_relative_clause_stays_out() -> None:
    text = "A drone hit a house in Sumy on Sunday whose owners had left in March, injuring two people."
    assert [day_span(a)[1] for a in _war(text)] == [dt.date(2026, 4, 12)]


@pytest.mark.parametrize("text", [
    "Sirens sent the delegation into a shelter while drones flew at Ukraine's capital on Sunday; nothing was damaged.",
    "Drones flew at Odesa on Sunday; the city authorities said nothing was hit.",
])
def test_weapons_flown_at_a_place_tell_an_attack_on_it(text: str) -> None:
    assert place_names(_war(text)) in ({"Kyiv"}, {"Odesa"})


def test_weapons_flown_at_a_height_tell_no_place() -> None:
    assert _war("Drones flew at low altitude on Sunday; nothing was damaged.") == [] or \
        all(not a.locations or a.locations[0].level.value == "country" for a in _war("Drones flew at low altitude on Sunday; nothing was damaged."))


@pytest.mark.parametrize("part", ["central", "downtown", "western"])
def test_a_part_of_the_city_by_its_adjective_is_the_city(part: str) -> None:
    text = f"On Sunday Russia attacked {part} Kharkiv with two ballistic missiles, injuring five people."
    assert place_names(_war(text)) == {"Kharkiv"}


def test_a_holidays_morning_is_its_day() -> None:
    found = find_dates("On Christmas morning a drone hit a garage.", published=dt.date(2026, 1, 10))
    assert [(d.span.start, d.kind) for d in found] == [(dt.date(2025, 12, 25), "holiday")]


@pytest.mark.parametrize("verb", ["landed among", "landed in"])
def test_weapons_that_landed_are_launched(verb: str) -> None:
    text = f"On Sunday two guided bombs {verb} the warehouses of a depot in Kramatorsk, injuring three people."
    attack = _war.one(text)
    assert [count_value(w.launched) for w in attack.weapons] == [2]


def test_a_child_told_as_one_of_the_wounded() -> None:
    text = ("On Sunday two guided bombs hit a factory in Kramatorsk; nine people were wounded; a 16-year-old girl "
            "is one of the wounded.")
    assert count_value(_war.one(text).children_injured) == 1


def test_an_adult_told_as_one_of_the_wounded_is_no_child() -> None:
    text = ("On Sunday two guided bombs hit a factory in Kramatorsk; nine people were wounded; a 46-year-old man "
            "is one of the wounded.")
    assert _war.one(text).children_injured is None


def test_all_downed_by_a_named_defender() -> None:
    text = "On Sunday Russia attacked Kharkiv with three ballistic missiles, all of which air defence shot down."
    assert [count_value(w.intercepted) for w in _war.one(text).weapons] == [3]


def test_all_of_which_hit_is_no_interception() -> None:
    text = "On Sunday Russia attacked Kharkiv with three ballistic missiles, all of which hit the rail depot."
    assert [count_value(w.intercepted) for w in _war.one(text).weapons] == [None]


# --------------------------------------------------------------------------- diplomacy: signings, receptions
@pytest.mark.parametrize("text", [
    "At noon the two presidents signed what both called a fifty-year partnership between Poland and Ukraine.",
    "The paper leads on the accord she signed there with the Moldovan president on Monday.",
])
def test_a_signing_with_its_label_or_its_signer_is_an_agreement(text: str) -> None:
    assert DiplomacyKind.agreement in _kinds(text)


def test_a_reception_on_arrival_is_no_meeting() -> None:
    text = ("The Irish premier arrived in Kyiv by train on Monday. He was met at the station by the Irish ambassador "
            "and a Ukrainian deputy minister.")
    assert _kinds(text) == [DiplomacyKind.visit]


def test_two_leaders_who_met_at_a_border_crossing_met() -> None:
    assert _kinds("The Polish and Ukrainian presidents met at the border crossing on Monday.") != []


# --------------------------------------------------------------------------- LLM path: a wave all downed
@pytest.mark.parametrize("downed", ["all of which were shot down", "all of which air defence destroyed"])
def test_the_llm_path_keeps_a_wave_told_as_all_downed_by_which(downed: str) -> None:
    text = f"On Sunday Russia attacked Kharkiv with four ballistic missiles, {downed}."
    got = draft_records(text, dt.date(2026, 4, 14), attacks=[{
        "kind": "missile_strike", "attacker": "Russia", "target_country": "Ukraine", "places": ["Kharkiv"],
        "when": "On Sunday", "weapons": [{"type": "ballistic_missile", "launched": 4, "intercepted": 4}],
        "evidence": [text]}])
    assert [count_value(w.intercepted) for a in got.attacks for w in a.weapons] == [4], [r.reason for r in got.rejected]


def test_the_llm_path_refuses_all_downed_when_all_of_them_hit() -> None:
    text = "On Sunday Russia attacked Kharkiv with four ballistic missiles, all of which hit the rail depot."
    got = draft_records(text, dt.date(2026, 4, 14), attacks=[{
        "kind": "missile_strike", "attacker": "Russia", "target_country": "Ukraine", "places": ["Kharkiv"],
        "when": "On Sunday", "weapons": [{"type": "ballistic_missile", "launched": 4, "intercepted": 4}],
        "evidence": [text]}])
    assert [count_value(w.intercepted) for a in got.attacks for w in a.weapons] == [None]

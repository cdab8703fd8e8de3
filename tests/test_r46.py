"""Round 46 (7 December 2026). Fresh sentences, written for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.base import BackendResult

from probes import AttackProbe, by_place, count_value, day_span, diplomacy_of, draft_records

_PUBLISHED = "2025-09-20"  # a Saturday
_attacks = AttackProbe(_PUBLISHED, grounded=True)


# --------------------------------------------------------------------------- a strike chosen, in the infinitive
@pytest.mark.parametrize("text, place", [
    ("Russia chose this morning to attack power stations across Ukraine with drones and missiles.", "Ukraine"),
    ("Moscow opted on Saturday to hit the ports of Odesa with ballistic missiles.", "Odesa"),
    ("Russian forces again chose to shell Nikopol overnight, wounding two men.", "Nikopol"),
    ("Overnight Russia decided to target the grid across Ukraine with a wave of Shahed drones.", "Ukraine"),
])
def test_a_side_that_chose_to_strike_is_the_attacker(text: str, place: str) -> None:
    rec = _attacks.one(text)
    assert rec.attacker == "Russia" and rec.target_country == "Ukraine"
    assert [p.name for p in rec.locations] == [place]


@pytest.mark.parametrize("text", [
    "Russia has decided to strike power plants across Ukraine with missiles this winter, the minister warned.",
    "Russia plans to attack power stations across Ukraine with drones and missiles this winter.",
    "Russia chose diplomacy this morning to avoid attacks on power stations across Ukraine.",
])
def test_a_strike_intended_or_avoided_is_none(text: str) -> None:
    assert _attacks(text) == []


# --------------------------------------------------------------------------- go-betweens named by their state's adjective
@pytest.mark.parametrize("text, mediator", [
    ("Ukraine and Russia swapped 84 prisoners each on Thursday, with Emirati mediators helping, officials said.",
     "United Arab Emirates"),
    ("On Thursday Ukraine brought home 84 soldiers in an exchange with Russia arranged by Qatari mediators.", "Qatar"),
    ("Ukraine and Russia exchanged 84 prisoners each on Thursday thanks to Saudi intermediaries.", "Saudi Arabia"),
])
def test_go_betweens_by_their_adjective_are_a_side(text: str, mediator: str) -> None:
    (rec,) = diplomacy_of(text, _PUBLISHED)
    assert rec.kind.value == "prisoner_exchange"
    assert set(rec.participants) == {"Ukraine", "Russia", mediator}


def test_go_betweens_who_only_speak_are_no_side() -> None:
    (rec,) = diplomacy_of("Ukraine and Russia exchanged 84 prisoners each on Thursday, the Qatari mediators said.",
                          _PUBLISHED)
    assert set(rec.participants) == {"Ukraine", "Russia"}


# --------------------------------------------------------------------------- the people of a struck house unhurt
_HOUSE = "On Tuesday a Russian drone fell on a family home on the edge of Chernihiv."


@pytest.mark.parametrize("nil", [
    "The occupants had taken shelter downstairs and were not hurt.",
    "Its tenants had gone down to the basement and escaped unhurt.",
    "The householders were at work and were unharmed.",
])
def test_a_struck_houses_people_unhurt_is_a_nil_of_the_injured(nil: str) -> None:
    rec = _attacks.one(f"{_HOUSE} {nil}", "2025-09-18")
    assert count_value(rec.injured) == 0 and rec.killed is None


@pytest.mark.parametrize("not_nil", [
    "The occupants had taken shelter downstairs and two of them were hurt.",
    "The occupants had taken shelter downstairs and could not be reached.",
])
def test_a_toll_or_no_word_of_harm_is_no_nil(not_nil: str) -> None:
    rec = _attacks.one(f"{_HOUSE} {not_nil}", "2025-09-18")
    assert count_value(rec.injured) != 0


def test_the_llm_paths_nil_of_the_occupants_is_kept() -> None:
    nil = "The occupants had taken shelter downstairs and were not hurt."
    got = draft_records(f"{_HOUSE} {nil}", dt.date(2025, 9, 18), attacks=[{
        "kind": "air_drone_strike", "attacker": "Russia", "target_country": "Ukraine", "places": ["Chernihiv"],
        "when": "On Tuesday", "injured": 0, "evidence": [_HOUSE, nil]}])
    # grounded once more as the pipeline does with every backend's records
    kept = grounding.enforce(BackendResult(attacks=got.attacks), make_article(f"{_HOUSE} {nil}", published="2025-09-18"))
    assert count_value(kept.attacks[0].injured) == 0, kept.rejected


# --------------------------------------------------------------------------- a part of "the same day"
_SAME_DAY_LEAD = ("Late on 14 March a missile hit a market square in Nizhyn. By the afternoon of 15 March, "
                  "nine people had been reported dead. ")


@pytest.mark.parametrize("when", ["In the small hours of that same day", "On the morning of that day",
                                  "Early that same day"])
def test_a_part_of_the_same_day_is_the_day_of_the_strike_told(when: str) -> None:
    second = f"{when}, Moscow sent drones and missiles against power stations all over Ukraine."
    got = draft_records(_SAME_DAY_LEAD + second, dt.date(2025, 3, 16), attacks=[{
        "kind": "drone_and_missile", "attacker": "Russia", "target_country": "Ukraine", "places": ["Ukraine"],
        "when": when, "evidence": [second]}])
    assert day_span(got.attacks[0]) == (dt.date(2025, 3, 14), dt.date(2025, 3, 14)), got.rejected


@pytest.mark.parametrize("as_of", ["as of the evening of 15 March", "as at the end of 15 March", "as of 15 March"])
def test_a_figure_as_of_a_part_of_a_day_is_no_events_day(as_of: str) -> None:
    from summariser.dates import find_dates

    text = f"The regional administration said that, {as_of}, nine people had been killed."
    assert [d.role for d in find_dates(text, 0, len(text), dt.date(2025, 3, 16))] == ["report"]


def test_a_nationwide_barrage_after_a_citys_strike_is_the_countrys_record() -> None:
    text = _SAME_DAY_LEAD + "Earlier that same day, Moscow sent drones and missiles against power stations all over Ukraine."
    got = by_place(_attacks(text, "2025-03-16"))
    assert set(got) == {"Nizhyn", "Ukraine"}
    assert day_span(got["Ukraine"]) == (dt.date(2025, 3, 14), dt.date(2025, 3, 14))
    assert sorted(w.type.value for w in got["Ukraine"].weapons) == ["drone", "missile"]


def test_a_country_strike_with_no_weapons_of_its_own_stays_the_citys() -> None:
    text = ("On Friday a missile hit a market square in Nizhyn, killing nine. "
            "Russia's forces also struck Ukrainian energy facilities that day.")
    assert set(by_place(_attacks(text, "2025-03-16"))) == {"Nizhyn"}


# --------------------------------------------------------------------------- a swap's unnamed other side
_SWAP = "On Friday 95 Ukrainian servicemen returned from captivity in a prisoner exchange. Drones hit Odesa overnight."


def test_a_swap_of_one_sides_people_has_the_other_warring_side_in_rules() -> None:
    (rec,) = diplomacy_of(_SWAP, "2024-10-19")
    assert set(rec.participants) == {"Ukraine", "Russia"}


def test_the_llm_paths_swap_keeps_the_implied_other_side() -> None:
    got = draft_records(_SWAP, dt.date(2024, 10, 19), diplomacy=[{
        "kind": "prisoner_exchange", "participants": ["Ukraine", "Russia"], "when": "On Friday", "status": "held",
        "description": "prisoner exchange", "evidence": [_SWAP.split(". ")[0]]}])
    assert set(got.diplomacy[0].participants) == {"Ukraine", "Russia"}, got.rejected


def test_an_unnamed_third_state_is_still_refused_in_a_swap() -> None:
    got = draft_records(_SWAP, dt.date(2024, 10, 19), diplomacy=[{
        "kind": "prisoner_exchange", "participants": ["Ukraine", "Qatar"], "when": "On Friday", "status": "held",
        "description": "prisoner exchange", "evidence": [_SWAP.split(". ")[0]]}])
    assert got.diplomacy[0].participants == ["Ukraine"]
    assert [r.value for r in got.rejected] == ["Qatar"]


# --------------------------------------------------------------------------- a later figure, an alert, a wreck
@pytest.mark.parametrize("later", [
    "This morning the governor's office put the number at 11 dead.",
    "By Monday the ministry's count stood at 11 killed.",
])
def test_a_bodys_later_figure_is_the_strikes_update(later: str) -> None:
    text = f"Late on Sunday a Russian missile tore into an apartment building in Kremenchuk, killing nine. {later}"
    rec = _attacks.one(text, "2025-09-22")
    assert [p.name for p in rec.locations] == ["Kremenchuk"] and count_value(rec.killed) == 9


@pytest.mark.parametrize("alert", ["an air-raid alert covered the Chernihiv region for hours",
                                   "air raid sirens sounded in the Kyiv region until noon"])
def test_a_region_under_an_alert_is_no_place_hit(alert: str) -> None:
    text = f"On Thursday morning Russia struck the energy system with missiles and drones across Ukraine, {alert}."
    assert [p.name for p in _attacks.one(text).locations] == ["Ukraine"]


def test_a_substation_hit_in_a_region_stays_beside_a_town_left_without_power() -> None:
    text = "A missile hit a substation in the Kyiv region on Thursday morning, and the town of Bila Tserkva was left without power."
    assert [p.name for p in _attacks.one(text).locations] == ["Kyiv Oblast"]


@pytest.mark.parametrize("wreck, downed", [
    ("One destroyed a shopping centre; the other hit a plant across the street.", None),
    ("Four destroyed the warehouses of the port.", None),
    ("Four destroyed over the city, two hit the port.", 4),
    ("Four were destroyed by air defence.", 4),
])
def test_a_weapon_that_destroyed_a_site_was_not_downed(wreck: str, downed: int | None) -> None:
    rec = _attacks.one(f"On Friday Russia launched six missiles at Odesa. {wreck}")
    (missile,) = [w for w in rec.weapons if w.type.value == "missile"]
    assert count_value(missile.launched) == 6 and count_value(missile.intercepted) == downed


# --------------------------------------------------------------------------- a war ministry's own strike
@pytest.mark.parametrize("text, attacker, target", [
    ("On Sunday Russia's Defence Ministry claimed what it called a \"group strike\" on gas plants in Ukraine with "
     "drones.", "Russia", "Ukraine"),
    ("On Sunday the Russian Defence Ministry announced a massive strike by drones on power plants in Ukraine.",
     "Russia", "Ukraine"),
    ("The Ukrainian General Staff claimed a strike on oil facilities in Russia with drones on Sunday.", "Ukraine", "Russia"),
    ("On Sunday Russia's Defence Ministry reported a Ukrainian drone attack on energy facilities in Russia.",
     "Ukraine", "Russia"),
])
def test_a_war_ministrys_announced_strike_is_its_sides(text: str, attacker: str, target: str) -> None:
    rec = _attacks.one(text)
    assert (rec.attacker, rec.target_country, [p.name for p in rec.locations]) == (attacker, target, [target])


# --------------------------------------------------------------------------- gatherings
def test_a_gathering_attended_on_days_of_its_own_is_another_event() -> None:
    text = ("NATO ambassadors will meet Ukrainian officials on Tuesday, 26 November. "
            "The foreign minister Lavrov flew in for the G20 summit held in Rio on 18 and 19 November.")
    got = {d.kind.value: d for d in diplomacy_of(text, "2024-11-23")}
    assert set(got) == {"meeting", "summit"}
    assert "Russia" not in got["meeting"].participants and "Russia" in got["summit"].participants


def test_a_party_attending_the_gathering_told_joins_it() -> None:
    (rec,) = diplomacy_of("EU leaders met in Brussels on Thursday. Zelensky also attended the summit on Thursday.",
                          "2024-11-23")
    assert set(rec.participants) == {"European Union", "Ukraine"}


@pytest.mark.parametrize("text", [
    "At Kyiv's request, NATO ambassadors will meet Ukrainian officials on Tuesday at the alliance's Brussels headquarters.",
    "NATO's envoys will sit down with Ukrainian officials on Tuesday at the alliance's Brussels headquarters.",
])
def test_a_seat_owned_by_the_body_is_its_venue_and_a_requesting_capital_is_none(text: str) -> None:
    (rec,) = diplomacy_of(text, "2024-11-23")
    assert set(rec.participants) == {"NATO", "Ukraine"}
    assert rec.location is not None and rec.location.name == "Brussels"


@pytest.mark.parametrize("text, status", [
    ("On Thursday Zelensky presented his Victory Plan to EU leaders at the summit in Brussels.", "held"),
    ("On Thursday the president set out his peace plan to the leaders of the bloc at their summit in Brussels.", "held"),
    ("Zelensky plans to meet EU leaders in Brussels on Thursday.", "planned"),
])
def test_a_plan_named_before_its_addressee_is_no_plan_of_the_event(text: str, status: str) -> None:
    assert [d.status.value for d in diplomacy_of(text, "2024-10-19")] == [status]


@pytest.mark.parametrize("text, status", [
    ("The contact group's meeting of heads of state (the Ukraine Defense Contact Group, that is), which Biden "
     "was to host, was postponed.", "stalled"),
    ("The summit (the first of its kind), which leaders had long awaited, took place in Rome on Friday.", "held"),
])
def test_asides_after_the_event_give_it_no_status(text: str, status: str) -> None:
    assert [d.status.value for d in diplomacy_of(text, "2024-10-19")] == [status]


@pytest.mark.parametrize("text, city", [
    ("On Friday the US president paid a short visit to Germany's capital to see the chancellor.", "Berlin"),
    ("The president flew to the Latvian capital on Friday for talks with his counterpart.", "Riga"),
])
def test_a_capital_named_by_its_state_is_the_venue(text: str, city: str) -> None:
    (rec,) = diplomacy_of(text, "2024-10-19")
    assert rec.location is not None and rec.location.name == city


def test_the_llm_paths_venue_told_as_a_states_capital_is_kept() -> None:
    text = "On Friday the US president paid a short visit to Germany's capital to see the chancellor."
    got = draft_records(text, dt.date(2024, 10, 19), diplomacy=[{
        "kind": "visit", "participants": ["United States", "Germany"], "place": "Berlin", "when": "on Friday",
        "status": "held", "description": "visit", "evidence": [text]}])
    assert got.diplomacy[0].location is not None and got.diplomacy[0].location.name == "Berlin", got.rejected


# --------------------------------------------------------------------------- strikes of other days, a strike narrowed
def test_a_country_strike_beside_strikes_of_other_years_is_its_own_record() -> None:
    text = ("The tribunal heard the case of the missile that hit a market in Kremenchuk on 27 June 2022, killing 22. "
            "The hearing was put off: early on 28 November Russian drones and missiles pounded the Ukrainian grid.")
    got = by_place(_attacks(text, "2024-11-29"))
    assert set(got) == {"Kremenchuk", "Ukraine"}
    assert day_span(got["Ukraine"]) == (dt.date(2024, 11, 28), dt.date(2024, 11, 28))


def test_a_party_at_a_gathering_of_its_own_days_is_that_gatherings() -> None:
    text = ("NATO ambassadors will meet Ukrainian officials on Tuesday, 26 November. "
            "Lavrov sat in for Putin at the G20 summit in Rio on 18-19 November.")
    got = {d.kind.value: d for d in diplomacy_of(text, "2024-11-23")}
    assert set(got) == {"meeting", "summit"} and "Russia" in got["summit"].participants


def test_the_gathering_named_again_on_its_own_day_is_the_one_told() -> None:
    text = "Zelensky met Macron in Paris on Monday. At the meeting on Monday, the two agreed on new aid."
    assert [d.kind.value for d in diplomacy_of(text, "2024-11-23")] == ["meeting"]


@pytest.mark.parametrize("again", [
    "The strike late on 9 October left nine dead, among them dockers.",
    "The missile attack of 9 October killed nine people.",
])
def test_the_strike_named_again_with_its_day_narrows_the_week(again: str) -> None:
    text = f"Last week an Iskander struck a grain carrier moored in Pivdennyi. {again}"
    rec = _attacks.one(text, "2024-10-19")
    assert day_span(rec) == (dt.date(2024, 10, 9), dt.date(2024, 10, 9)) and count_value(rec.killed) == 9


def test_a_strike_of_a_day_outside_the_week_stays_apart() -> None:
    text = ("Last week an Iskander struck a grain carrier moored in Pivdennyi. "
            "The strike on 30 September killed nine people in the town.")
    assert len(_attacks(text, "2024-10-19")) == 2


@pytest.mark.parametrize("named", [
    "That evening the Kremlin said on television that the weapon used was a ballistic missile of medium range.",
    "Hours later officials in Moscow said it had been a ballistic missile of a new type.",
])
def test_the_weapon_named_later_the_same_day_is_the_strikes(named: str) -> None:
    rec = _attacks.one(f"On Thursday, early in the morning, a missile fired by Russia struck an aircraft plant in Dnipro. {named}",
                       "2024-11-23")
    assert [w.type.value for w in rec.weapons] == ["ballistic_missile"]


@pytest.mark.parametrize("total", ["together 130 missiles and drones", "altogether 130 aerial weapons"])
def test_a_sum_after_its_launched_parts_is_launched_in_rules(total: str) -> None:
    text = f"Overnight Russia launched 40 missiles and 90 drones at Ukraine; {total}, of which 110 were shot down, the air force said."
    (other,) = [w for w in _attacks.one(text).weapons if w.type.value == "other"]
    assert (count_value(other.launched), count_value(other.intercepted)) == (130, 110)


def test_a_sum_its_own_verb_tells_keeps_that_role() -> None:
    text = "Drones hit two villages near Sumy overnight. Altogether 31 drones were shot down over the region."
    (drone,) = _attacks.one(text).weapons
    assert count_value(drone.intercepted) == 31 and drone.launched is None


@pytest.mark.parametrize("text", [
    "On Thursday Zelensky laid out his peace plan to the heads of the EU's member states and asked for their support.",
    "Zelensky set out a ten-point plan to EU leaders on Thursday.",
])
def test_a_plan_set_out_to_another_side_is_a_proposal(text: str) -> None:
    assert [(d.kind.value, d.status.value) for d in diplomacy_of(text, "2024-10-19")] == [("proposal", "proposed")]


def test_a_plan_set_out_at_home_is_no_proposal() -> None:
    assert diplomacy_of("The minister set out the plan for the new hospital wing on Thursday.", "2024-10-19") == []


@pytest.mark.parametrize("act", ["she briefed the heads of government at the EU summit",
                                 "she addressed the EU summit in Brussels"])
def test_the_pronouns_person_acting_at_a_summit_is_a_side(act: str) -> None:
    text = f"Frederiksen spoke in parliament on Wednesday. On Thursday {act}."
    (rec,) = diplomacy_of(text, "2024-10-19")
    assert rec.kind.value == "summit" and set(rec.participants) == {"Denmark", "European Union"}


def test_the_pronouns_person_talking_of_a_summit_is_no_side() -> None:
    text = "Frederiksen spoke in parliament on Wednesday. On Thursday she said the EU summit would back the plan."
    assert all("Denmark" not in d.participants for d in diplomacy_of(text, "2024-10-19"))

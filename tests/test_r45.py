"""Round 45 (7 December 2026). The rules: places told in one sentence each with a day of its own, in
turn, are strikes apart, each on its own day with its own weapons and figures. Fresh sentences, written
for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, by_place, count_value, day_span, diplomacy_of, draft_records

_PUBLISHED = "2025-09-20"  # a Saturday
_attacks = AttackProbe(_PUBLISHED)


# --------------------------------------------------------------------------- places and days in turn
@pytest.mark.parametrize("text", [
    "Residents said the drone attack on Odesa on 3 September, which killed four people, frightened them more "
    "than the missile strike on the port of Izmail on 9 September, which wounded six.",
    "On 3 September, drones killed four people in Odesa, and on 9 September a missile wounded six in Izmail.",
    "Drones killed four people in Odesa on 3 September, while a missile wounded six in Izmail on 9 September.",
])
def test_places_told_with_days_in_turn_are_strikes_apart(text: str) -> None:
    got = by_place(_attacks(text))
    assert set(got) == {"Odesa", "Izmail"}
    odesa, izmail = got["Odesa"], got["Izmail"]
    assert odesa is not izmail
    assert day_span(odesa) == (dt.date(2025, 9, 3), dt.date(2025, 9, 3))
    assert day_span(izmail) == (dt.date(2025, 9, 9), dt.date(2025, 9, 9))
    assert [w.type.value for w in odesa.weapons] == ["drone"]
    assert [w.type.value for w in izmail.weapons] == ["missile"]
    assert (count_value(odesa.killed), count_value(izmail.injured)) == (4, 6)
    assert odesa.injured is None and izmail.killed is None


@pytest.mark.parametrize("second, weapons", [("the glide-bomb attack on Kharkiv", ["glide_bomb"]),
                                              ("the strike on the centre of Kharkiv", [])])
def test_a_ranking_of_two_strikes_with_their_own_days(second: str, weapons: list[str]) -> None:
    text = ("Asked what had frightened them most this summer, readers chose the missile strike on a market in "
            f"Kostiantynivka on 6 September, which killed 16 people, ahead of {second} on Friday (22%).")
    got = by_place(_attacks(text))
    assert day_span(got["Kostiantynivka"]) == (dt.date(2025, 9, 6), dt.date(2025, 9, 6))
    assert day_span(got["Kharkiv"]) == (dt.date(2025, 9, 19), dt.date(2025, 9, 19))
    assert count_value(got["Kostiantynivka"].killed) == 16 and got["Kharkiv"].killed is None
    assert [w.type.value for w in got["Kharkiv"].weapons] == weapons


@pytest.mark.parametrize("text", ["Drones hit Odesa on 3 September and Izmail on 9 September.",
                                  "Drones hit Odesa on 3 September, and on 9 September Izmail."])
def test_the_second_place_may_share_the_first_ones_verb(text: str) -> None:
    got = by_place(_attacks(text))
    assert day_span(got["Odesa"]) == (dt.date(2025, 9, 3), dt.date(2025, 9, 3))
    assert day_span(got["Izmail"]) == (dt.date(2025, 9, 9), dt.date(2025, 9, 9))
    assert [w.type.value for w in got["Izmail"].weapons] == ["drone"]


def test_a_later_day_of_the_toll_is_no_second_strike() -> None:
    text = ("The toll of Friday's missile strike on a shopping street in Sumy, where crowds from nearby Romny had "
            "come to the market, stood on Saturday morning at 12, the prosecutors of the Sumy region said.")
    assert len(_attacks(text)) == 1


@pytest.mark.parametrize("text", [
    # one day for both places: one strike told of a list (codebook 2)
    "Drones struck Odesa and Izmail on 3 September, damaging port warehouses.",
    # a day the words report on, not a day of a strike
    "Drones struck Odesa and Izmail overnight, the navy said on Friday.",
])
def test_one_day_for_two_places_keeps_one_record(text: str) -> None:
    attacks = _attacks(text)
    assert len(attacks) == 1 and {p.name for p in attacks[0].locations} == {"Odesa", "Izmail"}


# --------------------------------------------------------------------------- the LLM path: grounding
_DAY = dt.date(2025, 9, 20)


def _aid_draft(text: str) -> dict:
    return {"kind": "military_aid", "participants": ["Japan", "Ukraine"], "when": None, "status": "held",
            "description": "field hospitals handed over", "evidence": [text.split(". ")[-1]]}


@pytest.mark.parametrize("sentence", [
    "The premier also handed over six mobile field hospitals, each able to treat 150 patients.",
    "Her office said she had donated 40 laptops, each with a year of support.",
    "Before leaving, the minister handed over a further 12 ambulances and two water purification stations.",
])
def test_goods_counted_out_by_a_handing_verb_are_aid(sentence: str) -> None:
    text = f"Japan's prime minister visited Kyiv on Friday. {sentence}"
    got = draft_records(text, _DAY, diplomacy=[_aid_draft(text)])
    assert [d.kind.value for d in got.diplomacy] == ["military_aid"], got.rejected


@pytest.mark.parametrize("sentence", [
    "The governor gave two interviews on Sunday.",
    "The enemy delivered 40 strikes on the port overnight.",
    "Norway donated 30 buses to its own towns.",
    "The governor handed over 12 generators to the town's schools.",  # a receiver named, no state gives
])
def test_a_count_after_a_giving_verb_is_not_always_aid(sentence: str) -> None:
    from summariser.grounding.given_aid import tells_given_aid
    assert not tells_given_aid(sentence)


def _meeting_draft(sentence: str) -> dict:
    return {"kind": "meeting", "participants": ["Ukraine Defense Contact Group", "Ukraine"], "when": "on Thursday",
            "status": "held", "description": "contact group session", "evidence": [sentence]}


@pytest.mark.parametrize("sentence", [
    "The defence minister flew to Brussels on Thursday to take part in the Ukraine Defense Contact Group.",
    "On Thursday Ukraine's minister attended the Weimar Triangle in Paris.",
    "Ukraine will take part in the European Council on Thursday.",
])
def test_taking_part_in_a_named_grouping_is_an_event(sentence: str) -> None:
    got = draft_records(sentence, _DAY, diplomacy=[_meeting_draft(sentence)])
    assert len(got.diplomacy) == 1, got.rejected


def test_taking_part_in_the_fighting_is_no_diplomatic_event() -> None:
    sentence = "On Thursday the brigade took part in the fighting near Pokrovsk."
    got = draft_records(sentence, _DAY, diplomacy=[_meeting_draft(sentence)])
    assert got.diplomacy == [] and got.rejected


def _barrage(text: str, weapons: list[dict]) -> list:
    got = draft_records(text, _DAY, attacks=[{
        "kind": "drone_and_missile", "attacker": "Russia", "target_country": "Ukraine", "places": ["Ukraine"],
        "when": "overnight", "weapons": weapons, "evidence": [text]}])
    return got.attacks[0].weapons


@pytest.mark.parametrize("total", ["together 150 weapons", "making 150 aerial targets"])
def test_a_total_after_its_launched_parts_is_launched(total: str) -> None:
    text = f"Overnight the air force counted 90 missiles and 60 drones fired at Ukraine, {total}, of which 120 were shot down."
    weapons = _barrage(text, [{"type": "other", "model": "missiles and drones", "launched": 150, "intercepted": 120}])
    assert count_value(weapons[0].launched) == 150 and count_value(weapons[0].intercepted) == 120


def test_a_figure_that_is_no_sum_of_the_parts_is_not_launched() -> None:
    text = "Overnight the air force counted 90 missiles and 60 drones launched at Ukraine, and 140 houses lost power."
    weapons = _barrage(text, [{"type": "other", "model": "missiles and drones", "launched": 140}])
    assert weapons[0].launched is None


def test_each_weapon_takes_the_count_that_names_it() -> None:
    text = "Overnight Russia launched 30 missiles and 30 drones at Ukraine, the air force said."
    weapons = _barrage(text, [{"type": "missile", "launched": 30}, {"type": "drone", "launched": 30}])
    assert [text[w.launched.evidence.start:].split()[1] for w in weapons] == ["missiles", "drones"]


def test_the_first_item_of_a_list_takes_the_cue_after_the_last() -> None:
    text = "The president said more than 120 missiles of several kinds and about 110 drones had been fired overnight."
    weapons = _barrage(text, [{"type": "missile", "launched": 120}, {"type": "drone", "launched": 110}])
    assert [w.launched.qualifier.value for w in weapons] == ["more_than", "about"]


_TWO_STRIKES = ("Drones and missiles struck Lutsk{day}, killing three people.\n\n"
                "Background: the attack on Lutsk came a day after the missile strike on Sumy.")


def _two_strike_drafts(day: str) -> list:
    text = _TWO_STRIKES.format(day=day)
    first, second = text.split("\n\n")
    return draft_records(text, _DAY, attacks=[
        {"kind": "drone_and_missile", "attacker": "Russia", "target_country": "Ukraine", "places": ["Lutsk"],
         "when": day.strip() or None, "killed": 3, "evidence": [first]},
        {"kind": "missile_strike", "attacker": "Russia", "target_country": "Ukraine", "places": ["Sumy"],
         "when": "a day after", "evidence": [second]}]).attacks


def test_a_day_after_another_dated_strike_is_the_day_before_it() -> None:
    attacks = _two_strike_drafts(" on 4 September")
    assert day_span(attacks[1]) == (dt.date(2025, 9, 3), dt.date(2025, 9, 3))


def test_a_day_after_an_undated_strike_stays_undated() -> None:
    attacks = _two_strike_drafts("")
    assert attacks[1].date is None or attacks[1].date.start is None


# --------------------------------------------------------------------------- both paths: dates
def test_a_forms_date_field_is_a_day_stamp() -> None:
    from summariser.articles.day_stamps import day_stamp
    assert day_stamp("Date and time: 4 September 2025, from 02:15 to 02:50").date == "4 September 2025"
    assert day_stamp("**Date of incident:** 12 March 2025").date == "12 March 2025"
    assert day_stamp("Date of entry: 9 September 2025") is None


def test_a_forms_date_field_dates_the_incident_under_it() -> None:
    text = ("Date and time: 4 September 2025, from 02:15 to 02:50.\n\n"
            "Description: Russian drones struck a warehouse in Lutsk. Figures as of 6 September: two people were injured.")
    assert day_span(_attacks.one(text)) == (dt.date(2025, 9, 4), dt.date(2025, 9, 4))


@pytest.mark.parametrize("words", ["figures as of 6 September", "the toll as at Friday"])
def test_the_day_a_figure_stands_at_is_no_event_day(words: str) -> None:
    from summariser.dates import find_dates
    assert [d.role for d in find_dates(words, 0, len(words), _DAY)] == ["report"]


# --------------------------------------------------------------------------- the rules: attacks
def test_a_dated_strike_after_a_place_history_sentence_is_that_places() -> None:
    text = ("A drone hit our bakery in Kramatorsk on Monday, wounding two cashiers. It was not the first time the "
            "Kramatorsk bakery was hit. In the small hours of 12 June, rockets fell in the car park behind it, "
            "shattering the glass of the storeroom.")
    got = [a for a in _attacks(text) if a.date and a.date.end == dt.date(2025, 6, 12)]
    assert [p.name for a in got for p in a.locations] == ["Kramatorsk"]


@pytest.mark.parametrize("site", ["Odesa's main children's hospital", "Odesa's largest maternity hospital"])
def test_a_site_the_city_owns_names_the_city(site: str) -> None:
    attack = _attacks.one(f"On 8 September a Russian missile struck the Zolota clinic, {site}.")
    assert [p.name for p in attack.locations] == ["Odesa"]


@pytest.mark.parametrize("text", [
    "The match was postponed because Russia struck power plants across Ukraine with drones and missiles today.",
    "Russia launched a massive missile and drone attack on Ukraine's power grid on Monday morning.",
    "Overnight Russia attacked substations all over Ukraine with drones and cruise missiles.",
])
def test_a_strike_across_the_country_is_the_countrys(text: str) -> None:
    assert [p.name for p in _attacks.one(text).locations] == ["Ukraine"]


def test_strikes_as_the_topic_of_talks_are_no_strike() -> None:
    text = ("Talks in Oman, where both delegations were due to negotiate a halt to attacks on ports, had been "
            "pencilled in for June; Kyiv called them off after the offensive in the Belgorod region.")
    assert _attacks(text) == []


def test_a_later_figure_from_another_body_updates_the_toll() -> None:
    text = ("Yesterday morning two ballistic missiles struck a training centre in Poltava. Last night officials said "
            "30 people had been killed. By noon today the count from the city's health department was 38 dead.")
    attack = _attacks.one(text)
    assert count_value(attack.killed) == 30


# --------------------------------------------------------------------------- the rules: diplomacy
def _kinds(text: str) -> list[tuple[str, str, list[str]]]:
    return [(d.kind.value, d.status.value, sorted(d.participants)) for d in diplomacy_of(text, _PUBLISHED)]


_VISIT = "President Zelensky received Prime Minister Narendra Modi in Kyiv on Friday. "


@pytest.mark.parametrize("signing", [
    "With both presidents looking on, ministers signed five documents, among them a memorandum on grain.",
    "The two governments then signed a package of intergovernmental documents.",
])
def test_documents_signed_are_an_agreement(signing: str) -> None:
    assert ("agreement", "held", ["India", "Ukraine"]) in _kinds(_VISIT + signing)


def test_papers_signed_by_people_are_no_agreement() -> None:
    assert not any(k == "agreement" for k, _, _ in _kinds(_VISIT + "Refugees signed the documents at the border."))


def test_both_leaders_are_not_those_of_a_meeting_looked_back_on() -> None:
    text = ("On Friday Prime Minister Narendra Modi visited Kyiv. He arrived from Vienna, where he had "
            "met Chancellor Karl Nehammer on Thursday.\n\nPresident Volodymyr Zelensky "
            "received him at the palace.\n\nAs the two leaders looked on, their ministers signed six documents.")
    assert [p for k, _, p in _kinds(text) if k == "agreement"] == [["India", "Ukraine"]]


@pytest.mark.parametrize("text, status", [
    ("Talks in Doha between Ukraine and Russia had been expected in August.", "planned"),
    ("Talks in Doha between Ukraine and Russia had been expected in August, but Russia called them off.", "cancelled"),
    ("Talks in Doha between Ukraine and Russia had been planned for August; according to a newspaper, Moscow "
     "called off the talks.", "cancelled"),
    ("Ukraine and Russia held talks in Doha on Monday, but the two sides called off a planned visit.", "held"),
])
def test_a_plan_in_the_past_perfect_and_its_calling_off(text: str, status: str) -> None:
    assert [s for k, s, _ in _kinds(text) if k == "talks"] == [status]


def test_a_newspaper_named_after_a_city_is_no_side() -> None:
    text = "According to The Washington Post, Russia and Ukraine held indirect talks in Doha on Monday."
    assert [p for k, _, p in _kinds(text) if k == "talks"] == [["Qatar", "Russia", "Ukraine"]]


def test_a_visit_of_a_body_of_civil_life_is_no_diplomacy() -> None:
    text = "A visit by a school choir from Krakow, due to start on 10 September, has been put off."
    assert _kinds(text) == []


def test_a_groups_gathering_named_in_full_is_its_meeting() -> None:
    text = "On 6 September the defence minister joined the Ukraine Defense Contact Group's gathering in Brussels."
    assert [k for k, _, _ in _kinds(text)] == ["meeting"]


@pytest.mark.parametrize("purpose, kind", [("to take part in the Ukraine Defense Contact Group", "meeting"),
                                           ("to attend a NATO summit", "summit"), ("to attend a concert", "visit")])
def test_a_trip_to_take_part_in_a_gathering_is_that_gathering(purpose: str, kind: str) -> None:
    assert [k for k, _, _ in _kinds(f"President Zelensky travelled to Berlin on Friday {purpose}.")] == [kind]


def test_the_vehicle_a_visitor_came_by_is_no_side_and_the_city_reached_is_the_venue() -> None:
    text = ("The US Secretary of State and the British Foreign Secretary reached Kyiv by an overnight train "
            "from Przemysl on Wednesday, visiting together.")
    visit = diplomacy_of(text, _PUBLISHED)[0]
    assert sorted(visit.participants) == ["Ukraine", "United Kingdom", "United States"]
    assert visit.location is not None and visit.location.name == "Kyiv"


def test_aid_told_right_after_a_visit_takes_its_day_and_place() -> None:
    text = ("**Friday, 15 May 2026**\n\nThe US Secretary of State reached Kyiv on Wednesday for a visit. "
            "He announced $300 million in new American assistance for Ukrainian power stations.")
    aid = next(d for d in diplomacy_of(text, _PUBLISHED) if d.kind.value == "military_aid")
    assert aid.date is not None and aid.date.start == dt.date(2026, 5, 13)
    assert aid.location is not None and aid.location.name == "Kyiv"


@pytest.mark.parametrize("text, sides", [
    ("Britain welcomed the exchange of prisoners on 24 August, which the UAE had mediated.", ["United Arab Emirates"]),
    ("Ukraine welcomed the exchange of prisoners with Russia on 24 August.", ["Russia", "Ukraine"]),
])
def test_a_third_state_welcoming_a_swap_is_no_side(text: str, sides: list[str]) -> None:
    assert [p for k, _, p in _kinds(text) if k == "prisoner_exchange"] == [sides]


def test_a_side_rejecting_something_else_in_the_next_clause_calls_nothing_off() -> None:
    text = "The Kremlin said it had proposed fresh talks with Ukraine, but it rejected any ceasefire."
    assert [s for k, s, _ in _kinds(text) if k == "talks"] == ["proposed"]

"""Attack rules for the dev12 failure classes (section B of the analyst's class file), written as
concepts of war reporting and tested with sentences written for these tests (none from seeds/ or
evals/), several phrasings each, with negatives that must not change. Published Wednesday 4 March
2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, by_place as _by_place, count_value as _value
from summariser.records import Attack

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED)


def _only(text: str) -> Attack:
    attacks = _attacks(text)
    assert len(attacks) == 1, attacks
    return attacks[0]


# --------------------------------------------------------------------------- B5: people told by role, ordinal, list, toll

@pytest.mark.parametrize("text, killed", [
    ("A Russian drone hit a car near Nikopol on Monday, killing two aid workers.", 2),
    ("Russian shelling of Kramatorsk on Monday killed three humanitarian workers, the governor said.", 3),
    ("A glide bomb struck a depot in Orikhiv on Monday, killing four rail workers.", 4),
    ("A missile struck Odesa port on Monday, killing five dock workers.", 5),
])
def test_a_count_of_people_named_by_their_work_is_a_toll(text: str, killed: int) -> None:
    assert _value(_only(text).killed) == killed


def test_a_count_of_things_after_a_casualty_verb_is_no_toll() -> None:
    assert _only("A missile struck Odesa port on Monday, injuring three containers.").injured is None


@pytest.mark.parametrize("text, killed, injured", [
    ("A Russian drone hit a car near Nikopol on Monday, killing two relief workers and hurting a third.", 2, 1),
    ("Russian shelling killed three firefighters in Kherson on Monday and wounded a fourth.", 3, 1),
    ("On Monday a drone killed one volunteer near Izium and wounded a second, the police said.", 1, 1),
    ("Shelling killed four miners at a pit near Myrnohrad on Monday, and injured a fifth man.", 4, 1),
])
def test_an_ordinal_after_a_count_is_one_more_person(text: str, killed: int, injured: int) -> None:
    a = _only(text)
    assert (_value(a.killed), _value(a.injured)) == (killed, injured)


@pytest.mark.parametrize("text", [
    "A missile struck Odesa on Monday, killing five people and injuring a third of the staff.",
    "A missile struck Odesa on Monday, killing two people; a third missile hit the depot.",
    "A missile struck Odesa on Monday, killing five people and wounding a third.",  # five, then a third: no sequence
])
def test_an_ordinal_that_is_no_next_person_is_no_count(text: str) -> None:
    assert _only(text).injured is None


@pytest.mark.parametrize("text, field, injured_or_killed, children", [
    ("Russian shelling injured four residents of Vovchansk overnight: three women and a 9-year-old girl.",
     "injured", 4, 1),
    ("A drone strike on Kherson on Monday wounded five people: two men, a woman and two boys aged 10 and 12.",
     "injured", 5, 2),
    ("A missile hit Odesa on Monday, killing three people: a teenager and his parents.", "killed", 3, 1),
])
def test_the_children_of_a_list_after_a_colon_are_the_tolls_children(text: str, field: str, injured_or_killed: int,
                                                                       children: int) -> None:
    a = _only(text)
    assert _value(getattr(a, field)) == injured_or_killed
    assert _value(getattr(a, f"children_{field}")) == children


@pytest.mark.parametrize("text", [
    "A missile hit Odesa on Monday, killing three people: two guards and a 45-year-old driver.",
    "A missile hit Odesa on Monday and injured six people: four women and two men.",
])
def test_a_list_of_adults_after_a_colon_has_no_children(text: str) -> None:
    a = _only(text)
    assert a.children_killed is None and a.children_injured is None


@pytest.mark.parametrize("text", [
    "The toll from Monday's missile strike on Sumy rose to 11, officials said.",
    "A Russian missile hit Sumy on Monday. The toll rose to 11 by evening.",
    "A Russian missile hit Sumy on Monday. By nightfall the toll had climbed to 11, the mayor wrote.",
])
def test_a_toll_that_rose_to_a_figure_counts_the_dead(text: str) -> None:
    assert _value(_only(text).killed) == 11


def test_an_injury_toll_is_no_count_of_the_dead() -> None:
    assert _only("A Russian missile hit Sumy on Monday. The injury toll rose to 11 by evening.").killed is None


# --------------------------------------------------------------------------- B3: place and weapon words, no strike

LEAD = "Russia launched 80 drones at Ukraine overnight, the air force said. A drone hit a substation in Kharkiv. "


def _places(text: str) -> set[str]:
    return {p.name for a in _attacks(text) for p in a.locations}


@pytest.mark.parametrize("sentence", [
    "Shakhtar Donetsk struck twice in the second half to beat Zorya Luhansk 2-1 on Saturday.",
    "On Sunday Dynamo Kyiv scored late to edge Chornomorets Odesa in the league.",
    "Vorskla Poltava beat Kryvbas 3-0 at home, their coach praising the fans.",
])
def test_a_match_between_clubs_named_after_cities_is_no_strike(sentence: str) -> None:
    assert _places(LEAD + sentence) == {"Ukraine", "Kharkiv"}


def test_a_strike_on_a_stadium_with_a_toll_stays_a_strike() -> None:
    a = _only("A missile hit the stadium in Kharkiv on Sunday before the match, killing two guards.")
    assert _value(a.killed) == 2 and {p.name for p in a.locations} == {"Kharkiv"}


@pytest.mark.parametrize("sentence", [
    "Our reporter spent two days at a drone-training site in the Kyiv region.",
    "Last week our correspondent visited an FPV drone school in the Poltava region.",
    "In the Chernihiv region, a new drone academy takes its first cadets this spring.",
])
def test_a_weapon_word_naming_an_institution_is_no_weapon_used(sentence: str) -> None:
    assert _places(LEAD + sentence) == {"Ukraine", "Kharkiv"}


@pytest.mark.parametrize("text, weapon", [
    ("A missile hit a drone factory in Izhevsk overnight, the governor said.", "missile"),
    ("Ukrainian drones hit a drone factory in Yelabuga overnight, the governor said.", "drone"),
])
def test_a_strike_on_a_weapons_plant_keeps_the_weapon_that_struck(text: str, weapon: str) -> None:
    assert [w.type.value for w in _only(text).weapons] == [weapon]


@pytest.mark.parametrize("sentence", [
    "Rolling blackouts will run from 08:00 in the Sumy and Poltava regions after the night's damage.",
    "Power outage schedules will be applied in the Chernihiv and Poltava regions as a result of the strike.",
    "Emergency shutdowns followed in the Sumy region because of the attack, the grid operator said.",
])
def test_a_strikes_consequence_names_no_place_hit(sentence: str) -> None:
    assert _places(LEAD + sentence) == {"Ukraine", "Kharkiv"}


def test_a_hit_told_with_its_consequence_stays_a_strike() -> None:
    assert "Sumy Oblast" in _places(LEAD + "Drones hit substations in the Sumy region, causing blackouts in several districts.")


@pytest.mark.parametrize("sentence", [
    "Most casualties occurred in the Donetsk and Zaporizhzhia oblasts, the UN mission said.",
    "The heaviest toll in February was recorded in Donetsk and Kherson oblasts.",
    "The bulk of the civilian deaths were again in the Donetsk and Kherson oblasts.",
])
def test_where_most_of_a_toll_fell_is_a_statistic(sentence: str) -> None:
    assert _places(LEAD + sentence) == {"Ukraine", "Kharkiv"}


def test_a_strike_told_where_most_casualties_fell_stays_a_strike() -> None:
    assert _value(_only("Most of the casualties were in Odesa, where a missile killed four people overnight.").killed) == 4


# --------------------------------------------------------------------------- B2: a paragraph's follow-up toll

NATIONAL = "Russian attacks over the past day killed three civilians and wounded 12 others across Ukraine, officials said.\n\n"


@pytest.mark.parametrize("paragraph, town, region, injured", [
    ("Russian forces attacked the Bilopillia community with drones and guided bombs. A 14-year-old girl and two "
     "women were injured, Sumy Oblast Governor Oleh Hryhorov reported.", "Bilopillia", "Sumy Oblast", 3),
    ("Artillery pounded the village of Zarichne near the border on Tuesday evening. Two men were wounded, "
     "according to Kharkiv Oblast Governor Oleh Syniehubov.", "Zarichne", "Kharkiv Oblast", 2),
    ("A Russian FPV drone attacked a minibus in the village of Komyshuvakha. Four passengers were hurt, said Zaporizhzhia "
     "Oblast Governor Ivan Fedorov.", "Komyshuvakha", "Zaporizhzhia Oblast", 4),
])
def test_a_toll_told_by_a_regions_official_continues_the_unknown_town_before_it(paragraph: str, town: str,
                                                                                  region: str, injured: int) -> None:
    places = _by_place(_attacks(NATIONAL + paragraph))
    assert set(places) == {"Ukraine", town}
    assert _value(places[town].injured) == injured
    assert next(p for p in places[town].locations if p.name == town).admin1 == region


@pytest.mark.parametrize("text, injured", [
    ("In Nizhyn, a drone hit a warehouse shortly before dawn. Two workers suffered burns, the governor said.", 2),
    ("Russian shelling hit a bakery in Kherson on Monday. Three employees sustained burns.", 3),
])
def test_people_who_suffered_burns_are_injured(text: str, injured: int) -> None:
    assert _value(_only(text).injured) == injured


def test_a_known_town_keeps_its_own_region_whatever_the_official_before() -> None:
    places = _by_place(_attacks(NATIONAL + "A drone hit a car in Nizhyn on Monday. Two people were hurt, the "
                                "Chernihiv Oblast governor said."))
    assert set(places) == {"Ukraine", "Nizhyn"}
    assert places["Nizhyn"].locations[0].admin1 == "Chernihiv Oblast"


# --------------------------------------------------------------------------- B9: an unknown village with its region in apposition

@pytest.mark.parametrize("text, town, region", [
    ("A drone hit a tractor in Velyka Pysarivka, Sumy oblast, on Monday morning.", "Velyka Pysarivka", "Sumy Oblast"),
    ("Russian shelling damaged a clinic in Novoraisk, Kherson region, on Monday, the regional office reported.",
     "Novoraisk", "Kherson Oblast"),
    ("In Pervomaiske, Mykolaiv province, a missile destroyed a grain elevator on Monday.", "Pervomaiske", "Mykolaiv Oblast"),
    ("Russian guided bombs struck Bilenke, Zaporizhzhia Oblast, overnight, wounding two people.", "Bilenke",
     "Zaporizhzhia Oblast"),
])
def test_an_unknown_village_with_its_region_in_apposition_is_the_locality(text: str, town: str, region: str) -> None:
    locations = _only(text).locations
    assert [(p.name, p.admin1) for p in locations] == [(town, region)]


def test_a_known_town_with_its_region_in_apposition_stays_itself() -> None:
    assert [(p.name, p.admin1) for p in _only("A drone hit a house in Kupiansk, Kharkiv Oblast, on Monday.").locations] \
        == [("Kupiansk", "Kharkiv Oblast")]


def test_a_month_before_a_region_is_no_village() -> None:
    text = "Russian shelling of the Kharkiv region intensified in March, Kharkiv region officials said, killing two."
    assert "March" not in {p.name for a in _attacks(text) for p in a.locations}


# --------------------------------------------------------------------------- B1: a second night on the same city

def _dated(text: str) -> list[tuple[str, str | None]]:
    return sorted((p.name, str(a.date.start) if a.date else None) for a in _attacks(text) for p in a.locations)


@pytest.mark.parametrize("text, first, second", [
    ("Russian drones struck Kherson on Monday night, damaging a school and wounding two people.\n\n"
     "Then, overnight into Wednesday, drones attacked the city again, hitting a bus depot.", "Kherson", "Kherson"),
    ("A missile hit an apartment block in Zaporizhzhia on Monday evening, killing four people.\n\n"
     "The next night, a swarm of drones hit the city's industrial district, wounding three workers.",
     "Zaporizhzhia", "Zaporizhzhia"),
    ("Russian artillery shelled Kherson on Monday, wounding a woman.\n\n"
     "Kherson was shelled again the following evening; this time a bus stop was hit.", "Kherson", "Kherson"),
    ("Guided bombs hit Kostiantynivka on Monday, killing a man. A day later, more bombs fell on Kostiantynivka, "
     "wounding two women.", "Kostiantynivka", "Kostiantynivka"),
])
def test_a_strike_told_the_next_night_is_a_second_record_for_the_same_city(text: str, first: str, second: str) -> None:
    dated = _dated(text)
    assert [name for name, _ in dated] == [first, second]
    assert dated[0][1] != dated[1][1]


@pytest.mark.parametrize("text", [
    "Russian drones struck Kherson on Monday night, damaging a school. Two people were wounded in the city.",
    "A missile hit Zaporizhzhia on Monday evening. The next morning, emergency crews kept digging through what was left of the block.",
])
def test_the_same_nights_details_or_its_aftermath_stay_one_record(text: str) -> None:
    assert len(_attacks(text)) == 1


# --------------------------------------------------------------------------- B6: launch counts without a launch word

def _launched(text: str) -> dict[str, int | None]:
    return {w.type.value: _value(w.launched) for a in _attacks(text) for w in a.weapons}


@pytest.mark.parametrize("text, launched", [
    ("Overnight the enemy hammered the Dnipropetrovsk region with 41 Shahed drones and two Kalibr missiles.",
     {"drone": 41, "cruise_missile": 2}),
    ("Russian forces bombarded Kharkiv with 12 drones before dawn, the mayor said.", {"drone": 12}),
    ("On Monday night Russia battered the Odesa region with 30 attack drones.", {"drone": 30}),
])
def test_an_attack_verb_with_n_weapons_is_a_launch_count(text: str, launched: dict[str, int]) -> None:
    assert _launched(text) == launched


@pytest.mark.parametrize("text, launched", [
    ("Six glide bombs came down on Kupiansk before dawn, released by Su-34 jets over occupied ground.", {"glide_bomb": 6}),
    ("Four guided bombs fell on Kostiantynivka on Monday, the governor said.", {"glide_bomb": 4}),
    ("Forty drones rained down on Kharkiv overnight, the mayor said.", {"drone": 40}),
])
def test_weapons_falling_on_a_place_were_launched(text: str, launched: dict[str, int]) -> None:
    assert _launched(text) == launched


@pytest.mark.parametrize("text", [
    "The new frigate is armed with eight Kalibr missiles, the navy said.",
    "The navy replenished its stocks with 40 Kalibr missiles in the spring.",
])
def test_weapons_a_ship_or_a_stock_holds_were_not_launched(text: str) -> None:
    assert all(v is None for v in _launched(text).values())


# --------------------------------------------------------------------------- B7: combined and derived weapon totals

def _weapons(text: str) -> list[tuple[str, str | None, int | None, int | None]]:
    return [(w.type.value, w.model, _value(w.launched), _value(w.intercepted)) for a in _attacks(text) for w in a.weapons]


@pytest.mark.parametrize("text, model, launched, intercepted", [
    ("Russia launched 90 attack drones and Gerbera decoys at Ukraine overnight. Air defence downed 70.",
     "attack drones and Gerbera decoys", 90, 70),
    ("Russia sent 140 strike drones and imitator drones against Ukraine overnight; 117 of them were neutralised.",
     "strike drones and imitator drones", 140, 117),
    ("Overnight Russia fired 60 Shaheds and Gerberas at the Kyiv region; 52 were shot down.",
     "Shaheds and Gerberas", 60, 52),
])
def test_one_number_before_attack_drones_and_decoys_is_a_combined_total(text: str, model: str, launched: int,
                                                                        intercepted: int) -> None:
    weapons = _weapons(text)
    assert ("other", model, launched, intercepted) in weapons
    assert {w[0] for w in weapons} == {"other", "drone", "decoy_drone"}


def test_each_type_counted_on_its_own_stays_apart() -> None:
    assert _weapons("Russia launched 90 Shahed drones and 20 Gerbera decoys at Ukraine overnight.") == [
        ("drone", "Shahed", 90, None), ("decoy_drone", None, 20, None)]


@pytest.mark.parametrize("text, launched, intercepted", [
    ("Russia fired 50 drones at Chernihiv overnight. Only four of them got through, the governor wrote.", 50, 46),
    ("Russia launched 30 drones at Sumy overnight; only two reached their targets.", 30, 28),
    ("Russia fired 24 Kalibr missiles at Ukraine overnight. All except three of them were destroyed over the sea.", 24, 21),
    ("Eleven Iskanders were launched at Kyiv overnight; every one save one was brought down.", 11, 10),
])
def test_the_part_that_got_through_leaves_the_rest_intercepted(text: str, launched: int, intercepted: int) -> None:
    assert [(w[2], w[3]) for w in _weapons(text)] == [(launched, intercepted)]


def test_only_k_people_hurt_is_no_interception() -> None:
    a = _only("Russia launched 30 drones at Sumy overnight; only two people were hurt.")
    assert _value(a.injured) == 2 and [_value(w.intercepted) for w in a.weapons] == [None]


# --------------------------------------------------------------------------- B4: weapon family and kind

@pytest.mark.parametrize("text", [
    "The enemy shelled Orikhiv with howitzers and FPV drones through the night, wounding one man.",
    "Russian forces shelled Nikopol with artillery and kamikaze drones on Monday, wounding two women.",
    "Russian mortar fire and FPV drones hit Kherson on Monday, wounding a pensioner.",
])
def test_artillery_named_before_drones_makes_a_mixed_kind(text: str) -> None:
    a = _only(text)
    assert a.kind.value == "other"  # codebook 8, ruling of 3 December 2026: artillery with drones is other
    assert {w.type.value for w in a.weapons} == {"artillery", "drone"}


def test_drones_named_before_artillery_make_a_mixed_kind() -> None:
    a = _only("Russian troops attacked Kherson with drones and artillery on Monday, wounding two women.")
    assert a.kind.value == "other"  # codebook 8 (ruling of 3 December 2026)


@pytest.mark.parametrize("barrage, families", [
    ("Russia launched 80 drones and six Kalibr missiles at Ukraine overnight.", {"drone", "missile"}),
    ("Russia launched 40 Shahed drones and four Iskander-M missiles at Ukraine overnight.", {"drone", "missile"}),
    ("Russia fired nine Kh-101 cruise missiles at Ukraine overnight.", {"missile"}),
])
def test_a_region_hit_by_a_barrage_takes_its_weapon_families_not_models(barrage: str, families: set[str]) -> None:
    places = _by_place(_attacks(barrage + " Substations in the Rivne region were also hit."))
    rivne = places["Rivne Oblast"]
    assert {w.type.value for w in rivne.weapons} == families
    assert all(w.model is None and w.launched is None for w in rivne.weapons)


# --------------------------------------------------------------------------- B8: two days told in one clause

@pytest.mark.parametrize("text, days", [
    ("Shahed drones struck Kramatorsk on Friday evening and once more early on Sunday.", ["2026-02-27", "2026-03-01"]),
    ("Kupiansk was shelled on Monday night, then again on Wednesday night.", ["2026-03-02", "2026-03-03"]),
    ("Russian drones hit Sumy on Saturday night and again on Monday night, the regional administration said.",
     ["2026-02-28", "2026-03-02"]),
])
def test_one_strike_verb_told_for_two_days_is_two_records(text: str, days: list[str]) -> None:
    attacks = _attacks(text)
    assert sorted(str(a.date.start) for a in attacks if a.date) == days
    assert len({tuple(p.name for p in a.locations) for a in attacks}) == 1


def test_the_first_and_the_second_attack_take_their_own_tolls() -> None:
    attacks = sorted(_attacks("Russian drones attacked Sumy on Saturday night and again on Monday night; the first "
                              "attack wounded two people, the second killed a man."), key=lambda a: str(a.date.start if a.date else ""))
    assert [(_value(a.injured), _value(a.killed)) for a in attacks] == [(2, None), (None, 1)]


@pytest.mark.parametrize("text", [
    "Russian drones attacked Sumy on Saturday night and Sunday morning, wounding two people.",
    "Russian drones attacked Sumy on Saturday night, two days after a strike on the same district.",
])
def test_a_night_told_with_its_morning_or_an_earlier_reference_stays_one_record(text: str) -> None:
    assert len([a for a in _attacks(text) if any(p.name == "Sumy" for p in a.locations)]) == 1


@pytest.mark.parametrize("text", [
    "Russian drones attacked Sumy on Saturday night and again on Monday night. The first attack wounded two people, "
    "the second killed a man.",
    "Kupiansk was shelled on Monday night, then again on Wednesday night. The first strike wounded two people; "
    "the second one killed a man.",
])
def test_the_sentence_after_two_days_gives_each_attack_its_toll(text: str) -> None:
    attacks = sorted(_attacks(text), key=lambda a: str(a.date.start if a.date else ""))
    assert [(_value(a.injured), _value(a.killed)) for a in attacks] == [(2, None), (None, 1)]


# --------------------------------------------------------------------------- B1: the enemy of a report that names the attacker

@pytest.mark.parametrize("text", [
    "A Russian missile hit a warehouse in Odesa overnight, wounding two people. All told, the enemy attacked the "
    "country with 212 drones and nine missiles that night, the air force said.",
    "Russian drones struck a school in Sumy overnight. In total the enemy launched 90 drones, the air force reported.",
    "Russian forces shelled Kherson on Monday, wounding a man. The enemy also fired 40 drones at the south overnight, "
    "the military said.",
])
def test_a_side_named_as_attacker_is_no_voice_that_turns_the_enemy_around(text: str) -> None:
    attacks = _attacks(text)
    assert attacks and all((a.attacker, a.target_country) == ("Russia", "Ukraine") for a in attacks)


# --------------------------------------------------------------------------- B4: every region a wave's lead reached

@pytest.mark.parametrize("text, regions", [
    ("Russia attacked Ukraine overnight with missiles and drones, the energy ministry said. In the Lviv region, a "
     "substation was damaged. The Volyn region also reported damage to power lines.", ["Lviv Oblast", "Volyn Oblast"]),
    ("Overnight strikes with missiles and drones hit the grid. In the Khmelnytskyi region a transformer burned out. "
     "In the Rivne region, power lines were damaged.", ["Khmelnytskyi Oblast", "Rivne Oblast"]),
])
def test_each_region_after_a_waves_lead_takes_its_weapons(text: str, regions: list[str]) -> None:
    places = _by_place(_attacks(text))
    for region in regions:
        assert places[region].kind.value == "drone_and_missile"
        assert {w.type.value for w in places[region].weapons} == {"drone", "missile"}


def test_a_region_told_with_its_own_weapon_keeps_it_after_a_waves_lead() -> None:
    places = _by_place(_attacks("Russia attacked Ukraine overnight with missiles and drones, the energy ministry said. "
                                "In the Lviv region, a substation was damaged. In the Kharkiv region, artillery "
                                "shelled Kupiansk, wounding a man."))
    assert places["Kupiansk"].kind.value == "shelling_artillery"


@pytest.mark.parametrize("text", [
    "A drone hit a substation in Kharkiv overnight, and power cuts followed in the Poltava region.",
    "A drone hit a substation in Kharkiv overnight; rolling power cuts were imposed across the Sumy and Poltava regions.",
])
def test_the_places_of_a_consequence_clause_are_no_places_hit(text: str) -> None:
    assert [p.name for p in _only(text).locations] == ["Kharkiv"]


def test_places_hit_in_the_clause_that_causes_blackouts_stay() -> None:
    text = "Drones hit substations in Kharkiv and the Sumy region overnight, causing blackouts."
    assert {p.name for p in _only(text).locations} == {"Kharkiv", "Sumy Oblast"}


def test_the_country_attacked_still_speaks_for_the_enemy() -> None:
    attacks = _attacks("Overnight, the enemy attacked Ukraine with attack drones.\nLaunched: 52 Shahed-type drones.\n"
                       "Shot down: 40.")
    assert [(a.attacker, a.target_country) for a in attacks] == [("Russia", "Ukraine")]


# --------------------------------------------------------------------------- B1: the other side's claim told "earlier"

@pytest.mark.parametrize("claim", [
    "Earlier, the Russian defence ministry said its forces had struck Ukrainian drone workshops with Iskander missiles "
    "and Geran drones.",
    "Earlier on Sunday, Russia's defence ministry claimed its troops hit Ukrainian military airfields with Kinzhal missiles.",
])
def test_the_other_sides_claim_does_not_join_the_debris_record(claim: str) -> None:
    text = "In Kursk, debris from a downed drone damaged two houses overnight, the regional governor said. " + claim
    kursk = _by_place(_attacks(text))["Kursk"]
    assert kursk.attacker != "Russia" and kursk.target_country == "Russia"  # no side turned around
    assert [w.type.value for w in kursk.weapons] == ["drone"] and kursk.kind.value == "air_drone_strike"


def test_a_sides_own_forces_strike_for_that_side_whatever_the_targets_adjective() -> None:
    a = _only("Ukraine's General Staff said its drones struck a Russian fuel depot in Bryansk overnight.")
    assert (a.attacker, a.target_country) == ("Ukraine", "Russia")

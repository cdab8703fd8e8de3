"""Attack rules for the failure classes an analyst found on an unseen set (issue 13, section B),
written as concepts of war reporting and tested with sentences written for these tests (none
from seeds/ or evals/), several phrasings each, with negatives that must not change. Published
Wednesday 4 March 2026 unless a test says otherwise."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value as _value, place_names as _places
from summariser.records import Attack

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED)


# --------------------------------------------------------------------------- B1: launch origins


@pytest.mark.parametrize("text, origins", [
    ("Russia attacked Ukraine overnight with 120 drones and five missiles, the air force said. The Shaheds were "
     "sent from Shatalovo and Navlya, and from Chauda in occupied Crimea. Air defences shot down 98 drones.",
     {"Crimea"}),
    ("Russia attacked Ukraine with 150 drones overnight, launched from the Bryansk and Kursk regions and from "
     "Hvardiiske in Crimea. Air defences downed 120 of them.", {"Crimea", "Bryansk Oblast", "Kursk Oblast"}),
    ("Four ballistic missiles were launched out of the Belgorod region towards Kharkiv overnight, wounding six "
     "people in the city.", {"Belgorod Oblast"}),
    ("The cruise missiles were released over the Volgograd region; one of them struck a substation in Kovel, "
     "injuring a worker.", {"Volgograd Oblast"}),
    ("Tu-95 bombers launched 12 Kh-101 missiles over the Volgograd and Saratov regions overnight, the air force "
     "said. The missiles hit a power plant in Burshtyn.", {"Volgograd Oblast", "Saratov Oblast"}),
    ("Russia launched 80 drones and seven cruise missiles at Ukraine overnight. Strategic bombers fired the cruise "
     "missiles while flying over the Caspian Sea and the Engels area. A missile hit an energy facility in Lviv, "
     "injuring two.", {"Engels"}),
])
def test_a_launch_origin_or_release_area_is_no_place_hit(text: str, origins: set[str]) -> None:
    attacks = _attacks(text)
    assert not _places(attacks) & origins, _places(attacks)
    assert all(a.attacker == "Russia" and a.target_country == "Ukraine" for a in attacks)


@pytest.mark.parametrize("text, place", [
    ("Four ballistic missiles were launched out of the Belgorod region towards Kharkiv overnight, wounding six "
     "people in the city.", "Kharkiv"),
    ("A missile launched from Belgorod hit a school in Kharkiv on Tuesday, wounding four.", "Kharkiv"),
    ("Russia launched 40 drones over Odesa overnight, damaging port facilities and injuring three people.", "Odesa"),
    ("Drones launched by Ukraine hit an oil depot in the Bryansk region overnight, the governor said.",
     "Bryansk Oblast"),
])
def test_the_place_hit_beside_a_launch_origin_is_kept(text: str, place: str) -> None:
    assert place in _places(_attacks(text))


def test_figures_whose_only_places_are_origins_go_to_the_country_record() -> None:
    text = ("Russia attacked Ukraine with 150 drones overnight, launched from the Bryansk and Kursk regions and "
            "from Hvardiiske in Crimea. Air defences downed 120 of them.")
    (attack,) = _attacks(text)
    assert [p.name for p in attack.locations] == ["Ukraine"]
    assert [(_value(w.launched), _value(w.intercepted)) for w in attack.weapons] == [(150, 120)]


# --------------------------------------------------------------------------- B14: tally lists, nil interceptions

LEAD_TALLY = "Russia attacked Ukraine overnight with {total} means of air attack, the air force said.\n"


def _weapons(attack: Attack) -> dict[str, tuple[int | None, int | None]]:
    return {w.type.value: (_value(w.launched), _value(w.intercepted)) for w in attack.weapons if w.type.value != "other"}


@pytest.mark.parametrize("text, expected", [
    (LEAD_TALLY.format(total=104) + "Neutralised by 08:00 (97 in all):\n– 90 drones;\n– 7 cruise missiles.",
     {"drone": (None, 90), "cruise_missile": (None, 7)}),
    (LEAD_TALLY.format(total=62) + "Air defence shot down 50 targets:\n- 48 drones;\n- 2 guided missiles.",
     {"drone": (None, 48), "missile": (None, 2)}),
    (LEAD_TALLY.format(total=44) + "Launched were:\n1. 40 Shahed drones;\n2. 4 Iskander-M missiles.",
     {"drone": (40, None), "ballistic_missile": (4, None)}),
    (LEAD_TALLY.format(total=36) + "Of these, the following were destroyed:\n• 31 attack UAVs\n• 5 Kalibr missiles",
     {"drone": (None, 31), "cruise_missile": (None, 5)}),
])
def test_a_list_item_counts_what_its_header_says(text: str, expected: dict[str, tuple[int | None, int | None]]) -> None:
    (attack,) = _attacks(text)
    assert _weapons(attack) == expected


def test_a_list_item_with_its_own_verb_keeps_it() -> None:
    text = LEAD_TALLY.format(total=62) + "Air defence shot down 50 targets:\n- 48 drones;\n- 2 missiles fell in open fields."
    (attack,) = _attacks(text)
    assert _weapons(attack)["drone"] == (None, 48)
    assert _weapons(attack).get("missile", (None, None))[1] is None


def test_a_list_after_a_blank_line_takes_no_earlier_header() -> None:
    text = LEAD_TALLY.format(total=62) + "Air defence shot down 50 targets.\n\nDamage:\n- 3 houses in Sumy were hit by drones."
    assert all(w.intercepted is None for a in _attacks(text) for w in a.weapons if w.type.value == "drone")


@pytest.mark.parametrize("text, weapon, launched", [
    ("Russia launched 70 drones and three Iskander-M missiles overnight. None of the three Iskander-M missiles was "
     "intercepted, the air force said. 61 drones were shot down.", "ballistic_missile", 3),
    ("Russia fired six Kinzhal missiles and 40 drones at Ukraine overnight. Not a single Kinzhal was brought down "
     "during the raid, the command admitted.", "ballistic_missile", 6),
    ("Overnight Russia sent 25 drones and two Kalibr missiles against Ukraine. Not one of the two Kalibr missiles "
     "was shot down.", "cruise_missile", 2),
])
def test_none_of_the_weapons_downed_is_a_nil_interception(text: str, weapon: str, launched: int) -> None:
    (attack,) = _attacks(text)
    assert _weapons(attack)[weapon] == (launched, 0)


def test_none_that_governs_another_verb_is_no_nil_interception() -> None:
    text = "Russia launched 30 drones at Odesa overnight. None of the drones reached the port: most were shot down."
    assert all(_value(w.intercepted) != 0 for a in _attacks(text) for w in a.weapons)


# --------------------------------------------------------------------------- B13/A1: a tally verb counts launches


@pytest.mark.parametrize("text, launched", [
    ("Russia attacked Ukraine overnight. Radar crews tracked 212 Shahed drones, the air force said.", 212),
    ("Russia attacked Ukraine overnight. The Air Force counted 142 drones in the attack.", 142),
    ("Russia attacked Ukraine overnight. Air defence commanders registered a total of 58 enemy UAVs in the sky "
     "over Chernihiv and Sumy.", 58),
])
def test_a_tally_verb_counts_launched_weapons(text: str, launched: int) -> None:
    (attack,) = _attacks(text)
    assert _weapons(attack)["drone"][0] == launched


def test_a_detection_verb_before_a_downing_verb_keeps_the_downing() -> None:
    (attack,) = _attacks("Russia attacked Ukraine overnight. Air defence units detected and destroyed 50 drones.")
    assert _weapons(attack)["drone"] == (None, 50)


# --------------------------------------------------------------------------- B2: a nationwide barrage's figures


def _by_place(attacks: list[Attack]) -> dict[str, Attack]:
    return {a.locations[0].name: a for a in attacks if a.locations}


@pytest.mark.parametrize("text, city, launched", [
    ("A night-long wave of 180 drones and 22 missiles hit a dozen cities, Lutsk among them, the air force said. "
     "In Lutsk, a drone damaged a warehouse and injured two workers.", "Lutsk", {"drone": 180, "missile": 22}),
    ("Odesa was one of several targets of an overnight barrage of 376 drones and 34 missiles, officials said. In "
     "Odesa, two people were killed when a drone hit a house.", "Odesa", {"drone": 376, "missile": 34}),
    ("Russia fired 95 drones and six cruise missiles overnight; Vinnytsia was among the cities hit, the air force "
     "said. A drone struck a depot in Vinnytsia, the mayor said.", "Vinnytsia", {"drone": 95, "cruise_missile": 6}),
])
def test_a_place_among_many_hit_leaves_the_barrage_to_the_country(text: str, city: str,
                                                                    launched: dict[str, int]) -> None:
    records = _by_place(_attacks(text))
    assert {k: v[0] for k, v in _weapons(records["Ukraine"]).items()} == launched
    assert {w.type.value for w in records[city].weapons} == {"drone"}
    assert all(w.launched is None for w in records[city].weapons)


def test_a_place_hit_by_the_barrage_it_names_keeps_its_figures() -> None:
    text = "Russia attacked Kharkiv with 20 drones overnight, injuring four people, the mayor said."
    (attack,) = _attacks(text)
    assert attack.locations[0].name == "Kharkiv" and _weapons(attack)["drone"][0] == 20


@pytest.mark.parametrize("text", [
    "Russia sent 260 drones and missiles across Ukraine overnight. Substations in the Rivne and Volyn regions were "
    "also damaged.",
    "Overnight Russia launched 140 missiles and drones at Ukraine. Power lines in the Zhytomyr and Kyiv regions "
    "were damaged.",
])
def test_a_region_borrows_the_kinds_of_the_barrage_before_it_never_its_combined_total(text: str) -> None:
    records = _by_place(_attacks(text))
    region = next(a for name, a in records.items() if name != "Ukraine")
    assert region.weapons and all(w.type.value != "other" for w in region.weapons)


# --------------------------------------------------------------------------- B3: parts of a day kept apart


@pytest.mark.parametrize("text, place", [
    ("Drones struck Sumy overnight, damaging a school; no one was hurt, the mayor said.\n"
     "19:40 — New explosions in Sumy: a drone hit a house, injuring two, the mayor writes.", "Sumy"),
    ("Russian artillery hit Nikopol in the morning, wounding a man. In the afternoon the town came under fire once "
     "more, and a woman was killed.", "Nikopol"),
    ("Kherson was attacked by drones before dawn, wounding three. Then around dusk Russian drones hit Kherson again, "
     "killing one, the regional administration said.", "Kherson"),
    ("A glide bomb struck Kharkiv overnight, injuring five. In the evening, another missile hit a warehouse in "
     "Kharkiv, killing a guard, the governor said.", "Kharkiv"),
])
def test_one_place_hit_at_two_parts_of_a_day_is_two_strikes(text: str, place: str) -> None:
    records = [a for a in _attacks(text) if a.locations and a.locations[0].name == place]
    assert len(records) == 2, [(a.killed, a.injured) for a in records]
    assert sorted((_value(a.killed) or 0, _value(a.injured) or 0) for a in records) != [(0, 0), (0, 0)]


@pytest.mark.parametrize("text", [
    "Drones attacked Odesa overnight, damaging a port building. In the morning, rescuers in Odesa found two bodies "
    "under the rubble.",
    "A missile hit Dnipro overnight, killing three. By the evening the death toll in Dnipro had risen to five.",
    "Drones attacked Zhytomyr overnight; in the morning, wreckage of an intercepted drone landed on a house in "
    "Zhytomyr.",
    "A missile struck Vinnytsia overnight, injuring six. In the evening, rescuers said the missile hit a clinic in "
    "Vinnytsia and destroyed its roof.",
])
def test_a_later_part_of_the_day_without_a_new_strike_is_the_same_event(text: str) -> None:
    assert len(_attacks(text)) == 1


# --------------------------------------------------------------------------- B4: a strike lead dated against diplomacy


@pytest.mark.parametrize("text, place, killed, children", [
    ("A Russian drone strike on Kherson killed four people, among them a child, officials said, hours before Kyiv "
     "and Moscow held their first prisoner exchange in over a month.", "Kherson", 4, 1),
    ("A Russian missile hit Zaporizhzhia overnight, killing three, hours before the two sides swapped prisoners for "
     "the first time in six weeks.", "Zaporizhzhia", 3, None),
    ("Shelling killed two women in Nikopol on Tuesday, just hours ahead of a summit where Kyiv and Washington "
     "discussed a ceasefire.", "Nikopol", 2, None),
    ("The drone attack on Kramatorsk left five dead and came as foreign ministers met in Geneva for the first time "
     "since the winter.", "Kramatorsk", 5, None),
])
def test_a_strike_lead_keeps_its_toll_beside_a_diplomatic_clause(text: str, place: str, killed: int,
                                                                 children: int | None) -> None:
    (attack,) = _attacks(text)
    assert [p.name for p in attack.locations] == [place]
    assert _value(attack.killed) == killed and _value(attack.children_killed) == children


@pytest.mark.parametrize("text, places", [
    ("Russian drones struck Kharkiv overnight, injuring six, hours after a missile hit Sumy.", {"Kharkiv", "Sumy"}),
    ("Drones hit Odesa overnight, wounding two, as rescuers in Izmail cleared the rubble of an earlier strike.",
     {"Odesa"}),
])
def test_a_clause_that_tells_no_diplomacy_is_read_as_before(text: str, places: set[str]) -> None:
    assert places <= _places(_attacks(text))


# --------------------------------------------------------------------------- B5: clock times, the sentence before


@pytest.mark.parametrize("text", [
    "Live updates: Russia's war in Ukraine.\n**15:20** Artillery hit Nikopol at about 2 p.m., wounding a woman.",
    "Shortly before 6 a.m. a guided bomb hit a supermarket in Kostiantynivka, police said.",
    "A drone struck a bus stop in Kherson just after 7.30am, injuring two passengers.",
    "Russian shelling hit a market in Beryslav around 10:45, wounding an elderly man, the governor said.",
])
def test_a_clock_time_with_no_day_is_the_day_of_the_report(text: str) -> None:
    (attack,) = _attacks(text)
    assert attack.date is not None and str(attack.date.start) == PUBLISHED == str(attack.date.end)


@pytest.mark.parametrize("text, launched", [
    ("It was the biggest raid since September, officials said of the overnight assault on Ukraine. Some 450 drones "
     "and 20 missiles were used.", {"drone": 450, "missile": 20}),
    ("Kyiv said the overnight attack on Ukraine was aimed at the power grid. In all, 310 drones and 12 cruise "
     "missiles were fired.", {"drone": 310, "cruise_missile": 12}),
])
def test_figures_take_the_attack_the_sentence_before_names(text: str, launched: dict[str, int]) -> None:
    (attack,) = _attacks(text)
    assert attack.target_country == "Ukraine" and attack.date is not None
    assert {k: v[0] for k, v in _weapons(attack).items()} == launched


@pytest.mark.parametrize("text, share", [
    ("Russia attacked Ukraine with 120 drones overnight, the air force said. Another 14 drones were shot down over "
     "Sumy and Chernihiv during the morning, 07:30 to 12:00, it added.", 14),
    ("Russian air defences destroyed 58 Ukrainian UAVs above several regions during the night, the Russian defence "
     "ministry said. A further 31 were destroyed over the Kaluga and Oryol regions in the daytime, it added.", 31),
])
def test_a_further_daytime_share_is_its_own_record(text: str, share: int) -> None:
    attacks = _attacks(text)
    assert len(attacks) == 2
    day = next(a for a in attacks if a.locations[0].level.value != "country")
    assert [_value(w.intercepted) for w in day.weapons] == [share]


def test_a_further_share_told_of_the_same_night_stays_in_the_total() -> None:
    text = ("Russia attacked Ukraine with 120 drones overnight, the air force said. Another 14 drones were shot down "
            "over Sumy and Chernihiv overnight.")
    assert len([a for a in _attacks(text) if a.locations[0].level.value != "country"]) == 0


# --------------------------------------------------------------------------- B6: a toll counted as bodies


@pytest.mark.parametrize("text, place, killed", [
    ("A Russian missile destroyed an apartment block in Lutsk on Tuesday. Rescuers have now brought out all five "
     "bodies.", "Lutsk", 5),
    ("A Russian missile destroyed an apartment block in Lutsk on Tuesday. By Wednesday evening, rescuers had "
     "brought out all five bodies.", "Lutsk", 5),
    ("Seven bodies have now been taken out of the collapsed block in Ternopil after Tuesday's missile strike.",
     "Ternopil", 7),
    ("Rescuers pulled the last of 14 bodies from the rubble of the house in Dnipro hit by a Russian missile on "
     "Monday.", "Dnipro", 14),
])
def test_bodies_recovered_are_the_dead(text: str, place: str, killed: int) -> None:
    (attack,) = _attacks(text)
    assert attack.locations[0].name == place and _value(attack.killed) == killed


@pytest.mark.parametrize("text", [
    "A Russian missile hit a house in Dnipro on Monday. The bodies of 900 soldiers were returned to Ukraine on Tuesday.",
    "A Russian missile hit a house in Dnipro on Monday. Ukraine received 757 bodies from Russia on Tuesday.",
    "A Russian missile hit a house in Dnipro on Monday. 500 bodies were handed over to Ukraine in an exchange.",
])
def test_bodies_handed_over_are_no_toll(text: str) -> None:
    assert all(a.killed is None for a in _attacks(text))


# --------------------------------------------------------------------------- B12: a match report is no strike


@pytest.mark.parametrize("text", [
    "Zorya Luhansk won 3-0 in Lublin on Saturday night, sealed by a long-range strike in the 88th minute. The club "
    "has played its home games in exile since the invasion.",
    "Dnipro-1's attack was relentless, and their striker hit the post twice before half-time. The war has forced "
    "the league to play behind closed doors.",
    "Metalist Kharkiv's counterattack earned a penalty, which their captain struck into the top corner in the 2-1 "
    "win over Kolos. Air raid sirens interrupted the match in the second half, as the war goes on.",
])
def test_a_match_report_tells_no_strike(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text, place", [
    ("A Russian missile hit a football stadium in Kharkiv overnight, injuring three, the mayor said.", "Kharkiv"),
    ("A drone struck the club building of a football team in Sumy on Tuesday, killing a guard.", "Sumy"),
])
def test_a_strike_on_a_sports_ground_is_still_a_strike(text: str, place: str) -> None:
    assert place in _places(_attacks(text))


# --------------------------------------------------------------------------- B10: a period's total is no event


@pytest.mark.parametrize("text, kept", [
    ("A drone hit a house in Orikhiv overnight, wounding a man. Daily summary for Zaporizhzhia region: shelling hit "
     "19 localities, leaving three dead and seven hurt altogether.", "Orikhiv"),
    ("A drone hit a house in Beryslav overnight, injuring two. Kherson region was struck 84 times in the last 24 "
     "hours; six residents were wounded in all.", "Beryslav"),
    ("A guided bomb hit Kostiantynivka on Tuesday, killing one. Over the past day, Russian forces shelled 23 "
     "settlements in the Donetsk region. In total, two people were killed and 11 wounded.", "Kostiantynivka"),
])
def test_a_total_over_a_period_and_many_places_makes_no_record(text: str, kept: str) -> None:
    attacks = _attacks(text)
    assert [a.locations[0].name for a in attacks if a.killed or a.injured] == [kept]


def test_a_toll_of_one_strike_told_with_in_total_is_kept() -> None:
    (attack,) = _attacks("Drones attacked Odesa overnight. In total, three people were injured in Odesa, the mayor said.")
    assert _value(attack.injured) == 3


# --------------------------------------------------------------------------- B11: a city's district is the city's


@pytest.mark.parametrize("text, city", [
    ("Drones attacked Kharkiv overnight. Strikes hit the Kyivskyi and Saltivskyi districts, injuring three.", "Kharkiv"),
    ("Russian missiles hit Zaporizhzhia overnight. In the Oleksandrivskyi district, a high-rise caught fire and two "
     "people were injured.", "Zaporizhzhia"),
    ("Drones attacked Odesa overnight. A drone hit a house in the Kyivskyi district, wounding a woman.", "Odesa"),
])
def test_a_district_named_after_the_city_is_the_city_record(text: str, city: str) -> None:
    attacks = _attacks(text)
    assert [a.locations[0].name for a in attacks] == [city]
    assert attacks[0].injured is not None


def test_a_village_named_like_a_district_is_still_a_village() -> None:
    attacks = _attacks("Russian shelling hit the village of Kyivskyi in the Poltava region, injuring two.")
    assert "Kyivskyi" in _places(attacks)


# --------------------------------------------------------------------------- B9: the places an attack aimed at

B9_LEAD = "Russia attacked Ukraine with 90 drones overnight. "


@pytest.mark.parametrize("text, places", [
    (B9_LEAD + "The main targets were power substations in the Rivne and Volyn regions, the air force said.",
     {"Rivne Oblast", "Volyn Oblast"}),
    (B9_LEAD + "Russia's chief target this time was the rail hub of Kovel.", {"Kovel"}),
    (B9_LEAD + "Most of what the enemy aimed at overnight was power substations around Rivne and Lutsk.",
     {"Rivne", "Lutsk"}),
    (B9_LEAD + "The main target of the attack was the power plant in Burshtyn.", {"Burshtyn"}),
])
def test_the_main_targets_of_an_attack_are_places_hit(text: str, places: set[str]) -> None:
    assert places <= _places(_attacks(text))


@pytest.mark.parametrize("text", [
    B9_LEAD + "Officials said the main target of the new anti-corruption law was graft in Kyiv.",
    B9_LEAD + "Economists said the sanctions are aimed at oil exports through Odesa's rivals.",
])
def test_a_target_of_a_law_or_of_sanctions_is_no_place_hit(text: str) -> None:
    assert _places(_attacks(text)) == {"Ukraine"}


# --------------------------------------------------------------------------- B8: a strike claim on a country's industry


@pytest.mark.parametrize("text, attacker, target", [
    ("The Russian defence ministry said on Wednesday that overnight its troops struck Ukrainian gas production "
     "infrastructure with Kinzhal missiles and drones.", "Russia", "Ukraine"),
    ("Russian forces delivered a group strike on facilities supplying Ukraine's military-industrial complex "
     "overnight, the defence ministry in Moscow said.", "Russia", "Ukraine"),
    ("Kyiv's general staff said its forces hit Russian oil infrastructure with long-range drones overnight.",
     "Ukraine", "Russia"),
])
def test_a_placeless_strike_claim_on_a_country_is_a_country_record(text: str, attacker: str, target: str) -> None:
    (attack,) = _attacks(text)
    assert (attack.attacker, attack.target_country, attack.locations[0].level.value) == (attacker, target, "country")


def test_a_strike_claim_with_a_place_keeps_the_place() -> None:
    text = "Ukrainian drones struck Russian oil facilities in the Samara region overnight, the governor said."
    assert _places(_attacks(text)) == {"Samara Oblast"}


def test_a_strike_claim_on_sites_serving_a_country_s_industry_is_a_country_record() -> None:
    text = ("Russia's defence ministry said its forces hit energy sites serving Ukraine's arms industry in a massive "
            "combined strike with missiles and drones overnight.")
    (attack,) = _attacks(text)
    assert (attack.attacker, attack.target_country) == ("Russia", "Ukraine")


# --------------------------------------------------------------------------- B13: a facility named after its city


@pytest.mark.parametrize("text, city", [
    ("Ukrainian drones struck an oil refinery in the Rostov region overnight. The Novoshakhtinsk plant was hit, the "
     "Rostov governor said.", "Novoshakhtinsk"),
    ("Drones attacked the Ryazan region overnight. Flames were seen over the Ryazan oil depot.", "Ryazan"),
])
def test_a_facility_named_after_its_city_puts_the_strike_on_the_city(text: str, city: str) -> None:
    (attack,) = _attacks(text)
    assert [p.name for p in attack.locations] == [city]


@pytest.mark.parametrize("text", [
    "Russian drones attacked Zaporizhzhia overnight, injuring two. The Zaporizhzhia nuclear power plant lost "
    "external power, the IAEA said.",
    "Drones attacked the Odesa region overnight. Grain ships left the Odesa port on schedule.",
])
def test_a_facility_named_without_damage_adds_no_place(text: str) -> None:
    (attack,) = _attacks(text)
    assert attack.locations[0].name in ("Zaporizhzhia", "Odesa Oblast")

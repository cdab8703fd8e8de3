"""Round 14 (2 December, afternoon) place families of the rules engine, tested with sentences
written for these tests (none from seeds/ or evals/), several phrasings each, with near-misses
that must not fire. Published Wednesday 4 March 2026 unless a test says otherwise.

- a tally over a list of regions that ends on a sea stays the country record (codebook 3);
- "the capital of <state>" is that state's capital; "the capital of the X region" is X's centre town;
- a city's own district (an urban raion GeoNames lists as a town) stays on the struck city's record;
- a region frame holds for the rest of its paragraph: a small town of that region struck in a later
  sentence is that town, not a country record;
- where a place hit's cargo goes ("barges that carry grain to X") is no place hit;
- a city's own paragraph naming its weapon outranks a wide lead's "drones and missiles";
- a placeless later find ("Two more bodies were found on Tuesday") opens no record of its own;
- "the city" of a paragraph is the one city that paragraph named before it, not the last town struck.
"""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value as _value, place_names as _places
from summariser.records import Attack

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED)


# ------------------------------------------------------------------ a regions tally ending on a sea
@pytest.mark.parametrize("text, n", [
    ("Russia's defence ministry reported on Tuesday that air defences destroyed 27 Ukrainian drones over the Kursk, "
     "Oryol and Smolensk regions as well as above the Sea of Azov.", 27),
    ("Overnight, Russian air defences downed thirty-five Ukrainian drones over the Belgorod, Kursk and Lipetsk "
     "regions, Crimea and the Black Sea, the ministry said.", 35),
    ("Russia's defence ministry said 19 Ukrainian drones were shot down over the Voronezh and Penza regions as well "
     "as over the Caspian Sea overnight.", 19),
    ("Russian air defence crews intercepted 52 Ukrainian drones overnight over the regions of Tambov and Ryazan and "
     "over the Black Sea, the defence ministry said.", 52),
    ("Air defences have destroyed 16 Ukrainian drones over the Tver, Pskov, Novgorod regions and the Baltic Sea, "
     "Russia's defence ministry reported on Tuesday.", 16),
    ("The Russian defence ministry said it had downed 41 Ukrainian drones over Lipetsk, Oryol, Crimea and the Caspian "
     "Sea during the night.", 41),
])
def test_a_regions_tally_ending_on_a_sea_is_the_country_record(text: str, n: int) -> None:
    attacks = _attacks(text)
    assert _places(attacks) == {"Russia"}, [(a.locations) for a in attacks]
    assert [_value(w.intercepted) for a in attacks for w in a.weapons] == [n]


@pytest.mark.parametrize("text", [
    # one region and a sea: that theatre's regional record (atk7)
    "Russian air defences destroyed 30 Ukrainian drones overnight above the Black Sea and the Krasnodar region, "
    "the defence ministry said.",
    "Russia's defence ministry reported that air defences downed 22 Ukrainian drones overnight over the Rostov region, "
    "Crimea and the Sea of Azov.",
])
def test_one_region_and_a_sea_stay_a_regional_record(text: str) -> None:
    assert "Russia" not in _places(_attacks(text))


def test_a_sea_alone_makes_no_regions_tally() -> None:
    attacks = _attacks("Two Ukrainian naval drones were destroyed in the Black Sea overnight, Russia's defence "
                       "ministry said.")
    assert not any(p.level.value == "region" for a in attacks for p in a.locations)


# ------------------------------------------------------------------ "the capital of <state>" is its capital
@pytest.mark.parametrize("text, city", [
    ("The foreign ministry condemned the Russian attack on Kyiv. Overnight, Russia fired 14 missiles and 60 drones "
     "at the capital of Ukraine, the ministry said on Tuesday. Two people were killed in the city.", "Kyiv"),
    ("Kyiv's mayor said the night was hard. Eleven cruise missiles were launched at the capital of Ukraine, and "
     "three residents were wounded.", "Kyiv"),
    ("Ukrainian drones attacked the capital of Russia overnight, damaging a tower block, Moscow's mayor Sergei "
     "Sobyanin said.", "Moscow"),
    ("The capital of Ukraine was pounded by ballistic missiles before dawn on Monday, officials in Kyiv said; "
     "four people died.", "Kyiv"),
    ("Shahed drones struck the capital of Ukraine for the third night in a row, setting two homes on fire in Kyiv.",
     "Kyiv"),
    ("Moscow officials reported falling debris after nine drones flew at the capital of Russia on Sunday night.",
     "Moscow"),
])
def test_the_capital_of_a_state_is_that_capital(text: str, city: str) -> None:
    attacks = _attacks(text)
    assert city in _places(attacks) and not _places(attacks) & {"Ukraine", "Russia"}, [a.locations for a in attacks]


@pytest.mark.parametrize("text", [
    "Kyiv condemned the overnight strike on Odesa that killed two dockers.",
    "The capital of Ukraine was quiet overnight, but drones hit Odesa, killing two.",
    "Scholz travelled to the capital of Ukraine on Tuesday for talks.",
])
def test_the_capital_of_a_state_named_but_not_struck_makes_no_record_on_it(text: str) -> None:
    assert "Kyiv" not in _places(_attacks(text))


# ------------------------------------------------------------------ a city's own district stays on the city
@pytest.mark.parametrize("text, city", [
    ("A Russian drone struck Sumy on Monday, wounding three people. The minibus was hit near a market in the "
     "Zarichnyi district.", "Sumy"),
    ("Russian forces shelled Sumy on Monday, wounding two. A day later a drone hit a car in the Zarichnyi district, "
     "killing its driver.", "Sumy"),
    ("A drone hit a house in the Zarichnyi district of Sumy overnight, wounding a man.", "Sumy"),
    ("Drones attacked Kyiv overnight, wounding two. Debris fell on a house in the Darnytsia district.", "Kyiv"),
    ("Shelling hit Kremenchuk overnight. Three people were wounded in the Avtozavodskyi district, the mayor said.",
     "Kremenchuk"),
    ("Chernihiv was attacked by Shahed drones on Saturday night; fragments damaged a school in the Desnyanskyi "
     "district and injured a guard.", "Chernihiv"),
    ("Kropyvnytskyi came under a missile strike on Friday. A warehouse burned in the Fortechnyi district, officials "
     "said.", "Kropyvnytskyi"),
])
def test_a_citys_own_district_stays_on_the_citys_record(text: str, city: str) -> None:
    attacks = _attacks(text)
    assert _places(attacks) == {city}, [a.locations for a in attacks]


def test_a_district_of_another_city_with_its_own_toll_keeps_that_city() -> None:
    attacks = _attacks("Drones attacked Sumy overnight, wounding three in the Kovpakivskyi district. In Kharkiv, a "
                       "guided bomb killed two people in the Kyivskyi district.")
    assert _places(attacks) == {"Sumy", "Kharkiv"}


def test_the_odesa_region_town_is_no_city_district() -> None:
    from summariser.knowledge import gazetteer
    place = gazetteer.lookup("Podilsk")
    assert place is not None and place.level == "city" and place.admin1 == "Odesa Oblast"


def test_a_raion_named_after_its_town_stays_a_raion() -> None:
    attacks = _attacks("Russian artillery shelled villages in the Nikopol district overnight, wounding a farmer.")
    assert any(p.level.value == "district" and "Nikopol" in p.name for a in attacks for p in a.locations)


# ------------------------------------------------------------------ a region frame holds for its paragraph
@pytest.mark.parametrize("text, town", [
    ("In the Kursk region, artillery shelled Sudzha on Monday, wounding a man. Separately, a drone struck a grain "
     "truck in Glushkovo, the governor said.", "Glushkovo"),
    ("In the Bryansk region, a drone hit a farm near Sevsk, Governor Bogomaz said. Later on Monday, shelling "
     "damaged a shop in Pogar.", "Pogar"),
    ("Governor Gladkov said a drone struck a car in Shebekino on Monday. In a separate attack, artillery hit a "
     "house in Grayvoron, wounding two.", "Grayvoron"),
    ("Kursk governor Alexander Khinshtein reported damage in Rylsk on Tuesday. Later, a drone hit a shop in "
     "Glushkovo.", "Glushkovo"),
    ("In the Bryansk region, Ukrainian shells landed on Klintsy overnight. Two houses were also damaged by a "
     "kamikaze drone near Pogar, he added.", "Pogar"),
    ("Russia's Belgorod region came under fire on Sunday: a drone hit Shebekino. Hours later three shells struck "
     "the village of Grayvoron, injuring a woman.", "Grayvoron"),
])
def test_a_town_struck_after_its_regions_sentence_is_that_town(text: str, town: str) -> None:
    attacks = _attacks(text)
    assert town in _places(attacks) and "Russia" not in _places(attacks), [a.locations for a in attacks]


@pytest.mark.parametrize("text", [
    # a new paragraph, with no strike told on the town
    "In the Kursk region, artillery shelled Sudzha on Monday.\n\nA resident of Glushkovo said the night was calm.",
    # the town only where a witness's relative lives, inside a quote
    "In the Kursk region, artillery shelled Sudzha on Monday. \"My cousin lives in Pogar,\" a soldier said.",
])
def test_the_frame_gives_no_town_outside_its_reach(text: str) -> None:
    assert not _places(_attacks(text)) & {"Glushkovo", "Pogar"}


def test_a_town_of_another_region_keeps_its_own_region() -> None:
    # no frame reaches a town of another region: round 15 reads the struck town from the whole
    # gazetteer (place_small_towns.py), in its own region, never in the frame's
    attacks = _attacks("In the Kursk region, artillery shelled Sudzha on Monday. Separately, a drone struck a shop in Pogar.")
    assert {p.admin1 for a in attacks for p in a.locations if p.name == "Pogar"} <= {"Bryansk Oblast"}


# ------------------------------------------------------------------ a trade destination is no place hit
@pytest.mark.parametrize("text, hit, trade", [
    ("Russian drones hit the river port of Reni overnight, damaging berths used by barges that carry grain to "
     "Izmail, officials said.", "Reni", "Izmail"),
    ("Drones struck the port of Izmail overnight, damaging berths of barges that ship grain on to Odesa.",
     "Izmail", "Odesa"),
    ("A drone struck a diesel depot in Pavlohrad which supplies fuel to Dnipro, the governor said.", "Pavlohrad", "Dnipro"),
    ("A missile destroyed a grain terminal in Chornomorsk on Sunday, one which exports 40,000 tonnes of wheat to "
     "Izmail, officials said.", "Chornomorsk", "Izmail"),
    ("Two drones struck a rail yard in Kovel on Monday, hitting wagons carrying fuel to Lutsk.", "Kovel", "Lutsk"),
    ("In Izmail, drones damaged a tanker bound for Odesa, wounding a sailor.", "Izmail", "Odesa"),
])
def test_where_a_cargo_goes_is_no_place_hit(text: str, hit: str, trade: str) -> None:
    places = _places(_attacks(text))
    assert hit in places and trade not in places, places


@pytest.mark.parametrize("text, both", [
    ("Drones struck Reni and Izmail overnight, damaging port facilities, the governor said.", {"Reni", "Izmail"}),
    ("A drone hit a bus carrying workers in Kherson, and shells fell on Nikopol.", {"Kherson", "Nikopol"}),
    ("Russia sent 40 drones to Kharkiv overnight; debris also fell in Chuhuiv.", {"Kharkiv", "Chuhuiv"}),
])
def test_places_hit_beside_a_cargo_word_stay(text: str, both: set[str]) -> None:
    assert both <= _places(_attacks(text))


def test_a_cargo_destination_alone_stays_the_place() -> None:
    assert "Odesa" in _places(_attacks("Drones hit barges carrying grain to Odesa overnight, wounding two sailors."))


# ------------------------------------------------------------------ a city paragraph's own weapon
def _kinds(a: Attack) -> tuple[str, set[str]]:
    return a.kind.value, {w.type.value for w in a.weapons}


def _of(attacks: list[Attack], city: str) -> Attack:
    return next(a for a in attacks if any(p.name == city for p in a.locations))


@pytest.mark.parametrize("text, city, kind, weapon", [
    ("Drones and missiles pounded southern Ukraine overnight, killing three people in Odesa, officials said on "
     "Tuesday.\n\nIn Odesa, a ballistic missile destroyed a port warehouse and killed three workers.",
     "Odesa", "missile_strike", "ballistic_missile"),
    ("Russia attacked Ukraine with drones and missiles overnight, killing two in Dnipro and wounding five in "
     "Poltava.\n\nIn Dnipro, a cruise missile hit an apartment block.", "Dnipro", "missile_strike", "cruise_missile"),
    ("Russian missiles and Shahed drones struck eastern Ukraine overnight, wounding 11 people in Kharkiv.\n\n"
     "A Kh-101 cruise missile slammed into an industrial site in Kharkiv, the mayor said.",
     "Kharkiv", "missile_strike", "cruise_missile"),
    ("Across the country, Russia launched drones and missiles in a night-long assault; four died in Zhytomyr.\n\n"
     "In Zhytomyr, an Iskander ballistic missile hit a warehouse district.", "Zhytomyr", "missile_strike",
     "ballistic_missile"),
    ("Several regions came under drone and missile fire overnight, and two people were killed in Sumy.\n\n"
     "In Sumy, two attack drones struck a high-rise and a school.", "Sumy", "air_drone_strike", "drone"),
    ("Missiles and drones rained on western Ukraine before dawn on Sunday, injuring six in Lutsk.\n\n"
     "In Lutsk, attack drones hit a heating plant, the governor said.", "Lutsk", "air_drone_strike", "drone"),
])
def test_a_citys_own_paragraph_names_its_weapon(text: str, city: str, kind: str, weapon: str) -> None:
    assert _kinds(_of(_attacks(text), city)) == (kind, {weapon})


@pytest.mark.parametrize("text, city", [
    # the city's paragraph names no weapon: the lead's mix (codebook 8)
    ("Russia attacked Ukraine with drones and missiles overnight, killing two in Dnipro and wounding five in "
     "Poltava.\n\nIn Dnipro, a cruise missile hit an apartment block.\n\nIn Poltava, falling debris damaged "
     "houses.", "Poltava"),
    # a lead about the city alone: the city's own mix
    ("Russian drones and missiles hit Odesa overnight, killing three.\n\nIn Odesa, a ballistic missile destroyed "
     "a port warehouse.", "Odesa"),
    # one paragraph: the sentence after the lead is no paragraph of the city's own
    ("Drones and missiles pounded southern Ukraine overnight, killing three in Odesa. In Odesa, a ballistic "
     "missile destroyed a port warehouse.", "Odesa"),
])
def test_the_lead_mix_stays_without_a_city_paragraph_of_its_own(text: str, city: str) -> None:
    assert _kinds(_of(_attacks(text), city))[0] == "drone_and_missile"


# ------------------------------------------------------------------ a placeless later find opens no record
@pytest.mark.parametrize("text", [
    "A Russian missile struck an apartment block in Dnipro on Monday, killing four people. Two more bodies were "
    "found on Tuesday, rescuers said.",
    "A Russian missile struck an apartment block in Dnipro on Monday, killing four people.\n\nRescuers recovered "
    "three more bodies from the rubble overnight.",
    "Drones hit a dormitory in Kharkiv on Saturday, killing six. On Sunday morning, emergency crews found the "
    "bodies of two more residents.",
    "A guided bomb destroyed a clinic in Zaporizhzhia on Friday and killed 11. A further body was retrieved late "
    "on Saturday, the governor said.",
    "Shelling killed three in Kherson on Wednesday. Another two victims were discovered under a collapsed roof "
    "on Thursday.",
    "An Iskander strike on Sumy killed nine people on Palm Sunday. Five more bodies were pulled out on Monday and "
    "Tuesday.",
])
def test_a_placeless_later_find_opens_no_record(text: str) -> None:
    attacks = _attacks(text)
    assert len(attacks) == 1 and attacks[0].locations, [(a.locations, a.killed) for a in attacks]


@pytest.mark.parametrize("text, places", [
    # the find names its own town and strike: that town's record
    ("A drone hit a bus in Kherson on Monday, killing two. Rescuers found three more bodies in Mykolaiv after a "
     "missile strike on Tuesday.", {"Kherson", "Mykolaiv"}),
    # a toll of its own with a strike: not a find
    ("A missile struck Dnipro on Monday, killing four. On Tuesday a drone killed two more people in Nikopol.",
     {"Dnipro", "Nikopol"}),
])
def test_a_find_or_strike_with_its_own_town_keeps_its_record(text: str, places: set[str]) -> None:
    assert _places(_attacks(text)) == places


def test_the_first_toll_stays_after_a_placeless_find() -> None:
    a = _attacks("A Russian missile struck an apartment block in Dnipro on Monday, killing four people. Two more "
                 "bodies were found on Tuesday, rescuers said.")[0]
    assert _value(a.killed) == 4


# ------------------------------------------------------------------ "the city" of its own paragraph
_LEAD_KR = "Russian missiles hit Kryvyi Rih overnight, killing two, the governor said on Tuesday.\n\n"


@pytest.mark.parametrize("text, city", [
    (_LEAD_KR + "Odesa, the country's largest port, lies far from the front line. On Feb. 20 drones set a shipyard "
     "in the city on fire, killing a guard.", "Odesa"),
    (_LEAD_KR + "Uzhhorod, near the Slovak border, is seldom targeted. Last Sunday a rocket hit a depot in the town "
     "and wounded two.", "Uzhhorod"),
    ("A drone struck Kharkiv overnight, wounding three, officials said.\n\nLviv is some 70 km from the Polish "
     "border. In January, a missile hit a power plant in the city, killing one.", "Lviv"),
    ("Shelling killed a man in Nikopol on Monday.\n\nFew expected trouble in Poltava, a quiet regional centre. "
     "Yet on 3 February a cruise missile levelled a school in the city and injured 14 people.", "Poltava"),
    ("Drones hit Sumy overnight, injuring five.\n\nVinnytsia hosts an air force command. The city was struck "
     "by ballistic missiles on 12 January, when four people died.", "Vinnytsia"),
    ("Odesa's port was hit by drones overnight, wounding a docker.\n\nIzmail handles much of the grain trade. "
     "Two weeks ago, a Shahed drone slammed into a grain silo in the town, killing two workers.", "Izmail"),
])
def test_the_city_is_the_one_its_paragraph_named(text: str, city: str) -> None:
    attacks = _attacks(text)
    later = attacks[-1]
    assert [p.name for p in later.locations] == [city], [(a.locations, a.date) for a in attacks]


@pytest.mark.parametrize("text, city", [
    # no city named in the paragraph: the town the article struck
    ("A drone struck Kharkiv overnight, wounding three.\n\nIn January, a missile hit a power plant in the city, "
     "killing one.", "Kharkiv"),
    # two cities named before it: no single referent from the paragraph
    ("A drone struck Kharkiv overnight, wounding three.\n\nLviv and Lutsk lie near the border. In January, a "
     "missile hit a power plant in the city, killing one.", "Kharkiv"),
    # the city of the same paragraph's own strike
    ("A drone struck Kharkiv overnight, wounding three. Debris also damaged a school in the city.", "Kharkiv"),
])
def test_the_city_without_a_single_paragraph_city_keeps_its_reading(text: str, city: str) -> None:
    assert _places(_attacks(text)) == {city}


# ------------------------------------------------------------------ "the capital of the X region"
@pytest.mark.parametrize("text, city", [
    ("The capital of the Kharkiv region came under drone fire overnight, wounding four.", "Kharkiv"),
    ("Russian drones attacked the Sumy regional capital on Tuesday, killing two.", "Sumy"),
    ("A guided bomb hit the regional centre of the Zaporizhzhia region, injuring nine.", "Zaporizhzhia"),
    ("Drones struck the capital of the Kherson region overnight, damaging a hospital.", "Kherson"),
    ("Ukrainian drones targeted the capital of the Belgorod region on Sunday; two people were wounded.", "Belgorod"),
    ("Three missiles slammed into the Dnipropetrovsk regional centre before dawn, killing a guard.", "Dnipro"),
])
def test_the_capital_of_a_region_is_its_centre_town(text: str, city: str) -> None:
    assert _places(_attacks(text)) == {city}


@pytest.mark.parametrize("text, absent", [
    ("The capital of the Kirovohrad region was quiet overnight, but drones hit Uman.", "Kropyvnytskyi"),
    ("Drones struck villages of the Sumy region overnight, wounding two.", "Sumy"),
    ("The capital of the occupied region was shelled overnight, officials said.", "Donetsk"),
])
def test_no_regional_capital_without_its_office_or_a_hit(text: str, absent: str) -> None:
    assert absent not in _places(_attacks(text))

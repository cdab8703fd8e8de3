"""Attack rules for the failure classes of ordinary wire copy, written as concepts of war reporting
and tested with sentences written for these tests (none from seeds/ or evals/), several phrasings
each, with negatives that must not fire: air traffic halted at airports, training with a drone,
guns fired at the other side's positions, drones strayed into a neighbour's airspace, a habit or
a campaign told as continuing; where a bomber flew from; districts listed inside a city; a body
that speaks for a region; people counted as crew, guards, a couple, or by age alone; a dateline
with no place; "overnight on <day>"; a strike told only inside a clause about something else;
a day's number never a toll. Published Wednesday 4 March 2026 unless a test says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, count_value as _value, place_names as _places

PUBLISHED = "2026-03-04"
LEAD = "Russian drones struck a warehouse in Poltava overnight, killing three people. "


_attacks = AttackProbe(PUBLISHED)
_one = _attacks.one


# --------------------------------------------------------------------------- non-strikes


@pytest.mark.parametrize("follow", [
    "Flights were halted at Kazan and Nizhnekamsk airports for several hours as drones approached.",
    "Temporary restrictions were introduced at Samara, Penza and Saratov airports during the night.",
    "The airport in Kaluga suspended departures overnight because of the drone threat, officials said.",
])
def test_air_traffic_halted_at_airports_is_no_strike_on_their_towns(follow: str) -> None:
    assert _places(_attacks(LEAD + follow)) == {"Poltava"}


def test_an_airport_that_was_hit_stays_a_strike() -> None:
    attacks = _attacks(LEAD + "A drone struck the airport in Kaluga on Tuesday, and flights were halted for hours.")
    assert "Kaluga" in _places(attacks)


def test_a_strike_that_also_closed_airports_keeps_its_town() -> None:
    text = ("Ukraine launched dozens of drones at Russia overnight, damaging a refinery in the town of Syzran and "
            "forcing airports to suspend flights, officials said.")
    assert "Syzran" in _places(_attacks(text))


@pytest.mark.parametrize("follow", [
    "A Ukrainian soldier launches a surveillance drone during an exercise in the Kharkiv region.",
    "Servicemen practise launching FPV drones at a training ground near Zaporizhzhia.",
    "A drone operator flies a training drone during drills outside Dnipro.",
])
def test_training_with_a_drone_is_no_strike(follow: str) -> None:
    assert _places(_attacks(LEAD + follow)) == {"Poltava"}


@pytest.mark.parametrize("text", [
    "Ukrainian artillerymen fire a self-propelled gun at Russian positions near Kostiantynivka on Monday.",
    "A Ukrainian mortar crew fires towards enemy positions outside Huliaipole on Monday, the brigade said.",
])
def test_guns_fired_at_the_other_sides_positions_near_a_town_are_no_strike_on_it(text: str) -> None:
    assert _places(_attacks(LEAD + text)) == {"Poltava"}


def test_shelling_of_a_town_itself_stays_a_strike() -> None:
    a = _one("Russian artillery fired at residential areas of Kherson on Monday, wounding two people.")
    assert _places([a]) == {"Kherson"} and _value(a.injured) == 2


@pytest.mark.parametrize("follow", [
    "Two drones were shot down over Poland's Lublin province overnight, and debris fell near a farm.",
    "Romanian authorities said a drone crashed near the village of Nufaru after crossing into the country's airspace.",
    "Moldova said drone fragments were found on farmland close to the village of Ocnita.",
])
def test_a_drone_strayed_into_a_neighbour_is_no_strike_of_the_war(follow: str) -> None:
    attacks = _attacks(LEAD + follow)
    assert _places(attacks) == {"Poltava"} and all(not w.intercepted for a in attacks for w in a.weapons)


def test_a_barrage_at_ukraine_that_also_strayed_keeps_its_figures() -> None:
    a = _one("Russia launched 90 drones at Ukraine overnight, and one entered Polish airspace, the air force said.")
    assert [_value(w.launched) for w in a.weapons] == [90]


@pytest.mark.parametrize("follow", [
    "Marhanets, across the reservoir from the plant, is shelled several times a day.",
    "Moscow has kept up its nightly missile and drone raids on Ukrainian cities.",
    "Russia has continued its air campaign against the power grid, and Kyiv has maintained its attacks on refineries.",
    "Russian forces continue to pound Orikhiv, residents said.",
])
def test_a_habit_or_a_campaign_told_as_continuing_is_no_strike(follow: str) -> None:
    assert _places(_attacks(LEAD + follow)) == {"Poltava"}


def test_a_diplomacy_story_closing_on_the_campaign_has_no_attack() -> None:
    text = ("Ukraine's foreign minister met his Polish counterpart in Warsaw on Tuesday. Russia has continued its "
            "nightly drone strikes across Ukraine, and Ukraine has kept up its own attacks on Russian oil depots.")
    assert _attacks(text) == []


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize("text", [
    "A Russian guided bomb released by a Su-34 bomber flying over Russia's Kursk region hit a school in Sumy on Monday, "
    "injuring four people.",
    "The missile, fired by a bomber operating over the Belgorod region, struck a depot in Kharkiv on Monday, "
    "injuring four people.",
])
def test_where_the_aircraft_flew_is_no_place_hit(text: str) -> None:
    a = _one(text)
    assert len(a.locations) == 1 and _value(a.injured) == 4


@pytest.mark.parametrize("text", [
    "Russian drones hit Kharkiv on Monday, damaging houses in the Kholodnohirskyi, Kyivskyi and Slobidskyi districts.",
    "A Russian missile struck Zaporizhzhia on Monday; the Shevchenkivskyi and Dniprovskyi neighbourhoods lost power.",
])
def test_districts_listed_inside_a_city_are_no_cities(text: str) -> None:
    a = _one(text)
    assert len(a.locations) == 1


@pytest.mark.parametrize("follow", [
    "Two people were killed and five wounded in the attack, the Odesa regional prosecutors said.",
    "Two people were killed and five wounded, the Odesa region's administration reported.",
])
def test_a_body_speaking_for_the_region_adds_no_record(follow: str) -> None:
    a = _one("A Russian drone hit a grain silo in Izmail on Monday. " + follow)
    assert _places([a]) == {"Izmail"} and (_value(a.killed), _value(a.injured)) == (2, 5)


def test_a_region_administration_building_that_was_hit_is_a_place() -> None:
    a = _one("A Russian missile hit the Sumy regional administration building on Monday, wounding six people.")
    assert a.locations


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize("text, killed", [
    ("A Russian missile hit a tanker in the port of Odesa on Monday, killing two crew members.", 2),
    ("A Russian drone struck a fuel depot in Kherson on Monday, killing three security guards.", 3),
    ("A Russian missile hit a cargo ship near Odesa on Monday, killing four sailors.", 4),
    ("A Russian drone hit a house in Chernihiv on Monday. An elderly couple living there were killed.", 2),
    ("A Russian drone hit a house in Chernihiv on Monday. A couple sleeping inside were killed.", 2),
])
def test_people_counted_by_their_work_or_as_a_couple(text: str, killed: int) -> None:
    assert _value(_one(text).killed) == killed


@pytest.mark.parametrize("text, injured, children", [
    ("Russian shelling hit Kherson on Monday and wounded a 15-year-old, the governor said.", 1, 1),
    ("A Russian drone hit a car in Nikopol on Monday, injuring a 67-year-old.", 1, None),
    ("A Russian drone hit a bus stop in Sumy on Monday. A 12-year-old was injured.", 1, 1),
])
def test_a_person_told_only_by_age_is_one(text: str, injured: int, children: int | None) -> None:
    a = _one(text)
    assert (_value(a.injured), _value(a.children_injured)) == (injured, children)


def test_an_age_before_a_noun_stays_the_nouns() -> None:
    a = _one("A Russian drone hit a car in Nikopol on Monday, injuring a 67-year-old man and his wife.")
    assert _value(a.injured) == 2


def test_a_days_number_is_no_toll() -> None:
    a = _one("A Russian drone attack overnight on Feb. 9 killed one person in Chernihiv, officials said.",
             published="2026-02-10")
    assert _value(a.killed) == 1


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("text", [
    "A Russian drone attack overnight on Feb. 9 killed one person in Chernihiv, officials said.",
    "Drones hit a substation in Chernihiv overnight on February 9, officials said.",
])
def test_overnight_on_a_day_is_the_night_ending_that_day(text: str) -> None:
    a = _one(text, published="2026-02-10")
    assert a.date is not None and (a.date.start, a.date.end) == (dt.date(2026, 2, 8), dt.date(2026, 2, 9))


@pytest.mark.parametrize("dateline", ["Feb 9 (Wire) - ", "February 9 (Newswire) — "])
def test_a_dateline_with_no_place_is_no_date_of_the_strike(dateline: str) -> None:
    a = _one(dateline + "Russian drones hit an energy facility in Odesa overnight, injuring two people.",
             published="2026-02-09")
    assert a.date is not None and (a.date.start, a.date.end) == (dt.date(2026, 2, 8), dt.date(2026, 2, 9))


# --------------------------------------------------------------------------- a strike inside another clause


@pytest.mark.parametrize("text", [
    "The minister's trip to Brussels came hours after a Russian missile strike overnight killed three people in Kryvyi Rih.",
    "The talks opened a day after a Russian drone attack on Kryvyi Rih killed three people.",
])
def test_a_strike_told_only_inside_a_clause_about_something_else_is_a_strike(text: str) -> None:
    a = _one(text)
    assert _places([a]) == {"Kryvyi Rih"} and _value(a.killed) == 3


def test_a_strike_that_came_after_an_earlier_one_keeps_only_its_own_toll() -> None:
    a = _one("A Russian drone hit a market in Kherson on Monday, hours after a missile strike on the city killed two. "
             "Four people were injured.")
    assert a.killed is None and _value(a.injured) == 4


@pytest.mark.parametrize("text", [
    "A Russian drone hit a bus in Kherson on Sunday, a day after a missile strike on Mykolaiv killed four.",
    "Drones struck a depot in Kherson on Sunday, a day after a Russian missile attack on Mykolaiv killed four.",
])
def test_an_earlier_strike_on_a_place_told_nowhere_else_is_its_own_record(text: str) -> None:
    attacks = _attacks(text)
    assert _places(attacks) == {"Kherson", "Mykolaiv"}
    earlier = next(a for a in attacks if _places([a]) == {"Mykolaiv"})
    assert _value(earlier.killed) == 4
    assert earlier.date is not None and earlier.date.start == dt.date(2026, 2, 28)
    assert next(a for a in attacks if _places([a]) == {"Kherson"}).killed is None


def test_an_earlier_strike_on_a_place_told_before_adds_no_record() -> None:
    text = ("A Russian missile hit Mykolaiv on Saturday, killing four. A Russian drone hit a bus in Kherson on Sunday, "
            "a day after a missile strike on Mykolaiv killed four.")
    attacks = _attacks(text)
    assert len(attacks) == 2 and sum(_value(a.killed) == 4 for a in attacks) == 1


# --------------------------------------------------------------------------- the capital; a lead that ends on the day


@pytest.mark.parametrize("text", [
    "Russian missiles struck the capital overnight, killing two people, officials said.",
    "A Russian drone attack on Ukraine overnight killed two people in the capital, officials said.",
    "Russian drones hit the capital overnight and killed two people.",
])
def test_the_capital_alone_is_the_struck_countrys_capital(text: str) -> None:
    a = _one(text)
    assert _places([a]) == {"Kyiv"} and _value(a.killed) == 2


def test_the_capital_of_a_named_country_is_not_read_as_the_struck_one() -> None:
    a = _one("Russian drones hit Odesa overnight, killing two, as Zelensky travelled to the capital of Denmark.")
    assert _places([a]) == {"Odesa"}


def test_a_russian_capital_struck_is_moscow() -> None:
    a = _one("Ukrainian drones targeted the capital overnight, injuring three people, the Moscow mayor said.")
    assert _places([a]) == {"Moscow"}


@pytest.mark.parametrize("text", [
    "Russia attacked Ukraine with 300 drones overnight, killing four people in the capital, and hitting Rivne on "
    "Monday afternoon.",
    "Russian drones pounded Ukraine overnight, killing four people in Kyiv, and later striking Rivne on Monday "
    "morning.",
])
def test_a_lead_ending_on_another_citys_strike_of_the_day_tells_it_apart(text: str) -> None:
    attacks = _attacks(text, published="2026-03-03")
    kyiv = next(a for a in attacks if _places([a]) == {"Kyiv"})
    rivne = next(a for a in attacks if _places([a]) == {"Rivne"})
    assert _value(kyiv.killed) == 4 and rivne.killed is None
    assert kyiv.date is not None and (kyiv.date.start, kyiv.date.end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 3))
    assert rivne.date is not None and rivne.date.start == dt.date(2026, 3, 2)
    assert not rivne.weapons


def test_a_participle_clause_without_a_day_of_its_own_stays_one_strike() -> None:
    a = _one("Russian drones struck the Kharkiv region overnight, killing two people, and hitting Izium and Balakliia.")
    assert len(a.locations) >= 2


# --------------------------------------------------------------------------- a region beside its town; a port apart


@pytest.mark.parametrize("text, town", [
    ("In Russia's Kursk region, a drone hit a bus in Rylsk on Monday, injuring two people.", "Rylsk"),
    ("A Ukrainian drone attack on Russia's Bryansk region killed a man in the village of Klimovo on Monday.", "Klimovo"),
    ("Two people were injured in Sloviansk, Donetsk region, on Monday when a Russian glide bomb hit a street.",
     "Sloviansk"),
    ("Russian forces shelled Kherson on Monday, killing one person, according to the Kherson regional military "
     "administration.", "Kherson"),
])
def test_a_region_beside_its_town_is_no_second_place(text: str, town: str) -> None:
    a = _one(text)
    assert _places([a]) == {town}


def test_two_regions_struck_stay_two_places() -> None:
    attacks = _attacks("Russian drones struck the Sumy region and the city of Kharkiv on Monday, injuring five people.")
    assert {"Kharkiv"} <= _places(attacks) and len(_places(attacks)) == 2


def test_a_known_port_in_its_own_paragraph_after_the_regions_city_is_its_own_record() -> None:
    text = ("Russian drones attacked the Odesa region overnight, injuring two people in Odesa.\n\n"
            "In the port town of Izmail, a drone damaged a grain warehouse.")
    attacks = _attacks(text)
    assert any(_places([a]) == {"Izmail"} for a in attacks)


@pytest.mark.parametrize("text", [
    "Russian shelling of Kurylivka village in the Kupiansk district killed a woman on Monday, the governor said.",
    "A man was wounded on Monday when Russian artillery hit Kurylivka village, in the Kupiansk district.",
])
def test_a_village_named_before_its_kind_lies_in_its_districts_country(text: str) -> None:
    a = _one(text)
    assert _places([a]) == {"Kurylivka"} and a.target_country == "Ukraine" and a.locations[0].admin1 is not None


@pytest.mark.parametrize("text", [
    "Russian drones hit Dnipro overnight, injuring 14 people, among them a woman and her 5-year-old son.",
    "Russian drones hit Dnipro overnight, injuring 14 people, including a man and his teenage daughter.",
])
def test_a_child_told_as_the_kin_of_another_in_an_aside_is_a_child_count(text: str) -> None:
    a = _one(text)
    assert (_value(a.injured), _value(a.children_injured)) == (14, 1)


def test_an_adult_kin_in_an_aside_is_no_child() -> None:
    a = _one("Russian drones hit Dnipro overnight, injuring 14 people, among them a woman and her elderly mother.")
    assert a.children_injured is None


@pytest.mark.parametrize("follow", [
    "On Monday afternoon, a Russian guided bomb struck the Industrialnyi district, injuring three people.",
    "On Monday morning, a glide bomb hit the Nemyshlianskyi district, wounding three people.",
])
def test_a_district_struck_alone_on_another_day_is_the_city_told_not_the_country(follow: str) -> None:
    text = ("Russia launched 90 drones at Ukraine overnight, the air force said. In Kharkiv, drones hit a warehouse, "
            "injuring two. ") + follow
    attacks = _attacks(text, published="2026-03-03")
    bomb = next(a for a in attacks if _value(a.injured) == 3)
    assert _places([bomb]) == {"Kharkiv"} and bomb.date is not None and bomb.date.start == dt.date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "Russia launched 90 drones at Ukraine overnight, the air force said, killing two people in Kharkiv.",
    "Russia attacked Ukraine with 90 drones overnight, killing two people in Kharkiv.",
])
def test_a_barrage_on_the_country_and_a_citys_toll_are_two_records(text: str) -> None:
    attacks = _attacks(text)
    country = next(a for a in attacks if _places([a]) == {"Ukraine"})
    city = next(a for a in attacks if _places([a]) == {"Kharkiv"})
    assert [_value(w.launched) for w in country.weapons] == [90] and country.killed is None
    assert _value(city.killed) == 2 and all(w.launched is None for w in city.weapons)


def test_a_countrywide_toll_stays_with_the_barrage() -> None:
    attacks = _attacks("Russia launched 90 drones at Ukraine overnight, killing five people across the country, "
                       "including two in Kharkiv.")
    assert any(_value(a.killed) == 5 for a in attacks)


@pytest.mark.parametrize("follow, children", [
    ("Among the wounded were a man and his 6-year-old daughter.", 1),
    ("His 9-year-old son was among the injured.", 1),
    ("Among the wounded were a man and his elderly father.", None),
])
def test_a_childs_kin_among_the_wounded_is_a_child_count(follow: str, children: int | None) -> None:
    a = _one("A Russian missile hit Odesa on Monday, wounding eight people. " + follow)
    assert (_value(a.injured), _value(a.children_injured)) == (8, children)


@pytest.mark.parametrize("follow", [
    "The city itself had been targeted by 23 drones, the mayor said.",
    "The city was attacked with 23 drones, the mayor added.",
])
def test_the_citys_own_barrage_told_after_the_countrys_is_the_citys(follow: str) -> None:
    text = ("A Russian drone attack on Kharkiv overnight injured three people, the mayor said. Nationwide, Russia "
            "launched 150 drones, the air force said. ") + follow
    attacks = _attacks(text)
    city = next(a for a in attacks if _places([a]) == {"Kharkiv"})
    country = next(a for a in attacks if _places([a]) == {"Ukraine"})
    assert [_value(w.launched) for w in city.weapons] == [23]
    assert [_value(w.launched) for w in country.weapons] == [150]


@pytest.mark.parametrize("text", [
    "Russia's defence ministry reported that air defences downed 40 Ukrainian drones overnight over the Rostov region, "
    "Crimea and the Sea of Azov.",
    "Russian air defences destroyed 40 drones overnight over Krasnodar region and the Black Sea, the defence "
    "ministry said.",
])
def test_interceptions_over_named_areas_ending_on_a_sea_are_a_regional_record(text: str) -> None:
    a = _one(text)
    assert "Russia" not in _places([a]) and a.locations and a.target_country == "Russia"
    assert [_value(w.intercepted) for w in a.weapons] == [40]


def test_interceptions_over_a_list_of_regions_stay_the_countrys() -> None:
    a = _one("Russian air defences destroyed 40 drones overnight over the Rostov, Kursk and Bryansk regions, the "
             "defence ministry said.")
    assert _places([a]) == {"Russia"}

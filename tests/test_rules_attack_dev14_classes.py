"""Attack rules for the failure classes an analyst found on the unseen set dev14 (issue 13,
section B), written as concepts of war reporting (word families, both orders, other formats) and
tested with sentences written for these tests (none from seeds/ or evals/), several phrasings
each, with negatives that must not change. Published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value as _value
from summariser.records import Attack

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED)


def _types(attacks: list[Attack]) -> set[str]:
    return {w.type.value for a in attacks for w in a.weapons}


# --------------------------------------------------------------------------- B11: guns, sea drones


@pytest.mark.parametrize("text, place", [
    ("Russian batteries pounded Kostiantynivka through the night, the governor said.", "Kostiantynivka"),
    ("Heavy guns opened up on Orikhiv at dawn on Tuesday, wounding a farmer.", "Orikhiv"),
    ("Russian guns fired on Nikopol overnight, damaging three houses.", "Nikopol"),
    ("Cannon fire from Russian positions hit a school in Kupiansk on Monday, injuring two.", "Kupiansk"),
    ("Enemy howitzer batteries struck Beryslav twice on Sunday, the regional head wrote.", "Beryslav"),
])
def test_the_gun_family_is_artillery(text: str, place: str) -> None:
    (attack,) = _attacks(text)
    assert attack.kind.value == "shelling_artillery"
    assert _types([attack]) == {"artillery"}
    assert [p.name for p in attack.locations] == [place]


@pytest.mark.parametrize("text, intercepted", [
    ("The Black Sea Fleet destroyed six uncrewed boats near Novorossiysk on Monday, the ministry said.", 6),
    ("Six sea drones were destroyed off Sevastopol overnight, the governor said.", 6),
    ("The navy said its crews sank four drone boats heading for the port of Novorossiysk on Sunday.", 4),
    ("Russia said its fleet destroyed five uncrewed surface vessels heading for Sevastopol overnight.", 5),
    ("Sea drones attacked Novorossiysk harbour on Tuesday night, damaging a frigate.", None),
    ("Ukrainian naval drones rammed a tanker off Tuapse on Monday, the regional staff said.", None),
])
def test_a_sea_drone_is_one_weapon_of_type_drone(text: str, intercepted: int | None) -> None:
    # codebook 9 (ruling of 2 Dec 2026, dev34-B3): surface and underwater drones are drones
    (attack,) = _attacks(text)
    assert attack.kind.value == "air_drone_strike"
    assert [(w.type.value, _value(w.intercepted)) for w in attack.weapons] == [("drone", intercepted)]


@pytest.mark.parametrize("text", [
    "The museum displays guns from 1943.",
    "Guns fell silent after the truce.",
    "The new phone batteries last two days, the maker said.",
])
def test_guns_without_a_strike_make_no_record(text: str) -> None:
    assert _attacks(text) == []


def test_air_defence_batteries_stay_out_of_the_weapons() -> None:
    (attack,) = _attacks("Patriot batteries shot down six missiles over Kyiv on Monday.")
    assert [(w.type.value, _value(w.intercepted)) for w in attack.weapons] == [("missile", 6)]


def test_an_aerial_drone_next_to_boats_is_still_a_drone() -> None:
    (attack,) = _attacks("A drone hit a boat repair yard in Kherson on Monday, injuring a worker.")
    assert _types([attack]) == {"drone"}


# --------------------------------------------------------------------------- B6: partitive tolls


@pytest.mark.parametrize("text, killed, injured", [
    ("A missile strike on the bus depot in Kharkiv on Monday killed two of its drivers and wounded a guard.", 2, 1),
    ("Ukrzaliznytsia said one of our conductors was injured near Balakliia on Monday when a drone hit the train.",
     None, 1),
    ("Three of the plant's engineers died when the missile hit Zaporizhzhia on Tuesday.", 3, None),
    ("A drone attack on the hospital in Sumy on Monday killed one of its nurses, the governor said.", 1, None),
    ("A glide bomb hit the mine in Pokrovsk on Tuesday, killing one of the miners and injuring four of their "
     "colleagues.", 1, 4),
    ("Shelling of Kherson on Monday wounded two of the city's paramedics.", None, 2),
    ("Two of the rescue team's medics were wounded when a second drone struck Kharkiv on Sunday.", None, 2),
    ("A missile struck the grid operator's site near Lviv on Tuesday; four of its engineers were hurt.", None, 4),
    ("Russian shelling on Monday killed one of the village's two doctors in Bilozerka, the governor said.", 1, None),
])
def test_a_part_of_a_group_of_people_is_the_toll(text: str, killed: int | None, injured: int | None) -> None:
    (attack,) = _attacks(text)
    assert (_value(attack.killed), _value(attack.injured)) == (killed, injured)


def test_a_part_of_a_school_class_is_children_and_the_toll() -> None:
    (attack,) = _attacks("A drone hit a school in Sumy on Monday, wounding three of its pupils.")
    assert (_value(attack.injured), _value(attack.children_injured)) == (3, 3)


@pytest.mark.parametrize("text", [
    "One of its substations was destroyed when drones hit Odesa on Monday.",
    "Two of the drones were downed over Poltava on Monday.",
    "Drones hit Odesa on Monday; two of its districts lost power.",
])
def test_a_part_of_things_is_no_toll(text: str) -> None:
    assert all(a.killed is None and a.injured is None for a in _attacks(text))


# --------------------------------------------------------------------------- B4: postposed asides


@pytest.mark.parametrize("text, field, whole, children", [
    ("Shelling wounded nine people in Huliaipole on Monday, a boy of 15 among them.", "injured", 9, 1),
    ("Eleven were hurt in Sloviansk on Monday when a missile hit, two teenagers among the injured.", "injured", 11, 2),
    ("A drone hit a bus in Kherson on Monday, injuring five passengers, a girl of 11 among them.", "injured", 5, 1),
    ("Seven people were wounded when a glide bomb hit Kramatorsk on Monday, three children among them.",
     "injured", 7, 3),
    ("A missile strike on Dnipro on Tuesday injured four people, two girls aged 9 and 11 among them.", "injured", 4, 2),
    ("Drones struck Kharkiv on Monday, wounding eight residents, a 10-year-old girl among them.", "injured", 8, 1),
    ("A missile killed five people in Odesa on Tuesday, a boy of 14 among the dead.", "killed", 5, 1),
])
def test_a_person_named_before_among_them_is_part_of_the_toll(text: str, field: str, whole: int,
                                                              children: int) -> None:
    (attack,) = _attacks(text)
    assert (_value(getattr(attack, field)), _value(getattr(attack, f"children_{field}"))) == (whole, children)


@pytest.mark.parametrize("text, killed, injured", [
    ("A missile strike on Dnipro on Tuesday injured four, a pensioner of 81 included.", None, 4),
    ("A missile killed five people in Odesa on Tuesday, a woman of 70 among the dead.", 5, None),
    ("A woman of 40 was injured when drones hit Odesa on Monday.", None, 1),
    ("A total of 15 people were injured when drones hit Odesa on Monday.", None, 15),
    ("A drone hit Sumy on Monday, injuring three people. Among them were volunteers from Poland.", None, 3),
])
def test_an_adult_aside_or_an_age_adds_no_person(text: str, killed: int | None, injured: int | None) -> None:
    (attack,) = _attacks(text)
    assert (_value(attack.killed), _value(attack.injured)) == (killed, injured)
    assert attack.children_injured is None and attack.children_killed is None


def test_a_child_of_a_separate_clause_is_no_part_and_its_age_no_count() -> None:
    (attack,) = _attacks("Two were killed and a boy of 15 was injured when shells hit Nikopol on Monday.")
    assert (_value(attack.killed), _value(attack.children_injured)) == (2, 1)
    assert _value(attack.injured) != 15


# --------------------------------------------------------------------------- B5: all but N, verb first


@pytest.mark.parametrize("text, launched, intercepted", [
    ("Russia launched 131 Shahed-type drones at Ukraine overnight, and the air force said that it had shot down "
     "or suppressed with electronic warfare all but 14 of the drones.", 131, 117),
    ("Russia sent 60 drones at Odesa overnight and its air defences brought down every one save five.", 60, 55),
    ("Of the 44 missiles fired at Ukraine overnight, air defence crews shot down or diverted by electronic means "
     "all except six, the air force said.", 44, 38),
    ("The navy said it had sunk every one save two of the 19 sea drones that approached Sevastopol overnight.",
     19, 17),
    ("Russia launched 131 drones at Ukraine overnight, and defenders jammed or shot down all but 14 of them, the "
     "air force said.", 131, 117),
    ("Of the 88 Shaheds sent over Sumy overnight, crews shot down or disabled all except seven.", 88, 81),
    ("The air force said mobile groups had downed or jammed all but 12 of the 95 drones Russia launched "
     "overnight.", 95, 83),
    ("Gunners destroyed all but three of the 40 missiles Russia fired at western Ukraine on Monday.", 40, 37),
    ("Russia launched 70 drones at Ukraine overnight, all but nine of which were shot down.", 70, 61),
])
def test_all_but_n_is_read_with_the_downing_verb_on_either_side(text: str, launched: int, intercepted: int) -> None:
    (attack,) = _attacks(text)
    assert [(_value(w.launched), _value(w.intercepted)) for w in attack.weapons] == [(launched, intercepted)]


@pytest.mark.parametrize("text, intercepted", [
    ("Russia launched 30 drones at Kharkiv overnight; crews downed all but a handful of the drones.", None),
    ("Russia launched 12 drones at Kyiv overnight; crews downed all 12 drones.", 12),
])
def test_all_without_an_exception_number(text: str, intercepted: int | None) -> None:
    (attack,) = _attacks(text)
    assert [_value(w.intercepted) for w in attack.weapons] == [intercepted]


# --------------------------------------------------------------------------- B8: accusations


@pytest.mark.parametrize("text", [
    "At the council, the Russian envoy accused Ukraine of shelling the Enerhodar substation.",
    "Moscow's delegate charged Kyiv with attacking the Kursk nuclear plant with drones.",
    "In his speech the ambassador blamed Kyiv for drone strikes on Belgorod.",
    "Russia's representative accused Ukrainian forces of repeatedly shelling the Zaporizhzhia nuclear plant.",
    "The Kremlin accused Ukraine of launching drones at the Kursk plant.",
    "Nebenzia blamed the Ukrainian military for the shelling of Donetsk.",
    "Kyiv's envoy accused Russia of targeting the Odesa port with missiles.",
    "The delegate condemned Ukraine for attacks on Horlivka.",
])
def test_an_undated_accusation_tells_no_strike(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text, place, killed", [
    ("Ukraine shelled the substation in Enerhodar on Monday, Russia said.", "Enerhodar", None),
    ("Russia accused Ukraine of shelling Enerhodar on Monday, killing two workers.", "Enerhodar", 2),
    ("Ukraine blamed Russia for a drone attack on Odesa overnight that damaged a school.", "Odesa", None),
    ("A missile hit a school in Sumy on Monday, killing four. Kyiv blamed Moscow for the strike on Sumy.", "Sumy", 4),
])
def test_a_dated_claim_or_a_strike_told_apart_stays(text: str, place: str, killed: int | None) -> None:
    (attack,) = _attacks(text)
    assert ([p.name for p in attack.locations], _value(attack.killed)) == ([place], killed)


def test_an_accusation_beside_a_reported_strike_adds_no_record() -> None:
    text = ("The Security Council met on Ukraine on Monday. Russian missiles hit Kharkiv overnight, killing three, "
            "the UN relief chief said. The Russian envoy accused Ukraine of shelling the Zaporizhzhia plant.")
    (attack,) = _attacks(text)
    assert [p.name for p in attack.locations] == ["Kharkiv"]


# --------------------------------------------------------------------------- B7: habit, history, geography


@pytest.mark.parametrize("text, place, types", [
    ("Kramatorsk, often hit by glide bombs, lost power again on Friday after a drone struck a substation.",
     "Kramatorsk", {"drone"}),
    ("Odesa, a frequent target of Russian missiles and drones, came under drone attack on Monday night.",
     "Odesa", {"drone"}),
    ("Odesa, regularly struck by Russian missiles, was hit by drones on Sunday night.", "Odesa", {"drone"}),
    ("Russia launched drones at Sumy on Monday; the city, often shelled with artillery, lost power.", "Sumy",
     {"drone"}),
])
def test_a_habitual_aside_lends_no_weapon(text: str, place: str, types: set[str]) -> None:
    (attack,) = _attacks(text)
    assert ([p.name for p in attack.locations], _types([attack])) == ([place], types)


@pytest.mark.parametrize("text, place", [
    ("Shells hit Nikopol on Monday, a town which faces Enerhodar across the Dnipro, wounding a man.", "Nikopol"),
    ("Russian artillery struck Marhanets on Tuesday, which lies across the reservoir from Enerhodar.", "Marhanets"),
    ("A drone hit Kherson's Korabel district on Monday, which overlooks Oleshky on the far bank.", "Kherson"),
])
def test_a_geographic_relative_clause_names_no_place_hit(text: str, place: str) -> None:
    (attack,) = _attacks(text)
    assert [p.name for p in attack.locations] == [place]


@pytest.mark.parametrize("text", [
    "The fleet moved its frigates to Novorossiysk after repeated missile strikes on Crimea.",
    "Sevastopol has repeatedly come under missile attack since the navy moved its ships away.",
    "The port, which became a target after the grain deal collapsed, handled three ships on Tuesday.",
])
def test_history_alone_makes_no_record(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text, intercepted", [
    ("Kramatorsk was hit by a glide bomb on Friday.", None),
    ("Since midnight, 12 drones have been downed over the Kyiv region, the governor said on Monday.", 12),
])
def test_a_strike_or_a_dated_tally_is_no_habit(text: str, intercepted: int | None) -> None:
    (attack,) = _attacks(text)
    assert [_value(w.intercepted) for w in attack.weapons] == [intercepted]


# --------------------------------------------------------------------------- B10: a region that qualifies


@pytest.mark.parametrize("text, places", [
    ("Missiles hit a substation in the Myrhorod district, Poltava oblast, on Monday.", ["Myrhorod district"]),
    ("A drone hit a farm in the Okhtyrka district of the Sumy region on Monday, injuring a man.",
     ["Okhtyrka district"]),
    ("Shelling hit the Nikopol district of the Dnipropetrovsk region on Monday, wounding two.",
     ["Nikopol district"]),
    ("Drones set fire to the Syzran refinery, Samara oblast, on Tuesday night.", ["Syzran"]),
    ("Drones struck the Novokuibyshevsk refinery in the Samara region on Monday.", ["Novokuybyshevsk"]),
    ("Drones hit the Afipsky refinery in the Krasnodar region on Sunday.", ["Afipsky"]),
    ("Drones attacked the Kstovo refinery in the Nizhny Novgorod region overnight on Tuesday.", ["Kstovo"]),
])
def test_a_region_after_a_smaller_place_only_qualifies_it(text: str, places: list[str]) -> None:
    (attack,) = _attacks(text)
    assert [p.name for p in attack.locations] == places


@pytest.mark.parametrize("text, places", [
    ("Drones hit Poltava and the Kremenchuk district on Monday.", ["Poltava", "Kremenchuk district"]),
    ("Drones struck the Lukoil refinery in the Volgograd region on Monday.", ["Volgograd Oblast"]),
    ("Drones hit an oil depot in the Rostov region on Monday.", ["Rostov Oblast"]),
    ("The Samara region governor said drones hit a plant in Syzran on Monday.", ["Syzran"]),
])
def test_two_places_an_owner_or_a_speaker_stay_as_they_are(text: str, places: list[str]) -> None:
    (attack,) = _attacks(text)
    assert [p.name for p in attack.locations] == places


# --------------------------------------------------------------------------- B2: a heading line's section


_FACTBOX = ("Russia struck five Ukrainian regions overnight with drones and missiles, officials said on Tuesday.\n\n"
            "{h1}\n\n{p1}\n\n{h2}\n\n{p2}")


@pytest.mark.parametrize("h1, p1, h2, p2, places", [
    ("POLTAVA", "Drones hit a gas processing plant, the governor said.",
     "ODESA", "Missiles hit the port area, injuring three dock workers.", {"Poltava", "Odesa"}),
    ("Zaporizhzhia", "The city was struck again before dawn, when a missile damaged a tram depot.",
     "MYKOLAIV", "Late on Monday, wreckage of a drone dropped onto the port, the governor said.",
     {"Zaporizhzhia", "Mykolaiv"}),
    ("CHERNIHIV", "A drone crashed onto a storage hangar near the city centre, injuring a guard.",
     "SUMY REGION", "Shelling damaged a school in the town of Shostka.", {"Chernihiv", "Shostka"}),
])
def test_a_heading_line_is_the_place_of_its_section(h1: str, p1: str, h2: str, p2: str, places: set[str]) -> None:
    attacks = _attacks(_FACTBOX.format(h1=h1, p1=p1, h2=h2, p2=p2))
    assert places <= {p.name for a in attacks for p in a.locations}


def test_a_heading_that_is_no_place_ends_the_section_place() -> None:
    text = ("Russian strikes hit the east on Monday, officials said.\n\nKHARKIV\n\nA glide bomb hit Kupiansk on "
            "Monday, injuring four.\n\nECONOMY\n\nMissile strikes have cut power output by a third, the grid "
            "operator said.")
    assert {p.name for a in _attacks(text) for p in a.locations} == {"Kupiansk"}


# --------------------------------------------------------------------------- B3: a list after a colon or dash


def _by_type(attack: Attack) -> dict[str, tuple[int | None, int | None]]:
    return {w.type.value: (_value(w.launched), _value(w.intercepted)) for w in attack.weapons}


@pytest.mark.parametrize("text, expected", [
    ("Overnight 96 means of air attack were directed at Ukraine: 80 drones, 12 Kalibrs and four Kinzhals, the air "
     "force said.", {"other": (96, None), "drone": (80, None), "cruise_missile": (12, None),
                     "ballistic_missile": (4, None)}),
    ("In total, 143 aerial weapons were aimed at Ukraine overnight: 131 Shahed drones, eight Kh-101 missiles and "
     "four Iskander-M.", {"other": (143, None), "drone": (131, None), "cruise_missile": (8, None),
                                             "ballistic_missile": (4, None)}),
    ("The enemy aimed 57 weapons at the Lviv region overnight - 50 Gerbera decoys and seven cruise missiles.",
     {"decoy_drone": (50, None), "cruise_missile": (7, None)}),
    ("Russia launched a combined strike on Ukraine overnight \u2014 64 drones and five Kalibr missiles, the air "
     "force said.", {"drone": (64, None), "cruise_missile": (5, None)}),
])
def test_a_list_after_a_colon_or_dash_shares_the_verb_before_it(
        text: str, expected: dict[str, tuple[int | None, int | None]]) -> None:
    (attack,) = _attacks(text)
    got = _by_type(attack)
    assert {k: got.get(k) for k in expected} == expected


def test_an_intercepted_list_shares_the_interception() -> None:
    (attack,) = _attacks("Russia attacked Kyiv overnight, and air defences downed 40 drones: 25 Shaheds and 15 Gerberas.")
    got = _by_type(attack)
    assert got.get("decoy_drone") == (None, 15)


@pytest.mark.parametrize("text", [
    "Repairs will cost a lot: 3 million hryvnias for lines after drones hit Kharkiv on Monday.",
    "Of the drones, 40 were downed overnight over Ukraine: 25 over Kyiv and 15 over Chernihiv.",
])
def test_a_list_of_no_weapons_gets_no_launch(text: str) -> None:
    assert all(w.launched is None for a in _attacks(text) for w in a.weapons)

"""Attack rules for the failure classes an analyst found on the unseen set dev16 (issue 13,
section B), written as concepts of war reporting (word families, both orders, other formats) and
tested with sentences written for these tests (none from seeds/ or evals/), several phrasings
each, with negatives that must not change. Published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value as _value
from summariser.records import Attack

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED, grounded=True)


def _toll(attack: Attack) -> tuple[int | None, int | None]:
    return _value(attack.killed), _value(attack.injured)


# --------------------------------------------------------------------------- B5: explicit zeros


@pytest.mark.parametrize("text, toll", [
    ("A drone hit a shed in Brovary overnight. Nobody was injured there, the mayor added.", (None, 0)),
    ("Shells fell on Kupiansk at dawn, the administration said, adding that no one had been killed or hurt.", (0, 0)),
    ('A missile struck a warehouse in Pavlohrad on Tuesday. "There were no casualties," the governor wrote.', (0, 0)),
    ("Drones attacked a substation near Shostka overnight; no injuries were reported.", (None, 0)),
    ("A glide bomb damaged a school in Kostiantynivka on Monday. No one was killed, officials said.", (0, None)),
    ("Russian drones set a grain silo ablaze in Izmail before dawn.\n\nThere were no immediate reports of "
     "casualties, but the fire burned for hours, the port authority said.", (None, None)),
    ("A Ukrainian drone crashed into a garage in Kursk on Sunday. Nobody was hurt, the governor wrote on Telegram.",
     (None, 0)),
    ("Missiles hit an energy facility near Sarny overnight. The roof caught fire. No one was harmed, the operator said.",
     (0, 0)),
])
def test_a_nil_in_or_right_after_the_strike_is_a_zero(text: str, toll: tuple[int | None, int | None]) -> None:
    (attack,) = _attacks(text)
    assert _toll(attack) == toll


@pytest.mark.parametrize("text, toll", [
    ("A drone hit a house in Irpin overnight, injuring two. No one was killed, the mayor said.", (0, 2)),
    ("Shelling wounded three people in Nikopol on Monday; nobody died, the governor said.", (0, 3)),
])
def test_a_nil_of_one_role_keeps_the_other_count(text: str, toll: tuple[int | None, int | None]) -> None:
    (attack,) = _attacks(text)
    assert _toll(attack) == toll


def test_a_nil_after_another_place_is_that_place_s() -> None:
    attacks = _attacks("A drone hit a warehouse in Brovary overnight. In Bucha, nobody was hurt when debris fell on a road.")
    by_place = {a.locations[0].name: _toll(a) for a in attacks}
    assert by_place["Brovary"] == (None, None)


def test_a_nil_limited_to_a_group_is_no_zero() -> None:
    # codebook rule 6 (3 December 2026): part of those the strike could hurt fills nothing; the struck
    # site's own staff or crew would be its zero (tests/test_rules_r16_events.py)
    (attack,) = _attacks("A missile hit a railway depot in Myrhorod overnight, damaging tracks. There were no casualties among the firefighters who came.")
    assert _toll(attack) == (None, None)


def test_a_nil_after_a_second_strike_is_not_the_first_s() -> None:
    text = ("Drones struck a depot in Uman overnight, injuring four. Separately, a missile hit a bridge near Zolotonosha; "
            "no one was hurt there.")
    by_place = {a.locations[0].name: _toll(a) for a in _attacks(text)}
    assert by_place["Uman"] == (None, 4)


# --------------------------------------------------------------------------- B1: a containing region is admin1


def _places(attack: Attack) -> list[tuple[str, str | None]]:
    return [(p.name, p.admin1) for p in attack.locations]


@pytest.mark.parametrize("text, places", [
    # a region frame before a known locality
    ("In the Kursk region, debris of a downed drone hit a barn in Lgov, the governor said.", [("Lgov", "Kursk Oblast")]),
    ("In Russia's Belgorod region, a drone fell on a farm on the outskirts of Shebekino overnight.",
     [("Shebekino", "Belgorod Oblast")]),
    # an apposition after the town ("a town of / in the X region"), a spelling the pattern misses, a homonym
    ("A blaze broke out at a depot in Novokuibyshevsk, an industrial town of the Samara region, after a drone raid.",
     [("Novokuybyshevsk", "Samara Oblast")]),
    ("A drone hit a house in Zolochiv, a town in the Kharkiv region, on Monday.", [("Zolochiv", "Kharkiv Oblast")]),
    # an official's title with a modifier, before or after the strike
    ("A drone crashed into a garage at the edge of Fastiv, said the governor of the wider Kyiv region.",
     [("Fastiv", "Kyiv Oblast")]),
    ("Shelling hit Vovchansk, the governor of the surrounding Kharkiv region said.", [("Vovchansk", "Kharkiv Oblast")]),
    ("The governor of Russia's Bryansk region reported that a drone hit a car near the border town of Klintsy.",
     [("Klintsy", "Bryansk Oblast")]),
    # a frame before a district of the region
    ("In the Kharkiv region, drones damaged a school in the Kupiansk district overnight.",
     [("Kupiansk district", "Kharkiv Oblast")]),
])
def test_a_region_beside_its_own_locality_is_only_its_admin1(text: str, places: list[tuple[str, str]]) -> None:
    (attack,) = _attacks(text)
    assert _places(attack) == places


# dev20 B10 (the dev14 B10 ruling, rule 10 practice): a fronted frame leaves the locality alone,
# known to the gazetteer or not; the region is its admin1, no second place
@pytest.mark.parametrize("text, places", [
    ("In the Oryol region, debris of a downed drone hit a barn in Znamenka, the governor said.",
     [("Znamenka", "Oryol Oblast")]),
    ("In Russia's Tambov region, a drone fell on a farm on the edge of Sosnovka overnight.",
     [("Sosnovka", "Tambov Oblast")]),
    ("In the Zaporizhzhia region, a guided bomb destroyed a shop near Malokaterynivka on Friday.",
     [("Malokaterynivka", "Zaporizhzhia Oblast")]),
])
def test_an_unknown_locality_in_a_region_frame_is_a_town_of_that_region(text: str, places: list[tuple[str, str]]) -> None:
    """A name the gazetteer lacks is read as a town of the frame's region; the region stays
    beside it (the name may be misread), so the record stays placed."""
    (attack,) = _attacks(text)
    assert sorted(_places(attack)) == sorted(places)


@pytest.mark.parametrize("text, places", [
    ("Drones struck three villages in the Kharkiv region overnight.", [("Kharkiv Oblast", "Kharkiv Oblast")]),
    ("The governor of the Lipetsk region reported that drones attacked overnight, injuring two.",
     [("Lipetsk Oblast", "Lipetsk Oblast")]),
    ("In the Sumy region, Russian guns shelled 11 settlements on Tuesday, the regional administration said.",
     [("Sumy Oblast", "Sumy Oblast")]),
])
def test_a_region_with_no_locality_of_its_own_stays_the_place(text: str, places: list[tuple[str, str]]) -> None:
    (attack,) = _attacks(text)
    assert _places(attack) == places


# --------------------------------------------------------------------------- B9: "one of them a 9-year-old"


def _children(attack: Attack) -> tuple[int | None, int | None]:
    return _value(attack.children_killed), _value(attack.children_injured)


@pytest.mark.parametrize("text, children", [
    ("The missile killed five people in Sumy, one of them a 9-year-old boy.", (1, None)),
    ("A glide bomb injured four people in Kupiansk on Monday, one of whom was an eight-year-old.", (None, 1)),
    ("A drone hit a bus in Kherson, injuring seven passengers, one of them a 16-year-old, the governor said.", (None, 1)),
    ("Shelling wounded eight residents of Kherson, two of whom were teenagers.", (None, 2)),
    ("A drone killed three villagers near Izium, one of them a schoolgirl.", (1, None)),
    ("Russian missiles killed six people in Odesa overnight, one of them an 11-year-old girl, the mayor said.", (1, None)),
    ("Artillery fire wounded three people in Beryslav on Friday, one of whom was a two-year-old.", (None, 1)),
    ("A guided bomb killed two men and wounded five people in Kostiantynivka, one of them a 15-year-old boy.", (None, 1)),
])
def test_one_of_them_a_child_by_age_or_noun_is_a_child_of_that_toll(text: str, children: tuple[int | None, int | None]) -> None:
    (attack,) = _attacks(text)
    assert _children(attack) == children


@pytest.mark.parametrize("text", [
    "Two soldiers died in Kramatorsk when a missile hit, one of them a 19-year-old conscript.",
    "Missiles killed 11 people in Kryvyi Rih, one of them a 52-year-old teacher.",
    "A drone wounded four people in Sumy, one of them an 18-year-old student.",
])
def test_one_of_them_an_adult_is_no_child(text: str) -> None:
    (attack,) = _attacks(text)
    assert _children(attack) == (None, None)


# --------------------------------------------------------------------------- B11 (dev17 B10): no attacker named


@pytest.mark.parametrize("text, attacker", [
    # a wire of one side telling a strike on the other side's city, no attacker named
    ("Ukrainian drones attacked Belgorod overnight, the governor said. In Kharkov, drones struck a power "
     "substation, the mayor said.", {"Belgorod": "Ukraine", "Kharkiv": "Russia"}),
    ("Russian missiles hit Dnipro on Monday, killing two. Explosions were heard in Belgorod and a drone hit a "
     "parking lot.", {"Dnipro": "Russia", "Belgorod": "Ukraine"}),
    ("MOSCOW - In Kherson, a drone set fire to a bus depot, the mayor said.", {"Kherson": "Russia"}),
    ("A missile hit a warehouse in Bryansk on Tuesday, the governor said.", {"Bryansk": "Ukraine"}),
    ("Shelling damaged a clinic in Nikopol on Sunday, the regional head wrote.", {"Nikopol": "Russia"}),
    ("Russian troops shelled Kupiansk on Monday. A drone hit a heating plant in Kursk the same day.",
     {"Kupiansk": "Russia", "Kursk": "Ukraine"}),
    ("Ukraine's drones hit a depot near Voronezh overnight. Debris of a drone fell on a house in Kursk, the governor said.",
     {"Voronezh": "Ukraine", "Kursk": "Ukraine"}),
    ("A Ukrainian shell hit a market in Donetsk on Friday.", {"Donetsk": "Ukraine"}),
])
def test_with_no_attacker_named_the_attacker_is_the_target_s_opponent(text: str, attacker: dict[str, str]) -> None:
    got = {a.locations[0].name: a.attacker for a in _attacks(text) if a.locations}
    assert {k: got.get(k) for k in attacker} == attacker


# --------------------------------------------------------------------------- B10 (dev17 B11): "that night", "on the same day"


def _dates(attacks: list[Attack]) -> dict[str, tuple[str, str] | None]:
    return {(a.locations[0].name if a.locations else "-"): (a.date and (str(a.date.start), str(a.date.end)))
            for a in attacks}


@pytest.mark.parametrize("text, place, span", [
    ("Ukraine and Russia swapped 80 captives on Sunday. On the same day, shelling wounded two in Huliaipole.",
     "Huliaipole", ("2026-03-01", "2026-03-01")),
    ("The envoy arrived in Kyiv on 3 February. Later that day, drones struck Sumy, injuring one.",
     "Sumy", ("2026-02-03", "2026-02-03")),
    ("On the night of 9-10 February drones hit Odesa. A dock burned. That same night Russia launched 70 drones "
     "across Ukraine.", "Ukraine", ("2026-02-09", "2026-02-10")),
    ("Talks in Geneva ended on Monday 2 March. A glide bomb hit Kupiansk that day, killing a man.",
     "Kupiansk", ("2026-03-02", "2026-03-02")),
    ("Zelensky met Macron in Paris on 27 February. The president said more help was needed. The same day a "
     "missile struck a school in Kharkiv, wounding three.", "Kharkiv", ("2026-02-27", "2026-02-27")),
    ("On 1 March a drone attack cut power in Mykolaiv. Repair crews worked for hours. Russian guns also shelled "
     "Kherson later that day, the governor said.", "Kherson", ("2026-03-01", "2026-03-01")),
    ("Prisoners came home on 28 February after a swap. On that same day, artillery shelled Nikopol, wounding a woman.",
     "Nikopol", ("2026-02-28", "2026-02-28")),
    ("Kyiv hosted a summit on 25 February. That evening, a drone crashed into a house in Brovary.",
     "Brovary", ("2026-02-25", "2026-02-25")),
])
def test_the_same_day_is_the_day_told_before(text: str, place: str, span: tuple[str, str]) -> None:
    assert _dates(_attacks(text)).get(place) == span


def test_the_same_day_a_year_back_is_no_day_told_before() -> None:
    text = "Drones hit Odesa on Monday. On the same day last year a missile struck Izmail, killing four."
    assert _dates(_attacks(text)).get("Izmail") != ("2026-03-02", "2026-03-02")


# --------------------------------------------------------------------------- dev17 B3 (dev16 B9 family): "Among the wounded were <child>, <adult>"


@pytest.mark.parametrize("text, children", [
    ("A drone hit Kherson on Monday, wounding four. Among the wounded were a nine-year-old boy, then his uncle.", (None, 1)),
    ("Shelling killed three people in Nikopol on Sunday. Among the dead were a teenage girl, her mother and a neighbour.",
     (1, None)),
    ("A drone hit a bus in Kherson, wounding five. Among those hurt was a 10-year-old girl.", (None, 1)),
    ("Missiles struck Odesa overnight, injuring six. Among the injured were a baby and two pensioners.", (None, 1)),
    ("A glide bomb killed two people in Kostiantynivka on Friday. Among the dead was a little boy.", (1, None)),
    ("Artillery wounded seven in Beryslav on Monday; among the wounded are a teenager and three women.", (None, 1)),
    ("A drone hit Sumy, wounding four. Among the injured were a 14-year-old girl and her grandmother.", (None, 1)),
])
def test_among_the_role_were_a_child_is_a_child_of_that_role(text: str, children: tuple[int | None, int | None]) -> None:
    (attack,) = _attacks(text)
    assert _children(attack) == children


@pytest.mark.parametrize("text", [
    "A missile struck Sumy on Tuesday, injuring nine. Among the injured were two medics and a driver.",
    "Shelling killed two in Kherson. Among the dead were a 70-year-old man and his wife.",
])
def test_among_the_role_were_adults_is_no_child(text: str) -> None:
    (attack,) = _attacks(text)
    assert _children(attack) == (None, None)


# --------------------------------------------------------------------------- dev17 B4: the MoD register's precision weapons


def _types(attacks: list[Attack]) -> set[str]:
    return {w.type.value for a in attacks for w in a.weapons}


@pytest.mark.parametrize("text, types", [
    ("The armed forces carried out a massive strike with sea-based precision weapons and attack drones on energy "
     "sites in the Odesa region overnight.", {"missile", "drone"}),
    ("Russian troops delivered a combined strike on fuel depots in the Kharkiv region using high-precision "
     "long-range weapons and drones.", {"missile", "drone"}),
    ("Overnight, Russia struck a substation in Sumy with precision-guided munitions.", {"missile"}),
    ("Russian forces hit a rail depot in Kovel with high-precision weapons on Tuesday, the ministry in Moscow said.",
     {"missile"}),
    ("Air-launched precision weapons and Geran drones struck a power plant in Burshtyn overnight.", {"missile", "drone"}),
    ("Ukraine's army hit an ammunition store in Belgorod with precision munitions overnight.", {"missile"}),
])
def test_precision_weapons_are_missiles_of_no_named_type(text: str, types: set[str]) -> None:
    attacks = _attacks(text)
    assert attacks and _types(attacks) == types


@pytest.mark.parametrize("text", [
    "The West supplied precision weapons to Kyiv on Monday.",
    "Officials discussed a long-range weapons programme in Berlin.",
])
def test_precision_weapons_without_a_strike_are_no_record(text: str) -> None:
    assert _attacks(text) == []


# --------------------------------------------------------------------------- dev17 B7: "..., along with M <weapon>"


def _figures(attacks: list[Attack]) -> dict[str, tuple[int | None, int | None]]:
    return {w.type.value: (_value(w.launched), _value(w.intercepted)) for a in attacks for w in a.weapons}


@pytest.mark.parametrize("text, weapon, figures", [
    ("Moscow fired 60 drones at Odesa overnight, along with four Kh-101 cruise missiles.", "cruise_missile", (4, None)),
    ("Crews shot down 35 drones over Kharkiv, as well as two guided bombs.", "glide_bomb", (None, 2)),
    ("The enemy sent 80 Shaheds at Lviv overnight, together with three Iskanders.", "ballistic_missile", (3, None)),
    ("Russia launched 40 drones at Dnipro overnight, plus six ballistic missiles, the air force said.",
     "ballistic_missile", (6, None)),
    ("Russian troops fired 18 drones at Kherson on Sunday, as well as four guided bombs, the governor said.",
     "glide_bomb", (4, None)),
    ("Russia attacked Zaporizhzhia with 25 drones on Monday, as well as two Iskander missiles.",
     "ballistic_missile", (2, None)),
])
def test_a_second_weapon_joined_after_the_verb_takes_its_role(text: str, weapon: str,
                                                              figures: tuple[int | None, int | None]) -> None:
    assert _figures(_attacks(text)).get(weapon) == figures


@pytest.mark.parametrize("text, figures", [
    ("Russia launched 50 drones at Kyiv, along with a propaganda campaign.", {"drone": (50, None)}),
    ("Russia fired 30 drones at Sumy overnight, damaging a school as well as two shops.", {"drone": (30, None)}),
])
def test_no_count_or_no_weapon_after_the_link_changes_nothing(text: str, figures: dict[str, tuple[int | None, int | None]]) -> None:
    assert _figures(_attacks(text)) == figures


# --------------------------------------------------------------------------- B6: a wave told by a measure of its size


@pytest.mark.parametrize("text, figures", [
    ("Radar data put the raid on Kyiv at 212 Shahed drones and six Kalibr missiles.",
     {"drone": (212, None), "cruise_missile": (6, None)}),
    ("Officials estimated the overnight barrage on Kharkiv at some 90 drones.", {"drone": (90, None)}),
    ("The attack on Lviv totalled 55 drones and 14 missiles, the air force said.",
     {"drone": (55, None), "missile": (14, None)}),
    ("The air force pegged the night's assault on Odesa at 48 drones.", {"drone": (48, None)}),
    ("The strike on Dnipro was put at 30 drones and two Iskander missiles, the regional head said.",
     {"drone": (30, None), "ballistic_missile": (2, None)}),
    ("Monitors estimated the size of the raid on Poltava at 25 Geran drones.", {"drone": (25, None)}),
])
def test_a_measure_of_the_wave_is_a_launch(text: str, figures: dict[str, tuple[int | None, int | None]]) -> None:
    assert _figures(_attacks(text)) == figures


@pytest.mark.parametrize("text", [
    "The mayor put the damage in Odesa at 40 million hryvnias after a drone attack.",
    "Regional officials put the toll of the drone strike on Sumy at nine dead.",
])
def test_a_measure_of_something_else_is_no_launch(text: str) -> None:
    assert all(f == (None, None) for f in _figures(_attacks(text)).values())

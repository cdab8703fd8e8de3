"""Round 18 (dev34 B1, B2, B4, B7; dev33 A3, A8): where a place's scope is told. Sentences written
for these tests, in several phrasings, with near misses; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value
from summariser.records import Attack

_attacks = AttackProbe()


def _names(a: Attack) -> list[str]:
    return [p.name for p in a.locations]


def _downed(a: Attack) -> list[int | None]:
    return [w.intercepted.value if w.intercepted else None for w in a.weapons]


# ------------------------------------------------ dev34-B4: "over N regions, including A and B"

@pytest.mark.parametrize("text, downed", [
    ("52 drones were downed over six regions, including the Tula and Kaluga regions.", 52),
    ("Air defence destroyed 30 UAVs over eight regions overnight, among them Lipetsk and Voronezh.", 30),
    ("Over nine regions, in particular Belgorod, Kursk and Bryansk, 41 drones were shot down.", 41),
    ("Russian air defences intercepted 27 drones across several regions, notably the Oryol region.", 27),
])
def test_regions_named_as_examples_of_a_counted_set_are_the_country_tally(text: str, downed: int) -> None:
    a = _attacks.one(text)
    assert _names(a) == ["Russia"] and _downed(a) == [downed]


def test_regions_struck_with_their_own_consequences_stay_places() -> None:
    attacks = _attacks("Drones hit Tula overnight, and the Kaluga governor reported a fire at a fuel depot.")
    assert not any(_names(a) == ["Russia"] for a in attacks)


# ------------------------------------------------ dev34-B1: a district tally named for the struck town

@pytest.mark.parametrize("text, town, downed", [
    ("A Ukrainian drone set a fuel depot in Klintsy on fire overnight, the governor said. \"Air defence destroyed "
     "nine aircraft-type UAVs over the Klintsy district. Nobody was hurt,\" he wrote.", "Klintsy", 9),
    ("Drones set a warehouse in Rylsk ablaze late on Sunday. Over the Rylsk district alone, 12 UAVs were "
     "intercepted, according to the governor.", "Rylsk", 12),
    ("Drones attacked an oil pumping station near Unecha overnight. Six drones were shot down above the Unecha "
     "district, the governor said; there were no casualties.", "Unecha", 6),
])
def test_a_district_tally_named_for_the_struck_town_is_the_towns(text: str, town: str, downed: int) -> None:
    a = _attacks.one(text)
    assert _names(a) == [town] and _downed(a) == [downed]


def test_a_district_whose_town_was_not_told_stays_apart() -> None:
    attacks = _attacks("A drone hit a depot in Klintsy overnight. Air defence destroyed seven drones over the "
                       "Starodub district, the governor said.")
    assert all("Klintsy district" not in _names(a) for a in attacks)


# ------------------------------------------------ dev33-A3: the head of the X district speaks, not a place hit

@pytest.mark.parametrize("text", [
    "A drone struck an oil depot in Tuapse overnight. The head of the Tuapse district said residents had heard "
    "several blasts at about 3 a.m.",
    "Drones set a refinery in Novorossiysk on fire before dawn. Explosions were heard around 4 a.m., the chief "
    "of the Novorossiysk district wrote.",
])
def test_the_seat_in_an_officials_title_opens_no_second_record(text: str) -> None:
    a = _attacks.one(text)
    assert not any("district" in n for n in _names(a))


def test_an_official_of_the_district_telling_another_place_hit_keeps_that_place() -> None:
    attacks = _attacks("Drones set a refinery in Tuapse on fire before dawn. The head of the Tuapse district "
                       "said a second drone hit a school in Dzhubga.")
    assert any(_names(a) == ["Dzhubga"] for a in attacks)
    assert not any("Tuapse district" in _names(a) for a in attacks)


# ------------------------------------------------ dev34-B2: a ranked place, then its strike by an anaphor

@pytest.mark.parametrize("text, town", [
    ("Worst affected was Esman. Shortly after noon, Russian jets dropped a KAB on the village, killing a farmer.",
     "Esman"),
    ("The hardest hit was Hlukhiv. Enemy jets dropped a glide bomb on the town centre. Two people were "
     "killed there.", "Hlukhiv"),
    ("Shostka bore the brunt on Sunday. Artillery hit the town twice, wounding three people.", "Shostka"),
    ("The hardest-hit community was Myropillia. Around 9 a.m. a drone struck a shop in the settlement, wounding "
     "two women.", "Myropillia"),
])
def test_a_ranked_place_is_the_place_of_the_strike_told_next(text: str, town: str) -> None:
    a = _attacks.one(text)
    assert _names(a) == [town] and (count_value(a.killed) or count_value(a.injured))


def test_a_ranking_of_a_region_names_no_locality() -> None:
    attacks = _attacks("The worst affected region was Sumy. A drone hit a barn in the village of Khotin.")
    assert [_names(a) for a in attacks] == [["Khotin"]]


# ------------------------------------------------ dev34-B7 / dev33-A8: a region beside its one locality

@pytest.mark.parametrize("text, town", [
    ("Ukrainian drones attacked the Bryansk region overnight. In Klintsy, a fuel depot caught fire.", "Klintsy"),
    ("Drones targeted the Rostov region before dawn, the governor said. Debris fell on an airfield near "
     "Morozovsk, starting a fire.", "Morozovsk"),
])
def test_a_region_told_beside_its_one_struck_locality_is_that_localitys_frame(text: str, town: str) -> None:
    attacks = _attacks(text)
    assert [_names(a) for a in attacks] == [[town]]


def test_two_towns_of_the_region_keep_both_and_no_region() -> None:
    a = _attacks.one("In the Kharkiv region, Kupiansk and Balakliia were shelled overnight, injuring four.")
    assert _names(a) == ["Kupiansk", "Balakliia"]


@pytest.mark.parametrize("text, town", [
    ("In the Sumy region, Yunakivka, a small village 10 km from the border, came under mortar fire, killing a "
     "woman.", "Yunakivka"),
    ("Kozacha Lopan, a village in the Kharkiv district, was shelled on Sunday, wounding a man.", "Kozacha Lopan"),
])
def test_a_village_told_with_its_kind_in_apposition_is_the_place(text: str, town: str) -> None:
    a = _attacks.one(text)
    assert _names(a) == [town]


def test_a_person_told_with_a_village_trade_is_no_place() -> None:
    attacks = _attacks("Oleksandr, a village teacher, said a drone hit a barn in Ternova.")
    assert [_names(a) for a in attacks] == [["Ternova"]]

"""A regional official's total "over the region" after several localities is the region's own
record (dev19 B6), in every wording of the anaphor; after one locality it stays on that place.
Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED, grounded=True)


def _downed(text: str) -> dict[str, list[int]]:
    """Each record's first place and the interceptions it carries."""
    return {a.locations[0].name: [w.intercepted.value for w in a.weapons if w.intercepted] for a in _attacks(text)}


@pytest.mark.parametrize("text, region, towns, total", [
    ("The Belgorod region governor wrote on Telegram:\n\nShebekino. A drone attacked a private house overnight; "
     "a man was wounded.\n\nValuyki. At 07:40 an FPV drone struck a car, damaging it.\n\n"
     "In total, air defence destroyed 16 UAVs over the region during the night.",
     "Belgorod Oblast", ("Shebekino", "Valuyki"), 16),
    ("Sumy region governor: overnight the enemy attacked Konotop with drones, damaging a school. Okhtyrka was "
     "shelled, two people were injured. In all, 23 UAVs were shot down in the skies over the oblast during the night.",
     "Sumy Oblast", ("Konotop", "Okhtyrka"), 23),
    ("Kursk governor: a drone hit a garage in Rylsk overnight. In Lgov, debris damaged a power line.\n\n"
     "Altogether 31 drones were intercepted above the region.",
     "Kursk Oblast", ("Rylsk", "Lgov"), 31),
    ("The head of the Kharkiv administration reported: guided bombs hit Kupiansk, wounding three. A drone struck "
     "a warehouse in Izium.\n\nOverall, 12 Shaheds were downed across the oblast overnight.",
     "Kharkiv Oblast", ("Kupiansk", "Izium"), 12),
    ("Bryansk region: drones attacked an oil depot in Klintsy overnight. In Starodub, a substation was damaged.\n\n"
     "The air defences destroyed 9 UAVs over the territory of the region.",
     "Bryansk Oblast", ("Klintsy", "Starodub"), 9),
    ("Dnipropetrovsk region governor's update: a drone hit a house in Nikopol at night. In Marhanets, shelling damaged a school.\n\n"
     "Air defence forces shot down 7 drones in the region's airspace.",
     "Dnipropetrovsk Oblast", ("Nikopol", "Marhanets"), 7),
    ("Krasnodar Krai, overnight: drones attacked Novorossiysk, damaging a pier. In Tuapse, a fire broke out at the refinery.\n\n"
     "In total, 45 drones were destroyed over the krai, the governor said.",
     "Krasnodar Krai", ("Novorossiysk", "Tuapse"), 45),
    ("Voronezh region governor: debris of a drone damaged a house in Voronezh. In Liski, a drone struck a "
     "railway depot.\n\nAir defence destroyed 14 UAVs in the airspace of the region during the night.",
     "Voronezh Oblast", ("Voronezh", "Liski"), 14),
])
def test_a_total_over_the_region_after_several_towns_is_the_regions_record(
        text: str, region: str, towns: tuple[str, ...], total: int) -> None:
    downed = _downed(text)
    assert downed.get(region) == [total]
    assert all(downed.get(t) == [] for t in towns if t in downed) and towns[0] in downed


@pytest.mark.parametrize("text, town, total", [
    # one town told: the region's night is that town's strike (codebook rule 3)
    ("The occupiers attacked Nikopol with drones at night. Two houses were damaged.\n"
     "Overnight and in the evening, air defence downed 14 UAVs over the region.", "Nikopol", 14),
    ("A drone struck a warehouse in Shebekino overnight, the governor said. Nine UAVs were destroyed "
     "above the region.", "Shebekino", 9),
])
def test_a_total_over_the_region_after_one_town_stays_on_that_town(text: str, town: str, total: int) -> None:
    assert _downed(text) == {town: [total]}


@pytest.mark.parametrize("text", [
    "Good evening, residents of the Vladimir region! A drone hit a warehouse in Murom, no one was hurt. "
    "In total, 23 drones were destroyed over our region.",
    "Dear residents of the Vladimir region.\n\nA drone hit a warehouse in Murom overnight; no one was hurt.\n\n"
    "Air defence destroyed 23 UAVs across the whole region during the day.",
    "Governor of the Vladimir region: debris fell on a garage in Murom today.\n\n"
    "Altogether, 23 UAVs were destroyed over the territory of our region.",
])
def test_a_total_over_the_posts_named_region_after_one_town_is_the_regions_record(text: str) -> None:
    # the post names its region as such (greeting, title): the total is that region's, not Murom's
    assert _downed(text) == {"Murom": [], "Vladimir Oblast": [23]}


def test_a_region_the_article_never_names_opens_no_record() -> None:
    text = ("Overnight, drones attacked Novorossiysk, damaging a pier. In Tuapse, a fire broke out at the refinery.\n\n"
            "In total, 45 drones were destroyed over the region, the governor said.")
    assert all(a.locations and a.locations[0].level.value == "city" for a in _attacks(text))


def test_towns_of_two_regions_open_no_region_record() -> None:
    text = ("Drones hit Sumy and, later, a depot in Kharkiv overnight.\n\n"
            "Air defence downed 20 drones over the region.")
    assert not any(a.locations[0].level.value == "region" for a in _attacks(text))

"""A region named in the same clause as one of its localities frames it, in every order (dev22 B7,
dev21 B9; broadens dev20 B10's fronted frame): a fronted "In the X region, ... in the village of
Y", an apposition after the locality ("in Y, in the X region,", "on the outskirts of Y, X region,"),
a bracket "Y (X region)" and a possessive "the X region's town of Y": only the locality is the
place. Two places told as two stay two. Sentences written for these tests; published on Monday
2 March 2026."""

from __future__ import annotations

import pytest

from probes import attacks_of


def _places(text: str) -> list[list[str]]:
    return [[loc.name for loc in a.locations]
            for a in attacks_of(text)]


@pytest.mark.parametrize("text, place", [
    ("A Russian drone hit a house in Berdychiv, in the Zhytomyr region, on Sunday, injuring two.", "Berdychiv"),
    ("A missile slammed into a depot on the outskirts of Liski, in the Voronezh region, overnight.", "Liski"),
    ("Shelling damaged a school in Vovchansk, Kharkiv region, on Sunday, the police said.", "Vovchansk"),
    ("A glide bomb hit a warehouse in Kostiantynivka, in the eastern Donetsk region, on Sunday.", "Kostiantynivka"),
    ("A KAB fell near Kupiansk (Kharkiv region) overnight, the police said.", "Kupiansk"),
    ("In the Sumy region, a drone hit a farm in the village of Vorozhba, injuring a tractor driver.", "Vorozhba"),
    ("In the southern Mykolaiv region, shelling damaged a school in the hamlet of Bereznehuvate.", "Bereznehuvate"),
    ("Drones struck the Kursk region's town of Rylsk overnight, wounding a woman.", "Rylsk"),
    ("A drone attack damaged a substation in Shostka, in Ukraine's Sumy region, on Sunday night.", "Shostka"),
])
def test_region_framing_its_locality_is_no_second_place(text: str, place: str) -> None:
    assert _places(text) == [[place]]


@pytest.mark.parametrize("text, places", [
    # two places told as two
    ("Drones hit Kursk city and, separately, the village of Tyotkino in the Kursk region on Sunday.",
     ["Kursk", "Tyotkino"]),
    # the region alone
    ("In the Chernihiv region, drones hit three villages overnight, the governor said.", ["Chernihiv Oblast"]),
])
def test_places_told_as_two_or_the_region_alone(text: str, places: list[str]) -> None:
    assert _places(text) == [places]

"""An airfield is a launch area only inside a launch frame ("took off from an airfield near X"); an
airfield that a strike verb takes as its object, or that a damage clause is about, is the place hit.
Sentences written for these tests (none from seeds/ or evals/)."""

from __future__ import annotations

import pytest

from probes import attacks_of
from summariser.lexicon import anchoring as lx

PUBLISHED = "2026-03-04"


def _places(text: str) -> set[str]:
    attacks = attacks_of(text, PUBLISHED)
    return {p.name for a in attacks for p in a.locations}


def _launch_areas(text: str) -> list[str]:
    return [m.group("area") for m in lx.LAUNCH_AREA.finditer(text)]


@pytest.mark.parametrize("text", [
    "Ukrainian drones attacked an airfield in the Saratov region overnight, the governor said.",
    "A military airfield near Voronezh was struck by drones early on Sunday, local officials said.",
    "Explosions were heard after drones hit an air base in the Kursk region on Monday night.",
    "The airbase outside Tambov was damaged in a drone raid overnight, according to the regional head.",
    "Kyiv's forces targeted two airfields in the Rostov region with long-range drones on Tuesday.",
])
def test_an_airfield_struck_is_no_launch_area(text: str) -> None:
    assert _launch_areas(text) == []


@pytest.mark.parametrize("text, place", [
    ("Ukrainian drones attacked an airfield in the Saratov region overnight, the governor said.", "Saratov Oblast"),
    ("Explosions were heard after drones hit an air base in the Kursk region on Monday night.", "Kursk Oblast"),
])
def test_the_region_of_an_airfield_struck_is_the_place_hit(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize("text, area", [
    ("The Shahed drones took off from an airfield near Kursk and flew towards Sumy.", "Kursk"),
    ("Bombers flew from their air bases in Crimea before firing at the port of Odesa.", "Crimea"),
    ("Missiles launched from the Engels airfield in the Saratov region struck a power plant in Kyiv.",
     "Engels airfield in the Saratov region"),
    ("Russia sent the drones from military airfields near Bryansk, the air force said.", "Bryansk"),
])
def test_an_airfield_in_a_launch_frame_is_a_launch_area(text: str, area: str) -> None:
    assert area in _launch_areas(text)


@pytest.mark.parametrize("text, origin, place", [
    ("Missiles launched from the Engels airfield in the Saratov region struck a power plant in Kyiv, "
     "injuring two workers.", "Saratov Oblast", "Kyiv"),
    ("Drones that took off from an airfield near Kursk hit a school in Sumy overnight, wounding three.",
     "Kursk", "Sumy"),
])
def test_a_launch_airfield_region_is_no_place_hit(text: str, origin: str, place: str) -> None:
    places = _places(text)
    assert origin not in places and "Kursk Oblast" not in places
    assert place in places

"""Sentences next to a day's strike that tell no strike of their own (dev20 B3): ground combat
near a town or in a direction ("continued assaults near X"), and wreckage found somewhere ("parts
of a drone were discovered near the village of Y"). Told after a strike they must not borrow its
attacker and day and open a record. Negatives: a weapon's attack near a town, and a find told with
a hit, stay strikes. Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

PUBLISHED = "2026-03-04"
_LEAD = "Russian drones struck Kharkiv overnight on Tuesday, injuring five people, the mayor said.\n\n"


def _places(text: str) -> set[str]:
    article = make_article(text, published=PUBLISHED)
    attacks: list[Attack] = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return {p.name for a in attacks for p in a.locations}


@pytest.mark.parametrize("line", [
    "Russian forces continued assaults near Kupiansk and Pokrovsk, the think tank said.",
    "Russian troops pressed ground attacks toward Lyman on Tuesday, the assessment says.",
    "Infantry assaults around Huliaipole went on through the night.",
    "Russian units advanced near Kostiantynivka, geolocated footage shows.",
    "Mechanised assaults on the outskirts of Pokrovsk were repelled on Tuesday.",
    "Russian forces conducted offensive operations in the direction of Orikhiv.",
    "The enemy stormed positions near Siversk several times on Tuesday.",
    "Ukrainian forces counterattacked near Kupiansk, the General Staff reported.",
])
def test_ground_combat_near_a_town_opens_no_record(line: str) -> None:
    assert _places(_LEAD + line) == {"Kharkiv"}


@pytest.mark.parametrize("line", [
    "Parts of a Geran drone were discovered in a field near the Moldovan village of Larga.",
    "Debris of a drone turned up in a field outside Izmail on Tuesday.",
    "Wreckage of a Shahed was found near the village of Ivanivka, police said.",
    "Fragments of a missile were recovered from a forest near Chernihiv.",
    "Police in Romania located pieces of a drone near the town of Galati.",
    "The remains of a downed UAV were picked up near Sumy on Tuesday.",
    "Villagers found drone wreckage in a garden in Poltava.",
    "Remnants of a cruise missile were spotted on the bank of the river near Kherson.",
])
def test_wreckage_found_opens_no_record(line: str) -> None:
    assert _places(_LEAD + line) == {"Kharkiv"}


@pytest.mark.parametrize("line, hit", [
    ("Russian drone attacks near Sumy damaged a school on Tuesday.", "Sumy"),
    ("A drone crashed into a house in the Moldovan village of Larga on Tuesday, injuring one.", "Larga"),
    ("Debris of a downed drone was found on the roof of a house in Poltava, damaging it.", "Poltava"),
    ("Russian artillery shelled Kupiansk on Tuesday, wounding two.", "Kupiansk"),
])
def test_a_strike_with_a_weapon_or_a_hit_stays_a_record(line: str, hit: str) -> None:
    assert hit in _places(_LEAD + line)

"""A fronted region frame with a compass adjective (dev20 B10): "In the central X region, a shell
hit a farm near Y" tells where Y lies; Y is the one place, whether or not the gazetteer knows it.
With no locality in its clause the region is the place; a region told beside a town as a second
place hit stays. Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend

PUBLISHED = "2026-03-04"


def _locations(text: str) -> list[list[str]]:
    article = make_article(text, published=PUBLISHED)
    attacks = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return [[p.name for p in a.locations] for a in attacks]


@pytest.mark.parametrize("text, town", [
    ("In the central Dnipropetrovsk region, a shell hit a farm near Pokrov on Tuesday, injuring one.", "Pokrov"),
    ("In northern Chernihiv region a drone struck a bus in Semenivka on Tuesday, wounding two.", "Semenivka"),
    ("In the southern Kherson region, Russian artillery shelled the village of Darivka on Tuesday, injuring a man.",
     "Darivka"),
    ("In the north-eastern Sumy region, a drone hit a car near Krasnopillia on Tuesday, killing its driver.",
     "Krasnopillia"),
    ("In the eastern Donetsk region, a glide bomb hit a house in Druzhkivka on Tuesday, killing two.", "Druzhkivka"),
    ("In the western Lviv region, a missile struck an industrial site in Stryi on Tuesday, injuring three.", "Stryi"),
    ("In the southern Mykolaiv region, a missile hit a port facility in Ochakiv on Tuesday, injuring five.", "Ochakiv"),
    ("In southern Zaporizhzhia region, Russian drones hit a shop on the outskirts of Vasylivka on Tuesday, "
     "wounding a woman.", "Vasylivka"),
])
def test_a_fronted_region_frame_leaves_only_its_locality(text: str, town: str) -> None:
    assert _locations(text) == [[town]]


@pytest.mark.parametrize("text, region", [
    ("In the Kharkiv region, drones struck overnight on Tuesday, injuring two.", "Kharkiv Oblast"),
    ("In the southern Kherson region, Russian shelling on Tuesday injured four people.", "Kherson Oblast"),
])
def test_a_frame_with_no_locality_is_the_place(text: str, region: str) -> None:
    assert _locations(text) == [[region]]


def test_a_region_told_beside_a_town_as_a_second_place_stays() -> None:
    text = "Shelling hit the southern Kherson region and the village of Darivka on Tuesday, injuring four people."
    assert "Kherson Oblast" in _locations(text)[0]

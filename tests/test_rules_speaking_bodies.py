"""A body that speaks for a region (operational or emergency headquarters, crisis staff, an
emergencies ministry), in a possessive, before "of the X region" or as a modifier, is the
speaker, never a place hit (dev22 B1, the body half of dev20 B4's title family): its aftermath
paragraph joins the strike told before and opens no record of its own. A strike told of another
place under such a body, or a hit on a body's building, stays a record.
Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

CONTEXT = "The war has now entered its fifth year. "


def _attacks(text: str) -> list[Attack]:
    article = make_article(CONTEXT + text, published="2026-03-04")
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


def _places(text: str) -> list[list[str]]:
    return [[p.name for p in a.locations] for a in _attacks(text)]


@pytest.mark.parametrize("text, town", [
    ("Ukrainian drones struck the oil port of Tuapse overnight.\n\nFirefighters had the terminal blaze under "
     "control by dawn and nobody was hurt, the Krasnodar region's operational HQ reported.", "Tuapse"),
    ("Ukrainian drones struck the oil port of Tuapse overnight.\n\nAccording to the crisis headquarters of "
     "the Krasnodar region, the fire at the jetty was extinguished and no one was killed or injured.", "Tuapse"),
    ("Ukrainian drones struck an oil depot in Tuapse overnight.\n\nThe Krasnodar Krai operational HQ said the "
     "fire was extinguished; there were no casualties.", "Tuapse"),
    ("Ukrainian drones attacked a refinery in Syzran overnight.\n\nThere were no casualties at the refinery, the "
     "Samara regional emergencies ministry said.", "Syzran"),
    ("Ukrainian drones attacked a refinery in Syzran overnight.\n\nNo casualties were reported at the refinery, "
     "according to the crisis staff of the Samara region.", "Syzran"),
    ("Drones hit a fuel depot in Novoshakhtinsk overnight.\n\nThe Rostov region's emergency headquarters said the "
     "fire was put out and no one was hurt.", "Novoshakhtinsk"),
    ("A drone struck a substation in Kursk overnight.\n\nThere were no casualties, the Kursk region's crisis "
     "centre reported.", "Kursk"),
    ("Drones attacked an oil depot in Bryansk on Tuesday.\n\nNobody was killed or injured, the operational staff "
     "of the Bryansk region said.", "Bryansk"),
])
def test_a_speaking_body_opens_no_record_of_its_region(text: str, town: str) -> None:
    assert _places(text) == [[town]]


@pytest.mark.parametrize("text, places", [
    ("Ukrainian drones struck an oil depot in Tuapse overnight.\n\nSeparately, a drone hit a warehouse in "
     "Armavir, according to the regional operational staff.", [["Tuapse"], ["Armavir"]]),
    ("A missile hit the regional administration building in Sumy on Tuesday, injuring five.", [["Sumy"]]),
])
def test_a_strike_elsewhere_or_on_a_building_stays(text: str, places: list[list[str]]) -> None:
    assert _places(text) == places

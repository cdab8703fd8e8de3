"""Places that only speak (r13atk: dev23 B1, dev24 B2): a capital that seats a national body ("the
air force in Kyiv counted ... drones") is where the speaker sits, not a city struck; a
region that reports in a trailing "as"/"while" clause ("..., as the neighbouring X region reported
power cuts") is no place of the lead's strike. A capital named as hit, a city's own officials, and a
trailing clause that tells a strike of its own keep their places. Sentences written for these
tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

LEAD = ("The war has now entered its fifth year. A Russian drone hit a warehouse in Lutsk overnight, injuring a "
        "guard, the regional governor said. ")


def _places(text: str, lead: str = LEAD) -> list[list[str]]:
    article = make_article(lead + text, published="2026-03-04")
    attacks: list[Attack] = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return [[p.name for p in a.locations] for a in attacks]


@pytest.mark.parametrize("text", [
    "Ukraine's air force in Kyiv put the overnight total at 160 drones and two cruise missiles.",
    "The military command in Kyiv reported that Russia fired four Iskander missiles and ninety Shahed drones overnight.",
    "The emergencies ministry in Kyiv counted 120 drones and three missiles launched against the country.",
    "The general staff in Kyiv said the night's total was 63 drones and two ballistic missiles, all fired from Kursk.",
    "Ukraine's air command in Kyiv said 71 of the drones were shot down and 12 were lost to jamming.",
    "Defence officials in Moscow gave the total as 41 Ukrainian drones, all downed over border regions.",
    "The defence ministry in Moscow said its air defences destroyed 27 drones over the Bryansk region overnight.",
])
def test_a_capital_that_seats_a_national_body_is_not_struck(text: str) -> None:
    places = _places(text)
    assert not any(name in ("Kyiv", "Moscow") for record in places for name in record)
    assert ["Lutsk"] in places


@pytest.mark.parametrize("text", [
    "Drones hit Kyiv overnight, the air force in Kyiv said, injuring three.",
    "Drones struck Kyiv's Darnytskyi district overnight, the defence ministry in Kyiv said, wounding two.",
    "In Kyiv, debris from a downed drone hit a school on Tuesday, the city's military administration said.",
])
def test_a_capital_told_as_hit_stays(text: str) -> None:
    assert ["Kyiv"] in _places(text)


TUAPSE = "The war has now entered its fifth year. "


@pytest.mark.parametrize("text", [
    "Drones hit an oil depot in Tuapse overnight, the governor said, as the neighbouring Rostov region reported power cuts.",
    "Drones hit an oil depot in Tuapse overnight, the governor said, while the Bryansk region said it had repelled an attack.",
    "Drones set an oil depot in Tuapse on fire overnight, as the Kursk governor reported outages in several villages.",
    "A drone struck a substation in Belgorod on Tuesday, wounding a worker, as the neighbouring Kursk region announced school closures.",
    "Missiles hit a grain terminal in Izmail overnight, while the Mykolaiv region said the night had passed quietly.",
    "Drones hit a refinery in Saratov overnight, and the Volgograd region later announced that schools would stay shut.",
    "Drones set fire to a depot in Tuapse overnight, as the neighbouring Rostov region reported damage to power lines.",
])
def test_a_region_that_reports_in_a_trailing_clause_is_not_the_leads(text: str) -> None:
    places = _places(text, TUAPSE)
    assert len(places) == 1 and len(places[0]) == 1


@pytest.mark.parametrize("text, place", [
    ("Drones hit a depot in Tuapse overnight, injuring two, the governor said, as drones also struck the Rostov "
     "region, injuring two.", "Rostov Oblast"),
    ("Drones hit a depot in Tuapse overnight, and the Rostov region said a drone hit a school in Shakhty, wounding "
     "a guard.", "Shakhty"),
    ("Drones hit a depot in Tuapse overnight, the governor said, as the Rostov region reported that a drone had "
     "hit a substation, injuring two.", "Rostov Oblast"),
])
def test_a_trailing_clause_that_tells_a_strike_keeps_its_place(text: str, place: str) -> None:
    assert any(place in record for record in _places(text, TUAPSE))


@pytest.mark.parametrize("text", [
    "In Kyiv, the air force put the night's total at 160 drones and two cruise missiles.",
    "Ukraine's air force, headquartered in Kyiv, put the overnight total at 160 drones and two cruise missiles.",
    "The air force command in Kyiv tallied 160 drones and two cruise missiles over the night.",
    "In Moscow, the defence ministry counted 54 Ukrainian drones over the border regions.",
])
def test_a_seat_told_in_other_words_is_not_struck(text: str) -> None:
    assert not any(name in ("Kyiv", "Moscow") for record in _places(text) for name in record)


@pytest.mark.parametrize("text", [
    "In Kyiv, the defence ministry building was damaged by debris overnight.",
    "In Kyiv, drones hit two districts overnight, the air force said.",
])
def test_a_fronted_capital_whose_clause_tells_a_hit_stays(text: str) -> None:
    assert ["Kyiv"] in _places(text)

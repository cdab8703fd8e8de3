"""Speaker, setting and logistics places are no places hit (dev21 B1): a capital that only seats
the speaker ("In Moscow, the ministry described ..."), a capital that is the agent ("an attack by
Kyiv"), officials who speak for a place ("officials in the X region said"), and every member of a
list of origins ("cranes brought in from A and B") never open or join a strike record; nor does a
body that speaks for a region (operational or emergency headquarters, crisis staff, an
emergencies ministry; dev22 B1), whose aftermath paragraph joins the strike told before.
Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

CONTEXT = "The war has now entered its fifth year. "


_attacks = AttackProbe("2026-03-04", grounded=True, lead=CONTEXT)


def _places(text: str) -> list[list[str]]:
    return [[p.name for p in a.locations] for a in _attacks(text)]


@pytest.mark.parametrize("text, place", [
    ("Ukrainian drones struck an oil depot in Tuapse overnight, wounding three workers. In Moscow, the Russian "
     "military described the night as a terrorist attack.", "Tuapse"),
    ("Ukrainian drones hit a fuel depot in Tuapse on Tuesday night. In Moscow, the Kremlin called it a terrorist act "
     "against civilians.", "Tuapse"),
    ("A Russian missile hit a port warehouse in Odesa on Tuesday, injuring six. In Kyiv, the foreign ministry "
     "condemned the strike as a war crime.", "Odesa"),
    ("Ukrainian drones struck an oil depot in Tuapse overnight, wounding three workers. The Kremlin condemned the "
     "attack by Kyiv.", "Tuapse"),
    ("Ukrainian drones hit a refinery in Syzran overnight, starting a fire. Moscow blamed Kyiv for the raid.", "Syzran"),
    ("A drone struck a tank farm in Tuapse overnight and started a fire, officials in the Krasnodar region said.",
     "Tuapse"),
    ("Authorities in the Krasnodar region reported that a drone attack on Novorossiysk wounded two people overnight.",
     "Novorossiysk"),
    ("A missile struck an apartment block in Kharkiv on Tuesday, injuring 14 people. Cranes brought in from "
     "Poltava and Sumy cleared the rubble overnight.", "Kharkiv"),
    ("Fire crews from Uman, Vinnytsia and Khmelnytskyi arrived to help after a drone struck a warehouse in "
     "Bila Tserkva overnight, wounding two.", "Bila Tserkva"),
    ("A Russian missile hit a dormitory in Lutsk overnight. Rescue teams were sent from Rivne and Ternopil, "
     "and 11 people were injured.", "Lutsk"),
])
def test_a_speaker_agent_or_origin_place_is_no_place_hit(text: str, place: str) -> None:
    assert _places(text) == [[place]]


@pytest.mark.parametrize("text, places", [
    ("In Kharkiv, a missile hit a school overnight, wounding five.", [["Kharkiv"]]),
    ("In Kyiv, a drone hit a high-rise overnight, injuring four, the city's military administration said.",
     [["Kyiv"]]),
    ("Drones from the Kursk direction hit Sumy overnight, wounding two.", [["Sumy"]]),
    ("Officials said a drone hit a house in Chernihiv on Tuesday, injuring two.", [["Chernihiv"]]),
    ("Kyiv was hit by missiles overnight, wounding six people.", [["Kyiv"]]),
    ("Authorities in Kharkiv said a missile hit the city on Tuesday, injuring three.", [["Kharkiv"]]),
])
def test_a_place_hit_stays(text: str, places: list[list[str]]) -> None:
    assert _places(text) == places


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

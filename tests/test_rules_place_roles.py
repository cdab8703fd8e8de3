"""A place's role in its clause (dev18 B1): a place is hit only when a clause tells a hit on it.
The town of an alert that ended with nothing hit, the town where witnesses or residents are, and
the town where a strike's consequence falls (internet off, flights halted, schools online) open no
record and join none. Sentences written for these tests; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

_LEAD = "Russian drones struck a warehouse in Rivne overnight, the governor said. "


_attacks = AttackProbe()


def _places(text: str) -> set[str]:
    return {p.name for a in _attacks(text) for p in a.locations}


@pytest.mark.parametrize("text, town", [
    ("Lutsk sat through a four-hour alert overnight, but the city authorities recorded no strikes.", "Lutsk"),
    ("Sirens wailed over Chernihiv for two hours, but no hits were reported.", "Chernihiv"),
    ("Poltava was put under an air raid alert after midnight; nothing was hit, officials said.", "Poltava"),
    ("Uzhhorod escaped damage despite a long alert, the mayor wrote.", "Uzhhorod"),
    ("In Vinnytsia the night of attacks passed without incident, according to the regional administration.",
     "Vinnytsia"),
    ("The city of Kropyvnytskyi reported no damage after the alert was lifted.", "Kropyvnytskyi"),
    ("No impacts were recorded in Cherkasy, where the alert lasted until dawn.", "Cherkasy"),
    ("Ternopil spent the night under an alert, but there were no explosions and no strikes.", "Ternopil"),
    ("Drones flew over Zhytomyr for an hour without hitting anything, the mayor said.", "Zhytomyr"),
])
def test_a_town_under_an_alert_with_nothing_hit_is_no_place_hit(text: str, town: str) -> None:
    places = _places(_LEAD + text)
    assert "Rivne" in places
    assert town not in places


@pytest.mark.parametrize("text, town", [
    ("An alert sounded in Zhytomyr at 2 a.m.; minutes later a drone hit a warehouse on its edge.", "Zhytomyr"),
    ("Nobody was injured when a rocket struck a depot in Lutsk.", "Lutsk"),
    ("A missile hit a garage in Bila Tserkva, but no one was hurt and no other damage was reported.", "Bila Tserkva"),
    ("Drones attacked Poltava after midnight, though no hits on homes were reported.", "Poltava"),
])
def test_a_hit_told_beside_a_nil_keeps_its_place(text: str, town: str) -> None:
    assert town in _places(_LEAD + text)


@pytest.mark.parametrize("text, hit, witnesses", [
    ("Drones struck an oil depot in the Bryansk region overnight, according to footage filmed by residents of Klintsy.",
     "Bryansk Oblast", "Klintsy"),
    ("Videos posted by people living in Yelabuga showed a drone slamming into a factory in Tatarstan.",
     "Tatarstan", "Yelabuga"),
    ("Eyewitnesses in Kursk said they heard a drone engine before a blast hit a substation in Oryol.",
     "Oryol", "Kursk"),
    ("According to people living in Kamianske, a missile struck an industrial site in Pavlohrad.",
     "Pavlohrad", "Kamianske"),
    ("A drone hit a fuel tank at the port of Izmail, locals in Odesa reported on Telegram.", "Izmail", "Odesa"),
    ("Residents of Lipetsk heard loud bangs as drones attacked an oil depot in the Voronezh region.", "Voronezh Oblast",
     "Lipetsk"),
    ("Bryansk residents filmed the moment a missile hit a plant in Kursk.", "Kursk", "Bryansk"),
    ("Witnesses in Kremenchuk described seeing a column of smoke after a missile struck a bridge in Poltava.",
     "Poltava", "Kremenchuk"),
])
def test_the_witnesses_town_is_not_the_place_hit(text: str, hit: str, witnesses: str) -> None:
    attacks = _attacks(text)
    names = {p.name for a in attacks for p in a.locations} | {p.admin1 or "" for a in attacks for p in a.locations}
    assert hit in names
    assert witnesses not in {p.name for a in attacks for p in a.locations}


@pytest.mark.parametrize("text, town", [
    ("Residents of Shebekino said a shell hit a school gym on Friday.", "Shebekino"),
    ("Residents in Kherson said drones dropped explosives on a bus stop in the city.", "Kherson"),
    ("Residents of Sumy heard explosions overnight as drones struck the city.", "Sumy"),
    ("Witnesses in Mykolaiv said a missile hit a shipyard there on Sunday.", "Mykolaiv"),
])
def test_the_witnesses_town_that_is_the_place_hit_stays(text: str, town: str) -> None:
    assert town in _places(text)


@pytest.mark.parametrize("text, town", [
    ("Mobile data was cut in Cheboksary for much of Sunday, something regional officials now do whenever drones approach.",
     "Cheboksary"),
    ("Locals in Yelabuga reported that mobile data was turned off once more during a drone alert.", "Yelabuga"),
    ("Schools in Kharkiv moved lessons online after the night of drone attacks.", "Kharkiv"),
    ("Trains to Odesa were delayed by as much as five hours following the strike on the power grid.", "Odesa"),
    ("Internet access in Belgorod was restricted for the night as a precaution against drones.", "Belgorod"),
    ("Flights at Sochi were halted for three hours as a precaution, the aviation agency said.", "Sochi"),
    ("Classes in Sumy schools will be held remotely for the rest of the week after the shelling.", "Sumy"),
    ("Rail traffic through Kovel was suspended for several hours after the drone attack.", "Kovel"),
])
def test_the_town_of_a_consequence_is_not_the_place_hit(text: str, town: str) -> None:
    places = _places(_LEAD + text)
    assert "Rivne" in places
    assert town not in places


@pytest.mark.parametrize("text, town", [
    ("A drone hit a substation in Poltava, and mobile internet was cut across the city.", "Poltava"),
    ("A missile struck the railway station in Kovel, and trains were delayed for hours.", "Kovel"),
])
def test_a_hit_told_with_its_consequence_keeps_its_place(text: str, town: str) -> None:
    assert town in _places(_LEAD + text)

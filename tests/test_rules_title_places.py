"""A region named only by an official's title or a sentence frame (dev18 B3): the title family in
any spelling (Gov., Gov, Governor, Lt. Gov., Mayor, regional head/chief, administration chief,
the governor's office) names where the official serves, never a place hit; "In X, <regional
title> Y said ..." frames the region X. The locality of the strike clause is the place. Sentences
written for these tests; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import LocationLevel


_attacks = AttackProbe()


def _places(text: str) -> set[str]:
    return {p.name for a in _attacks(text) for p in a.locations}


@pytest.mark.parametrize("text, hit", [
    ("Sumy Gov. Oleh Hryhorov said four shells hit Shostka before noon on Sunday.", "Shostka"),
    ("Dnipropetrovsk Gov. Serhiy Lysak said artillery struck Nikopol on Sunday.", "Nikopol"),
    ("Kharkiv Gov Oleh Syniehubov said a guided bomb hit Kupiansk on Sunday.", "Kupiansk"),
    ("Belgorod Lt. Gov. Ivan Petrov said a drone struck a car in Shebekino on Sunday.", "Shebekino"),
    ("Odesa region administration chief Oleh Kiper said drones damaged port facilities in Izmail overnight.", "Izmail"),
    ("Mykolaiv Mayor Oleksandr Senkevych said a missile struck a shipyard in Ochakiv overnight.", "Ochakiv"),
    ("Kherson military administration chief Oleksandr Prokudin said shelling wounded two in Beryslav on Sunday.",
     "Beryslav"),
    ("The Dnipropetrovsk governor's office said drones hit Pavlohrad overnight.", "Pavlohrad"),
    ("Zaporizhzhia regional chief Ivan Fedorov said a guided bomb struck a farm near Orikhiv on Sunday.", "Orikhiv"),
])
def test_a_place_in_an_officials_title_is_not_a_place_hit(text: str, hit: str) -> None:
    assert _places(text) == {hit}


@pytest.mark.parametrize("text, hit, frame", [
    ("In Zaporizhzhia, regional chief Ivan Fedorov said a guided bomb struck a farm near Orikhiv on Sunday.",
     "Orikhiv", "Zaporizhzhia"),
    ("In Sumy, regional head Oleh Hryhorov said drones hit a warehouse in Konotop overnight.", "Konotop", "Sumy"),
    ("In Kherson, Gov. Oleksandr Prokudin said shelling damaged a school in Beryslav on Sunday.", "Beryslav", "Kherson"),
    ("In Odesa, the regional governor said a drone struck a grain terminal in Izmail overnight.", "Izmail", "Odesa"),
    ("In Kharkiv, regional head Oleh Syniehubov said a drone damaged a warehouse in the Izium district overnight.",
     "Izium district", "Kharkiv"),
])
def test_a_region_frame_with_a_title_names_no_place_hit(text: str, hit: str, frame: str) -> None:
    places = _places(text)
    assert hit in places
    assert frame not in places


@pytest.mark.parametrize("text, region", [
    ("Dnipropetrovsk Gov. Serhiy Lysak said artillery struck two villages overnight.", "Dnipropetrovsk Oblast"),
    ("Kharkiv regional head Oleh Syniehubov said a drone damaged a warehouse in a village overnight.", "Kharkiv Oblast"),
])
def test_a_title_alone_names_the_region(text: str, region: str) -> None:
    attacks = _attacks(text)
    assert attacks
    assert all(p.name != region.split()[0] or p.level is LocationLevel.region for a in attacks for p in a.locations)


@pytest.mark.parametrize("text, hit", [
    ("Shells hit Zaporizhzhia itself, regional chief Ivan Fedorov said.", "Zaporizhzhia"),
    ("Kherson Mayor Roman Mrochko said drones dropped explosives on a tram stop in the city on Sunday.", "Kherson"),
    ("In Kharkiv, a missile hit an apartment block on Sunday, regional head Oleh Syniehubov said.", "Kharkiv"),
    ("Russian drones struck Sumy overnight, Gov. Oleh Hryhorov said.", "Sumy"),
])
def test_a_place_hit_beside_a_title_stays(text: str, hit: str) -> None:
    assert hit in _places(text)

"""A region's share of a downed total (codebook 3, ruling of 2 December 2026): a share told over
one region goes on the one struck locality of that region the article tells; with none, or two or
more, it is the region's own record; one figure over several regions stays the country's.
Fresh sentences."""

from __future__ import annotations

import pytest

from probes import AttackProbe, by_place, count_value
from summariser.records import Attack, LocationLevel

_attacks = AttackProbe("2026-05-09")


def _downed(a: Attack) -> list[int | None]:
    return [count_value(w.intercepted) for w in a.weapons if w.intercepted]


def _country(attacks: list[Attack]) -> Attack:
    [a] = [a for a in attacks if [p.level for p in a.locations] == [LocationLevel.country]]
    return a


@pytest.mark.parametrize("text, region, share, total", [
    ("Moscow said its air defences had destroyed 68 Ukrainian drones overnight, 27 of them over the Voronezh region.",
     "Voronezh Oblast", 27, 68),
    ("According to the Russian ministry, 54 drones were shot down during the night, including 19 above the Rostov "
     "region.", "Rostov Oblast", 19, 54),
    ("Russian air defence units intercepted 81 fixed-wing drones overnight: 33 over the Tula region, 20 over the "
     "Kaluga region and 15 over the Smolensk region.", "Smolensk Oblast", 15, 81),
])
def test_a_share_with_no_town_struck_is_the_regions_own_record(text: str, region: str, share: int, total: int) -> None:
    attacks = _attacks(text)
    assert _downed(by_place(attacks)[region]) == [share]
    assert _downed(_country(attacks)) == [total]


def test_each_share_of_a_list_is_its_regions_record() -> None:
    attacks = _attacks("The ministry in Moscow reported 62 drones downed overnight: 30 above the Belgorod region, "
                       "18 above Kursk region and 14 above the Lipetsk region.")
    places = by_place(attacks)
    assert [_downed(places[r]) for r in ("Belgorod Oblast", "Kursk Oblast", "Lipetsk Oblast")] == [[30], [18], [14]]


@pytest.mark.parametrize("text, town, share", [
    ("A drone set a warehouse ablaze in Kstovo overnight, the local governor wrote. The defence ministry in Moscow "
     "reported it had downed 70 drones across the country, 16 of them over the Nizhny Novgorod region.", "Kstovo", 16),
    ("A boiler house in Novozybkov was damaged by wreckage of a drone, the Bryansk governor said. Air defences "
     "destroyed 39 drones overnight, including 12 over the Bryansk region, the ministry added.", "Novozybkov", 12),
])
def test_a_share_goes_to_the_one_struck_town_of_its_region(text: str, town: str, share: int) -> None:
    attacks = _attacks(text)
    assert _downed(by_place(attacks)[town]) == [share]
    assert not [a for a in attacks if a.locations[0].level is LocationLevel.region]


def test_two_struck_towns_of_the_region_leave_the_share_to_the_region() -> None:
    text = ("Drones hit a fuel depot in Klintsy and a substation in Novozybkov overnight, the Bryansk governor said. "
            "Russia said 44 drones were downed during the night, 21 of them over the Bryansk region.")
    places = by_place(_attacks(text))
    assert _downed(places["Bryansk Oblast"]) == [21]
    assert _downed(places["Klintsy"]) == [] and _downed(places["Novozybkov"]) == []


@pytest.mark.parametrize("text", [
    "Russia said it shot down 66 drones over the Bryansk, Kursk and Oryol regions overnight.",
    "Air defences downed 66 drones overnight, 40 of them over the Bryansk, Kursk and Oryol regions, Moscow said.",
    "Russia said it shot down 66 drones overnight, most of them over the border regions.",
    "Russia said it shot down 66 drones overnight, including 25 Geran drones.",
])
def test_a_tally_over_several_regions_or_none_stays_national(text: str) -> None:
    assert [[p.name for p in a.locations] for a in _attacks(text)] == [["Russia"]]


def test_a_town_of_the_region_struck_on_another_day_takes_no_share() -> None:
    text = ("A drone hit a lorry in Valuyki on Wednesday morning, the governor said. The ministry said 50 drones were "
            "destroyed overnight, 13 of them over the Belgorod region.")
    attacks = _attacks(text)
    assert _downed(by_place(attacks)["Valuyki"]) == []
    assert _downed(_country(attacks)) == [50]

"""Weapon counts and their attachment, order-free: probes in several phrasings each.

Every sentence here was written for these tests (none comes from an evaluation set). Published
on Monday 2 March 2026.
"""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack, LocationLevel, WeaponType


_attacks = AttackProbe()


def _country(attacks: list[Attack]) -> Attack:
    """The country record of a night's total (codebook 3: a region's own share is its own record)."""
    [a] = [a for a in attacks if [p.level for p in a.locations] == [LocationLevel.country]]
    return a


def _figures(attack: Attack, *types: WeaponType) -> tuple[int | None, int | None]:
    w = next(w for w in attack.weapons if w.type in types)
    return (w.launched.value if w.launched else None, w.intercepted.value if w.intercepted else None)


_DRONE = (WeaponType.drone,)
_MISSILES = (WeaponType.cruise_missile, WeaponType.missile, WeaponType.ballistic_missile)


@pytest.mark.parametrize("text", [
    "Russia fired 80 drones at Ukraine overnight. Air defences brought down 62 of them.",
    "Of the 80 drones launched by Russia overnight, 62 were shot down, Ukraine's air force said.",
    "Of the 80 drones Russia launched at Ukraine overnight, air defences took out 62.",
    "Ukrainian air defences neutralised 62 of 80 Russian drones overnight, the air force said.",
    "Russia attacked Ukraine overnight with 80 drones; 62 of them were intercepted.",
    "The air force said 62 drones were shot down out of 80 launched by Russia overnight.",
    "Russia launched 80 drones against Ukraine overnight, of which 62 were downed.",
    "Russia sent 80 attack drones into Ukraine overnight, and air defence units destroyed 62.",
    "Russia launched 80 drones at Ukraine overnight. The air force said 62 were shot down.",
    "Overnight, Russia launched 80 Shahed drones at Ukraine. Air defence forces managed to down 62.",
])
def test_a_launched_total_and_its_intercepted_part(text: str) -> None:
    [attack] = _attacks(text)
    assert attack.locations[0].level is LocationLevel.country
    assert attack.target_country == "Ukraine"
    assert _figures(attack, *_DRONE) == (80, 62)


@pytest.mark.parametrize("text", [
    "Russia launched 80 drones and six cruise missiles at Ukraine overnight; air defences shot down 62 drones "
    "and four missiles.",
    "Russia launched 80 drones and six cruise missiles at Ukraine overnight. 62 drones and four missiles were "
    "intercepted, the air force said.",
    "Russia launched 80 drones and six cruise missiles at Ukraine overnight, the air force said, adding that 62 "
    "of the drones and four of the missiles were downed.",
    "Overnight Russia fired six cruise missiles and 80 drones at Ukraine. Air defences destroyed four missiles "
    "and 62 drones.",
])
def test_two_weapons_each_with_its_own_figures(text: str) -> None:
    [attack] = _attacks(text)
    assert _figures(attack, *_DRONE) == (80, 62)
    assert _figures(attack, *_MISSILES) == (6, 4)
    assert len([w for w in attack.weapons if w.type in _MISSILES]) == 1  # "missiles" again is the cruise missiles


@pytest.mark.parametrize("text", [
    "The Russian military reported that its air defence units destroyed 45 Ukrainian drones overnight, among them 20 over "
    "the Bryansk region.",
    "Russian air defences shot down 45 Ukrainian drones overnight, with 20 of them downed over the Bryansk "
    "region, the ministry said.",
    "Russian air defences intercepted 45 Ukrainian drones overnight, the defence ministry said. Twenty of them "
    "were destroyed over the Bryansk region.",
    "The ministry said 45 Ukrainian drones were shot down overnight across Russia, including 20 above the "
    "Bryansk region and 11 above the Kursk region.",
    "Russia's air defences downed 45 Ukrainian drones overnight, the ministry said, adding that most of them "
    "were over the Bryansk region.",
])
def test_a_regional_share_of_a_nationwide_total_stays_on_the_country_record(text: str) -> None:
    attack = _country(_attacks(text))
    assert [(p.name, p.level) for p in attack.locations] == [("Russia", LocationLevel.country)]
    assert _figures(attack, *_DRONE) == (None, 45)


@pytest.mark.parametrize("text", [
    "Air defences shot down 20 drones over the Bryansk region, 11 over the Kursk region and six over the "
    "Oryol region overnight, Russia's defence ministry said.",
    "Russia's defence ministry said Ukrainian drones were downed overnight over the Bryansk, Kursk and Oryol "
    "regions, 37 in all.",
    "Overnight, Russian air defences destroyed 37 Ukrainian drones over the Bryansk, Kursk, Oryol and "
    "Belgorod regions.",
    "A total of 37 Ukrainian drones were intercepted overnight above the regions of Bryansk, Kursk and Oryol, "
    "Moscow said.",
])
def test_figures_over_many_regions_keep_a_nationwide_record(text: str) -> None:
    attack = _country(_attacks(text))
    assert [(p.name, p.level) for p in attack.locations] == [("Russia", LocationLevel.country)]
    assert attack.target_country == "Russia"


# hits counted as hits are no launch; the weapons counted as the subject of their hit are, an exact
# count too (codebook 9; round 15, tests/test_hit_counts_r15.py)
@pytest.mark.parametrize("text", [
    "Russian drones hit 12 locations in Kharkiv overnight, the mayor said.",
    "Russian forces carried out 17 drone strikes on Nikopol on Sunday, the governor said.",
])
def test_hits_are_not_launches(text: str) -> None:
    for attack in _attacks(text):
        assert all(w.launched is None for w in attack.weapons)


@pytest.mark.parametrize("text,launched", [
    ("Three Russian missiles hit Kryvyi Rih on Sunday, damaging a school.", 3),
    ("The city was struck by two missiles on Sunday afternoon, wrecking a warehouse in Dnipro.", 2),
])
def test_weapons_that_hit_are_launched(text: str, launched: int) -> None:
    assert [w.launched.value for a in _attacks(text) for w in a.weapons if w.launched] == [launched]


@pytest.mark.parametrize("text", [
    "Ukraine's air force said it shot down 62 drones overnight. Russia launched 80 drones in total.",
    "Air defences shot down 62 Russian drones overnight, out of 80 launched, the air force said.",
    "Ukraine's air force said it shot down 62 of the drones Russia launched overnight. Russia had sent 80 "
    "drones in all, it said.",
    "Ukrainian air defences downed 62 drones overnight. In total, Russia had launched 80 drones, the air force said.",
])
def test_the_intercepted_part_may_come_before_the_total(text: str) -> None:
    [attack] = _attacks(text)
    assert [(p.name, p.level) for p in attack.locations] == [("Ukraine", LocationLevel.country)]
    assert _figures(attack, *_DRONE) == (80, 62)


@pytest.mark.parametrize("text", [
    "Russia launched 80 drones at Ukraine overnight. In Kharkiv, the strikes destroyed 12 and damaged 30 more, "
    "the mayor said.",
    "Russia launched 80 drones at Ukraine overnight. Fires broke out in Odesa, where the attack took out 12.",
    "Russia launched 80 drones at Ukraine overnight. The barrage knocked out 12 in Lviv, officials said.",
])
def test_destroyed_n_without_air_defence_is_no_interception(text: str) -> None:
    for attack in _attacks(text):
        assert all(w.intercepted is None for w in attack.weapons)

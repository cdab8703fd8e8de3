"""Counts attached by concept, in several phrasings each (fresh sentences written for these tests)."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack, LocationLevel, WeaponType


_attacks = AttackProbe()


def _country(attacks: list[Attack]) -> Attack:
    """The country record of a night's total (codebook 3: a region's own share is its own record)."""
    [a] = [a for a in attacks if [p.level for p in a.locations] == [LocationLevel.country]]
    return a


def _drone(attack):
    return next(w for w in attack.weapons if w.type is WeaponType.drone)


def _figures(attack):
    w = _drone(attack)
    return (w.launched.value if w.launched else None, w.intercepted.value if w.intercepted else None)


@pytest.mark.parametrize("text", [
    "Russia launched 50 drones at Ukraine overnight, the air force said. Air defences shot down 36 of them.",
    "Russia launched 50 drones at Ukraine overnight, the air force said. 36 of them were intercepted.",
    "Russia launched 50 drones at Ukraine overnight. Of these, 36 were downed by mobile fire groups.",
    "Russia launched 50 drones at Ukraine overnight, and 36 of them were destroyed, the air force said.",
    "Air defence units shot down 36 of the 50 drones Russia launched at Ukraine overnight.",
    "Ukraine's air force said 36 of the 50 Shahed drones fired by Russia overnight were intercepted.",
])
def test_a_part_of_the_barrage_is_intercepted_in_any_order(text):
    [attack] = _attacks(text)
    assert attack.locations[0].level is LocationLevel.country
    assert _figures(attack) == (50, 36)


def test_a_part_with_no_single_antecedent_is_dropped_not_guessed():
    [attack] = _attacks("Russia launched 50 drones and 4 missiles at Ukraine overnight. "
                        "Air defences shot down 36 of them.")
    assert all(w.intercepted is None for w in attack.weapons)


@pytest.mark.parametrize("text", [
    "According to Russia's defence ministry, its air defences destroyed 45 Ukrainian drones overnight, including 18 over the Kursk region.",
    "Air defences downed 45 Ukrainian drones overnight, 18 of them over the Kursk region, Russia's defence ministry said.",
    "Russia said it destroyed 45 Ukrainian drones overnight: 18 over the Kursk region, 15 over the Bryansk region "
    "and 12 over the Belgorod region.",
    "Moscow says it shot down 45 Ukrainian drones over the Kursk, Bryansk and Belgorod regions overnight.",
])
def test_totals_over_regions_keep_a_nationwide_record(text):
    attack = _country(_attacks(text))
    assert [(p.name, p.level) for p in attack.locations] == [("Russia", LocationLevel.country)]
    assert _figures(attack) == (None, 45)
    assert attack.target_country == "Russia"


def test_a_capital_that_speaks_is_not_a_place_but_one_that_is_hit_is():
    [attack] = _attacks("Kyiv says Russian drones struck an energy facility in Odesa overnight.")
    assert [p.name for p in attack.locations] == ["Odesa"]
    [attack] = _attacks("Russian drones struck Kyiv overnight, the mayor said.")
    assert [p.name for p in attack.locations] == ["Kyiv"]


@pytest.mark.parametrize("text", [
    "A Russian missile strike on Poltava on Monday killed five people and wounded 13, four of them children.",
    "A Russian missile strike on Poltava on Monday killed five people and wounded 13, four of whom were children.",
    "A Russian missile strike on Poltava on Monday killed five people and wounded 13, including four children.",
    "A Russian missile strike on Poltava on Monday killed five people. Thirteen were wounded, among them four children.",
])
def test_children_among_the_wounded_in_any_order(text):
    [attack] = _attacks(text)
    assert (attack.killed.value, attack.injured.value, attack.children_injured.value) == (5, 13, 4)


@pytest.mark.parametrize("text", [
    'According to Russia\'s defence ministry, air defence units had "neutralised" 52 Ukrainian fixed-wing drones overnight, '
    "most of them over the Kursk and Bryansk regions.",
    "Air defences had intercepted 52 Ukrainian jet-powered drones overnight, mostly over the Kursk and Bryansk "
    "regions, Russia said.",
])
def test_a_quoted_verb_and_the_drone_type_do_not_hide_the_count(text):
    [attack] = _attacks(text)
    assert [p.name for p in attack.locations] == ["Russia"]
    assert _figures(attack) == (None, 52)

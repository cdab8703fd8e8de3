"""A live-blog entry tells one wave (dev21 B10): a consequence at a place with no weapon word of
its own (a fire, debris, damage) takes the weapon kinds its stamped entry told before it; a weapon
noun as the modifier of a wave noun types the record (dev21 B8). Entries written for these tests;
published on Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack


_attacks = AttackProbe()


def _at(text: str, place: str) -> Attack:
    return next(a for a in _attacks(text) if place in [loc.name for loc in a.locations])


@pytest.mark.parametrize("text, place, kind", [
    ("**11:20** Russia's defence ministry said 45 drones were downed overnight over six regions. A fuel depot caught "
     "fire in Klintsy, the governor said; crews had it out by dawn.", "Klintsy", "air_drone_strike"),
    ("**07:45** The ministry reported 30 Ukrainian drones destroyed over Russian regions overnight. In Yelets, "
     "falling debris damaged the roof of a garage.", "Yelets", "air_drone_strike"),
    ("09:30 — Ukraine's air force said it shot down 12 of 14 missiles overnight. A warehouse in Bila Tserkva was "
     "damaged and a fire broke out.", "Bila Tserkva", "missile_strike"),
    ("Update 06:15: Air defences destroyed 52 drones and four cruise missiles overnight, the air force said. A blast "
     "damaged a workshop in Rivne.", "Rivne", "drone_and_missile"),
])
def test_consequence_in_an_entry_takes_the_entry_weapons(text: str, place: str, kind: str) -> None:
    assert _at(text, place).kind.value == kind


def test_lent_kinds_carry_no_figures() -> None:
    attack = _at("**11:20** Russia's defence ministry said 45 drones were downed overnight over six regions. A fuel "
                 "depot caught fire in Klintsy, the governor said.", "Klintsy")
    assert [(w.type.value, w.launched, w.intercepted) for w in attack.weapons] == [("drone", None, None)]


@pytest.mark.parametrize("text, place", [
    # no weapon in the entry
    ("**10:00** A fire at a market in Shebekino is being investigated as arson, police said.", "Shebekino"),
    # the weapons were told in an earlier entry: another story
    ("**08:00** The ministry said 45 drones were downed overnight over six regions.\n\n"
     "**12:30** A fire broke out at a sawmill in Klintsy, the governor said.", "Klintsy"),
])
def test_no_weapon_from_outside_the_entry(text: str, place: str) -> None:
    attacks = [a for a in _attacks(text) if place in [loc.name for loc in a.locations]]
    assert all(not a.weapons for a in attacks)


@pytest.mark.parametrize("text, kind", [
    ("The drone barrage hit Bila Tserkva before dawn, killing two people.", "air_drone_strike"),
    ("A missile-and-drone raid damaged the Burshtyn power plant overnight, the operator said.", "drone_and_missile"),
    ("The cruise missile salvo struck two substations in Rivne overnight.", "missile_strike"),
    ("Nine people were killed in Kyiv overnight, officials said. The Shahed and Iskander wave began shortly after "
     "midnight.", "drone_and_missile"),
])
def test_weapon_as_modifier_of_a_wave_types_the_record(text: str, kind: str) -> None:
    [attack] = _attacks(text)
    assert attack.kind.value == kind


def test_a_wave_of_panic_is_no_strike() -> None:
    assert _attacks("A wave of panic swept through Kharkiv on Sunday after the sirens sounded.") == []

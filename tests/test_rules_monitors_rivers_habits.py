"""Sentences next to a day's strike that tell no strike of their own (dev20 B3, remaining parts):
monitors or observers who heard or recorded blasts, a river named after a preposition ("across the
Dnipro" is the river, not the city), and a habitual frame ("have kept X under fire since 2022",
"almost daily"). Told after a strike they must not borrow its attacker and day and open a record.
Negatives: a dated strike with a hit stays a record, and the city of that name stays a place.
Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

# the same lead and reader as the other dev20 B3 families (ground combat, found debris)
from test_rules_front_and_debris import _LEAD, _places


@pytest.mark.parametrize("line", [
    "Monitors at the Zaporizhzhia nuclear plant said they heard several blasts by the site on Tuesday.",
    "Experts of the agency stationed at the plant heard explosions close to Enerhodar, the agency said.",
    "OSCE observers recorded a series of blasts near Enerhodar on Tuesday.",
    "Inspectors at the Kursk power station registered several explosions nearby on Tuesday.",
    "International observers said they heard artillery fire near Nikopol on Tuesday.",
    "Staff of the monitoring mission reported detonations in the vicinity of Enerhodar.",
    "The agency's team in Enerhodar said it had heard loud blasts through the night.",
    "UN monitors in Kherson heard heavy shelling on the city's outskirts on Tuesday.",
])
def test_monitors_who_heard_blasts_open_no_record(line: str) -> None:
    assert _places(_LEAD + line) == {"Kharkiv"}


@pytest.mark.parametrize("line, town", [
    ("Russian troops across the Dnipro shelled Beryslav on Tuesday, wounding two.", "Beryslav"),
    ("Gunners beyond the Dnipro fired on Kherson on Tuesday, injuring one woman.", "Kherson"),
    ("Artillery positioned along the Dnipro hit Marhanets on Tuesday, wounding three.", "Marhanets"),
    ("Drones sent over the Dnipro struck Nikopol on Tuesday, damaging a warehouse.", "Nikopol"),
    ("From across the Dnipro River, Russian artillery hit Nikopol on Tuesday, injuring one.", "Nikopol"),
    ("Russian units dug in behind the Dnipro shelled Beryslav on Tuesday, injuring two.", "Beryslav"),
    ("Troops on the Dnipro's left bank shelled Kherson on Tuesday, wounding a man.", "Kherson"),
    ("Guns on the far side of the Dnipro pounded Nikopol on Tuesday, injuring four.", "Nikopol"),
])
def test_a_river_after_a_preposition_is_no_place(line: str, town: str) -> None:
    places = _places(_LEAD + line)
    assert town in places and "Dnipro" not in places


@pytest.mark.parametrize("line", [
    "Russian missiles struck Dnipro on Tuesday, killing three people.",
    "A drone hit a factory in Dnipro on Tuesday, injuring two workers.",
    "Russian forces shelled the Dnipro region on Tuesday, wounding a farmer.",
])
def test_the_city_of_the_same_name_stays_a_place(line: str) -> None:
    places = _places(_LEAD + line)
    assert any(p.startswith("Dnipro") for p in places)


@pytest.mark.parametrize("line", [
    "Russian troops across the river have kept Beryslav under artillery fire since 2022.",
    "Gunners entrenched on the far bank have shelled Nikopol almost daily since 2023.",
    "Russian forces have pounded Kherson almost every day since they withdrew in 2022.",
    "Marhanets has been under near-constant shelling since 2022.",
    "Russian artillery shells Nikopol almost daily.",
    "The town of Vovchansk has been shelled nightly for months.",
    "Russian troops have kept the city of Kherson under drone fire for more than a year.",
    "Russia has been shelling Beryslav almost every day since the autumn of 2022.",
])
def test_a_habitual_frame_opens_no_record(line: str) -> None:
    assert _places(_LEAD + line) == {"Kharkiv"}


@pytest.mark.parametrize("line, town", [
    ("Russian artillery shelled Beryslav on Tuesday, wounding two.", "Beryslav"),
    ("Despite months of shelling, a Russian strike on Kherson on Tuesday killed two.", "Kherson"),
    ("Russian guns, which fire on Nikopol almost daily, hit a school there on Tuesday, injuring one.", "Nikopol"),
    ("Monitors at the plant said a drone struck Enerhodar on Tuesday, injuring two workers.", "Enerhodar"),
    ("Observers heard blasts as a missile hit a depot in Nikopol on Tuesday, damaging it.", "Nikopol"),
])
def test_a_dated_strike_with_a_hit_stays_a_record(line: str, town: str) -> None:
    assert town in _places(_LEAD + line)

"""Round 19 (dev36 A2): a place that only locates the target at its edge ("X, a suburb on the
southern edge of Y", "in X, on Y's eastern edge") names no place hit; a strike on Y itself
("drones struck the outskirts of Y", "Y's northern outskirts") keeps Y. Sentences written for these
tests, in several phrasings, with near misses; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value

_attacks = AttackProbe()


@pytest.mark.parametrize("text, place", [
    ("A drone hit a minibus in Kulbakyne, a suburb on the southern edge of Mykolaiv, on Sunday, injuring two.",
     "Kulbakyne"),
    ("A Russian drone hit a bus in Chornobaivka, on Kherson's northern edge, on Sunday, injuring two.", "Chornobaivka"),
    ("Shells fell on Bilozerka, at the western outskirts of Kherson, on Sunday, wounding two.", "Bilozerka"),
    ("On Sunday a drone struck a car in Kupiansk-Vuzlovyi, along the northern approaches of Kupiansk, "
     "injuring two.", "Kupiansk-Vuzlovyi"),
])
def test_a_place_at_the_edge_of_a_city_is_the_place_hit(text: str, place: str) -> None:
    a = _attacks.one(text)
    assert [p.name for p in a.locations] == [place] and count_value(a.injured) == 2


@pytest.mark.parametrize("text", [
    "Drones struck the outskirts of Kharkiv overnight, injuring two.",
    "Drones struck Kharkiv's northern outskirts overnight, injuring two.",
    "Shells hit houses on the eastern edge of Kharkiv on Sunday, injuring two.",
])
def test_a_strike_on_the_city_edge_itself_keeps_the_city(text: str) -> None:
    a = _attacks.one(text)
    assert [p.name for p in a.locations] == ["Kharkiv"] and count_value(a.injured) == 2


def test_a_later_strike_on_the_city_stays_its_own_record() -> None:
    attacks = _attacks("A Russian drone hit a house in Chornobaivka, a village on the northern fringe of Kherson, on "
                       "Sunday, injuring a woman. Later that day shelling of Kherson's Dniprovskyi district injured "
                       "two more people.")
    places = sorted(([p.name for p in a.locations], count_value(a.injured)) for a in attacks)
    assert places == [(["Chornobaivka"], 1), (["Kherson"], 2)]

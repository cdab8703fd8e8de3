"""A downing verb split round its object ("crews shot 14 Shaheds down", "brought six of the missiles
down", "knocked 20 drones out of the sky"): the count between verb and particle is intercepted.
Fresh sentences."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value

_one = AttackProbe("2026-05-09").one


@pytest.mark.parametrize("text, launched, downed", [
    ("Russia sent 33 Shahed drones against Ukraine overnight. Mobile air defence groups shot 17 Shaheds down.", 33, 17),
    ("Russia fired nine cruise missiles at Ukraine overnight, and air defences brought seven of the missiles down.",
     9, 7),
    ("Russia launched 48 drones overnight; fighter jets and gunners shot 31 of them down over the south.", 48, 31),
    ("Russia attacked Ukraine with 26 drones overnight, and the air force said its units shot 19 of the drones down.", 26, 19),
    ("Russia launched 22 attack drones at Ukraine overnight. Air defence knocked 15 drones out of the sky.", 22, 15),
])
def test_a_split_downing_verb_counts_interceptions(text: str, launched: int, downed: int) -> None:
    [w] = _one(text).weapons
    assert (count_value(w.launched), count_value(w.intercepted)) == (launched, downed)


@pytest.mark.parametrize("text", [
    "Russia sent 33 drones toward Ukraine overnight, and police shot 2 looters dead in the town of Izium.",
    "Russia fired 40 drones at Kharkiv overnight; the blasts brought 3 walls down the slope.",
])
def test_no_interception_without_the_particle(text: str) -> None:
    assert all(w.intercepted is None for a in AttackProbe("2026-05-09")(text) for w in a.weapons)

"""Downed figures and the launch they belong to: "attacked Odesa with 20 drones. 15 of them were
shot down" is Odesa's part; "70 drones were downed across Russia" after "attacked X with 20 drones"
is larger than that launch, so it is the country's own interception tally (r9, A7)."""

from __future__ import annotations

from typing import Iterable

from .common import Facts, weapon_class


def part_of_launch(f: Facts, told: Iterable[Facts]) -> bool:
    """Whether every downed figure of `f` fits inside a launch figure of the sentences told."""
    told = list(told)
    launched = [w.launched.value for g in told for w in g.counted_weapons if w.launched]
    downed = [w.intercepted.value for w in f.counted_weapons if w.intercepted]
    if downed and not any(downed):  # "No missiles were intercepted" after "a missile hit X" (dev20 B9)
        classes = {weapon_class(w.type) for w in f.counted_weapons if w.intercepted}
        return any(weapon_class(w.type) in classes for g in told for w in [*g.weapon_types, *g.counted_weapons])
    return bool(launched) and all(d <= max(launched) for d in downed)


def defended_by(f: Facts, side: str) -> None:
    """dev21 B2: "air defences downed nine other drones over the region" after a strike on a place
    of `side`: the defence is that side's, whatever side the dateline or the sentences before name."""
    f.target_hint = side
    f.attacker = None if f.attacker == side else f.attacker

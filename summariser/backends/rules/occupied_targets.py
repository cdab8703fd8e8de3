"""A Ukrainian strike on occupied Crimea, or on Russian forces and ships there, targets Russia
(codebook 12, dev34 Q3): the gazetteer keeps Crimea's towns in Ukraine, so their country alone would
make Ukraine strike Ukraine. The territories are data (`knowledge/data/occupied.yaml`)."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from ... import lexicon as lx
from ...knowledge._data import load
from .strike_event import Event


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    return frozenset(str(r) for r in load("occupied.yaml")["regions"])


def occupied(place: lx.Place) -> bool:
    """A place in a territory listed as held by Russia (the region itself or a town in it)."""
    return place.name in _regions() or (place.admin1 or "") in _regions()


def occupied_target(attacker: str | None, country: str | None, places: Iterable[lx.Place],
                    hint: str | None = None) -> str | None:
    """The target a strike on occupied territory has: the occupier, when the attacker is the
    territory's own state (never its own target); None when it does not apply. A sentence with no
    attacker keeps the place's country: Crimea is also where launches come from ("drones launched
    from Crimea"), and a place told so is no target (dev11's tallies)."""
    if attacker is None and hint is not None and hint == lx.OPPONENT.get(country or ""):
        # r21 (dev39 A5): "naval drones raided the fleet's piers at Sevastopol": the occupier's own
        # forces there, told as the strike's object, are its target
        return hint if any(occupied(p) for p in places) else None
    if attacker is None or attacker != country:
        return None
    return lx.OPPONENT.get(country or "") if any(occupied(p) for p in places) else None


def retarget_occupied(events: list[Event]) -> None:
    """The same at the record's level, once its sentences are joined: "Ukrainian drones hit a ship
    off Crimea. It was struck near <a Crimean town>, the navy said": the town's sentence names no
    attacker, the record does."""
    for ev in events:
        ev.target = occupied_target(ev.attacker, ev.target, ev.places) or ev.target

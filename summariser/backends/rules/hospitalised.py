"""Hospitalised is not injured (codebook 6): "three passengers were taken to hospital" gives no
injured count. A sentence that only says so names no strike: it joins, as evidence, the record of a
town it names when a strike on that town was already told ("In X, three were taken to hospital"),
and otherwise adds nothing (a town named only as where a hospital is, "taken to hospital in Y",
opens no record)."""

from __future__ import annotations

from typing import Iterable

from ... import lexicon as lx
from .common import Facts


def aftermath_only(f: Facts) -> bool:
    """A sentence that only tells people taken to hospital: no strike word, toll or weapon figure."""
    return f.hospitalised and not (f.attack_vocab or f.counts or f.counted_weapons)


def keep_told_places(f: Facts, told: Iterable[list[lx.Place]]) -> None:
    """Keep the sentence's places only when one of them is a place of a strike already told."""
    names = {p.place.name for p in f.places}
    if not any(names & {q.name for q in places} for places in told):
        f.places = []

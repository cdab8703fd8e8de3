"""Counts written without their weapon take the weapon counted just before: "Russia launched 50
drones ... Air defences shot down 36 of them" (the part in one sentence, its weapon in the last)."""

from __future__ import annotations

from ...records import Count, WeaponType
from .common import Facts, WeaponHit, same_model, weapon_class
from .list_items import list_header_before
from .respectively import resolve_respective


def anaphoric_hit(hits: list[WeaponHit], count: Count, cue: str = "intercepted") -> WeaponHit:
    """The part takes the weapon of the last count in the sentence; with none, the weapon is
    resolved against the sentence before (`resolve_anaphora`)."""
    if hits:
        last = hits[-1]
        hit = WeaponHit(last.type, last.model, classes=last.classes)
    else:
        hit = WeaponHit(WeaponType.other, None, anaphoric=True)
    setattr(hit, cue, count)
    return hit


def resolve_anaphora(facts: list[Facts]) -> None:
    """'Russia launched 50 drones ... Air defences shot down 36 of them': the part counted in one
    sentence takes the weapon launched in the sentence just before; with no single such weapon
    the part is dropped rather than guessed."""
    for i, f in enumerate(facts):
        if not any(w.anaphoric for w in f.counted_weapons):
            continue
        prev = list_header_before(facts, i) or next((g for g in reversed(facts[:i]) if g.idx < f.idx), None)
        launched = [w for w in prev.counted_weapons if w.launched or (f.again and w.intercepted)] \
            if prev and (f.idx - prev.idx == 1 or prev is list_header_before(facts, i)) else []  # "downed 64 drones ... A further 31 were destroyed": drones
        every = launched  # before the combined total is preferred: an exception's own noun picks from all
        own = {(w.type, w.model): w for w in f.weapon_types}
        if not launched and len(own) == 1 and not _prev_counts_weapons(prev, f):
            launched = list(own.values())  # "drones were downed over A and B, 37 in all": the sentence's own weapon
        if not launched and not own and (mixed := _uncounted_mix(prev, f)) is not None:
            launched = [mixed]  # "attacked X with drones and missiles ... downed more than 20 of them": the mix (r47)
        if len(launched) > 1 and launched[0].type is WeaponType.other:
            launched = launched[:1]  # "653 air attack assets: 579 drones, 48 missiles ... 611 of them": of the total
        resolve_respective(f, launched)
        kept = []
        for w in f.counted_weapons:
            pool = _of_named_family(w, every) if w.anaphoric and w.classes else launched
            if w.anaphoric and len(pool) != 1:
                continue
            if w.anaphoric:
                w.type, w.model, w.classes, w.anaphoric = pool[0].type, pool[0].model, pool[0].classes, False
            if w.all_but is not None:  # "All but six were shot down": of the total launched just before
                total, k = pool[0].launched, w.all_but
                if total is None or k >= total.value or w.intercepted is None:
                    continue
                w.intercepted = w.intercepted.model_copy(update={"value": total.value - k, "qualifier": total.qualifier})
            kept.append(w)
        f.counted_weapons = kept


def _of_named_family(w: WeaponHit, launched: list[WeaponHit]) -> list[WeaponHit]:
    """"70 drones and eight Kalibrs ... all but three of the Kalibrs": the exception
    names its family, so of two weapons launched just before only that family's is its whole."""
    return [x for x in launched if x.type is not WeaponType.other and weapon_class(x.type) in w.classes
            and (w.type in _GENERIC or x.type is w.type) and same_model(w.model, x.model)]


# a named type that restricts nothing within its family: "all but two of the missiles" of the Kalibrs fired
_GENERIC = {WeaponType.other, WeaponType.missile, WeaponType.drone}


def _uncounted_mix(prev: Facts | None, f: Facts) -> WeaponHit | None:
    """The wave of the sentence just before told by two families and no figure ("attacked Kyiv with drones
    and missiles"): a part of it counted by "of them" is of the combined total (codebook 9), type `other`."""
    if prev is None or f.idx - prev.idx != 1 or prev.counted_weapons:
        return None
    classes = frozenset(weapon_class(w.type) for w in prev.weapon_types)
    return WeaponHit(WeaponType.other, None, classes=classes) if {"drone", "missile"} <= classes else None


def _prev_counts_weapons(prev: Facts | None, f: Facts) -> bool:
    """Whether the sentence just before counts weapons (then a part here is a part of those)."""
    return prev is not None and f.idx - prev.idx == 1 and bool(prev.counted_weapons)

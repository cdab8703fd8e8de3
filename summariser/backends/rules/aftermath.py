"""Where a night's barrage did damage (atk8): after a report's figures ("Russia attacked with 97
drones and four missiles; 80 were downed"), "Damage is reported in the A and B regions" tells where
that barrage hit. The regions' record has no weapon of its own words, so it takes the kinds of
weapon (not their counts) and the kind of attack of the barrage it follows: the same night, the
same target country, the record just before it."""

from __future__ import annotations

import re

from ...grounding import vocabulary
from ...records import Attack, AttackKind, LocationLevel, Weapon, WeaponType
from .common import weapon_class


def lend_barrage_weapons(attacks: list[Attack]) -> list[Attack]:
    """Give a weaponless regional record the weapon kinds of the country barrage told just before it."""
    out: list[Attack] = []
    for a in attacks:
        prev = out[-1] if out else None
        if prev is not None and _aftermath_of(a, prev):
            # the concrete kinds only, by family: a combined total ("260 drones and missiles", type
            # other) is the barrage's sum, never a weapon of one place (B2); only such a total: itself
            kinds = _families(prev.weapons) or [Weapon(type=w.type, model=w.model) for w in prev.weapons]
            a = a.model_copy(update={"weapons": kinds, "kind": prev.kind})
        out.append(a)
    return out


# r50 (dev75): a region's toll from the barrage's falling wreckage ("In the X region wreckage hurt three people
# in a village"): the wreckage is of the barrage's weapons, so the toll keeps them too
_WRECKAGE = re.compile(rf"\b(?:{vocabulary.pattern('wreckage_nouns')})\b", re.I)


def _aftermath_of(a: Attack, barrage: Attack) -> bool:
    tolls = a.killed or a.injured or a.children_killed or a.children_injured
    return (a.kind is AttackKind.other and not a.weapons and (not tolls or any(_WRECKAGE.search(e.text) for e in a.evidence))
            and bool(a.locations) and all(p.level is LocationLevel.region for p in a.locations)
            and bool(barrage.weapons) and len(barrage.locations) == 1
            and barrage.locations[0].level is LocationLevel.country
            and barrage.target_country == a.target_country and barrage.date == a.date
            and barrage.attacker is not None and a.attacker in (None, barrage.attacker))


_FAMILY = {"drone": WeaponType.drone, "missile": WeaponType.missile}


def _families(weapons: list[Weapon]) -> list[Weapon]:
    """One weapon per family of the barrage's weapons, without model or figures; a combined total
    (type other) lends nothing of its own (its types are listed beside it)."""
    out: list[Weapon] = []
    for w in weapons:
        if w.type is WeaponType.other or w.type is WeaponType.decoy_drone:
            continue
        family = _FAMILY.get(weapon_class(w.type), w.type)
        if all(x.type is not family for x in out):
            out.append(Weapon(type=family))
    return out

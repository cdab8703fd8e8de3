"""Where a night's barrage did damage (atk8): after a report's figures ("Russia attacked with 97
drones and four missiles; 80 were downed"), "Damage is reported in the A and B regions" tells where
that barrage hit. The regions' record has no weapon of its own words, so it takes the kinds of
weapon (not their counts) and the kind of attack of the barrage it follows: the same night, the
same target country, the record just before it."""

from __future__ import annotations

from ...records import Attack, AttackKind, LocationLevel, Weapon, WeaponType


def lend_barrage_weapons(attacks: list[Attack]) -> list[Attack]:
    """Give a weaponless regional record the weapon kinds of the country barrage told just before it."""
    out: list[Attack] = []
    for a in attacks:
        prev = out[-1] if out else None
        if prev is not None and _aftermath_of(a, prev):
            # the concrete kinds only: a combined total ("260 drones and missiles", type other) is
            # the barrage's sum, never a weapon of one place (B2)
            kinds = [Weapon(type=w.type, model=w.model) for w in prev.weapons if w.type is not WeaponType.other] \
                or [Weapon(type=w.type, model=w.model) for w in prev.weapons]
            a = a.model_copy(update={"weapons": kinds, "kind": prev.kind})
        out.append(a)
    return out


def _aftermath_of(a: Attack, barrage: Attack) -> bool:
    return (a.kind is AttackKind.other and not a.weapons and not a.killed and not a.injured
            and bool(a.locations) and all(p.level is LocationLevel.region for p in a.locations)
            and bool(barrage.weapons) and len(barrage.locations) == 1
            and barrage.locations[0].level is LocationLevel.country
            and barrage.target_country == a.target_country and barrage.date == a.date
            and barrage.attacker is not None and a.attacker in (None, barrage.attacker))

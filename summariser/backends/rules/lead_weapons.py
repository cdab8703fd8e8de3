"""The weapons of a date-only lead for every locality of its night: "Overnight Russia attacked the
grid with drones and missiles. In Lutsk, a substation was hit ... In Rivne, a fire broke out at a
plant." The lead names no place and makes no record; `lead_day.follow_lead` lends its weapons to
the sentences right after it, but a locality told further down, in a paragraph of its own with no
weapon word, is the same wave (codebook rule 8) and takes the lead's weapon kinds too (no
figures: a barrage's launched/intercepted stay on its country record). Only a record of the
lead's own night and attacker that names no weapon of its own."""

from __future__ import annotations

from .common import Facts, WeaponHit
from .events import Event
from .lead_day import lead_day


def _date_only_lead(facts: list[Facts]) -> Facts | None:
    """The first sentence at the top that tells a night, weapons and a strike but no place nor figure."""
    return next((f for f in facts if lead_day(f) is not None and not f.places and f.attack_vocab and f.weapon_types
                 and not (f.has_numbers or f.quote or f.hypothetical or f.cumulative)), None)  # figures: a record of its own


def weapon_kinds(f: Facts) -> list[WeaponHit]:
    """The weapon kinds a sentence names, without figures."""
    seen = [WeaponHit(w.type, w.model, classes=w.classes) for w in f.weapon_types]
    return [w for i, w in enumerate(seen) if all(v.type is not w.type for v in seen[:i])]


def _weaponless(ev: Event) -> bool:
    return not any(f.weapon_types or f.counted_weapons for f in ev.facts)


def lend_lead_weapons(events: list[Event], facts: list[Facts]) -> None:
    """Give each weaponless locality record of a date-only lead's night the lead's weapon kinds."""
    lead = _date_only_lead(facts)
    if lead is None or lead.date is None:
        return
    for ev in events:
        if ev.country_level is not None or not ev.places or not _weaponless(ev) or ev.date != lead.date \
                or ev.facts[0].idx <= lead.idx or ev.attacker and lead.attacker and ev.attacker != lead.attacker:
            continue
        ev.facts[0].weapon_types = weapon_kinds(lead)

"""A struck place told with no weapon and no time beside the night's barrage (r17, dev31 A10):
"Russian drones and cruise missiles targeted the west. In the X region, a substation near Y was
hit. Overnight, Russia sent 200 drones and 15 missiles ..." The place's record is that wave's:
it takes the weapon kinds of the placeless lead told just before it (codebook 8: the weapon from
the sentence before, when it plainly describes the same wave), and, undated, the night of the
barrage counted within two sentences of it (the country record of the same attacker). A record
with a weapon or a day of its own keeps them ("On Sunday a depot was hit")."""

from __future__ import annotations

import re

from ...knowledge import cues
from .common import Facts, WeaponHit
from .strike_event import Event

_REACH = 2  # sentences between the place and the barrage's figures


def lend_barrage_night(events: list[Event], facts: list[Facts]) -> None:
    """Give each weaponless, undated place record the lead's weapon kinds and the barrage's night."""
    by_idx = {f.idx: f for f in facts}
    for ev in events:
        if ev.country_level is not None or not ev.places or not ev.facts or _armed(ev) \
                or any(f.background or f.quote or f.hypothetical for f in ev.facts):
            continue
        first = min(f.idx for f in ev.facts)
        lead = by_idx.get(first - 1)
        if lead is not None and (_weapon_lead(lead) or _aimed_at(lead, ev)) and _same_side(lead.attacker, ev.attacker):
            ev.facts[0].weapon_types = _kinds(lead)
        if ev.date is None:
            night = next((e for e in events if e.country_level is not None and e.date is not None and e.facts
                          and _same_side(e.attacker, ev.attacker) and ev.target in (None, e.target)
                          and any(abs(g.idx - f.idx) <= _REACH for g in e.facts for f in ev.facts)), None)
            if night is not None and any(w.launched for g in night.facts for w in g.counted_weapons):
                ev.date = night.date


def _armed(ev: Event) -> bool:
    return any(f.weapon_types or f.counted_weapons for f in ev.facts)


def _weapon_lead(f: Facts) -> bool:
    """A side's strike told by its weapons with no place and no figure ("Russian drones and missiles hit
    the west"); not a sentence of debris or fragments, which names no attacker ("debris of downed drones
    fell at 30 sites")."""
    return f.attack_vocab and f.attacker is not None and bool(f.weapon_types) and not f.places and not f.has_numbers \
        and not (f.background or f.quote or f.hypothetical or f.cumulative)


def _aimed_at(lead: Facts, ev: Event) -> bool:
    """r48: the barrage told just before the city's toll with the city as its main aim ("launched 90 drones at
    the country, most of them at X"; "... 40 missiles, mainly at X"): the city's strike was of that wave's kinds."""
    return bool(lead.attack_vocab and lead.weapon_types and any(
        re.search(rf"{_MAIN_AIM}\s+(?:the\s+capital\s+|the\s+city\s+of\s+)?{re.escape(p.name)}\b", lead.sent.text)
        for p in ev.places))


_MAIN_AIM = rf"\b(?:{cues.alternation('place_roles', 'main_aim_before')})\s+(?:aimed\s+|directed\s+)?(?:at|on|against|towards?)"


def _same_side(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _kinds(f: Facts) -> list[WeaponHit]:
    seen = [WeaponHit(w.type, w.model, classes=w.classes) for w in f.weapon_types]
    return [w for i, w in enumerate(seen) if all(v.type is not w.type for v in seen[:i])]

"""Weapon figures written as labels (r9): "Drones: 142 launched, 118 downed. Missiles: 12 launched,
9 downed." - an air force summary's list, one weapon per label, its launched and downed figures
after the colon. Each becomes that weapon's counts, as "launched 142 drones, 118 were downed" would."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...numbers import parse_number
from ...records import Count
from .common import Facts, WeaponHit, span_of, weapon_class

_LABEL = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<w>[A-Z][\w-]*(?:\s+[\w-]+){0,2}?)\s*:\s*(?P<n1>\d[\d,]*)\s+(?:launched|fired|used|detected)"
    r"(?:\s*,\s*(?P<n2>\d[\d,]*)\s+(?:downed|shot\s+down|intercepted|destroyed|neutrali[sz]ed))?", re.I)


def add_labelled_weapons(text: str, f: Facts) -> None:
    """Add the counts of each "<Weapon>: N launched, K downed" label of the sentence it does not count yet."""
    s = f.sent
    for m in _LABEL.finditer(text, s.start, s.end):
        found = next(iter(lx.iter_weapons(text, m.start("w"), m.end("w"))), None)
        if found is None or found[0].group(0).strip().lower() != m.group("w").strip().lower():
            continue  # the label is a weapon's name, nothing else
        _, wtype, model = found
        if any(w.type is wtype and w.launched for w in f.counted_weapons):
            continue
        counts = {}
        for group, field in (("n1", "launched"), ("n2", "intercepted")):
            value = parse_number(m.group(group).replace(",", "")) if m.group(group) else None
            if value is not None:
                counts[field] = Count(value=value, evidence=span_of(text, m.start(group), m.end(group)))
        f.counted_weapons.append(WeaponHit(wtype, model, classes=frozenset({weapon_class(wtype)}), **counts))
        if not any(w.type is wtype for w in f.weapon_types):
            f.weapon_types.append(WeaponHit(wtype, model, classes=frozenset({weapon_class(wtype)})))

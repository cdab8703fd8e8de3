"""Weapon figures written in a summary's shorthand (r9): labels ("Drones: 142 launched, 118 downed.
Missiles: 12 launched, 9 downed."), downed figures in brackets ("launched 142 drones (118 shot
down) and 12 missiles (9 shot down)") and rows of a table told in prose, the weapon first ("Attack
drones - 142 (118 of them downed); cruise missiles: 12, of which 9 were destroyed"). Each becomes
that weapon's counts, as "launched 142 drones, 118 were downed" would."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...numbers import parse_number
from ...records import Count
from .common import Facts, WeaponHit, span_of, weapon_class

_LABEL = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<w>[A-Z][\w-]*(?:\s+[\w-]+){0,2}?)\s*:\s*(?P<n1>\d[\d,]*)\s+(?:launched|fired|used|detected)"
    r"(?:\s*,\s*(?P<n2>\d[\d,]*)\s+(?:downed|shot\s+down|intercepted|destroyed|neutrali[sz]ed))?", re.I)


def add_weapon_rows(text: str, f: Facts) -> None:
    """'Attack drones - 142 (118 of them downed)': the figure after the weapon is launched, the
    bracketed or 'of which' figure intercepted (a bare row is a list item, read by the list readers)."""
    s = f.sent
    for m, wtype, model in lx.weapon_rows(text, s.start, s.end):
        k = "n2" if m.group("n2") else "n3"
        launched, downed = (Count(value=parse_number(m.group(g).replace(",", "")) or 0,
                                  evidence=span_of(text, m.start(g), m.end(g))) for g in ("n1", k))
        _drop_counts_inside(f, range(m.start("n1"), m.end()))
        hit = next((w for w in f.counted_weapons if w.type is wtype and (w.model == model or not w.model)), None)
        if hit is None:
            f.counted_weapons.append(WeaponHit(wtype, model, launched, downed, classes=frozenset({weapon_class(wtype)})))
        else:
            hit.launched, hit.intercepted = launched, downed


def _drop_counts_inside(f: Facts, inside: range) -> None:
    """Figures another reader took from a row's numbers belong to the row's weapon alone."""
    for w in f.counted_weapons:
        if w.launched and w.launched.evidence and w.launched.evidence.start in inside:
            w.launched = None
        if w.intercepted and w.intercepted.evidence and w.intercepted.evidence.start in inside:
            w.intercepted = None
    f.counted_weapons[:] = [w for w in f.counted_weapons if w.launched or w.intercepted]


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
        counts: dict[str, Count] = {}
        for group, field in (("n1", "launched"), ("n2", "intercepted")):
            value = parse_number(m.group(group).replace(",", "")) if m.group(group) else None
            if value is not None:
                counts[field] = Count(value=value, evidence=span_of(text, m.start(group), m.end(group)))
        f.counted_weapons.append(WeaponHit(wtype, model, counts.get("launched"), counts.get("intercepted"),
                                           classes=frozenset({weapon_class(wtype)})))
        if not any(w.type is wtype for w in f.weapon_types):
            f.weapon_types.append(WeaponHit(wtype, model, classes=frozenset({weapon_class(wtype)})))


_BRACKETED = re.compile(r"(?P<n>\d[\d,]*)\s+(?P<w>[\w-]+(?:\s+[\w-]+){0,2}?)\s*\(\s*(?P<k>\d[\d,]*)\s+"
                        r"(?:were\s+)?(?:downed|shot\s+down|intercepted|destroyed|neutrali[sz]ed)\s*\)", re.I)


def add_bracketed_downs(text: str, f: Facts) -> None:
    """'launched 142 drones (118 shot down) and 12 missiles (9 shot down)': each weapon's launched
    figure before the bracket, its downed figure inside, when the sentence launches."""
    s = f.sent
    if not re.search(rf"\b(?:{lx.LAUNCH_CUES.pattern})", text[s.start:s.end], re.I):
        return
    for m in _BRACKETED.finditer(text, s.start, s.end):
        found = next(iter(lx.iter_weapons(text, m.start("w"), m.end("w"))), None)
        if found is None:
            continue
        _, wtype, model = found
        n, k = (parse_number(m.group(g).replace(",", "")) for g in ("n", "k"))
        if n is None or k is None:
            continue
        launched = Count(value=n, evidence=span_of(text, m.start("n"), m.end("n")))
        downed = Count(value=k, evidence=span_of(text, m.start("k"), m.end("k")))
        hit = next((w for w in f.counted_weapons if w.type is wtype), None)
        if hit is None:
            f.counted_weapons.append(WeaponHit(wtype, model, launched, downed, classes=frozenset({weapon_class(wtype)})))
            continue
        hit.launched = hit.launched or launched
        hit.intercepted = hit.intercepted or downed


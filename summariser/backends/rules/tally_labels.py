"""A tally written as labelled lines, the label being the verb: "Launched: 47 Shahed-type
drones" / "Shot down/suppressed: 39", "Drones launched - 47", "Downed: 39 drones and 2 missiles".
Each figure fills the field its label names, for the weapon the line names, else for the one
weapon counted in the line or in the sentence before (`anaphora.resolve_anaphora`), as "launched
47 drones ... 39 were shot down" would."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...numbers import parse_number
from ...records import Count, WeaponType
from .common import Facts, WeaponHit, span_of, weapon_class

_LAUNCHED = cues.alternation("weapons", "tally_launched_labels")
_INTERCEPTED = cues.alternation("weapons", "tally_intercepted_labels")
# "Shot down in total: 98", "Launched overall - 120": the label's sum word
_IN_ALL = r"(?:\s+(?:in\s+total|in\s+all|overall|altogether|all\s+told))?"
# the label opens its line or sentence, a weapon may come before its verb ("Drones launched: 47")
_LABEL = re.compile(
    rf"(?:^|(?<=[\n.;—–]\s)|(?<=[\n—–]))\s*(?P<w>[A-Za-z-]+(?:\s+[A-Za-z-]+){{0,2}}\s+)??"
    rf"(?:(?P<launched>{_LAUNCHED})|(?P<intercepted>{_INTERCEPTED})){_IN_ALL}\s*[:\u2014\u2013-]\s*"
    r"(?P<n>\d[\d,]*)(?P<rest>[^.;\n]{0,60})", re.I | re.M)
_NEXT_ITEM = re.compile(r"\s*(?:,|\band\b)\s*(?P<n>\d[\d,]*)\s+(?P<w>[^,.;\n]{1,40})", re.I)


def add_tally_labels(text: str, f: Facts) -> None:
    """Add the figures of each verb-labelled line of the sentence the sentence does not count yet."""
    s = f.sent
    for m in _LABEL.finditer(text, s.start, s.end):
        field = "launched" if m.group("launched") else "intercepted"
        head = _weapon(text, m.start("w"), m.end("w")) if m.group("w") else None
        first = _weapon(text, m.start("rest"), m.end("rest"))
        items = [(m.start("n"), m.end("n"), head or first)]
        if head is None and first is not None:  # "Shot down: 39 drones and 2 missiles"
            items += [(i.start("n"), i.end("n"), _weapon(text, i.start("w"), i.end("w")))
                      for i in _NEXT_ITEM.finditer(text, m.end("n"), m.end("rest"))]
        for start, end, weapon in items:
            value = parse_number(text[start:end].replace(",", ""))
            if value is not None:
                _fill(f, field, weapon, Count(value=value, evidence=span_of(text, start, end)))


def _weapon(text: str, start: int, end: int) -> tuple[WeaponType, str | None] | None:
    found = next(iter(lx.iter_weapons(text, start, end)), None)
    return (found[1], found[2]) if found else None


def _fill(f: Facts, field: str, weapon: tuple[WeaponType, str | None] | None, count: Count) -> None:
    if weapon is None:
        own = f.counted_weapons if len(f.counted_weapons) == 1 else []
        if own and getattr(own[0], field) is None:
            setattr(own[0], field, count)
        elif not f.counted_weapons:  # "Shot down/suppressed: 39": the weapon launched just before
            hit = WeaponHit(WeaponType.other, None, anaphoric=True)
            setattr(hit, field, count)
            f.counted_weapons.append(hit)
        return
    wtype, model = weapon
    found = next((w for w in f.counted_weapons if weapon_class(w.type) == weapon_class(wtype)), None)
    if found is None:
        hit = WeaponHit(wtype, model, classes=frozenset({weapon_class(wtype)}))
        setattr(hit, field, count)
        f.counted_weapons.append(hit)
    elif getattr(found, field) is None:
        setattr(found, field, count)

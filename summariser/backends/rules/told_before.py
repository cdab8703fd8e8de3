"""Figures told in the sentence after the one that names their attack: "It was the biggest raid
since September, officials said of the overnight assault on Ukraine. Some 450 drones and 20
missiles were used." The figures' sentence has no day, no place and no side of its own; they are
the attack's that the sentence just before names, so they take its date and target."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from .common import Facts


def _bare_figures(f: Facts) -> bool:
    """Weapon figures with nothing that says which attack they belong to."""
    return f.has_numbers and not f.counts and f.date is None and not f.places and f.target_hint is None \
        and f.attacker is None and not f.enemy and not f.cumulative


def borrow_told_attack(text: str, facts: list[Facts]) -> None:
    """Give bare figures the date, target and attacker of the attack the sentence before names."""
    by_idx = {f.idx: f for f in facts}
    for f in facts:
        prev = by_idx.get(f.idx - 1)
        if prev is None or not _bare_figures(f) or not prev.attack_vocab or prev.has_numbers or prev.places \
                or prev.cumulative or prev.date is None:
            continue
        aimed = lx.AIMED_AT_COUNTRY.search(text, prev.sent.start, prev.sent.end)
        target = prev.target_hint or (aimed.group("country") if aimed else None)
        if target is None and prev.attacker is None:
            continue
        f.date, f.target_hint, f.attacker = prev.date, target, prev.attacker


def date_from_attack_before(facts: list[Facts]) -> None:
    """r40: a strike told with its place but no day, right after a sentence that names a dated attack and
    no place ("Point 2. Damage from the Russian raid of 3 to 4 May." / "REPORTED: ... missiles had hit the
    depot, wounding two"): the strike is that attack's, on its day. Not after a strike recalled on a place
    told before ("The town was hit on 30 July, too."), nor for a sentence opened by a change of scene or a
    day anaphor of its own ("Separately, ...", "That same night, ...": read by anaphoric_days)."""
    by_idx = {f.idx: f for f in facts}
    for f in facts:
        prev = by_idx.get(f.idx - 1)
        if prev is None or f.date is not None or not f.places or not (f.has_numbers or f.weapon_types) \
                or not prev.attack_vocab or prev.date is None or prev.places or prev.has_numbers \
                or prev.cumulative or prev.background or (f.attacker and prev.attacker and f.attacker != prev.attacker) \
                or _PLACE_ANAPHOR.search(prev.sent.text) or _own_opening(f.sent.text):
            continue
        f.date, f.attacker = prev.date, f.attacker or prev.attacker


# a place told before, named again ("the town was hit on 30 July"), and what opens a sentence of another
# scene or a day of its own (the anchoring cues the day anaphors read)
_PLACE_ANAPHOR = re.compile(r"\b(?:the|this|that|its)\s+(?:city|town|village|port|capital|region|oblast|settlement|district)\b",
                            re.I)
_SCENE_SHIFT = cues.pattern("anchoring", "scene_shift_openers")
_DAY_ANAPHOR = re.compile(r"\s*(?:(?:that|the)\s+same|later|earlier)\b", re.I)


def _own_opening(sentence: str) -> bool:
    return bool(_SCENE_SHIFT.match(sentence) or _DAY_ANAPHOR.match(sentence))

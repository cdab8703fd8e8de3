"""A weapon told again (dev20 B11). Two readings join a later sentence's weapon to the one before:

- "a second bomb", "another missile", "a further drone" is one more of the weapon named just
  before ("a guided bomb hit X ... a second bomb hit Y"): it takes that weapon's type, where alone
  "bomb" names no type and "missile" only the generic one;
- "a / the <precise type>" told right after a record's generic one ("Missiles hit X at dawn. A
  ballistic missile struck a depot by the station") says which missiles they were: the sentence
  joins that record, whose generic type the precise one then replaces (attacks._fold_generic_missile).

"Another drone attack came a week later" tells another event, not one more weapon: no inheritance.

dev30 B8: a weapon told by a pronoun: "one of them", "two of these" as the subject of a hit verb
("FPV drones hunt cars on this road. On Monday one of them hit a minibus near X") is one of the
weapons the sentence before named: the sentence takes their type, and with it its strike, where it
names its own place (with none, the weapon would go to the record told before). Not
"one of them was shot down" (an interception's part, read elsewhere), "two of them were children".
Vocabulary: cues/weapons.yaml (anaphoric_weapon_*), cues/strike.yaml (pronoun_strike_verbs)."""

from __future__ import annotations

import re
from typing import Sequence

from ...knowledge import cues
from ...numbers import find_numbers
from ...records import WeaponType
from .common import Facts, WeaponHit, clause_at, count_of
from .count_cues import cue_for

_PRECISE_MISSILES = frozenset({WeaponType.cruise_missile, WeaponType.ballistic_missile})
# the types a family's anaphor may take from its antecedent, and the class that goes with them
_FAMILY_TYPES = {"glide_bomb": (frozenset({WeaponType.glide_bomb}), "glide_bomb"),
                 "missile": (_PRECISE_MISSILES, "missile")}
_ORDINAL = cues.alternation("weapons", "anaphoric_weapon_ordinals")
_NOT_AFTER = cues.alternation("weapons", "anaphoric_weapon_not_after")
_ANAPHORS = {family: re.compile(rf"\b(?:{_ORDINAL})\s+(?:[\w-]+\s+)?(?:{cues.alternation('weapons', 'anaphoric_weapon_nouns_' + family)})\b"
                                rf"(?!\s+(?:{_NOT_AFTER})\b)", re.I)
             for family in _FAMILY_TYPES}
_REACH = 3  # sentences back to the antecedent


def inherit_anaphoric_weapons(text: str, facts: Sequence[Facts]) -> None:
    """Give "a second bomb" the type of the bomb named in the sentences just before."""
    for i, f in enumerate(facts):
        for family, (types, wclass) in _FAMILY_TYPES.items():
            if not _ANAPHORS[family].search(text, f.sent.start, f.sent.end):
                continue
            if any(w.type in types for w in f.weapon_types):
                continue  # "another cruise missile": its own type
            antecedent = _antecedent(facts[:i], f.idx, types)
            if antecedent is None:
                continue
            kept = [w for w in f.weapon_types if w.type is not WeaponType.missile or family != "missile"]
            f.weapon_types = kept + [WeaponHit(antecedent, None, classes=frozenset({wclass}))]


# r21 (dev40 A7): a bare "a bomb" / "the bombs" (no type of its own) in an article whose only bombs told
# before are glide bombs: those bombs ("Glide bombs fell on X on Sunday. ... Back in March a bomb
# flattened a school"); not "a bomb shelter", "a bomb threat", "car bomb"
_BARE_BOMB = re.compile(r"\b(?P<det>a|an|one|the|two|three|four|several)\s+(?:(?:heavy|large|powerful|single)\s+)?bombs?\b"
                        r"(?!\s+(?:shelter|threat|scare|disposal|squad|alert|attacks?|strikes?|raids?))", re.I)


def inherit_article_bombs(text: str, facts: Sequence[Facts]) -> None:
    """Give a bare "a bomb" the glide-bomb type when every typed bomb told before it is a glide bomb."""
    for i, f in enumerate(facts):
        bare = _BARE_BOMB.search(text, f.sent.start, f.sent.end)
        if f.weapon_types or bare is None:
            continue
        told = {w.type for g in facts[:i] for w in g.weapon_types}
        if WeaponType.glide_bomb in told:
            f.weapon_types = [WeaponHit(WeaponType.glide_bomb, None, classes=frozenset({"glide_bomb"}))]
            _count_bare_bombs(text, f, bare)


def _count_bare_bombs(text: str, f: Facts, m: re.Match[str]) -> None:
    """r37: "officials counted three bombs dropped near the station": the number of the bare
    bombs counts the glide bombs in the role its clause's verb gives, as of "two glide bombs"."""
    if f.counted_weapons:
        return
    number = next((n for n in find_numbers(text, m.start("det"), m.end("det")) if n.value >= 2), None)
    role = cue_for(text, *clause_at(text, f.sent, m.start()), number) if number else None
    if number is None or role is None:
        return
    hit = WeaponHit(WeaponType.glide_bomb, None, classes=frozenset({"glide_bomb"}))
    setattr(hit, role, count_of(text, number))
    f.counted_weapons = [hit]


_PRONOUN_WEAPON = re.compile(
    r"\b(?:one|two|three|four|five|several|some|another)\s+of\s+(?:them|these|those)\s+(?:\w+ly\s+)?"
    rf"(?:{cues.alternation('strike', 'pronoun_strike_verbs')})\b", re.I)


def inherit_pronoun_weapons(text: str, facts: Sequence[Facts]) -> None:
    """Give "one of them hit a minibus" the weapons of the sentence just before (dev30 B8)."""
    for i, f in enumerate(facts):
        if f.weapon_types or not f.places or not _PRONOUN_WEAPON.search(text, f.sent.start, f.sent.end):
            continue
        before = [g for g in facts[:i] if g.idx == f.idx - 1 and g.weapon_types]
        if before:
            f.weapon_types = [WeaponHit(w.type, w.model, classes=w.classes) for w in before[-1].weapon_types]
            f.attack_vocab = True


def _antecedent(before: Sequence[Facts], idx: int, types: frozenset[WeaponType]) -> WeaponType | None:
    for g in reversed(before):
        if idx - g.idx > _REACH:
            return None
        found = [w.type for w in g.weapon_types if w.type in types]
        if found:
            return found[-1]
    return None


def refines_generic(record: Sequence[Facts], last_idx: int, f: Facts) -> bool:
    """The sentence names a precise missile type right after a record told with generic missiles only."""
    if f.idx - last_idx > 2 or not any(w.type in _PRECISE_MISSILES for w in f.weapon_types):
        return False
    told = [w.type for g in record for w in g.weapon_types]
    return WeaponType.missile in told and not any(t in _PRECISE_MISSILES for t in told)

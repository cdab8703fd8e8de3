"""One weapon told by its article as the subject of its hit (dev32-A1, codebook 9: weapons
counted as the subject of the hit are launched; the article is the count):

    "A Russian glide bomb tore through a school gym"          -> glide bomb launched 1
    "an Iranian-designed attack drone crashed into a car park" -> drone launched 1
    "A Kh-59 missile slammed into the depot"                   -> cruise missile launched 1
    "a drone dropped a grenade onto a lorry"                   -> drone launched 1

Not: "a drone was shot down" (no hit), "debris of a drone fell" (the article after "of"), "a drone
attack hit X" (the attack, not one weapon), "a drone factory was hit", plural "drones hit", nor
where the sentence counts that weapon's family already ("40 drones attacked; a drone hit a
house": part of the wave). Vocabulary: cues/rules_counts.yaml (sole_weapon_modifiers,
sole_weapon_acts), cues/strike.yaml (subject_hits)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Count, WeaponType
from ...sentences import Sentence
from .common import WeaponHit, span_of, weapon_class

# the article, then up to two modifiers: a capitalised word or a listed one ("a Russian", "an
# Iranian-made kamikaze"); not after a word that makes the weapon a part or a means ("debris of a
# drone", "attacked with a drone", "one of a dozen drones")
_ARTICLE = re.compile(r"(?<![Oo]f\s)(?<!\bwith\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\blike\s)(?<!\bthan\s)\b[Aa]n?\s+(?=\S)")
_MODIFIER = re.compile(rf"(?:[A-Z][\w-]*|(?:{cues.alternation('rules_counts', 'sole_weapon_modifiers')}))\s+")
_ADVERB = r"(?:\s+(?:reportedly|apparently|also|then|later|again|directly|first|allegedly|eventually|itself))?"
_ACT = re.compile(rf"{_ADVERB}\s+(?:{cues.alternation('strike', 'subject_hits')}"
                  rf"|{cues.alternation('rules_counts', 'sole_weapon_acts')})\b", re.I)


def sole_subject_weapons(text: str, s: Sentence, hits: list[WeaponHit]) -> None:
    """1 launched for a single weapon, told by its article, that is the subject of a hit."""
    for m in _ARTICLE.finditer(text, s.start, s.end):
        w = _weapon_after(text, m.end(), s.end)
        if w is None:
            continue
        wm, wtype, model = w
        if not _ACT.match(text, wm.end(), s.end):
            continue  # "a drone attack hit", "a drone was downed", "a missile alert sounded"
        if any(weapon_class(h.type) == weapon_class(wtype) and (h.launched or h.intercepted) for h in hits):
            continue  # the sentence counts that family already: one of its wave
        one = Count(value=1, evidence=span_of(text, m.start(), wm.end()))
        same = next((h for h in hits if h.type is wtype and h.launched is None), None)
        if same is not None:
            same.launched = one
        else:
            hits.append(WeaponHit(wtype, model, launched=one, classes=frozenset({weapon_class(wtype)})))


def _weapon_after(text: str, pos: int, end: int) -> tuple[re.Match[str], WeaponType, str | None] | None:
    """The weapon term after at most two modifiers from `pos` ("Russian glide bomb")."""
    for _ in range(3):
        w = lx.weapon_at(text, pos, end)
        if w is not None and w[1] is not None:
            return w[0], w[1], w[2]
        mod = _MODIFIER.match(text, pos, end)
        if mod is None:
            return None
        pos = mod.end()
    return None

""""Both missiles hit the town": two weapons counted by "both" as the subject of their hit, a
launch of two (codebook 9: "both missiles" is counted, as "two missiles" is); "a single drone hit
the vineyard", one (r47). Only as the
subject of a hit verb: "both missiles were shot down" is read by `whole_counts.all_downed`,
"both buildings" and "both Russia and Ukraine" count no weapon."""

from __future__ import annotations

import re
from typing import Sequence

from ... import lexicon as lx
from ...grounding.hit_counts import SUBJECT_HIT
from ...numbers import NUMBER, NumberMention
from ...records import Qualifier
from ...sentences import Sentence
from .weapon_phrases import weapon_phrase

_BOTH = re.compile(r"\bboth(?:\s+of\s+the)?(?=\s)", re.I)
# r47 (dev70): "a single drone hit a vineyard": one weapon counted, as "one drone" is (codebook 9)
_SINGLE = re.compile(r"\ba\s+single(?=\s)", re.I)


def both_weapons(text: str, s: Sentence) -> list[NumberMention]:
    """A count of two for each "both <weapons> <hit verb>" in the sentence; the weapon phrase
    after it is read as after any count (`weapon_phrase`, models included: "both Kh-59 missiles").
    r21 (dev39 C1): also "both <weapons>" as the object of a downing verb, alone or as a later item
    of its list ("destroyed both Kalibrs", "shot down nine of the drones and both Iskanders"); never
    "both X and Y" (the pair of kinds: "used both drones and missiles")."""
    out = [NumberMention(1, Qualifier.exact, m.start(), m.end(), m.start(), m.group(0))
           for m in _SINGLE.finditer(text, s.start, s.end) if _single_hit(text, s, m.end())]
    for b in _BOTH.finditer(text, s.start, s.end):
        found, pend = weapon_phrase(text, b.end(), s.end)
        if found and (SUBJECT_HIT.match(text, pend, s.end) or _downed_object(text, s, b.start(), found, pend)
                      or len(found) == 1 and not _CORRELATIVE.match(text, pend, s.end)
                      and lx.all_downed_around(text, b.start(), pend, s.end, lx.INTERCEPT_CUES)):  # "both ... were downed" (r47)
            out.append(NumberMention(2, Qualifier.exact, b.start(), b.end(), b.start(), b.group(0)))
    return out


def _single_hit(text: str, s: Sentence, end: int) -> bool:
    """ "a single drone hit the vineyard": the weapon phrase after "a single", then its hit verb."""
    found, pend = weapon_phrase(text, end, s.end)
    return bool(found) and SUBJECT_HIT.match(text, pend, s.end) is not None


# the pair of kinds "both X and Y": "and" and a word that is no number after the weapons
_CORRELATIVE = re.compile(rf"\s*,?\s+and\s+(?!(?:{NUMBER})\b)[A-Za-z]", re.I)


def _downed_object(text: str, s: Sentence, start: int, found: Sequence[object], pend: int) -> bool:
    """Is "both" at `start` the object of a downing verb before it in its clause (the verb's other
    objects, counted, may stand between)?"""
    if len(found) != 1 or _CORRELATIVE.match(text, pend, s.end):
        return False
    before = text[max(s.start, start - 80):start]
    cue = list(lx.INTERCEPT_CUES.finditer(before))
    return bool(cue) and not re.search(r"[;:]|\b(?:but|while|whereas|although)\b", before[cue[-1].end():], re.I)

"""An age apposition between the people counted and their casualty verb is transparent: the
ages describe the people, they count nothing.

    "A woman and her two sons, aged 9 and 13, were injured"      -> the family (3) is injured
    "A man, 43, was killed and his neighbour hurt"               -> the man (1) is killed
    "Two pensioners, ages 81 and 79, died under the rubble"       -> 2 killed
    "A mother and her son, who are 34 and 10, were wounded"       -> 2 injured
    "Three brothers, 7, 9 and 15 years old, were hurt"            -> 3 injured

`cue_gaps.back_distance` removes such asides from the words between a count and a cue after it, so
the ages do not block the reading, and `not_counts` drops the numbers of such an aside (an age is no
count: "aged 9 and 13, were injured" injures no 13). Bare numbers are an age aside only inside a
pair of commas, right after a word naming people, and only when every one is a plausible age.
The asides' words and forms are the shared reader's (`articles/told_ages`), as the rules read them.
"""

from __future__ import annotations

import re

from ..articles.told_ages import BARE_ASIDE, INTRODUCED_ASIDE, ages_list
from ..knowledge import cues
from ..numbers import NumberMention
from . import vocabulary

def _all_ages(ages: str) -> bool:
    """Is every number of the run a person's age? The shared reader of told ages decides."""
    return bool(ages_list(ages))


def without_age_asides(gap: str) -> str:
    """`gap` with every age apposition replaced by a space (offsets do not matter to callers)."""
    def drop(m: re.Match[str]) -> str:
        return " " if _all_ages(m.group("ages")) else m.group(0)

    return BARE_ASIDE.sub(drop, INTRODUCED_ASIDE.sub(drop, gap))


# the people a bare aside may follow: "two pensioners, 81 and 79,", "a woman, 38,"
_PEOPLE_BEFORE = re.compile(
    r"\b(?:" + "|".join((cues.words_alternation("casualties", "single_person_nouns"), vocabulary.pattern("kin_nouns"),
                         vocabulary.pattern("plural_kin_nouns"), vocabulary.pattern("family_pair_nouns"),
                         r"people|persons|men|women|civilians|residents|pensioners|adults|children|kids"))
    + r")\s*$", re.I)
_REACH = 48  # the longest aside read around a number, in characters


def in_age_aside(text: str, m: NumberMention) -> bool:
    """Is `m` one of the ages of an age apposition ("aged 9 and 13", ", 81 and 79,")?"""
    lo = max(0, m.num_start - _REACH)
    for pattern, bare in ((INTRODUCED_ASIDE, False), (BARE_ASIDE, True)):
        for a in pattern.finditer(text, lo, min(len(text), m.end + _REACH)):
            if not a.start("ages") <= m.num_start < a.end("ages") or not _all_ages(a.group("ages")):
                continue
            if not bare or _PEOPLE_BEFORE.search(text, max(0, a.start() - 40), a.start()):
                return True
    return False

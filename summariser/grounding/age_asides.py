"""An age apposition between the people counted and their casualty verb is transparent: the
ages describe the people, they count nothing.

    "A woman and her two sons, aged 9 and 13, were injured"      -> the family (3) is injured
    "A man, 43, was killed and his neighbour hurt"               -> the man (1) is killed
    "Two pensioners, ages 81 and 79, died under the rubble"       -> 2 killed
    "A mother and her son, who are 34 and 10, were wounded"       -> 2 injured
    "Three brothers, 7, 9 and 15 years old, were hurt"            -> 3 injured

`cues._back_distance` removes such asides from the words between a count and a cue after it, so
the ages do not block the reading, and `not_counts` drops the numbers of such an aside (an age is no
count: "aged 9 and 13, were injured" injures no 13). Bare numbers are an age aside only inside a
pair of commas, right after a word naming people, and only when every one is a plausible age.
"""

from __future__ import annotations

import re

from ..articles.told_ages import ages_list
from ..numbers import NumberMention
from . import vocabulary

# one age: digits or a number word ("nine", "twenty-one"); a word that is no number ends the ages
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_AGE = rf"(?:\d{{1,3}}|(?:{_TENS})(?:-(?:{_UNITS}))?|{_TEENS}|{_UNITS})\b"
# several ages: "9 and 13", "7, 9 and 15", "9 & 13"
_AGES = rf"(?P<ages>{_AGE}(?:\s*(?:,|\band\b|&)\s*{_AGE})*)"
# what may follow the ages: "years old", "years", "respectively", "months old"
_UNIT = r"(?:\s+(?:years?|months?)(?:\s+old)?)?(?:\s+respectively)?"
# the ways an aside is introduced: "aged", "ages", "age", "who are", "both", or nothing at all
_INTRO = r"(?:(?:aged|ages?|who\s+(?:are|were|was|is)(?:\s+aged)?|both\s+aged)\s+)"
# an introduced aside: its opening comma or bracket, and its closing one ("(aged 9 and 13)")
_INTRODUCED = re.compile(rf",?\s*\(?\s*{_INTRO}{_AGES}{_UNIT}\s*\)?\s*(?:,|(?=\s))", re.I)
# a bare aside needs both commas: ", 9 and 13,"
_BARE = re.compile(rf",\s*{_AGES}{_UNIT}\s*,", re.I)


def _all_ages(ages: str) -> bool:
    """Is every number of the run a person's age? The shared reader of told ages decides."""
    return bool(ages_list(ages))


def without_age_asides(gap: str) -> str:
    """`gap` with every age apposition replaced by a space (offsets do not matter to callers)."""
    def drop(m: re.Match[str]) -> str:
        return " " if _all_ages(m.group("ages")) else m.group(0)

    return _BARE.sub(drop, _INTRODUCED.sub(drop, gap))


# the people a bare aside may follow: "two pensioners, 81 and 79,", "a woman, 38,"
_PEOPLE_BEFORE = re.compile(
    r"\b(?:" + "|".join((vocabulary.pattern("one_person_nouns"), vocabulary.pattern("kin_nouns"),
                         vocabulary.pattern("plural_kin_nouns"), vocabulary.pattern("family_pair_nouns"),
                         r"people|persons|men|women|civilians|residents|pensioners|adults|children|kids"))
    + r")\s*$", re.I)
_REACH = 48  # the longest aside read around a number, in characters


def in_age_aside(text: str, m: NumberMention) -> bool:
    """Is `m` one of the ages of an age apposition ("aged 9 and 13", ", 81 and 79,")?"""
    lo = max(0, m.num_start - _REACH)
    for pattern, bare in ((_INTRODUCED, False), (_BARE, True)):
        for a in pattern.finditer(text, lo, min(len(text), m.end + _REACH)):
            if not a.start("ages") <= m.num_start < a.end("ages") or not _all_ages(a.group("ages")):
                continue
            if not bare or _PEOPLE_BEFORE.search(text, max(0, a.start() - 40), a.start()):
                return True
    return False

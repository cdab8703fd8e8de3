"""Ages told with people, as casualty reports tell them: "a boy and his sister, 13 and 6",
"a mother and her daughter, aged 41 and 10", "siblings (ages 7 and 15)", "twin brothers aged 8".

One reader for both paths: the rules count the children of a toll from it
(`backends/rules/described_children.py`) and grounding checks a model's children count against
it (`grounding/kin_ages.py`, `grounding/child_ages.py`). Which people the ages belong to, and
which toll they stand in, stays with each path; this module reads the ages after a point in the
text and matches them to a group of people in order.

The codebook counts under-18s: a child is a person whose age is under `ADULT_AGE`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..numbers import NUMBER_WORD, parse_number

ADULT_AGE = 18
_OLDEST = 120
# an age as told: "13", "seven", "twenty-one"
AGE_WORD = rf"(?:\d{{1,2}}|{NUMBER_WORD})"
_JOINT = r"\s*(?:,|\band\b|&)\s*"
# a qualifier between the people and their ages: "a niece and nephew of the mayor, 10 and 12"
_OF = r"(?:\s+of\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+)?"
# the ages after a group: "aged 7 and 15", ", 13 and 6", " (41 and 10)", "aged 70, 9 and 4",
# "aged 8 years old"; never a time ("5 and 8 years ago") or a number run on by a hyphen or a word
_AGES = re.compile(
    rf"{_OF}(?:\s*,\s*|\s*\(\s*|\s+)(?P<aged>aged\s+|ages\s+)?(?P<ages>(?>{AGE_WORD}(?:\s*(?:,|,?\s*and|&)\s*{AGE_WORD})*))"
    rf"(?:\s+years?\s+old)?(?![-\w])(?!\s+(?:years?|months?|weeks?|days?)\s+(?:ago|later|earlier)\b)", re.I)


@dataclass(frozen=True)
class ToldAges:
    """The ages told after a group of people, as a span of the text."""

    start: int
    end: int
    ages: tuple[int, ...]
    aged: bool  # "aged" or "ages" was said: a single number is an age only then

    @property
    def children(self) -> int:
        return sum(1 for age in self.ages if age < ADULT_AGE)


def parse_age(word: str) -> int | None:
    """An age told as a number or in words ("7", "seven"), or None when it is no human age."""
    age = parse_number(word)
    return age if age is not None and 0 < age < _OLDEST else None


def ages_list(words: str) -> tuple[int, ...] | None:
    """The ages of a list told as "7, 9 and 15", or None when one is no age."""
    ages = [parse_age(w) for w in re.split(_JOINT, words) if w.strip()]
    return None if None in ages else tuple(a for a in ages if a is not None)


def ages_after(text: str, pos: int) -> ToldAges | None:
    """The ages told straight after position `pos` (the end of a group of people), or None."""
    m = _AGES.match(text, pos)
    if m is None:
        return None
    ages = ages_list(m.group("ages"))
    if not ages or (len(ages) == 1 and not m.group("aged") and not m.group("ages").isdigit()):
        return None  # a lone number word with no "aged" is no age: "a son, one of the ..."
    return ToldAges(m.start(), m.end(), ages, bool(m.group("aged")))


def children_among(sizes: Sequence[int], told: ToldAges) -> int | None:
    """How many of a group are children, the group being people of `sizes` ("a boy" 1, "twin
    brothers" 2) told in order with the ages `told`; None when the ages cannot be matched to the
    people. One item told with one age shares it ("twin brothers aged 8": two children)."""
    ages = told.ages
    if len(ages) == 1 and len(sizes) == 1:
        return sizes[0] if ages[0] < ADULT_AGE else 0  # "a son aged 9", "her two sons aged 19": none
    if len(ages) != sum(sizes):
        return None
    return sum(1 for age in ages if age < ADULT_AGE)

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
_MONTHS_A_YEAR = 12
# The words of an age aside, one spelling for every reader (the rules' lists of people in
# `lexicon/casualties`, grounding's transparent asides in `grounding/age_asides`, and this module):
# one age as told: "13", "107", "seven", "twenty-one"
AGE_WORD = rf"(?:1[01]\d|\d{{1,2}}|{NUMBER_WORD})"
# what joins the ages of a run: "9 and 13", "7, 9 and 15", "9 & 13"; a serial comma (", and") only
# where the aside closes after the last age: ", aged 5, and two adults were hurt" joins people
AGE_JOIN = r"\s*(?:,|\band\b|&)\s*"
AGE_RUN = rf"{AGE_WORD}(?:{AGE_JOIN}{AGE_WORD})*"
_CLOSED_RUN = rf"{AGE_RUN}(?:\s*,\s*and\s+{AGE_WORD})?"
# what may follow the ages: "years old", "years", "months old", "respectively"
AGE_UNIT = r"(?:\s+(?P<unit>years?|months?)(?:\s+old)?)?(?:\s+respectively)?"
_UNIT = AGE_UNIT.replace("(?P<unit>", "(?:")
# the words that introduce ages: "aged", "ages", "age", "who are", "both aged"
AGE_INTRO = r"(?:aged|ages?|who\s+(?:are|were|was|is)(?:\s+aged)?|both\s+aged)\s+"
# An aside closed by a comma, a bracket or the sentence's end, as a list of people tells it
# (", aged 9 and 13,", " (8 and 10)", ", 17." at the end); no groups, so it nests in larger patterns.
AGE_ASIDE = (rf"\s*,\s*(?:{AGE_INTRO})?{_CLOSED_RUN}{_UNIT}(?:\s*,|(?=\s*[.;]|\s*$))"
             rf"|\s*\(\s*(?:{AGE_INTRO})?{_CLOSED_RUN}{_UNIT}\s*\)")
# An introduced aside anywhere in a clause ("two sons aged 9 and 13 were", "(ages 7 and 15)") and
# a bare one between two commas (", 81 and 79,"), with the span of their ages.
INTRODUCED_ASIDE = re.compile(rf",?\s*\(?\s*{AGE_INTRO}(?P<ages>{AGE_RUN}){_UNIT}\s*\)?\s*(?:,|(?=\s))", re.I)
BARE_ASIDE = re.compile(rf",\s*(?P<ages>{AGE_RUN}){_UNIT}\s*,", re.I)
# One person's own age straight after the noun, as a toll told one by one tells it (r19, dev36 C3): "a man
# of 70", "a woman aged 40", "a boy, 9,", "a girl (12)", "a nurse, 34 years old,"; no groups
ONE_AGE = (rf"(?:\s+of\s+{AGE_WORD}(?:\s+years?(?:\s+old)?)?|\s+aged\s+{AGE_WORD}(?:\s+years?\s+old)?"
           rf"|\s*,\s*(?:aged\s+)?{AGE_WORD}(?:\s+years?\s+old)?\s*,|\s*\(\s*(?:aged\s+)?{AGE_WORD}\s*\))(?![-\w])")
# a qualifier between the people and their ages: "a niece and nephew of the mayor, 10 and 12"
_OF = r"(?:\s+of\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+)?"
# the ages after a group: "aged 7 and 15", ", 13 and 6", " (41 and 10)", "aged 70, 9 and 4",
# "aged 8 years old"; never a time ("5 and 8 years ago") or a number run on by a hyphen or a word
_AGES = re.compile(
    rf"{_OF}(?:\s*,\s*|\s*\(\s*|\s+)(?P<aged>{AGE_INTRO})?(?P<ages>(?>{AGE_RUN}))"
    rf"(?!\s+(?:years?|months?|weeks?|days?)\s+(?:ago|later|earlier)\b){AGE_UNIT}(?![-\w])", re.I)


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
    ages = [parse_age(w) for w in re.split(AGE_JOIN, words) if w.strip()]
    return None if None in ages else tuple(a for a in ages if a is not None)


def ages_after(text: str, pos: int) -> ToldAges | None:
    """The ages told straight after position `pos` (the end of a group of people), or None."""
    m = _AGES.match(text, pos)
    if m is None:
        return None
    ages = ages_list(m.group("ages"))
    if not ages or (len(ages) == 1 and not m.group("aged") and not m.group("ages").isdigit()):
        return None  # a lone number word with no "aged" is no age: "a son, one of the ..."
    if (m.group("unit") or "").lower().startswith("month"):
        ages = tuple(age // _MONTHS_A_YEAR for age in ages)  # "a baby, 20 months old": one year
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

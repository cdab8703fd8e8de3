"""Relatives counted by their ages alone, with no numeral: "wounded five residents, among them
the family's daughters, aged 4 and 9" tells two daughters; "their grandsons, aged 6, 10 and 13"
three. Each age is one person, so the phrase is a count of as many people as ages; `child_ages`
then reads the ages after the noun (all under 18: children), as it does for "his two nephews,
aged 9 and 16". A numeral before the noun ("her two daughters, aged 4 and 9") is a count of its
own and is left to it; ages of adults ("their sons, aged 19 and 24") count people, no children.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import NumberMention, parse_number
from ..records import Qualifier
from ..sentences import Sentence
from . import vocabulary

_AGE = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)"
_AGES = rf"{_AGE}(?:\s*(?:,|\band\b|&)\s*{_AGE})+"


@lru_cache(maxsize=1)
def _kin_with_ages() -> re.Pattern[str]:
    # an owner ("the", "their", "the family's", "Olena's"), at most one adjective, a plural kin
    # noun, then ", aged 4 and 9" / "(aged 4 and 9)" / "aged 6, 10 and 13"
    owner = r"(?:the|their|his|her|its|our|my|(?:the\s+)?[\w-]+['’]s?)"
    return re.compile(rf"\b{owner}\s+(?:(?:young|little|teenage|small|youngest|eldest|twin)\s+)?"
                      rf"(?:{vocabulary.pattern('plural_kin_nouns')})\b(?=\s*,?\s*\(?\s*(?:aged|ages)\s+(?P<ages>{_AGES}))",
                      re.I)


def kin_age_mentions(text: str, s: Sentence) -> list[NumberMention]:
    """A count per relatives-with-ages phrase in the sentence, worth the number of ages."""
    out = []
    for m in _kin_with_ages().finditer(text, s.start, s.end):
        ages = [parse_number(w) for w in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("ages")) if w]
        if len(ages) >= 2 and all(a is not None and 0 < a < 120 for a in ages):
            out.append(NumberMention(len(ages), Qualifier.exact, m.start(), m.end(), m.start(), m.group(0)))
    return out

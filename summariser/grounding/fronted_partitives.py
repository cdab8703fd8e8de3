"""A sentence that opens with a partitive of the count told just before it gives its number
that count's role, whatever verb (or none) follows:

    "Fourteen residents were wounded. Among them were three teenagers."  -> 3 injured (children)
    "Six people died in the strike. Of them, one is a boy of twelve."    -> 1 killed
    "Nine were hurt. Of these, two are children."                         -> 2 injured

Only "among/of + them/these/those/whom/the victims/the casualties" opens such a sentence ("Among those evacuated were two
children" names another group), and only a casualty count in the sentence before, in the same
paragraph, lends its role. `cues._analyse_mentions` asks when no cue reads the number.
"""

from __future__ import annotations

import re
from typing import Sequence

# the sentence's opening words up to the number: "Among them were", "Of them,", "Of these, there are"
_OPENING = re.compile(r"\s*[\"“]?(?:among|of)\s+(?:them|these|those|whom|the\s+(?:victims|casualties))\s*,?\s*"
                      r"(?:(?:there\s+)?(?:are|were|is|was)\s+)?(?:at\s+least\s+|some\s+|also\s+)?$", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def fronted_partitive_role(text: str, sentence_start: int, at: int, before: Sequence[tuple[int, str]]) -> str | None:
    """The role of the last casualty count (start, role) of `before` told in the sentence just
    before, when the number at `at` follows an opening partitive of its sentence."""
    lender = _lender(text, sentence_start, at, before)
    return lender[1] if lender else None


def lender_start(text: str, sentence_start: int, at: int, before: Sequence[tuple[int, str]]) -> int | None:
    """Where the count that lends its role to the number at `at` starts (its evidence begins
    there: the cue is in that sentence, the number in this one)."""
    lender = _lender(text, sentence_start, at, before)
    return lender[0] if lender else None


def _lender(text: str, sentence_start: int, at: int, before: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    if not _OPENING.fullmatch(text, sentence_start, at):
        return None
    earlier = [(start, role) for start, role in before if start < sentence_start]
    if not earlier:
        return None
    start, role = earlier[-1]
    between = text[start:sentence_start]
    # the count's sentence is the one just before: one sentence end between them, no paragraph break
    if _PARAGRAPH_BREAK.search(between) or len(re.findall(r"[.!?](?:\s|$)", between)) > 1:
        return None
    return start, role

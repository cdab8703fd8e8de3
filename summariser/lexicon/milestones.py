"""A milestone head before "since" or "so far": "the first visit since the invasion", "the fourth
such attack on the plant since January", "the largest package so far". Such a "since" measures the
event told against earlier ones: it is neither a running total (diplomacy, aid) nor background
(attacks). One reader of the concept over `knowledge/data/cues/milestones.yaml`, whose `heads` are
its `ordinals` and `superlatives`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from ..knowledge import cues

__all__ = ["head_before"]

Heads = Literal["heads", "ordinals", "superlatives"]


def head(heads: Heads = "heads") -> str:
    """The heads as a word-bounded regex fragment."""
    return rf"\b(?:{cues.alternation('milestones', heads)})\b"


HEAD = head()
# The words between a head and its "since", none of them "since" ("the first German leader to go
# there since"): a clause's words, no punctuation between them.
WORDS_BEFORE_SINCE = r"(?:\s+(?!since\b)[\w'’-]+){0,10}?"


@lru_cache(maxsize=None)
def _before(heads: Heads, words: int, across_punctuation: bool) -> re.Pattern[str]:
    gap = r"(?:\W+\w+)" if across_punctuation else r"(?:\s+[\w'’-]+)"
    tail = r"\W*$" if across_punctuation else r"\s*$"
    return re.compile(rf"{head(heads)}{gap}{{0,{words}}}?{tail}", re.I)


def head_before(text: str, lo: int, hi: int, *, words: int = 10, heads: Heads = "heads",
                across_punctuation: bool = False) -> bool:
    """A head stands within `words` words before `hi` in text[lo:hi]. Words are run together by
    spaces (a comma ends the stretch) unless `across_punctuation` (a reader that has cut the clause
    itself lets "the largest, most ambitious package so far" through)."""
    return _before(heads, words, across_punctuation).search(text, lo, hi) is not None

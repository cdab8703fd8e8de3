"""A "since the invasion" that dates a milestone, not a running total (dev29 class D7).

"Since the start of the invasion, Norway has delivered 40 howitzers" tells a total and no event;
"arrived in Odesa on Monday, the first German leader to go there since the invasion" tells a trip
with its own day, and "since" belongs to the superlative "the first … since"."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...lexicon import diplomacy as lx

# A superlative or ordinal head ("the first", "his only", "the largest") within a few words before "since"
_HEAD = re.compile(rf"\b(?:{cues.alternation('diplomacy_record_guards', 'milestone_heads')})\b(?:\W+\w+){{0,10}}\W*$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s")


def running_total_since(text: str, start: int, end: int) -> bool:
    """The span has a "since the invasion/2022" that tells a running total: one not headed, in its
    clause, by a superlative or ordinal ("the first … since", "the largest … since")."""
    for m in lx.AGGREGATE_SINCE.finditer(text, start, end):
        before = text[start:m.start()]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        clause = before[breaks[-1].end():] if breaks else before
        if not _HEAD.search(clause):
            return True
    return False

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


def running_total_since(text: str, start: int, end: int, cue: int | None = None) -> bool:
    """The span has a "since the invasion/2022" that tells a running total: one not headed, in its
    clause, by a superlative or ordinal ("the first … since", "the largest … since"), nor inside a
    clause set off by a comma that describes a thing and does not hold the event's `cue` ("talked
    about the dam, controlled by Moscow's troops since 2022"; classes_dev36 D2)."""
    for m in lx.AGGREGATE_SINCE.finditer(text, start, end):
        before = text[start:m.start()]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        clause = before[breaks[-1].end():] if breaks else before
        if not _HEAD.search(clause) and not _described(text, start, end, m, cue):
            return True
    return False


def _described(text: str, start: int, end: int, since: re.Match[str], cue: int | None) -> bool:
    """The "since" is inside a comma-led relative or participial clause that describes a thing
    (", which has been idle since", ", held by X since"), and the event's cue is outside it."""
    opened = _DESCRIBED.search(text, start, since.start())
    if opened is None or cue is None:
        return False
    close = _DESCRIBED_END.search(text, since.end(), end)
    closed = close.start() if close else end
    return not opened.start() <= cue < closed


# ", which has been shut since", ", controlled by Russian troops since": the opening, then no break before "since"
_DESCRIBED = re.compile(rf",\s+(?:{cues.alternation('diplomacy_record_guards', 'described_since_openers')})\b[^,;:()\u2014\u2013]*$", re.I)
_DESCRIBED_END = re.compile(r"[,;:()\u2014\u2013]")

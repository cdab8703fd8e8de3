"""A "since the invasion" that dates a milestone, not a running total (dev29 class D7).

"Since the start of the invasion, Norway has delivered 40 howitzers" tells a total and no event;
"arrived in Odesa on Monday, the first German leader to go there since the invasion" tells a trip
with its own day, and "since" belongs to the superlative "the first … since"."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...lexicon import diplomacy as lx
from ...lexicon.milestones import head_before
from ...sentences import Sentence

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
        if not head_before(clause, 0, len(clause), across_punctuation=True) and not _described(text, start, end, m, cue):
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


def without_milestone_appositions(text: str, sents: list[Sentence], titles: frozenset[int],
                                  whole: dict[int, Sentence]) -> list[Sentence]:
    """Each sentence closed by a milestone apposition (", their first talks since the minister's stop
    in Oslo in May") read up to its "since": the earlier event's day, place and kind are not the
    event's, while the apposition's head ("her first visit") still names the event told (r19, dev36
    D3). The whole sentence stays its evidence (`whole`, as for a clause of its own). Headline lines
    (`titles`) are kept as they are."""
    out: list[Sentence] = []
    for idx, s in enumerate(sents):
        m = None if idx in titles else lx.MILESTONE_APPOSITION.search(text, s.start, s.end)
        if m is None or m.start() - s.start < 15:
            out.append(s)
            continue
        cut = s.start + len(text[s.start:m.start("since")].rstrip())
        out.append(Sentence(s.start, cut, text[s.start:cut]))
        whole.setdefault(s.start, s)
    return out

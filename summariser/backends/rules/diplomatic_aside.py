"""A strike lead dated against a diplomatic event: "A missile hit X overnight, killing three,
hours before the two sides swapped prisoners for the first time in six weeks". The clause from
"hours before" on tells the exchange: its "first time in six weeks" is no tally over a period,
its prisoners no toll of war dead, its capitals no places hit. The strike's facts are read with
that clause blanked out (offsets unchanged); the diplomacy reader sees the whole sentence."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...blanking import blank_spans
from ...knowledge import cues
from ...sentences import Sentence

_OPENER = re.compile(rf"(?:,\s*|\s+)(?:{cues.alternation('eventhood', 'diplomatic_aside_opener')})\s+", re.I)
_DIPLOMACY = cues.regex("eventhood", "diplomatic_aside_words")
_STRIKE_HERE = re.compile(r"\b(?:drones?|missiles?|rockets?|shell(?:s|ing|ed)|bombs?|strikes?|struck|hit|attack(?:s|ed)?"
                          r"|killed|killing|dead|injured|wounded)\b", re.I)
_CLAUSE_END = re.compile(r"[;:\u2014]|\.\s*$")
_WITHIN = 90  # the diplomatic word close after the opener: "hours before Kyiv and Moscow held talks"


def diplomatic_aside(text: str, s: Sentence) -> tuple[int, int] | None:
    """Where the clause about a diplomatic event lies, when the sentence before it tells a strike."""
    for m in _OPENER.finditer(text, s.start, s.end):
        end = _CLAUSE_END.search(text, m.end(), s.end)
        stop = end.start() if end else s.end
        if not _DIPLOMACY.search(text, m.end(), min(stop, m.end() + _WITHIN)):
            continue
        if _STRIKE_HERE.search(text, m.end(), stop) or lx.AFTER_EVENT.search(text, m.start(), m.end()):
            continue  # "hours after drones hit X": an earlier strike, not diplomacy (earlier_event.py)
        if _STRIKE_HERE.search(text, s.start, m.start()):
            return m.start(), stop
    return None


def without_diplomatic_aside(text: str, s: Sentence) -> tuple[str, Sentence]:
    """The sentence with the diplomatic clause blanked out (offsets unchanged)."""
    clause = diplomatic_aside(text, s)
    if clause is None:
        return text, s
    a, b = clause
    masked = blank_spans(text, [(a, b)])
    return masked, Sentence(start=s.start, end=s.end, text=masked[s.start:s.end])

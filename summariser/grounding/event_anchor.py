"""A moment told from an event the words name ("Hours before the exchange, a drone hit a bus";
"minutes after the vote") is dated by THAT event: the last date the text gave before the words in
a sentence naming the same noun. A sentence that names it as an earlier one of its kind ("the
previous exchange, in late August") is another event and never the anchor.

None when no such sentence is dated: the caller then tells the moment from the last date before
it, as for "hours later".
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import find_dates
from ..records import DatePrecision, DateSpan
from ..sentences import sentence_at
from .context import _context

_MOMENT = re.compile(r"(?:(?:in|on)\s+)?(?:(?:just|only|a\s+few|several)\s+)?(?:hours?|minutes?|moments?|shortly|soon|"
                     r"immediately|right)\s+(?:before|after|ahead\s+of|following)\s+(?:the|this|that)\s+"
                     r"(?:\w+\s+){0,2}?(?P<noun>[a-z][\w-]{3,})", re.I)
# "the previous exchange", "an earlier round", "last month's vote": another event of that kind
_ANOTHER = r"(?:previous|preceding|prior|earlier|last|first|former|latest|next|another|(?:19|20)\d\d)"
_STEM_LETTERS = 6  # "exchange" / "exchanged" / "exchanges"


def named_anchor(words: str, published: dt.date, text: str, around: tuple[int, int]) -> DateSpan | None:
    """The day of the event these words name, or None (see the module doc)."""
    m = _MOMENT.fullmatch(" ".join(words.lower().strip(" .,").split()))
    if m is None:
        return None
    stem = re.escape(m.group("noun")[:_STEM_LETTERS])
    ctx = _context(text)
    sents = list(ctx.sentences)
    for found in reversed([d for d in find_dates(text, 0, around[0], published) if d.span.start and d.role == "event"]):
        s = sents[sentence_at(sents, found.start)]
        sentence = ctx.grounded[s.start:s.end]
        if not re.search(rf"\b{stem}", sentence, re.I):
            continue
        if re.search(rf"\b{_ANOTHER}\s+(?:[\w'’]+\s+)?{stem}", sentence, re.I):
            continue
        day = found.span.end or found.span.start
        return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)
    return None

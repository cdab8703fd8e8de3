"""The date an attack's own evidence sentence gives, for a record whose model date is missing or
refused (dev13 class A4: the model's day was wrong, the sentence said "that same night" after a
dated paragraph). Read as the rules backend reads it: an event date the sentence writes ("early
on Friday", "on the night of 3 May"; `dates.find_date`), else a phrase told from the event dated
just before ("that night", "later that night", "the next morning"; `complete.resolve_when`). None
when the sentence holds no date words: nothing is guessed.
"""

from __future__ import annotations

import datetime as dt

from ..dates import find_date
from ..records import DateSpan
from ..sentences import sentence_at
from .calendar import date_mentions
from ..night_anaphors import is_night_anaphor
from .complete import _whole, resolve_when
from .context import _Context, _context
from .dateline import dateline_span


def evidence_date(text: str, pos: int, published: dt.date | None) -> DateSpan | None:
    """The date of the sentence holding `pos`, or None."""
    ctx = _context(text)
    if not ctx.sentences:
        return None
    s = ctx.sentences[sentence_at(list(ctx.sentences), pos)]
    start = s.start
    if (dateline := dateline_span(text)) is not None and dateline[0] <= start < dateline[1]:
        start = dateline[1]  # "KYIV, Dec 3 (Reuters) - ... yesterday": the filing day is no event's
    written = find_date(text, start, s.end, published)
    if written is not None and written.start is not None:
        return written
    if published is None:
        return written
    mentions = sorted(date_mentions(text, start, s.end, published))
    for a, b in mentions:
        told = resolve_when(text[a:b], published, text, (a, b))
        if told.start is not None:
            return told
    if not mentions and (night := _night_before(text, ctx, s.start, published)) is not None:
        return night
    return written  # vague words ("days earlier") keep their text and no dates, as the rules read them


def _night_before(text: str, ctx: _Context, start: int, published: dt.date) -> DateSpan | None:
    """r14: a sentence with no date words right after one told "during the same night" in its
    paragraph ("During the same night, 20 drones were downed over the region. A drone hit a depot
    in X."): that night, as the anaphor reads it (`night_anaphors`)."""
    if start == 0 or "\n\n" in text[max(0, start - 4):start]:
        return None
    before = ctx.sentences[sentence_at(list(ctx.sentences), start - 1)]
    for a, b in sorted(date_mentions(text, before.start, before.end, published)):
        words = " ".join(text[a:b].lower().split())
        if is_night_anaphor(words) and _whole(words, "same_day_phrases"):
            told = resolve_when(text[a:b], published, text, (a, b))
            return told if told.start is not None else None
    return None

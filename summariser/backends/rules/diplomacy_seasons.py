"""A planned event dated by a season (dev33 class D5): "will meet again in the autumn", "is to
reconvene in early spring", "pencilled in for the winter". The date is the season's three months
(month precision), the coming one when the season has passed or is under way, as grounding's
`day_words` reads a planned event's season (`grounding/data/seasons.yaml`)."""

from __future__ import annotations

import datetime as dt
import re

from ...grounding.day_words import day_words_date
from ...records import DateSpan

_SEASON_AHEAD = re.compile(
    r"\b(?:in|for|during|by|over)\s+(?:the\s+)?(?:(?:early|late|mid-?|the\s+coming|this|next|coming)\s+)?"
    r"(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)(?![\w-])"
    # the season ends its phrase ("in the autumn, its chair said"), no modifier of a noun ("in winter aid")
    r"(?=\s*(?:[,.;:)!?\u2014\u2013]|$)|\s+(?:and|or|but|when|after|before|to|in|at|with|if|once|as|while|on|said|says)\b)", re.I)


def season_ahead(text: str, lo: int, hi: int, published: dt.date) -> DateSpan | None:
    """The season a planned event is set for, or None without one."""
    m = _SEASON_AHEAD.search(text, lo, hi)
    if m is None:
        return None
    rel = re.search(r"\b(this|next|coming)\b", m.group(0), re.I)
    words = f"{rel.group(1)} {m.group('season')}" if rel else m.group("season")
    span = day_words_date(words, published, planned=True)
    return span.model_copy(update={"text": m.group(0)}) if span is not None else None

"""A stream of timestamped posts reproduced as they were posted (dev30 B1): an official's feed with
each clock stamp on a line of its own ("**01:52**"), the posts under it. A stamp line is no
sentence of the story: the distance from a strike told in one post to a toll or a weapon count told
in a later one is measured in posts, not sentences ("**00:47** X is under attack. **01:05** Hits
in the Y district. **01:52** Three people were hurt ..." is one strike on X). A post that nothing
else dates is dated by the stream's day: the day its introduction names ("posted throughout Friday,
13 November"), else the day of publication (read by the backend's `_date_by_clock`). A stream
told newest first is measured by sentences as before: the post above is a later one, not the
strike the next post goes on from."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ...records import DatePrecision
from ...sentences import Sentence
from .common import Facts

# a clock stamp alone on its line: "**01:52**", "07:40", "__23:05__", "14.20 (Kyiv time)"
_STAMP_LINE = re.compile(r"[ \t]*(?:\*\*|__|\[)?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?"
                         r"(?:[ \t]*\(?(?:[A-Z]{2,4}|local\s+time|Kyiv\s+time)\)?)?[ \t]*(?:\*\*|__|\])?[ \t]*:?[ \t]*", re.I)
# a date that is a clock time only ("about 10:00", "shortly before 6 a.m.")
_CLOCK_ONLY = re.compile(r"(?:(?:shortly\s+)?(?:at|about|around|before|after|by|until)\s+)*\d{1,2}(?:[:.]\d{2})?"
                         r"(?:\s*[ap]\.?m\.?)?", re.I)
_MIN_STAMPS = 2
_SKIPPED: ContextVar[frozenset[int]] = ContextVar("post_stream_stamps", default=frozenset())


def stamp_lines(text: str, sents: list[Sentence]) -> list[int]:
    """The indices of the sentences that are a clock stamp alone on their line, where the article
    has at least two (a post stream); none otherwise."""
    found = [i for i, s in enumerate(sents) if _STAMP_LINE.fullmatch(s.text) and _alone_on_line(text, s)]
    return found if len(found) >= _MIN_STAMPS else []


def _alone_on_line(text: str, s: Sentence) -> bool:
    start, end = text.rfind("\n", 0, s.start) + 1, text.find("\n", s.end)
    return text[start:len(text) if end < 0 else end].strip() == s.text.strip()


@contextmanager
def post_stream(stamps: list[int]) -> Iterator[None]:
    """Within this block, `gap` counts no stamp line of the stream."""
    token = _SKIPPED.set(frozenset(stamps))
    try:
        yield
    finally:
        _SKIPPED.reset(token)


def gap(earlier: int, later: int) -> int:
    """Sentences from `earlier` to `later`; in a post stream, where they lie in different posts,
    the posts from one to the other ("**00:47** X is under attack. ... **01:52** Three were hurt": 2)."""
    stamps = _SKIPPED.get()
    posts = sum(1 for i in stamps if earlier < i < later)
    if posts and earlier > min(stamps):
        return posts
    return later - earlier - posts


def stream_day(facts: list[Facts], stamps: list[int]) -> dt.date | None:
    """The day the introduction of a post stream names (its one dated sentence above the first
    stamp), else None."""
    if not stamps:
        return None
    days = {f.date.start for f in facts if f.idx < stamps[0] and f.date is not None and f.date.start is not None
            and f.date.precision is DatePrecision.day and f.date.start == f.date.end}
    return days.pop() if len(days) == 1 else None


def clock_posts(facts: list[Facts], stamps: list[int]) -> None:
    """Mark each undated sentence of a post as told at its post's clock time (dated later, with
    nothing else to date it, by the stream's day)."""
    if not stamps:
        return
    for f in facts:
        if f.idx > stamps[0] and (f.date is None or f.date.text and _CLOCK_ONLY.fullmatch(f.date.text)):
            f.date, f.clock = None, True  # "at about 10:00" in a post: the stream's day, not publication's

"""r51 (dev78): an event noun that carries its own day in the possessive ("returned in last Friday's
swap", "at Monday's summit", "after last week's talks"): that day is the event's, whatever other date
its sentence tells ("captured in March, she returned in last Friday's swap": the capture's month dates
nothing of the swap)."""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_dates
from ...records import DateSpan
from ...sentences import Sentence

_POSSESSIVE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?")


def possessive_day(text: str, s: Sentence, cue: re.Match[str], day: dt.date | None) -> DateSpan | None:
    """The day told in the possessive on the event's own noun, or None."""
    for d in find_dates(text, max(s.start, cue.start() - 30), cue.end(), day):
        own = _POSSESSIVE.match(text, d.end)
        if d.role == "event" and d.span.start is not None and own is not None and own.end() <= cue.end() \
                and d.end <= cue.end() and own.end() >= cue.start():
            return d.span
    return None

"""A live blog told newest first (dev19 B9): its updates stand in falling time order ("**19:40** -
the toll has risen to nine" above "**09:10** - at least four were killed"). Codebook rule 6 and
the dev11 D2 ruling take a strike's figures from the earliest update in time, and the rules take
the first figure of an event's sentences: so the sentences of an event of such a blog are read
oldest update first. A blog in rising order, and any other article, keeps its text order."""

from __future__ import annotations

import re

from ...grounding.live_blog import STAMP
from .common import Facts

_CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?:[ \t]*(?P<ap>[ap])\.?m\.?)?", re.I)


def _minutes(stamp: str) -> int | None:
    """Minutes after midnight of a stamp's clock ("19:40", "7.40pm", "0940 GMT"); None if unread."""
    clock = re.search(r"\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?|\d{4}", stamp, re.I)
    if clock is None:
        return None
    digits = clock.group(0)
    if re.fullmatch(r"\d{4}", digits):
        return int(digits[:2]) * 60 + int(digits[2:])
    m = _CLOCK.match(digits)
    if m is None:
        return None
    hour = int(m.group("h")) % 12 if m.group("ap") else int(m.group("h"))
    hour += 12 if (m.group("ap") or "").lower() == "p" else 0
    return hour * 60 + int(m.group("m") or 0)


def _stamps(text: str) -> list[tuple[int, int]]:
    """(position, minutes) of each update's time stamp, in text order."""
    out = []
    for m in STAMP.finditer(text):
        minutes = _minutes(m.group("stamp"))
        if minutes is not None:
            out.append((m.start(), minutes))
    return out


def newest_first(text: str) -> bool:
    """Whether the blog's stamps mostly fall from one update to the next."""
    times = [t for _, t in _stamps(text)]
    falls = sum(1 for a, b in zip(times, times[1:]) if b < a)
    rises = sum(1 for a, b in zip(times, times[1:]) if b > a)
    return len(times) >= 2 and falls > rises


def oldest_update_first(facts: list[Facts], text: str) -> list[Facts]:
    """The event's sentences with those of earlier updates first, in a newest-first blog (the
    lines above the first stamp, a summary of the latest state, come last, and a toll told as a
    rise after every other figure)."""
    if len(facts) < 2 or not newest_first(text):
        return facts
    starts = [p for p, _ in _stamps(text)]

    def update_index(f: Facts) -> int:
        return sum(1 for p in starts if p <= f.sent.start)  # 0 above the first stamp

    # a toll told as a rise ("has risen to nine") is later than any figure it updates, wherever it stands
    return sorted(facts, key=lambda f: (f.update, -update_index(f) if update_index(f) else 1))

"""The days an article gives its undated diplomacy events as a whole: a live blog's or digest's date
headings, a timed bulletin entry's heading day, and an official readout of one working day. Moved out
of `diplomacy_dates` (which reads the days a sentence tells) when that module passed 400 lines."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from ...calendar_days import WD, weekday_under_heads
from ...dates import DateMention, find_dates
from ...knowledge import cues
from ...records import DatePrecision, DateSpan
from ...sentences import Sentence

_TIMESTAMP = re.compile(rf"[ \t]*(?:{cues.alternation('diplomacy', 'timestamp_entry')})", re.I)


def bulletin_day(text: str, lo: int, headings: list[tuple[int, DateSpan]], published: dt.date | None) -> DateSpan | None:
    """A timed entry of a dated bulletin ("13:30 - Zelensky spoke with…"): the day of the heading
    above it, else the bulletin's (publication) day."""
    line = text.rfind("\n", 0, lo) + 1
    if not _TIMESTAMP.match(text, line) and not _TIMESTAMP.match(text, lo):
        return None
    day = heading_before(headings, lo)
    if day is None and published:
        day = DateSpan(start=published, end=published, text=None, precision=DatePrecision.day)
    return day


# A heading line: a date alone on its line ("Wednesday 5 August", "Thursday", "12 October 2026:").
_HEADING_MAX = 40
_HEADING_REST = re.compile(r"[\s,.:;|\-\u2013\u2014*_#]*")  # "**Monday, 9 March**", "## 9 March": markup too


def date_headings(text: str, published: dt.date | None) -> list[tuple[int, DateSpan]]:
    """The article's date headings (where each line starts, its day), in order. A live blog or a
    digest dates its sections by them; an article without such lines has none."""
    out: list[tuple[int, DateSpan]] = []
    for line in re.finditer(r"^[^\n]{1,%d}$" % _HEADING_MAX, text, re.M):
        found = find_dates(text, line.start(), line.end(), published)
        rest = text[line.start():line.end()]
        for d in reversed(found):
            rest = rest[:d.start - line.start()] + rest[d.end - line.start():]
        if found and all(d.span.start for d in found) and _HEADING_REST.fullmatch(rest):
            best = next((d for d in found if d.kind in ("dmy", "mdy")), found[0])
            out.append((line.start(), _in_sequence(best, out, published)))
    return out


def _in_sequence(head: DateMention, above: list[tuple[int, DateSpan]], published: dt.date | None) -> DateSpan:
    """A weekday heading alone read after the heading above it (`calendar_days.weekday_under_heads`)."""
    wd = re.fullmatch(rf"(?:on\s+)?({WD})", (head.span.text or "").strip(), re.I)
    if wd is None or not above or published is None or above[-1][1].start is None:
        return head.span
    day = weekday_under_heads(wd.group(1), above[-1][1].start, published)
    return DateSpan(start=day, end=day, text=head.span.text, precision=DatePrecision.day)


def heading_before(headings: list[tuple[int, DateSpan]], pos: int) -> DateSpan | None:
    """The day of the last date heading before `pos`, if any."""
    i = bisect_right([h for h, _ in headings], pos)
    return headings[i - 1][1] if i else None


_READOUT = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'readout_day_markers', 'strong')})\b", re.I)
_DAY_PARTS = [re.compile(rf"\b(?:{p})\b", re.I) for p in cues.phrases("diplomacy", "readout_day_markers", "parts_of_day")]


def readout_day(text: str, published: dt.date | None) -> DateSpan | None:
    """The day of an official readout of one working day ("Results of the working day", or its
    morning, afternoon and evening told in turn): its undated events happened that day (class C7)."""
    if published is None:
        return None
    parts = sum(1 for rx in _DAY_PARTS if rx.search(text))
    if not _READOUT.search(text) and parts < 2:
        return None
    return DateSpan(start=published, end=published, text=None, precision=DatePrecision.day)


def opening_day(text: str, whole: dict[int, Sentence], s: Sentence, published: dt.date | None) -> DateSpan | None:
    """r50 (dev75): a clause cut from a sentence that opens on its day ("On Monday A and B talked by phone,
    and Paris said it would supply more shells"): the day the sentence opens on, for every clause."""
    sent = whole.get(s.start)
    if sent is None or sent.start == s.start:
        return None
    lead = sent.start + len(text[sent.start:sent.end]) - len(text[sent.start:sent.end].lstrip(" \t\n\"'“‘*-"))
    first = next(iter(find_dates(text, sent.start, s.start, published)), None)
    return first.span if first is not None and first.start == lead and first.role == "event" else None

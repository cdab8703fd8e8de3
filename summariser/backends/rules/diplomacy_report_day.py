"""Diplomacy dates told by the day of a report (round 13, dev24 C5; codebook 11, lead's ruling G2):
(a) an event told in the pluperfect inside what someone said on a day ("Zelensky said on Thursday he
had spoken with the Polish president") is dated to that day, unless its own words carry a time;
(b) an aid decision announced with no day takes the day of the next sentence in which the donor's own
official speaks about it ("Norway announced a package. Its defence minister said on Tuesday that the
first deliveries would come in May"), not an official of another state."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...dates import DateMention, find_dates
from ...knowledge import cues
from ...records import DateSpan, DiplomacyKind
from ...sentences import Sentence

# what was said, in the pluperfect: "(that) he had spoken", "that Putin had held a call"
_PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+|also\s+|just\s+|earlier\s+)?(?!to\b|been\s+(?:due|set|scheduled|expected|planned)\b)[a-z]+", re.I)
_SAID_REACH = 90
# a time of the event's own after it: "the previous day", "a day earlier", "last week", "days before"
_OWN_TIME = re.compile(r"\b(?:previous|earlier|before|ago|last|yesterday|overnight|the\s+day|that\s+(?:morning|day|evening|week))\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# the donor's own official opens the next sentence: "Its defence minister", "The country's premier"
_ITS_OFFICIAL = re.compile(r"\s*(?:Its|Their|The\s+(?:country|government|kingdom)['’]s)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:minister|ministry|government|premier|president|chancellor|spokes\w+|officials?)\b", re.I)
_NEXT_SENTENCE = re.compile(r"\s*[^.!?]{1,300}[.!?]")


def said_day_of_pluperfect(found: list[DateMention], text: str, cue: tuple[int, int]) -> list[DateMention]:
    """The report day right before an event told in the pluperfect ("said on Monday that Putin had
    held a call"): [] when none is there."""
    end = _SENTENCE_END.search(text, cue[1])
    if _OWN_TIME.search(text, cue[1], end.start() if end else len(text)):
        return []  # "said on Saturday that he had spoken with Macron the previous day": its own time
    return [d for d in found if d.role == "report" and d.end <= cue[0] and cue[0] - d.end <= _SAID_REACH
            and _PLUPERFECT.search(text, d.end, cue[1])]


def donor_next_day(text: str, hi: int, kind: DiplomacyKind | None, published: dt.date | None) -> DateSpan | None:
    """The day the donor's own official speaks in the sentence right after an aid sentence ending at
    `hi`, or None (another state's official, no day, not aid)."""
    if kind is not DiplomacyKind.military_aid:
        return None
    nxt = _NEXT_SENTENCE.match(text, hi)
    if nxt is None or not _donors_own(text, hi, nxt.start(), nxt.end()):
        return None
    said = [d for d in find_dates(text, nxt.start(), nxt.end(), published) if d.role == "report" and d.span.start]
    return said[0].span if said else None


def _donors_own(text: str, lo_aid: int, lo: int, hi: int) -> bool:
    """The next sentence's speaker is the aid sentence's state: "Its defence minister", or a state the
    next sentence names (by name or demonym) that the aid sentence names too."""
    if _ITS_OFFICIAL.match(text, lo):
        return True
    start = text.rfind(".", 0, max(0, lo_aid - 1)) + 1
    speaker = _states(text[lo:hi])
    return bool(speaker) and speaker[0] in _states(text[start:lo_aid])


def _states(span: str) -> list[str]:
    """The states a span names by name or demonym, in order."""
    out: list[str] = []
    for w in re.findall(r"[A-Z][\w'’-]+", span):
        name = lx.canonical_country(re.sub(r"['’]s$", "", w)) or lx.country_of(w)
        if name and name not in out:
            out.append(name)
    return out


def said_day(text: str, s: Sentence, published: dt.date | None) -> DateSpan | None:
    """The day the sentence's speaker said it ("Qatar said on Tuesday that …"), on or before the
    publication day; None without one."""
    said = [d for d in find_dates(text, s.start, s.end, published) if d.role == "report" and d.span.start
            and (published is None or d.span.start <= published)]
    return said[0].span if said else None


_PERFECT_RETURN = cues.regex("diplomacy_releases", "perfect_returns")
_RECIPROCAL = re.compile(rf"\W*(?:{cues.alternation('diplomacy_releases', 'reciprocal_openers')})\b", re.I)
_PREVIOUS = re.compile(r"[^.!?\n]{1,400}[.!?]\s*$")


def perfect_return_day(text: str, lo: int, hi: int, published: dt.date | None) -> DateSpan | None:
    """The day an exchange told by a present-perfect return was reported on ("88 servicemen have come
    back, the ministry reported on Saturday"; dev33 D7), for that sentence and for the "In return, …"
    sentence right after it; None otherwise."""
    if not _PERFECT_RETURN.search(text, lo, hi):
        before = _PREVIOUS.search(text, max(0, lo - 400), lo) if _RECIPROCAL.match(text, lo, hi) else None
        if before is None or not _PERFECT_RETURN.search(text, before.start(), before.end()):
            return None
        lo, hi = before.start(), before.end()
    said = [d for d in find_dates(text, lo, hi, published) if d.role == "report" and d.span.start
            and (published is None or d.span.start <= published)]
    return said[0].span if said else None

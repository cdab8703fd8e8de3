"""The weekday of an event called off or put off, told by the day it was set for: "a visit to
Moscow, scheduled for Monday, has been called off" (published on a Saturday) is the coming Monday,
as are "talks set for Tuesday are off" and "a meeting due on Thursday will not take place": a plan
called off now, before its day, lies ahead of the report.

A calling-off told in the past ("was scrapped", "were postponed", "Warsaw cancelled the visit
planned for Thursday") may be told before the day or after it, as a weekly piece does: the weekday
is the nearer one, the past one when it lies at most three days back ("set for Thursday, was
called off", published on a Sunday: the Thursday just gone), the coming one otherwise ("scheduled
for Monday, was cancelled", published on a Sunday: tomorrow). In a piece looking back on "this
week" it is always the past one (dev13 class A3; the codebook dates a cancelled event by its
planned day). A weekday told in the
past stays too: "was to have taken place last Monday", "On Monday, talks scheduled for that day
were cancelled". The set-for and calling-off words live in `data/vocabulary.yaml`.

A plan told in the past ("talks were to open in Baku on Tuesday") whose sentence says when the
calling-off was made known ("but Azerbaijan said on Friday they had been postponed", "On Thursday,
Hungary called off ...") is the first such weekday on or after that day, as the rules read it
(dev18 class C4; the plan and announcement words are the shared cue file `diplomacy_called_off`).
The calling-off's own day counts the same way ("scrapped on Monday night", "postponed on Sunday"),
and one told as the day before ("called off the evening before", "on the eve") leaves the plan the
day after (dev20 A4); a looking-back frame in the title or opening paragraph ("The week began
with ...") counts for the whole piece. A postponed plan (status `stalled`) is read as a cancelled
one when its sentence says so.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..sentences import sentence_around
from ..calendar_days import MON, WD, recent_weekday
from ..knowledge import cues
from ..records import DatePrecision, DateSpan
from . import vocabulary
from .words_at import words_at
from .spoken import coming_weekend

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# How far before the date words the set-for words may start ("scheduled for" + "this", or a venue).
_LOOK_BACK = 60
# A past-tense calling-off keeps a weekday this many days back at most; further back, the coming one is nearer.
NEARER_BACK = 3
# How far into a piece its title and opening paragraph may run.
_OPENING = 800


@lru_cache(maxsize=1)
def _set_for_weekday() -> re.Pattern[str]:
    # (r30: a venue between, "expected in Istanbul on Friday", "offered to host in Geneva on Monday")
    venue = r"(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?"
    return re.compile(rf"\b(?:{vocabulary.pattern('plan_set_words')})\s+{venue}(?:this\s+(?:coming\s+)?|on\s+)?(?P<day>{_WEEKDAY})\b",
                      re.I)


@lru_cache(maxsize=1)
def _plan_told_past() -> re.Pattern[str]:
    """A plan told in the past up to its weekday: "were to open in Baku on Tuesday"."""
    past = cues.alternation("diplomacy_called_off", "plan_told_past")
    # r20 (dev37 L2): up to twelve words of its clause, a quoted name among them ("to present his "plan" to ...")
    return re.compile(rf"\b(?:{past})(?:\s+[\"“‘']?[\w'’-]+[\"”’']?){{0,12}}?\s+(?:on\s+)?(?P<day>{_WEEKDAY})\b", re.I)


@lru_cache(maxsize=1)
def _announced_on() -> re.Pattern[str]:
    """The day a calling-off was made known: "said on Friday", "announced late on Monday that"."""
    verbs = cues.alternation("diplomacy_called_off", "announcement_verbs")
    return re.compile(rf"\b(?:{verbs})\s+(?:[\w'’-]+\s+){{0,3}}?(?:(?:late|early)\s+)?on\s+(?P<day>{WD})\b", re.I)


@lru_cache(maxsize=1)
def _off_words() -> re.Pattern[str]:
    """Any word of calling off or putting off, in any tense."""
    return re.compile(rf"\b(?:{vocabulary.pattern('called_off_verbs')}|{vocabulary.pattern('not_happening_phrases')})\b",
                      re.I)


@lru_cache(maxsize=1)
def _eve() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{vocabulary.pattern('called_off_eve_phrases')})\b", re.I)


@lru_cache(maxsize=1)
def called_off_now() -> re.Pattern[str]:
    """A calling-off told as now or ahead: "has been postponed", "have called off", "is off", "are
    being delayed", "will not take place"."""
    verbs = vocabulary.pattern("called_off_verbs")
    return re.compile(rf"\b(?:(?:ha(?:s|ve)|['’]s)\s+(?:now\s+|also\s+|just\s+)?(?:been\s+)?(?:\w+\s+)?(?:{verbs})"
                      rf"|(?:is|are|['’]re)(?:\s+(?:now|being|also))?\s+(?:{verbs})"
                      rf"|{vocabulary.pattern('not_happening_phrases')})\b", re.I)


@lru_cache(maxsize=1)
def _looking_back() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{vocabulary.pattern('looking_back_frames')})\b", re.I)


def looking_back(words: str) -> bool:
    """Words of a piece looking back on the week ("What fell through this week: ...")."""
    return _looking_back().search(words) is not None


def called_off_weekday(found: DateSpan, words: str, published: dt.date, text: str,
                       around: tuple[int, int] | None, *, told_off: bool = True) -> DateSpan:
    """`found` moved to the weekday a called-off plan was set for: counted from the day the calling
    off was made known when the sentence gives it, else the coming one when the plan is called off
    now or the coming weekday is the nearer; else `found` unchanged. `told_off`: the record says it
    was called off; without it, its sentence must."""
    if found.start is None or found.precision is not DatePrecision.day or found.start >= published \
            or not re.search(rf"\b{_WEEKDAY}\b", words, re.I) or re.search(r"\b(?:last|past|previous)\b", words, re.I) \
            or re.search(rf"\b(?:{MON})\b", words, re.I):  # r47 (dev70): "Tuesday 19 September" is that day, the month told
        return found
    lo, hi = _located(words, text, around)
    if lo < 0:
        return found
    start, end = sentence_around(text, lo, hi)
    sentence = text[start:end]
    if looking_back(sentence) or not (told_off or _off_words().search(sentence) or backshifted_now().search(sentence)) \
            or not _set_for(text, lo, hi, start):
        return found
    told = _announced_day(text, start, end, lo, published)
    if told is None and told_off and (after := _next_sentence(text, end)) is not None and _off_words().search(text, *after):
        told = _announced_day(text, after[0], after[1], lo, published)  # "had planned to fly on Thursday. His
        # office said on Saturday the visit had been called off": the plan's weekday after the day told (r25)
    if told is not None:
        day = told + dt.timedelta(days=(found.start.weekday() - told.weekday()) % 7)
        return DateSpan(start=day, end=day, text=found.text, precision=found.precision)
    if _eve().search(sentence):  # called off the day before: the plan at most one day after publication
        day = found.start + dt.timedelta(days=7) if found.start + dt.timedelta(days=6) == published else found.start
        return DateSpan(start=day, end=day, text=found.text, precision=found.precision)
    if called_off_now().search(sentence) is None and backshifted_now().search(sentence) is None \
            and ((published - found.start).days <= NEARER_BACK
                                                      or looking_back(_opening(text))):
        return found
    return weeks_on(found, published)


def weeks_on(found: DateSpan, published: dt.date) -> DateSpan:
    """`found`'s weekday moved on by whole weeks to the first such day on or after `published` (the coming
    one; shared with the rules' reading of a called-off plan, `rules/diplomacy_called_off`)."""
    later = found.start
    while later is not None and later < published:
        later += dt.timedelta(days=7)
    return DateSpan(start=later, end=later, text=found.text, precision=found.precision)


@lru_cache(maxsize=1)
def backshifted_now() -> re.Pattern[str]:
    """A calling-off told in reported speech, its tense moved back ("her aides said the trip she had
    arranged for Tuesday was shelved", r25; "an aide told reporters the round would not go ahead", r30):
    as "has been shelved" or "will not go ahead" when it was said."""
    verbs = vocabulary.pattern("called_off_verbs")
    return re.compile(rf"\b(?:said|says|told|announced|added|stated)\b[^.;]*?"
                      rf"\b(?:(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:{verbs})"
                      rf"|would\s+(?:not|no\s+longer)\s+(?:be\s+held|take\s+place|go\s+ahead|happen))\b", re.I)


def _next_sentence(text: str, end: int) -> tuple[int, int] | None:
    """The sentence after the one ending at `end`, in the same paragraph; None at a paragraph's end."""
    if end >= len(text) or text[end:end + 2].strip(". !?") == "" and "\n" in text[end:end + 3]:
        return None
    start = end + 1
    while start < len(text) and text[start] in " .!?\"”":
        start += 1
    if start >= len(text) or "\n" in text[end:start]:
        return None
    return sentence_around(text, start, start)


def _set_for(text: str, lo: int, hi: int, start: int) -> bool:
    """Is the weekday at text[lo:hi] the day a plan was set for ("scheduled for Monday", "were to
    open in Baku on Tuesday")?"""
    set_for = any(lo <= m.start("day") < hi for m in _set_for_weekday().finditer(text, max(0, lo - _LOOK_BACK), hi))
    return set_for or any(lo <= m.start("day") < hi for m in _plan_told_past().finditer(text, start, hi))


def _announced_day(text: str, start: int, end: int, lo: int, published: dt.date) -> dt.date | None:
    """The day the sentence text[start:end] says its calling-off was made known ("said on Friday",
    "On Thursday, Hungary called off ..."), on or before publication; never the plan's own weekday
    at `lo`."""
    opening = re.match(rf"\s*On\s+(?P<day>{WD})\b", text[start:end], re.I)
    if opening is not None and start + opening.start("day") != lo:
        return recent_weekday(opening.group("day"), published)
    for m in _announced_on().finditer(text, start, end):
        if m.start("day") != lo:
            return recent_weekday(m.group("day"), published)
    return None


def _opening(text: str) -> str:
    """The title and opening paragraph, where a piece says it looks back on the week."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text[:_OPENING]) if p.strip()]
    return "\n".join(paragraphs[:2])


def _located(words: str, text: str, around: tuple[int, int] | None) -> tuple[int, int]:
    """Where the date words stand in the text near `around`; (-1, -1) when they are not there."""
    if not text or around is None:
        return -1, -1
    at = words_at(words, text, around)
    return (at, at + len(" ".join(words.split()))) if at is not None else (-1, -1)


# "this weekend", "the coming weekend", "for the weekend": the weekend a plan was set for; "over the
# weekend", "last weekend" tell a weekend gone by and stay as read.
_PLAN_WEEKEND = re.compile(r"^(?:(?:for|on|at)\s+)?(?:this(?:\s+coming)?|the\s+coming)\s+weekend$"
                           r"|^(?:for|on|at)\s+the\s+weekend$", re.I)


def called_off_weekend(words: str, published: dt.date, text: str, around: tuple[int, int] | None,
                       *, told_off: bool) -> DateSpan | None:
    """The weekend a called-off or postponed plan was set for ("a visit to Ankara this weekend was
    shelved", published on a weekday): the coming Saturday and Sunday, as a plan's weekend is read
    (CODEBOOK rule 11 dates a called-off event by its planned day; dev21 A1). `told_off`: the record
    says it was called off; without it, the sentence must. None for other words, or a piece
    looking back on its week."""
    low = " ".join(words.lower().strip(" .,").split())
    if not _PLAN_WEEKEND.match(low):
        return None
    lo, hi = _located(words, text, around)
    sentence = text[slice(*sentence_around(text, lo, hi))] if lo >= 0 else ""
    if not (told_off or _off_words().search(sentence)) or looking_back(sentence):
        return None
    return coming_weekend(words, published)

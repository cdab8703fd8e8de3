"""A place a record's sentences name only by reference ("the same terminal", "the same plant",
"that refinery"): the place an earlier sentence named together with that noun ("a strike on the
oil terminal in Primorsk ... the same terminal was hit in May"). Only an earlier sentence that
holds both the place and the noun grounds it; a place named elsewhere without the noun does not.

Dates by reference too (`anchored_date`): "the next morning", "the day before", "earlier that
week", "later that month", "two days later", "the following week" are told from the event the text
dated just before them; so is "the night before" (`previous_night`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from ..calendar_days import WD, WEEKDAYS
from ..dates import DateMention, find_dates
from ..knowledge import cues
from ..numbers import parse_number
from ..records import DatePrecision, DateSpan
from ..sentences import sentence_at
from . import vocabulary
from .context import Window, _context
from .names import ground_place

_REFERENCE = re.compile(r"\b(?:the\s+same|that\s+same|this\s+same|that|the\s+very\s+same)\s+(?:[\w-]+\s+)?"
                        rf"(?P<noun>{vocabulary.pattern('reference_nouns')})s?\b", re.I)


def place_by_reference(name: str, text: str, evidence: Sequence[Window]) -> bool:
    """Is `name` the place the evidence refers back to with "the same <noun>"?"""
    ctx = _context(text)
    for a, b in evidence:
        for ref in _REFERENCE.finditer(ctx.grounded, a, b):
            noun = ref.group("noun").split()[-1].lower()
            for s in ctx.sentences:
                if s.start >= ref.start():
                    break
                if re.search(rf"\b{re.escape(noun)}", ctx.lower[s.start:s.end]) and \
                        ground_place(name, text, (s.start, s.end)):
                    return True
    return False


# "On the eve of the summit": the day before the event the text dated (or the words date, `eve_of`).
_EVE = re.compile(r"^(?:on\s+)?the\s+eve\s+of\s+.+$", re.I)
_EVE_IN = re.compile(r"\bthe\s+eve\s+of\b", re.I)


def eve_of(words: str, found: DateSpan) -> DateSpan:
    """"On the eve of talks in Geneva on 4 December": the day before the date the words give."""
    m = _EVE_IN.search(words)
    if m is None or found.start is None or found.precision is not DatePrecision.day or \
            not find_dates(words, m.end(), len(words)):
        return found
    day = found.start - dt.timedelta(days=1)
    return DateSpan(start=day, end=day, text=found.text, precision=DatePrecision.day)


# "two days later", "three days earlier": that many days from the event dated just before (up to
# ten). Never "two days after <event>": the event named after the words is the one dated, before
# the one the sentence tells ("the attacks came two days after the leaders met").
_DAYS_APART = re.compile(r"(?P<n>\w+|\d+)\s+days\s+(?P<dir>later|earlier)")
_MAX_DAYS_APART = 10


def previous_night(words: str, published: dt.date, text: str, around: tuple[int, int]) -> DateSpan | None:
    """"The night before", "the previous night" told after a dated event: the night ending on the day
    that event began ("on Tuesday ... the night before": Monday to Tuesday); None with no day or
    night dated before (the date code then tells it from publication)."""
    if not re.fullmatch(r"(?:(?:on|during|in)\s+)?(?:the\s+(?:previous|preceding)\s+night|the\s+night\s+before)",
                        " ".join(words.lower().strip(" .,").split())):
        return None
    before = [m.span for m in find_dates(text, 0, around[0], published) if m.span.start and m.span.end
              and m.role == "event" and (m.span.end - m.span.start).days <= 1]
    if not before or before[-1].start is None:
        return None
    start = before[-1].start
    return DateSpan(start=start - dt.timedelta(days=1), end=start, text=words, precision=DatePrecision.range)


# The vocabulary lists of back-references and how far each moves from the day it refers to.
_DAY_SHIFTS = (("next_day_phrases", 1), ("day_before_phrases", -1))


# Parts of a day or night ("in the evening", "shortly before dawn") that refine a day told before them
_DAY_PARTS = frozenset({"part_of_day", "overnight"})


# the writer's own day or night ("tonight's concert", "this evening"): never the day a "that day" or "the
# next day" is told from (r47, dev70: programme notes for "tonight" after the strike of 19 August)
_PROXIMAL = re.compile(r"(?:(?:early|late|later|earlier)\s+)?(?:to(?:day|night)|this\s+(?:morning|afternoon|evening))")


def not_proximal(found: Sequence[DateMention], text: str) -> list[DateMention]:
    """The date mentions that are no proximal deictic of the writer's present."""
    return [m for m in found if not _PROXIMAL.fullmatch(" ".join(text[m.start:m.end].lower().split()))]


def _event_days(found: Sequence[DateMention], text: str) -> list[DateMention]:
    """The event dates told before the words, in order; a part of day told after a day in its own
    sentence ("on 2 May ... in the evening", "on 3 May shortly before dawn") is that day's, not a day
    of its own (r15, dev28 A2); so is a bare part of day in a later sentence (r28), not "overnight"."""
    kept: list[DateMention] = []
    for m in (m for m in found if m.span.start and m.role == "event"):
        if m.kind in _DAY_PARTS and kept and (m.kind == "part_of_day" or not re.search(r"[.!?]\s", text[kept[-1].end:m.start])):
            continue  # r28 (dev50): "on Thursday ... They came home in the afternoon": a later sentence's bare part too
        kept.append(m)
    return kept


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _day_across_paragraph(told: Sequence[DateMention], text: str, around: tuple[int, int]) -> dt.date | None:
    """r32: a day told from another ("A day earlier, ...") that opens a new paragraph after a month
    recalled in passing ("The previous swap took place in late May."): the last day or night told
    before that month, the story's own; None where the month stands in the words' paragraph."""
    if not _PARAGRAPH_BREAK.search(text, told[-1].end, max(told[-1].end, around[0])):
        return None
    days = [m.span for m in told if not _wider_than_a_night(m.span)]
    return (days[-1].end or days[-1].start) if days else None


def _wider_than_a_night(d: DateSpan) -> bool:
    return d.start is not None and d.end is not None and (d.end - d.start).days > 1


def anchored_date(words: str, published: dt.date, text: str, around: tuple[int, int]) -> DateSpan | None:
    """Date words told from the event dated just before them: "the next morning" (that day + 1),
    "the day before" (- 1), "earlier that week" (its Monday up to the day before it), "later that
    month" (the day after it to the month's end). The anchor is the last event date the text gives
    before the words; None when the words are no such phrase or no date comes before them."""
    low = _EVE.sub("the eve", " ".join(words.lower().strip(" .,").split()))  # "the eve of the NATO summit"
    kind = _anchored_kind(low) or _anchored_kind(_THAT_END.sub("", low))  # r34: "the day before that"
    days = _DAYS_APART.fullmatch(low)
    if kind is None and days is None:
        return None
    if kind == "next_night_phrases":
        return _next_night(words, published, text, around)
    told = _event_days(not_proximal(find_dates(text, 0, around[0], published), text), text)
    if kind != "anchored_month_phrases":  # r28 (dev50): "a day earlier" is from a day, a night, a week or a
        told = [m for m in told if m.span.end and m.span.start and (m.span.end - m.span.start).days <= 31]  # month told, never a year
    before = [m.span for m in told]
    own = _own_sentence_day(low, published, text, around) if kind == "day_before_phrases" else None
    if not before and own is None:
        return None
    if own is None and (days is not None or kind in dict(_DAY_SHIFTS)) and _wider_than_a_night(before[-1]):
        own = _day_across_paragraph(told, text, around)
        if own is None:  # "at Davos in January ... in Bern the next day": within that month, its day untold
            return DateSpan(start=before[-1].start, end=before[-1].end, text=words, precision=before[-1].precision)
    anchor = own or before[-1].end or before[-1].start
    assert anchor is not None
    one = dt.timedelta(days=1)
    if days is not None:  # "two days later", "three days earlier"
        n = parse_number(days.group("n"))
        if not n or n > _MAX_DAYS_APART:
            return None
        day = anchor + (n if days.group("dir") == "later" else -n) * one
        return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)
    if kind == "following_week_phrases":
        first = anchor - anchor.weekday() * one + 7 * one
        return DateSpan(start=first, end=first + 6 * one, text=words, precision=DatePrecision.week)
    shift = dict(_DAY_SHIFTS).get(kind or "")
    if shift is not None:
        day = anchor + shift * one
        return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)
    if kind == "anchored_week_phrases":
        first, precision = anchor - anchor.weekday() * one, DatePrecision.week
        last = first + 6 * one
    else:
        first, precision = anchor.replace(day=1), DatePrecision.month
        last = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1) - one
    if "earlier" in low:
        last = max(first, anchor - one)
    elif "later" in low:
        first = min(last, anchor + one)
    return DateSpan(start=first, end=last, text=words, precision=precision)



_ANCHORED_KINDS = ("next_night_phrases", "next_day_phrases", "day_before_phrases", "anchored_week_phrases",
                   "anchored_month_phrases", "following_week_phrases")
# the anchor pointed at after the phrase: "the day before that", "a day after that", "the week after this"
_THAT_END = re.compile(r"\s+(?:that|this|then|it)$")


def _anchored_kind(low: str) -> str | None:
    """The list of anchored phrases the words are one of, or None."""
    from .complete import _whole  # the same phrase test as the other date lists

    return next((name for name in _ANCHORED_KINDS if _whole(low, name)), None)


def _next_night(words: str, published: dt.date, text: str, around: tuple[int, int]) -> DateSpan | None:
    """"A night later": the night from the day the last date told before the words ends (a night told
    from a named event too, "the night after the truce lapsed ... a night later": r21, dev39 A4)."""
    from .event_anchor import days_after_events

    told = [(m.start, m.span) for m in find_dates(text, 0, around[0], published) if m.span.start and m.role == "event"]
    told += days_after_events(text, around[0], published)
    if not told:
        return None
    last = max(told, key=lambda t: t[0])[1]
    start = last.end or last.start
    assert start is not None
    return DateSpan(start=start, end=start + dt.timedelta(days=1), text=words, precision=DatePrecision.range)


def _own_sentence_day(low: str, published: dt.date, text: str, around: tuple[int, int]) -> dt.date | None:
    """The day told before the words in their own sentence, a report day included ("Trump said on
    Friday that his call the previous evening ..." is Thursday: dev31-N4); None when the words are not
    found near `around` or their sentence gives no single day before them."""
    at = _find_words(low, text, around)
    if at is None:
        return None
    sents = _context(text).sentences
    start = next((s.start for s in sents if s.start <= at < s.end), None)
    if start is None:
        return None
    days = [m.span for m in find_dates(text, start, at, published)
            if m.span.start and m.span.end == m.span.start and m.role in ("event", "report")]
    return days[-1].start if days else None


def _find_words(low: str, text: str, around: tuple[int, int]) -> int | None:
    """Where the words (lower case, spaces single) stand in the text, within `around` (200 characters
    of slack each side)."""
    pattern = r"\s+".join(re.escape(w) for w in low.split())
    m = re.compile(pattern, re.I).search(text, max(0, around[0] - 200), min(len(text), around[1] + 200))
    return m.start() if m else None


# a bare weekday as the words: "on Saturday", "Saturday"
_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?(?P<wd>{WD})", re.I)
# the journey on from the day told: "…, and went on to X", "then flew to Y", "before travelling on to Z"
_ONWARD = re.compile(rf"\b(?:and|then|before|later)\s+(?:then\s+|later\s+)?(?:{cues.alternation('anchoring', 'onward_verbs')})\b", re.I)


def weekday_after_told_day(words: str, found: DateSpan, published: dt.date, text: str,
                           around: tuple[int, int]) -> DateSpan:
    """A bare weekday told after an earlier day of its own sentence is the first such weekday after
    that day ("paid a visit to X last Friday, and went on to Y on Saturday": the next day, not the
    Saturday of the report's week, r29); `found` as it was read otherwise."""
    m = _BARE_WEEKDAY.fullmatch(" ".join(words.strip(" .,").split()))
    if m is None or found.start is None or found.precision is not DatePrecision.day:
        return found
    sents = list(_context(text).sentences)
    if not sents:
        return found
    s = sents[sentence_at(sents, around[0])]
    earlier = [d for d in find_dates(text, s.start, around[0], published)
               if d.role == "event" and d.span.start and d.span.precision is DatePrecision.day]
    if not earlier or earlier[-1].span.start is None or not _ONWARD.search(text, earlier[-1].end, around[0]):
        return found  # (only a journey on from the day told: "who took office on 1 December, met X on Tuesday" is no sequence)
    day = earlier[-1].span.start
    first = day + dt.timedelta(days=(WEEKDAYS.index(m.group("wd").lower()) - day.weekday()) % 7 or 7)
    if first >= found.start:
        return found
    return DateSpan(start=first, end=first, text=found.text, precision=DatePrecision.day)

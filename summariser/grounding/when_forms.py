"""Date words wire copy writes that the date reader left unread:

- a month, or part of one, after a verb or preposition of its own ("had been moved to December",
  "penciled in for mid-October", "late November"): read as "in <that month part>";
- "this year", "earlier this year", "later this year": the publication year;
- "a day after" told right after a dated report ("officials said Friday, a day after the two
  ministers spoke"): the event it introduces is the day before that report day;
- "during the day": the report's (publication) day; "in recent days": the week ending at publication;
- "on the first day" (of a summit) told after the event's own day: that day;
- a clock-time span across midnight ("between 9 pm on Friday and 6 am on Saturday"): both days.

`wire_when` returns the DateSpan of the last three (None when none applies); `month_words` gives
the first as words the ordinary reader reads, for use only when it read nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import date_patterns
from ..dates import find_dates, looking_ahead, resolve
from ..records import DatePrecision, DateSpan
from ..sentences import sentence_around
from .vocabulary import pattern
from .words_at import words_at
from .called_off import called_off_now, looking_back

_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_PART = r"(?:early|mid|late|the\s+(?:start|beginning|middle|end)\s+of)"
# the month (part) the words end on, and the word before it
# (the month capitalised, as the reader wants it: "may" and "march" are verbs)
_MONTH_TAIL = re.compile(rf"(?:^|(?P<before>[\w-]+)\s+)(?P<tail>(?:{_PART}[\s-]*)?(?-i:{_MONTHS.title()})(?:\s+(?:19|20)\d\d)?)$",
                         re.I)
# a word before the month that changes what it means: a deadline, a start, a previous one
_NOT_THE_DATE = {"before", "after", "since", "until", "till", "by", "from", "through", "last", "past",
                 "previous", "prior", "ahead", "early", "mid", "late", "of"}
# a month a plan is set for, in the words or the article just before them, is the coming one
_SCHEDULED = re.compile(r"\b(?:(?:set|scheduled|slated|planned|penc[i]?l+ed\s+in|pushed\s+back|due|expected|moved|"
                        r"postponed|delayed|put\s+off|rescheduled|pushed)\s+(?:for|to|until|till))\s*$", re.I)
_THIS_YEAR = re.compile(r"(?:(?:earlier|later|sometime|since\s+the\s+start\s+of|at\s+the\s+start\s+of)\s+)?(?:in\s+)?this\s+year", re.I)
# the day of the report: "during the day", "throughout the day", "in the daytime", and the whole-day
# family, with or without its preposition ("over the whole day", "the entire day", "all day long")
_REPORT_DAY = re.compile(r"(?:(?:during|throughout|over|across|for|over\s+the\s+course\s+of|in\s+the\s+course\s+of)\s+)?"
                         r"the\s+(?:(?:whole|entire|full)\s+)?day|all\s+day(?:\s+long)?"
                         r"|(?:during|in)\s+(?:the\s+)?day-?time", re.I)
# "in recent days", "over the past few days": the week that ends at publication (as "the past week")
_RECENT_DAYS = re.compile(r"(?:(?:in|over|during|within)\s+)?(?:recent|the\s+(?:past|last)\s+(?:few|several))\s+days", re.I)
# "on the first day" (of a summit, a visit) told right after the event's own day: that day
_FIRST_DAY = re.compile(r"(?:on\s+)?the\s+(?:first|opening)\s+day(?:\s+of\s+.+)?", re.I)
_FIRST_DAY_GAP = 240  # the sentence before, at most
_BARE_DAY_AFTER = re.compile(r"(?:just\s+)?(?:a|one)\s+day\s+after", re.I)
_DAY_AFTER = re.compile(r"(?:just\s+)?(?:a|one)\s+day\s+after"
                        # r19 (L3): with the event's noun, "a day after the attack" (the shared reader)
                        rf"|{date_patterns.DAY_AFTER_EVENT.pattern}", re.I)
# "said Friday, " / "said on Friday, " right before "a day after": the report day it counts back from
_REPORT_GAP = 40
_SPAN = re.compile(r"between\s+(?P<a>.+?)\s+and\s+(?P<b>.+)", re.I)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\bmidnight\b|\bnoon\b|\b\d{1,2}:\d{2}\b", re.I)


def wire_when(words: str, published: dt.date, text: str = "", around: tuple[int, int] | None = None) -> DateSpan | None:
    """The date these words give ("this year", "a day after", a span across midnight), or None."""
    low = " ".join(words.lower().strip(" .,").split())
    if _THIS_YEAR.fullmatch(low):
        year = published.year
        return DateSpan(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), text=words, precision=DatePrecision.year)
    if _REPORT_DAY.fullmatch(low):
        return DateSpan(start=published, end=published, text=words, precision=DatePrecision.day)
    if _RECENT_DAYS.fullmatch(low):
        return DateSpan(start=published - dt.timedelta(days=7), end=published, text=words, precision=DatePrecision.week)
    if _FIRST_DAY.fullmatch(low):
        return _first_day(words, published, text, around)
    if _DAY_AFTER.fullmatch(low):
        return _day_before_report(words, published, text, around)
    return _across_midnight(low, words, published)


def month_date(words: str, published: dt.date, text: str = "", around: tuple[int, int] | None = None) -> DateSpan | None:
    """The month (part) of `month_words`, as the ordinary reader reads those words."""
    month = month_words(words, first_since=_first_since(text, around))
    if month is None:
        return None
    return resolve(month, published).model_copy(update={"text": words})


# "the first call between the two since late January": the previous one was then (r29)
_FIRST_BEFORE = re.compile(r"\bfirst\b[^.;!?]{0,80}$", re.I)


def _first_since(text: str, around: tuple[int, int] | None) -> bool:
    return around is not None and bool(text) and _FIRST_BEFORE.search(text, max(0, around[0] - 100), around[0]) is not None


def scheduled_ahead(found: DateSpan, words: str, published: dt.date, text: str = "",
                    around: tuple[int, int] | None = None) -> DateSpan:
    """`found` a year on when a plan is set for it ("set for late March", "moved to December")
    and it would otherwise lie months in the past (`dates.looking_ahead`)."""
    if found.start is None:
        return found
    head = re.split(rf"\b(?:{_PART}[\s-]*)?(?:{_MONTHS})\b", words, maxsplit=1, flags=re.I)[0]
    before = (text[max(0, around[0] - 40):around[0]] if around is not None and text else "") + " " + head
    return looking_ahead(found, words, published) if _SCHEDULED.search(before.strip()) else found


def month_words(words: str, first_since: bool = False) -> str | None:
    """ "moved to December" -> "in december", "late November" -> "in late november"; None when the
    words end on no month, or a word before it changes what it means ("before December", "sales
    since March"; a bare "since late January" after a "first" is that month's event)."""
    said = " ".join(words.strip(" .,").split())  # case kept: "in march" is no month to the reader
    tail = _MONTH_TAIL.search(said)
    since_alone = first_since and tail is not None and said.lower() == f"since {tail.group('tail').lower()}"
    if tail is None or (tail.group("before") or "").lower() in _NOT_THE_DATE and not since_alone:
        return None  # (r29: "since late January" alone, told after a "first ... since", names the
        # month of the event before: "the first call since late January" is the record of that call;
        # "has rejected every proposal since March" is a series, no date)
    return "in " + tail.group("tail")  # "late November", "mid-October" told bare too


def _day_before_report(words: str, published: dt.date, text: str, around: tuple[int, int] | None) -> DateSpan | None:
    at = words_at(words, text, around)
    if at is None:
        return None
    near = [m for m in find_dates(text, max(0, at - _REPORT_GAP), at, published) if m.span.start and m.span.end == m.span.start]
    if not near or not re.fullmatch(r"[\s,]*", text[near[-1].end:at]):
        return _day_before_story(words, published, text, at)
    if not _BARE_DAY_AFTER.fullmatch(" ".join(words.lower().split())) and near[-1].role != "report":
        return None  # "hit again on 18 May, a day after the attack on X": that day is the strike's own (r19)
    report = near[-1].span.start
    if report is None:
        return None
    day = report - dt.timedelta(days=1)
    return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)


def _day_before_story(words: str, published: dt.date, text: str, at: int) -> DateSpan | None:
    """ "The convoy left a day after drones struck a depot in Sumy, killing two": the strike is what the
    words introduce (a clause that strikes, after a main clause that tells none, and no day in the
    sentence), so it is the day before the story's own day (the publication's, or its section's: r44)."""
    main = _strike_introduced(words, text, at, published)
    if main is None or _STRIKES.search(text, *main):
        return None
    day = published - dt.timedelta(days=1)
    return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)


_STRIKES = re.compile(rf"\b(?:{pattern('impact_verbs')}|{pattern('attack_with_verbs')})\b", re.I)


def strike_after_strike(words: str, text: str, at: int, published: dt.date) -> tuple[int, int] | None:
    """r45 (dev67 L5): the main clause (start, end) of a sentence in which bare "a day after", at `at`,
    introduces a strike after a main clause that tells another ("the raid on Rivne followed a day after the
    shelling of Nikopol"), the sentence naming no day; else None. The strike introduced is the day before
    the main clause's, which the article's record of it dates (`draft_dates.day_before_named_strike`)."""
    main = _strike_introduced(words, text, at, published)
    return main if main is not None and _STRIKES.search(text, *main) else None


def _strike_introduced(words: str, text: str, at: int, published: dt.date) -> tuple[int, int] | None:
    """The main clause (start, end) of a sentence, naming no day, in which bare "a day after" at `at`
    introduces a clause that strikes; else None (both readings above start from it)."""
    if not _BARE_DAY_AFTER.fullmatch(" ".join(words.lower().split())):
        return None
    start, stop = sentence_around(text, at, at + len(words))
    if any(d.span.start for d in find_dates(text, start, stop, published)) \
            or not _STRIKES.search(text, at + len(words), stop):
        return None
    return start, at


def _across_midnight(low: str, words: str, published: dt.date) -> DateSpan | None:
    m = _SPAN.fullmatch(low)
    if m is None or not (_CLOCK.search(m.group("a")) and _CLOCK.search(m.group("b"))):
        return None
    first, second = _day_of(m.group("a"), published), _day_of(m.group("b"), published)
    if first is None or second is None or not (dt.timedelta(days=1) <= second - first <= dt.timedelta(days=2)):
        return None
    return DateSpan(start=first, end=second, text=words, precision=DatePrecision.range)


def _day_of(part: str, published: dt.date) -> dt.date | None:
    """The day a clock-time phrase names ("8:00 pm on Saturday"), read without its clock time."""
    span = resolve(_CLOCK.sub(" ", part).strip(), published)
    return span.start if span.start is not None and span.start == span.end else None


# A weekday a plan was set for and that plan "has been postponed" (or called off, put off) before
# it came: the coming weekday, not the past one. Only the perfect or present ("has been
# postponed", "is delayed": `called_off.called_off_now`), outside a look back on "this week":
# "were postponed" may be told after the day had passed.
_SET_FOR = re.compile(r"\b(?:scheduled|set|slated|planned|due|expected|meant|supposed)\b", re.I)
_WEEKDAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_PLAN_GAP = 120


def put_off_weekday(found: DateSpan, words: str, text: str, around: tuple[int, int] | None) -> DateSpan:
    """`found` a week on when it is a past weekday a plan was set for and that "has been postponed"
    (the plan lies ahead of the report); else `found`."""
    if found.start is None or found.precision is not DatePrecision.day or around is None or not text \
            or not _WEEKDAY_WORD.search(words) or re.search(r"\b(?:last|past|previous)\b", words, re.I):
        return found
    at = words_at(words, text, around)
    if at is None:
        return found
    before, after = text[max(0, at - _PLAN_GAP):at], text[at + len(words):at + len(words) + _PLAN_GAP]
    before, after = re.split(r"[.!?]\s", before)[-1], re.split(r"[.!?]\s", after)[0]
    if not (_SET_FOR.search(before) and called_off_now().search(after)) or looking_back(before + words + after):
        return found
    later = found.start + dt.timedelta(days=7)
    return DateSpan(start=later, end=later, text=found.text, precision=found.precision)


def _first_day(words: str, published: dt.date, text: str, around: tuple[int, int] | None) -> DateSpan | None:
    """The day "on the first day" stands for: the last single day the article gives in the same
    or the sentence before ("signed on Friday. ... agreed on the first day of the three-day
    meeting"); None when none is that near."""
    at = words_at(words, text, around)
    if at is None:
        return None
    lo = max(0, at - _FIRST_DAY_GAP)
    stops = [m.end() for m in re.finditer(r"[.!?]\s", text[lo:at])]
    if len(stops) > 1:
        lo += stops[-2]  # no further back than the sentence before
    days = [m.span for m in find_dates(text, lo, at, published) if m.span.start and m.span.end == m.span.start]
    if not days or days[-1].start is None:
        return None
    day = days[-1].start
    return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)



# "the night's figures", "last night's attack", "tonight's barrage": a night named as the owner of
# a report's noun is that night, read as the bare night words are (the report's night)
_NIGHT_OWNS = re.compile(r"(?P<night>(?:(?:the|last|this|that\s+same)\s+)?night|tonight|overnight)['’]s?(?:\s+[\w-]+){0,3}",
                         re.I)


def night_owned(words: str) -> str | None:
    """The night words of "the night's figures" ("the night"), or None."""
    m = _NIGHT_OWNS.fullmatch(" ".join(words.strip(" .,").split()))
    if m is None or m.group("night").lower() in ("night", "that same night"):
        return None  # "night's" alone or "that same night's" needs a night named before: not read here
    return m.group("night")

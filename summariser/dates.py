"""Date expressions in war reporting, resolved against the publication date.

"overnight into Friday" -> Thursday..Friday (range); "on Tuesday" -> the most recent Tuesday
on or before publication; "last night" / "overnight" -> the night ending on the publication
day; "the previous night" -> the night before that; "yesterday"; "earlier in the week";
explicit dates ("June 10", "10 June 2025") and months ("in March"); "last Tuesday" in a Tuesday's
paper is the week before, "next Tuesday" the one after, "later this month" the rest of it; a
proposed or called-off event's date far back is the coming one (`looking_ahead`).

Without a publication date nothing relative can be resolved: the words are kept in
`DateSpan.text` and start/end stay null (precision unknown), so nothing is guessed.
The patterns that find the expressions are in `date_patterns`; here they are resolved into days.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import date_patterns
from .knowledge import cues, holidays
from .calendar_days import MON as MON, WD as WD, recent_weekday as recent_weekday  # re-exported to the other readers
from .calendar_days import MONTHS as _MONTHS, day_span as _day, month_span as _month_span, range_span as _range
from .calendar_days import weekday_day as _weekday_day, year_by_weekday, year_for as _year_for
from .records import DatePrecision, DateSpan

# "said Friday", "reported on Tuesday": the day of the report, not necessarily of the event.
# (r26: the medium between the verb and its day: "wrote on Telegram on Friday", "said on his Telegram channel
# on Monday", "posted on X on Sunday morning")
# (the listener told, not the clause reported: "told the assembly that on Sunday shells had hit ..." is the strike's day)
_REPORT_BEFORE = re.compile(
    r"(?:said|says|reported|confirmed|announced|added|stated|wrote|posted|told\s+[\w ]{1,30}?(?<!\bthat)(?<!\bthat\s))"
    r"(?:\s+in\s+a\s+[\w ]{1,30}?|\s+(?:on|via)\s+(?:(?:his|her|its|their|the)\s+)?(?:official\s+)?"
    r"(?:Telegram(?:\s+channel)?|X|Twitter|Facebook|Instagram|social\s+media|(?:national\s+)?(?:television|TV|radio)"
    r"|(?:national\s+)?telethon|website|channel|messaging\s+app))?\s*$", re.I)


# r27: a speaker and a verb of saying right after a part of the day that opens the sentence ("At 3 p.m. the
# mayor said", "In the evening, rescuers said"; never "Drones hit X in the evening, the governor said")
_REPORT_AFTER = re.compile(r"\.?,?\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?"
                           rf"(?:{cues.plain_alternation('anchoring', 'speech_after_part_of_day')})\b", re.I)
# where such a part of the day opens its clause: the sentence's start, or after a colon or a semicolon (r49: "The
# figure has grown since then: this morning the governor put it at 16")
_OPENS_CLAUSE = re.compile(r"(?:^|[:;])\s*$")
# r43: the day a publication appeared ("an article on 11 July said", "in Friday's paper", "our edition of 24
# July"): a report's time, not the event's
_PUBLICATION = cues.plain_alternation("anchoring", "publication_nouns")
_PUBLICATION_BEFORE = re.compile(rf"\b(?:{_PUBLICATION})\s+(?:published\s+|printed\s+|aired\s+)?(?:on|of|dated|from)\s+(?:the\s+)?$", re.I)
_PUBLICATION_AFTER = re.compile(rf"['’]s?\s+(?:[\w-]+\s+)?(?:{_PUBLICATION})\b", re.I)
# r45 (dev67): "figures as of 6 September", "the toll as at Friday": the time a figure stands at, no event's
# r46 (dev68): a part of that day between ("as of the evening of 3 May", "as at the end of Friday")
# ... and a sentence opened by the time its figure holds at ("By the morning of 15 March, nine had been reported killed")
_AS_OF_BEFORE = re.compile(rf"(?:\bas\s+(?:of|at)|(?-i:(?:^|[.!?]\s+|\n\s*)By))\s+(?:{date_patterns.PART_OF_DAY_OF})?$", re.I)
_AS_OF_AFTER = re.compile(r"\s*,")


def _window_before(text: str, start: int, pos: int, width: int) -> str:
    """The words before `pos` back to `width` characters or the sentence's `start`, where "^" matches only
    at that start (a search from a position inside the text never matches "^" there)."""
    lo = max(start, pos - width)
    return ("\x00" if lo > start else "") + text[lo:pos]


# r49: "By Thursday the regional governor, X, was counting 12 dead": a speaker's count after the day, an aside between
_COUNTING_AFTER = re.compile(r"\s+[^.;]{0,80}?\b(?:was|were|had\s+been)\s+(?:counting|reporting|putting|giving)\b", re.I)


@dataclass(frozen=True)
class DateMention:
    span: DateSpan
    start: int
    end: int
    kind: str
    role: str  # "event", "report" (said on X) or "vague" (days earlier: no dates)


def _explicit(m: re.Match[str], text: str, published: dt.date | None) -> DateSpan | None:
    month = _MONTHS[m.group("mon").lower().rstrip(".")]
    day = int(m.group("d"))
    year = int(m.group("y")) if m.group("y") else _told_weekday_year(m, month, day, published) \
        or _year_for(month, day, published)
    if year is None:
        return None
    try:
        return _day(dt.date(year, month, day), text)
    except ValueError:  # "February 30": not a date
        return None


# the weekday a date is written with ("Monday 2 February", "on Tuesday, the 3rd of March"): the date patterns
# take it into the match (date_patterns "dmy"/"mdy"), so it opens the matched words
_WEEKDAY_OPENING = re.compile(rf"(?:on\s+)?(?P<wd>{WD})\b", re.I)


def _told_weekday_year(m: re.Match[str], month: int, day: int, published: dt.date | None) -> int | None:
    """The year a weekday told with the date points to (`calendar_days.year_by_weekday`), or None."""
    if published is None:
        return None
    told = _WEEKDAY_OPENING.match(m.group(0))
    return year_by_weekday(month, day, told.group("wd"), published) if told else None


def _night_on_date(kind: str, m: re.Match[str], published: dt.date) -> DateSpan | None:
    """A night named by its calendar date: "the night of 16 March" and "overnight into 16 March"
    (15-16), "the night of 16 to 17 March" (16-17)."""
    groups = m.groupdict()
    month = _MONTHS[(groups.get("mon") or groups.get("mon2") or "").lower().rstrip(".")]
    first = groups.get("d") if groups.get("d") is not None else groups.get("d2")
    if first is None:
        return None
    day = int(first)
    year = int(m.group("y")) if groups.get("y") else _year_for(month, day, published)
    if year is None:
        return None
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    one = dt.timedelta(days=1)
    if groups.get("d2") is not None and groups.get("d") is not None:  # "the night of 16 to 17 March"
        try:
            return _range(d, max(d + one, dt.date(year, month, int(groups["d2"]))), m.group(0))
        except ValueError:
            return None
    # "the night of 16 March" is the night to the 16th, as official reports write it ("в ніч на 16
    # березня"), the same night as "overnight into 16 March" (CODEBOOK rule 11)
    return _range(d - one, d, m.group(0))


def _resolve_match(kind: str, m: re.Match[str], published: dt.date | None) -> DateSpan | None:
    """Dates for one matched expression; None when the words alone cannot say."""
    text = m.group(0)
    p = published
    if kind in ("dmy", "mdy", "month_year") and m.group("y"):
        if kind == "month_year":
            return _month_span(int(m.group("y")), _MONTHS[m.group("mon").lower()], text)
        return _explicit(m, text, p)
    if kind in ("dmy", "mdy"):
        return _explicit(m, text, p) if p else None
    if kind in ("numeric", "day_range", "ordinal_day", "month_range"):
        from .date_forms import resolve_form  # dates in figures, day ranges, a day of the month alone

        return resolve_form(kind, m, text, p)
    if kind == "holiday":  # "on Christmas Day", "a New Year's Eve barrage": the last one by publication
        day = holidays.holiday_day(m.group("hol"), p) if p else None
        return _day(day, text) if day else None
    if kind == "year":
        y = int(m.group("y"))
        return _range(dt.date(y, 1, 1), dt.date(y, 12, 31), text, DatePrecision.year)
    if p is None or kind == "vague_past":
        return None
    if kind in ("night_of", "night_into") and "mon" in m.re.groupindex:
        return _night_on_date(kind, m, p)
    if kind == "night_into":
        d = recent_weekday(m.group("wd"), p)
        return _range(d - dt.timedelta(days=1), d, text)
    if kind == "between":
        b = recent_weekday(m.group("wd2"), p)
        a = recent_weekday(m.group("wd1"), b - dt.timedelta(days=1))
        return _range(a, b, text)
    if kind in ("night_of", "wd_night"):
        d = _weekday_day(m.group("wd"), text, p) if kind == "wd_night" else recent_weekday(m.group("wd"), p)
        return _range(d, d + dt.timedelta(days=1), text)
    if kind == "wd":
        return _day(_weekday_day(m.group("wd"), text, p), text)
    if kind == "last_named_month":
        return _last_named_month(_MONTHS[m.group("mon").lower().rstrip(".")], p, text)
    if kind == "week_of_month":
        return _week_of_month(m, p, text)
    if kind == "month_last_year":
        return _month_span(p.year - 1, _MONTHS[m.group("mon").lower()], text)
    if kind == "month":
        month = _MONTHS[m.group("mon").lower()]
        return _month_span(_latest_year(month, p), month, text)
    one = dt.timedelta(days=1)
    if kind == "overnight":
        return _range(p - one, p, text)
    if kind == "previous_night":
        return _range(p - 2 * one, p - one, text)
    if kind == "yesterday":
        return _day(p - one, text)
    if kind == "day_before_yesterday":
        return _day(p - 2 * one, text)
    if kind in ("today", "part_of_day"):
        return _day(p, text)
    monday = p - dt.timedelta(days=p.weekday())
    if kind == "earlier_week":
        start = monday if monday < p else monday - 7 * one
        return _range(start, p - one, text, DatePrecision.week)
    if kind.startswith("later_"):
        return _later(kind, p, text)
    if kind == "last_week":
        return _range(monday - 7 * one, monday - one, text, DatePrecision.week)
    if kind == "this_week":
        return _range(monday, p, text, DatePrecision.week)
    if kind == "earlier_month":
        first = p.replace(day=1)
        return _range(first, max(first, p - one), text, DatePrecision.month)
    if kind == "last_year":
        return _range(dt.date(p.year - 1, 1, 1), dt.date(p.year - 1, 12, 31), text, DatePrecision.year)
    if kind == "last_month":
        prev = p.replace(day=1) - one
        return _month_span(prev.year, prev.month, text)
    return None


_WEEK_STARTS = {"first": 1, "second": 8, "third": 15, "fourth": 22}


def _latest_year(month: int, p: dt.date) -> int:
    """The year of the latest such month up to publication ("in March" told in May: this March)."""
    return p.year if month <= p.month else p.year - 1


def _week_of_month(m: re.Match[str], p: dt.date, text: str) -> DateSpan:
    """r28: "the first week of February" (1-7), "the last week of March" (its last seven days); the year
    written, else the month's as "in February" is read (the rules' diplomacy dates read a coming one
    ahead)."""
    month = _MONTHS[m.group("mon").lower().rstrip(".")]
    year = int(m.group("y")) if m.group("y") else _latest_year(month, p)
    whole = _month_span(year, month, text)
    assert whole.start is not None and whole.end is not None
    nth, one = m.group("nth").lower(), dt.timedelta(days=1)
    start = whole.start.replace(day=_WEEK_STARTS[nth]) if nth in _WEEK_STARTS else whole.end - 6 * one
    return _range(start, start + 6 * one, text, DatePrecision.week)


# CODEBOOK rule 11 (ruling of 3 December 2026): "last <Month>" told in the month named or in this many
# months after it is that month of the year before publication (a writer says "in July" or "last month"
# for this year's); further off it is the latest such month before publication.
LAST_MONTH_NAME_REACH = 2


def _last_named_month(month: int, p: dt.date, text: str) -> DateSpan:
    """"last July": July of the year before when published in July or up to `LAST_MONTH_NAME_REACH`
    months after it; else the latest July before the publication's month."""
    year = p.year - 1 if 0 <= p.month - month <= LAST_MONTH_NAME_REACH or month > p.month else p.year
    return _month_span(year, month, text)


def _later(kind: str, p: dt.date, text: str) -> DateSpan:
    """"Later this week / month / year": the day after publication to the period's last day."""
    one = dt.timedelta(days=1)
    if kind == "later_week":
        last, precision = p + (6 - p.weekday()) * one, DatePrecision.week
    elif kind == "later_month":
        last = dt.date(p.year + (p.month == 12), p.month % 12 + 1, 1) - one
        precision = DatePrecision.month
    else:
        last, precision = dt.date(p.year, 12, 31), DatePrecision.year
    return _range(min(p + one, last), last, text, precision)


def _is_month_word(m: re.Match[str]) -> bool:
    """'may' and 'march' are months only when capitalised ("in May", not "may strike")."""
    try:
        mon = m.group("mon")
    except IndexError:
        return True
    return mon is None or mon.lower() not in ("may", "march", "mar") or mon[0].isupper()


# Kinds that tell a day gone by on their own words ("yesterday", "last week", "the previous night");
# a weekday or a night does so with "last" or "this past" before it ("last Tuesday", "last night").
_PAST_KINDS = {"yesterday", "day_before_yesterday", "previous_night", "earlier_week", "last_week",
               "earlier_month", "last_month", "last_year", "last_named_month", "month_last_year"}
_PAST_PREFIX = re.compile(r"(?:last|this\s+past)\s", re.I)


def past_by_its_words(d: DateMention) -> bool:
    """The mention's own words put its day in the past ("yesterday", "last Tuesday", "on Monday
    night"), as against a bare weekday or date, which may name a day still to come."""
    if d.kind in _PAST_KINDS:
        return True
    if d.kind == "wd_night":
        return not d.span.text.lower().startswith("next") if d.span.text else False
    return d.kind in ("wd", "overnight") and bool(_PAST_PREFIX.match(d.span.text or ""))


# a weekday told as any one of its kind ("every Sunday", "each Friday"), and one told with "a" ("people out on a
# Saturday": a day of that name, which one untold, role `vague`)
_ANY_WEEKDAY = re.compile(r"\b(?:every|each|any)\s+$", re.I)
_A_WEEKDAY = re.compile(r"\bon\s+a\s+$", re.I)  # (never "a Saturday meeting": the weekday as the event's adjective)


def find_dates(text: str, start: int = 0, end: int | None = None,
               published: dt.date | None = None) -> list[DateMention]:
    """Every date expression in text[start:end], non-overlapping, earliest first."""
    return list(_dates_in(text, start, len(text) if end is None else end, published))


# Grounding and the rules' cross-check read the dates of the same sentences and windows of the
# same article: a span's dates are found once while it is among the last few hundred (keyed by
# the whole text: a report cue is read from the words before the span). A DateMention is frozen;
# its DateSpan is shared as it was already between the records one call's mentions fed.
@lru_cache(maxsize=512)
def _dates_in(text: str, start: int, end: int, published: dt.date | None) -> tuple[DateMention, ...]:
    if not date_patterns.TRIGGER.search(text, start, end):
        return ()  # most sentences hold no date words: skip the twenty patterns
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    present = {need: rx.search(text, start, end) is not None for need, rx in date_patterns.PRESENT.items()}
    for (kind, rx), needs in zip(date_patterns.COMPILED, date_patterns.NEEDS):
        if not all(present[need] for need in needs):
            continue
        for m in rx.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken) or not _is_month_word(m):
                continue
            if kind in _COMPARED_KINDS and _yardstick(text, start, end, m):
                taken.append((m.start(), m.end()))  # "twice last year's number": no date of anything (r20)
                continue
            if kind == "wd" and _ANY_WEEKDAY.search(text, max(start, m.start("wd") - 12), m.start("wd")):
                taken.append((m.start(), m.end()))  # "every Sunday", "each Friday": no day of its own (r47)
                continue
            span = _resolve_match(kind, m, published) or DateSpan(text=m.group(0))
            role = "vague" if kind == "vague_past" or kind == "wd" and (_A_WEEKDAY.search(
                text, max(start, m.start("wd") - 8), m.start("wd")) or _UNTIL.search(
                text, max(start, m.start("wd") - 12), m.start("wd"))) else "event"  # r47: "on a Saturday": which one,
            # untold; r51: "walks are off until Monday": a day ahead that ends a pause, no event's day
            if kind in ("wd", "part_of_day", "today") and _REPORT_BEFORE.search(text[max(start, m.start() - 60):m.start()]):
                # "said on Friday", r27: "said in the evening" (the report's time, not the strike's); r39: "reported
                # this morning that ... overnight"
                role = "report"
            elif kind in ("part_of_day", "today") and _OPENS_CLAUSE.search(text[start:m.start()]) and _REPORT_AFTER.match(text, m.end(), end):
                role = "report"  # r27: "At 3 p.m. the mayor said ...", "In the evening, rescuers said": the report's time;
                # r49: "This morning the mayor told reporters four had died" too
            elif _PUBLICATION_BEFORE.search(text, max(start, m.start() - 30), m.start()) or _PUBLICATION_AFTER.match(text, m.end(), end):
                role = "report"  # r43: "an article on 11 July said", "in Friday's paper": the day it was published
            elif (by := _AS_OF_BEFORE.search(_window_before(text, start, m.start(), 40))) is not None and (
                    by.group(0).lstrip(".!? ").startswith(("as", "As")) or _AS_OF_AFTER.match(text, m.end())
                    or _REPORT_AFTER.match(text, m.end(), end) or _COUNTING_AFTER.match(text, m.end(), end)):
                role = "report"  # r45: "figures as of 6 September": the day the count stands at; r49: "By Thursday
                # the governor, X, was counting 12 dead"
            if role == "event" and _TOLL_BY.search(text, max(start, m.start() - 40), m.start()):
                role = "report"  # r51: "counted five dead and 12 hurt by the following morning": the toll's time
            taken.append((m.start(), m.end()))
            found.append(DateMention(span, m.start(), m.end(), kind, role))
    return tuple(_day_after_report(text, sorted(found, key=lambda d: d.start), end))


_TOLL_BY = re.compile(r"\b(?:dead|killed|injured|wounded|hurt|missing|toll|total|figure|count|tally)\s+by\s+$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|til)\s+(?:next\s+)?$", re.I)


# A period named as the yardstick of a comparison ("ten times last year's total", "up from last
# month's figure", "more than last year"): it dates nothing that happened, so it is no date mention
# (round 20, classes_dev38 D6; words in cues/date_comparisons.yaml, one reader for rules and grounding).
_COMPARED_BEFORE = re.compile(rf"\b(?:{cues.alternation('date_comparisons', 'comparison_before')})\s+(?:that\s+of\s+)?$", re.I)
_YARDSTICK_AFTER = re.compile(rf"['’]s?\s+(?:[\w-]+\s+)?(?:{cues.alternation('date_comparisons', 'yardstick_nouns')})\b", re.I)
_COMPARED_KINDS = {"last_week", "last_month", "last_year", "year", "month_year", "month_last_year"}


def _yardstick(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    """The period `m` is the yardstick of a comparison: a comparison word right before it, or a
    possessive yardstick noun right after it ("last year's total")."""
    return bool(_COMPARED_BEFORE.search(text, max(start, m.start() - 40), m.start())
                or _YARDSTICK_AFTER.match(text, m.end(), end))


_REPORT_GAP = re.compile(r"[\s,]*")


def _day_after_report(text: str, found: list[DateMention], end: int) -> list[DateMention]:
    """"told reporters on Friday, one day after the strike": the vague "a day after" told right after a report
    day, with the event's noun as its object, is that event's day, the day before the report (r19)."""
    out = list(found)
    for i, rep in enumerate(found):
        day = rep.span.start
        if rep.role != "report" or day is None or rep.span.end != day:
            continue
        gap = _REPORT_GAP.match(text, rep.end, end)
        after = date_patterns.DAY_AFTER_EVENT.match(text, gap.end() if gap else rep.end, end)
        if after is None:
            continue
        before = day - dt.timedelta(days=1)
        mention = DateMention(DateSpan(start=before, end=before, text=after.group(0), precision=DatePrecision.day),
                              after.start(), after.end(), "day_after_report", "event")
        out = [d for d in out if not (d.start < after.end() and after.start() < d.end)] + [mention]
    return sorted(out, key=lambda d: d.start)


_GENERIC = {"overnight", "today", "this_week", "part_of_day"}


def month_with_its_day(month: DateMention, events: list[DateMention]) -> bool:
    """A month whose day another mention of the same words tells (a holiday or a calendar day in it):
    the day says more ("Early in January, an Orthodox Christmas Eve barrage"); shared with the rules' sentence date."""
    first, last = month.span.start, month.span.end
    if month.span.precision is not DatePrecision.month or first is None or last is None:
        return False
    if month.kind == "earlier_month":  # r47 (dev69): "earlier this month: on 2 March ...", told on 1 April by a
        first -= dt.timedelta(days=31)  # text written in March; the day beside the words says more
    return any(d.kind in ("holiday", "dmy", "mdy") and d.span.start is not None and d.span.start == d.span.end
               and first <= d.span.start <= last for d in events)


def find_date(text: str, start: int = 0, end: int | None = None,
              published: dt.date | None = None) -> DateSpan | None:
    """The event date a sentence or window gives, or None.

    An event expression wins over "said on Friday"; a bare "overnight" next to a report day
    ("overnight, officials said Wednesday") is the night ending on that day. Vague phrases
    ("days earlier") come back with their words and no dates, so they never merge with a
    dated event.
    """
    mentions = find_dates(text, start, end, published)
    events = [d for d in mentions if d.role == "event"]
    reports = [d for d in mentions if d.role == "report"]
    # a weekday or a calendar date says more than "overnight" or "this week"; a day told inside a month
    # told with it says more than the month ("In late December, a New Year's Eve barrage": r22, dev41 A1)
    told = list(events)
    events.sort(key=lambda d: (d.kind in _GENERIC, month_with_its_day(d, told), d.start))
    if events:
        first = events[0]
        if first.kind == "overnight" and reports and reports[0].span.start:
            day, rep = reports[0].span.start, reports[0]
            words = text[first.start:rep.end] if rep.end - first.start <= 80 else first.span.text
            return _range(day - dt.timedelta(days=1), day, words)
        return first.span
    if reports:
        return reports[0].span
    vague = [d for d in mentions if d.role == "vague"]
    return vague[0].span if vague else None


def resolve(phrase: str, published: dt.date | None) -> DateSpan:
    """Resolve one phrase ("overnight into Friday") against the publication date.

    Unrecognised or unresolvable phrases keep their words with null dates.
    """
    found = find_date(phrase, 0, len(phrase), published)
    if found is None:
        return DateSpan(text=phrase.strip() or None)
    if found.start is None:
        return DateSpan(text=phrase.strip())
    return found


# A proposed or called-off event is told looking ahead: its date written without a year
# ("summit on 10 January was called off", "proposed talks in February") that would fall more
# than this many days before publication is the coming one, a year on. A date just past stays
# (the talks due on Monday, called off on Wednesday).
FORWARD_GRACE_DAYS = 45

# r18 (dev34 R1): words that name the year as well as a written year does ("on 17 July this year",
# "in May of this year", "earlier this year", "last March"): the date stays where it falls.
YEAR_TOLD = r"\b(?:19|20)\d\d\b|\blast\b|\bthis\s+year\b"


def looking_ahead(found: DateSpan, words: str, published: dt.date) -> DateSpan:
    """`found` a year on when it is a day or a month without a written year (`YEAR_TOLD`) that ends
    more than `FORWARD_GRACE_DAYS` before publication; otherwise `found` unchanged."""
    if found.start is None or found.end is None or re.search(YEAR_TOLD, words, re.I):
        return found
    if found.precision not in (DatePrecision.day, DatePrecision.week, DatePrecision.month, DatePrecision.range):
        return found
    if not re.search(rf"\b{MON}\b", words, re.I) or (published - found.end).days <= FORWARD_GRACE_DAYS:
        return found  # weekdays and relative words are told from the day of writing
    try:
        start = found.start.replace(year=found.start.year + 1)
    except ValueError:  # 29 February
        return found
    if found.precision is DatePrecision.month:
        end = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        end = start + (found.end - found.start)
    return DateSpan(start=start, end=end, text=found.text, precision=found.precision)

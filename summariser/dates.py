"""Date expressions in war reporting, resolved against the publication date.

"overnight into Friday" -> Thursday..Friday (range); "on Tuesday" -> the most recent Tuesday
on or before publication; "last night" / "overnight" -> the night ending on the publication
day; "the previous night" -> the night before that; "yesterday"; "earlier in the week";
explicit dates ("June 10", "10 June 2025") and months ("in March"); "last Tuesday" in a Tuesday's
paper is the week before, "next Tuesday" the one after, "later this month" the rest of it; a
proposed or called-off event's date far back is the coming one (`looking_ahead`).

Without a publication date nothing relative can be resolved: the words are kept in
`DateSpan.text` and start/end stay null (precision unknown), so nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .calendar_days import MON as MON, WD as WD, recent_weekday as recent_weekday  # re-exported to the other readers
from .calendar_days import MONTHS as _MONTHS, day_span as _day, month_span as _month_span, range_span as _range
from .calendar_days import weekday_day as _weekday_day, year_for as _year_for
from .records import DatePrecision, DateSpan

_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_DAY2 = r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
# the strike noun of "an overnight drone attack on Saturday"
_NIGHT_STRIKE = r"(?:(?:drone|missile|air|rocket|combined|massive|mass|large-scale|major)\s+)*(?:attacks?|strikes?|raids?|barrages?|assaults?|bombardments?)"

# Each pattern has a kind that `_resolve_match` knows how to turn into dates. Order matters:
# at one position the first (longest, most specific) pattern wins.
_PATTERNS: list[tuple[str, str]] = [
    # "overnight into Friday", "on Saturday night into Sunday": the night that ends on that day
    ("night_into", rf"(?:(?:on\s+)?{WD}\s+)?(?:overnight|(?:the\s+)?night)\s+(?:into|to)\s+(?P<wd>{WD})"),
    ("between", rf"(?:overnight\s+|night\s+)?between\s+(?P<wd1>{WD})\s+and\s+(?P<wd2>{WD})"),
    # "on the night from Saturday to Sunday", "overnight from Monday into Tuesday"
    ("between", rf"(?:overnight\s+|(?:(?:on|during|in)\s+)?the\s+night\s+)?from\s+(?P<wd1>{WD})\s+(?:to|into)\s+(?P<wd2>{WD})"),
    ("night_of", rf"(?:on\s+)?the\s+night\s+of\s+(?P<wd>{WD})"),
    # "on the night of 16 March", "the night of March 16-17", "the night of 16 to 17 March": one night
    ("night_of", rf"(?:(?:on|during)\s+)?the\s+night\s+of\s+{_DAY}(?:\s*(?:to|into|-|–|/)\s*{_DAY2})?\s+(?:of\s+)?"
                 rf"(?P<mon>{MON})\.?(?:,?\s+{_YEAR})?"),
    ("night_of", rf"(?:(?:on|during)\s+)?the\s+night\s+of\s+(?P<mon>{MON})\.?\s+{_DAY}(?:\s*(?:to|into|-|–|/)\s*{_DAY2})?"
                 rf"(?:,?\s+{_YEAR})?(?![\d:])"),
    # US style "overnight on October 8 to 9", "overnight Oct. 8-9", "overnight on 8-9 October": that night
    ("night_of", rf"overnight\s+(?:on\s+|of\s+)?(?P<mon>{MON})\.?\s+{_DAY}\s*(?:to|into|-|–|/)\s*{_DAY2}"
                 rf"(?:,?\s+{_YEAR})?(?![\d:])"),
    ("night_of", rf"overnight\s+(?:on\s+|of\s+)?{_DAY}\s*(?:to|into|-|–|/)\s*{_DAY2}\s+(?:of\s+)?(?P<mon>{MON})\.?"
                 rf"(?:,?\s+{_YEAR})?"),
    # "overnight into 16 March", "the night to March 16": the night that ends on that date
    ("night_into", rf"(?:overnight|(?:the\s+)?night)\s+(?:into|to)\s+(?:{_DAY}\s+(?P<mon>{MON})|(?P<mon2>{MON})\s+{_DAY2})"
                   rf"(?:,?\s+{_YEAR})?(?![\d:])"),
    # "overnight on Tuesday", "in an overnight drone attack on Saturday": the night that ends on it (r14)
    ("night_into", rf"overnight\s+(?:(?:{_NIGHT_STRIKE})\s+)?on\s+(?P<wd>{WD})(?!\s+(?:night|evening|afternoon|morning|,?\s*{_DAY}\s+{MON}))"),
    # "on Friday, 30 October", "Sunday, March 8": the printed day; the weekday only confirms it (r14)
    ("dmy", rf"(?:on\s+)?{WD},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<mon>{MON})\.?(?:,?\s+{_YEAR})?"),
    ("mdy", rf"(?:on\s+)?{WD},?\s+(?P<mon>{MON})\.?\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d:])"),
    ("wd_night", rf"(?:on\s+|late\s+|last\s+|this\s+past\s+|next\s+)?(?P<wd>{WD})\s+night"),
    ("wd", rf"(?:(?:in\s+the\s+)?early\s+hours\s+of\s+|early\s+(?:on\s+)?|late\s+(?:on\s+)?|on\s+|last\s+|this\s+|next\s+|this\s+coming\s+|this\s+past\s+)?"
           rf"(?P<wd>{WD})(?:\s+(?:morning|afternoon|evening))?"),
    # "28 November to 1 December", "Nov. 30-Dec. 1": a range across two months
    ("month_range", rf"(?:from\s+|between\s+)?{_DAY}\s+(?P<mon>{MON})\.?\s*(?:-|–|to|and|until|till)\s*{_DAY2}\s+"
                    rf"(?P<mon2>{MON})\.?(?:,?\s+{_YEAR})?"),
    ("month_range", rf"(?:from\s+|between\s+)?(?P<mon>{MON})\.?\s+{_DAY}\s*(?:-|–|to|and|until|till)\s*(?P<mon2>{MON})\.?\s+"
                    rf"{_DAY2}(?:,?\s+{_YEAR})?(?![\d:])"),
    # "Nov 28-29", "28-29 November", "November 28 to 30", "1 and 2 December": the first to the last day
    ("day_range", rf"(?P<mon>{MON})\.?\s+{_DAY}\s*(?:-|–|to|/)\s*{_DAY2}(?:,?\s+{_YEAR})?(?![\d:])"),
    # (never "on December 1 and 2 drones hit ...": the 2 counts drones)
    ("day_range", rf"(?P<mon>{MON})\.?\s+{_DAY}\s+and\s+{_DAY2}(?:,?\s+{_YEAR})?(?=\s*[,.;:)]|\s*$|\s+(?:in|at|on|when|as|the)\b)"),
    ("day_range", rf"{_DAY}\s*(?:-|–|/|and)\s*{_DAY2}\s+(?:of\s+)?(?P<mon>{MON})\.?(?:,?\s+{_YEAR})?"),
    ("dmy", rf"{_DAY}\s+(?:of\s+)?(?P<mon>{MON})\.?(?:,?\s+{_YEAR})?"),
    # dates in figures, as Ukrainian and Russian sources write them ("01.12.2026") and ISO ("2026-12-01")
    ("numeric", r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2})(?![\d.])"),
    ("numeric", r"(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    # "on the 1st", "on the 28th of this month": a day of the month alone (never "on the 3rd floor")
    ("ordinal_day", r"on\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?=\s*(?:[,.;:)]|$)|\s+of\s+(?:this|last|the)\s+month\b"
                    r"|\s+(?:at|when|as|after|before|during|in|and|with|amid)\b)"),
    ("mdy", rf"(?P<mon>{MON})\.?\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d:])"),
    ("month_year", rf"(?:in\s+(?:early\s+|late\s+|mid-)?)?(?P<mon>{MON})\s+{_YEAR}"),
    # "in March last year", "in October of last year": that month of the year before publication
    ("month_last_year", rf"in\s+(?:early\s+|late\s+|mid-)?(?P<mon>{MON})\s+(?:of\s+)?last\s+year"),
    ("month", rf"in\s+(?:early\s+|late\s+|mid-)?(?P<mon>{MON})"),
    ("previous_night", r"the\s+(?:previous|preceding)\s+night|the\s+night\s+before|a\s+night\s+earlier"),
    # "over the past day", "in the last 24 hours": a daily report's period, the day up to the report
    ("overnight", r"overnight|last\s+night|(?:during|through(?:out)?)\s+the\s+night|tonight"
                  r"|(?:over|during|in|for|within)\s+the\s+(?:past|last)\s+(?:day|night|24\s+hours)"),
    ("day_before_yesterday", r"the\s+day\s+before\s+yesterday"),
    ("yesterday", r"yesterday"),
    ("today", r"today|earlier\s+today|this\s+(?:morning|afternoon|evening)"),
    # A time of day with no day of its own: the day the surrounding report is about (resolved here
    # as the publication day; the rules backend re-anchors it to the day or night told before).
    # ("3 a.m." ends on its "m": the pattern's closing word boundary cannot follow the final dot;
    # "in the early hours" alone, never "of Monday", which names its own day)
    ("part_of_day", r"(?:in|during)\s+the\s+(?:morning|afternoon|evening)|(?:later|earlier)\s+in\s+the\s+day"
                    r"|in\s+the\s+early\s+hours(?!\s+of\b)"
                    r"|(?:at|shortly\s+(?:after|before)|just\s+(?:after|before)|around|about)\s+"
                    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:a\.?m\.?|p\.?m\.?))?"
                    r"|(?:at|around|about)\s+(?:1[0-2]|[1-9])\s*(?:a\.m|p\.m|am|pm)"),
    # "later this week / month / year": from the day after publication to the period's end
    ("later_week", r"later\s+(?:in\s+the|this)\s+week"),
    ("later_month", r"later\s+(?:in\s+the|this)\s+month"),
    ("later_year", r"later\s+(?:in\s+the|this)\s+year"),
    ("earlier_week", r"earlier\s+(?:in\s+the|this)\s+week"),
    ("last_week", r"last\s+week"),
    ("this_week", r"this\s+week"),
    ("earlier_month", r"earlier\s+this\s+month"),
    ("last_month", r"last\s+month"),
    ("last_year", r"last\s+year"),
    ("vague_past", r"(?:just\s+)?(?:a\s+few\s+|several\s+|two\s+|three\s+)?(?:days|weeks|a\s+day|a\s+week)"
                   r"\s+(?:ago|earlier|before|after)"),
    ("year", rf"in\s+{_YEAR}"),
]
_COMPILED = [(kind, re.compile(rf"\b(?:{pat})\b", re.I)) for kind, pat in _PATTERNS]


def _needs(kind: str, pat: str) -> tuple[str, ...]:
    """What every match of a pattern contains: a weekday or a month name as a whole word (in
    each pattern one of them is bounded by the pattern's own edges, spaces, a dot or a comma),
    or a digit."""
    return tuple(need for need, holds in (("weekday", "(?P<wd" in pat), ("month", "(?P<mon" in pat),
                                          ("digit", kind in ("numeric", "ordinal_day", "year"))) if holds)


# A span with no weekday, month name or digit skips the patterns that need one: each pattern is
# a scan of the span, and most spans hold a weekday or a digit but no month. The same matches.
_NEEDS = [_needs(kind, pat) for kind, pat in _PATTERNS]
_PRESENT = {"weekday": re.compile(rf"\b{WD}\b", re.I), "month": re.compile(rf"\b{MON}\b", re.I),
            "digit": re.compile(r"\d")}

# "said Friday", "reported on Tuesday": the day of the report, not necessarily of the event.
_REPORT_BEFORE = re.compile(
    r"(?:said|says|reported|confirmed|announced|added|stated|wrote|posted|told\s+[\w ]{1,30}?)"
    r"(?:\s+in\s+a\s+[\w ]{1,30}?)?\s*$", re.I)


_TRIGGER = re.compile(rf"\b(?:{WD}|{MON}|night|overnight|tonight|yesterday|today|week|month|year|days|ago|earlier|"
                      r"morning|afternoon|evening|day|hours|[ap]\.?m|(?:19|20)\d\d)\b|\d[:.][0-5]\d|\d(?:st|nd|rd|th)\b", re.I)


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
    year = int(m.group("y")) if m.group("y") else _year_for(month, day, published)
    if year is None:
        return None
    try:
        return _day(dt.date(year, month, day), text)
    except ValueError:  # "February 30": not a date
        return None


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
    if kind == "month_last_year":
        return _month_span(p.year - 1, _MONTHS[m.group("mon").lower()], text)
    if kind == "month":
        month = _MONTHS[m.group("mon").lower()]
        return _month_span(p.year if month <= p.month else p.year - 1, month, text)
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
    if not _TRIGGER.search(text, start, end):
        return ()  # most sentences hold no date words: skip the twenty patterns
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    present = {need: rx.search(text, start, end) is not None for need, rx in _PRESENT.items()}
    for (kind, rx), needs in zip(_COMPILED, _NEEDS):
        if not all(present[need] for need in needs):
            continue
        for m in rx.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken) or not _is_month_word(m):
                continue
            span = _resolve_match(kind, m, published) or DateSpan(text=m.group(0))
            role = "vague" if kind == "vague_past" else "event"
            if kind == "wd" and _REPORT_BEFORE.search(text[max(start, m.start() - 60):m.start()]):
                role = "report"
            taken.append((m.start(), m.end()))
            found.append(DateMention(span, m.start(), m.end(), kind, role))
    return tuple(sorted(found, key=lambda d: d.start))


_GENERIC = {"overnight", "today", "this_week", "part_of_day"}


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
    # a weekday or a calendar date says more than "overnight" or "this week"
    events.sort(key=lambda d: (d.kind in _GENERIC, d.start))
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


def looking_ahead(found: DateSpan, words: str, published: dt.date) -> DateSpan:
    """`found` a year on when it is a day or a month without a written year that ends more than
    `FORWARD_GRACE_DAYS` before publication; otherwise `found` unchanged."""
    if found.start is None or found.end is None or re.search(r"\b(?:19|20)\d\d\b|\blast\b", words, re.I):
        return found
    if found.precision not in (DatePrecision.day, DatePrecision.month, DatePrecision.range):
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

"""Dates a model writes as a calendar date instead of the article's words.

Models often answer `when` with "2026-07-14", "the night of 13-14 July", "13/14 July",
"Tuesday, 14 July" or "early on Tuesday morning" where the article says "overnight" or "on
Tuesday". Such words are not in the text, so they cannot align; they are kept only when the
article *implies* the same date: a date mention resolves, as grounding reads it, to a day or a
night that the written date falls in (mentions in the record's evidence windows first, then
anywhere, as verbatim date words may be copied from anywhere in the article). The article's own reading is returned (its words, its span), never the model's; a
date more precise than anything the windows say ("2026-07-08" for "last week"), a weekday that
contradicts the day written beside it, or a date of no mention nearby is refused; a weekday that
contradicts a day the record's own windows write in figures is the model's slip, and the article's
day is kept (`slipped_weekday`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Sequence

from ..dates import find_dates
from ..night_anaphors import is_night_anaphor
from ..records import DatePrecision, DateSpan
from .complete import _WEEKEND, resolve_when

# ISO 8601 days, alone or as a span ("2026-07-13 to 2026-07-14", "2026-07-13/14"), and
# numeric day.month.year forms ("14.07.2026", "14/07/2026").
_ISO = r"(\d{4})-(\d{2})-(\d{2})"
_ISO_SPAN = re.compile(rf"^{_ISO}(?:\s*(?:to|/|–|—|-{{1,2}})\s*(?:{_ISO}|(\d{{1,2}})))?$")
_NUMERIC = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
# an ISO month ("2026-07"): the whole month, as the article's "in July" reads
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# "13/14 July", "13-14 July": the night across two days, read as its two days.
_SLASHED_NIGHT = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})(\s+[A-Z][a-z]+)")
_LEADING_WEEKDAY = re.compile(r"^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?=(?:the\s+)?\d|[A-Z][a-z]+\s+\d)", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a night told by its two weekdays: "overnight Wednesday into Thursday", "Wednesday-Thursday night"
_WEEKDAY_NIGHT = re.compile(r"^(?:overnight\s+(?:on\s+|from\s+)?)?(?P<first>[a-z]+day)(?:\s+night)?\s*(?:into|to|-|–|/)\s*"
                            r"(?P<second>[a-z]+day)(?:\s+(?:night|morning))?$", re.I)
# A clock time beside a date ("2026-11-28T03:00:00Z", "28 November 2026, 03:00 local time"): only the
# day is recorded, so the time is set aside; and a trailing note in brackets ("(overnight)").
_TIME = re.compile(r"(?:T|,?\s+(?:at\s+)?)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                   r"(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}|(?:local|Kyiv|Kiev|Moscow)\s+time))?(?=$|\s|/)", re.I)
_BRACKET_NOTE = re.compile(r"\s*\([A-Za-z ]+\)$")
# A night told by the day it ends: "2026-11-28 (overnight)", "overnight into 2026-11-28", "28/11/2026 overnight"
_NIGHT_NOTE = re.compile(r"^(?:overnight|the\s+night)\s+(?:on|into|to|before)\s+|\s*\(?\b(?:overnight|night)\)?$", re.I)
# A night or a day the written date may fall in; a week or a month is vaguer than a date.
MAX_IMPLIED_DAYS = 3  # (r33: up to a summit's three days, "22-24 October": a day written inside them is its range)


# Resolves the words at (start, end) of the text as grounding reads them (`resolve_when`).
ReadAt = Callable[[str, tuple[int, int]], DateSpan]


def written_date(words: str, published: dt.date | None, *, planned: bool = False,
                 diplomacy: bool = False, forward: bool = False) -> DateSpan | None:
    """The day or span a model's calendar-style `when` names, or None; date words without a
    year are read as grounding reads the article's (`kind`: a planned event's date is ahead)."""
    core = _TIME.sub("", words.strip().strip(".,")).strip().strip(".,")
    night = bool(_NIGHT_NOTE.search(core))
    numeric = _BRACKET_NOTE.sub("", _NIGHT_NOTE.sub("", core)).strip().strip(".,")
    if m := _ISO_SPAN.match(numeric):
        return _night_into(_iso(m)) if night else _iso(m)
    if m := _ISO_MONTH.match(numeric):
        return _month(int(m.group(1)), int(m.group(2)))
    if m := _NUMERIC.match(numeric):
        day = _numeric(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return _night_into(day) if night else day
    return _words_date(_BRACKET_NOTE.sub("", core), words, published, planned=planned, diplomacy=diplomacy,
                       forward=forward)


def _night_into(day: DateSpan | None) -> DateSpan | None:
    """The night that ends on a written day."""
    if day is None or day.start is None or day.start != day.end:
        return day
    return DateSpan(start=day.start - dt.timedelta(days=1), end=day.start, text=day.text, precision=DatePrecision.range)


def _words_date(core: str, words: str, published: dt.date | None, *, planned: bool, diplomacy: bool,
                forward: bool = False) -> DateSpan | None:
    """A date written in words ("Tuesday, 14 July", "the night of 13-14 July", "13/14 July")."""
    if (night := _WEEKDAY_NIGHT.match(core)) and _next_day(night.group("first"), night.group("second")):
        core = f"{night.group('first')} night into {night.group('second')}"
    core = _LEADING_WEEKDAY.sub("", core)  # "Sunday, 28 September": the date decides, the weekday is checked
    core = _SLASHED_NIGHT.sub(r"\1-\2\3", core)
    if re.match(r"^\d{1,2}-\d{1,2}\s+[A-Z]", core):
        core = f"the night of {core}"
    found = resolve_when(core, published, planned=planned, diplomacy=diplomacy, forward=forward)
    if found.start is not None and not _weekday_agrees(words, found) and not re.search(r"\b(?:19|20)\d\d\b", words):
        found = _year_on(found)  # "Tuesday, 28 July" a few days ahead: the year the weekday agrees with
    if found.start is None or not _weekday_agrees(words, found):
        return None
    return found


def slipped_weekday(words: str, text: str, windows: Sequence[tuple[int, int]], published: dt.date | None,
                    read: ReadAt, **kind: bool) -> DateSpan | None:
    """"Monday, 19 May" where the record's own windows write "May 19", a Tuesday: the weekday is the
    model's slip over a day the article states, so the article's day is kept (r31). Only a day the
    windows write themselves, read to the same day; a weekday the article writes there ("on Monday")
    while the number is the model's stays refused."""
    bare = _LEADING_WEEKDAY.sub("", words.strip())
    if bare == words.strip() or (written := written_date(bare, published, **kind)) is None \
            or written.start is None or written.start != written.end:
        return None
    for lo, hi in windows:
        for start, end in _mentions(text, lo, hi, published):
            said = text[start:end]
            if re.search(r"\d", said) and not any(re.search(rf"\b{w}\b", said, re.I) for w in _WEEKDAYS) \
                    and (span := read(said, (start, end))).start == written.start and span.end == written.end:
                return span
    return None


def _next_day(first: str, second: str) -> bool:
    """Is weekday `second` the day after weekday `first`?"""
    a, b = first.lower(), second.lower()
    return a in _WEEKDAYS and b in _WEEKDAYS and _WEEKDAYS.index(b) == (_WEEKDAYS.index(a) + 1) % 7


def _year_on(found: DateSpan) -> DateSpan:
    if found.start is None or found.end is None:
        return found
    try:
        return found.model_copy(update={"start": found.start.replace(year=found.start.year + 1),
                                        "end": found.end.replace(year=found.end.year + 1)})
    except ValueError:  # 29 February
        return found


def _iso(m: re.Match[str]) -> DateSpan | None:
    first = _safe_span(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if first is None or first.start is None:
        return None
    if m.group(4):
        last = _safe_span(int(m.group(4)), int(m.group(5)), int(m.group(6)))
    elif m.group(7):
        last = _safe_span(first.start.year, first.start.month, int(m.group(7)))
    else:
        return first
    if last is None or last.start is None or last.start < first.start:
        return None
    return DateSpan(start=first.start, end=last.start, text=m.group(0), precision=DatePrecision.range)


def _month(year: int, month: int) -> DateSpan | None:
    if not 1 <= month <= 12:
        return None
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return DateSpan(start=dt.date(year, month, 1), end=last, text=f"{year}-{month:02d}", precision=DatePrecision.month)


def _numeric(first: int, second: int, year: int) -> DateSpan | None:
    """"14.07.2026" is day first; "07/14/2026" (US order) only when it cannot be day first (the
    second number above 12). An ambiguous "11/10/2026" stays day first: 11 October."""
    if second > 12 and first <= 12:
        return _safe_span(year, first, second)
    return _safe_span(year, second, first)


def _safe_span(year: int, month: int, day: int) -> DateSpan | None:
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return DateSpan(start=d, end=d, text=d.isoformat(), precision=DatePrecision.day)


def _weekday_agrees(words: str, found: DateSpan) -> bool:
    """A weekday written beside a day must be that day's ("Tuesday, 14 July")."""
    named = [w for w in _WEEKDAYS if re.search(rf"\b{w}\b", words, re.I)]
    if not named or found.start is None or found.end is None or not re.search(r"\d", words):
        return True
    days = {(found.start + dt.timedelta(days=i)).strftime("%A").lower()
            for i in range((found.end - found.start).days + 1)}
    return all(w in days for w in named)


def implied_date(written: DateSpan, text: str, windows: Sequence[tuple[int, int]], near: int,
                 published: dt.date | None, read: ReadAt) -> DateSpan | None:
    """The article's own date (as `read` resolves a mention in place) that the written date
    falls in: a mention in the record's windows first, else anywhere in the article (as date
    words copied verbatim may come from anywhere; a written night that holds a day only from the
    record's windows); the same span before a wider one, then the one nearest `near`. None when
    no mention implies it."""
    if written.start is None or written.end is None:
        return None
    if (night := _told_night(written, text, windows, near, published, read)) is not None:
        return night if _holds(night, written) else None  # r14: the recalled day's date is refused
    local = {start for lo, hi in windows for start, _ in _mentions(text, lo, hi, published)}
    found: list[tuple[bool, bool, int, DateSpan]] = []
    for start, end in _mentions(text, 0, len(text), published):
        span = read(text[start:end], (start, end))
        if _night_after(text[start:end], span, written):
            written_here = span  # "the night of 14 July" written as the night 14-15: the article's night
        else:
            written_here = written
        if _holds(span, written_here) and (start in local or _inside(written_here, span)):
            same = (span.start, span.end) == (written.start, written.end)
            found.append((not same, start not in local, abs(start - near), span))
    return min(found, key=lambda f: f[:3])[3] if found else _other_year(written, text, windows, near, published, read)


def _told_night(written: DateSpan, text: str, windows: Sequence[tuple[int, int]], near: int,
                published: dt.date | None, read: ReadAt) -> DateSpan | None:
    """The night a night anaphor in the record's own sentence names ("during the same night"), when
    no other date words of that sentence are the written date: a model's date outside that night
    (the day of a strike recalled just before the anaphor, its calendar date printed elsewhere)
    is refused, not rescued by that mention (`night_anaphors`, r14)."""
    from .complete import _whole

    from .paragraph import sentence_span

    if not windows:
        return None
    own = sentence_span(near, text)  # the record's own sentence (a neighbour's recalled day is no rival)
    local = _mentions(text, own.start, own.end, published)
    if not local and own.start > 0 and any(lo < own.start <= hi for lo, hi in windows) \
            and "\n\n" not in text[max(0, own.start - 4):own.start]:
        # a sentence with no date words of its own continues the one before it ("During the same
        # night, 20 drones were downed over the region. A drone hit a depot in X.")
        told = sentence_span(own.start - 1, text)
        local = _mentions(text, told.start, told.end, published)
    nights = [(s, e) for s, e in local if is_night_anaphor(text[s:e])
              and _whole(" ".join(text[s:e].lower().split()), "same_day_phrases")]
    if not nights:
        return None
    for s, e in local:
        if (s, e) in nights:
            continue
        other = read(text[s:e], (s, e))
        if other is not None and (other.start, other.end) == (written.start, written.end):
            return None  # the sentence's own date words give the written date
    s, e = min(nights, key=lambda m: abs(m[0] - near))
    span = read(text[s:e], (s, e))
    return span if span.start is not None else None


def _other_year(written: DateSpan, text: str, windows: Sequence[tuple[int, int]], near: int,
                published: dt.date | None, read: ReadAt) -> DateSpan | None:
    """A written day that is the article's day and month near the evidence in the year before (a
    model that read "a round set for 18 March" back into last year): the article's reading of it."""
    if written.start is None or written.start != written.end:
        return None
    days = [(abs(start - near), span) for lo, hi in windows for start, end in _mentions(text, lo, hi, published)
            if (span := read(text[start:end], (start, end))).start is not None and span.start == span.end
            and (span.start.month, span.start.day) == (written.start.month, written.start.day)
            and span.start.year - written.start.year == 1]  # (a day still to come written for a past one stays refused)
    return min(days, key=lambda d: d[0])[1] if days else None


def _mentions(text: str, lo: int, hi: int, published: dt.date | None) -> list[tuple[int, int]]:
    """Date words in text[lo:hi]: what the date code finds, and the phrases grounding reads
    besides it ("over the past day", "the same day": `vocabulary.yaml`)."""
    from . import vocabulary

    found = [(_with_next(text, m.start), m.end) for m in find_dates(text, lo, hi, published)]
    phrases = "|".join(vocabulary.pattern(n) for n in ("forward_day_phrases", "night_phrases", "same_day_phrases",
                                                         "next_day_phrases", "next_night_phrases",
                                                         "day_before_phrases", "anchored_week_phrases",
                                                         "anchored_month_phrases"))
    pattern = re.compile(rf"\b(?:(?:in|over|during|within|at|on|for)\s+)?(?:{phrases})\b", re.I)
    found += [(m.start(), m.end()) for m in pattern.finditer(text, lo, hi)]
    # "over the weekend", which grounding reads (`complete.resolve_when`) and the date code does not
    found += [(m.start(), m.end()) for m in _WEEKEND_WORDS.finditer(text, lo, hi)]
    # "nineteen days ago, on a Sunday night", which grounding reads (`days_ago`) and the date code leaves vague
    from .days_ago import days_ago_mentions

    ago = days_ago_mentions(text, lo, hi)  # its weekday checks the count: no date of its own
    found = [f for f in found if not any(a <= f[0] and f[1] <= b for a, b in ago)] + ago
    # a holiday ("on Christmas", "over Easter"), which grounding reads (`spoken`) where the date code reads
    # only its day names or a preposition of a day (`knowledge/holidays.py`)
    from ..knowledge import holidays

    found += [(m.start(), m.end()) for m in re.finditer(rf"\b(?:{holidays.pattern()})\b", text[:hi], re.I) if m.start() >= lo]
    return found


date_mentions = _mentions  # the date words of a stretch, for `evidence_date`
_WEEKEND_WORDS = re.compile(rf"\b{_WEEKEND.pattern}\b", re.I)


def _with_next(text: str, start: int) -> int:
    """A mention's start, moved back over a "next" the date code leaves out ("next Tuesday")."""
    m = re.search(r"\bnext\s+$", text[max(0, start - 8):start], re.I)
    return start - len(m.group(0)) if m else start


_NIGHT_OF_DATE = re.compile(r"\bnight\s+of\s+(?:\d|[A-Z][a-z]+\.?\s+\d)", re.I)


def _night_after(words: str, article: DateSpan, written: DateSpan) -> bool:
    """The article's "night of <D>" (read as the night to D, CODEBOOK rule 11) written as the night
    after it (D to D+1), the other reading English gives those words: the same night, told by the
    same words, so the article's reading stands; never any other night."""
    one = dt.timedelta(days=1)
    return bool(_NIGHT_OF_DATE.search(words)) and article.end is not None and article.start is not None \
        and (article.end - article.start) == one and written.start == article.end and written.end == article.end + one


def _inside(written: DateSpan, article: DateSpan) -> bool:
    """The written date is no wider than the article's (a night written for a day is wider: it is
    read only from a mention in the record's own windows, never from another event's sentence)."""
    assert written.start and written.end and article.start and article.end
    return article.start <= written.start and written.end <= article.end


def _holds(article: DateSpan, written: DateSpan) -> bool:
    """The written span is the article's own, or the written day or night lies inside a day or
    night the article gives, or the written night holds the article's day ("the night of 13-14 July" for "on Tuesday", the 14th)."""
    if article.start is None or article.end is None or written.start is None or written.end is None:
        return False
    if (article.start, article.end) == (written.start, written.end):
        return True  # the same week or month as the article's ("May 2027" for "in May"): no more precise
    if (article.end - article.start).days >= MAX_IMPLIED_DAYS or (written.end - written.start).days >= MAX_IMPLIED_DAYS:
        return False
    inside = article.start <= written.start and written.end <= article.end
    return inside or (written.start <= article.start and article.end <= written.end)



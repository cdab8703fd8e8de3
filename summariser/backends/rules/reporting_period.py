"""The day a daily summary reports on: "Operational update as of 08:00, 4 March" heads a summary
whose strikes are told "over the past day", "in the last 24 hours" or "during the reporting
period" — the day up to the header's date (D-1 to D), whether the period is told in the strike's
own sentence or once for the whole summary."""

from __future__ import annotations

import datetime as dt
import re

from ...dates import DateMention, find_dates
from ...knowledge import cues
from ...records import DatePrecision, DateSpan
from ...sentences import Sentence

_PERIOD = cues.pattern("anchoring", "reporting_period")
_WITHIN_THE_DAY = cues.pattern("anchoring", "within_the_day")
_CLOCK = (r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d|(?:1[0-2]|0?[1-9])(?=\s*[ap]\.?m))"
          r"(?:\s*(?:a\.?m\.?|p\.?m\.?|hrs|hours|\(?Kyiv\s+time\)?))?")
_AS_OF = re.compile(rf"\b(?:{cues.alternation('anchoring', 'report_as_of')})\s+(?:{_CLOCK}\s*,?\s*(?:on\s+)?)?", re.I)
_HEADER_SENTENCES = 3
_FOR_DAY = re.compile(r"\bfor\s+(?:[\w:.]+\s*,?\s*(?:on\s+)?)?$", re.I)  # "summary for 9 December"


def report_day(text: str, sents: list[Sentence], published: dt.date | None) -> tuple[dt.date | None, bool]:
    """The date of a summary's "as of <time>, <date>" header among the article's first sentences, and
    whether the header names the day it reports on ("Summary for 9 December", r40), not the moment it
    was drawn up ("as of 08:00, 4 March")."""
    header = _header(text, sents, published)
    if header is None:
        return None, False
    return header.span.start, _FOR_DAY.search(text, max(0, header.start - 12), header.start) is not None


def _header(text: str, sents: list[Sentence], published: dt.date | None) -> DateMention | None:
    for s in sents[:_HEADER_SENTENCES]:
        for m in _AS_OF.finditer(text, s.start, s.end):
            day = next((d for d in find_dates(text, m.end(), min(s.end, m.end() + 40), published)
                        if d.start == m.end() and d.span.start and d.span.precision is DatePrecision.day), None)
            if day is not None:
                return day
    return None


def header_dated(text: str, s: Sentence, date: DateSpan | None, sents: list[Sentence],
                 published: dt.date | None) -> bool:
    """The sentence's date is the header's own ("Update as of 07:00, 5 March: during the reporting
    period, shelling hit X"): the day of the report, not of the strike."""
    header = _header(text, sents, published) if date is not None else None
    return header is not None and s.start <= header.start < s.end and date is not None \
        and date.text == header.span.text


def summary_period(text: str, day: dt.date | None, own_day: bool = False) -> DateSpan | None:
    """D-1 to D for a summary headed "as of D" that tells its reporting period; None otherwise."""
    m = _PERIOD.search(text)
    if day is None or m is None:
        return None
    return _period(m.group(0), day, own_day)


def sentence_period(text: str, s: Sentence, day: dt.date | None, headed: bool = True,
                    own_day: bool = False) -> DateSpan | None:
    """D-1 to D for a sentence that tells the reporting period itself ("During the reporting
    period, artillery struck X"), D the header's date or publication. Without a summary's header
    (`headed`), a within-the-day phrase ("over the course of the day") is no period (dev18 B4): a
    news story's "throughout the day" is the day told before it (anaphoric_days.py)."""
    m = _PERIOD.search(text, s.start, s.end)
    if day is None or m is None or not headed and _WITHIN_THE_DAY.fullmatch(m.group(0)):
        return None
    return _period(m.group(0), day, own_day)


def _period(words: str, day: dt.date, own_day: bool) -> DateSpan:
    """D-1 to D; r40: the day D itself for a within-the-day phrase under a header that names the day it
    reports on ("Evening summary for 9 December ... over the day"), where "as of D" ends a period."""
    if own_day and _WITHIN_THE_DAY.fullmatch(words):
        return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)
    return DateSpan(start=day - dt.timedelta(days=1), end=day, text=words, precision=DatePrecision.range)


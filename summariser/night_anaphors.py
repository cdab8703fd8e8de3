"""The night a night anaphor ("the same night", "that night", "during the same night", "later that
night") names, from the dates told before it. Shared by the rules (`backends/rules/anaphoric_days`)
and grounding (`grounding/complete`), so both paths read the words alike.

Wire copy dates its main strike by a night, recalls an older strike of the same city by its calendar
day, then gives the other side's claims "during the same night": the night is the main one, not the
recalled day. So a date told after a later one and ending two or more days before it is a look back
and is passed over when a night was told before it (after a day, a look back may be what the night
anaphor means: a fact-check's "on Sunday ... filmed on 12 October ... that night"); of the rest, the
last told names the night: a night is copied; a day inside a night told before it is that night;
any other day is kept as it is ("On 4 March ... That night" stays 4 March: reading it as the night
after the day moved records of an older set). Both paths give the dates the article's words give
(`dates.find_dates`, event role), never a default a reader filled in. A change of
scene after a look back ("Elsewhere, ...") goes back to the lead's date (`main_date`, r14).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from .records import DatePrecision, DateSpan

_NIGHT = re.compile(r"\bnight\b", re.I)
_ONE = dt.timedelta(days=1)
# A date told after a later one is a look back when it ends this many days or more before it.
LOOK_BACK_DAYS = 2


def is_night_anaphor(words: str) -> bool:
    """The anaphor names a night ("that same night"), not a day or a part of one."""
    return _NIGHT.search(words) is not None


def night_antecedent(told: Sequence[DateSpan]) -> DateSpan | None:
    """The night named by a night anaphor, from the dates its article's words give before it, in
    text order; None when nothing before it is dated (the caller keeps its own reading)."""
    dated = [d for d in told if d.start is not None]
    kept = _told_forward(dated)
    if not kept:
        return None
    if kept[-1] is not dated[-1] and not _is_night(kept[-1]):
        return dated[-1]  # look backs after a day, not a night: the last date told, as before
    span = kept[-1]
    assert span.start is not None
    if _is_night(span):
        return span  # the same night
    if span.precision is not DatePrecision.day:
        return None
    # a day inside a night just told ("overnight into Wednesday 5 May ... that night"): that night;
    # any other day stays that day ("On 4 March ... That night")
    return _night_holding(span.start, kept) or span


def main_date(told: Sequence[DateSpan]) -> DateSpan | None:
    """The story's date a change of scene ("Elsewhere, ...", "In other attacks, ...") goes back
    to when a look back was told before it ("... the city was last hit on 2 April"): the first date
    told that is no look back (the lead's); None when nothing told is a look back (the caller's own
    reading stands)."""
    dated = [d for d in told if d.start is not None]
    kept = _told_forward(dated)
    return kept[0] if kept and len(kept) < len(dated) else None


def story_date(told: Sequence[DateSpan]) -> DateSpan | None:
    """The last date told before, passing over look backs (None when nothing is dated)."""
    kept = _told_forward([d for d in told if d.start is not None])
    return kept[-1] if kept else None


def _is_night(span: DateSpan) -> bool:
    return span.precision is DatePrecision.range and span.start is not None and span.end is not None \
        and (span.end - span.start) == _ONE


def _night_holding(day: dt.date, kept: list[DateSpan]) -> DateSpan | None:
    """The last night told that holds the day (a night's own date, told beside it)."""
    for span in reversed(kept):
        if _is_night(span) and span.start and span.end and span.start <= day <= span.end:
            return span
    return None


def _told_forward(told: Sequence[DateSpan]) -> list[DateSpan]:
    """The dates told without the look backs (a day ending well before a date told earlier: "The
    city was last hit on 2 April")."""
    kept: list[DateSpan] = []
    latest: dt.date | None = None
    for span in told:
        assert span.start is not None
        end = span.end or span.start
        if latest is not None and (latest - end).days >= LOOK_BACK_DAYS:
            continue
        kept.append(span)
        latest = span.start if latest is None else max(latest, span.start)
    return kept

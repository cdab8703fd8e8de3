"""A trend of strikes is a tally, not a strike (dev18 B2): "Kyiv has stepped up its raids on
refineries since the summer", "drone attacks have grown in range and frequency", "Russia has been
increasing the pace of its attacks". The sentence tells how strikes went over a stretch of time;
it opens no record and lends no place or damage to the strike told before it. A trend told with a
day and no stretch ("has intensified its shelling of X overnight") or with a toll of its own is a
strike. Vocabulary: knowledge/data/cues/eventhood.yaml (trend_verbs, trend_periods).

The trend is judged by clause (r20, dev37 A2): a leading clause that tells a stretch ("the grid has
lost half its output since March;") followed, after a semicolon or a dash, by a clause with its own
day and a strike word ("on 2 May missiles wrecked the X plant") is blanked, so the dated strike is
read on its own: the example of the trend is a strike of its day."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...blanking import blank_spans
from ...dates import find_dates
from ...knowledge import cues
from ...sentences import Sentence
from .common import Facts

_TREND = cues.pattern("eventhood", "trend_verbs")
_PERIOD = cues.pattern("eventhood", "trend_periods")
# the break between a trend and its dated example: "...since March; on 2 May ...", "... — last Tuesday ..."
_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|\s--\s|(?<=\w)[—–](?=\w)")
_DAY_PRECISIONS = ("day", "range")
# a present perfect measured from a start: "has lost half its capacity since the campaign resumed"
_PERFECT_SINCE = re.compile(r"\b(?:has|have)\s+(?:[\w'’-]+\s+){0,12}?since\b", re.I)


def drop_trends(text: str, f: Facts) -> None:
    """Mark a sentence that tells a trend of strikes as a tally."""
    s = f.sent
    if any(c.count.value for c in f.counts) or not _TREND.search(text, s.start, s.end):
        return
    dated = f.date is not None and f.date.precision.value in ("day", "range")
    if dated and not _PERIOD.search(text, s.start, s.end):
        return
    f.cumulative = True


def _tells_stretch(text: str, a: int, b: int) -> bool:
    return bool(_TREND.search(text, a, b) or _PERIOD.search(text, a, b) or lx.CUMULATIVE.search(text, a, b)
                or _PERFECT_SINCE.search(text, a, b) or lx.is_background(text, a, b))


def _own_day(text: str, a: int, b: int, published: dt.date | None) -> bool:
    return any(d.role == "event" and d.span.precision.value in _DAY_PRECISIONS and d.kind != "overnight"
               for d in find_dates(text, a, b, published))


def trend_clause(text: str, s: Sentence, published: dt.date | None) -> tuple[int, int] | None:
    """The leading trend clause of a sentence whose next clause tells its own dated strike, with the
    break after it; None when the sentence is not so built."""
    brk = _CLAUSE_BREAK.search(text, s.start, s.end)
    if brk is None:
        return None
    head, tail = (s.start, brk.start()), (brk.end(), s.end)
    if not _tells_stretch(text, *head) or _own_day(text, *head, published):
        return None
    if not _own_day(text, *tail, published) or _tells_stretch(text, *tail):
        return None
    struck = any(not lx.NOT_A_STRIKE_AFTER.match(text, m.end(), s.end) for m in lx.ATTACK_WORDS.finditer(text, *tail))
    if not struck and next(lx.iter_weapons(text, *tail), None) is None:
        return None  # the dated clause names a strike or the weapons that struck
    return head[0], brk.end()


def without_trend_clause(text: str, s: Sentence, published: dt.date | None) -> tuple[str, Sentence]:
    """The sentence with its leading trend clause blanked (offsets unchanged) when the clause after it
    tells a strike of its own day."""
    clause = trend_clause(text, s, published)
    if clause is None:
        return text, s
    masked = blank_spans(text, [clause])
    return masked, Sentence(start=s.start, end=s.end, text=masked[s.start:s.end])

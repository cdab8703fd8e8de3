"""A sentence opened by a time clause that counts from an event told before ("A day after the
ministers met, the bloc adopted its package", "Two days after the summit, Canada announced
sanctions", "Hours after the call, …"). The clause names the earlier event again, so its words are
no event of the sentence's own when the sentence tells one after it; and the sentence's event falls
that many days from the earlier event's day (the latest told before whose kind the clause names,
else the latest dated). The opener words live in `cues/diplomacy_sequence.yaml`."""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge import cues
from ...numbers import parse_number
from ...records import DatePrecision, DateSpan, Diplomacy, DiplomacyKind
from ...sentences import Sentence
from .diplomacy_elaboration import kinds_named, latest_day

# the opener up to the comma that closes it (a clause of a few words, no second comma)
_OPENER = re.compile(
    rf"\W*(?:(?:and|but)\s+)?(?:{cues.alternation('diplomacy_sequence', 'counted_opener_head')})\s+(?P<anchor>[^,;:.]{{3,90}}?),\s",
    re.I)


def _opener(text: str, s: Sentence) -> re.Match[str] | None:
    return _OPENER.match(text, s.start, s.end)


def past_anchor_cues(text: str, s: Sentence, found: list[tuple[int, Diplomacy]],
                     cues_: list[tuple[DiplomacyKind, re.Match[str]]]) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    """The cues after an opener that counts from an event told before, when there are any; else all.
    An opener naming a kind of event not told before keeps its cue ("Two days after talks in Doha,
    …" may be the only telling of the talks)."""
    m = _opener(text, s) if found else None
    if m is None or not (named := _named(text, m)) <= {r.kind for _, r in found}:
        return cues_
    after = [c for c in cues_ if c[1].start() >= m.end()]
    return after or cues_


def anchored_day(text: str, s: Sentence, found: list[tuple[int, Diplomacy]]) -> DateSpan | None:
    """The day the opener counts to from the event it names, or None."""
    m = _opener(text, s)
    if m is None or m.group("vague"):
        return None  # "Days after the summit, …": no day to count to
    told = latest_day(found, _named(text, m))
    if told is None:
        return None
    d = told + dt.timedelta(days=_offset(m))
    return DateSpan(start=d, end=d, text=m.group(0).strip().rstrip(","), precision=DatePrecision.day)


def _named(text: str, m: re.Match[str]) -> set[DiplomacyKind]:
    """The kinds of event the opener's clause names ("after the ministers met": a meeting)."""
    return kinds_named(text, m.start("anchor"), m.end("anchor"))


def _offset(m: re.Match[str]) -> int:
    """Days from the named event: "two days after" +2, "a week before" -7, "hours after" 0."""
    if m.group("unit"):
        n = parse_number(m.group("n")) or 1
        unit, way = m.group("unit"), m.group("way")
    elif m.group("unit_the"):
        n, unit, way = 1, m.group("unit_the"), m.group("way_the")
    else:
        return 0
    days = n * (7 if unit.lower().startswith("week") else 1)
    return -days if way.lower() == "before" else days

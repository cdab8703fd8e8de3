"""An event told only to date another ("Merz and Macron met on Friday, a day after Merz and Trump
spoke by phone"): a record of its own, on the day the span gives from the main event's day
("a day after" Friday: Thursday). Only a call, a meeting or talks, in a trailing clause that
opens with a day count, with the main event dated to the day. And an event told in the present
perfect with no day, dated by the next sentence that reports it (dev20 class C8)."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DatePrecision, DateSpan, Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .common import span_of
from .diplomacy_dates import diplomacy_date
from .diplomacy_merge import date_latest
from .article_actors import ArticleActors

_ONE_DAY = re.compile(
    rf",\s*(?:just\s+|only\s+)?(?:a|one)\s+day\s+(?P<dir>after|before)\b", re.I)
_KINDS = {DiplomacyKind.phone_call, DiplomacyKind.meeting, DiplomacyKind.talks}
# "their foreign ministers spoke": the sides of the main event
_THEIR = re.compile(r"\s*(?:their|the\s+two|both)\b", re.I)


def event_dated_by(text: str, s: Sentence, cue: re.Match[str], main: Diplomacy, actors: ArticleActors,
                   published: dt.date | None) -> Diplomacy | None:
    """The event of a trailing "a day after/before …" clause, or None."""
    clause = _ONE_DAY.search(text, cue.end(), s.end)
    day = main.date.start if main.date and main.date.precision is DatePrecision.day else None
    if clause is None or day is None:
        return None
    found = [(k, m) for k, rx in lx.DIPLOMACY_CUES if k in _KINDS for m in [rx.search(text, clause.end(), s.end)] if m]
    if not found:
        return None
    kind, _m = min(found, key=lambda x: x[1].start())
    sides: list[str] = []
    for a in actors.within(clause.end(), s.end):
        if a.actor.name not in sides:
            sides.append(a.actor.name)
    if not sides and _THEIR.match(text, clause.end()):
        sides = list(main.participants)
    if not sides:
        return None
    when = day + dt.timedelta(days=1 if clause.group("dir").lower() == "before" else -1)
    status = DiplomacyStatus.planned if published and when > published else DiplomacyStatus.held
    return Diplomacy(kind=kind, participants=sides, date=DateSpan(start=when, end=when, precision=DatePrecision.day),
                     status=status, description=text[clause.end():s.end].strip(" ."),
                     evidence=[span_of(text, s.start, s.end)])


def dated_by_clause_sides(text: str, s: Sentence, cue: re.Match[str], actors: ArticleActors) -> set[str]:
    """The sides named only in a trailing "a day after/before …" clause that tells an event of its own
    ("delegations of A and B were meeting on Monday, a day after A's team held talks with C"): that
    event's, not the main one's (r17, dev32 B6)."""
    clause = _ONE_DAY.search(text, cue.end(), s.end)
    if clause is None or not any(k in _KINDS and rx.search(text, clause.end(), s.end) for k, rx in lx.DIPLOMACY_CUES):
        return set()
    main = {a.actor.name for a in actors.within(s.start, clause.start())}
    return {a.actor.name for a in actors.within(clause.end(), s.end)} - main


# dev20 class C8: an event told in the present perfect with no day ("have swapped 90 captives each")
# takes the day of the next sentence that reports or shows it ("X posted photographs of the men on Sunday")
_REPORTED = cues.regex("diplomacy_nonevents", "report_verbs")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|also\s+|again\s+|finally\s+)?(?:been\s+)?(?:[a-z]+ed|brought|won|got|freed|handed|sent|given)\b", re.I)


def reported_day(text: str, sents: list[Sentence], idx: int, published: dt.date | None,
                 found: list[tuple[int, Diplomacy]]) -> None:
    """Date the undated, held event of the sentence before, told in the present perfect, by the day
    sentence `idx` reports it on (a report with no event of its own)."""
    if idx == 0 or not found:
        return
    j, rec = max(found, key=lambda x: x[0])
    before, s = sents[idx - 1], sents[idx]
    if j != idx - 1 or rec.date is not None or rec.status is not DiplomacyStatus.held \
            or not _PERFECT.search(text, before.start, before.end):
        return
    verb = _REPORTED.search(text, s.start, s.end)
    date = diplomacy_date(text, verb.end(), s.end, published, DiplomacyStatus.held) if verb else None
    if date is not None and date.start is not None and (published is None or date.start <= published):
        date_latest(found, frozenset({rec.kind}), date)

"""An event told inside a frame of preparation or of the time before it (dev18 class C5): "the
raid came as Nordic heads of government readied a summit in Helsinki on Friday", "as EU leaders
prepared to gather in Brussels", "days before NATO ministers meet", "ahead of a summit of EU
leaders on Thursday". The event is still to come (planned), so its weekday is read ahead; the
frame's own clause is the strike's, and gives the event no status."""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

from ...calendar_days import WD
from ...knowledge import cues
from ...records import DateSpan, DiplomacyStatus
from ...sentences import Sentence
from .diplomacy_modality import clause_start


_alt = partial(cues.alternation, "diplomacy_preparing")


# "came as / while / as" + a subject of up to six words + a verb of preparing, right before the cue
_PREPARING_BEFORE = re.compile(
    rf"\b(?:as|while|when|with)\s+(?:[\w'’.-]+\s+){{1,6}}?(?:{_alt('preparing_verbs')})\s+(?:(?:a|an|the|their|its|for|to)\s+)?(?:[\w'’-]+\s+){{0,2}}?$",
    re.I)
# the preparation as a noun right before the event's noun: "preparations for the bloc's next summit"
_PREPARATIONS_FOR = re.compile(r"\b(?:preparations?|groundwork|run-up)\s+(?:for|to|of)\s+(?:the\s+|a\s+|an\s+|next\s+)?"
                               r"(?:[\w'’-]+\s+){0,3}?$", re.I)
_TIME_BEFORE = re.compile(rf"\b(?:{_alt('time_before_frames')})\s+(?:(?:a|an|the|their|its|this|next)\s+)?(?:[\w'’-]+\s+){{0,6}}?$", re.I)
_TIME_FRAME = re.compile(rf"\b(?:{_alt('time_before_frames')})\s+", re.I)
_ANCHOR_OBJECT = re.compile(rf"(?:(?:a|an|the|their|its|this|next)\s+)?(?:{_alt('time_anchor_objects')})\b", re.I)
_OWN_PAST = re.compile(rf"(?:{_alt('own_past_verbs')})\b", re.I)
_OWN_FUTURE = re.compile(rf"\b(?:{_alt('own_future')})\b", re.I)
_OWN_PAST_AFTER = re.compile(rf"\b(?:{_alt('own_past_after')})\b", re.I)
# who prepares: states' leaders, ministers, envoys, delegations (a bloc's or a named state's)
_STATES_PEOPLE = re.compile(rf"\b(?:{_alt('preparing_people')})\b", re.I)
# the event's day or venue: "on Friday", "Thursday's", "in Brussels", "next week"
_WHEN_OR_WHERE = re.compile(rf"\b(?:on\s+)?{WD}\b|\b(?:in|at)\s+(?-i:[A-Z])"
                            r"|\b(?:next|this|later\s+this)\s+(?:week|month)\b|\btomorrow\b", re.I)
_PAST_DONE = re.compile(r"\b(?:had\s+(?:met|held|gathered)|took\s+place|was\s+held|were\s+held)\b", re.I)


def preparing_status(text: str, s: Sentence, cue: re.Match[str]) -> DiplomacyStatus | None:
    """Planned when the cue sits in a frame of preparation ("as X readied a summit") or of the time
    before it ("days before ministers meet"); else None."""
    lo = max(s.start, cue.start() - 90)
    if _PAST_DONE.search(text, cue.start(), min(s.end, cue.end() + 40)):
        return None
    noun = _PREPARATIONS_FOR.search(text, lo, cue.start())
    if noun is not None:  # "went over the groundwork for the Oslo summit on 4-5 June" (r29)
        return DiplomacyStatus.planned if _WHEN_OR_WHERE.search(text, cue.end(), s.end) else None
    frame = _PREPARING_BEFORE.search(text, lo, cue.start()) or _time_before(text, clause_start(text, lo, cue.start()), cue)
    if frame is None or not _STATES_PEOPLE.search(text, frame.start(), cue.end()):
        return None  # "as residents prepared for winter": no states' people preparing
    return DiplomacyStatus.planned if _WHEN_OR_WHERE.search(text, frame.start(), s.end) else None


def anchored_held(text: str, s: Sentence, cue: re.Match[str], status: DiplomacyStatus) -> DiplomacyStatus:
    """Held, not planned, for an event told in the past beside a frame of time before a holiday,
    anniversary, season or date ("On the eve of Christmas Kyiv and Moscow exchanged 150 prisoners";
    "Ahead of the New Year holidays the exchange of 300 prisoners took place"): the frame dates the
    event, its own past verb tells it happened (dev22 C7). A future of its own keeps it planned."""
    if status is not DiplomacyStatus.planned or _OWN_FUTURE.search(text, s.start, s.end):
        return status
    anchored = any(_ANCHOR_OBJECT.match(text, f.end(), s.end) for f in _TIME_FRAME.finditer(text, s.start, s.end))
    done = _OWN_PAST.match(cue.group(0)) or _OWN_PAST_AFTER.search(text, cue.end(), min(s.end, cue.end() + 60))
    return DiplomacyStatus.held if anchored and done else status


def _time_before(text: str, lo: int, cue: re.Match[str]) -> re.Match[str] | None:
    """"days before NATO ministers meet", "ahead of a summit": the frame of time before the cue's
    event; none when the frame's object is a holiday, anniversary, season or date ("on the eve of
    Christmas") or the cue is the record's own past verb ("exchanged 150 prisoners"): dev22 C7."""
    frame = _TIME_BEFORE.search(text, lo, cue.start())
    if frame is None or _OWN_PAST.match(cue.group(0)):
        return None
    words = _TIME_FRAME.match(text, frame.start())
    return None if words and _ANCHOR_OBJECT.match(text, words.end(), cue.start()) else frame


def preparing_day(text: str, s: Sentence, cue: re.Match[str], date: DateSpan | None,
                  published: dt.date | None) -> DateSpan | None:
    """A weekday told in a past frame of preparation ("the strike came as EU leaders prepared to
    meet on Thursday", published on Friday) counts from the strike the frame is anchored on, told
    the day before the report at the latest: the first such weekday from that day on."""
    if date is None or published is None or date.start is None or not _PAST_FRAME.search(text, s.start, cue.start()):
        return date
    if not _BARE_WEEKDAY.fullmatch((date.text or "").strip()) or preparing_status(text, s, cue) is None:
        return date
    strike = published - dt.timedelta(days=1)  # the night or day before the report, at the latest
    day = strike + dt.timedelta(days=(date.start - strike).days % 7)
    return DateSpan(start=day, end=day, text=date.text, precision=date.precision)


_PAST_FRAME = re.compile(r"\b(?:came|coincided|happened|struck|hit|began|started|continued|occurred)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:as|while|when|ahead\s+of|before|on\s+the\s+eve\s+of)\b", re.I)
_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?{WD}(?:['’]s)?", re.I)

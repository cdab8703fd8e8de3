"""A delivery confirmed by a ministry (round 15, dev28 C2): "In Helsinki, the ministry confirmed on
Wednesday that two IRIS-T launchers had been transferred to Ukraine over the weekend." The delivery is the
event (codebook 14, 16): it is dated by the time its own clause gives ("over the weekend"), not by
the day the ministry confirmed it, and the fronted city is where the statement was made, no venue."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...records import DateSpan, DiplomacyKind, DiplomacyStatus, Location
from ...sentences import Sentence
from .diplomacy_context import weekend_before

# A delivery told as done in the clause after the announcing verb ("had been handed over", "arrived").
_DONE = re.compile(
    r"\b(?:had|has|have|were|was)\s+(?:(?:now|already|just|finally)\s+)?(?:been\s+)?(?:delivered|handed\s+over|transferred|shipped|sent)\b"
    r"|(?<!\bbe\s)\b(?:arrived|reached|handed\s+over|delivered|shipped)\b", re.I)
# "In Oslo, the ministry said …": a city fronted before a statement's speaker.
_FRONTED_SPEAKER = re.compile(
    r"\s*In\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?:the\s+|its\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:ministry|government|office|spokes(?:man|woman|person)|minister|cabinet|department|chancellery)\b[^.]{0,40}?"
    r"\b(?:said|says|confirmed|confirms|announced|announces|stated|told|reported)\b")


def delivery_day(text: str, s: Sentence, kind: DiplomacyKind, status: DiplomacyStatus, cue: re.Match[str],
                 published: dt.date | None) -> DateSpan | None:
    """The weekend a delivery told as done happened on, when the delivery's own clause says so."""
    if kind is not DiplomacyKind.military_aid or status is not DiplomacyStatus.held:
        return None
    done = _DONE.search(text, cue.start(), s.end)
    if done is None or not lx.ANNOUNCING.search(text, s.start, s.end):
        return None  # no statement about the delivery: the ordinary reading dates it
    return weekend_before(text, done.end(), s.end, published)


def statement_city(text: str, s: Sentence, kind: DiplomacyKind, location: Location | None) -> Location | None:
    """The aid record's venue, unless it is only the city fronted before the ministry's statement."""
    if kind is not DiplomacyKind.military_aid or location is None:
        return location
    m = _FRONTED_SPEAKER.match(text, s.start, s.end)
    return None if m and m.group("city") == location.name else location

"""Pledges made at a gathering or on a visit told just before (round 17, dev31 D11, dev32 B7): "Berlin
will finance two more systems, the minister said on Wednesday when the contact group gathered in
Brussels. … More donors then spoke. Spain said it would pay €50 million …", "The Czech
minister arrived in Kyiv on Tuesday … Prague will ship a further three radars, he said".
An aid decision with no day of its own, told in the sentences after a dated gathering or visit held
on (or the day before) the day of publication, was announced there: it takes that day."""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus, DatePrecision
from ...sentences import Sentence

_OCCASIONS = {DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.talks, DiplomacyKind.visit}
_REACH = 8  # sentences after the gathering
_FRESH = dt.timedelta(days=1)  # the gathering is the story's news: held on the day of publication or the day before


_GATHERINGS = {DiplomacyKind.meeting, DiplomacyKind.summit}
_DECISION = re.compile(rf"\b(?:{cues.alternation('diplomacy_sequence', 'gathering_aid_decisions')})", re.I)
Cue = tuple[DiplomacyKind, re.Match[str]]


def gathering_pledge(text: str, s: Sentence, cues_: list[Cue], primary: Cue) -> tuple[int, Cue] | None:
    """Where the gathering's clause ends and the aid cue, when the sentence's primary event is a
    gathering and the gathered decide aid after it in the same sentence; else None."""
    if primary[0] not in _GATHERINGS:
        return None
    aid = next((c for k, c in cues_ if k is DiplomacyKind.military_aid and c.start() > primary[1].end()), None)
    if aid is None:
        return None
    decision = _DECISION.search(text, primary[1].end(), aid.end())
    if decision is None:
        return None
    return decision.start(), (DiplomacyKind.military_aid, aid)


def pledges_at_occasion(found: list[tuple[int, Diplomacy]], published: dt.date | None) -> None:
    """Date each undated aid decision by the gathering or visit told last before it."""
    if published is None:
        return
    for i, (idx, rec) in enumerate(found):
        if rec.kind is not DiplomacyKind.military_aid or rec.status is not DiplomacyStatus.held or rec.date is not None:
            continue
        before = [(j, r) for j, r in found if j <= idx and r is not rec and r.kind in _OCCASIONS]
        if not before:
            continue
        j, occasion = max(before, key=lambda x: x[0])
        day = occasion.date
        if idx - j > _REACH or occasion.status is not DiplomacyStatus.held or day is None \
                or day.precision is not DatePrecision.day or day.start is None or not (published - _FRESH <= day.start <= published):
            continue
        if any(j < k <= idx and r.date is not None and r.date != day for k, r in found if r is not rec):
            continue  # another day told between: the pledge is not the gathering's
        found[i] = (idx, rec.model_copy(update={"date": day}))

"""Pledges made at a gathering or on a visit told just before (round 17, dev31 D11, dev32 B7): "Berlin
will finance two more systems, the minister said on Wednesday when the contact group gathered in
Brussels. … More donors then spoke. Spain said it would pay €50 million …", "The Czech
minister arrived in Kyiv on Tuesday … Prague will ship a further three radars, he said".
An aid decision with no day of its own, told in the sentences after a dated gathering or visit held
on (or the day before) the day of publication, was announced there: it takes that day."""

from __future__ import annotations

import datetime as dt

from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus, DatePrecision

_OCCASIONS = {DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.talks, DiplomacyKind.visit}
_REACH = 8  # sentences after the gathering
_FRESH = dt.timedelta(days=1)  # the gathering is the story's news: held on the day of publication or the day before


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

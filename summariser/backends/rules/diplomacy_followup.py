"""A later sentence that changes the status of the event just told: "The summit was called off on
Friday", "It has been pushed back a week, to 13 March", "But the talks remain stalled" — the
event told before is cancelled, moved or stalled; no new event."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus, Span
from ...sentences import Sentence
from .diplomacy_dates import rescheduled_date

_SUBJECT = re.compile(rf"\s*(?:{cues.alternation('diplomacy', 'followup_subject')})\b", re.I)
_CHANGES = [(st, rx) for st, rx in lx.STATUS_CUES if st in (DiplomacyStatus.cancelled, DiplomacyStatus.stalled)]
# Events whose status a later sentence changes, and how close the event must have been told.
_GATHERINGS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.visit,
               DiplomacyKind.phone_call}
_REACH = 2


def status_told_later(text: str, s: Sentence, idx: int, published: dt.date | None,
                      found: list[tuple[int, Diplomacy]], sides: list[str], evidence: Span) -> bool:
    """Change the latest gathering's status when the sentence opens on it and tells it called off,
    moved to a new day or stalled, naming no side it lacks (`sides`: the sentence's). True when
    the sentence was read so."""
    if not found or not _SUBJECT.match(text, s.start, s.end):
        return False
    i = max(range(len(found)), key=lambda k: found[k][0])
    j, latest = found[i]
    if latest.kind not in _GATHERINGS or idx - j > _REACH or not set(sides) <= set(latest.participants):
        return False
    moved = rescheduled_date(text, s.start, s.end, published)
    status = DiplomacyStatus.planned if moved else next((st for st, rx in _CHANGES if rx.search(text, s.start, s.end)), None)
    if status is None:
        return False
    update: dict[str, object] = {"status": status, "evidence": latest.evidence + [evidence]}
    if moved:
        update["date"] = moved
    found[i] = (idx, latest.model_copy(update=update))
    return True

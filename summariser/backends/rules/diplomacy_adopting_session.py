"""The session a measure was adopted at (dev16 class C1): "The package was formally approved at a meeting in
Brussels", "it was agreed at a session in Vienna". The gathering is where the sanctions, the aid
or the agreement just told were decided: it gives that record its venue and is no meeting of its
own (a meeting with no side, otherwise)."""

from __future__ import annotations

import re
from typing import Callable

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind, Location
from ...sentences import Sentence

Found = list[tuple[int, Diplomacy]]


def adopting_session(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str], found: Found,
                     venue: Callable[[], Location | None]) -> bool:
    """True when the cue is the gathering a measure was adopted at, in the passive right before it;
    the latest measure record takes the gathering's venue (`venue`) when it has none."""
    if kind not in _GATHERINGS or not found or not _ADOPTED_AT.search(text, max(s.start, cue.start() - 120), cue.start()):
        return False
    i, latest = max(enumerate(found), key=lambda x: x[1][0])
    if latest[1].kind not in _MEASURES:
        return False
    place = venue()
    if latest[1].location is None and place is not None:
        found[i] = (latest[0], latest[1].model_copy(update={"location": place}))
    return True


_GATHERINGS = {DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.talks}
_MEASURES = {DiplomacyKind.sanctions, DiplomacyKind.military_aid, DiplomacyKind.agreement}
_ADOPTED_AT = re.compile(rf"\b(?:{cues.alternation('diplomacy_wire_families', 'adopting_session')})$", re.I)

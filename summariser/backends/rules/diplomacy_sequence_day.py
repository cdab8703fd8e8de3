"""A held event told in a sentence opened by a sequence word happened on the day of the event told
just before (dev21 class C7, dates): "Zelensky met Merz in Berlin on Tuesday. Hours later, Germany
announced a new air defence package"; "Afterwards, she said Oslo would send…"; "Within hours, Moscow
banned…". "Later this month" or a day of its own is no such word. The words live in
`cues/diplomacy_sequence.yaml`."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import DatePrecision, DateSpan, Diplomacy, DiplomacyStatus
from ...sentences import Sentence

_OPENER = re.compile(rf"\W*(?:(?:and|but|so)\s+)?(?P<word>{cues.alternation('diplomacy_sequence', 'sequence_openers')})\b", re.I)
_OWN_TIME = re.compile(rf"\s*,?\s*(?:{cues.alternation('diplomacy_sequence', 'time_after_opener')})\b", re.I)


def sequence_day(text: str, s: Sentence, found: list[tuple[int, Diplomacy]], status: DiplomacyStatus) -> DateSpan | None:
    """The day of the latest event told before with a day of its own, for a held event whose
    sentence opens with a sequence word; else None."""
    if status is not DiplomacyStatus.held:
        return None
    opener = _OPENER.match(text, s.start, s.end)
    if opener is None or _OWN_TIME.match(text, opener.end(), s.end):
        return None
    dated = [(j, r.date) for j, r in found if r.date and r.date.start and r.date.precision is DatePrecision.day]
    if not dated:
        return None
    day = max(dated, key=lambda x: x[0])[1].start
    return DateSpan(start=day, end=day, text=opener.group("word"), precision=DatePrecision.day)

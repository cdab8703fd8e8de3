"""The event already told, named again with what it was for or how it was seen, is a remark on that
event, no event of its own (dev22 class C1c): "envoys in Rome noted the trip was partly meant to
reassure Vilnius", "the trip aimed to reassure Vilnius", "the talks were seen as a test". The words live
in `cues/diplomacy_remarks.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ...knowledge import cues
from ...sentences import Sentence


_alt = partial(cues.alternation, "diplomacy_remarks")


# "the visit", "that trip", "his tour", "Monday's talks", "the Kyiv visit"
_TOLD_EVENT = re.compile(
    rf"\b(?:the|that|this|his|her|their|its|(?-i:[A-Z])\w+['’]s)\s+(?:(?-i:[A-Z])[\w-]+\s+|[\w-]+\s+)?(?:{_alt('told_event_nouns')})s?\s+", re.I)
_PURPOSE = re.compile(rf"(?:{_alt('purpose_verbs')})", re.I)
_SCHEDULE = re.compile(rf"\s*(?:{_alt('schedule_after_purpose')})\b", re.I)


def purpose_remark(text: str, s: Sentence, cue: re.Match[str], told_before: bool) -> bool:
    """The cue is a definite event noun whose verb tells its purpose or reading, or an event named
    inside that purpose ("the call was aimed at reviving grain talks"), and an event was told in the
    sentences before (`told_before`)."""
    if not told_before:
        return False
    for named in _TOLD_EVENT.finditer(text, s.start, min(s.end, cue.end() + 30)):
        purpose = _PURPOSE.match(text, named.end(), s.end)
        if purpose is None or _SCHEDULE.match(text, purpose.end(), s.end):
            continue
        if named.start() <= cue.start() < named.end() or cue.start() <= named.start() < cue.end() or cue.start() >= purpose.end():
            return True
    return False

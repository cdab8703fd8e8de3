"""The main verb of an event's own clause decides its status, past any aside about its schedule
(dev14 class C8): "A meeting of the two ombudsmen, which had been planned for Thursday in Minsk
to discuss civilians, was called off" is cancelled, though the aside says "planned". An aside is a
comma pair opened by a relative pronoun or a scheduling participle."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...records import DiplomacyStatus

_CANCELLED = dict(lx.STATUS_CUES)[DiplomacyStatus.cancelled]
# ", which had been planned for Thursday in Minsk," / ", scheduled for Monday in Baku," / ", set for Friday,"
_ASIDE = re.compile(
    r",\s*(?:which|that|who|originally|initially|first|previously|earlier|(?:had\s+been\s+|was\s+|were\s+)?(?:planned|scheduled|set|due|"
    r"meant|intended|expected|slated|arranged|agreed|announced))\b[^,;:()\u2014\u2013]*,")


def called_off_past_aside(text: str, cue: re.Match[str], hi: int) -> bool:
    """The event's own predicate, after asides about its schedule, calls it off."""
    off = _CANCELLED.search(text, cue.end(), hi)
    if off is None:
        return False
    between = _ASIDE.sub(" ", text[cue.end():off.start()])
    return not lx.CLAUSE_MARK.search(between)


"""A journey told with the purpose of meeting someone (dev16 class C7): "will fly to Tokyo on 3 May
to confer with his counterpart", "is expected in Ankara on Thursday to meet the president",
"travels to Warsaw to walk officials through the plan". The event is the talks the trip is for
(codebook 14: `visit` only when the visit itself is the event); a state or official visit, or a
trip told with no meeting ("travelled to Kyiv to see the damage"), stays a visit."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence


def trip_kind(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str]) -> DiplomacyKind:
    """`talks` for a trip cue whose clause goes on with a purpose of meeting; else `kind`."""
    if kind is not DiplomacyKind.visit or "visit" in cue.group(0).lower():
        return kind  # "visited Kyiv to meet Zelensky": the article calls it a visit
    end = _CLAUSE_END.search(text, cue.end(), s.end)
    hi = end.start() if end else s.end
    purpose = _PURPOSE.search(text, cue.end(), hi)
    if purpose is None or _NAMED_VISIT.search(text, s.start, hi):
        return kind
    return DiplomacyKind.talks


_PURPOSE = re.compile(rf"\b(?:{cues.alternation('diplomacy_wire_families', 'trip_purpose_meeting')})", re.I)
_NAMED_VISIT = re.compile(rf"\b(?:{cues.alternation('diplomacy_wire_families', 'trip_purpose_kept_visit')})", re.I)
# The trip's clause ends at a semicolon, a dash, or a second verb joined by "and" ("flew to Kyiv and
# met Zelensky" stays one visit: gold read so on the sets measured).
_CLAUSE_END = re.compile(r"[;\u2014\u2013]|\s-\s|\band\s+(?!(?:[A-Z]|(?:his|her|their)\b))")

"""The extent of a wave told as a range of towns is no place hit (r25): "damaging town centres from
Lviv to Kharkiv" tells how far the strikes reached, not two strikes of their own; the wave's record is
the country's. A town is such an end when it stands in "from X (in the west) to Y" and a word of
scope (`anchoring.yaml` `range_scope_markers`: cities, targets, across ...) comes within 60 characters
before "from"; "drones flew from Belgorod to Kharkiv" (a route) keeps its towns."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...sentences import Sentence

_SCOPE = cues.regex("anchoring", "range_scope_markers")
_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
_ASIDE = r"(?:,?\s+in\s+the\s+(?:far\s+)?(?:west|east|north|south|north-?east|north-?west|south-?east|south-?west)\s*,?)?"
_RANGE = re.compile(rf"\bfrom\s+(?:the\s+)?(?P<first>{_NAME}){_ASIDE}\s+(?:all\s+the\s+way\s+)?to\s+(?:the\s+)?(?P<last>{_NAME})",
                    re.I)
_SCOPE_REACH = 60


def range_end(text: str, s: Sentence, start: int) -> bool:
    """Is the town written at `start` one end of a range of towns telling a wave's extent?"""
    for m in _RANGE.finditer(text, s.start, s.end):
        if start in (m.start("first"), m.start("last")) and _SCOPE.search(text, max(s.start, m.start() - _SCOPE_REACH),
                                                                            m.start()):
            return True
    return False

"""A place a record's sentences name only by reference ("the same terminal", "the same plant",
"that refinery"): the place an earlier sentence named together with that noun ("a strike on the
oil terminal in Primorsk ... the same terminal was hit in May"). Only an earlier sentence that
holds both the place and the noun grounds it; a place named elsewhere without the noun does not.
"""

from __future__ import annotations

import re
from typing import Sequence

from . import vocabulary
from .context import Window, _context
from .names import ground_place

_REFERENCE = re.compile(r"\b(?:the\s+same|that\s+same|this\s+same|that|the\s+very\s+same)\s+(?:[\w-]+\s+)?"
                        rf"(?P<noun>{vocabulary.pattern('reference_nouns')})s?\b", re.I)


def place_by_reference(name: str, text: str, evidence: Sequence[Window]) -> bool:
    """Is `name` the place the evidence refers back to with "the same <noun>"?"""
    ctx = _context(text)
    for a, b in evidence:
        for ref in _REFERENCE.finditer(ctx.grounded, a, b):
            noun = ref.group("noun").split()[-1].lower()
            for s in ctx.sentences:
                if s.start >= ref.start():
                    break
                if re.search(rf"\b{re.escape(noun)}", ctx.lower[s.start:s.end]) and \
                        ground_place(name, text, (s.start, s.end)):
                    return True
    return False

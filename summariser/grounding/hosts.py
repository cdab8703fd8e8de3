"""The host of an event between others is one of its participants (CODEBOOK rule 15): talks of
Ukraine and Russia "in Istanbul" have Turkey as a participant, a round "in Geneva" Switzerland.

A participant the article never names as a state is still grounded when the record's own
sentences give a venue ("in Geneva", "at a hotel in Jeddah") the gazetteer places in that state;
the support is `inferred`. A venue is a name after "in" or "at"; the state must be the venue's,
so a participant of another state stays refused.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..records import Span
from .context import _context

# "in Geneva", "at Jeddah", "in Abu Dhabi", "in the Saudi city of Jeddah"
_VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+(?:[A-Z][\w-]+\s+)?(?:city|capital|resort|town)\s+of\s+)?"
                    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def host_state(name: str, text: str, spans: Sequence[Span]) -> str | None:
    """The canonical state `name` is, when a venue in the record's sentences lies in it."""
    from .complete import resolve_location
    from .names import canonical_actor

    actor = canonical_actor(name.strip())
    if actor is None:
        return None
    ctx = _context(text)
    for s in ctx.sentences:
        if not any(s.start < sp.end and sp.start < s.end for sp in spans):
            continue
        for m in _VENUE.finditer(ctx.grounded, s.start, s.end):
            loc, known = resolve_location(m.group("name"))
            if known and loc.country == actor:
                return actor
    return None

"""Where a justification ends (r13atk, dev24 B1). "In retaliation for Kyiv's strikes on X" names
strikes in general: the places in it were not hit by this strike (dev22 B3). Told at the end of
the sentence, it runs to the sentence's end. Fronted, it ends where the main clause begins: "In
response to the shelling of X, the army carried out a group strike on energy sites in the Y
region" — Y, in the main clause, was hit. The justification's own list of places ("for strikes on
A, B and C, the army ...") runs on over its commas; the first comma not followed by another place
of the list ends it."""

from __future__ import annotations

import re

from ...blanking import blank_spans
from .common import Facts
from .weapons import find_weapon_types

# what may stand before a fronted justification in its clause: "In", "As", "As a", "In direct",
# an opening quote
_FRONT = re.compile(r"[\s\"“‘'(]*(?:(?:in|as|by\s+way\s+of)\s+)?(?:(?:an?|the|direct|swift|its|our)\s+){0,2}$", re.I)


def fronted_justification_end(text: str, f: Facts, why: re.Match[str]) -> int:
    """The end of the justification `why`: the sentence's end unless it opens its sentence (or its
    quote), then the first comma after it that does not go on to another place of its list."""
    s = f.sent
    if not _fronted(text, s.start, why.start()):
        return s.end
    starts = {p.start for p in f.places}
    for comma in re.finditer(r",", text[why.end():s.end]):
        at = why.end() + comma.start()
        nxt = re.match(r",\s*(?:and\s+|or\s+)?(?:the\s+)?", text[at:s.end])
        if at + (nxt.end() if nxt else 1) not in starts:
            return at
    return s.end


def drop_justification_weapons(text: str, f: Facts, start: int, end: int) -> None:
    """'In response to the shelling of X, the army struck Y with missiles': the shelling is the
    other side's, told as the reason; the strike's weapons are the main clause's."""
    if f.weapon_types:
        f.weapon_types = find_weapon_types(blank_spans(text, [(start, end)]), f.sent)


def _fronted(text: str, start: int, pos: int) -> bool:
    """The justification opens its sentence, or a quote inside it ('The ministry said: "In response ...')."""
    head = text[start:pos]
    quote = max(head.rfind('"'), head.rfind("“"), head.rfind(": "))
    return bool(_FRONT.fullmatch(head[quote + 1:] if quote >= 0 else head))

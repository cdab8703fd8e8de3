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
from ...calendar_days import MON, WD
from ...knowledge import cues
from ...sentences import Sentence
from .common import Facts
from .places import attack_places
from .weapons import find_weapon_types

JUSTIFICATION = cues.pattern("eventhood", "justifications")

# what may stand before a fronted justification in its clause: "In", "As", "As a", "In direct",
# an opening quote
_FRONT = re.compile(r"[\s\"“‘'(]*(?:(?:in|as|by\s+way\s+of)\s+)?(?:(?:an?|the|direct|swift|its|our)\s+){0,2}$", re.I)
# a time adverbial before it, set off by its comma ("Overnight, in response to ...", "Early on
# Tuesday, in retaliation for ..."): the justification still opens the sentence's clauses
_TIME_FIRST = re.compile(rf"\s*(?:(?:early|late|earlier|later|on|in|at|during|over|this|last|the|past|of|"
                         rf"overnight|night|morning|afternoon|evening|today|yesterday|{WD}|{MON}|\d{{1,4}}(?:st|nd|rd|th)?)"
                         rf"[\s.]*){{1,6}},\s*", re.I)


def without_fronted_justification(text: str, s: Sentence) -> tuple[str, Sentence]:
    """The sentence with a fronted justification blanked ("Overnight, in response to attacks on
    Russian soil, the army struck energy sites of Ukraine"): its places, sides and figures are the
    other strikes it names, never this one's; the main clause alone tells the strike."""
    why = JUSTIFICATION.search(text, s.start, s.end)
    if why is None or not _fronted(text, s.start, why.start()):
        return text, s
    end = _end_of(text, s, why, {p.start for p in attack_places(text, s)[0]})
    return (blank_spans(text, [(why.start(), end)]), s) if end < s.end else (text, s)


def fronted_justification_end(text: str, f: Facts, why: re.Match[str]) -> int:
    """The end of the justification `why`: the sentence's end unless it opens its sentence (or its
    quote), then the first comma after it that does not go on to another place of its list."""
    s = f.sent
    if not _fronted(text, s.start, why.start()):
        return s.end
    return _end_of(text, s, why, {p.start for p in f.places})


def _end_of(text: str, s: Sentence, why: re.Match[str], starts: set[int]) -> int:
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
    head = head[quote + 1:] if quote >= 0 else head
    if (time := _TIME_FIRST.match(head)) is not None:
        head = head[time.end():]
    return bool(_FRONT.fullmatch(head))

"""A nil interception the model left null (dev13 class A5a): a weapon entry with a launched count
whose evidence says none of that wave was stopped ("none of the four was intercepted", "neither
missile was downed", "air defences could not stop the two missiles", "all six hit their targets")
gets intercepted 0, `implied` (the codebook: an explicit zero is 0). The nil is read by
`counts.count_support`, as for a 0 the model writes. It must be of this weapon: a nil that names a
weapon of the other family ("neither missile", for the drones) fills nothing, and one that names no
weapon ("none of the four", "neither was") the record's single weapon entry, or the entry whose
launched count is the weapon count told just before the nil in its sentence ("two Kinzhals were
aimed at X, and neither of them was intercepted": the Kinzhals, not the drones of the record), or
the family a fronted topic names ("Of the missiles, none was downed", "As for the Kinzhals, none").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..numbers import COUNT_RE
from ..records import Count, Span, Support, WeaponType
from . import vocabulary
from ..sentences import sentence_at
from .context import Window, _context
from .counts import count_support


@lru_cache(maxsize=1)
def _family_words() -> dict[str, re.Pattern[str]]:
    return {family: re.compile(rf"\b(?:{vocabulary.pattern(f'{family}_kind_words')})\b", re.I)
            for family in ("drone", "missile")}


def _family(kind: WeaponType) -> str | None:
    if kind in (WeaponType.drone, WeaponType.decoy_drone):
        return "drone"
    if kind in (WeaponType.cruise_missile, WeaponType.ballistic_missile, WeaponType.missile):
        return "missile"
    return None


def counts_own_family(text: str, end: int, kind: WeaponType, model: str | None = None) -> bool:
    """r45 (dev67 L4): does the count ending at `end` name this entry's weapon family in the words right
    after it ("over 60 missiles of several kinds and some 60 attack drones": the first 60 is
    the missiles', the second the drones')?"""
    own = _family(kind) or _named_family(model)
    after = re.match(r"(?:\s+[^\W\d]+(?:[-'’][\w]+)*){1,4}", text[end:end + 60])
    return own is not None and after is not None and _family_words()[own].search(after.group(0)) is not None


def nil_interception(text: str, windows: Sequence[Window], kind: WeaponType, alone: bool,
                     launched: int | None = None, model: str | None = None) -> Count | None:
    """intercepted = 0 for a weapon of `kind` (the record's only weapon entry when `alone`, or the
    one `launched` was counted for just before the nil), from an explicit nil in the windows; None
    when there is none of this weapon. An entry of no family (`other`, a combined total) takes the
    family its `model` words name ("missiles": r21 dev40 L2)."""
    own = _family(kind) or _named_family(model)
    for hit in count_support(0, "intercepted", text, list(windows)):
        named = {f for f, words in _family_words().items() if words.search(hit.text)} or _topic_family(text, hit.start)
        if (named and own in named) or (not named and (alone or _counted_before(text, (hit.start, hit.end), launched, own))):
            return Count(value=0, qualifier=hit.qualifier, support=Support.implied,
                         evidence=Span(text=hit.text, start=hit.start, end=hit.end))
    return None


def _named_family(words: str | None) -> str | None:
    """The one weapon family a weapon entry's own words name ("missiles", "Shahed drones"), or None."""
    named = {f for f, family in _family_words().items() if words and family.search(words)}
    return named.pop() if len(named) == 1 else None


def _counted_before(text: str, nil: Window, launched: int | None, own: str | None) -> bool:
    """The nil counts this entry's launched wave ("neither of the two was"), or the last weapon
    count before it, in its sentence, is that count and names no weapon of the other family
    ("four Iskanders at X; not one of them was downed")."""
    if launched is None:
        return False
    nil_start = nil[0]
    ctx = _context(text)
    si = sentence_at(ctx.sentences, nil_start)
    before = [x for x in ctx.mentions if x.sentence == si and x.m.end <= nil_start and x.noun == "weapon"]
    if any(nil_start <= x.m.start and x.m.end <= nil[1] and x.m.value == launched for x in ctx.mentions):
        return True  # "neither of the two was intercepted": the nil counts this entry's wave
    if not before or before[-1].m.value != launched:
        return False
    phrase = " ".join(text[before[-1].m.end:nil_start].split()[:4])
    named = {f for f, words in _family_words().items() if words.search(phrase)}
    return not named or own in named


# a topic fronted before the nil in its sentence: "Of the missiles, none was", "As for the cruise
# missiles, none", "Among the Kinzhals, not one", "The Kinzhals were another matter: none of them"
_TOPIC = re.compile(r"\W*(?:(?:of|as\s+for|among|for|regarding|with)\s+(?:the|its|their|these|those)\s+(?P<noun>[^,;:—–]{1,60}?)"
                    r"\s*(?:,|:|\s[—–-]\s)|the\s+(?P<subject>[^,;:]{1,60}?):)\s*(?:but\s+|and\s+)?$", re.I)


def _topic_family(text: str, nil_start: int) -> set[str]:
    """The weapon family a fronted topic of the nil's sentence names (dev22 A5), or none."""
    ctx = _context(text)
    s = ctx.sentences[sentence_at(ctx.sentences, nil_start)]
    topic = _TOPIC.fullmatch(ctx.grounded, s.start, nil_start)
    if topic is None:
        return set()
    words = topic.group("noun") or topic.group("subject")
    if COUNT_RE.search(words):
        return set()  # "Of the 12 Shaheds aimed at X, not one": a subset, its own count decides (`_counted_before`)
    named = {f for f, family in _family_words().items() if family.search(words)}
    return named if len(named) == 1 else set()

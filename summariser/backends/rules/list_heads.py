"""A run-in head that lists several communities (dev22 B4): "• A, B, C and D communities: mortar
fire, no casualties", "— A and B: KAB strikes, two houses damaged". A post's item is its own
strike however short its line: the places of its head are the places of the line, as one head's
name is (`sections._head_place`), so the line opens its own record and its nil is its own rather
than the previous item's. Each name is read like a single head (`head_towns.framed_head`); a name
the gazetteer lacks lies in the region the post is about, when the head calls its names
communities (or districts, villages); a bullet of bare names stands only when all are known towns."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import LocationLevel
from ...sentences import Sentence
from .common import PlaceHit
from .head_towns import framed_head

_BULLET = r"[•·▪►‣◦*\-–—]"
_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
_LIST_HEAD = re.compile(
    rf"\s*(?P<bullet>{_BULLET}\s*)?(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+{_NAME})"
    rf"(?:\s+(?P<admin>{cues.alternation('place_roles', 'list_head_admin_words')}))?\s*:\s+\S")
_ONE_NAME = re.compile(_NAME)


# dev32 B1: a newsletter's bold run-in label ("- **Energy:** drones hit ...", "**Captives:** the swap ...")
# names the line's topic; it is a place only when the gazetteer knows it ("- **Odesa:** ...")
_BOLD_BEFORE = re.compile(r"(?:\*\*|__)\s*$")


def topic_label(line: str, name_start: int) -> bool:
    """Whether the head name at `name_start` of `line` is written as a bold run-in label."""
    return _BOLD_BEFORE.search(line, max(0, name_start - 4), name_start) is not None


def list_head_places(text: str, s: Sentence, region: lx.Place | None) -> list[PlaceHit]:
    """The places a list head opening the sentence names ([] when it opens with none)."""
    m = _LIST_HEAD.match(text, s.start, s.end)
    if m is None or not (m.group("bullet") or m.group("admin")):
        return []  # "Kyiv and Lviv: the two capitals ..." in running prose is no post's item
    out = []
    for nm in _ONE_NAME.finditer(text, m.start("names"), m.end("names")):
        name = nm.group(0)
        if name.lower() in lx.NOT_PLACE_WORDS or lx.canonical_country(name):
            return []
        known = framed_head(name, lx.lookup(name), region)
        if known is None and region is not None and m.group("admin"):  # "A and B communities:", not "• Police and SBU:"
            known = lx.Place(name, region.admin1, region.country, LocationLevel.city)
        if known is None or known.level is LocationLevel.country:
            return []
        out.append(PlaceHit(known, nm.start(), nm.end()))
    return out

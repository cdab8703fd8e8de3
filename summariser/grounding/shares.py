"""Regional shares of a total told after it (dev13 class A1): "Air defences destroyed 58 drones.
Of these, 22 were over Bryansk and 9 over Oryol", "... listed the regions: 20 over Kursk, 15 over
Belgorod", "fifteen of them came down over the Tula area". A share has no cue of its own; it takes
the role of the total it is a part of (intercepted, or launched), as the reader would.

A number is a share when a place phrase follows it ("over / above / in <Place>", with at most a
weapon noun, "of them" and a fall or tally verb between; the words are the rules' too, in
`knowledge/data/cues/shares.yaml`) or a place comes right before it
("Bryansk region: 19", "(Bryansk 20, Kursk 18", "the Kursk region accounted for 14 of them"), and it
is told as a part: an anaphor before it in its sentence ("of these", "most", a colon after the
total) or "of them" after it, the total earlier in its own sentence, or a bare number opening its
sentence or clause ("Twenty were over Bryansk; eighteen more fell over Kursk"). The total is the last weapon count before the share that is no share
itself, in the share's sentence or the one before; it must have the field's role and be at least
the share. "Of those, 22 were launched from Kursk" (no place phrase after the number), "Of the 58,
22 hit targets in Bryansk" (a hit) and a share larger than the total are never read.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..calendar_days import WD_NAMES
from ..knowledge import cues
from ..records import Qualifier
from . import vocabulary
from .context import Window, _Context
from .cues import _Mention

_WEAPON_NOUNS = ("weapon", None)


def _shares(*names: str) -> str:
    """The phrases of the shared share vocabulary (`knowledge/data/cues/shares.yaml`), longest
    first, so that "over the territory of" wins over "over"."""
    return "|".join(sorted((p for n in names for p in cues.phrases("shares", n)), key=len, reverse=True))


# what may follow a share's number before its place: "22 drones were over", "15 of them came down over"
_SHARE_PLACE = re.compile(
    rf"(?P<noun>\s+(?:[\w-]+\s+){{0,2}}?(?:{vocabulary.pattern('drone_kind_words')}|{vocabulary.pattern('missile_kind_words')}"
    r"|aircraft|ones?))?"
    r"(?:\s+(?:more|others?|further|again))?"
    r"(?:\s+of\s+(?:them|these|those))?,?"
    rf"(?:\s+(?:{_shares('fall_verbs', 'tally_verbs')}))?"
    rf"\s+(?:{_shares('prepositions')})\s+(?:the\s+)?(?:[A-Z][\w'’-]+)", re.I)
# or the place before it: "Bryansk region: 22", "Oryol – 9", "the Kursk region (14)", "(Bryansk 20, Kursk
# 18", "by region: Bryansk region, 22; Kursk region, 18", "The Bryansk region accounted for 20 of them"; never a month or a weekday ("on May 20")
_PLACE = r"(?<![\w'’-])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December" \
         r"|" + WD_NAMES + r")\b)[A-Z][\w'’-]+" \
         r"(?:\s+(?:[Rr]egion|[Oo]blast|[Aa]rea|[Pp]rovince|[Rr]epublic|[Kk]rai))?"
_PLACE_BEFORE = re.compile(rf"{_PLACE}\s*(?::|[-–—]|\()\s*$|(?:\(|,|\band)\s*{_PLACE}\s+$"
                           rf"|[:;]\s*(?:the\s+)?{_PLACE}(?:\s+[Tt]erritory)?\s*,\s*$"  # "by region ran: Oryol region, 31; Tula region, 12" (r33)
                           rf"|{_PLACE}\s+(?:{_shares('place_verbs')})\s+$")
# a gapped share after an explicit one (dev20 A6): "The A region accounted for 20 of them, the B
# region for 18 and C for 14": the place, "for", the number, its verb told once before in the sentence
_PEOPLE_HEADER = re.compile(r"\b(?:casualt|killed|dead|deaths|injur|wounded|victims|hurt)", re.I)
_GAPPED_BEFORE = re.compile(rf"(?:,|\band)\s+(?:the\s+)?{_PLACE}\s+for\s+$")
_EXPLICIT_SHARE = re.compile(rf"{_PLACE}\s+(?:{_shares('place_verbs')})\s+\S+")
_ANAPHOR = re.compile(rf"\b(?:{_shares('anaphors')})\b|:", re.I)


def share_hits(value: int, role: str, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each share of `value` whose total has `role`."""
    out = []
    mentions = list(ctx.mentions)
    for i, x in enumerate(mentions):
        if x.m.value != value or x.role not in (None, role) or x.noun not in _WEAPON_NOUNS \
                or not any(a <= x.m.start and x.m.end <= b for a, b in windows) or not _is_share(ctx, x):
            continue
        total = _total(ctx, mentions, i)
        if total is None or total.role != role or total.m.value < value:
            continue
        s = ctx.sentences[x.sentence]
        told_as_part = total.sentence == x.sentence or _ANAPHOR.search(ctx.grounded, s.start, x.m.start) is not None \
            or _ANAPHOR.match(ctx.grounded[x.m.end:x.m.end + 12].lstrip()) is not None or _elliptic(ctx, x) \
            or _by_place(ctx, x)
        if told_as_part:
            out.append((x.m.start, x.m.end, x.m.qualifier))
    return out


def _is_share(ctx: _Context, x: _Mention) -> bool:
    """A place phrase follows the number (the capitalised name checked case-sensitively), or a
    place with a colon or dash comes right before it."""
    m = _SHARE_PLACE.match(ctx.grounded, x.m.end)
    if m is not None and ctx.grounded[m.end() - len(m.group(0).split()[-1])].isupper():
        return True
    before = _PLACE_BEFORE.search(ctx.grounded[max(0, x.m.start - 40):x.m.start])
    if before is not None:  # (a labelled list under a header of people counted is no share: "Casualties by region: A, 3")
        return not (before.group(0).lstrip().startswith((":", ";")) and _PEOPLE_HEADER.search(
            ctx.grounded, ctx.sentences[x.sentence].start, x.m.start))
    start = ctx.sentences[x.sentence].start
    return _GAPPED_BEFORE.search(ctx.grounded[max(start, x.m.start - 40):x.m.start]) is not None \
        and _EXPLICIT_SHARE.search(ctx.grounded, start, x.m.start) is not None


def _by_place(ctx: _Context, x: _Mention) -> bool:
    """r20 (dev38 A2): "The A region accounted for 11, B for 6": a region's share told with the
    region as subject (the rules' reader, `lexicon.place_shares`), after a total told before it."""
    s = ctx.sentences[x.sentence]
    return any(m.start("n") == x.m.start for m in lx.place_shares(ctx.grounded, s.start, s.end))


def _elliptic(ctx: _Context, x: _Mention) -> bool:
    """A bare number opening its sentence (or the clause after ";") as the subject, with no noun of
    its own ("Twenty were over Bryansk", "; eighteen more fell over Kursk"): it counts the nouns
    told just before. Never after a new time ("A day earlier, 22 were over Bryansk")."""
    m = _SHARE_PLACE.match(ctx.grounded, x.m.end)
    before = ctx.grounded[ctx.sentences[x.sentence].start:x.m.start].split(";")[-1]
    return x.noun is None and m is not None and not m.group("noun") and not before.strip(" \n-–—•*")


def _total(ctx: _Context, mentions: list[_Mention], i: int) -> _Mention | None:
    """The last weapon count before mentions[i], in its sentence or the one before, that is no share."""
    x = mentions[i]
    for y in reversed(mentions[:i]):
        if y.sentence < x.sentence - 1:
            return None
        if y.noun == "weapon" and not _is_share(ctx, y):
            return y
    return None

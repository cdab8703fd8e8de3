"""A launch told once for a list inside one sentence: the predicate before a colon or a dash
gives its role to every "<N> <weapon>" item after it.

    "In all, 96 means of air attack were directed at the country: 80 drones, 12 Kalibrs and four
    Kinzhals."  -> launched 80, 12, 4
    "The enemy aimed 57 weapons at the south - 50 decoys and seven cruise missiles." -> 50, 7
    "Air command listed what was fired at the west: 33 Shaheds and two Iskander-K." -> 33, 2

The role is the last cue (or verb of flight) before the colon: "Of the drones, 40 were downed: 25
over Kyiv and 15 over Chernihiv" gives its items no launch. A breakdown's header with no role of its
own, in a sentence after its total ("Tracked: 659 targets. By type: 612 drones; 30 missiles"),
takes the role of that sentence. Bulleted lines under a header are
`derived._listed`; this is the same reading for a list run into its sentence.
"""

from __future__ import annotations

import re

from ..knowledge import cues as cue_data
from . import vocabulary
from .brackets import blank_brackets
from .context import Window, _Context
from .header_roles import header_role
from ..records import Qualifier
from ..sentences import LIST_BULLET

# the list opener: a colon, or a dash between spaces ("- ", "– ", "— ")
_OPENER = re.compile(r":|\s[-–—]\s")
# between the opener and an item only earlier items: words, numbers, commas ("80 drones, 12
# Kalibrs and"); a sentence end, an unbalanced bracket or a second colon ends the list
_ITEMS_SO_FAR = re.compile(r"[\w\s,;'’-]*")
# r40: a breakdown's own header, a sentence of its own after the total ("By type:", "Of them:")
_BREAKDOWN = re.compile(rf"\s*(?:{cue_data.plain_alternation('weapons', 'breakdown_headers')})\s*", re.I)


def _flight() -> re.Pattern[str]:
    # before a list, a verb of flight is enough: "towards Kharkiv flew 14 drones: ..."
    return re.compile(rf"\b(?:{vocabulary.pattern('flight_verbs')})\b", re.I)


def list_item_hits(value: int, role: str, ctx: _Context, windows: list[Window],
                   cues: dict[str, re.Pattern[str]]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each "<N> <weapon>" list item worth `value` whose list's
    predicate is `role` (a launch: also a verb of flight "aimed at")."""
    out = []
    for x in ctx.mentions:
        if x.m.value != value or x.role is not None or x.noun != "weapon" \
                or not any(a <= x.m.start and x.m.end <= b for a, b in windows):
            continue
        sentence = ctx.sentences[x.sentence]
        opener = _opener_before(ctx.grounded, sentence.start, x.m.start)
        if opener is None:
            continue
        found = _predicate_role(ctx.grounded, sentence.start, opener, cues)
        if found is None and x.sentence > 0 and _BREAKDOWN.fullmatch(ctx.grounded, sentence.start, opener):
            before = ctx.sentences[x.sentence - 1]  # "Shot down: 402 targets. By type: 380 drones; ..."
            found = _last_role(blank_brackets(ctx.grounded[before.start:before.end]), cues)
        if found == role:
            out.append((x.m.start, x.m.end, x.m.qualifier))
    return out


def _opener_before(text: str, start: int, at: int) -> int | None:
    """Where the list holding the item at `at` opens (its colon or dash), when only list items
    stand between them."""
    # a bracket inside an earlier item is that item's aside: "110 drones (mostly Geran-2) and 10 missiles";
    # r20 (dev38 L2b): a colon inside one neither opens nor ends a list ("28 missiles: four Iskander-M
    # (launch area: Kursk region) and 24 Kh-101")
    words = blank_brackets(text[start:at])
    openers = list(_OPENER.finditer(words))
    if not openers or not _ITEMS_SO_FAR.fullmatch(words[openers[-1].end():]):
        return None
    return start + openers[-1].start()


def _predicate_role(text: str, start: int, opener: int, cues: dict[str, re.Pattern[str]]) -> str | None:
    """The role of the words before the list; in a bullet with no cue of its own ("- 14
    missiles: 6 Kinzhal and 8 Kalibr"), the role of the bullets' header."""
    role = _last_role(blank_brackets(text[start:opener]), cues)  # r40: a bracketed note's cue is its own
    if role is not None:
        return role
    line_start = text.rfind("\n", 0, opener) + 1
    from .derived import _header

    header = _header(text, line_start) if LIST_BULLET.match(text, line_start) else None
    return _last_role(text[header[0]:header[1]], cues) if header else None


def _last_role(predicate: str, cues: dict[str, re.Pattern[str]]) -> str | None:
    """The role of the last cue in the words before the list; a verb of flight or an air
    force's tally verb ("registered 33 missiles: ...") is a launch."""
    return header_role(predicate, cues, also_launch=_flight())

"""Verbless items of a tally under a header with a role: every item form takes the header's role,
not only a plain "<N> <weapon>" (`derived._listed`, `list_roles`):

    "Shot down or jammed overnight:"
    "- all but two of the 12 Kalibr missiles;"   -> intercepted 10 (the whole less its exception)
    "- none of the three Kinzhals."               -> intercepted 0
    "Air defence destroyed the following: every one except five of the 40 decoys; not a single
    Iskander-K."                                  -> intercepted 35, and 0

An item is a bullet line under a header ending in a colon, or a stretch after a colon or a dash
in the header's own sentence; it holds no cue of its own (a verb in the item decides for itself:
`derived._all_but`, `derived._NONE_STOPPED`). Only the header's role is given: "Weapons used:"
names none, so its items are no interception.
"""

from __future__ import annotations

import re

from ..numbers import NUMBER, parse_number
from ..records import Qualifier
from ..sentences import LIST_BULLET
from .context import Window, _Context
from .exceptions import ALL_BUT

# the whole an exception is taken from, inside the item: "all but two of the 12 Kalibr missiles"
_WHOLE = re.compile(rf"\s+of\s+(?:the\s+|these\s+|those\s+)?(?P<whole>{NUMBER})\b", re.I)
# a nil item: "none of the three Kinzhals", "not one of the Iskander-M", "not a single Kh-59", "no
# ballistic missiles", "zero Kalibrs"
_NIL_ITEM = re.compile(r"\b(?:none|not\s+(?:a\s+single\s+)?one|not\s+a\s+single|no|zero)\b"
                       r"(?:\s+of\s+(?:the|its|their|these|those))?(?:\s+[\w-]+){0,3}?\s+"
                       r"(?:missiles?|drones?|rockets?|uavs?|shaheds?|gerans?|decoys?|kalibrs?|kinzhals?|iskanders?(?:-[mk])?"
                       r"|kh-\d+\w*s?|bombs?|projectiles?)\b", re.I)
# where a bullet item starts; a header line ends in a colon
_OPENER = re.compile(r":|\s[-–—]\s")
# an item form opens its item: after a bullet, the list's colon or dash, or the joint before it
_ITEM_START = re.compile(r"(?:^|\n|[:;,•*·▪–—-]|\band|(?:^|\n)[ \t]*\d{1,2}[.)])\s*$", re.I)


def tally_item_hits(value: int, role: str, ctx: _Context, windows: list[Window],
                    cues: dict[str, re.Pattern[str]]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each exception or nil item worth `value` whose header's role
    is `role`."""
    found = [(m.start(), m.end(), _exception_value(m, ctx.grounded)) for m in ALL_BUT.finditer(ctx.grounded)]
    found += [(m.start(), m.end(), 0) for m in _NIL_ITEM.finditer(ctx.grounded)]
    out = []
    for start, end, worth in found:
        if worth != value or not any(a <= start and end <= b for a, b in windows) \
                or not _ITEM_START.search(ctx.grounded, max(0, start - 12), start):
            continue
        header = _header_before(ctx, start, cues)
        if header == role:
            out.append((start, end, Qualifier.exact))
    return out


def _exception_value(m: re.Match[str], text: str) -> int | None:
    """The whole less the exception: "all but two of the 12 ..." is 10; None without a whole."""
    whole = _WHOLE.match(text, m.end())
    k, total = parse_number(m.group("k")), parse_number(whole.group("whole")) if whole else None
    return total - k if k is not None and total is not None and total > k else None


def _header_before(ctx: _Context, at: int, cues: dict[str, re.Pattern[str]]) -> str | None:
    """The role of the header the item at `at` stands under, when nothing between them has a cue
    of its own: the line before a run of bullets, or the words before a colon in the sentence."""
    line_start = ctx.grounded.rfind("\n", 0, at) + 1
    if LIST_BULLET.match(ctx.grounded, line_start):
        from .derived import _header

        header = _header(ctx.grounded, line_start)
        if header is None or _role_in(ctx.grounded[line_start:at], cues) is not None:
            return None
        return _role_in(ctx.grounded[header[0]:header[1]], cues)
    sentence = next((s for s in ctx.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return None
    openers = list(_OPENER.finditer(ctx.grounded, sentence.start, at))
    if not openers or _role_in(ctx.grounded[openers[-1].end():at], cues) is not None:
        return None
    return _role_in(ctx.grounded[sentence.start:openers[-1].start()], cues)


def _role_in(words: str, cues: dict[str, re.Pattern[str]]) -> str | None:
    """The role of the last cue in `words`."""
    found = [(m.end(), role) for role, cue in cues.items() for m in cue.finditer(words)]
    return max(found)[1] if found else None

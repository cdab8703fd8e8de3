"""A wave told as all downed, or all but a few, without the number beside the downing verb:
"Russia fired four cruise missiles, and all of them were shot down" (intercepted = 4), "every one
of them was destroyed", "neither was intercepted" (0), and "all but one" whose whole is in the
sentence before ("Russia fired six missiles. Air defences destroyed all but one": 5). The whole
is the last weapon count launched before the words, in their sentence or the one before; each
reading is `implied` (`derived.derived_hits` calls it when no cue reading holds).
"""

from __future__ import annotations

import re

from ..numbers import NUMBER, parse_number
from ..records import Qualifier
from ..sentences import sentence_at
from .context import Window, _Context

# "all of them were shot down", "all were destroyed", "every one of them was downed", "each was"
_ALL_OF_THEM = re.compile(r"\b(?:all(?:\s+of\s+(?:them|these|those))?|every\s+one\s+of\s+them|each\s+of\s+them)"
                          r"\s+(?=(?:were|was|had\s+been|have\s+been)\b)", re.I)
# "neither was intercepted", "neither of them was shot down": none of a pair downed
_NEITHER = re.compile(r"\bneither(?:\s+of\s+(?:them|these|those))?\s+(?=(?:was|were|had\s+been)\b)", re.I)
# "all but one", "all except two" with no whole before it in its sentence
_ALL_BUT = re.compile(rf"\b(?:all|every\s+one|each)\s+(?:but|except(?:\s+for)?|save)\s+(?P<k>{NUMBER})\b", re.I)
_WEAPON_NOUNS = ("weapon", None)


def whole_wave_hits(value: int, ctx: _Context, windows: list[Window], cue: re.Pattern[str]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each reading of `value` intercepted as a whole wave (or a
    wave but a few) told without its number."""
    out = []
    for a, b in windows:
        for m in _ALL_OF_THEM.finditer(ctx.grounded, a, b):
            whole = _whole_before(ctx, m.start())
            if whole is not None and whole[0] == value and _cue_after(ctx, m.end(), cue):
                out.append((whole[1], m.end(), whole[2]))
        if value == 0:
            out += [(m.start(), m.end(), Qualifier.exact) for m in _NEITHER.finditer(ctx.grounded, a, b)
                    if _cue_after(ctx, m.end(), cue)]
        for m in _ALL_BUT.finditer(ctx.grounded, a, b):
            k, whole = parse_number(m.group("k")), _whole_before(ctx, m.start(), previous_only=True)
            if k is not None and whole is not None and whole[0] - k == value and _cue_before_or_after(ctx, m, cue):
                out.append((whole[1], m.end(), whole[2]))
    return out


def _cue_after(ctx: _Context, pos: int, cue: re.Pattern[str]) -> bool:
    """The downing verb follows within a few words ("were shot down", "was intercepted")."""
    return cue.search(" ".join(ctx.grounded[pos:pos + 60].split()[:5])) is not None


def _cue_before_or_after(ctx: _Context, m: re.Match[str], cue: re.Pattern[str]) -> bool:
    """ "destroyed all but one", "all but one were shot down": the cue just before or after."""
    before = " ".join(ctx.grounded[max(0, m.start() - 40):m.start()].split()[-3:])
    return _cue_after(ctx, m.end(), cue) or cue.search(before) is not None


def _whole_before(ctx: _Context, pos: int, previous_only: bool = False) -> tuple[int, int, Qualifier] | None:
    """(value, start, qualifier) of the last weapon count launched before `pos`, in its sentence or
    the one before (`previous_only`: only when its own sentence, up to `pos`, counts none)."""
    si = sentence_at(list(ctx.sentences), pos)
    own = [x for x in ctx.mentions if x.sentence == si and x.m.start < pos and x.noun in _WEAPON_NOUNS]
    if previous_only and own:
        return None  # the whole in its own sentence is `derived._all_but`'s
    prior = own or [x for x in ctx.mentions if x.sentence == si - 1 and x.noun in _WEAPON_NOUNS]
    launched = [x for x in prior if x.role in (None, "launched") and x.noun == "weapon"]
    if not launched:
        return None
    x = launched[-1]
    return x.m.value, x.m.start, x.m.qualifier

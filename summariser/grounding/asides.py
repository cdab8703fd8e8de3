"""Counts whose cue sits beyond an aside, as wire copy writes them:

- a relative clause between the people and their verb ("an elderly couple who lived on the
  ground floor were killed": 2 killed; "three workers who were repairing the line were injured");
- a child named after the count, "among them" ("at least 19 were wounded, a 10-year-old girl
  among them": 1 child injured); the child takes the role of the count it stands among;
- a target attacked BY a number of weapons, in the passive with no launch verb ("the port had been
  targeted by 31 drones": 31 launched).

`count_support` falls back on `aside_hits` when no cue reads the value directly.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import NumberMention
from ..records import Qualifier
from . import vocabulary
from .context import Window, _Context
from .role_cues import _BACK
from .people import _AGED

_AUX = r"(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been|got)\s+)?"
# "who lived in the house", "that had sheltered in the basement": at most ten words, no clause break
_RELATIVE = r"\s*,?\s+(?:who|that)\s+(?:[\w'’-]+\s+){1,10}?"
# a pair noun before its relative clause ("An elderly couple who ..."); `people.PAIR` leaves it out
_PAIR_WHO = re.compile(rf"\b(?:an?|the)\s+{_AGED}(?:{vocabulary.pattern('family_pair_nouns')})(?={_RELATIVE})", re.I)
# (r48: "one of them" as well, "five hurt, a boy of 12 one of them")
_AMONG = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:(?:was|were|is)\s+)?(?:among|one\s+of)\s+(?P<whom>them|those\s+[\w-]+|the\s+(?:[\w-]+\s+)?"
                    r"(?:injured|wounded|hurt|dead|killed|victims|casualties))\b", re.I)
_AMONG_ROLE = {"injured": "injured", "wounded": "injured", "hurt": "injured", "dead": "killed", "killed": "killed"}
_PASSIVE_BY = re.compile(r"\b(?:targeted|attacked|struck|hit|raided|pounded|bombarded|assaulted)\s+"
                         r"(?:(?:overnight|again|simultaneously)\s+)?by\s*$", re.I)


def aside_hits(value: int, role: str, child: bool, ctx: _Context, windows: Sequence[Window]) -> list[NumberMention]:
    """Mentions of `value` read for `role` across one of the asides above (child: a child count)."""
    inside = [x for x in _subjects(ctx) if any(a <= x[0].start and x[0].end <= b for a, b in windows)]
    out = []
    for m, noun, is_child, prior_role in inside:
        if m.value != value or (child and not is_child):
            continue
        if role in ("killed", "injured") and noun in ("person", "child") and \
                (_relative_cue(ctx, m, role) or _among(ctx, m, prior_role) == role):
            out.append(m)
        elif role == "launched" and noun == "weapon" and _PASSIVE_BY.search(ctx.grounded, max(0, m.start - 60), m.start):
            out.append(m)
    return out


def _subjects(ctx: _Context) -> list[tuple[NumberMention, str | None, bool, str | None]]:
    """Each counted mention with its noun, child flag and the role of the count before it in the
    sentence; and each pair noun a relative clause follows (two people)."""
    out = []
    for i, x in enumerate(ctx.mentions):
        prior = next((p.role for p in reversed(ctx.mentions[:i]) if p.sentence == x.sentence and p.role), None)
        out.append((x.m, x.noun, x.child, prior))
    for p in _PAIR_WHO.finditer(ctx.grounded):
        out.append((NumberMention(2, Qualifier.exact, p.start(), p.end(), p.start(), p.group(0)), "person", False, None))
    return out


def _relative_cue(ctx: _Context, m: NumberMention, role: str) -> bool:
    return re.compile(rf"{_RELATIVE}{_AUX}(?:{_BACK[role]})\b", re.I).match(ctx.grounded, m.end) is not None


def among_role(ctx: _Context, m: NumberMention) -> str | None:
    """The role an "among them" aside gives a mention, or None when it has none."""
    for x, _noun, _child, prior in _subjects(ctx):
        if x == m:
            return _among(ctx, m, prior)
    return None


def _among(ctx: _Context, m: NumberMention, prior_role: str | None) -> str | None:
    """The role of the count a child stands among ("..., a 10-year-old girl among them")."""
    found = _AMONG.match(ctx.grounded, m.end)
    if found is None:
        return None
    last = found.group("whom").split()[-1].lower()
    return _AMONG_ROLE.get(last, prior_role if prior_role in ("killed", "injured") else None)

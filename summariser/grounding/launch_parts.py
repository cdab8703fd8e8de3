"""A part of a launch total told by its relation to the total, in any order or sentence (dev21 A3,
dev22 A2; broadens dev20 A2's split after a colon): the part has no launch word of its own, it is
launched because the total it belongs to was.

    "Moscow launched 52 missiles. The missiles included six Zircons, two of which were downed."  -> 6
    "Russia sent 30 missiles, among them four Kinzhals, none of which was stopped."              -> 4
    "Russia fired 188 missiles and drones. 91 of the weapons were missiles."                     -> 91
    "Russia launched 150 missiles and drones. Of those, 91 were missiles."                       -> 91
    "Russia fired 75 drones and missiles. Of the 60 drones, 41 were jammed."                     -> 60

A part is a weapon count (or a bare number) that opens a subset ("included", "among them", "of
which", "of those,"), is told as "N of them / of those / of the <weapons> were <type>", or is the
definite whole a sentence opens with ("Of the 60 drones,"); a launched weapon total larger than
it must come before it, in its sentence or the two before. A part a downing verb
governs ("25 of those were downed") is no launch; people and objects ("the targets included four
power plants") are never parts.
"""

from __future__ import annotations

import re
from functools import partial

from ..knowledge import cues
from ..records import Qualifier
from .context import Window, _Context
from .cues import _Mention
from .derived import WEAPON_WORDS, _inside

_WEAPON_NOUNS = ("weapon", None)
# how many sentences back the total may be told
_SENTENCES_BACK = 2


# a vocabulary of the rules' launch-part reader (one cue file for both readers)
_alt = partial(cues.alternation, "launch_parts")


# the copula between a part and its kind: "were", "are", "have been"
_COPULA = _alt("part_copulas")
# a subset opened before the number: "included six", "among them four", "of which 40 were", "Of those, 91"
_OPENS_SUBSET = re.compile(rf"\b(?:{_alt('subset_verbs')}|including|comprising"
                           rf"|among\s+(?:them|those|these|which)(?:\s+(?:{_COPULA}))?|of\s+which|of\s+(?:them|those|these)\s*,)\s+"
                           r"(?:(?:some|about|around|roughly|nearly|almost|at\s+least|up\s+to)\s+)?$", re.I)
# the number told as a part after it: "91 of the weapons were", "32 of the projectiles were", "80 of them were"
_PART_OF = re.compile(rf"\s+of\s+(?:them|those|these|(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+(?:{_COPULA})\s+"
                      r"(?!(?:not\s+|later\s+|then\s+|also\s+)?(?:shot|brought|taken|knocked|intercepted|destroyed|downed"
                      r"|neutrali[sz]ed|jammed|suppressed|stopped|repelled|eliminated|disabled|lost|hit|over|in|above)\b)",
                      re.I)
# a sentence that opens with a definite whole: "Of the 60 drones,", "Of its 97 drones,"
_FRONTED_WHOLE = re.compile(r"\s*[\"“]?of\s+(?:the|its|their|these|those)\s+$", re.I)
# a weapon noun phrase after the number, then a relative on the part ("six Zircons, two of which were downed")
_RELATIVE_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+(?:[\w-]+\s+){0,2}?(?:of\s+)?(?:which|them)\b", re.I)
# a bare number told as weapons after it: "were missiles", "of the weapons were", "were cruise missiles"
# (the generic nouns of a combined wave are the rules' whole nouns: "91 of the aerial targets were missiles")
# a weapon's model code, as wire copy writes it ("Kh-101s", "Kh-22", "S-300s")
_MODEL_CODE = r"(?-i:[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Za-z]?)s?\b"
_WEAPON_AFTER = re.compile(rf"\s+(?:of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:{WEAPON_WORDS}|{_alt('whole_nouns')})\b"
                           # (r29: "Twelve of those were Kh-101s": the part named by its model)
                           rf"|(?:of\s+(?:them|those|these)\s+)?(?:{_COPULA})\s+(?:[\w-]+\s+){{0,2}}?(?:{WEAPON_WORDS}|{_MODEL_CODE}))", re.I)


# r28 (dev50): a bare number that opens its clause and is told as weapons ("fired 18 missiles; twelve were
# ballistic"), and the rest of a split ("... and the other six Kh-101s", "the remaining 20 were drones")
# (r29: or a second part joined by "and": "twelve were Kh-101s and eight were Iskander-Ms")
_CLAUSE_OPEN = re.compile(r"(?:^|[;:]\s*|,\s*(?:and\s+|while\s+|with\s+)?|\s+and\s+)$")
_IS_WEAPONS = re.compile(rf"\s+(?:{_COPULA})\s+(?:[\w-]+\s+){{0,2}}?{WEAPON_WORDS}", re.I)
_THE_REST = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+$", re.I)


def launch_part_hits(value: int, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each part of a launch total whose number is `value`."""
    out = []
    for x in ctx.mentions:
        if x.m.value != value or x.noun not in _WEAPON_NOUNS or not _inside(x.m.start, x.m.end, windows):
            continue
        if not _told_as_part(x, ctx) or _total_before(x, ctx) is None:
            continue
        out.append((x.m.start, x.m.end, x.m.qualifier))
    return out


def _weapon_named(x: _Mention, ctx: _Context) -> bool:
    """The part counts weapons: its noun is a weapon, or a bare number is told as weapons
    ("Of those, 91 were missiles"; "91 of the weapons were ...")."""
    return x.noun == "weapon" or _WEAPON_AFTER.match(ctx.grounded, x.m.end) is not None


def _told_as_part(x: _Mention, ctx: _Context) -> bool:
    if not _weapon_named(x, ctx):
        return False  # "the targets included four power plants"
    s = ctx.sentences[x.sentence]
    before = ctx.grounded[max(s.start, x.m.start - 40):x.m.start]
    free = x.role is None or (x.role == "intercepted" and _RELATIVE_AFTER.match(ctx.grounded, x.m.end) is not None)
    if _OPENS_SUBSET.search(before):
        return free  # "four Kinzhals, none of which was stopped": the downing is the relative's
    if x.role is None and _PART_OF.match(ctx.grounded, x.m.end):
        return True
    if x.role is None and (_CLAUSE_OPEN.search(before) and _IS_WEAPONS.match(ctx.grounded, x.m.end) or _THE_REST.search(before)):
        return True  # r28 (dev50): "...; twelve were Iskander-Ms and the other six Kh-101s"
    return x.role in (None, "launched") and x.noun == "weapon" and _FRONTED_WHOLE.fullmatch(ctx.grounded, s.start, x.m.start) \
        is not None and ctx.grounded.find(",", x.m.end, s.end) >= 0


def _total_before(x: _Mention, ctx: _Context) -> _Mention | None:
    """The launched weapon total the part belongs to: larger, before it, in its sentence or the
    two before (a wire's paragraphs are one sentence each: a break between them counts no more)."""
    first = max(0, x.sentence - _SENTENCES_BACK)
    for t in reversed([t for t in ctx.mentions if first <= t.sentence <= x.sentence and t.m.end <= x.m.start]):
        if t.role == "launched" and t.noun in _WEAPON_NOUNS and t.m.value > x.m.value:
            return t
    return None

"""A wave told as all downed, or all but a few, without the number beside the downing verb:
"Russia fired four cruise missiles, and all of them were shot down" (intercepted = 4), "every one
of them was destroyed", "neither was intercepted" (0), and "all but one" whose whole is in the
sentence before ("Russia fired six missiles. Air defences destroyed all but one": 5), and the few
that got through ("Russia fired 50 drones. Only four of them got through": 46). The whole is the
last weapon count launched before the words, in their sentence or the one before, and of the
weapon the words name when they name one ("all but two of the cruise missiles": the cruise
missiles' count, not the drones' told after it); each reading is `implied`
(`derived.derived_hits` calls it when no cue reading holds).
"""

from __future__ import annotations

import re

from ..lexicon.weapons import ALL_BEFORE_COUNT, ALL_DOWNED, ALL_NAMED, all_downed_around, joined_to_downed_part
from ..numbers import NUMBER, parse_number
from ..records import Qualifier
from ..sentences import sentence_at
from . import vocabulary
from .context import Window, _Context
from .cues import _Mention
from .exceptions import EXCEPT_WORDS

# "all of them were shot down", "all were destroyed", "every one of them was downed", "each was"
# r43 (dev65): "all of which were shot down", "all of which air defence destroyed" (the downing verb within
# five words, `_cue_after`)
_ALL_OF_THEM = re.compile(r"\b(?:all(?:\s+of\s+(?:them|these|those))?|every\s+one\s+of\s+them|each\s+of\s+them)"
                          r"\s+(?=(?:were|was|had\s+been|have\s+been)\b)|\b(?:all|each)\s+of\s+which\s+", re.I)
# "neither was intercepted", "neither of them was shot down": none of a pair downed
_NEITHER = re.compile(r"\bneither(?:\s+of\s+(?:them|these|those))?\s+(?=(?:was|were|had\s+been)\b)", re.I)
# "all but one", "all except two" with no whole before it in its sentence
_ALL_BUT = re.compile(rf"\b(?:all|every\s+one|each)\s+{EXCEPT_WORDS}\s+(?P<k>{NUMBER})\b", re.I)
_WEAPON_NOUNS = ("weapon", None)
# "only four of them got through", "just two of the 30 drones reached their targets"
_FEW_THROUGH = re.compile(rf"\b(?:{vocabulary.pattern('few_openers')})\s+(?P<k>{NUMBER})\b(?P<of>[^.;:]{{0,40}}?)"
                          rf"\s+(?:{vocabulary.pattern('through_phrases')})\b", re.I)
# the weapon the exception names: "of the cruise missiles", "of the Kalibrs"
_OF_WEAPON = re.compile(r"\s+of\s+(?:the|these|those)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_DET_WEAPON = re.compile(r"\s+(?:the|these|those)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)  # "all| the Kalibrs"


def whole_wave_hits(value: int, ctx: _Context, windows: list[Window], cue: re.Pattern[str]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each reading of `value` intercepted as a whole wave (or a
    wave but a few) told without its number."""
    out = []
    for a, b in windows:
        for m in _ALL_OF_THEM.finditer(ctx.grounded, a, b):
            out += [(whole[1], m.end(), whole[2]) for whole in _wholes_before(ctx, m.start())
                    if whole[0] == value and _cue_after(ctx, m.end(), cue)][:1]
        for m in ALL_DOWNED.finditer(ctx.grounded, a, b):  # r47: the active too, "air defence destroyed all of them"
            out += [(whole[1], m.end(), whole[2]) for whole in _wholes_before(ctx, m.start()) if whole[0] == value][:1]
        for m in ALL_NAMED.finditer(ctx.grounded, a, b):
            head = _named_head(ctx, m.start("det") - 1, of=False)
            if head is not None and _cue_before_or_after_named(ctx, m, cue):
                out += [(whole[1], m.end(), whole[2]) for whole in _wholes_before(ctx, m.start(), head=head)
                        if whole[0] == value][:1]
        if value == 0:
            out += [(m.start(), m.end(), Qualifier.exact) for m in _NEITHER.finditer(ctx.grounded, a, b)
                    if _cue_after(ctx, m.end(), cue)]
        for m in _ALL_BUT.finditer(ctx.grounded, a, b):
            k = parse_number(m.group("k"))
            wholes = _wholes_before(ctx, m.start(), previous_only=True, head=_named_head(ctx, m.end()))
            out += [(whole[1], m.end(), whole[2]) for whole in wholes
                    if k is not None and whole[0] - k == value and _cue_before_or_after(ctx, m, cue)][:1]
        out += _few_through(value, ctx, a, b)
        out += _all_sent_downed(value, ctx, a, b, cue)
    return out


def _all_sent_downed(value: int, ctx: _Context, a: int, b: int, cue: re.Pattern[str]) -> list[tuple[int, int, Qualifier]]:
    """r47 (dev69): every weapon sent was downed, told with the launch participle after the count
    ("gunners downed all 17 missiles aimed at the city", "all 12 drones launched at the
    port were destroyed"): the count its participle launches is the number downed too."""
    out = []
    for x in ctx.mentions:
        if x.m.value == value and x.role == "launched" and x.noun == "weapon" and a <= x.m.start < b \
                and (ALL_BEFORE_COUNT.search(ctx.grounded, max(0, x.m.start - 20), x.m.start) or x.m.text.lower().startswith("both")) \
                and all_downed_around(ctx.grounded, x.m.start, x.m.end, b, cue):
            out.append((x.m.start, x.m.end, x.m.qualifier))
    return out


def _few_through(value: int, ctx: _Context, a: int, b: int) -> list[tuple[int, int, Qualifier]]:
    """ "Only four of them got through": the whole before the words less the few."""
    out = []
    for m in _FEW_THROUGH.finditer(ctx.grounded, a, b):
        k = parse_number(m.group("k"))
        of = m.group("of")
        if k is None or of.strip() and not re.match(r"\s*of\s+(?:them|these|those|the)\b", of, re.I):
            continue  # "only four crews got through": the few are no weapons of the wave
        if of.strip() and not of.strip().lower().startswith(("of them", "of these", "of those")) \
                and not any(x.noun == "weapon" and m.start() < x.m.start < m.end() for x in ctx.mentions) \
                and _named_head(ctx, m.start("of")) is None:
            continue
        out += [(whole[1], m.end(), whole[2]) for whole in _wholes_before(ctx, m.start(), head=_named_head(ctx, m.start("of")))
                if whole[0] - k == value and whole[0] > k][:1]
    return out


# How many sentences back an exception that names its weapon may find its whole.
_NAMED_REACH = 3
_VERB_STARTS = {"were", "was", "had", "have", "has", "got", "made", "could", "did", "are", "is", "reached",
                "hit", "struck", "slipped", "broke", "evaded"}
_PHRASE_ENDS = {"and", "or", "as", "while", "but", "over", "in", "on", "near", "across", "from", "at", "by", "with"}


def _named_head(ctx: _Context, pos: int, of: bool = True) -> str | None:
    """The weapon noun an exception names after "of the" ("cruise missiles" -> "missile"), as a
    singular stem; None when it names none ("all but two were downed", "of them"); without `of`,
    after a bare determiner ("all the Kalibrs")."""
    m = (_OF_WEAPON if of else _DET_WEAPON).match(ctx.grounded, pos)
    if m is None:
        return None
    words: list[str] = []
    for w in m.group(1).split():  # the noun phrase ends at its verb ("of the Kalibrs were downed")
        if w.lower() in _VERB_STARTS or w.lower() in _PHRASE_ENDS or re.fullmatch(NUMBER, w, re.I):
            break  # or at the next part: "all but 12 of the drones and 9 of the missiles"
        words.append(w)
    return _stem(words[-1]) if words else None


def _stem(word: str) -> str:
    return re.sub(r"(?:e?s)$", "", word.lower()) if len(word) > 3 else word.lower()


def _names_weapon(ctx: _Context, end: int, head: str) -> bool:
    """Do the words after a count, up to the next count or clause end, name the weapon ("16
    Kh-101 cruise missiles", "16 Kalibrs", "16 Kh-101 and Kalibr cruise missiles")?"""
    phrase = re.split(rf"[.;:]|(?<=\s)(?:{NUMBER})\b", ctx.grounded[end:end + 70])[0]  # "Kh-101": a name
    stems = [_stem(w.strip(",!?)(")) for w in phrase.split()[:6]]
    return any(w == head or w.startswith(head + "-") for w in stems)  # "the Iskanders" of "Iskander-M missiles"


def _cue_after(ctx: _Context, pos: int, cue: re.Pattern[str]) -> bool:
    """The downing verb follows within a few words ("were shot down", "was intercepted")."""
    return cue.search(" ".join(ctx.grounded[pos:pos + 60].split()[:5])) is not None


def _cue_before_or_after(ctx: _Context, m: re.Match[str], cue: re.Pattern[str]) -> bool:
    """ "destroyed all but one", "all but one were shot down": the cue just before or after."""
    before = " ".join(ctx.grounded[max(0, m.start() - 40):m.start()].split()[-3:])
    of = _OF_WEAPON.match(ctx.grounded, m.end())  # "all but two of the cruise missiles were downed"
    # (the weapon's phrase may take in the verb: "of the missiles were shot down", four words on)
    after_of = of is not None and cue.search(" ".join(ctx.grounded[of.start():of.end() + 60].split()[:7])) is not None
    return _cue_after(ctx, m.end(), cue) or after_of or cue.search(before) is not None


def _cue_before_or_after_named(ctx: _Context, m: re.Match[str], cue: re.Pattern[str]) -> bool:
    """ "shot down all the Kalibrs" (the cue within three words before), "all the Kalibrs were
    downed" (the cue within the noun phrase and its verb after)."""
    before = " ".join(ctx.grounded[max(0, m.start() - 40):m.start()].split()[-3:])
    after = " ".join(ctx.grounded[m.end():m.end() + 80].split()[:6])
    return cue.search(before) is not None or cue.search(after) is not None \
        or joined_to_downed_part(ctx.grounded, m.start(), m.end())  # "downed 40 of the drones and all the Kalibrs" (r35)


def _wholes_before(ctx: _Context, pos: int, previous_only: bool = False,
                   head: str | None = None) -> list[tuple[int, int, Qualifier]]:
    """(value, start, qualifier) of the wholes the words at `pos` may be told of, in its sentence
    or the one before (`previous_only`: only when its own sentence, up to `pos`, counts none): the
    last weapon count launched before them, and, told of "them" with no weapon named, the head
    total of a breakdown ("fired 120 weapons: 110 drones and ten missiles. All but 15 of them")."""
    si = sentence_at(list(ctx.sentences), pos)
    own = [x for x in ctx.mentions if x.sentence == si and x.m.start < pos and x.noun in _WEAPON_NOUNS]
    if head is not None:  # "downed 40 of the drones; all but two of the Kinzhals": the drones'
        own = [x for x in own if _names_weapon(ctx, x.m.end, head)]  # part is no whole of the Kinzhals
    if previous_only and own:
        return []  # the whole in its own sentence is `derived._all_but`'s
    prior = own or [x for x in ctx.mentions if x.sentence == si - 1 and x.noun in _WEAPON_NOUNS]
    if head is not None:  # "all but two of the cruise missiles": the cruise missiles' count, as
        # far back as the weapon's naming reaches (a sentence on the defence may come between)
        prior = own or [x for x in ctx.mentions if si - _NAMED_REACH <= x.sentence < si and x.noun in _WEAPON_NOUNS]
        prior = [x for x in prior if _names_weapon(ctx, x.m.end, head)]
    launched = [x for x in prior if x.role in (None, "launched") and x.noun == "weapon"]
    wholes = [] if head is not None else [x for x in prior if _heads_breakdown(ctx, x, prior)]
    return [(x.m.value, x.m.start, x.m.qualifier) for x in launched[-1:] + wholes]


# What opens the parts of a total after it: a colon, a dash, a bracket, "including", "of which"
_BREAKDOWN = re.compile(r"[^.;]*?(?::|\(|\s[—–-]\s|,?\s+(?:including|of\s+which|among\s+them|of\s+them)\b)", re.I)


_PART_OF = re.compile(r"\s+(?:of|among)\s+(?:them|these|those|which)\b", re.I)


def _heads_breakdown(ctx: _Context, x: _Mention, prior: list[_Mention]) -> bool:
    """A launched total whose parts follow it, weapons counted after a breakdown opener before any
    other count ("launched 300 drones and missiles: 280 drones, ..."; "75 weapons, including 70")."""
    after = [y for y in prior if y.sentence == x.sentence and y.m.start > x.m.end]
    if x.role != "launched" or not after or not any(y.noun == "weapon" for y in after):
        return False
    return _BREAKDOWN.match(ctx.grounded, x.m.end, after[0].m.start) is not None \
        or _PART_OF.match(ctx.grounded, after[0].m.end) is not None  # "62 UAVs, some 50 of them Gerans"

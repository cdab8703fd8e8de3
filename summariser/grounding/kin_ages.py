"""Children told as coordinated people with their ages, inside a casualty count (dev13 class A2):
"five hurt, among them twin brothers aged 8" (2 children), "three hurt, including a mother and her
daughter, aged 41 and 10" (1), "two of the injured are a boy and his sister, 13 and 6" (2), "two
died: siblings aged 14 and 16" (2), "among them 9-year-old twins" (2). The codebook counts
under-18s, and people described one by one are counted.

A group is a list of people (`groups.LIST`), a family told as a relation (`people._FAMILY`), a pair
(`people.PAIR`; twins share one age) or plural kin with no count ("siblings", `plural_kin_nouns`:
as many as the ages). Its ages follow it ("aged 7 and 15", ", 13 and 6,", "(41 and 10)") and must
be as many as its people (`articles.told_ages`, the reader the rules use too). The children are
the people under 18; their role is the casualty count the group stands in ("among them",
"including", a colon or "are" after the count) or the cue that reads the group itself. Kin
outside the casualties ("; their grandchildren, aged 6 and 9, were with neighbours") and adults
are never children.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..articles.told_ages import ADULT_AGE, ages_after, children_among, parse_age
from ..numbers import NUMBER_WORD
from ..records import Qualifier
from . import vocabulary
from .context import Window, _Context
from .cue_gaps import INCLUDING as _INCLUDING
from .groups import LIST, _total
from .people import PAIR, _family_mentions
from ..sentences import Sentence

# an age before plural kin: "9-year-old", "7-" of "7- and 15-year-old"
_AGE = rf"(?:\d{{1,2}}|{NUMBER_WORD})"
# ages told before plural kin: "9-year-old twins", "7- and 15-year-old brothers", "six- and eight-year-old sisters"
_AGES_BEFORE = re.compile(rf"\b(?P<ages>{_AGE}(?:-year-old|-)?(?:\s*(?:,|and|&)\s*{_AGE}(?:-year-old|-)?)*)-year-old\s+"
                          rf"(?P<kin>{vocabulary.pattern('plural_kin_nouns')})\b", re.I)
# plural kin with its owner and one adjective: "their sons", "the family's daughters", "Olena's
# sons", "the Melnyks' boys", "his young nephews" (the owner is part of the group, so the casualty
# count's "among them" stands right before it)
_PLURAL_KIN = re.compile(rf"\b(?:(?:his|her|their|the|two|both|(?:the\s+)?[\w-]+['’]s?)\s+)?"
                         rf"(?:(?:young|little|teenage|small|youngest|eldest|younger|older|twin)\s+)?"
                         rf"(?:{vocabulary.pattern('plural_kin_nouns')})\b", re.I)
_TWINS = re.compile(r"\btwins?\b", re.I)
# the casualty count a group stands in: "wounded five, among them", "two died:", "of the injured are"
_IN_COUNT = re.compile(rf"(?:{_INCLUDING}|:|\b(?:are|were|was|is)\b)\s*(?:\w+\s+)?$", re.I)
_CASUALTY = ("killed", "injured")


def kin_age_hits(value: int, role: str, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each aged group whose children number `value`, in a `role` count."""
    out = []
    for si, s in enumerate(ctx.sentences):
        if not any(a < s.end and s.start < b for a, b in windows):
            continue
        for start, end, minors in _aged_groups(ctx.grounded, s):
            if minors == value and _group_role(ctx, si, start, end) == role:
                out.append((start, end, Qualifier.exact))
    return out


def _aged_groups(text: str, s: Sentence) -> Iterator[tuple[int, int, int]]:
    """(start, end, children) of each group with as many ages as people."""
    for before in _AGES_BEFORE.finditer(text, s.start, s.end):
        words = re.split(r"\s*(?:,|\band\b|&)\s*", before.group("ages"))
        ages = [parse_age(w.replace("-year-old", "").rstrip("-")) for w in words if w]
        if len(ages) == 1 and _TWINS.search(before.group("kin")):
            ages = ages * 2  # "9-year-old twins"
        if len(ages) > 1 and all(a is not None for a in ages):
            yield before.start(), before.end(), sum(1 for a in ages if a is not None and a < ADULT_AGE)
    for start, end, size in _groups(text, s):
        told = ages_after(text, end)
        if told is None or not told.aged and len(told.ages) == 1:
            continue  # a bare single number after a group is no age
        people = len(told.ages) if size is None else size
        twins = people == 2 and _TWINS.search(text, start, end) is not None  # twins share their age
        children = children_among([2] if twins else [1] * people, told)
        if people > 1 and children is not None:
            yield start, told.end, children


def _groups(text: str, s: Sentence) -> Iterator[tuple[int, int, int | None]]:
    """(start, end, people) of each group of people in the sentence; None: as many as its ages."""
    for m in LIST.finditer(text, s.start, s.end):
        if (n := _total(m.group(0))) is not None:
            yield m.start(), m.end(), n
    for f in _family_mentions(text, s):
        yield f.start, f.end, f.value
    for m in PAIR.finditer(text, s.start, s.end):
        yield m.start(), m.end(), 2
    for m in _PLURAL_KIN.finditer(text, s.start, s.end):
        counted = m.group(0).split()[0].lower() in ("two", "both")
        yield m.start(), m.end(), 2 if counted else None


def _group_role(ctx: _Context, si: int, start: int, end: int) -> str | None:
    """The role of the group: the cue that reads a mention of it, else the casualty count before it
    in its sentence when the group stands in it (no ";" between)."""
    own = [x.role for x in ctx.mentions if x.sentence == si and start <= x.m.start < end and x.role in _CASUALTY]
    if own:
        return own[0]
    before = [x for x in ctx.mentions if x.sentence == si and x.m.end <= start and x.role in _CASUALTY
              and x.noun in ("person", "child", None)]
    if not before:
        return None
    gap = ctx.grounded[before[-1].m.end:start]
    return before[-1].role if ";" not in gap and _IN_COUNT.search(gap) else None

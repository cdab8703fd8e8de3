"""A toll told as a part of a group of people: "killed two of its drivers", "one of our
conductors was injured", "three of the plant's engineers died", "wounding four of their
colleagues". The number counts the people of the partitive (the group is no toll); the cue stands
before the number (active voice) or after the group (passive or intransitive). "One of its
substations" and "two of the drones" are no people: the group must be a person noun."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...numbers import NumberMention
from ...records import Count
from ...sentences import Sentence
from .common import CountHit, count_of, span_of

# "of its / their / our / the / the plant's / the city's [own] [young]" before the group's noun
_GROUP = re.compile(
    r"\s+of\s+(?:its|their|our|his|her|my|the|these|those)\s+(?:(?:[\w-]+\s+)?[\w-]+['’]s?\s+)?(?:(?!and\b|or\b)[\w-]+\s+){0,2}?"
    rf"(?P<noun>{lx.PERSON_NOUN_ALT})\b", re.I)
_CUE_BEFORE = re.compile(rf"\b(?P<cue>{lx.KILLED_BEFORE}|{lx.INJURED_BEFORE})\s+$", re.I)
# (r30: an aside between the group and its verb, "two of the workers, all men in their forties, were
# wounded", "three of the staff, among them a cook, were hurt")
_CUE_AFTER = re.compile(
    r"(?:\s*,[^,.;:\d]{1,60},)?\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|got|are|is)\s+)?(?:[a-z]+ly\s+)?"
    rf"(?P<cue>{lx.KILLED_AFTER}|{lx.INJURED_AFTER})\b", re.I)
_KILLED = re.compile(r"kill|claim|took|cost|left\s+dead|dead|died|perish|lost|fatal|death", re.I)


def partitive_casualties(text: str, end: int, numbers: list[NumberMention],
                         fields: set[str]) -> list[tuple[int, CountHit]]:
    """(position, hit) per partitive toll in the sentence ending at `end` whose field the sentence
    does not count yet."""
    out: list[tuple[int, CountHit]] = []
    for m in numbers:
        if m.end > end or m.value == 0:
            continue
        group = _GROUP.match(text, m.end, end)
        if group is None:
            continue
        cue = _CUE_BEFORE.search(text, max(0, m.start - 40), m.start) or _CUE_AFTER.match(text, group.end(), end)
        if cue is None:
            continue
        kind = "killed" if _KILLED.match(cue.group("cue")) else "injured"
        child = bool(re.fullmatch(lx.CHILD_NOUN_ALT, group.group("noun"), re.I))
        name = f"children_{kind}" if child else kind
        if name in fields:
            continue  # a count of its own in the sentence says more
        fields.add(name)
        out.append((m.start, CountHit(name, count_of(text, m), child)))
        if child and kind not in fields:  # "three of its pupils": the children are the whole toll told
            fields.add(kind)
            out.append((m.start, CountHit(kind, count_of(text, m), True)))
    return out


# r18 (dev34-A3): a child singled out of the people counted before ("Four residents have shrapnel
# wounds; one of them is a schoolboy of 13", "... a girl of 12 is one of them")
_CHILD_IS_ONE = re.compile(
    rf"\b(?P<n>(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{lx.CHILD_NOUN_ALT})(?:\s+(?:aged|of)\s+\d{{1,2}})?)"
    r"\s+(?:is|was)\s+(?:also\s+)?(?:one\s+of\s+them|among\s+them)\b", re.I)


def children_of_group(text: str, s: Sentence, numbers: list[NumberMention], hits: list[tuple[int, CountHit]],
                      fields: set[str]) -> list[tuple[int, CountHit]]:
    """(position, hit) of the children singled out of a toll told before them in the sentence,
    when that toll is read only after the numbers' own cues (a group told by the injuries it has,
    `injuries_had`): "one of them is a schoolboy of 13", "two of them are teenagers", "a girl of 12 is
    one of them" are children_<the toll's field>. Adults singled out ("the eldest is a man of 40")
    and a group with no toll ("three people have left; one of them is a boy") give nothing."""
    parts = [(m.start, count_of(text, m)) for m in numbers
             if m.end <= s.end and lx.PART_ARE_CHILDREN.match(text[m.end:s.end])]
    parts += [(c.start("n"), Count(value=1, evidence=span_of(text, c.start("n"), c.end("n"))))
              for c in _CHILD_IS_ONE.finditer(text, s.start, s.end)]
    out: list[tuple[int, CountHit]] = []
    for pos, count in sorted(parts, key=lambda p: p[0]):
        tolls = sorted((p, h) for p, h in hits if not h.field.startswith("children_") and p < pos)
        if not tolls:
            continue
        whole = tolls[-1][1]
        name = f"children_{whole.field}"
        if name in fields or count.value > whole.count.value:
            continue
        fields.add(name)
        out.append((pos, CountHit(name, count, True)))
    return out

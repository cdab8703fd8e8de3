"""Children told in the sentence after their toll (r13, dev24 D3): "Drones hit X, wounding seven.
Among them is a girl aged 11." / "... Among them are two children." The opener
("among them", "of them") points back at the people the sentence before counted, so the
children are a part of that toll: children_<role>, the role of that sentence's last casualty
word. A sentence before with no casualty word (evacuated, rescued people) gives nothing.

r40: the youngest of a toll named as one child ("... wounding nine. The youngest victim was a girl of
15", "wounding six, the youngest a girl aged 9"): one child of the toll the frame's role noun names
("the youngest of the dead"), else of the toll told before it in its sentence or the sentence before."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...articles.told_ages import ADULT_AGE
from ...numbers import NUMBER, parse_number
from ...records import Count
from ...sentences import Sentence
from .common import CountHit, span_of, toll_told_before

_OPENER = re.compile(r"\s*(?:among\s+them|of\s+them|of\s+those)\s*,?\s*(?:is|was|are|were)?\s*", re.I)
_COUNTED = re.compile(rf"(?P<n>{NUMBER})\s+(?:(?:young|little|small)\s+)?(?:{lx.CHILD_NOUN_ALT})\b", re.I)
_KILLED = re.compile(r"\b(?:kill\w*|dead|died|deaths?|lives)\b", re.I)
_INJURED = re.compile(r"\b(?:injur\w*|wound\w*|hurt\w*|hospitali[sz]ed)\b", re.I)
_PREVIOUS = 300  # how far back the sentence before is looked for
_AGED_ONE = re.compile(r"(?:an?|one)\s+(?P<age>\d{1,2})-year-old\b", re.I)


def children_after_toll(text: str, s: Sentence, one_child: re.Pattern[str], fields: set[str]) -> list[tuple[int, CountHit]]:
    """The children a sentence opened by "among them" counts, as a part of the toll told just
    before; `one_child` reads one child ("a girl of 6", "a schoolboy aged 14")."""
    opener = _OPENER.match(text, s.start, s.end)
    if opener is None or opener.end() == s.start:
        return []
    role = _role_before(text, s.start)
    name = f"children_{role}" if role else None
    if name is None or name in fields:
        return []
    if (m := _COUNTED.match(text, opener.end(), s.end)) is not None and (n := parse_number(m.group("n"))):
        fields.add(name)
        return [(m.start(), CountHit(name, Count(value=n, evidence=span_of(text, m.start(), m.end())), True))]
    if (m := one_child.match(text, opener.end(), s.end)) is not None:
        fields.add(name)
        return [(m.start(), CountHit(name, Count(value=1, evidence=span_of(text, m.start(), m.end())), True))]
    return []


def _role_before(text: str, start: int) -> str | None:
    """killed or injured: the last casualty word of the sentence before `start`."""
    before = text[max(0, start - _PREVIOUS):start].rstrip()
    cut = max(before[:-1].rfind(". "), before[:-1].rfind("\n"))
    before = before[cut + 1:]
    found = [(m.start(), "killed") for m in _KILLED.finditer(before)] + \
        [(m.start(), "injured") for m in _INJURED.finditer(before)]
    return max(found)[1] if found else None


def youngest_of_toll(text: str, s: Sentence, one_child: re.Pattern[str], hits: list[tuple[int, CountHit]],
                     fields: set[str]) -> list[tuple[int, CountHit]]:
    """One child of a toll from "the youngest <of them> is <a child>" in sentence `s`."""
    for m in lx.YOUNGEST_RE.finditer(text, s.start, s.end):
        if lx.youngest_of_children(text, s.start, m.start()):
            continue
        child = one_child.match(text, m.end(), s.end)
        aged = _AGED_ONE.match(text, m.end(), s.end)  # "the youngest was a 14-year-old", no noun
        child = child or (aged if aged is not None and int(aged.group("age")) < ADULT_AGE else None)
        if child is None:
            continue
        role = lx.youngest_role(m.group("frame")) or toll_told_before(hits, m.start()) or _role_before(text, s.start)
        name = f"children_{role}" if role else None
        if name is not None and name not in fields:
            fields.add(name)
            return [(child.start(), CountHit(name, Count(value=1, evidence=span_of(text, child.start(), child.end())), True))]
    return []


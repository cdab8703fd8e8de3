"""Children counted by who they are rather than by a numeral (dev17 A1), for the LLM path's
children_killed / children_injured:

- a list of casualties told each with an age, inside or right after the count ("six people were
  wounded, a boy of 9 and his 15-year-old cousin among them": 2; "among them a girl, 12, and her
  brother, 8": 2), every person under 18 one child;
- a partitive of the count told in the sentence before ("The toll rose to eleven injured. Two of
  them are girls aged 6 and 13.": 2; "One of them was a 16-year-old boy.": 1), when its persons are
  children (a child word, or every age under 18; "a student of 19" is none).

- a fronted frame whose noun is the role ("Among the wounded were a boy of 8 and his 15-year-old
  cousin": 2, no count needed), or a pronoun frame after a count ("Seven were hurt. Among them were
  a girl aged 7 and her brother, who is six": 2; "They include a boy of 4": 1; dev21 A4), and one
  aged person marked "included" after a count ("wounded four, a boy of 11 included": 1).

Each reading is `implied`; the role is the casualty count's (`cues`) or the frame noun's, never
read from the list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..articles.told_ages import ADULT_AGE
from ..lexicon.casualties import CHILD_NOUN_ALT, YOUNGEST_RE, youngest_of_children, youngest_role
from ..numbers import parse_number
from ..records import Qualifier
from ..sentences import sentence_at
from . import vocabulary
from .context import Window, _Context
from .cues import _Mention

_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty").split()
_N = r"(?:\d{1,2}|" + "|".join(_WORDS) + r")"


@lru_cache(maxsize=1)
def _age_patterns() -> tuple[re.Pattern[str], ...]:
    """Where an age is told: "15-year-old", "a boy of 9" / "of nine", "girls aged 6 and 13", "a girl, 12," / "(12)"."""
    person = vocabulary.pattern("age_of_nouns")
    return (re.compile(rf"\b({_N})-year-olds?\b", re.I),
            re.compile(rf"\b(?:{person})s?\s+of\s+({_N})\b", re.I),
            re.compile(rf"\b(?:{person}),?\s+\(?(\d{{1,2}})\)?(?=\s*(?:,|\)|\.|;|$|\band\b))", re.I),
            re.compile(rf"\baged\s+({_N}(?:\s*(?:,|and|&)\s*{_N})*)\b", re.I),
            # the rest of the family (dev21 A4): "a cousin who was seven", "his sister, now nine",
            # "a boy six years old", "a girl, age 4"
            re.compile(rf"\b(?:who|that)\s+(?:is|was|are|were)\s+(?:only\s+|just\s+|now\s+)?({_N})\b"
                       rf"(?!\s*(?:%|per|of|km|kilomet|met|mile|hour|minute|day|week|month|times|years?\s+ago))", re.I),
            re.compile(rf",\s*now\s+({_N})\b(?!\s*(?:%|per|of|km|hour|day|week|month|years?\s+ago))", re.I),
            re.compile(rf"\b({_N})\s+years?\s+old\b", re.I),
            re.compile(rf"\bage\s+({_N})\b", re.I))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    partitive = re.compile(rf"\b(?P<n>one|two|three|four|five|six|\d)\s+(?:{vocabulary.pattern('partitive_of_them')})"
                           rf"\s*(?:,?\s+(?:is|are|was|were|being)\s+|[—–-]\s*|:\s*|,\s*|\s+)(?P<rest>[^.;]*)", re.I)
    opener = re.compile(rf"\b(?:{vocabulary.pattern('aged_list_openers')})\b|:|—|–|\s-\s|\(", re.I)
    child = re.compile(rf"\b(?:{CHILD_NOUN_ALT})\b", re.I)
    return partitive, opener, child


def _ages(words: str) -> list[int]:
    """Every age told in the words ("a boy of 9 and his 15-year-old cousin": [9, 15]; "aged 6 and 13": [6, 13])."""
    found: dict[int, int] = {}
    for pattern in _age_patterns():
        for m in pattern.finditer(words):
            for n in re.finditer(_N, m.group(1), re.I):
                found[m.start(1) + n.start()] = parse_number(n.group(0)) or 0
    return list(found.values())


def _children_only(words: str) -> bool:
    """The persons told are children: every age given is under 18, or no age and a child word."""
    ages = _ages(words)
    return all(age < ADULT_AGE for age in ages) if ages else _patterns()[2].search(words) is not None


def _count_before(ctx: _Context, si: int, pos: int) -> list[_Mention]:
    """The casualty count a frame at `pos` of sentence `si` refers to: the last one before it in its
    sentence, else the last of the sentence before (at most one)."""
    own = [x for x in ctx.mentions if x.sentence == si and x.m.end <= pos and x.role in ("killed", "injured")]
    return own[-1:] or [x for x in ctx.mentions if x.sentence == si - 1 and x.role in ("killed", "injured")][-1:]


def aged_child_hits(value: int, role: str, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each reading of `value` children of `role` (killed or injured)."""
    out = []
    sentences = list(ctx.sentences)
    for a, b in windows:
        for i, s in enumerate(sentences):
            if s.start < b and a < s.end:
                out += _listed(value, role, ctx, s.start, s.end) + _partitive(value, role, ctx, s.start, s.end)
                out += _one_among(value, role, ctx, s.start, s.end) + _framed(value, role, ctx, s.start, s.end)
                out += _one_included(value, role, ctx, s.start, s.end) + _youngest(value, role, ctx, s.start, s.end)
            elif i and sentences[i - 1].start < b and a < sentences[i - 1].end:  # a partitive right after the count's sentence
                out += _partitive(value, role, ctx, s.start, s.end) + _one_among(value, role, ctx, s.start, s.end)
                out += _youngest(value, role, ctx, s.start, s.end)
    return out


def _listed(value: int, role: str, ctx: _Context, start: int, end: int) -> list[tuple[int, int, Qualifier]]:
    """A list of aged casualties after a count of this role in its sentence (the last count before
    the list decides: "two died and six were hurt, a boy of 9 among them": the hurt)."""
    si = sentence_at(ctx.sentences, start)
    counts = [x for x in ctx.mentions if x.sentence == si and x.role in ("killed", "injured") and not x.child
              and not _patterns()[2].search(x.m.text)]  # the listed children are no count of their own
    if _patterns()[1].search(ctx.grounded, start, end) is None or not counts:
        return []
    for count, after in zip(counts, [*counts[1:], None]):
        stop = after.m.start if after is not None else end
        ages = _ages(ctx.grounded[count.m.end:stop])
        children = sum(1 for age in ages if age < ADULT_AGE)
        if count.role == role and len(ages) >= 2 and children == value and count.m.value >= len(ages):
            return [(count.m.start, stop, Qualifier.exact)]
    return []


def _partitive(value: int, role: str, ctx: _Context, start: int, end: int) -> list[tuple[int, int, Qualifier]]:
    """ "Two of them are girls aged 6 and 13" after a sentence whose count has this role."""
    si = sentence_at(ctx.sentences, start)
    out = []
    for m in _patterns()[0].finditer(ctx.grounded, start, end):
        n = parse_number(m.group("n"))
        told = _count_before(ctx, si, m.start())
        if n != value or not told or told[0].role != role or (told[0].m.value or 0) < n:
            continue
        if _children_only(m.group("rest")):
            out.append((m.start(), m.end(), Qualifier.exact))
    return out


# one person told in an "among the victims" frame: "Among the victims was a boy", "among them is a
# baby" (the frame's role is the count's told before it, in its sentence or the one before)
_ONE_AMONG = re.compile(r"\bamong\s+(?:them|the\s+[\w-]+|those\s+[\w-]+)\s+(?:was|is)\s+(?:an?|one)\s+"
                        r"(?P<rest>(?:[\w-]+\s+){0,2}?[\w-]+)\b", re.I)


def _one_among(value: int, role: str, ctx: _Context, start: int, end: int) -> list[tuple[int, int, Qualifier]]:
    """ "Among the victims was a boy" after a count of this role: one child."""
    return _one_of_count_before(_ONE_AMONG, _children_only, value, role, ctx, start, end)


def _one_of_count_before(pattern: re.Pattern[str], one_child: Callable[[str], bool], value: int, role: str,
                         ctx: _Context, start: int, end: int) -> list[tuple[int, int, Qualifier]]:
    """Where `pattern` tells one person of the count of this role told before it, and its
    `rest` group is one child: a count of one child."""
    if value != 1:
        return []
    si = sentence_at(ctx.sentences, start)
    out = []
    for m in pattern.finditer(ctx.grounded, start, end):
        told = _count_before(ctx, si, m.start())
        if told and told[0].role == role and one_child(m.group("rest")):
            out.append((m.start(), m.end(), Qualifier.exact))
    return out


def _framed(value: int, role: str, ctx: _Context, start: int, end: int) -> list[tuple[int, int, Qualifier]]:
    """ "Among the wounded were a boy of 8 and his 15-year-old cousin": the frame's noun is the
    role, so no count is needed; every listed person under 18 is one child."""
    nouns = vocabulary.pattern(f"frame_nouns_{role}")
    # (a time between the noun and the verb: "Among those buried on Saturday was ...")
    frame = re.compile(rf"\bamong\s+(?:the|those)\s+(?:{nouns})(?:\s+(?:on|in|at|this|last|yesterday|today)(?:\s+[\w-]+)?)?"
                       rf"\s+(?:are|were|is|was)\s+(?P<rest>[^.;]*)", re.I)
    out = []
    for m in frame.finditer(ctx.grounded, start, end):
        children = sum(1 for age in _ages(m.group("rest")) if age < ADULT_AGE)
        if children == value:
            out.append((m.start(), m.end(), Qualifier.exact))
    si = sentence_at(ctx.sentences, start)
    for m in _PRONOUN_FRAME.finditer(ctx.grounded, start, end):  # "Among them were ...", "They include ..."
        told = _count_before(ctx, si, m.start())
        children = sum(1 for age in _ages(m.group("rest")) if age < ADULT_AGE)
        if told and told[0].role == role and children == value and (told[0].m.value or 0) >= value:
            out.append((m.start(), m.end(), Qualifier.exact))
    return out


# a list framed by a pronoun for the count told before it (dev21 A4): "Among them were a girl aged
# 7 and her brother, who is six", "They include a boy of 4", "Those hurt included a baby, 1,"
_PRONOUN_FRAME = re.compile(r"\b(?:among\s+(?:them|these|those|whom)\s*,?\s+(?:are|were|is|was)|(?:they|these|those)"
                            r"(?:\s+(?:hurt|injured|wounded|killed|dead))?\s+(?:include|included|includes))\s+"
                            r"(?P<rest>[^.;]*)", re.I)


# r40: the youngest of a toll named as one child: "Nine were hurt. The youngest victim was a girl of
# 15", "injuring six, the youngest a girl aged 9" (the frame's role noun, else the count's before it)
_YOUNGEST = re.compile(YOUNGEST_RE.pattern + r"(?P<rest>(?:an?|one)\s+[^,.;]{1,40})", YOUNGEST_RE.flags)


def _youngest(value: int, role: str, ctx: _Context, start: int, end: int) -> list[tuple[int, int, Qualifier]]:
    """ "The youngest of the wounded is a boy of 15": one child of that role, or of the count before."""
    if value != 1:
        return []
    si = sentence_at(ctx.sentences, start)
    out = []
    for m in _YOUNGEST.finditer(ctx.grounded, start, end):
        if youngest_of_children(ctx.grounded, start, m.start()):
            continue  # "two were children, the youngest a toddler": the children's own count
        named = youngest_role(m.group("frame"))
        told = [named] if named else [x.role for x in _count_before(ctx, si, m.start())]
        if told[:1] == [role] and _children_only(m.group("rest")):
            out.append((m.start(), m.end(), Qualifier.exact))
    return out


# one aged person marked as part of the toll after it: "wounded four, a boy of 11 included"
_INCLUDED = re.compile(r",\s*(?P<rest>(?:an?|one)\s+[^,.;]{1,40}?)\s+included\b", re.I)


def _one_included(value: int, role: str, ctx: _Context, start: int, end: int) -> list[tuple[int, int, Qualifier]]:
    """ "Shelling wounded four people, a boy of 11 included": one child of the count before."""
    return _one_of_count_before(_INCLUDED, _one_aged_child, value, role, ctx, start, end)


def _one_aged_child(rest: str) -> bool:
    ages = _ages(rest)
    return len(ages) == 1 and ages[0] < ADULT_AGE

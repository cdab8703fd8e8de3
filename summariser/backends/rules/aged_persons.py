"""A toll's people listed one by one, each with an age of its own (dev21 A4/B6): "killed nine,
among them a 6-year-old girl and a boy of 15", "Seven were wounded. Among them were a boy of 4 and
his sister, aged nine", "They include a teenager, 15, and a woman of 60", "... and a cousin who was
seven". Every listed person under 18 (or named as a child with no age) is a child of the toll
(codebook 6). The toll is the nearest one told before the list in its sentence, the one its opener
names ("among the wounded were"), or, for a list opening its sentence, the toll of the sentence
before. Lists whose ages follow them all together ("a boy and his sister, 13 and 6", "a nephew and a
niece, aged 5 and 3") are `described_children`'s: an age followed by "and <age>" is not one
person's."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...articles.told_ages import ADULT_AGE, AGE_WORD, parse_age
from ...knowledge import cues
from ...records import Count
from ...sentences import SENTENCE_END, Sentence
from .common import CountHit, span_of, toll_told_before

_NOUN = rf"(?:{lx.PERSON_NOUN_ALT}|{cues.alternation('casualties', 'relation_nouns')})"


def _age(i: int) -> str:
    """The age of one form of the pattern (one group name per form)."""
    return f"(?P<age{i}>{AGE_WORD})"


# one person with the age told in any of the press's forms
_PERSON = re.compile(
    rf"(?:a|an|one|her|his|their|the|its)\s+(?:(?P<pre>{AGE_WORD})-year-old\s+)?"
    rf"(?:(?:young|little|teenage|elder|older|younger|baby|infant)\s+)?(?P<noun>{_NOUN})\b"
    rf"(?P<post>\s+(?:of|aged)\s+{_age(1)}|\s*,\s*(?:aged\s+|now\s+)?{_age(2)}(?:\s+years?\s+old)?(?=\s*(?:,|\band\b(?!\s+{AGE_WORD}\b)|[.;]|$))"
    rf"|\s*\(\s*{_age(3)}\s*\)|\s*,?\s+who\s+(?:is|was)\s+(?:now\s+)?{_age(4)}\b|\s+{_age(5)}\s+years?\s+old)?", re.I)
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
_ROLE = r"(?P<role>dead|killed|victims|fatalities|wounded|injured|hurt)"
_OPENER = re.compile(
    rf"\b(?:among\s+(?:them|whom|those)|including|they\s+include[ds]?|these\s+include[ds]?"
    rf"|among\s+(?:the|those)\s+{_ROLE})(?:\s+(?:were|are))?\s+(?!(?:was|is)\b)", re.I)  # "was": one person
_KILLED = re.compile(r"\b(?:killed|killing|dead|died|deaths?|lives|fatalities|bodies)\b", re.I)
_INJURED = re.compile(r"\b(?:injured|injuring|wounded|wounding|hurt|hurting|injuries|hospitali[sz]ed)\b", re.I)


def _listed(text: str, pos: int, end: int) -> tuple[list[re.Match[str]], int]:
    """The persons listed from `pos` and where the list ends. Items joined by commas alone are one
    person told twice ("a teenager, a 16-year-old girl"): a list of several closes with "and"."""
    people: list[re.Match[str]] = []
    joined = False
    while (m := _PERSON.match(text, pos, end)) is not None:
        people.append(m)
        pos = m.end()
        sep = _SEP.match(text, pos, end)
        if sep is None or _PERSON.match(text, sep.end(), end) is None:
            break
        joined = joined or bool(re.search(r"\band\b", sep.group(0), re.I))
        pos = sep.end()
    return (people if joined else people[:1]), pos


def _age_of(m: re.Match[str]) -> str | None:
    return m.group("pre") or next((m.group(f"age{i}") for i in range(1, 6) if m.group(f"age{i}")), None)


def _is_child(m: re.Match[str]) -> bool | None:
    """True for a person under 18, False for an adult, None when the list says nothing of the age."""
    told = _age_of(m)
    if told is not None:
        age = parse_age(told)
        return None if age is None else age < ADULT_AGE
    return True if re.fullmatch(lx.CHILD_NOUN_ALT, m.group("noun"), re.I) else None


def _toll_before(text: str, s: Sentence, hits: list[tuple[int, CountHit]], opener: re.Match[str]) -> str | None:
    """killed or injured: the toll the list belongs to."""
    if opener.group("role"):
        return "killed" if _KILLED.match(opener.group("role")) or opener.group("role").lower() in ("victims",) else "injured"
    told = toll_told_before(hits, opener.start())
    if told:
        return told
    if text[s.start:opener.start()].strip(" \t\"“*•-—–"):
        return None  # the list is not its sentence's opening: no toll to lend
    ends = [m.end() for m in SENTENCE_END.finditer(text, max(0, s.start - 400), s.start)]
    prev = text[ends[-2] if len(ends) >= 2 else max(0, s.start - 400):s.start]
    kinds = sorted([(m.start(), "killed") for m in _KILLED.finditer(prev)] + [(m.start(), "injured") for m in _INJURED.finditer(prev)])
    return kinds[-1][1] if kinds else None


def aged_persons(text: str, s: Sentence, hits: list[tuple[int, CountHit]], fields: set[str]) -> list[tuple[int, CountHit]]:
    """(position, hit) of the children among a toll's people listed each with an age."""
    out: list[tuple[int, CountHit]] = []
    for opener in _OPENER.finditer(text, s.start, s.end):
        people, end = _listed(text, opener.end(), s.end)
        ages = [_is_child(p) for p in people]
        if len(people) < 2 or not any(_age_of(p) for p in people):
            continue  # one person, or no age of each: the other readers' lists
        kind = _toll_before(text, s, hits, opener)
        kids = sum(1 for a in ages if a)
        if kind is None or not kids or f"children_{kind}" in fields:
            continue
        fields.add(f"children_{kind}")
        out.append((people[0].start(), CountHit(f"children_{kind}", Count(value=kids, evidence=span_of(text, people[0].start(), end)),
                                                True)))
    return out


# r15 (dev28 D1): one person told by age or noun, with what they were doing between the subject and
# the verb ("An 80-year-old woman sheltering in her cellar was hurt", "a man of 67 walking his dog
# was wounded"): one of the toll, as `lx.SINGLE_PERSON` reads it without the phrase
_DOING_PERSON = re.compile(
    rf"\b(?P<n>(?:a|an|one)\s+(?:\d{{1,3}}-year-old\s+|elderly\s+|young\s+|teenage\s+|local\s+)?"
    rf"{lx.TRADE_WORD}(?P<noun>{cues.alternation('casualties', 'single_person_nouns')}))\b(?:\s+(?:aged|of)\s+\d{{1,3}})?"
    r"\s+[a-z]+ing(?:\s+(?!(?:and|or|but|was|were|is|are|has|have|had|been|who|which)\b)[\w'’-]+){0,6}?"
    r"\s+(?:was|has\s+been|had\s+been|is)\s+(?:(?:seriously|severely|critically|badly|fatally|lightly|slightly)\s+)?"
    r"(?P<cue>killed|injured|wounded|hurt)\b", re.I)


def doing_persons(text: str, s: Sentence) -> list[re.Match[str]]:
    """One person each, told with a participial phrase before the casualty verb (groups n, noun, cue)."""
    return list(_DOING_PERSON.finditer(text, s.start, s.end))

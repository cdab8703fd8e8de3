"""A person named as part of a toll, the aside told AFTER the person: "wounding nine people, a
boy of 15 among them", "eleven were hurt, two teenagers among the injured", "injuring four, a
pensioner of 81 included". The person is one of the toll before it, never one more (a list
"six people, a girl" is no list when "among them" follows), and a child by noun or by an age
under 18 ("a <noun> of <age>", "aged <age>", "<age>-year-old") counts as children of that toll.
The order "among them a boy" is read in casualties.py; this module reads the other order."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...articles.told_ages import ADULT_AGE
from ...knowledge import cues
from ...numbers import NUMBER_WORD, find_numbers, parse_number
from ...records import Count
from .common import CountHit, span_of, toll_told_before

_ASIDE = cues.alternation("casualties", "postposed_aside")
_SINGLE = cues.alternation("casualties", "single_person_nouns")
# what may stand between a person's noun and a postposed aside: the age ("of 15", ", aged 15")
# (r48: the age in words too, "a boy of nine")
_AGE = rf"\d{{1,2}}|{NUMBER_WORD}"
_AGE_TAIL = rf"(?:\s+of\s+(?P<age>{_AGE})|\s*,?\s+aged\s+(?P<age2>{_AGE})(?:\s+and\s+(?:{_AGE}))?)?"
_AFTER_LIST = re.compile(rf"{_AGE_TAIL}\s*,?\s+(?:{_ASIDE})\b", re.I)
_POSTPOSED = re.compile(
    r"(?:[,;(\u2014\u2013]|\s-)\s*(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
    r"(?P<desc>(?:(?!and\b|or\b)[\w-]+\s+){0,2}?)"
    rf"(?P<noun>{lx.PERSON_NOUN_ALT}|{_SINGLE}|\d{{1,2}}-year-olds?)\b{_AGE_TAIL}\s*,?\s+(?P<aside>{_ASIDE})\b", re.I)
_YEARS_OLD = re.compile(r"(\d{1,2})-year-olds?", re.I)
_KILLED = re.compile(r"dead|killed|victims", re.I)
_TOLL_WORD = re.compile(r"\b(?:dead|killed|victims|wounded|injured|hurt)\b", re.I)  # "among the injured"


def is_postposed_part(text: str, end: int) -> bool:
    """Whether the list of people ending at `end` is followed by a postposed aside ("a girl of
    12 among them"): a part of a toll, not a list of its own."""
    return _AFTER_LIST.match(text, end) is not None


def postposed_children(text: str, start: int, end: int, hits: list[tuple[int, CountHit]],
                       fields: set[str]) -> list[tuple[int, CountHit]]:
    """(position, hit) of the children a postposed aside names as part of the toll told before it."""
    out: list[tuple[int, CountHit]] = []
    for m in _POSTPOSED.finditer(text, start, end):
        if not _is_child(m):
            continue
        told = next(iter(_TOLL_WORD.findall(m.group("aside"))), None)
        if told:
            kind = "killed" if _KILLED.match(told) else "injured"
        else:  # "among them": the toll told nearest before the aside
            whole = toll_told_before(hits, m.start())
            if whole is None:
                continue
            kind = whole
        name = f"children_{kind}"
        if name in fields:
            continue
        nums = find_numbers(text, m.start("n"), m.end("n"))
        value = int(nums[0].value) if nums else 1  # "a", "an": one person
        fields.add(name)
        out.append((m.start("n"), CountHit(name, Count(value=value, evidence=span_of(text, m.start("n"), m.end("noun"))),
                                           True)))
    return out


def _is_child(m: re.Match[str]) -> bool:
    """A child's noun, or an age under 18 told with the person."""
    age = m.group("age") or m.group("age2")
    years = _YEARS_OLD.search(m.group("desc") + m.group("noun"))
    if age or years:
        value = parse_number(age) if age else int(years.group(1))  # type: ignore[union-attr]
        return value is not None and value < ADULT_AGE
    return bool(lx.CHILD_RE.match(m.group("noun")))

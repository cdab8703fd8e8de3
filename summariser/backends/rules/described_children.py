"""Children of a toll described one by one with their ages rather than counted: "wounding five,
among them a boy and his sister, 13 and 6", "including a mother and her daughter, aged 41 and
10", "twin brothers aged 8" (codebook rule 6: people described one by one are counted; a child is
under 18). The ages are matched to the people of the list in order."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import Count
from ...sentences import Sentence
from .common import CountHit, span_of

_NOUN = rf"(?:{cues.alternation('casualties', 'twin_nouns')}|{cues.alternation('casualties', 'relation_nouns')})"
_TWINS = re.compile(rf"^(?:{cues.alternation('casualties', 'twin_nouns')})$", re.I)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4}
_ITEM = (rf"(?:(?:a|an|one|two|three|four|her|his|their|the|its)\s+)?"
         rf"(?:(?:young|little|teenage|elder|older|younger|baby|infant)\s+)?{_NOUN}(?:\s+of\s+(?:the\s+)?[\w-]+)?")
_AGE = r"\d{1,2}"
# The list and its ages: "a boy and his sister, 13 and 6", "a son and daughter aged 9 and 14".
_DESCRIBED = re.compile(
    rf"(?:[,:]|\bamong\s+(?:them|whom)|\bincluding|\bof\s+whom|\b(?:are|were))\s+(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*(?:\s*,?\s+and\s+{_ITEM})?)\s*,?\s+(?:aged\s+|ages\s+)?"
    rf"(?P<ages>{_AGE}(?:\s*,\s*{_AGE})*(?:\s*,?\s+and\s+{_AGE})?)\b(?![-\w]|\s+(?:years?|months?)\s+(?:ago|later))", re.I)
_ONE_ITEM = re.compile(rf"{_ITEM}", re.I)
_UNHURT = re.compile(rf"[^.;]{{0,40}}\b(?:{cues.alternation('casualties', 'unhurt_after')})\b", re.I)


def described_children(text: str, s: Sentence, hits: list[tuple[int, CountHit]],
                       fields: set[str]) -> list[tuple[int, CountHit]]:
    """(position, hit) of the children of a toll told as people with their ages in the toll's
    sentence; the toll is the sentence's nearest count of killed or injured before the list."""
    out: list[tuple[int, CountHit]] = []
    for m in _DESCRIBED.finditer(text, s.start, s.end):
        tolls = sorted((pos, h.field) for pos, h in hits if not h.field.startswith("children_") and pos < m.start()
                       and ";" not in text[pos:m.start()])
        if not tolls or _UNHURT.match(text, m.end(), s.end):
            continue
        name = f"children_{tolls[-1][1]}"
        kids = _children(m.group("list"), [int(a) for a in re.findall(r"\d+", m.group("ages"))])
        if kids and name not in fields:
            fields.add(name)
            out.append((m.start(), CountHit(name, Count(value=kids, evidence=span_of(text, m.start(), m.end())), True)))
    return out


def _children(people: str, ages: list[int]) -> int:
    """How many of the people listed are under 18, when the ages can be matched to them."""
    items = [i.group(0) for i in _ONE_ITEM.finditer(people)]
    sizes = [_size(item) for item in items]
    if len(items) == 1 and len(ages) == 1:
        return sizes[0] if ages[0] < 18 else 0  # "twin brothers aged 8", "a son aged 9"
    if sizes == [1] * len(ages):
        return sum(1 for age in ages if age < 18)
    return 0


def _size(item: str) -> int:
    words = item.split()
    if _TWINS.match(" ".join(words[-2:])) or _TWINS.match(words[-1]):
        return 2
    return _COUNT_WORDS.get(words[0].lower(), 1)

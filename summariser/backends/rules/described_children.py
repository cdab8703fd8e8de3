"""Children of a toll described one by one with their ages rather than counted: "wounding five,
among them a boy and his sister, 13 and 6", "including a mother and her daughter, aged 41 and
10", "twin brothers aged 8" (codebook rule 6: people described one by one are counted; a child is
under 18). The ages are read and matched to the people of the list in order by
`articles.told_ages`, the reader grounding uses too."""

from __future__ import annotations

import re

from ...articles.told_ages import ADULT_AGE, ToldAges, ages_after, children_among
from ...knowledge import cues
from ...records import Count
from ...sentences import Sentence
from .common import CountHit, span_of

_NOUN = rf"(?:{cues.alternation('casualties', 'twin_nouns')}|{cues.alternation('casualties', 'relation_nouns')})"
_TWINS = re.compile(rf"^(?:{cues.alternation('casualties', 'twin_nouns')})$", re.I)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4}
_ITEM = (rf"(?:(?:a|an|one|two|three|four|her|his|their|the|its)\s+)?"
         rf"(?:(?:young|little|teenage|elder|older|younger|baby|infant)\s+)?{_NOUN}(?:\s+of\s+(?:the\s+)?[\w-]+)?")
# The list before its ages: "among them a boy and his sister", "including a son and daughter"
# (the ages after it are read by `articles.told_ages`).
_DESCRIBED = re.compile(
    rf"(?:[,:]|\bamong\s+(?:them|whom)|\bincluding|\bof\s+whom|\b(?:are|were))\s+(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*(?:\s*,?\s+and\s+{_ITEM})?)",
    re.I)
_ONE_ITEM = re.compile(rf"{_ITEM}", re.I)
_OFFSPRING_LAST = re.compile(rf"(?:her|his|their)\s+(?:(?:young|little|baby|infant)\s+)?(?:{cues.alternation('casualties', 'offspring_nouns')})", re.I)
_UNHURT = re.compile(rf"[^.;]{{0,40}}\b(?:{cues.alternation('casualties', 'unhurt_after')})\b", re.I)


def described_children(text: str, s: Sentence, hits: list[tuple[int, CountHit]],
                       fields: set[str]) -> list[tuple[int, CountHit]]:
    """(position, hit) of the children of a toll told as people with their ages in the toll's
    sentence; the toll is the sentence's nearest count of killed or injured before the list."""
    out: list[tuple[int, CountHit]] = []
    for m in _DESCRIBED.finditer(text, s.start, s.end):
        told = ages_after(text, m.end())
        if told is None or told.end > s.end:
            continue
        tolls = sorted((pos, h.field) for pos, h in hits if not h.field.startswith("children_") and pos < m.start()
                       and ";" not in text[pos:m.start()])
        if not tolls or _UNHURT.match(text, told.end, s.end):
            continue
        name = f"children_{tolls[-1][1]}"
        kids = _children(m.group("list"), told)
        if kids and name not in fields:
            fields.add(name)
            out.append((m.start(), CountHit(name, Count(value=kids, evidence=span_of(text, m.start(), told.end)), True)))
    return out


def _children(people: str, told: ToldAges) -> int:
    """How many of the people listed are under 18, when the ages can be matched to them; one age after a
    list that ends on a parent's own child ("a father and his little son, aged three") is that child's (r50)."""
    items = list(_ONE_ITEM.finditer(people))
    sizes = [_size(i.group(0)) for i in items]
    if len(told.ages) == 1 and len(items) > 1 and sizes[-1] == 1 and _OFFSPRING_LAST.fullmatch(items[-1].group(0)):
        return 1 if told.ages[0] < ADULT_AGE else 0
    return children_among(sizes, told) or 0


def _size(item: str) -> int:
    words = item.split()
    if _TWINS.match(" ".join(words[-2:])) or _TWINS.match(words[-1]):
        return 2
    return _COUNT_WORDS.get(words[0].lower(), 1)

"""An injury told as what the person has, received or was left with (dev32-A2): "A courier, 37,
has burn wounds", "a pensioner suffered cuts to her face", "three guards received fractures",
"a nurse was left with a concussion". The person is the subject; the injury a noun after a verb of
having. One person (an article, an age aside) counts 1, a number before the people counts them.
Not: "the building suffered damage", "the roof sustained cracks" (no person, no injury noun),
"soldiers received medals", "a man who had been wounded in 2023" (no injury noun after the verb).
The words of the injury had are one reader for both paths (`articles/injuries_had.py`); the age aside
and the adverb between the person and the verb are this path's own."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon as lx
from ...articles.injuries_had import INJURY_HAD
from ...knowledge import cues
from ...numbers import NumberMention
from ...records import Count
from ...sentences import Sentence
from .common import CountHit, count_of, span_of

_HAVING = (r"(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,"
           # r40: who the person is, in an apposition with an age ("The courier, a woman of 39, sustained burns")
           rf"|\s*,\s*an?\s+(?:[\w-]+\s+)?(?:{cues.alternation('casualties', 'single_person_nouns')})"
           r"(?:\s+(?:of|aged)\s+\d{1,3})?\s*,)?\s+(?:(?:also|later|reportedly)\s+)?"
           rf"{INJURY_HAD}\b")
@lru_cache(maxsize=None)
def _subjects(told: str, articles: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One person (`articles` before a person noun) or a number's people, followed by what `told` says of them."""
    one = re.compile(rf"\b(?P<n>(?:{articles})\s+(?:\d+-year-old\s+|elderly\s+|young\s+|teenage\s+|local\s+)?"
                     rf"(?:[\w-]+\s+)?(?P<noun>{cues.alternation('casualties', 'single_person_nouns')}))\b(?={told})", re.I)
    many = re.compile(rf"^\s+(?:[\w-]+\s+)?(?P<noun>{lx.PERSON_NOUN_ALT})\b(?={told})", re.I)
    return one, many


# one person told with an article, "the" too ("The driver suffered ..."): the readers of an injury told after its subject
ONE_OR_THE = r"[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he"


def injured_told(text: str, s: Sentence, numbers: list[NumberMention], fields: set[str], told: str,
                 articles: str = r"[Aa]n?|[Oo]ne|[Aa]nother") -> list[tuple[int, CountHit]]:
    """The first person or people of the sentence of whom `told` tells an injury, as the injured (and
    children injured, for a child), for the fields the sentence leaves empty. Shared by the readings
    of an injury told after its subject (had, received, a hospital stay with it)."""
    one, many = _subjects(told, articles)
    found = [(m.start, count_of(text, m), pm.group("noun")) for m in numbers
             if (pm := many.match(text[m.end:s.end])) is not None]
    found += [(om.start("n"), Count(value=1, evidence=span_of(text, om.start("n"), om.end("n"))), om.group("noun"))
              for om in one.finditer(text, s.start, s.end)]
    hits: list[tuple[int, CountHit]] = []
    for pos, count, noun in sorted(found, key=lambda t: t[0])[:1]:
        child = bool(lx.CHILD_RE.match(noun))
        for name in (["children_injured"] if child else []) + ["injured"]:
            if name not in fields:
                fields.add(name)
                hits.append((pos, CountHit(name, count, True, described=name == "injured" and child)))
    return hits


def injuries_had(text: str, s: Sentence, numbers: list[NumberMention], fields: set[str]) -> list[tuple[int, CountHit]]:
    """The injured told by the injury they have or received, for the fields the sentence leaves empty."""
    return injured_told(text, s, numbers, fields, _HAVING, articles=ONE_OR_THE)

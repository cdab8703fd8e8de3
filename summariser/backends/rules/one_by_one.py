"""Casualties told one by one (dev30 A1; codebook 6: people described one by one are counted): "A
girl was hurt by glass in the yard, and her grandmother, who came out to look, was slightly injured" is 2;
"a nurse was hurt in the yard; another, who had run out to help, suffered a concussion" is 2. One
person is read as the sentence's toll of one (`lx.SINGLE_PERSON`); each further person told in a
clause of their own (after ", and" or ";"), with the same role, adds one. A person with another
role ("his co-worker was badly burned" after "died") counts for that role, as before; a person
"not hurt" adds nothing. Vocabulary: cues/casualties.yaml (single_person_nouns, relation_nouns)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import Count
from ...sentences import Sentence
from .common import CountHit, span_of

_NOUN = rf"(?:{cues.alternation('casualties', 'single_person_nouns')}|{cues.alternation('casualties', 'relation_nouns')})"
# the further person: ", and her grandmother, who came out to look, was slightly injured" / "; another suffered burns"
_FURTHER = re.compile(
    r"(?:,\s*and|;\s*(?:and\s+)?)\s+(?P<n>(?:(?:his|her|their|its|a|an|one)\s+(?:[\w-]+\s+){0,2}?" + _NOUN + r"|another)"
    r"(?:\s+(?:[\w-]+\s+){0,1}?" + _NOUN + r")?)\b"
    r"(?:\s*,\s*(?:who|which)\s[^,;.]{1,80},)?"  # a relative clause closed by a comma
    r"\s+(?:(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?(?:\w+ly\s+)?(?:also\s+)?(?P<cue>wounded|injured|hurt|killed)"
    r"|(?:also\s+)?(?P<cue2>died|suffered\s+(?:a\s+)?(?:[\w-]+\s+)?(?:injuries|wounds|burns|concussion|fractures?)))\b", re.I)


def further_persons(text: str, s: Sentence, hits: list[tuple[int, CountHit]]) -> None:
    """Add to a toll of one read from the first person each further person told one by one."""
    for pos, hit in list(hits):
        if hit.field not in ("killed", "injured") or hit.count.value != 1 or hit.count.evidence is None:
            continue
        further = [m for m in _FURTHER.finditer(text, hit.count.evidence.end, s.end)
                   if _kind(m.group("cue") or m.group("cue2")) == hit.field]
        if further:
            k = hits.index((pos, hit))
            hits[k] = (pos, CountHit(hit.field, Count(value=1 + len(further), evidence=span_of(
                text, hit.count.evidence.start, further[-1].end("n"))), hit.civilian, described=hit.described))


def _kind(cue: str) -> str:
    return "killed" if cue.lower() in ("killed", "died") else "injured"

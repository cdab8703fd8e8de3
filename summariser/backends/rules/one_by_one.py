"""Casualties told one by one (dev30 A1; codebook 6: people described one by one are counted): "A
girl was hurt by glass in the yard, and her grandmother, who came out to look, was slightly injured" is 2;
"a nurse was hurt in the yard; another, who had run out to help, suffered a concussion" is 2. One
person is read as the sentence's toll of one (`lx.SINGLE_PERSON`); each further person told in a
clause of their own (after ", and" or ";"), with the same role, adds one. A person with another
role ("his co-worker was badly burned" after "died") counts for that role, as before; a person
"not hurt" adds nothing.

r19 (dev36 C4; codebook 6: a group figure plus people 'also' hurt in the same event are summed): a
further person told as added ("also", "as well", "one more": `lx.ADDED_PERSON`) adds to a group figure
too: "five soldiers were wounded; a medic was also hurt" is 6. Never a person of another event: a clause
naming a place the group's did not, or "a separate strike" (`lx.ADDED_PERSON_OTHER_EVENT`).
Vocabulary: cues/casualties.yaml (single_person_nouns, relation_nouns, added_person_words)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...articles.told_ages import ADULT_AGE, ONE_AGE
from ...knowledge import cues
from ...numbers import find_numbers
from ...records import Count
from ...sentences import Sentence
from .common import CountHit, span_of

_NOUN = rf"(?:{cues.alternation('casualties', 'single_person_nouns')}|{cues.alternation('casualties', 'relation_nouns')})"
# the further person: ", and her grandmother, who came out to look, was slightly injured" / "; another suffered burns"
_FURTHER = re.compile(
    r"(?:,\s*and|;\s*(?:and\s+)?)\s+(?P<n>(?:(?:his|her|their|its|a|an|one)\s+(?:[\w-]+\s+){0,2}?" + _NOUN + r"|another)"
    r"(?:\s+(?:[\w-]+\s+){0,1}?" + _NOUN + r")?)\b"
    rf"(?P<age>{ONE_AGE})?"  # r19 (dev36 C3): the person's age, "a man of 70", "a woman, 40,"
    r"(?:\s*,\s*(?:who|which)\s[^,;.]{1,80},)?"  # a relative clause closed by a comma
    r"\s+(?:(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?(?:\w+ly\s+)?(?:also\s+)?"
    rf"(?P<cue>wounded|injured|hurt|killed|{lx.INJURY_TOLD_AFTER})"  # "was cut by glass" (articles/injuries_had)
    rf"|(?:also\s+)?(?P<cue2>died|{lx.INJURY_TOLD_AFTER})"  # "suffered concussion", "received a barotrauma"
    r"|(?P<ell>as\s+well|too)(?=\s*[.;,]|\s*$))\b", re.I)  # r19: "and a guard as well": the toll's own role


def further_persons(text: str, s: Sentence, hits: list[tuple[int, CountHit]]) -> None:
    """Add to a toll read from the first person, or from a group figure, each further person told
    one by one (to a group, only a person told as added: "a medic was also hurt")."""
    for pos, hit in list(hits):
        if hit.field not in ("killed", "injured") or hit.count.value < 1 or hit.count.evidence is None:
            continue
        group = hit.count.value >= 2
        further = [m for m in _FURTHER.finditer(text, hit.count.evidence.end, s.end)
                   if _kind(m, hit.field) == hit.field and (not group or _added(text, s, hit.count.evidence.end, m))]
        if further:
            k = hits.index((pos, hit))
            hits[k] = (pos, CountHit(hit.field, Count(value=hit.count.value + len(further), qualifier=hit.count.qualifier,
                                                      evidence=span_of(text, hit.count.evidence.start, further[-1].end("n"))),
                                     hit.civilian, described=hit.described))
            _further_children(text, hit.field, [m for m in further if _child(m)], hits)


def _child(m: re.Match[str]) -> bool:
    """r51: the further person is a child, by noun or by an age under 18 ("a girl of 12 was also injured")."""
    age = find_numbers(m.group("age")) if m.group("age") else []
    if age:
        return age[0].value < ADULT_AGE
    return any(lx.CHILD_RE.match(w) for w in m.group("n").split())


def _further_children(text: str, field: str, kids: list[re.Match[str]], hits: list[tuple[int, CountHit]]) -> None:
    """The children among the further persons, added to the toll's children (or counted alone)."""
    name = f"children_{field}"
    if not kids or any(h.field == name for _, h in hits):
        return  # (a children figure told by the sentence stands)
    ev = span_of(text, kids[0].start("n"), kids[-1].end("n"))
    hits.append((kids[0].start("n"), CountHit(name, Count(value=len(kids), evidence=ev), True)))


def _kind(m: re.Match[str], field: str) -> str:
    if m.group("ell"):
        return field
    cue = (m.group("cue") or m.group("cue2")).lower()
    return "killed" if cue in ("killed", "died") else "injured"


def _added(text: str, s: Sentence, group_end: int, m: re.Match[str]) -> bool:
    """Is the further person told as added to the group, in the group's event? "also", "as well",
    "one more" said, no other event's words, and no place the group's clause did not name."""
    clause_end = min((i for i in (text.find(";", m.end()), text.find(".", m.end())) if i != -1), default=s.end)
    clause_end = min(clause_end, s.end)
    clause = text[m.start("n"):clause_end]
    if not lx.ADDED_PERSON.search(text, m.start("n"), max(m.end(), m.start("n"))) \
            or lx.ADDED_PERSON_OTHER_EVENT.search(clause):
        return False
    from ...knowledge import find_places

    before = {p.place.name for p in find_places(text[s.start:m.start("n")])}
    return all(p.place.name in before for p in find_places(clause))

"""People told one by one, summed (codebook rule 6: people described one by one are counted): "a
girl of eight was cut by glass, and her grandmother, who slept next door, was also hurt" is
injured 2; "one nurse was wounded in the car park and another ... was hurt" too.

A value N reads so when one stretch of at most two consecutive sentences of one paragraph, inside
the record's windows, tells exactly N single people each governed by the field's cue (a person
with a determiner, a name, a numeral one), and the windows state no count of two or more for the
field (an article that gives its total, "four were hurt ... a woman of 40 ... a man of 50", is
read by that total), and the second sentence names no place the first does not ("a woman was hurt in
Kherson. In Nikopol, a man ..." are two strikes). "The boy" after "a boy" is the same person, never another. Each reading is
`implied` (`derived.derived_hits` calls it when no cue reading holds).

r19 (dev36 C4; codebook 6: a group figure plus people 'also' hurt in the same event are summed): a group
figure of the field, then single people told as added to it ("also", "as well", "one more":
`lexicon.casualties.ADDED_PERSON`) in the same or the next sentence of the paragraph, is their sum: "five
soldiers were wounded; a medic was also hurt" is injured 6. Never a person of another event (a new place,
"in a separate strike") nor "the girl" again. A person told by ellipsis ("and her son as well") takes the
role of the clause before it.
"""

from __future__ import annotations

import re

from functools import lru_cache

from ..knowledge.gazetteer import PlaceMention
from ..lexicon.casualties import ADDED_PERSON, ADDED_PERSON_OTHER_EVENT
from ..records import Qualifier
from .context import Window, _Context
from .cues import _Mention

_PEOPLE = ("person", "child", None)
_SAME_PERSON = re.compile(r"(?:the|this|that)\s", re.I)  # "the boy" after "a boy": anaphora
_MAX_SENTENCES = 2


def one_by_one_hits(value: int, role: str, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of the stretch whose `value` single people are each told as `role`."""
    if value < 2:
        return []
    inside = [x for x in ctx.mentions if any(a <= x.m.start and x.m.end <= b for a, b in windows)
              and (x.role == role or (x.role is None and _ELLIPSIS.match(ctx.grounded, x.m.end))) and x.noun in _PEOPLE]
    if any(x.m.value >= 2 for x in inside):
        return _group_and_added(value, ctx, inside)  # the article counts them itself, and may add to them
    ones = [x for x in inside if x.m.value == 1 and not _SAME_PERSON.match(x.m.text)]
    sents = ctx.sentences
    out = []
    for i, s in enumerate(sents):
        if not any(a <= s.start and s.end <= b for a, b in windows):
            continue
        for last in range(i, min(i + _MAX_SENTENCES, len(sents))):
            if last > i and "\n" in ctx.grounded[sents[last - 1].end:sents[last].start]:
                break  # one paragraph
            found = [x for x in ones if s.start <= x.m.start < sents[last].end]
            if not found or found[0].m.start >= s.end or len(found) != value:
                continue  # the stretch begins with one of them and holds all of them
            if _new_place(ctx.grounded, s.start, s.end, found[-1].m.start):
                continue  # "A woman was hurt in Kherson. In Nikopol, a man ...": another strike's
            out.append((found[0].m.start, found[-1].m.end, Qualifier.exact))
            break
    return out


# "and her son as well", "and a guard too": the person shares the clause before's verb
_ELLIPSIS = re.compile(r"\s+(?:as\s+well|too)\b\s*(?:[.;,]|$)", re.I)
# the end of the added person's clause
_CLAUSE_END = re.compile(r"[;.]|,\s*(?:and|but|while)\b")


def _group_and_added(value: int, ctx: _Context, inside: list[_Mention]) -> list[tuple[int, int, Qualifier]]:
    """A group figure and the single people told as added to it after it, in its sentence or the
    next one of its paragraph, when they sum to `value`."""
    text, sents = ctx.grounded, ctx.sentences
    out = []
    for g in (x for x in inside if x.m.value >= 2):
        i = next((k for k, s in enumerate(sents) if s.start <= g.m.start < s.end), None)
        if i is None:
            continue
        end = sents[i].end
        if i + 1 < len(sents) and "\n" not in text[sents[i].end:sents[i + 1].start]:
            end = sents[i + 1].end  # one paragraph
        added = []
        for x in inside:
            if not g.m.end <= x.m.start < end or x.m.value != 1 or _SAME_PERSON.match(x.m.text):
                continue
            cm = _CLAUSE_END.search(text, x.m.end, end)
            stop = cm.start() if cm else end
            if ADDED_PERSON.search(text, x.m.start, stop) is None or ADDED_PERSON_OTHER_EVENT.search(text, x.m.start, stop) \
                    or _new_place(text, sents[i].start, x.m.start, stop):
                continue
            added.append(x)
        if added and g.m.value + len(added) == value and not any(x.m.value >= 2 for x in inside if x is not g
                                                                and g.m.end <= x.m.start < end):
            out.append((g.m.start, added[-1].m.end, g.m.qualifier))
    return out


@lru_cache(maxsize=16)
def _places(grounded: str) -> tuple[PlaceMention, ...]:
    from ..knowledge import find_places

    return tuple(find_places(grounded))


def _new_place(grounded: str, start: int, mid: int, end: int) -> bool:
    """The sentences from `mid` to `end` name a place that text[start:mid] does not."""
    first = {p.place.name for p in _places(grounded) if start <= p.start < mid}
    return any(mid <= p.start < end and p.place.name not in first for p in _places(grounded))

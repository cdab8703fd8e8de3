"""One more person told by an ordinal after a count: "killing two relief workers and hurting a
third", "shelling killed three firefighters and wounded a fourth". The ordinal counts one person
only when the count told before it in the sentence is one less ("a third" after "two"); "a third
of the district", "a third missile" and "for the third time" are no people."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...numbers import NumberMention
from ...records import Count
from .common import CountHit, span_of

_ORDINALS = [o.lower() for o in cues.phrases("casualties", "ordinals")]
_ORDINAL_PERSON = re.compile(
    rf"\b(?P<cue>{lx.KILLED_BEFORE}|{lx.INJURED_BEFORE})\s+(?P<n>(?:a|an)\s+(?P<ord>{'|'.join(_ORDINALS)}))\b"
    # the ordinal stands alone (the person is the count's noun) or before a person noun
    rf"(?=\s*[,.;:!?)\u2014\u2013]|\s*$|\s+(?:and|in|on|at|as|when|after|while|with|who|one|person|"
    rf"{lx.PERSON_NOUN_ALT})\b)", re.I)
_KILLED_CUE = re.compile(r"kill|claim|took|cost", re.I)


def ordinal_casualties(text: str, start: int, end: int, numbers: list[NumberMention],
                       fields: set[str]) -> list[tuple[int, CountHit]]:
    """(position, hit) of one person per ordinal whose field the sentence does not count yet."""
    out: list[tuple[int, CountHit]] = []
    for m in _ORDINAL_PERSON.finditer(text, start, end):
        before = [n for n in numbers if n.end <= m.start()]
        if not before or before[-1].value != _ORDINALS.index(m.group("ord").lower()) + 1:
            continue  # "killing five and injuring a third": not one more of the same count
        kind = "killed" if _KILLED_CUE.match(m.group("cue")) else "injured"
        if kind in fields:
            continue  # a count of its own in the sentence says more
        fields.add(kind)
        out.append((m.start("n"), CountHit(kind, Count(value=1, evidence=span_of(text, m.start("n"), m.end("n"))), False)))
    return out

"""r51 (dev77): a strike on one place and the country's tally told in one sentence, the tally in a
coordinated clause of its reporter ("missiles also hit Dnipro, where 12 were hurt, and the general
staff said 30 missiles were launched nationwide"): two readings, the place's strike with its
toll and the nationwide wave with its figures, as two sentences would give them. The clause after
", and" must hold the country's scope and a number, the one before a place the gazetteer knows and
no scope of the country's.

Vocabulary: knowledge/data/cues/eventhood.yaml (`tally_reporter_clause`).
"""

from __future__ import annotations

from ... import lexicon as lx
from ...blanking import blank_spans
from ...knowledge import cues, find_places
from ...numbers import find_numbers
from ...sentences import Sentence

_JOINT = cues.regex("eventhood", "tally_reporter_clause")


def nationwide_tail(text: str, s: Sentence) -> list[tuple[str, Sentence]] | None:
    """The sentence as two readings (the place's clause, the nationwide clause), or None."""
    joint = _JOINT.search(text, s.start, s.end)
    if joint is None or lx.NATIONWIDE_RE.search(text, s.start, joint.start()):
        return None
    if not lx.NATIONWIDE_RE.search(text, joint.end(), s.end) or not find_numbers(text, joint.end(), s.end):
        return None
    if not find_places(text[s.start:joint.start()]) or not lx.WEAPON_WORD.search(text, s.start, joint.start()):
        return None
    readings = (blank_spans(text, [(joint.start(), s.end)]), blank_spans(text, [(s.start, joint.start() + 1)]))
    return [(t, Sentence(start=s.start, end=s.end, text=t[s.start:s.end])) for t in readings]

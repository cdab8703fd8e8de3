"""A clause that tells an earlier event: "Drones hit X, a day after a strike on the city killed
four". Its toll, weapons and dates are not this strike's, so the main facts are read with it
blanked out. When the rest of the sentence tells no strike ("<leader>'s visit came hours after a
drone raid left two dead in X") the clause is the sentence's strike; when it names a place the
article tells nowhere else ("..., a day after a missile strike on Y killed four") it is a strike
of its own, read apart (atk7)."""

from __future__ import annotations

import re

from ... import date_patterns, lexicon as lx
from ...blanking import blank_spans
from ...sentences import Sentence
from .places import sentence_places

# a casualty told in the rest ("..., three were injured"): the sentence's own strike
_COUNTED = re.compile(r"\b(?:killed|killing|dead|died|injured|injuring|wounded|wounding|hurt)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:\u2014\u2013]|\s-\s|\.\s*$")
# a relative clause right after the earlier event's noun phrase tells more of that event: "two days
# after a missile attack on the cities, which struck a hospital in X", "hours after a drone raid on the
# port, which killed four"
_RELATIVE = re.compile(r",\s*(?:which|whose)\b", re.I)  # not ", that": after a comma it opens what was said


def earlier_clause(text: str, s: Sentence) -> tuple[int, int] | None:
    """Where the clause about an earlier event lies, if the rest of the sentence tells a strike."""
    m = lx.AFTER_EVENT.search(text, s.start, s.end)
    if m is None:
        return None
    end = _CLAUSE_END.search(text, m.end(), s.end)
    stop = end.start() if end else s.end
    while (rel := _RELATIVE.match(text, stop, s.end)) is not None:  # r21 (dev40 A6): "..., which struck X" is the earlier event's
        end = _CLAUSE_END.search(text, rel.end(), s.end)
        stop = end.start() if end else s.end
    own = date_patterns.DAY_AFTER_EVENT.fullmatch(text[m.start():stop].rstrip())
    if own and lx.ATTACK_WORDS.search(own.group(0)):
        return None  # r19: "told reporters on Friday, one day after the strike": the sentence's own strike, dated (dates.py)
    rest = text[s.start:m.start()] + " " + text[stop:s.end]
    if not (lx.ATTACK_WORDS.search(rest) or lx.WEAPON_WORD.search(rest) or _COUNTED.search(rest)):
        return None  # the rest tells no strike: the clause is the sentence's strike
    return m.start(), stop


def without_earlier_event(text: str, s: Sentence) -> tuple[str, Sentence]:
    """The sentence with the earlier event's clause blanked out (offsets unchanged)."""
    clause = earlier_clause(text, s)
    if clause is None:
        return text, s
    masked = blank_spans(text, [clause])
    return masked, Sentence(start=s.start, end=s.end, text=masked[s.start:s.end])


def earlier_event_alone(text: str, s: Sentence) -> tuple[str, Sentence] | None:
    """The clause alone (the rest blanked) when it names a place the article tells nowhere else:
    a strike of its own, dated from the strike told just before it ("a day after")."""
    clause = earlier_clause(text, s)
    if clause is None:
        return None
    a, b = clause
    inner = Sentence(start=a, end=b, text=text[a:b])
    outside = text[:a] + " " + text[b:]
    if not any(re.search(rf"\b{re.escape(p.name.split()[0])}", outside) is None for p in sentence_places(text, inner)):
        return None
    alone = blank_spans(text, [(s.start, a), (b, s.end)])
    return alone, Sentence(start=s.start, end=s.end, text=alone[s.start:s.end])

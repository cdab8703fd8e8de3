"""One strike verb told for two days in one clause: "Shahed drones struck X on Friday evening and
once more early on Sunday", "X was shelled on Monday night, then again on Wednesday night". Each
day is a strike of its own (a record per date). The sentence is read twice, each time with the
other day's words blanked; a toll told as "the first attack ..., the second ..." goes to its day,
and a toll told once for both stays with the first day's reading. The joint words live in
knowledge/data/cues/anchoring.yaml (repeat_joints)."""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_dates
from ...knowledge import cues
from ...blanking import blank_spans
from ...sentences import Sentence

_JOINT = re.compile(rf"(?:{cues.alternation('anchoring', 'repeat_joints')})\s+", re.I)
_ORDINAL_CLAUSE = r"\bthe\s+{which}(?:\s+(?:attack|strike|raid|one|barrage))?\b[^;,.]*"
_FIRST = re.compile(_ORDINAL_CLAUSE.format(which="first"), re.I)
_SECOND = re.compile(_ORDINAL_CLAUSE.format(which="second"), re.I)


def repeat_days(text: str, s: Sentence, published: dt.date | None) -> list[tuple[str, Sentence]] | None:
    """The sentence as two readings, one per day, or None when it tells one day."""
    dates = [d for d in find_dates(text, s.start, s.end, published) if d.role == "event"]
    for first, second in zip(dates, dates[1:]):
        joint = _JOINT.match(text, first.end + (len(text[first.end:second.start]) - len(text[first.end:second.start].lstrip())))
        if joint is None or joint.end() > second.start or text[joint.end():second.start].strip() not in ("", "on", "early on",
                                                                                                      "late on", "early", "late"):
            continue
        one, two = _FIRST.search(text, s.start, s.end), _SECOND.search(text, s.start, s.end)
        tail = (two.start(), two.end()) if two else (second.end, s.end)
        first_text = blank_spans(text, [(first.end, second.end)] + ([tail] if two else []))
        second_blank = [(first.start, joint.end())] + ([(one.start(), one.end())] if one else []) + ([] if two else [tail])
        second_text = blank_spans(text, second_blank)
        return [(t, Sentence(start=s.start, end=s.end, text=t[s.start:s.end])) for t in (first_text, second_text)]
    return None


def first_and_second(text: str, s: Sentence) -> list[tuple[int, str, Sentence]] | None:
    """'The first attack wounded two people, the second killed a man': a reading per attack,
    (n, text, sentence) with the other attack's clause blanked, or None."""
    one, two = _FIRST.search(text, s.start, s.end), _SECOND.search(text, s.start, s.end)
    if one is None or two is None or two.start() < one.end():
        return None
    readings = ((1, blank_spans(text, [(two.start(), two.end())])), (2, blank_spans(text, [(one.start(), one.end())])))
    return [(n, t, Sentence(start=s.start, end=s.end, text=t[s.start:s.end])) for n, t in readings]

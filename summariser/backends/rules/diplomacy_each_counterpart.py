"""One event with each counterpart (r25). Calls in the plural: "In calls with the presidents of
Finland and Poland, Zelensky asked for air defence" tells two calls, Ukraine with Finland and Ukraine
with Poland, not one call of three states; so are talks held "separately" ("held talks with A and,
separately, with B", "separate talks with A and B"). The counterparts are the states named after "with" in the
cue's clause; the caller is the one other participant. A call told in the singular ("a call with A and
B") stays one (a joint call), and so does a plural with one counterpart ("two calls with Macron")."""

from __future__ import annotations

import re
from typing import Callable

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind
from ...sentences import Sentence

_PLURAL = re.compile(rf"(?:{cues.alternation('diplomacy_sequence', 'plural_call_words')})(?:\s+with)?", re.I)
_WITH = re.compile(r"\bwith\b", re.I)
# the with-phrase ends at its clause's end or at a venue or time ("with Moldova's president in Kyiv": Kyiv
# is where, not with whom)
_CLAUSE_END = re.compile(r"[;:]|\s(?:in|at|on|during|near|outside|before|after|from|over)\s|,\s+(?:[\w'’-]+\s+){0,3}?(?:said|says|told|asked|added|wrote|stressed|urged)\b"
                         r"|,\s+(?-i:[A-Z])[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:said|says|asked|told|urged)\b", re.I)


# r25: talks held "separately" or "separate talks with A and B": one event with each counterpart too
_TALKS = {DiplomacyKind.talks, DiplomacyKind.meeting}
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.I)


def each_counterpart(text: str, s: Sentence, cue: re.Match[str], rec: Diplomacy,
                 states_within: Callable[[int, int], list[str]]) -> list[Diplomacy] | None:
    """One record per counterpart for a plural call cue; None when the cue is no plural call or
    the caller and two counterparts at least cannot be told apart."""
    plural = rec.kind is DiplomacyKind.phone_call and _PLURAL.fullmatch(cue.group(0)) is not None
    separate = rec.kind in _TALKS and _SEPARATE.search(text, max(s.start, cue.start() - 20), s.end) is not None
    if not (plural or separate):
        return None
    with_ = _WITH.search(text, cue.start(), s.end)
    if with_ is None:
        return None
    end = _CLAUSE_END.search(text, with_.end(), s.end)
    counterparts = [x for x in states_within(with_.end(), end.start() if end else s.end) if x in rec.participants]
    callers = [p for p in rec.participants if p not in counterparts]
    if len(counterparts) < 2 or len(callers) != 1:
        return None
    return [rec.model_copy(update={"participants": [callers[0], other]}) for other in counterparts]

